### Arabic (العربية), Modern Standard Arabic.
### Draft translation made from the English source; not yet reviewed by a native-speaker reviewer.
###
### Awareness flyer: commercial sexual exploitation of children (CSEC).
### Contact data never appears as typed text: it comes from flyer.toml through variables and terms.

## Terms

# The state child-welfare agency, named in full with its abbreviation. Keep the
# abbreviation "DCF" in every language: it is what people hear on the phone.
# Requires: (DCF)
-child-welfare-agency = إدارة الأطفال والأسر في ولاية ماساتشوستس (DCF)

## Poster: heading and definitions

# The main heading at the top of the poster. Also the PDF's document title.
poster-title = ما هو الاستغلال الجنسي التجاري للأطفال؟

# First paragraph: the definition. "CSEC" is the English abbreviation used by
# agencies; keep it in parentheses after the translated term.
# Requires: (CSEC)
poster-definition = يحدث الاستغلال الجنسي التجاري للأطفال (CSEC) عندما يعرض شخصٌ أفعالًا جنسية مع طفل دون سن 18 عامًا، أو يشتريها، أو يقايض بها، أو يبيعها.

# Definition of child sex trafficking, in the legal sense.
poster-trafficking = الاتجار بالأطفال لأغراض جنسية هو تجنيد طفل، أو إيواؤه، أو نقله، أو تسليمه، أو الحصول عليه، بهدف القيام بأفعال جنسية.

# Who can be a victim. LGBTQ+ may stay as it is or use the term local LGBTQ+
# organizations use.
poster-victims = يمكن أن يكون الضحايا من أي جنس، والشباب من مجتمع الميم (LGBTQ+) أكثر عُرضة للخطر.

# "Exchange" means what the child is given in return.
poster-exchange = المقابل لا يعني دائمًا المال؛ فقد يكون أي شيء له قيمة عند الطفل.

# Lead-in to the list of examples below it.
poster-examples-heading = من أمثلة الاستغلال الجنسي التجاري للأطفال:

## Poster: examples (one list item each)

# Example list item: sexual acts in person.
poster-example-in-person = أفعال جنسية مباشرة أو وجهًا لوجه
# Example list item: trafficking run by gangs.
poster-example-gang = الاتجار الذي تديره العصابات
# Example list item: escort services, private parties, stripping.
poster-example-escort = خدمات المرافقة، والحفلات الخاصة، والتعرّي
# Example list item: photos or videos of a child online.
poster-example-online = صور أو مقاطع فيديو على الإنترنت تُظهر طفلًا يقوم بأفعال جنسية
# Example list item: explicit images a child makes of themselves.
poster-example-self-produced = صور جنسية صريحة يلتقطها الطفل لنفسه

## Poster: warning signs (one list item each)

# Heading of the list of warning signs.
poster-signs-heading = ما العلامات التي يجب الانتباه إليها:

# Warning sign list item.
poster-sign-changes = تغيّرات في المظهر، أو الصحة النفسية، أو الاهتمامات الشخصية، أو الألفاظ المستخدمة، أو السلوك
# Warning sign list item: expensive things with no known source of money.
poster-sign-luxury = أشياء فاخرة، مثل العناية بالأظافر (المانيكير) والملابس ذات الماركات، دون مصدر دخل معروف
# Warning sign list item.
poster-sign-school = قلة الحضور إلى المدرسة أو الانقطاع عنها، أو فقدان الاهتمام بها بشكل كبير
# Warning sign list item: spending time with much older people.
poster-sign-older = مصاحبة أصدقاء أو بالغين أكبر سنًا بكثير
# Warning sign list item.
poster-sign-messages = تلقّي مكالمات أو رسائل نصية أو رسائل عبر الإنترنت من أشخاص بالغين
# Warning sign list item.
poster-sign-hotel-keys = حيازة مفاتيح غرف فنادق
# Vapes: electronic cigarettes. "No means of access": the child has no way to buy them.
poster-sign-vapes = حيازة سجائر إلكترونية (فيب) أو مواد أخرى دون وسيلة معروفة للحصول عليها
# Warning sign list item.
poster-sign-accounts = امتلاك أكثر من هاتف أو أكثر من حساب على وسائل التواصل الاجتماعي
# "Care": foster care or a group home, as well as the family home.
poster-sign-missing = الغياب عن البيت أو عن مكان الرعاية، أو الغياب لفترات طويلة

## Poster: what to do

# Heading of the section that says how to report.
poster-action-heading = ماذا أفعل إذا اشتبهت في أن طفلًا يتعرّض للاستغلال الجنسي التجاري؟

