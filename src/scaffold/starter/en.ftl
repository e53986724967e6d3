### Your flyer's text in English, the language every translation is made from.
### Replace it with yours: keep the ids (the names before =) that layouts/ uses.
###
### Translators: the { $variables } and { -org-name } are filled in by flyer from
### flyer.toml (names, phone numbers, web addresses): keep them as they are.
### Keep the language plain and friendly.

# The heading at the top of the poster and the card; also the PDF's title.
flyer-title = Free help for families

# The first paragraph: who you are and what you offer.
#   -org-name - the organization's name, e.g. "Your Organization".
flyer-intro = { -org-name } offers free and private support to families in our community.

# The lead-in to the list below it.
flyer-list-heading = We can help you:

# A list item; it completes the lead-in "We can help you:".
flyer-item-food = find food and a safe place to live

# A list item; it completes the lead-in "We can help you:".
flyer-item-health = see a doctor or a nurse

# A list item; it completes the lead-in "We can help you:".
flyer-item-school = talk with your child's school

# Above the phone number.
flyer-call = Call us:

# The phone number, from flyer.toml. Keep it as it is.
#   $phone (String) - the phone number as printed, e.g. "(555) 010-0100".
flyer-phone = { $phone }

# The web address line.
#   $website (String) - the web address, e.g. "https://example.org".
flyer-web = Learn more at { $website }

## Marks that are not part of the flyer's text

# Printed small at the edge of every page made from a translation nobody has
# reviewed yet. Translate it; flyer prints the English beside it.
draft-marking = Draft translation, not yet reviewed

# Printed small at the edge of every page on which some text is in English
# because this language's translation of it is missing (flyer build
# --allow-fallback). Translate it; flyer prints the English beside it.
fallback-marking = English text: not translated yet
