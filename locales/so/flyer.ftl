### Soomaali (Somali)
### Draft translation made from the English source; not yet reviewed by a native-speaker reviewer.
###
### Source: locales/en/flyer.ftl. Contact data (hotline name and number, emergency
### number, organization name) comes from variables and terms, never typed text.

## Terms

# The state child-welfare agency, named in full with its abbreviation. Keep the
# abbreviation "DCF" in every language: it is what people hear on the phone.
# Requires: (DCF)
-child-welfare-agency = Waaxda Carruurta iyo Qoysaska ee Massachusetts (DCF)

## Poster: heading and definitions

# The main heading at the top of the poster. Also the PDF's document title.
poster-title = Waa maxay ka faa'iidaysiga galmada ee ganacsiga ah ee carruurta?

# First paragraph: the definition. "CSEC" is the English abbreviation used by
# agencies; keep it in parentheses after the translated term.
# Requires: (CSEC)
poster-definition = Ka faa'iidaysiga galmada ee ganacsiga ah ee carruurta (CSEC) waa marka qof uu soo bandhigo, iibsado, ku beddelo, ama iibiyo falal galmo oo lala sameeyo cunug ka yar 18 sano.

# Definition of child sex trafficking, in the legal sense.
poster-trafficking = Ka ganacsiga galmada ee carruurta waa marka cunug la soo qoro, la qariyo, meel loo qaado, la dhiibo, ama la helo si loogu adeegsado falal galmo.

# Who can be a victim. LGBTQ+ may stay as it is or use the term local LGBTQ+
# organizations use.
poster-victims = Dhibbanuhu wuxuu noqon karaa jinsi kasta; dhallinyarada LGBTQ+ khatartoodu way sii badan tahay.

# "Exchange" means what the child is given in return.
poster-exchange = Waxa cunugga loo siiyo mar walba lacag ma aha; wuxuu noqon karaa wax kasta oo uu qiimeeyo.

# Lead-in to the list of examples below it.
poster-examples-heading = Tusaalooyinka CSEC waxaa ka mid ah:

## Poster: examples (one list item each)

# Example list item: sexual acts in person.
poster-example-in-person = Falal galmo oo toos ah/fool ka fool
# Example list item: trafficking run by gangs.
poster-example-gang = Ka ganacsi ay wadaan burcadda (gang)
# Example list item: escort services, private parties, stripping.
poster-example-escort = Adeegga wehelinta (escort)/xaflado gaar ah/dhar-ka-bixin (stripping)
# Example list item: photos or videos of a child online.
poster-example-online = Sawirro ama muuqaallo online ah oo cunug ku samaynayo falal galmo
# Example list item: explicit images a child makes of themselves.
poster-example-self-produced = Sawirro galmo oo cad oo cunuggu isagu sameeyay

## Poster: warning signs (one list item each)

# Heading of the list of warning signs.
poster-signs-heading = Waxyaabaha la fiiriyo:

# Warning sign list item.
poster-sign-changes = Isbeddel ku yimaada muuqaalka, caafimaadka maskaxda, xiisihiisa, erayadiisa, iyo dabeecadda
# Warning sign list item: expensive things with no known source of money.
poster-sign-luxury = Alaab raaxo ah sida ciddiyo la qurxiyay iyo dhar summad leh, iyadoo aan la garanayn halka lacagtu ka timid
# Warning sign list item.
poster-sign-school = Dugsi aan la tagin ama yar loo tago, ama xiisihii oo aad u yaraaday
# Warning sign list item: spending time with much older people.
poster-sign-older = La socodka saaxiibo ama dad waaweyn oo aad uga da' weyn
# Warning sign list item.
poster-sign-messages = Wicitaanno, fariimo qoraal ah ama online ah oo dad waaweyn ka yimaada
# Warning sign list item.
poster-sign-hotel-keys = Haysashada furayaasha hudheel
# Vapes: electronic cigarettes. "No means of access": the child has no way to buy them.
poster-sign-vapes = Haysashada sigaar elektaroonig ah (vape) ama maandooriye, iyadoo aanu haysan hab uu ku helo
# Warning sign list item.
poster-sign-accounts = Dhowr lambar taleefan ama akoonno baraha bulshada
# "Care": foster care or a group home, as well as the family home.
poster-sign-missing = Ka maqnaanshaha guriga ama meesha lagu daryeelo, ama maqnaansho muddo dheer

## Poster: what to do

# Heading of the section that says how to report.
poster-action-heading = Maxaad samaynaysaa haddii aad ka shakido in cunug uu dhibbane u yahay ka faa'iidaysiga galmada ee ganacsiga ah?

