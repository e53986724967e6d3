### Kabuverdianu (Cape Verdean Creole), ALUPEC, Santiago (Badiu) variety
### Draft translation made from the English source; not yet reviewed by a native-speaker reviewer.
###
### Source: locales/en/flyer.ftl. Contact data (hotline name and number, emergency
### number, organization name) comes from variables and terms, never typed text.

## Terms

# The state child-welfare agency, named in full with its abbreviation. Keep the
# abbreviation "DCF" in every language: it is what people hear on the phone.
# Requires: (DCF)
-child-welfare-agency = Departamentu di Kriansas i Famílias di Massachusetts (DCF)

## Poster: heading and definitions

# The main heading at the top of the poster. Also the PDF's document title.
poster-title = Kuzé ki é esplorason seksual komersial di kriansas?

# First paragraph: the definition. "CSEC" is the English abbreviation used by
# agencies; keep it in parentheses after the translated term.
# Requires: (CSEC)
poster-definition = Esplorason seksual komersial di kriansas (CSEC) ta kontise ora ki un pesoa ta oferese, kunpra, troka ó bende atus seksual ku un kriansa ki ten menus di 18 anu.

# Definition of child sex trafficking, in the legal sense.
poster-trafficking = Tráfiku seksual di kriansas é ora ki un pesoa ta rekruta, ta skonde ó ta da abrigu, ta transporta, ta entrega ó ta arranja un kriansa pa atus seksual.

# Who can be a victim. LGBTQ+ may stay as it is or use the term local LGBTQ+
# organizations use.
poster-victims = Vítimas pode ser di kualker jéneru, i jóvens LGBTQ+ ten más risku.

# "Exchange" means what the child is given in return.
poster-exchange = Troka ka ta krê fla senpri dinheru; pode ser kualker kuza ki ten valor pa kriansa.

# Lead-in to the list of examples below it.
poster-examples-heading = Izenplus di CSEC:

## Poster: examples (one list item each)

# Example list item: sexual acts in person.
poster-example-in-person = Atus seksual diretu/prezensial
# Example list item: trafficking run by gangs.
poster-example-gang = Tráfiku ligadu ku gang
# Example list item: escort services, private parties, stripping.
poster-example-escort = Sirvisu di akonpanhanti (escort)/festa privadu/striptease
# Example list item: photos or videos of a child online.
poster-example-online = Fotu ó vídiu online di un kriansa ta faze atus seksual
# Example list item: explicit images a child makes of themselves.
poster-example-self-produced = Imajen seksual esplísitu ki kriansa mesmu faze

## Poster: warning signs (one list item each)

# Heading of the list of warning signs.
poster-signs-heading = Kuzé ki nhos debe djobe:

# Warning sign list item.
poster-sign-changes = Mudansa na aparénsia, saúdi mental, interesi pesoal, manera di papia i atitudi
# Warning sign list item: expensive things with no known source of money.
poster-sign-luxury = Kuza di luxu, sima manikuri i ropa di marka, sen splikason di undi ki dinheru ta ben
# Warning sign list item.
poster-sign-school = Ta falta txeu na skola ó ka ta bai skola, ó ta perde txeu interesi
# Warning sign list item: spending time with much older people.
poster-sign-older = Ta anda ku grupu di amigu ó adultu muitu más bedju
# Warning sign list item.
poster-sign-messages = Ta resebe txomada, SMS ó mensajen online di adultu
# Warning sign list item.
poster-sign-hotel-keys = Ten xavi di otel
# Vapes: electronic cigarettes. "No means of access": the child has no way to buy them.
poster-sign-vapes = Ten vape (sigaru elétriku) ó otu sustánsia sen ten manera di kunpra-s
# Warning sign list item.
poster-sign-accounts = Más di un konta di telefoni ó di redi sosial
# "Care": foster care or a group home, as well as the family home.
poster-sign-missing = Ta disaparse di kaza ó di lar di akolhimentu, ó ta fika sumidu pa txeu tenpu

## Poster: what to do

# Heading of the section that says how to report.
poster-action-heading = Kuzé ki nhos debe faze si nhos suspeita ma un kriansa sta ta ser vítima di esplorason seksual komersial?

