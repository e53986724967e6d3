### Português do Brasil (Brazilian Portuguese)
### Draft translation made from the English source; not yet reviewed by a native-speaker reviewer.
### Tradução preliminar feita a partir do original em inglês; ainda não revisada por um falante nativo.
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
-child-welfare-agency = Departamento de Crianças e Famílias de Massachusetts (DCF)

## Poster: heading and definitions

# The main heading at the top of the poster. Also the PDF's document title.
poster-title = O que é a exploração sexual comercial de crianças e adolescentes?

# First paragraph: the definition. "CSEC" is the English abbreviation used by
# agencies; keep it in parentheses after the translated term.
# Requires: (CSEC)
poster-definition = A exploração sexual comercial de crianças e adolescentes (CSEC) acontece quando uma pessoa oferece, compra, troca ou vende atos sexuais com uma criança ou adolescente menor de 18 anos.

# Definition of child sex trafficking, in the legal sense.
poster-trafficking = O tráfico de crianças e adolescentes para fins sexuais é o recrutamento, o alojamento, o transporte, a entrega ou a obtenção de uma criança ou adolescente para a prática de atos sexuais.

# Who can be a victim. LGBTQ+ may stay as it is or use the term local LGBTQ+
# organizations use.
poster-victims = As vítimas podem ser de qualquer gênero, e jovens LGBTQ+ correm um risco maior.

# "Exchange" means what the child is given in return.
poster-exchange = O que é dado em troca nem sempre é dinheiro; pode ser qualquer coisa que tenha valor para a criança ou o adolescente.

# Lead-in to the list of examples below it.
poster-examples-heading = Alguns exemplos de CSEC:

## Poster: examples (one list item each)

# Example list item: sexual acts in person.
poster-example-in-person = Atos sexuais diretos ou presenciais
# Example list item: trafficking run by gangs.
poster-example-gang = Tráfico praticado por gangues
# Example list item: escort services, private parties, stripping.
poster-example-escort = Serviços de acompanhantes, festas privadas ou striptease
# Example list item: photos or videos of a child online.
poster-example-online = Fotos ou vídeos na internet de uma criança ou adolescente em atos sexuais
# Example list item: explicit images a child makes of themselves.
poster-example-self-produced = Imagens sexualmente explícitas feitas pela própria criança ou adolescente

## Poster: warning signs (one list item each)

# Heading of the list of warning signs.
poster-signs-heading = Sinais de alerta:

# Warning sign list item.
poster-sign-changes = Mudanças na aparência, na saúde mental, nos interesses pessoais, no vocabulário e na atitude
# Warning sign list item: expensive things with no known source of money.
poster-sign-luxury = Luxos como manicure e roupas de grife sem uma fonte de renda que os explique
# Warning sign list item.
poster-sign-school = Falta muito ou deixa de ir à escola, ou perde muito o interesse por ela
# Warning sign list item: spending time with much older people.
poster-sign-older = Anda com um grupo de amigos ou com adultos muito mais velhos
# Warning sign list item.
poster-sign-messages = Recebe ligações, mensagens de texto ou mensagens na internet de adultos
# Warning sign list item.
poster-sign-hotel-keys = Tem chaves (cartões) de hotel
# Vapes: electronic cigarettes. "No means of access": the child has no way to buy them.
poster-sign-vapes = Tem vapes (cigarros eletrônicos) ou outras substâncias sem ter como comprá-los
# Warning sign list item.
poster-sign-accounts = Tem vários números de telefone ou várias contas em redes sociais
# "Care": foster care or a group home, as well as the family home.
poster-sign-missing = Desaparece de casa, do abrigo ou da família acolhedora, ou some por longos períodos

## Poster: what to do

# Heading of the section that says how to report.
poster-action-heading = O que fazer se você suspeitar que uma criança ou adolescente está sendo vítima de exploração sexual comercial?

# First step: report to the police or the child-welfare agency (the term).
poster-action-report = Se você suspeitar que uma criança ou adolescente menor de 18 anos pode ser vítima, denuncie imediatamente à polícia local ou ao { -child-welfare-agency }.

