### 简体中文 (Chinese, Simplified)
### Draft translation made from the English source; not yet reviewed by a native-speaker reviewer.

## Terms

-child-welfare-agency = 马萨诸塞州儿童与家庭部 (DCF)

## Poster: heading and definitions

poster-title = 什么是儿童商业性剥削？

poster-definition = 儿童商业性剥削 (CSEC) 是指任何人提供、购买、交换或出售与未满18岁儿童发生的性行为。

poster-trafficking = 儿童性贩运是指为了让儿童从事性行为而招募、窝藏、运送、提供或获取儿童。

poster-victims = 受害者可以是任何性别，LGBTQ+ 青少年面临的风险更高。

poster-exchange = 交换的不一定是金钱，也可以是任何对孩子有价值的东西。

poster-examples-heading = 儿童商业性剥削的例子包括：

## Poster: examples (one list item each)

poster-example-in-person = 直接/当面的性行为
poster-example-gang = 帮派操控的性贩运
poster-example-escort = 伴游服务/私人派对/脱衣表演
poster-example-online = 网上出现儿童从事性行为的照片或视频
poster-example-self-produced = 自己拍摄的露骨色情图像

## Poster: warning signs (one list item each)

poster-signs-heading = 需要留意的迹象：

poster-sign-changes = 外貌、心理健康、个人兴趣、用语和态度出现变化
poster-sign-luxury = 拥有美甲、名牌服装等奢侈品，却无法说明钱从哪里来
poster-sign-school = 很少上学或完全不上学，或对学业明显失去兴趣
poster-sign-older = 与年龄大很多的朋友圈或成年人来往
poster-sign-messages = 接到成年人打来的电话、发来的短信或网上信息
poster-sign-hotel-keys = 持有酒店房卡或钥匙
poster-sign-vapes = 持有电子烟、酒精或毒品等物品，而孩子自己没有办法取得
poster-sign-accounts = 拥有多个手机号码或社交媒体账号
poster-sign-missing = 从家中、寄养家庭或安置机构失踪，或长时间下落不明

## Poster: what to do

poster-action-heading = 如果您怀疑有儿童正在遭受商业性剥削，应该怎么办？

poster-action-report = 如果您怀疑一名未满18岁的儿童可能是受害者，请立即向当地警察局或 { -child-welfare-agency } 报告。

poster-action-evidence = 您不需要知道谁可能是责任人，也不需要有确凿证据证明剥削正在发生——只要有合理怀疑就可以。

poster-action-call = 如果您确实有合理怀疑，请拨打儿童保护热线 { $hotline_name }：{ $hotline }。

poster-hotline-label = 热线：{ $hotline_name }

poster-hotline-number = { $hotline }

poster-emergency = 如果儿童有即时危险，请拨打 { $emergency }。

## Poster: about the organization

poster-about = { -org-name } 与州政府机构及社区服务机构合作，为所有儿童性剥削和性贩运的受害者提供协调一致、以受害者为中心的服务。

poster-free = 所有服务均免费。

poster-learn-more = 如需进一步了解遭受商业性剥削的儿童，以及这一问题对我们社区的影响，请联系 { -org-name }。

## Wallet card (3.5 x 2 in): very short lines, printed at 7 to 9 pt

card-title = 认识儿童性剥削的迹象

card-sign-changes = 外貌、情绪或态度突然改变
card-sign-gifts = 拥有来路不明的贵重物品
card-sign-school = 缺课或对上学失去兴趣
card-sign-older = 与年长很多的朋友或成年人来往
card-sign-messages = 接到成年人的电话、短信或网上信息
card-sign-missing = 长时间离家或离开寄养安置处

card-action-heading = 怎么办

card-action-suspicion = 不需要证据，有合理怀疑就足够。

card-action-call = 拨打儿童保护热线 { $hotline_name }：

card-emergency = 有即时危险？请拨打 { $emergency }。

card-org = { -org-name }：所有服务均免费。

## Marks and descriptions that are not part of the flyer's text

draft-marking = 翻译草稿，尚未审校

qr-hotline-alt = 二维码：扫描即可拨打儿童保护热线 { $hotline_name }，电话 { $hotline }
