### Khmer (ភាសាខ្មែរ)
### Draft translation made from the English source; not yet reviewed by a native-speaker reviewer.
### Audience: the Cambodian community of Lowell, MA. Polite address "លោកអ្នក".
### Contact data (hotline name and number, emergency number, organization name)
### comes from variables and terms, never typed text.

## Terms

# The state child-welfare agency, named in full with its abbreviation. Keep the
# abbreviation "DCF" in every language: it is what people hear on the phone.
# Requires: (DCF)
-child-welfare-agency = នាយកដ្ឋានកុមារ និងក្រុមគ្រួសារ រដ្ឋម៉ាសាឈូសេត (DCF)

## Poster: heading and definitions

# The main heading at the top of the poster. Also the PDF's document title.
poster-title = តើអ្វីទៅជាការកេងប្រវ័ញ្ចផ្លូវភេទលើកុមារក្នុងគោលបំណងពាណិជ្ជកម្ម?

# First paragraph: the definition. "CSEC" is the English abbreviation used by
# agencies; keep it in parentheses after the translated term.
# Requires: (CSEC)
poster-definition = ការកេងប្រវ័ញ្ចផ្លូវភេទលើកុមារក្នុងគោលបំណងពាណិជ្ជកម្ម (CSEC) កើតឡើងនៅពេលដែលនរណាម្នាក់ ស្នើផ្ដល់ ទិញ ដោះដូរ ឬលក់សកម្មភាពផ្លូវភេទជាមួយកុមារដែលមានអាយុក្រោម 18 ឆ្នាំ។

# Definition of child sex trafficking, in the legal sense.
poster-trafficking = ការជួញដូរកុមារក្នុងគោលបំណងផ្លូវភេទ គឺជាការជ្រើសរើស ការលាក់ទុក ការដឹកជញ្ជូន ការប្រគល់ ឬការទទួលយកកុមារ ដើម្បីធ្វើសកម្មភាពផ្លូវភេទ។

# Who can be a victim. LGBTQ+ may stay as it is or use the term local LGBTQ+
# organizations use.
poster-victims = ជនរងគ្រោះអាចជាកុមារភេទណាក៏បាន ហើយយុវជន LGBTQ+ ប្រឈមនឹងហានិភ័យខ្ពស់ជាង។

# "Exchange" means what the child is given in return.
poster-exchange = អ្វីដែលកុមារទទួលបានជាថ្នូរ មិនមែនតែងតែជាប្រាក់នោះទេ វាអាចជារបស់អ្វីក៏ដោយដែលមានតម្លៃចំពោះកុមារ។

# Lead-in to the list of examples below it.
poster-examples-heading = ឧទាហរណ៍នៃ CSEC រួមមាន៖

## Poster: examples (one list item each)

# Example list item: sexual acts in person.
poster-example-in-person = សកម្មភាពផ្លូវភេទដោយជួបមុខផ្ទាល់
# Example list item: trafficking run by gangs.
poster-example-gang = ការជួញដូរដែលធ្វើឡើងដោយក្រុមក្មេងទំនើង
# Example list item: escort services, private parties, stripping.
poster-example-escort = សេវាអមដំណើរ (escort) / ពិធីជប់លៀងឯកជន / ការរាំដោះសម្លៀកបំពាក់
# Example list item: photos or videos of a child online.
poster-example-online = រូបថត ឬវីដេអូតាមអនឡាញ ដែលបង្ហាញកុមារកំពុងធ្វើសកម្មភាពផ្លូវភេទ
# Example list item: explicit images a child makes of themselves.
poster-example-self-produced = រូបភាពអាសអាភាស ដែលកុមារថតដោយខ្លួនឯង

## Poster: warning signs (one list item each)

# Heading of the list of warning signs.
poster-signs-heading = សញ្ញាដែលត្រូវសង្កេតមើល៖

