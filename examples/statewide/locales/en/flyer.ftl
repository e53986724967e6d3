### Awareness flyer: commercial sexual exploitation of children (CSEC).
### Source locale (English). Posters are printed by schools; wallet cards are handed
### out by clinics. Readers are parents, caregivers and young people: keep the language
### plain, calm and respectful.
###
### Contact data never appears as typed text: the hotline name and number, the
### emergency number and the organization name come from flyer.toml through the
### variables and the term listed above each message.

## Terms

# The state child-welfare agency, named in full with its abbreviation. Keep the
# abbreviation "DCF" in every language: it is what people hear on the phone.
# Requires: (DCF)
-child-welfare-agency = Massachusetts Department of Children and Families (DCF)

## Poster: heading and definitions

# The main heading at the top of the poster. Also the PDF's document title.
poster-title = What is commercial sexual exploitation of children?

# First paragraph: the definition. "CSEC" is the English abbreviation used by
# agencies; keep it in parentheses after the translated term.
# Requires: (CSEC)
poster-definition = Commercial sexual exploitation of children (CSEC) occurs when an individual offers, buys, trades, or sells sexual acts with a child under the age of 18.

# Definition of child sex trafficking, in the legal sense.
poster-trafficking = Child sex trafficking is the recruitment, harboring, transportation, provision, or obtaining a child for the purposes of sexual acts.

# Who can be a victim. LGBTQ+ may stay as it is or use the term local LGBTQ+
# organizations use.
poster-victims = Victims can be any gender, and LGBTQ+ youth are at a higher risk.

# "Exchange" means what the child is given in return.
poster-exchange = Exchange does not always mean money; it can include anything of value to the child.

# Lead-in to the list of examples below it.
poster-examples-heading = Examples of CSEC include:

## Poster: examples (one list item each)

# Example list item: sexual acts in person.
poster-example-in-person = Direct/in person sexual acts
# Example list item: trafficking run by gangs.
poster-example-gang = Gang based trafficking
# Example list item: escort services, private parties, stripping.
poster-example-escort = Escort services/private parties/stripping
# Example list item: photos or videos of a child online.
poster-example-online = Online photos or videos of a child engaging in sexual acts
# Example list item: explicit images a child makes of themselves.
poster-example-self-produced = Self-produced sexually explicit images

## Poster: warning signs (one list item each)

# Heading of the list of warning signs.
poster-signs-heading = What to look for:

# Warning sign list item.
poster-sign-changes = Changes in appearance, mental health, personal interests, vocabulary, and attitude
# Warning sign list item: expensive things with no known source of money.
poster-sign-luxury = Luxury items like manicures and designer clothes without an explainable source of income
# Warning sign list item.
poster-sign-school = Low or no school attendance, or significant loss of interest
# Warning sign list item: spending time with much older people.
poster-sign-older = Associating with significantly older friend group or adults
# Warning sign list item.
poster-sign-messages = Receiving calls, texts, or online messages from adults
# Warning sign list item.
poster-sign-hotel-keys = Possession of hotel keys
# Vapes: electronic cigarettes. "No means of access": the child has no way to buy them.
poster-sign-vapes = Possession of vapes or substances with no means of access
# Warning sign list item.
poster-sign-accounts = Multiple phone or social media accounts
# "Care": foster care or a group home, as well as the family home.
poster-sign-missing = Missing from care or missing for long periods of time

## Poster: what to do

# Heading of the section that says how to report.
poster-action-heading = What do you do if you suspect a child is being commercially sexually exploited?

# First step: report to the police or the child-welfare agency (the term).
poster-action-report = If you suspect a child, under the age of 18, is a potential victim report it immediately to the local police department or the { -child-welfare-agency }.

# Reassurance: a reasonable suspicion is enough; no proof is needed.
poster-action-evidence = You do not need to know who may be responsible or have confirmed evidence exploitation is occurring – only a reasonable suspicion.

# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
#     Translations give the name in their language and keep the English name in
#     parentheses: callers hear it in English on the phone.
#   $hotline (String) - the hotline's phone number, e.g. "1-800-792-5200".
# Requires: ({ $hotline_name })
poster-action-call = If you do have a reasonable suspicion, please call the { $hotline_name } at { $hotline }.

# The hotline box: a short label above the number.
# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
poster-hotline-label = { $hotline_name }

# The hotline box: the number, printed large.
# Variables:
#   $hotline (String) - the hotline's phone number, e.g. "1-800-792-5200".
poster-hotline-number = { $hotline }

# The red emergency banner.
# Variables:
#   $emergency (String) - the emergency number, "911".
poster-emergency = If a child is in immediate danger, call { $emergency }.

## Poster: about the organization

# Uses the organization's name from flyer.toml.
poster-about = { -org-name } provides a coordinated and victim-centered response to all victims of child sexual exploitation and trafficking in partnership with state agencies and community providers.

# About the organization: its services cost nothing.
poster-free = All services are free of charge.

# Closing line. Uses the organization's name from flyer.toml.
poster-learn-more = To learn more about commercially sexually exploited children and how it impacts our community, please contact { -org-name }.

## Wallet card (3.5 x 2 in): very short lines, printed at 7 to 9 pt

# Front of the card: the title.
card-title = Know the signs of child sexual exploitation

# Front of the card: the most telling signs, one list item each.
card-sign-changes = Sudden changes in appearance, mood or attitude
# Card sign (short): gifts or expensive things.
card-sign-gifts = Expensive items with no explainable source
# Card sign (short).
card-sign-school = Missing school or losing interest
# Card sign (short).
card-sign-older = Older friends or adults in their life
# Card sign (short).
card-sign-messages = Calls, texts or online messages from adults
# Card sign (short).
card-sign-missing = Missing from home or care for long periods

# Back of the card: the heading.
card-action-heading = What to do

# Back of the card: no proof is needed.
card-action-suspicion = You do not need proof. A reasonable suspicion is enough.

# Back of the card: the line above the hotline number.
# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
card-action-call = Call the { $hotline_name }:

# Back of the card: the emergency line.
# Variables:
#   $emergency (String) - the emergency number, "911".
card-emergency = Immediate danger? Call { $emergency }.

# Back of the card: who offers help. Uses the organization's name from flyer.toml.
card-org = { -org-name }: all services are free of charge.

## Marks and descriptions that are not part of the flyer's text

# Printed small at the edge of every page made from a translation nobody has
# reviewed yet. Translate it; flyer prints the English beside it.
draft-marking = Draft translation, not yet reviewed

# Printed small at the edge of every page on which some text is in English
# because this language's translation of it is missing (flyer build
# --allow-fallback). Translate it; flyer prints the English beside it.
fallback-marking = English text: not translated yet

# Alternative text of the QR code that dials the hotline (read by screen readers).
# Variables:
#   $hotline_name (String) - the hotline's English name.
#   $hotline (String) - the hotline's phone number.
qr-hotline-alt = QR code: scan to call the { $hotline_name } at { $hotline }

# The organization's logo, beside the title (its alternative text).
logo-alt = Logo of { -org-name }
