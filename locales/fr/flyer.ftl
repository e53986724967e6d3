### Français (French)
### Draft translation made from the English source; not yet reviewed by a native-speaker reviewer.
### Traduction provisoire faite à partir de l’original anglais ; pas encore relue par un réviseur de langue maternelle française.
###
### Awareness flyer: commercial sexual exploitation of children (CSEC). Posters are
### printed by schools; wallet cards are handed out by clinics.
###
### Contact data never appears as typed text: the hotline name and number, the
### emergency number and the organization name come from flyer.toml through the
### variables and the term listed above each message.

## Terms

# The state child-welfare agency, named in full with its abbreviation. Keep the
# abbreviation "DCF" in every language: it is what people hear on the phone.
# Requires: (DCF)
-child-welfare-agency = Département des enfants et des familles du Massachusetts (DCF)

## Poster: heading and definitions

# The main heading at the top of the poster. Also the PDF's document title.
poster-title = Qu’est-ce que l’exploitation sexuelle commerciale des enfants ?

# First paragraph: the definition. "CSEC" is the English abbreviation used by
# agencies; keep it in parentheses after the translated term.
# Requires: (CSEC)
poster-definition = L’exploitation sexuelle commerciale des enfants (CSEC) a lieu lorsqu’une personne propose, achète, échange ou vend des actes sexuels avec un enfant de moins de 18 ans.

# Definition of child sex trafficking, in the legal sense.
poster-trafficking = La traite des enfants à des fins sexuelles est le recrutement, l’hébergement, le transport, la fourniture ou l’obtention d’un enfant en vue d’actes sexuels.

# Who can be a victim. LGBTQ+ may stay as it is or use the term local LGBTQ+
# organizations use.
poster-victims = Les victimes peuvent être de tout genre, et les jeunes LGBTQ+ courent un risque plus élevé.

# "Exchange" means what the child is given in return.
poster-exchange = La contrepartie n’est pas toujours de l’argent : ce peut être tout ce qui a de la valeur aux yeux de l’enfant.

# Lead-in to the list of examples below it.
poster-examples-heading = Voici des exemples de CSEC :

## Poster: examples (one list item each)

# Example list item: sexual acts in person.
poster-example-in-person = Actes sexuels directs ou en personne
# Example list item: trafficking run by gangs.
poster-example-gang = Traite liée aux gangs
# Example list item: escort services, private parties, stripping.
poster-example-escort = Services d’escorte, soirées privées, striptease
# Example list item: photos or videos of a child online.
poster-example-online = Photos ou vidéos en ligne montrant un enfant lors d’actes sexuels
# Example list item: explicit images a child makes of themselves.
poster-example-self-produced = Images sexuellement explicites produites par l’enfant lui-même

## Poster: warning signs (one list item each)

# Heading of the list of warning signs.
poster-signs-heading = Signes à surveiller :

# Warning sign list item.
poster-sign-changes = Changements d’apparence, de santé mentale, de centres d’intérêt, de vocabulaire et d’attitude
# Warning sign list item: expensive things with no known source of money.
poster-sign-luxury = Produits et soins de luxe (manucure, vêtements de marque) sans source de revenus explicable
# Warning sign list item.
poster-sign-school = Absences scolaires fréquentes ou totales, ou forte perte d’intérêt pour l’école
# Warning sign list item: spending time with much older people.
poster-sign-older = Fréquente un groupe d’amis ou des adultes beaucoup plus âgés
# Warning sign list item.
poster-sign-messages = Reçoit des appels, des SMS ou des messages en ligne d’adultes
# Warning sign list item.
poster-sign-hotel-keys = Possède des clés (cartes) d’hôtel
# Vapes: electronic cigarettes. "No means of access": the child has no way to buy them.
poster-sign-vapes = Possède des vapoteuses (cigarettes électroniques) ou d’autres substances sans avoir les moyens de les acheter
# Warning sign list item.
poster-sign-accounts = Plusieurs numéros de téléphone ou comptes sur les réseaux sociaux
# "Care": foster care or a group home, as well as the family home.
poster-sign-missing = Disparitions du domicile, du foyer ou de la famille d’accueil, ou absences prolongées

## Poster: what to do

# Heading of the section that says how to report.
poster-action-heading = Que faire si vous soupçonnez qu’un enfant est victime d’exploitation sexuelle commerciale ?