# Warning sign list item.
poster-sign-changes = ការផ្លាស់ប្ដូររូបរាង សុខភាពផ្លូវចិត្ត ចំណាប់អារម្មណ៍ផ្ទាល់ខ្លួន ពាក្យសម្ដី និងអាកប្បកិរិយា
# Warning sign list item: expensive things with no known source of money.
poster-sign-luxury = មានរបស់ប្រណីតៗ ដូចជាការធ្វើក្រចក និងសម្លៀកបំពាក់ម៉ាកល្បីៗ ដោយគ្មានប្រភពចំណូលដែលអាចពន្យល់បាន
# Warning sign list item.
poster-sign-school = មិនសូវទៅសាលា ឬមិនទៅសាលាសោះ ឬលែងចាប់អារម្មណ៍យ៉ាងខ្លាំងចំពោះការសិក្សា
# Warning sign list item: spending time with much older people.
poster-sign-older = សេពគប់ជាមួយក្រុមមិត្តភក្តិដែលមានអាយុច្រើនជាងខ្លួនច្រើន ឬជាមួយមនុស្សពេញវ័យ
# Warning sign list item.
poster-sign-messages = ទទួលការហៅទូរស័ព្ទ សារ ឬសារតាមអនឡាញពីមនុស្សពេញវ័យ
# Warning sign list item.
poster-sign-hotel-keys = មានកូនសោបន្ទប់សណ្ឋាគារ
# Vapes: electronic cigarettes. "No means of access": the child has no way to buy them.
poster-sign-vapes = មានបារីអេឡិចត្រូនិក ឬសារធាតុញៀន ទោះបីគ្មានលទ្ធភាពរកបានដោយខ្លួនឯងក៏ដោយ
# Warning sign list item.
poster-sign-accounts = មានទូរស័ព្ទ ឬគណនីបណ្ដាញសង្គមច្រើន
# "Care": foster care or a group home, as well as the family home.
poster-sign-missing = បាត់ខ្លួនពីផ្ទះ ឬពីកន្លែងថែទាំ ឬបាត់ខ្លួនក្នុងរយៈពេលយូរ

## Poster: what to do

# Heading of the section that says how to report.
poster-action-heading = តើលោកអ្នកគួរធ្វើអ្វី ប្រសិនបើលោកអ្នកសង្ស័យថាកុមារម្នាក់កំពុងរងការកេងប្រវ័ញ្ចផ្លូវភេទក្នុងគោលបំណងពាណិជ្ជកម្ម?

# First step: report to the police or the child-welfare agency (the term).
poster-action-report = ប្រសិនបើលោកអ្នកសង្ស័យថា កុមារអាយុក្រោម 18 ឆ្នាំម្នាក់ អាចជាជនរងគ្រោះ សូមរាយការណ៍ភ្លាមៗទៅស្ថានីយ៍ប៉ូលិសក្នុងតំបន់ ឬទៅ { -child-welfare-agency }។

# Reassurance: a reasonable suspicion is enough; no proof is needed.
poster-action-evidence = លោកអ្នកមិនចាំបាច់ដឹងថាអ្នកណាជាអ្នកទទួលខុសត្រូវ ឬមានភស្តុតាងច្បាស់លាស់ថាការកេងប្រវ័ញ្ចកំពុងកើតឡើងនោះទេ – គ្រាន់តែមានការសង្ស័យដែលសមហេតុផលប៉ុណ្ណោះ។

# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
#     Translations give the name in their language and keep the English name in
#     parentheses: callers hear it in English on the phone.
#   $hotline (String) - the hotline's phone number, e.g. "1-800-792-5200".
# Requires: ({ $hotline_name })
poster-action-call = ប្រសិនបើលោកអ្នកមានការសង្ស័យដែលសមហេតុផល សូមទូរស័ព្ទទៅខ្សែទូរស័ព្ទការពារកុមារ ({ $hotline_name }) តាមលេខ { $hotline }។

# The hotline box: a short label above the number.
# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
poster-hotline-label = ខ្សែទូរស័ព្ទការពារកុមារ៖ { $hotline_name }

# The hotline box: the number, printed large.
# Variables:
#   $hotline (String) - the hotline's phone number, e.g. "1-800-792-5200".
poster-hotline-number = { $hotline }

# The red emergency banner.
# Variables:
#   $emergency (String) - the emergency number, "911".
poster-emergency = ប្រសិនបើកុមារកំពុងប្រឈមនឹងគ្រោះថ្នាក់ភ្លាមៗ សូមទូរស័ព្ទទៅលេខ { $emergency }។

