### 繁體中文 (Chinese, Traditional)
### Draft translation made from the English source; not yet reviewed by a native-speaker reviewer.

## Terms

-child-welfare-agency = 麻薩諸塞州兒童及家庭部 (DCF)

## Poster: heading and definitions

poster-title = 什麼是兒童商業性剝削？

poster-definition = 兒童商業性剝削 (CSEC) 是指任何人提供、購買、交換或出售與未滿18歲兒童發生的性行為。

poster-trafficking = 兒童性販運是指為了讓兒童從事性行為而招募、藏匿、運送、提供或取得兒童。

poster-victims = 受害者可以是任何性別，而 LGBTQ+ 青少年面對的風險更高。

poster-exchange = 交換的不一定是金錢，也可以是任何對孩子有價值的東西。

poster-examples-heading = 兒童商業性剝削的例子包括：

## Poster: examples (one list item each)

poster-example-in-person = 直接/當面的性行為
poster-example-gang = 幫派操控的性販運
poster-example-escort = 伴遊服務/私人派對/脫衣表演
poster-example-online = 網上出現兒童從事性行為的照片或影片
poster-example-self-produced = 自行拍攝的露骨色情影像

## Poster: warning signs (one list item each)

poster-signs-heading = 需要留意的徵兆：

poster-sign-changes = 外表、心理健康、個人興趣、用語及態度出現變化
poster-sign-luxury = 擁有美甲、名牌衣服等奢侈品，卻無法說明錢從哪裡來
poster-sign-school = 很少上學或完全不上學，或對學業明顯失去興趣
poster-sign-older = 與年紀大很多的朋友圈或成年人來往
poster-sign-messages = 接到成年人打來的電話、傳來的短訊或網上訊息
poster-sign-hotel-keys = 持有旅館或酒店的房卡或鑰匙
poster-sign-vapes = 持有電子煙、酒精或毒品等物品，而孩子自己沒有途徑取得
poster-sign-accounts = 擁有多個手機號碼或社交媒體帳號
poster-sign-missing = 從家中、寄養家庭或安置機構失蹤，或長時間下落不明

## Poster: what to do

poster-action-heading = 如果您懷疑有兒童正在遭受商業性剝削，應該怎麼辦？

poster-action-report = 如果您懷疑一名未滿18歲的兒童可能是受害者，請立即向當地警察局或 { -child-welfare-agency } 舉報。

poster-action-evidence = 您不需要知道誰可能是責任人，也不需要有確鑿證據證明剝削正在發生——只要有合理懷疑就可以。

poster-action-call = 如果您確實有合理懷疑，請撥打兒童保護熱線 { $hotline_name }：{ $hotline }。

poster-hotline-label = 熱線：{ $hotline_name }

poster-hotline-number = { $hotline }

poster-emergency = 如果兒童有即時危險，請撥打 { $emergency }。

## Poster: about the organization

poster-about = { -org-name } 與州政府機構及社區服務機構合作，為所有兒童性剝削及性販運的受害者提供協調一致、以受害者為中心的服務。

poster-free = 所有服務均免費。

poster-learn-more = 如需進一步了解遭受商業性剝削的兒童，以及這個問題對我們社區的影響，請聯絡 { -org-name }。

## Wallet card (3.5 x 2 in): very short lines, printed at 7 to 9 pt

card-title = 認識兒童性剝削的徵兆

card-sign-changes = 外表、情緒或態度突然改變
card-sign-gifts = 擁有來歷不明的貴重物品
card-sign-school = 缺課或對上學失去興趣
card-sign-older = 與年長很多的朋友或成年人來往
card-sign-messages = 接到成年人的電話、短訊或網上訊息
card-sign-missing = 長時間離家或離開寄養安置處

card-action-heading = 怎麼辦

card-action-suspicion = 不需要證據，有合理懷疑就足夠。

card-action-call = 撥打兒童保護熱線 { $hotline_name }：

card-emergency = 有即時危險？請撥打 { $emergency }。

card-org = { -org-name }：所有服務均免費。

## Marks and descriptions that are not part of the flyer's text

draft-marking = 翻譯草稿，尚未審校

qr-hotline-alt = QR 碼：掃描即可撥打兒童保護熱線 { $hotline_name }，電話 { $hotline }
