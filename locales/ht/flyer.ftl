### Kreyòl ayisyen (Haitian Creole)
### Draft translation made from the English source; not yet reviewed by a native-speaker reviewer.
###
### Source: locales/en/flyer.ftl. Contact data (hotline name and number, emergency
### number, organization name) comes from variables and terms, never typed text.

## Terms

# The state child-welfare agency, named in full with its abbreviation. Keep the
# abbreviation "DCF" in every language: it is what people hear on the phone.
# Requires: (DCF)
-child-welfare-agency = Depatman Timoun ak Fanmi Massachusetts (DCF)

## Poster: heading and definitions

# The main heading at the top of the poster. Also the PDF's document title.
poster-title = Kisa eksplwatasyon seksyèl komèsyal timoun ye?

# First paragraph: the definition. "CSEC" is the English abbreviation used by
# agencies; keep it in parentheses after the translated term.
# Requires: (CSEC)
poster-definition = Eksplwatasyon seksyèl komèsyal timoun (CSEC) rive lè yon moun ofri, achte, fè echanj oswa vann zak seksyèl ak yon timoun ki poko gen 18 an.

# Definition of child sex trafficking, in the legal sense.
poster-trafficking = Trafik seksyèl timoun se lè yon moun rekrite yon timoun, kache l oswa ba l lojman, transpòte l, livre l bay lòt moun oswa pran l, pou fè zak seksyèl.

# Who can be a victim. LGBTQ+ may stay as it is or use the term local LGBTQ+
# organizations use.
poster-victims = Nenpòt timoun ka viktim, kèlkeswa sèks li, epi jèn LGBTQ+ yo gen plis risk.

# "Exchange" means what the child is given in return.
poster-exchange = Echanj la pa toujou vle di lajan; li ka nenpòt bagay ki gen valè pou timoun nan.

# Lead-in to the list of examples below it.
poster-examples-heading = Men kèk egzanp CSEC:

## Poster: examples (one list item each)

# Example list item: sexual acts in person.
poster-example-in-person = Zak seksyèl dirèk/an pèsòn
# Example list item: trafficking run by gangs.
poster-example-gang = Trafik gang yo òganize
# Example list item: escort services, private parties, stripping.
poster-example-escort = Sèvis eskòt/fèt prive/striptiz
# Example list item: photos or videos of a child online.
poster-example-online = Foto oswa videyo sou entènèt kote yon timoun ap fè zak seksyèl
# Example list item: explicit images a child makes of themselves.
poster-example-self-produced = Imaj seksyèl eksplisit timoun nan fè li menm

## Poster: warning signs (one list item each)

# Heading of the list of warning signs.
poster-signs-heading = Sa pou w veye:

# Warning sign list item.
poster-sign-changes = Chanjman nan aparans, sante mantal, enterè pèsonèl, fason li pale ak atitid li
# Warning sign list item: expensive things with no known source of money.
poster-sign-luxury = Bagay liks tankou maniki ak rad mak chè, san yo pa ka esplike ki kote lajan an soti
# Warning sign list item.
poster-sign-school = Li pa al lekòl souvan oswa li pa al ditou, oswa li pèdi anpil enterè
# Warning sign list item: spending time with much older people.
poster-sign-older = Li frekante yon gwoup zanmi oswa granmoun ki pi gran pase l anpil
# Warning sign list item.
poster-sign-messages = Li resevwa apèl, tèks oswa mesaj sou entènèt nan men granmoun
# Warning sign list item.
poster-sign-hotel-keys = Li gen kle otèl
# Vapes: electronic cigarettes. "No means of access": the child has no way to buy them.
poster-sign-vapes = Li gen vap (sigarèt elektwonik) oswa lòt sibstans san li pa gen mwayen pou l jwenn yo
# Warning sign list item.
poster-sign-accounts = Plizyè kont telefòn oswa rezo sosyal
# "Care": foster care or a group home, as well as the family home.
poster-sign-missing = Li disparèt lakay li oswa kote yo plase l (fanmi akèy, fwaye), oswa li disparèt pandan lontan

## Poster: what to do

# Heading of the section that says how to report.
poster-action-heading = Kisa pou w fè si w sispèk yon timoun se viktim eksplwatasyon seksyèl komèsyal?