## Poster: about the organization

# Uses the organization's name from flyer.toml.
poster-about = { -org-name } ផ្ដល់ការឆ្លើយតបដែលមានការសម្របសម្រួល និងយកជនរងគ្រោះជាចំណុចកណ្ដាល ដល់ជនរងគ្រោះទាំងអស់នៃការកេងប្រវ័ញ្ចផ្លូវភេទលើកុមារ និងការជួញដូរកុមារ ដោយសហការជាមួយស្ថាប័នរដ្ឋ និងអ្នកផ្ដល់សេវាក្នុងសហគមន៍។

# About the organization: its services cost nothing.
poster-free = សេវាទាំងអស់គឺឥតគិតថ្លៃ។

# Closing line. Uses the organization's name from flyer.toml.
poster-learn-more = ដើម្បីស្វែងយល់បន្ថែមអំពីកុមារដែលរងការកេងប្រវ័ញ្ចផ្លូវភេទក្នុងគោលបំណងពាណិជ្ជកម្ម និងផលប៉ះពាល់របស់វាមកលើសហគមន៍របស់យើង សូមទាក់ទង { -org-name }។

## Wallet card (3.5 x 2 in): very short lines, printed at 7 to 9 pt

# Front of the card: the title.
card-title = ស្គាល់សញ្ញានៃការកេងប្រវ័ញ្ចផ្លូវភេទលើកុមារ

# Front of the card: the most telling signs, one list item each.
card-sign-changes = រូបរាង អារម្មណ៍ ឬអាកប្បកិរិយាប្រែប្រួលភ្លាមៗ
# Card sign (short): gifts or expensive things.
card-sign-gifts = មានរបស់ថ្លៃៗ ដោយមិនដឹងប្រភព
# Card sign (short).
card-sign-school = ខកខានសាលា ឬលែងចាប់អារម្មណ៍នឹងការរៀន
# Card sign (short).
card-sign-older = មានមិត្តអាយុច្រើនជាង ឬមនុស្សពេញវ័យនៅក្បែរខ្លួន
# Card sign (short).
card-sign-messages = ការហៅ សារ ឬសារអនឡាញពីមនុស្សពេញវ័យ
# Card sign (short).
card-sign-missing = បាត់ខ្លួនពីផ្ទះ ឬកន្លែងថែទាំជាយូរ

# Back of the card: the heading.
card-action-heading = អ្វីដែលត្រូវធ្វើ

# Back of the card: no proof is needed.
card-action-suspicion = មិនចាំបាច់មានភស្តុតាងទេ។ ការសង្ស័យសមហេតុផលគឺគ្រប់គ្រាន់ហើយ។

# Back of the card: the line above the hotline number.
# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
card-action-call = ខ្សែការពារកុមារ ({ $hotline_name })៖

# Back of the card: the emergency line.
# Variables:
#   $emergency (String) - the emergency number, "911".
card-emergency = គ្រោះថ្នាក់បន្ទាន់? សូមទូរស័ព្ទទៅលេខ { $emergency }។

# Back of the card: who offers help. Uses the organization's name from flyer.toml.
card-org = { -org-name }៖ សេវាទាំងអស់ឥតគិតថ្លៃ។

## Marks and descriptions that are not part of the flyer's text

# Printed small at the edge of every page made from a translation nobody has
# reviewed yet. Translate it; flyer prints the English beside it.
draft-marking = ការបកប្រែព្រាង មិនទាន់បានត្រួតពិនិត្យ

# Printed small at the edge of every page on which some text is in English
# because this language's translation of it is missing (flyer build
# --allow-fallback). Translate it; flyer prints the English beside it.
fallback-marking = អត្ថបទជាភាសាអង់គ្លេស៖ មិនទាន់បានបកប្រែ

# Alternative text of the QR code that dials the hotline (read by screen readers).
# Variables:
#   $hotline_name (String) - the hotline's English name.
#   $hotline (String) - the hotline's phone number.
qr-hotline-alt = កូដ QR៖ ស្កេនដើម្បីទូរស័ព្ទទៅខ្សែទូរស័ព្ទការពារកុមារ ({ $hotline_name }) តាមលេខ { $hotline }
