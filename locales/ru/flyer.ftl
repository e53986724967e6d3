### Russian (русский)
### Draft translation made from the English source; not yet reviewed by a native-speaker reviewer.
### Style: polite "вы". Contact data (hotline name and number, emergency number,
### organization name) comes from variables and terms, never typed text.

## Terms

# The state child-welfare agency, named in full with its abbreviation. Keep the
# abbreviation "DCF" in every language: it is what people hear on the phone.
# Requires: (DCF)
-child-welfare-agency = Департамент по делам детей и семей штата Массачусетс (DCF)

## Poster: heading and definitions

# The main heading at the top of the poster. Also the PDF's document title.
poster-title = Что такое коммерческая сексуальная эксплуатация детей?

# First paragraph: the definition. "CSEC" is the English abbreviation used by
# agencies; keep it in parentheses after the translated term.
# Requires: (CSEC)
poster-definition = Коммерческая сексуальная эксплуатация детей (CSEC) — это когда кто-либо предлагает, покупает, обменивает или продаёт сексуальные действия с ребёнком младше 18 лет.

# Definition of child sex trafficking, in the legal sense.
poster-trafficking = Торговля детьми в целях сексуальной эксплуатации — это вербовка, укрывательство, перевозка, передача или получение ребёнка для совершения с ним сексуальных действий.

# Who can be a victim. LGBTQ+ may stay as it is or use the term local LGBTQ+
# organizations use.
poster-victims = Жертвой может стать ребёнок любого пола, а подростки из ЛГБТК+ сообщества подвергаются более высокому риску.

# "Exchange" means what the child is given in return.
poster-exchange = То, что ребёнок получает взамен, — не всегда деньги: это может быть всё, что для него ценно.

# Lead-in to the list of examples below it.
poster-examples-heading = Примеры CSEC:

## Poster: examples (one list item each)

# Example list item: sexual acts in person.
poster-example-in-person = Сексуальные действия при личной встрече
# Example list item: trafficking run by gangs.
poster-example-gang = Торговля детьми, организованная бандами
# Example list item: escort services, private parties, stripping.
poster-example-escort = Эскорт-услуги, частные вечеринки, стриптиз
# Example list item: photos or videos of a child online.
poster-example-online = Фото или видео в интернете, где ребёнок участвует в сексуальных действиях
# Example list item: explicit images a child makes of themselves.
poster-example-self-produced = Откровенные изображения сексуального характера, сделанные самим ребёнком

## Poster: warning signs (one list item each)

# Heading of the list of warning signs.
poster-signs-heading = На что обратить внимание:

# Warning sign list item.
poster-sign-changes = Перемены во внешности, психическом состоянии, интересах, речи и поведении
# Warning sign list item: expensive things with no known source of money.
poster-sign-luxury = Дорогие вещи и услуги (например, маникюр, брендовая одежда), хотя непонятно, откуда на них деньги
# Warning sign list item.
poster-sign-school = Ребёнок редко или совсем не ходит в школу, сильно теряет интерес к учёбе
# Warning sign list item: spending time with much older people.
poster-sign-older = Общение с компанией намного старше или со взрослыми
# Warning sign list item.
poster-sign-messages = Звонки, SMS или сообщения в интернете от взрослых
# Warning sign list item.
poster-sign-hotel-keys = Ключи от гостиничных номеров
# Vapes: electronic cigarettes. "No means of access": the child has no way to buy them.
poster-sign-vapes = Вейпы или психоактивные вещества, которые ребёнку не на что и негде купить
# Warning sign list item.
poster-sign-accounts = Несколько телефонов или аккаунтов в соцсетях
# "Care": foster care or a group home, as well as the family home.
poster-sign-missing = Уходы из дома, приёмной семьи или детского учреждения, долгие исчезновения

## Poster: what to do

# Heading of the section that says how to report.
poster-action-heading = Что делать, если вы подозреваете, что ребёнок подвергается коммерческой сексуальной эксплуатации?