# First step: report to the police or the child-welfare agency (the term).
poster-action-report = Haddii aad ka shakido in cunug ka yar 18 sano uu noqon karo dhibbane, isla markiiba u soo sheeg booliska deegaanka ama { -child-welfare-agency }.

# Reassurance: a reasonable suspicion is enough; no proof is needed.
poster-action-evidence = Uma baahnid inaad ogaato cidda mas'uul ka noqon karta, ama caddayn la xaqiijiyay in ka faa'iidaysi dhacayo – shaki macquul ah ayaa ku filan.

# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
#     Translations give the name in their language and keep the English name in
#     parentheses: callers hear it in English on the phone.
#   $hotline (String) - the hotline's phone number, e.g. "1-800-792-5200".
# Requires: ({ $hotline_name })
poster-action-call = Haddii aad shaki macquul ah qabto, fadlan wac khadka carruurta halista ku jirta ({ $hotline_name }): { $hotline }.

# The hotline box: a short label above the number.
# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
poster-hotline-label = Khadka tooska ah: { $hotline_name }

# The hotline box: the number, printed large.
# Variables:
#   $hotline (String) - the hotline's phone number, e.g. "1-800-792-5200".
poster-hotline-number = { $hotline }

# The red emergency banner.
# Variables:
#   $emergency (String) - the emergency number, "911".
poster-emergency = Haddii cunug uu ku jiro khatar degdeg ah, wac { $emergency }.

## Poster: about the organization

# Uses the organization's name from flyer.toml.
poster-about = { -org-name } waxay dhammaan dhibbanayaasha ka faa'iidaysiga iyo ka ganacsiga galmada carruurta siisaa jawaab la isku duway oo dhibbanaha diiradda saarta, iyadoo la kaashanaysa hay'adaha gobolka iyo adeeg-bixiyeyaasha bulshada.

# About the organization: its services cost nothing.
poster-free = Dhammaan adeegyadu waa bilaash.

# Closing line. Uses the organization's name from flyer.toml.
poster-learn-more = Si aad wax badan uga ogaato ka faa'iidaysiga galmada ee ganacsiga ah ee carruurta iyo sida uu u saameeyo bulshadeenna, fadlan la xiriir { -org-name }.

## Wallet card (3.5 x 2 in): very short lines, printed at 7 to 9 pt

# Front of the card: the title.
card-title = Calaamadaha ka faa'iidaysiga galmada carruurta

# Front of the card: the most telling signs, one list item each.
card-sign-changes = Isbeddel degdeg ah: muuqaal, niyad, dabeecad
# Card sign (short): gifts or expensive things.
card-sign-gifts = Alaab qaali ah oo aan sharaxaad lahayn
# Card sign (short).
card-sign-school = Dugsi ka maqnaan ama xiiso la'aan
# Card sign (short).
card-sign-older = Saaxiibo ama dad waaweyn oo ka weyn
# Card sign (short).
card-sign-messages = Wicitaan iyo fariimo dad waaweyn ka yimid
# Card sign (short).
card-sign-missing = Ka maqan guriga ama daryeelka muddo dheer

# Back of the card: the heading.
card-action-heading = Samee sidan

# Back of the card: no proof is needed.
card-action-suspicion = Caddayn looma baahna. Shaki macquul ah ayaa ku filan.

# Back of the card: the line above the hotline number.
# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
card-action-call = Wac khadka { $hotline_name }:

# Back of the card: the emergency line.
# Variables:
#   $emergency (String) - the emergency number, "911".
card-emergency = Khatar degdeg ah? Wac { $emergency }.

# Back of the card: who offers help. Uses the organization's name from flyer.toml.
card-org = { -org-name }: dhammaan adeegyadu waa bilaash.

## Marks and descriptions that are not part of the flyer's text

# Printed small at the edge of every page made from a translation nobody has
# reviewed yet. Translate it; flyer prints the English beside it.
draft-marking = Turjumaad qabyo ah, weli dib looma eegin

# Printed small at the edge of every page on which some text is in English
# because this language's translation of it is missing (flyer build
# --allow-fallback). Translate it; flyer prints the English beside it.
fallback-marking = Qoraal Ingiriisi ah: weli lama turjumin

# Alternative text of the QR code that dials the hotline (read by screen readers).
# Variables:
#   $hotline_name (String) - the hotline's English name.
#   $hotline (String) - the hotline's phone number.
qr-hotline-alt = Koodh QR: iskaan garee si aad u wacdo khadka tooska ah ee { $hotline_name }, lambarka { $hotline }
