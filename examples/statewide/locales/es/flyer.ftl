### Español (Spanish, for Central American and Caribbean families in the US)
### Draft translation made from the English source; not yet reviewed by a native-speaker reviewer.
### Borrador de traducción hecho a partir del original en inglés; aún no revisado por un hablante nativo.
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
-child-welfare-agency = Departamento de Niños y Familias de Massachusetts (DCF)

## Poster: heading and definitions

# The main heading at the top of the poster. Also the PDF's document title.
poster-title = ¿Qué es la explotación sexual comercial de niños, niñas y adolescentes?

# First paragraph: the definition. "CSEC" is the English abbreviation used by
# agencies; keep it in parentheses after the translated term.
# Requires: (CSEC)
poster-definition = La explotación sexual comercial de niños, niñas y adolescentes (CSEC) ocurre cuando una persona ofrece, compra, intercambia o vende actos sexuales con un niño, niña o adolescente menor de 18 años.

# Definition of child sex trafficking, in the legal sense.
poster-trafficking = La trata de niños, niñas y adolescentes con fines sexuales es la captación, el alojamiento, el transporte, la entrega o la obtención de un niño, niña o adolescente con el fin de someterlo a actos sexuales.

# Who can be a victim. LGBTQ+ may stay as it is or use the term local LGBTQ+
# organizations use.
poster-victims = Las víctimas pueden ser de cualquier género, y los jóvenes LGBTQ+ corren un riesgo mayor.

# "Exchange" means what the child is given in return.
poster-exchange = Lo que se da a cambio no siempre es dinero; puede ser cualquier cosa que tenga valor para el niño, niña o adolescente.

# Lead-in to the list of examples below it.
poster-examples-heading = Algunos ejemplos de CSEC:

## Poster: examples (one list item each)

# Example list item: sexual acts in person.
poster-example-in-person = Actos sexuales directos o en persona
# Example list item: trafficking run by gangs.
poster-example-gang = Trata a cargo de pandillas
# Example list item: escort services, private parties, stripping.
poster-example-escort = Servicios de acompañantes (escorts), fiestas privadas o striptease
# Example list item: photos or videos of a child online.
poster-example-online = Fotos o videos en internet de un niño, niña o adolescente en actos sexuales
# Example list item: explicit images a child makes of themselves.
poster-example-self-produced = Imágenes sexualmente explícitas hechas por el propio niño, niña o adolescente

## Poster: warning signs (one list item each)

# Heading of the list of warning signs.
poster-signs-heading = Señales de alerta:

# Warning sign list item.
poster-sign-changes = Cambios en la apariencia, la salud mental, los intereses personales, el vocabulario y la actitud
# Warning sign list item: expensive things with no known source of money.
poster-sign-luxury = Lujos como manicuras y ropa de marca sin ingresos que los expliquen
# Warning sign list item.
poster-sign-school = Falta mucho o deja de ir a la escuela, o pierde mucho el interés en ella
# Warning sign list item: spending time with much older people.
poster-sign-older = Se junta con un grupo de amigos o con adultos mucho mayores
# Warning sign list item.
poster-sign-messages = Recibe llamadas, mensajes de texto o mensajes en internet de adultos
# Warning sign list item.
poster-sign-hotel-keys = Tiene llaves (tarjetas) de hotel
# Vapes: electronic cigarettes. "No means of access": the child has no way to buy them.
poster-sign-vapes = Tiene vapeadores (cigarrillos electrónicos) u otras sustancias sin tener forma de comprarlos
# Warning sign list item.
poster-sign-accounts = Tiene varios números de teléfono o varias cuentas en redes sociales
# "Care": foster care or a group home, as well as the family home.
poster-sign-missing = Desaparece de casa, del hogar de crianza o del hogar grupal, o se ausenta por largos períodos

## Poster: what to do

# Heading of the section that says how to report.
poster-action-heading = ¿Qué hacer si sospecha que un niño, niña o adolescente es víctima de explotación sexual comercial?

# First step: report to the police or the child-welfare agency (the term).
poster-action-report = Si sospecha que un niño, niña o adolescente menor de 18 años puede ser víctima, denúncielo de inmediato al departamento de policía local o al { -child-welfare-agency }.

