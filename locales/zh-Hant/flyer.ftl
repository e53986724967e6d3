### 繁體中文 (Chinese, Traditional)
### Draft translation made from the English source; not yet reviewed by a native-speaker reviewer.

## Terms

# The state child-welfare agency, named in full with its abbreviation. Keep the
# abbreviation "DCF" in every language: it is what people hear on the phone.
# Requires: (DCF)
-child-welfare-agency = 麻薩諸塞州兒童及家庭部 (DCF)

## Poster: heading and definitions

# The main heading at the top of the poster. Also the PDF's document title.
poster-title = 什麼是兒童商業性剝削？

# First paragraph: the definition. "CSEC" is the English abbreviation used by
# agencies; keep it in parentheses after the translated term.
# Requires: (CSEC)
poster-definition = 兒童商業性剝削 (CSEC) 是指任何人提供、購買、交換或出售與未滿18歲兒童發生的性行為。

# Definition of child sex trafficking, in the legal sense.
poster-trafficking = 兒童性販運是指為了讓兒童從事性行為而招募、藏匿、運送、提供或取得兒童。

# Who can be a victim. LGBTQ+ may stay as it is or use the term local LGBTQ+
# organizations use.
poster-victims = 受害者可以是任何性別，而 LGBTQ+ 青少年面對的風險更高。

# "Exchange" means what the child is given in return.
poster-exchange = 交換的不一定是金錢，也可以是任何對孩子有價值的東西。

# Lead-in to the list of examples below it.
poster-examples-heading = 兒童商業性剝削的例子包括：

## Poster: examples (one list item each)

# Example list item: sexual acts in person.
poster-example-in-person = 直接/當面的性行為
# Example list item: trafficking run by gangs.
poster-example-gang = 幫派操控的性販運
# Example list item: escort services, private parties, stripping.
poster-example-escort = 伴遊服務/私人派對/脫衣表演
# Example list item: photos or videos of a child online.
poster-example-online = 網上出現兒童從事性行為的照片或影片
# Example list item: explicit images a child makes of themselves.
poster-example-self-produced = 自行拍攝的露骨色情影像

## Poster: warning signs (one list item each)

# Heading of the list of warning signs.
poster-signs-heading = 需要留意的徵兆：

# Warning sign list item.
poster-sign-changes = 外表、精神健康、個人興趣、用語及態度出現變化
# Warning sign list item: expensive things with no known source of money.
poster-sign-luxury = 擁有美甲、名牌衣服等奢侈品，卻無法說明錢從哪裡來
# Warning sign list item.
poster-sign-school = 很少上學或完全不上學，或對學業明顯失去興趣
# Warning sign list item: spending time with much older people.
poster-sign-older = 與年紀大很多的朋友或成年人來往
# Warning sign list item.
poster-sign-messages = 接到成年人打來的電話、傳來的短訊或網上訊息
# Warning sign list item.
poster-sign-hotel-keys = 持有酒店房卡或鑰匙
# Vapes: electronic cigarettes. "No means of access": the child has no way to buy them.
poster-sign-vapes = 持有電子煙、酒精或毒品等物品，而孩子自己沒有途徑取得
# Warning sign list item.
poster-sign-accounts = 擁有多個手機號碼或社交媒體帳戶
# "Care": foster care or a group home, as well as the family home.
poster-sign-missing = 從家中、寄養家庭或兒童院舍失蹤，或長時間下落不明

## Poster: what to do

# Heading of the section that says how to report.
poster-action-heading = 如果您懷疑有兒童正在遭受商業性剝削，應該怎麼辦？

# First step: report to the police or the child-welfare agency (the term).
poster-action-report = 如果您懷疑一名未滿18歲的兒童可能是受害者，請立即向當地警察局或 { -child-welfare-agency } 舉報。

# Reassurance: a reasonable suspicion is enough; no proof is needed.
poster-action-evidence = 您不需要知道誰可能是責任人，也不需要有確鑿證據證明剝削正在發生——只要有合理懷疑就可以。

# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
#     Translations give the name in their language and keep the English name in
#     parentheses: callers hear it in English on the phone.
#   $hotline (String) - the hotline's phone number, e.g. "1-800-792-5200".
# Requires: ({ $hotline_name })
poster-action-call = 如果您有合理懷疑，請撥打高危兒童熱線 ({ $hotline_name })：{ $hotline }。

# The hotline box: a short label above the number.
# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
poster-hotline-label = 熱線：{ $hotline_name }

# The hotline box: the number, printed large.
# Variables:
#   $hotline (String) - the hotline's phone number, e.g. "1-800-792-5200".
poster-hotline-number = { $hotline }

# The red emergency banner.
# Variables:
#   $emergency (String) - the emergency number, "911".
poster-emergency = 如果兒童有即時危險，請撥打 { $emergency }。

## Poster: about the organization

# Uses the organization's name from flyer.toml.
poster-about = { -org-name } 與州政府機構及社區服務機構合作，為所有兒童性剝削及性販運的受害者提供協調一致、以受害者為中心的服務。

# About the organization: its services cost nothing.
poster-free = 所有服務均免費。

# Closing line. Uses the organization's name from flyer.toml.
poster-learn-more = 如需進一步了解遭受商業性剝削的兒童，以及這個問題對我們社區的影響，請聯絡 { -org-name }。

## Wallet card (3.5 x 2 in): very short lines, printed at 7 to 9 pt

# Front of the card: the title.
card-title = 認識兒童性剝削的徵兆

# Front of the card: the most telling signs, one list item each.
card-sign-changes = 外表、情緒或態度突然改變
# Card sign (short): gifts or expensive things.
card-sign-gifts = 擁有來歷不明的貴重物品
# Card sign (short).
card-sign-school = 缺課或對上學失去興趣
# Card sign (short).
card-sign-older = 與年長很多的朋友或成年人來往
# Card sign (short).
card-sign-messages = 接到成年人的電話、短訊或網上訊息
# Card sign (short).
card-sign-missing = 長時間離開家、寄養家庭或院舍

# Back of the card: the heading.
card-action-heading = 怎麼辦

# Back of the card: no proof is needed.
card-action-suspicion = 不需要證據，有合理懷疑就足夠。

# Back of the card: the line above the hotline number.
# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
card-action-call = 撥打高危兒童熱線 ({ $hotline_name })：

# Back of the card: the emergency line.
# Variables:
#   $emergency (String) - the emergency number, "911".
card-emergency = 有即時危險？請撥打 { $emergency }。

# Back of the card: who offers help. Uses the organization's name from flyer.toml.
card-org = { -org-name }：所有服務均免費。

## Marks and descriptions that are not part of the flyer's text

# Printed small at the edge of every page made from a translation nobody has
# reviewed yet. Translate it; flyer prints the English beside it.
draft-marking = 翻譯草稿，尚未審校

# Printed small at the edge of every page on which some text is in English
# because this language's translation of it is missing (flyer build
# --allow-fallback). Translate it; flyer prints the English beside it.
fallback-marking = 英文文字：尚未翻譯

# Alternative text of the QR code that dials the hotline (read by screen readers).
# Variables:
#   $hotline_name (String) - the hotline's English name.
#   $hotline (String) - the hotline's phone number.
qr-hotline-alt = QR 碼：掃描即可撥打高危兒童熱線 ({ $hotline_name })，電話 { $hotline }