# First step: report to the police or the child-welfare agency (the term).
poster-action-report = Si nhos suspeita ma un kriansa ku menus di 18 anu pode ser vítima, nhos denunsia kel-li logu na pulísia lokal ó na { -child-welfare-agency }.

# Reassurance: a reasonable suspicion is enough; no proof is needed.
poster-action-evidence = Nhos ka meste sabe kenha ki pode ser responsável, nen ten prova ma esplorason sta ta kontise – un suspeita razoável ta basta.

# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
#     Translations give the name in their language and keep the English name in
#     parentheses: callers hear it in English on the phone.
#   $hotline (String) - the hotline's phone number, e.g. "1-800-792-5200".
# Requires: ({ $hotline_name })
poster-action-call = Si nhos ten un suspeita razoável, pur favor txoma linha diretu di kriansas na risku ({ $hotline_name }) na { $hotline }.

# The hotline box: a short label above the number.
# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
poster-hotline-label = Linha diretu: { $hotline_name }

# The hotline box: the number, printed large.
# Variables:
#   $hotline (String) - the hotline's phone number, e.g. "1-800-792-5200".
poster-hotline-number = { $hotline }

# The red emergency banner.
# Variables:
#   $emergency (String) - the emergency number, "911".
poster-emergency = Si un kriansa sta na perigu gosi, txoma { $emergency }.

## Poster: about the organization

# Uses the organization's name from flyer.toml.
poster-about = { -org-name } ta oferese un risposta kordenadu i sentradu na vítima pa tudu vítima di esplorason seksual i tráfiku di kriansas, en parseria ku ajénsias di stadu i ku organizasons di komunidadi.

# About the organization: its services cost nothing.
poster-free = Tudu sirvisu é di grasa.

# Closing line. Uses the organization's name from flyer.toml.
poster-learn-more = Pa sabe más sobri kriansas ki é vítima di esplorason seksual komersial i modi ki kel-li ta afeta nos komunidadi, pur favor kontakta { -org-name }.

## Wallet card (3.5 x 2 in): very short lines, printed at 7 to 9 pt

# Front of the card: the title.
card-title = Sinal di esplorason seksual di kriansa

# Front of the card: the most telling signs, one list item each.
card-sign-changes = Mudansa brusku na aparénsia, umor ó atitudi
# Card sign (short): gifts or expensive things.
card-sign-gifts = Kuza karu sen splikason di undi ki ben
# Card sign (short).
card-sign-school = Falta skola ó perde interesi
# Card sign (short).
card-sign-older = Amigu más bedju ó adultu na si vida
# Card sign (short).
card-sign-messages = Txomada, SMS ó mensajen online di adultu
# Card sign (short).
card-sign-missing = Disaparse di kaza ó di lar pa txeu tenpu

# Back of the card: the heading.
card-action-heading = Kuzé ki faze

# Back of the card: no proof is needed.
card-action-suspicion = Nhos ka meste prova. Un suspeita razoável ta basta.

# Back of the card: the line above the hotline number.
# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
card-action-call = Txoma linha { $hotline_name }:

# Back of the card: the emergency line.
# Variables:
#   $emergency (String) - the emergency number, "911".
card-emergency = Perigu gosi? Txoma { $emergency }.

# Back of the card: who offers help. Uses the organization's name from flyer.toml.
card-org = { -org-name }: tudu sirvisu é di grasa.

## Marks and descriptions that are not part of the flyer's text

# Printed small at the edge of every page made from a translation nobody has
# reviewed yet. Translate it; flyer prints the English beside it.
draft-marking = Traduson provizóriu, inda ka rivizadu

# Printed small at the edge of every page on which some text is in English
# because this language's translation of it is missing (flyer build
# --allow-fallback). Translate it; flyer prints the English beside it.
fallback-marking = Testu na ingles: inda ka traduzidu

# Alternative text of the QR code that dials the hotline (read by screen readers).
# Variables:
#   $hotline_name (String) - the hotline's English name.
#   $hotline (String) - the hotline's phone number.
qr-hotline-alt = Kódigu QR: skania pa txoma linha diretu { $hotline_name } na { $hotline }
