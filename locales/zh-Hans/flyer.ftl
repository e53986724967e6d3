### 简体中文 (Chinese, Simplified)
### Draft translation made from the English source; not yet reviewed by a native-speaker reviewer.

## Terms

# The state child-welfare agency, named in full with its abbreviation. Keep the
# abbreviation "DCF" in every language: it is what people hear on the phone.
# Requires: (DCF)
-child-welfare-agency = 马萨诸塞州儿童与家庭部 (DCF)

## Poster: heading and definitions

# The main heading at the top of the poster. Also the PDF's document title.
poster-title = 什么是儿童商业性剥削？

# First paragraph: the definition. "CSEC" is the English abbreviation used by
# agencies; keep it in parentheses after the translated term.
# Requires: (CSEC)
poster-definition = 儿童商业性剥削 (CSEC) 是指任何人提供、购买、交换或出售与未满18岁儿童发生的性行为。

# Definition of child sex trafficking, in the legal sense.
poster-trafficking = 儿童性贩运是指为了让儿童从事性行为而招募、窝藏、运送、提供或获取儿童。

# Who can be a victim. LGBTQ+ may stay as it is or use the term local LGBTQ+
# organizations use.
poster-victims = 受害者可以是任何性别，LGBTQ+ 青少年面临的风险更高。

# "Exchange" means what the child is given in return.
poster-exchange = 交换的不一定是金钱，也可以是任何对孩子有价值的东西。

# Lead-in to the list of examples below it.
poster-examples-heading = 儿童商业性剥削的例子包括：

## Poster: examples (one list item each)

# Example list item: sexual acts in person.
poster-example-in-person = 直接/当面的性行为
# Example list item: trafficking run by gangs.
poster-example-gang = 帮派操控的性贩运
# Example list item: escort services, private parties, stripping.
poster-example-escort = 伴游服务/私人派对/脱衣表演
# Example list item: photos or videos of a child online.
poster-example-online = 网上出现儿童从事性行为的照片或视频
# Example list item: explicit images a child makes of themselves.
poster-example-self-produced = 自己拍摄的露骨色情图像

## Poster: warning signs (one list item each)

# Heading of the list of warning signs.
poster-signs-heading = 需要留意的迹象：

# Warning sign list item.
poster-sign-changes = 外貌、心理健康、个人兴趣、用语和态度出现变化
# Warning sign list item: expensive things with no known source of money.
poster-sign-luxury = 拥有美甲、名牌服装等奢侈品，却无法说明钱从哪里来
# Warning sign list item.
poster-sign-school = 很少上学或完全不上学，或对学业明显失去兴趣
# Warning sign list item: spending time with much older people.
poster-sign-older = 与年龄大很多的朋友或成年人来往
# Warning sign list item.
poster-sign-messages = 接到成年人打来的电话、发来的短信或网上信息
# Warning sign list item.
poster-sign-hotel-keys = 持有酒店房卡或钥匙
# Vapes: electronic cigarettes. "No means of access": the child has no way to buy them.
poster-sign-vapes = 持有电子烟、酒精或毒品等物品，而孩子自己没有办法取得
# Warning sign list item.
poster-sign-accounts = 拥有多个手机号码或社交媒体账号
# "Care": foster care or a group home, as well as the family home.
poster-sign-missing = 从家中、寄养家庭或安置机构失踪，或长时间下落不明

## Poster: what to do

# Heading of the section that says how to report.
poster-action-heading = 如果您怀疑有儿童正在遭受商业性剥削，应该怎么办？

# First step: report to the police or the child-welfare agency (the term).
poster-action-report = 如果您怀疑一名未满18岁的儿童可能是受害者，请立即向当地警察局或 { -child-welfare-agency } 报告。

# Reassurance: a reasonable suspicion is enough; no proof is needed.
poster-action-evidence = 您不需要知道谁可能是责任人，也不需要有确凿证据证明剥削正在发生——只要有合理怀疑就可以。

# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
#     Translations give the name in their language and keep the English name in
#     parentheses: callers hear it in English on the phone.
#   $hotline (String) - the hotline's phone number, e.g. "1-800-792-5200".
# Requires: ({ $hotline_name })
poster-action-call = 如果您有合理怀疑，请拨打高危儿童热线 ({ $hotline_name })：{ $hotline }。

# The hotline box: a short label above the number.
# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
poster-hotline-label = 热线：{ $hotline_name }

# The hotline box: the number, printed large.
# Variables:
#   $hotline (String) - the hotline's phone number, e.g. "1-800-792-5200".
poster-hotline-number = { $hotline }

# The red emergency banner.
# Variables:
#   $emergency (String) - the emergency number, "911".
poster-emergency = 如果儿童有即时危险，请拨打 { $emergency }。

## Poster: about the organization

# Uses the organization's name from flyer.toml.
poster-about = { -org-name } 与州政府机构及社区服务机构合作，为所有儿童性剥削和性贩运的受害者提供协调一致、以受害者为中心的服务。

# About the organization: its services cost nothing.
poster-free = 所有服务均免费。

# Closing line. Uses the organization's name from flyer.toml.
poster-learn-more = 如需进一步了解遭受商业性剥削的儿童，以及这一问题对我们社区的影响，请联系 { -org-name }。

## Wallet card (3.5 x 2 in): very short lines, printed at 7 to 9 pt

# Front of the card: the title.
card-title = 认识儿童性剥削的迹象

# Front of the card: the most telling signs, one list item each.
card-sign-changes = 外貌、情绪或态度突然改变
# Card sign (short): gifts or expensive things.
card-sign-gifts = 拥有来路不明的贵重物品
# Card sign (short).
card-sign-school = 缺课或对上学失去兴趣
# Card sign (short).
card-sign-older = 与年长很多的朋友或成年人来往
# Card sign (short).
card-sign-messages = 接到成年人的电话、短信或网上信息
# Card sign (short).
card-sign-missing = 长时间离家或离开寄养安置处

# Back of the card: the heading.
card-action-heading = 怎么办

# Back of the card: no proof is needed.
card-action-suspicion = 不需要证据，有合理怀疑就足够。

# Back of the card: the line above the hotline number.
# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
card-action-call = 拨打高危儿童热线 ({ $hotline_name })：

# Back of the card: the emergency line.
# Variables:
#   $emergency (String) - the emergency number, "911".
card-emergency = 有即时危险？请拨打 { $emergency }。

# Back of the card: who offers help. Uses the organization's name from flyer.toml.
card-org = { -org-name }：所有服务均免费。

## Marks and descriptions that are not part of the flyer's text

# Printed small at the edge of every page made from a translation nobody has
# reviewed yet. Translate it; flyer prints the English beside it.
draft-marking = 翻译草稿，尚未审校

# Printed small at the edge of every page on which some text is in English
# because this language's translation of it is missing (flyer build
# --allow-fallback). Translate it; flyer prints the English beside it.
fallback-marking = 英文文本：尚未翻译

# Alternative text of the QR code that dials the hotline (read by screen readers).
# Variables:
#   $hotline_name (String) - the hotline's English name.
#   $hotline (String) - the hotline's phone number.
qr-hotline-alt = 二维码：扫描即可拨打高危儿童热线 ({ $hotline_name })，电话 { $hotline }
