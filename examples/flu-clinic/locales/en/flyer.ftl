### A school's free flu-vaccination clinic: a poster for the school's doors and a
### card sent home in backpacks. Readers are parents and caregivers. Keep it
### plain and friendly.
###
### The school's name, the nurse's phone number, the website and the address come
### from flyer.toml through the variables and the term listed above each message.

# The heading at the top of the poster and the card; also the PDF's title.
clinic-title = Free flu shots at school

# The first paragraph.
#   -org-name - the school's name, e.g. "Riverside Elementary School".
clinic-intro = { -org-name } and the school nurse give free flu shots to students whose parent or caregiver signs the permission form.

# Who may get a shot.
clinic-age = Every student can get one. No insurance is needed, and no one is turned away.

# The heading above the date, the time and the place.
clinic-when-heading = When and where

# The day and the hours of the clinic. Write the time the way your readers write
# it, e.g. "15:30 to 18:00".
clinic-when = Tuesday, October 13, from 3:30 to 6:00 p.m.

# The place. Keep "104": it is the room's number.
#   $school (String) - the school's street address, e.g. "40 Elm Street, Fall River".
clinic-where = In the school gym, room 104, { $school }

# The heading above the list of things to bring.
clinic-bring-heading = What to bring

# A list item: the signed form.
clinic-bring-form = the signed permission form

# A list item.
clinic-bring-card = your child's insurance card, if you have one

# Above the nurse's phone number.
clinic-questions = Questions? Call the school nurse:

# The nurse's phone number, from flyer.toml. Keep it as it is.
#   $nurse (String) - the phone number as printed, e.g. "(508) 555-0142".
clinic-phone = { $nurse }

# Where the permission form can be found.
#   $website (String) - the web address, e.g. "https://riverside.example.org/flu".
clinic-form-online = The form is also online: { $website }


# The school's logo, beside the title: its description for screen readers.
#   -org-name - the school's name.
clinic-logo-alt = The logo of { -org-name }

## Marks that are not part of the flyer's text

# Printed small at the edge of every page made from a translation nobody has
# reviewed yet. Translate it; flyer prints the English beside it.
draft-marking = Draft translation, not yet reviewed

# A photo of last year's clinic, under the title: its description for screen readers.
clinic-photo-alt = Last year's flu clinic in the school gym: a nurse at a table with a student