# Reassurance: a reasonable suspicion is enough; no proof is needed.
poster-action-evidence = No necesita saber quién podría ser responsable ni tener pruebas de que hay explotación: basta con una sospecha razonable.

# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
#     Translations give the name in their language and keep the English name in
#     parentheses: callers hear it in English on the phone.
#   $hotline (String) - the hotline's phone number, e.g. "1-800-792-5200".
# Requires: ({ $hotline_name })
# Translator: "Línea Directa de Niños en Riesgo" renders the name for readers; it is not an official Spanish name. The hotline box, the card and the QR text keep "línea directa" with the English name.
poster-action-call = Si tiene una sospecha razonable, por favor llame a la Línea Directa de Niños en Riesgo ({ $hotline_name }) al { $hotline }.

# The hotline box: a short label above the number.
# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
poster-hotline-label = Línea directa: { $hotline_name }

# The hotline box: the number, printed large.
# Variables:
#   $hotline (String) - the hotline's phone number, e.g. "1-800-792-5200".
poster-hotline-number = { $hotline }

# The red emergency banner.
# Variables:
#   $emergency (String) - the emergency number, "911".
poster-emergency = Si un menor está en peligro inmediato, llame al { $emergency }.

## Poster: about the organization

# Uses the organization's name from flyer.toml.
poster-about = { -org-name } ofrece una respuesta coordinada y centrada en las víctimas a todas las víctimas de explotación sexual y trata de menores, en colaboración con agencias estatales y proveedores de servicios comunitarios.

# About the organization: its services cost nothing.
poster-free = Todos los servicios son gratuitos.

# Closing line. Uses the organization's name from flyer.toml.
poster-learn-more = Para saber más sobre la explotación sexual comercial de menores y cómo afecta a nuestra comunidad, por favor comuníquese con { -org-name }.

## Wallet card (3.5 x 2 in): very short lines, printed at 7 to 9 pt

# Front of the card: the title.
card-title = Señales de explotación sexual de menores

# Front of the card: the most telling signs, one list item each.
card-sign-changes = Cambios bruscos de aspecto, ánimo o actitud
# Card sign (short): gifts or expensive things.
card-sign-gifts = Cosas caras sin un origen explicable
# Card sign (short).
card-sign-school = Falta a clases o pierde interés
# Card sign (short).
card-sign-older = Amigos mayores o adultos en su vida
# Card sign (short).
card-sign-messages = Llamadas, textos o mensajes de adultos
# Card sign (short).
card-sign-missing = Largas ausencias de casa o del hogar de crianza

# Back of the card: the heading.
card-action-heading = Qué hacer

# Back of the card: no proof is needed.
card-action-suspicion = No necesita pruebas. Basta con una sospecha razonable.

# Back of the card: the line above the hotline number.
# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
card-action-call = Llame a la línea { $hotline_name }:

# Back of the card: the emergency line.
# Variables:
#   $emergency (String) - the emergency number, "911".
card-emergency = ¿Peligro inmediato? Llame al { $emergency }.

# Back of the card: who offers help. Uses the organization's name from flyer.toml.
card-org = { -org-name }: todos los servicios son gratuitos.

## Marks and descriptions that are not part of the flyer's text

# Printed small at the edge of every page made from a translation nobody has
# reviewed yet. Translate it; flyer prints the English beside it.
draft-marking = Borrador de traducción, aún no revisado

# Printed small at the edge of every page on which some text is in English
# because this language's translation of it is missing (flyer build
# --allow-fallback). Translate it; flyer prints the English beside it.
fallback-marking = Texto en inglés: aún sin traducir

# Alternative text of the QR code that dials the hotline (read by screen readers).
# Variables:
#   $hotline_name (String) - the hotline's English name.
#   $hotline (String) - the hotline's phone number.
qr-hotline-alt = Código QR: escanee para llamar a la línea directa { $hotline_name } al { $hotline }

# The organization's logo, beside the title (its alternative text).
logo-alt = Logotipo de { -org-name }