# First step: report to the police or the child-welfare agency (the term).
poster-action-report = Если вы подозреваете, что ребёнок младше 18 лет может быть жертвой, немедленно сообщите об этом в местную полицию или в { -child-welfare-agency }.

# Reassurance: a reasonable suspicion is enough; no proof is needed.
poster-action-evidence = Вам не нужно знать, кто может быть виновен, или иметь подтверждённые доказательства эксплуатации — достаточно обоснованного подозрения.

# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
#     Translations give the name in their language and keep the English name in
#     parentheses: callers hear it in English on the phone.
#   $hotline (String) - the hotline's phone number, e.g. "1-800-792-5200".
# Requires: ({ $hotline_name })
poster-action-call = Если у вас есть обоснованное подозрение, позвоните, пожалуйста, на горячую линию по защите детей ({ $hotline_name }) по номеру { $hotline }.

# The hotline box: a short label above the number.
# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
poster-hotline-label = Горячая линия по защите детей: { $hotline_name }

# The hotline box: the number, printed large.
# Variables:
#   $hotline (String) - the hotline's phone number, e.g. "1-800-792-5200".
poster-hotline-number = { $hotline }

# The red emergency banner.
# Variables:
#   $emergency (String) - the emergency number, "911".
poster-emergency = Если ребёнку угрожает непосредственная опасность, звоните { $emergency }.

## Poster: about the organization

# Uses the organization's name from flyer.toml.
poster-about = Организация { -org-name } в партнёрстве с государственными учреждениями штата и местными организациями оказывает скоординированную помощь, ориентированную на интересы пострадавших, всем жертвам сексуальной эксплуатации детей и торговли детьми.

# About the organization: its services cost nothing.
poster-free = Все услуги предоставляются бесплатно.

# Closing line. Uses the organization's name from flyer.toml.
poster-learn-more = Чтобы узнать больше о коммерческой сексуальной эксплуатации детей и о том, как она влияет на наше сообщество, свяжитесь, пожалуйста, с организацией { -org-name }.

## Wallet card (3.5 x 2 in): very short lines, printed at 7 to 9 pt

# Front of the card: the title.
card-title = Признаки сексуальной эксплуатации детей

# Front of the card: the most telling signs, one list item each.
card-sign-changes = Резкая смена внешности, настроения, поведения
# Card sign (short): gifts or expensive things.
card-sign-gifts = Дорогие вещи неизвестно откуда
# Card sign (short).
card-sign-school = Прогулы, потеря интереса к учёбе
# Card sign (short).
card-sign-older = Старшие друзья или взрослые рядом
# Card sign (short).
card-sign-messages = Звонки, SMS, сообщения в сети от взрослых
# Card sign (short).
card-sign-missing = Надолго пропадает из дома или учреждения

# Back of the card: the heading.
card-action-heading = Что делать

# Back of the card: no proof is needed.
card-action-suspicion = Доказывать не нужно: хватит обоснованного подозрения.

# Back of the card: the line above the hotline number.
# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
card-action-call = Горячая линия { $hotline_name }:

# Back of the card: the emergency line.
# Variables:
#   $emergency (String) - the emergency number, "911".
card-emergency = Опасность прямо сейчас? Звоните { $emergency }.

# Back of the card: who offers help. Uses the organization's name from flyer.toml.
card-org = { -org-name }: все услуги бесплатны.

## Marks and descriptions that are not part of the flyer's text

# Printed small at the edge of every page made from a translation nobody has
# reviewed yet. Translate it; flyer prints the English beside it.
draft-marking = Черновой перевод, ещё не проверен

# Printed small at the edge of every page on which some text is in English
# because this language's translation of it is missing (flyer build
# --allow-fallback). Translate it; flyer prints the English beside it.
fallback-marking = Текст на английском: ещё не переведён

# Alternative text of the QR code that dials the hotline (read by screen readers).
# Variables:
#   $hotline_name (String) - the hotline's English name.
#   $hotline (String) - the hotline's phone number.
qr-hotline-alt = QR-код: отсканируйте, чтобы позвонить на горячую линию по защите детей ({ $hotline_name }) по номеру { $hotline }