# First step: report to the police or the child-welfare agency (the term).
poster-action-report = Si w sispèk yon timoun ki poko gen 18 an ka viktim, rapòte sa touswit bay lapolis lokal la oswa bay { -child-welfare-agency }.

# Reassurance: a reasonable suspicion is enough; no proof is needed.
poster-action-evidence = Ou pa bezwen konnen kiyès ki ka responsab, ni ou pa bezwen gen prèv ki konfime gen eksplwatasyon – yon sispèk rezonab ase.

# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
#     Translations give the name in their language and keep the English name in
#     parentheses: callers hear it in English on the phone.
#   $hotline (String) - the hotline's phone number, e.g. "1-800-792-5200".
# Requires: ({ $hotline_name })
poster-action-call = Si w gen yon sispèk rezonab, tanpri rele liy dirèk pou timoun ki an risk ({ $hotline_name }) nan { $hotline }.

# The hotline box: a short label above the number.
# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
poster-hotline-label = Liy dirèk: { $hotline_name }

# The hotline box: the number, printed large.
# Variables:
#   $hotline (String) - the hotline's phone number, e.g. "1-800-792-5200".
poster-hotline-number = { $hotline }

# The red emergency banner.
# Variables:
#   $emergency (String) - the emergency number, "911".
poster-emergency = Si yon timoun an danje kounye a menm, rele { $emergency }.

## Poster: about the organization

# Uses the organization's name from flyer.toml.
poster-about = { -org-name } bay yon repons ki kowòdone epi ki santre sou viktim yo, pou tout viktim eksplwatasyon seksyèl ak trafik timoun, an patenarya ak ajans leta yo ak founisè sèvis nan kominote a.

# About the organization: its services cost nothing.
poster-free = Tout sèvis yo gratis.

# Closing line. Uses the organization's name from flyer.toml.
poster-learn-more = Pou w aprann plis sou timoun ki viktim eksplwatasyon seksyèl komèsyal ak jan sa afekte kominote nou an, tanpri kontakte { -org-name }.

## Wallet card (3.5 x 2 in): very short lines, printed at 7 to 9 pt

# Front of the card: the title.
card-title = Konnen siy eksplwatasyon seksyèl timoun

# Front of the card: the most telling signs, one list item each.
card-sign-changes = Chanjman sibit nan aparans, imè oswa atitid
# Card sign (short): gifts or expensive things.
card-sign-gifts = Bagay chè san sous lajan ki klè
# Card sign (short).
card-sign-school = Manke lekòl oswa pèdi enterè
# Card sign (short).
card-sign-older = Zanmi pi gran oswa granmoun bò kote l
# Card sign (short).
card-sign-messages = Apèl, tèks, mesaj an liy granmoun voye ba l
# Card sign (short).
card-sign-missing = Disparèt lakay oswa nan fwaye pou lontan

# Back of the card: the heading.
card-action-heading = Sa pou fè

# Back of the card: no proof is needed.
card-action-suspicion = Ou pa bezwen prèv. Yon sispèk rezonab ase.

# Back of the card: the line above the hotline number.
# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
card-action-call = Rele liy { $hotline_name }:

# Back of the card: the emergency line.
# Variables:
#   $emergency (String) - the emergency number, "911".
card-emergency = Danje imedya? Rele { $emergency }.

# Back of the card: who offers help. Uses the organization's name from flyer.toml.
card-org = { -org-name }: tout sèvis yo gratis.

## Marks and descriptions that are not part of the flyer's text

# Printed small at the edge of every page made from a translation nobody has
# reviewed yet. Translate it; flyer prints the English beside it.
draft-marking = Tradiksyon pwovizwa, poko revize

# Printed small at the edge of every page on which some text is in English
# because this language's translation of it is missing (flyer build
# --allow-fallback). Translate it; flyer prints the English beside it.
fallback-marking = Tèks an angle: poko tradui

# Alternative text of the QR code that dials the hotline (read by screen readers).
# Variables:
#   $hotline_name (String) - the hotline's English name.
#   $hotline (String) - the hotline's phone number.
qr-hotline-alt = Kòd QR: eskane l pou rele liy dirèk { $hotline_name } nan { $hotline }