# First step: report to the police or the child-welfare agency (the term).
poster-action-report = إذا اشتبهت في أن طفلًا دون سن 18 عامًا قد يكون ضحية، فيُرجى الإبلاغ فورًا إلى قسم الشرطة المحلي أو إلى { -child-welfare-agency }.

# Reassurance: a reasonable suspicion is enough; no proof is needed.
poster-action-evidence = لا يلزم معرفة من قد يكون المسؤول، ولا وجود دليل مؤكد على حدوث الاستغلال؛ يكفي وجود اشتباه معقول.

# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
#     Translations give the name in their language and keep the English name in
#     parentheses: callers hear it in English on the phone.
#   $hotline (String) - the hotline's phone number, e.g. "1-800-792-5200".
# Requires: ({ $hotline_name })
poster-action-call = إذا كان لديك اشتباه معقول، فيُرجى الاتصال بخط المساعدة للأطفال المعرّضين للخطر ({ $hotline_name }) على الرقم { $hotline }.

# The hotline box: a short label above the number.
# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
poster-hotline-label = خط المساعدة: { $hotline_name }

# The hotline box: the number, printed large.
# Variables:
#   $hotline (String) - the hotline's phone number, e.g. "1-800-792-5200".
poster-hotline-number = { $hotline }

# The red emergency banner.
# Variables:
#   $emergency (String) - the emergency number, "911".
poster-emergency = إذا كان طفل في خطر مباشر، فيُرجى الاتصال بالرقم { $emergency }.

## Poster: about the organization

# Uses the organization's name from flyer.toml.
poster-about = من خلال { -org-name }، تُقدَّم استجابة منسّقة تضع احتياجات الضحية أولًا لجميع ضحايا الاستغلال الجنسي للأطفال والاتجار بهم، وذلك بالشراكة مع الجهات الحكومية في الولاية ومقدّمي الخدمات في المجتمع.

# About the organization: its services cost nothing.
poster-free = جميع الخدمات مجانية.

# Closing line. Uses the organization's name from flyer.toml.
poster-learn-more = لمعرفة المزيد عن الأطفال الذين يتعرّضون للاستغلال الجنسي التجاري وتأثير ذلك في مجتمعنا، يُرجى التواصل مع { -org-name }.

## Wallet card (3.5 x 2 in): very short lines, printed at 7 to 9 pt

# Front of the card: the title.
card-title = التعرّف على علامات الاستغلال الجنسي للأطفال

# Front of the card: the most telling signs, one list item each.
card-sign-changes = تغيّر مفاجئ في المظهر أو المزاج أو السلوك
# Card sign (short): gifts or expensive things.
card-sign-gifts = أشياء غالية دون مصدر واضح
# Card sign (short).
card-sign-school = الغياب عن المدرسة أو قلة الاهتمام
# Card sign (short).
card-sign-older = أصدقاء أو بالغون أكبر سنًا في حياته
# Card sign (short).
card-sign-messages = مكالمات ورسائل نصية أو إلكترونية من بالغين
# Card sign (short).
card-sign-missing = غياب طويل عن البيت أو مكان الرعاية

# Back of the card: the heading.
card-action-heading = ماذا أفعل؟

# Back of the card: no proof is needed.
card-action-suspicion = لا حاجة إلى دليل. يكفي الاشتباه المعقول.

# Back of the card: the line above the hotline number.
# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
card-action-call = للاتصال بخط المساعدة { $hotline_name }:

# Back of the card: the emergency line.
# Variables:
#   $emergency (String) - the emergency number, "911".
card-emergency = خطر مباشر؟ يُرجى الاتصال بالرقم { $emergency }.

# Back of the card: who offers help. Uses the organization's name from flyer.toml.
card-org = { -org-name }: جميع الخدمات مجانية.

## Marks and descriptions that are not part of the flyer's text

# Printed small at the edge of every page made from a translation nobody has
# reviewed yet. Translate it; flyer prints the English beside it.
draft-marking = ترجمة أولية، لم تُراجَع بعد

# Printed small at the edge of every page on which some text is in English
# because this language's translation of it is missing (flyer build
# --allow-fallback). Translate it; flyer prints the English beside it.
fallback-marking = نص بالإنجليزية: لم يُترجم بعد

# Alternative text of the QR code that dials the hotline (read by screen readers).
# Variables:
#   $hotline_name (String) - the hotline's English name.
#   $hotline (String) - the hotline's phone number.
qr-hotline-alt = رمز QR للاتصال بخط المساعدة { $hotline_name } على الرقم { $hotline }

# The organization's logo, beside the title (its alternative text).
logo-alt = شعار { -org-name }
