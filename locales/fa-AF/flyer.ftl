### Dari (دری), Afghanistan.
### Draft translation made from the English source; not yet reviewed by a native-speaker reviewer.
###
### Awareness flyer: commercial sexual exploitation of children (CSEC).
### Contact data never appears as typed text: it comes from flyer.toml through variables and terms.

## Terms

# The state child-welfare agency, named in full with its abbreviation. Keep the
# abbreviation "DCF" in every language: it is what people hear on the phone.
# Requires: (DCF)
-child-welfare-agency = اداره اطفال و خانواده‌های ایالت ماساچوست (DCF)

## Poster: heading and definitions

# The main heading at the top of the poster. Also the PDF's document title.
poster-title = استثمار جنسی تجارتی اطفال چیست؟

# First paragraph: the definition. "CSEC" is the English abbreviation used by
# agencies; keep it in parentheses after the translated term.
# Requires: (CSEC)
poster-definition = استثمار جنسی تجارتی اطفال (CSEC) زمانی صورت می‌گیرد که کسی اعمال جنسی با یک طفل کمتر از 18 سال را پیشنهاد کند، بخرد، معاوضه کند یا بفروشد.

# Definition of child sex trafficking, in the legal sense.
poster-trafficking = قاچاق جنسی اطفال عبارت است از جذب کردن، پناه دادن، انتقال دادن، سپردن یا به دست آوردن یک طفل به منظور اعمال جنسی.

# Who can be a victim. LGBTQ+ may stay as it is or use the term local LGBTQ+
# organizations use.
poster-victims = قربانیان می‌توانند از هر جنسیتی باشند، و نوجوانان و جوانان LGBTQ+ بیشتر در معرض خطر هستند.

# "Exchange" means what the child is given in return.
poster-exchange = معاوضه همیشه به معنای پول نیست؛ می‌تواند هر چیزی باشد که برای طفل ارزش دارد.

# Lead-in to the list of examples below it.
poster-examples-heading = نمونه‌های استثمار جنسی تجارتی اطفال:

## Poster: examples (one list item each)

# Example list item: sexual acts in person.
poster-example-in-person = اعمال جنسی مستقیم یا رو در رو
# Example list item: trafficking run by gangs.
poster-example-gang = قاچاق توسط باندها و گروه‌های جنایتکار
# Example list item: escort services, private parties, stripping.
poster-example-escort = خدمات همراهی (اسکورت)، محفل‌های خصوصی، رقص برهنه
# Example list item: photos or videos of a child online.
poster-example-online = عکس‌ها یا ویدیوهای انترنتی که طفلی را در حال اعمال جنسی نشان می‌دهد
# Example list item: explicit images a child makes of themselves.
poster-example-self-produced = عکس‌های جنسی و برهنه که طفل خودش از خود گرفته است

## Poster: warning signs (one list item each)

# Heading of the list of warning signs.
poster-signs-heading = به چه چیزهایی باید توجه کرد:

# Warning sign list item.
poster-sign-changes = تغییر در ظاهر، صحت روانی، علاقه‌مندی‌های شخصی، طرز صحبت و رفتار
# Warning sign list item: expensive things with no known source of money.
poster-sign-luxury = داشتن چیزهای قیمتی مانند ناخن‌آرایی (مانیکور) و کالای مارک‌دار، بدون اینکه معلوم باشد پول آن از کجا آمده است
# Warning sign list item.
poster-sign-school = کم رفتن یا نرفتن به مکتب، یا بی‌علاقگی زیاد به درس و مکتب
# Warning sign list item: spending time with much older people.
poster-sign-older = رفت‌وآمد با دوستان یا کلان‌سالانی که بسیار کلان‌تر از او هستند
# Warning sign list item.
poster-sign-messages = دریافت زنگ، پیام کوتاه یا پیام‌های انترنتی از کلان‌سالان
# Warning sign list item.
poster-sign-hotel-keys = داشتن کلید اتاق هوتل
# Vapes: electronic cigarettes. "No means of access": the child has no way to buy them.
poster-sign-vapes = داشتن ویپ (سگرت برقی) یا مواد، بدون اینکه راهی برای به دست آوردن آن داشته باشد
# Warning sign list item.
poster-sign-accounts = داشتن چند تیلفون یا چند حساب در شبکه‌های اجتماعی
# "Care": foster care or a group home, as well as the family home.
poster-sign-missing = ناپدید شدن از خانه یا محل نگهداری، یا غایب بودن برای مدت‌های طولانی

## Poster: what to do

# Heading of the section that says how to report.
poster-action-heading = اگر شک دارید که طفلی مورد استثمار جنسی تجارتی قرار می‌گیرد، چه باید کرد؟