# First step: report to the police or the child-welfare agency (the term).
poster-action-report = Si vous soupçonnez qu’un enfant de moins de 18 ans pourrait être victime, signalez-le immédiatement au service de police local ou au { -child-welfare-agency }.

# Reassurance: a reasonable suspicion is enough; no proof is needed.
poster-action-evidence = Vous n’avez pas besoin de savoir qui pourrait être responsable ni d’avoir la preuve que l’exploitation a lieu : un soupçon raisonnable suffit.

# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
#     Translations give the name in their language and keep the English name in
#     parentheses: callers hear it in English on the phone.
#   $hotline (String) - the hotline's phone number, e.g. "1-800-792-5200".
# Requires: ({ $hotline_name })
# Translator: "Enfants en danger" renders "Child-at-Risk" for readers (not an official French name); "ligne de signalement" says what the line is for. The hotline box, the card and the QR text keep the English name.
poster-action-call = Si vous avez un soupçon raisonnable, veuillez appeler la ligne de signalement Enfants en danger ({ $hotline_name }) au { $hotline }.

# The hotline box: a short label above the number.
# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
poster-hotline-label = Ligne de signalement : { $hotline_name }

# The hotline box: the number, printed large.
# Variables:
#   $hotline (String) - the hotline's phone number, e.g. "1-800-792-5200".
poster-hotline-number = { $hotline }

# The red emergency banner.
# Variables:
#   $emergency (String) - the emergency number, "911".
poster-emergency = Si un enfant est en danger immédiat, appelez le { $emergency }.

## Poster: about the organization

# Uses the organization's name from flyer.toml.
poster-about = { -org-name } offre une réponse coordonnée et centrée sur les victimes à toutes les victimes d’exploitation sexuelle et de traite d’enfants, en partenariat avec les organismes de l’État et les services communautaires.

# About the organization: its services cost nothing.
poster-free = Tous les services sont gratuits.

# Closing line. Uses the organization's name from flyer.toml.
poster-learn-more = Pour en savoir plus sur l’exploitation sexuelle commerciale des enfants et ses effets sur notre communauté, veuillez contacter { -org-name }.

## Wallet card (3.5 x 2 in): very short lines, printed at 7 to 9 pt

# Front of the card: the title.
card-title = Signes d’exploitation sexuelle des enfants

# Front of the card: the most telling signs, one list item each.
card-sign-changes = Humeur, allure ou attitude qui changent vite
# Card sign (short): gifts or expensive things.
card-sign-gifts = Objets coûteux d’origine inexpliquée
# Card sign (short).
card-sign-school = Manque l’école ou perd l’intérêt
# Card sign (short).
card-sign-older = Amis ou adultes bien plus âgés
# Card sign (short).
card-sign-messages = Appels, SMS ou messages en ligne d’adultes
# Card sign (short).
card-sign-missing = Longues absences de la maison ou du foyer

# Back of the card: the heading.
card-action-heading = Que faire

# Back of the card: no proof is needed.
card-action-suspicion = Pas besoin de preuve : un soupçon raisonnable suffit.

# Back of the card: the line above the hotline number.
# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
card-action-call = Appelez la ligne { $hotline_name } :

# Back of the card: the emergency line.
# Variables:
#   $emergency (String) - the emergency number, "911".
card-emergency = Danger immédiat ? Appelez le { $emergency }.

# Back of the card: who offers help. Uses the organization's name from flyer.toml.
card-org = { -org-name } : tous les services sont gratuits.

## Marks and descriptions that are not part of the flyer's text

# Printed small at the edge of every page made from a translation nobody has
# reviewed yet. Translate it; flyer prints the English beside it.
draft-marking = Traduction provisoire, pas encore révisée

# Printed small at the edge of every page on which some text is in English
# because this language's translation of it is missing (flyer build
# --allow-fallback). Translate it; flyer prints the English beside it.
fallback-marking = Texte en anglais : pas encore traduit

# Alternative text of the QR code that dials the hotline (read by screen readers).
# Variables:
#   $hotline_name (String) - the hotline's English name.
#   $hotline (String) - the hotline's phone number.
qr-hotline-alt = Code QR : scannez pour appeler la ligne de signalement { $hotline_name } au { $hotline }
