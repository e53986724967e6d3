### Korean (한국어)
### Draft translation made from the English source; not yet reviewed by a native-speaker reviewer.
### Style: polite formal 합니다체. Contact data (hotline name and number, emergency
### number, organization name) comes from variables and terms, never typed text.

## Terms

# The state child-welfare agency, named in full with its abbreviation. Keep the
# abbreviation "DCF" in every language: it is what people hear on the phone.
# Requires: (DCF)
-child-welfare-agency = 매사추세츠주 아동가족부(DCF)

## Poster: heading and definitions

# The main heading at the top of the poster. Also the PDF's document title.
poster-title = 아동 상업적 성착취란 무엇입니까?

# First paragraph: the definition. "CSEC" is the English abbreviation used by
# agencies; keep it in parentheses after the translated term.
# Requires: (CSEC)
poster-definition = 아동 상업적 성착취(CSEC)란 누군가가 18세 미만 아동과의 성적 행위를 제안하거나, 사거나, 다른 것과 맞바꾸거나, 파는 것을 말합니다.

# Definition of child sex trafficking, in the legal sense.
poster-trafficking = 아동 성 인신매매란 성적 행위를 목적으로 아동을 모집하거나, 숨겨 두거나, 이동시키거나, 넘겨주거나, 넘겨받는 것을 말합니다.

# Who can be a victim. LGBTQ+ may stay as it is or use the term local LGBTQ+
# organizations use.
poster-victims = 피해자는 성별과 관계없이 누구나 될 수 있으며, 성소수자(LGBTQ+) 청소년은 더 큰 위험에 놓여 있습니다.

# "Exchange" means what the child is given in return.
poster-exchange = 대가가 항상 돈인 것은 아닙니다. 아동에게 가치 있는 것이라면 무엇이든 대가가 될 수 있습니다.

# Lead-in to the list of examples below it.
poster-examples-heading = 아동 상업적 성착취(CSEC)의 예는 다음과 같습니다.

## Poster: examples (one list item each)

# Example list item: sexual acts in person.
poster-example-in-person = 직접 만나서 하는 성적 행위
# Example list item: trafficking run by gangs.
poster-example-gang = 폭력 조직(갱)이 저지르는 인신매매
# Example list item: escort services, private parties, stripping.
poster-example-escort = 에스코트 서비스, 사적인 파티, 스트립쇼
# Example list item: photos or videos of a child online.
poster-example-online = 아동의 성적 행위를 담은 온라인 사진이나 동영상
# Example list item: explicit images a child makes of themselves.
poster-example-self-produced = 스스로 찍은 성적으로 노골적인 사진이나 영상

## Poster: warning signs (one list item each)

# Heading of the list of warning signs.
poster-signs-heading = 다음과 같은 신호를 살펴보십시오.

# Warning sign list item.
poster-sign-changes = 외모, 정신 건강, 관심사, 말투, 태도의 변화
# Warning sign list item: expensive things with no known source of money.
poster-sign-luxury = 설명할 수 있는 수입이 없는데도 네일 관리나 명품 옷 같은 값비싼 것을 가지고 있음
# Warning sign list item.
poster-sign-school = 학교에 잘 가지 않거나 아예 가지 않음, 또는 학교에 대한 관심이 크게 줄어듦
# Warning sign list item: spending time with much older people.
poster-sign-older = 나이가 훨씬 많은 친구들이나 어른들과 어울림
# Warning sign list item.
poster-sign-messages = 어른에게서 전화, 문자 메시지, 온라인 메시지를 받음
# Warning sign list item.
poster-sign-hotel-keys = 호텔 객실 열쇠를 가지고 있음
# Vapes: electronic cigarettes. "No means of access": the child has no way to buy them.
poster-sign-vapes = 스스로 구할 방법이 없는데도 전자담배나 약물 등을 가지고 있음
# Warning sign list item.
poster-sign-accounts = 여러 개의 휴대전화나 소셜 미디어 계정
# "Care": foster care or a group home, as well as the family home.
poster-sign-missing = 집이나 보호 시설(위탁 가정, 그룹홈)에서 사라지거나 오랫동안 연락이 닿지 않음

## Poster: what to do

# Heading of the section that says how to report.
poster-action-heading = 아동이 상업적 성착취를 당하고 있다고 의심되면 어떻게 해야 합니까?