# First step: report to the police or the child-welfare agency (the term).
poster-action-report = اگر شک دارید که طفلی کمتر از 18 سال ممکن است قربانی باشد، لطفاً فوراً به اداره پولیس محلی یا به { -child-welfare-agency } گزارش دهید.

# Reassurance: a reasonable suspicion is enough; no proof is needed.
poster-action-evidence = لازم نیست بدانید چه کسی ممکن است مسئول باشد، یا ثبوت قطعی داشته باشید که استثمار صورت می‌گیرد – تنها یک شک معقول کافی است.

# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
#     Translations give the name in their language and keep the English name in
#     parentheses: callers hear it in English on the phone.
#   $hotline (String) - the hotline's phone number, e.g. "1-800-792-5200".
# Requires: ({ $hotline_name })
poster-action-call = اگر شک معقول دارید، لطفاً به خط تیلفونی اطفال در معرض خطر ({ $hotline_name }) به نمبر { $hotline } زنگ بزنید.

# The hotline box: a short label above the number.
# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
poster-hotline-label = خط تیلفونی کمک: { $hotline_name }

# The hotline box: the number, printed large.
# Variables:
#   $hotline (String) - the hotline's phone number, e.g. "1-800-792-5200".
poster-hotline-number = { $hotline }

# The red emergency banner.
# Variables:
#   $emergency (String) - the emergency number, "911".
poster-emergency = اگر طفلی در خطر فوری است، به { $emergency } زنگ بزنید.

## Poster: about the organization

# Uses the organization's name from flyer.toml.
poster-about = { -org-name } با همکاری ادارات دولتی ایالت و خدمت‌رسانان محلی، به همه قربانیان استثمار جنسی و قاچاق اطفال کمک هماهنگ ارائه می‌کند که نیازهای قربانی را در اولویت قرار می‌دهد.

# About the organization: its services cost nothing.
poster-free = همه خدمات رایگان است.

# Closing line. Uses the organization's name from flyer.toml.
poster-learn-more = برای معلومات بیشتر درباره اطفالی که مورد استثمار جنسی تجارتی قرار می‌گیرند و تأثیر آن بر جامعه ما، لطفاً با { -org-name } تماس بگیرید.

## Wallet card (3.5 x 2 in): very short lines, printed at 7 to 9 pt

# Front of the card: the title.
card-title = نشانه‌های استثمار جنسی اطفال را بشناسید

# Front of the card: the most telling signs, one list item each.
card-sign-changes = تغییر ناگهانی در ظاهر، حالت روحی یا رفتار
# Card sign (short): gifts or expensive things.
card-sign-gifts = چیزهای قیمتی بدون منبع معلوم
# Card sign (short).
card-sign-school = نرفتن به مکتب یا بی‌علاقگی
# Card sign (short).
card-sign-older = دوستی با افراد کلان‌تر یا کلان‌سالان
# Card sign (short).
card-sign-messages = زنگ، پیام یا پیام انترنتی از کلان‌سالان
# Card sign (short).
card-sign-missing = غیبت طولانی از خانه یا محل نگهداری

# Back of the card: the heading.
card-action-heading = چه باید کرد

# Back of the card: no proof is needed.
card-action-suspicion = به ثبوت نیاز ندارید. یک شک معقول کافی است.

# Back of the card: the line above the hotline number.
# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
card-action-call = به خط کمک { $hotline_name } زنگ بزنید:

# Back of the card: the emergency line.
# Variables:
#   $emergency (String) - the emergency number, "911".
card-emergency = خطر فوری؟ به { $emergency } زنگ بزنید.

# Back of the card: who offers help. Uses the organization's name from flyer.toml.
card-org = { -org-name }: همه خدمات رایگان است.

## Marks and descriptions that are not part of the flyer's text

# Printed small at the edge of every page made from a translation nobody has
# reviewed yet. Translate it; flyer prints the English beside it.
draft-marking = ترجمه ابتدایی، هنوز بررسی نشده

# Printed small at the edge of every page on which some text is in English
# because this language's translation of it is missing (flyer build
# --allow-fallback). Translate it; flyer prints the English beside it.
fallback-marking = متن انگلیسی: هنوز ترجمه نشده

# Alternative text of the QR code that dials the hotline (read by screen readers).
# Variables:
#   $hotline_name (String) - the hotline's English name.
#   $hotline (String) - the hotline's phone number.
qr-hotline-alt = کد QR: برای زنگ زدن به خط کمک { $hotline_name } به نمبر { $hotline } اسکن کنید