# Reassurance: a reasonable suspicion is enough; no proof is needed.
poster-action-evidence = Você não precisa saber quem pode ser o responsável nem ter provas de que a exploração está acontecendo — basta uma suspeita razoável.

# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
#     Translations give the name in their language and keep the English name in
#     parentheses: callers hear it in English on the phone.
#   $hotline (String) - the hotline's phone number, e.g. "1-800-792-5200".
# Requires: ({ $hotline_name })
# Translator: "Linha Direta Criança em Risco" renders the name for readers; it is not an official Portuguese name. The hotline box, the card and the QR text keep "linha direta" with the English name.
poster-action-call = Se você tiver uma suspeita razoável, por favor ligue para a Linha Direta Criança em Risco ({ $hotline_name }) pelo telefone { $hotline }.

# The hotline box: a short label above the number.
# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
poster-hotline-label = Linha direta: { $hotline_name }

# The hotline box: the number, printed large.
# Variables:
#   $hotline (String) - the hotline's phone number, e.g. "1-800-792-5200".
poster-hotline-number = { $hotline }

# The red emergency banner.
# Variables:
#   $emergency (String) - the emergency number, "911".
poster-emergency = Se uma criança ou adolescente estiver em perigo imediato, ligue { $emergency }.

## Poster: about the organization

# Uses the organization's name from flyer.toml.
poster-about = { -org-name } oferece um atendimento coordenado e centrado na vítima a todas as vítimas de exploração sexual e tráfico de crianças e adolescentes, em parceria com órgãos estaduais e serviços comunitários.

# About the organization: its services cost nothing.
poster-free = Todos os serviços são gratuitos.

# Closing line. Uses the organization's name from flyer.toml.
poster-learn-more = Para saber mais sobre a exploração sexual comercial de crianças e adolescentes e como ela afeta a nossa comunidade, entre em contato com { -org-name }.

## Wallet card (3.5 x 2 in): very short lines, printed at 7 to 9 pt

# Front of the card: the title.
card-title = Sinais de exploração sexual infantojuvenil

# Front of the card: the most telling signs, one list item each.
card-sign-changes = Mudança súbita de aparência, humor ou atitude
# Card sign (short): gifts or expensive things.
card-sign-gifts = Coisas caras sem origem explicável
# Card sign (short).
card-sign-school = Falta às aulas ou perde interesse
# Card sign (short).
card-sign-older = Amigos mais velhos ou adultos
# Card sign (short).
card-sign-messages = Ligações ou mensagens (SMS, online) de adultos
# Card sign (short).
card-sign-missing = Some de casa ou do abrigo por muito tempo

# Back of the card: the heading.
card-action-heading = Como agir

# Back of the card: no proof is needed.
card-action-suspicion = Você não precisa de provas. Basta uma suspeita razoável.

# Back of the card: the line above the hotline number.
# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
card-action-call = Ligue para a linha { $hotline_name }:

# Back of the card: the emergency line.
# Variables:
#   $emergency (String) - the emergency number, "911".
card-emergency = Perigo imediato? Ligue { $emergency }.

# Back of the card: who offers help. Uses the organization's name from flyer.toml.
card-org = { -org-name }: todos os serviços são gratuitos.

## Marks and descriptions that are not part of the flyer's text

# Printed small at the edge of every page made from a translation nobody has
# reviewed yet. Translate it; flyer prints the English beside it.
draft-marking = Tradução preliminar, ainda não revisada

# Printed small at the edge of every page on which some text is in English
# because this language's translation of it is missing (flyer build
# --allow-fallback). Translate it; flyer prints the English beside it.
fallback-marking = Texto em inglês: ainda não traduzido

# Alternative text of the QR code that dials the hotline (read by screen readers).
# Variables:
#   $hotline_name (String) - the hotline's English name.
#   $hotline (String) - the hotline's phone number.
qr-hotline-alt = Código QR: escaneie para ligar para a linha direta { $hotline_name } pelo telefone { $hotline }
