### The flu clinic flyer in Spanish: a first draft for a native speaker to review.

# The heading at the top of the poster and the card; also the PDF's title.
clinic-title = Vacunas gratuitas contra la gripe en la escuela

# The first paragraph.
#   -org-name - the school's name, e.g. "Riverside Elementary School".
clinic-intro = { -org-name } y la enfermera escolar vacunan gratis contra la gripe a los estudiantes cuyo padre, madre o tutor firme el formulario de autorización.

# Who may get a shot.
clinic-age = Todos los estudiantes pueden vacunarse. No se necesita seguro médico y nadie será rechazado.

# The heading above the date, the time and the place.
clinic-when-heading = Cuándo y dónde

# The day and the hours of the clinic. Write the time the way your readers write
# it, e.g. "15:30 to 18:00".
clinic-when = Martes 13 de octubre, de 3:30 a 6:00 p. m.

# The place. Keep "104": it is the room's number.
#   $school (String) - the school's street address, e.g. "40 Elm Street, Fall River".
clinic-where = En el gimnasio de la escuela, salón 104, { $school }

# The heading above the list of things to bring.
clinic-bring-heading = Qué traer

# A list item: the signed form.
clinic-bring-form = el formulario de autorización firmado

# A list item.
clinic-bring-card = la tarjeta del seguro médico de su hijo, si la tiene

# Above the nurse's phone number.
clinic-questions = ¿Preguntas? Llame a la enfermera escolar:

# The nurse's phone number, from flyer.toml. Keep it as it is.
#   $nurse (String) - the phone number as printed, e.g. "(508) 555-0142".
clinic-phone = { $nurse }

# Where the permission form can be found.
#   $website (String) - the web address, e.g. "https://riverside.example.org/flu".
clinic-form-online = El formulario también está en línea: { $website }


# The school's logo, beside the title: its description for screen readers.
#   -org-name - the school's name.
clinic-logo-alt = Logotipo de { -org-name }

## Marks that are not part of the flyer's text

# Printed small at the edge of every page made from a translation nobody has
# reviewed yet. Translate it; flyer prints the English beside it.
draft-marking = Traducción preliminar, aún no revisada

# A photo of last year's clinic, under the title: its description for screen readers.
clinic-photo-alt = La clínica de gripe del año pasado en el gimnasio de la escuela: una enfermera en una mesa con un alumno