# First step: report to the police or the child-welfare agency (the term).
poster-action-report = 18세 미만 아동이 피해자일 수 있다고 의심되면 즉시 지역 경찰서나 { -child-welfare-agency }에 신고하십시오.

# Reassurance: a reasonable suspicion is enough; no proof is needed.
poster-action-evidence = 누구의 책임인지 알거나 착취가 일어나고 있다는 확실한 증거가 있어야 하는 것은 아닙니다. 합리적인 의심만 있으면 됩니다.

# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
#     Translations give the name in their language and keep the English name in
#     parentheses: callers hear it in English on the phone.
#   $hotline (String) - the hotline's phone number, e.g. "1-800-792-5200".
# Requires: ({ $hotline_name })
poster-action-call = 합리적인 의심이 드신다면 위기 아동 신고 전화({ $hotline_name }) { $hotline }번으로 전화해 주십시오.

# The hotline box: a short label above the number.
# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
poster-hotline-label = 위기 아동 신고 전화: { $hotline_name }

# The hotline box: the number, printed large.
# Variables:
#   $hotline (String) - the hotline's phone number, e.g. "1-800-792-5200".
poster-hotline-number = { $hotline }

# The red emergency banner.
# Variables:
#   $emergency (String) - the emergency number, "911".
poster-emergency = 아동이 당장 위험한 상황에 있다면 { $emergency }에 전화하십시오.

## Poster: about the organization

# Uses the organization's name from flyer.toml.
poster-about = { -org-name }에서는 주 정부 기관 및 지역사회 서비스 기관과 협력하여, 아동 성착취와 인신매매의 모든 피해자에게 피해자 중심의 통합적인 지원을 제공합니다.

# About the organization: its services cost nothing.
poster-free = 모든 서비스는 무료입니다.

# Closing line. Uses the organization's name from flyer.toml.
poster-learn-more = 상업적 성착취를 당하는 아동과 이 문제가 우리 지역사회에 미치는 영향에 대해 더 알고 싶으시면 { -org-name }에 문의해 주십시오.

## Wallet card (3.5 x 2 in): very short lines, printed at 7 to 9 pt

# Front of the card: the title.
card-title = 아동 성착취의 신호를 알아 두십시오

# Front of the card: the most telling signs, one list item each.
card-sign-changes = 외모, 기분, 태도의 갑작스러운 변화
# Card sign (short): gifts or expensive things.
card-sign-gifts = 출처를 알 수 없는 비싼 물건
# Card sign (short).
card-sign-school = 결석이 잦거나 학교에 흥미를 잃음
# Card sign (short).
card-sign-older = 주변에 나이 많은 친구나 어른이 있음
# Card sign (short).
card-sign-messages = 어른에게서 오는 전화, 문자, 온라인 메시지
# Card sign (short).
card-sign-missing = 집이나 보호 시설에서 오랫동안 사라짐

# Back of the card: the heading.
card-action-heading = 이렇게 하십시오

# Back of the card: no proof is needed.
card-action-suspicion = 증거는 없어도 됩니다. 합리적인 의심이면 충분합니다.

# Back of the card: the line above the hotline number.
# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
card-action-call = 신고 전화({ $hotline_name }):

# Back of the card: the emergency line.
# Variables:
#   $emergency (String) - the emergency number, "911".
card-emergency = 위급한 상황이면 { $emergency }에 전화하십시오.

# Back of the card: who offers help. Uses the organization's name from flyer.toml.
card-org = { -org-name }: 모든 서비스는 무료입니다.

## Marks and descriptions that are not part of the flyer's text

# Printed small at the edge of every page made from a translation nobody has
# reviewed yet. Translate it; flyer prints the English beside it.
draft-marking = 번역 초안, 아직 검토되지 않음

# Printed small at the edge of every page on which some text is in English
# because this language's translation of it is missing (flyer build
# --allow-fallback). Translate it; flyer prints the English beside it.
fallback-marking = 영어 원문: 아직 번역되지 않음

# Alternative text of the QR code that dials the hotline (read by screen readers).
# Variables:
#   $hotline_name (String) - the hotline's English name.
#   $hotline (String) - the hotline's phone number.
qr-hotline-alt = QR 코드: 스캔하면 위기 아동 신고 전화({ $hotline_name }) { $hotline }번으로 연결됩니다
