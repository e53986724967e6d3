### The flu clinic flyer in Arabic: a first draft for a native speaker to review.

# The heading at the top of the poster and the card; also the PDF's title.
clinic-title = لقاحات الإنفلونزا مجانًا في المدرسة

# The first paragraph.
#   -org-name - the school's name, e.g. "Riverside Elementary School".
clinic-intro = تقدم { -org-name } وممرضة المدرسة لقاح الإنفلونزا مجانًا للطلاب الذين يوقّع أحد والديهم أو أولياء أمورهم على استمارة الموافقة.

# Who may get a shot.
clinic-age = يمكن لكل طالب الحصول على اللقاح. لا حاجة إلى تأمين صحي، ولن يُرفض أحد.

# The heading above the date, the time and the place.
clinic-when-heading = متى وأين

# The day and the hours of the clinic. Write the time the way your readers write
# it, e.g. "15:30 to 18:00".
clinic-when = الثلاثاء 13 أكتوبر، من 3:30 إلى 6:00 مساءً

# The place. Keep "104": it is the room's number.
#   $school (String) - the school's street address, e.g. "40 Elm Street, Fall River".
clinic-where = في صالة الألعاب الرياضية بالمدرسة، الغرفة 104، { $school }

# The heading above the list of things to bring.
clinic-bring-heading = ماذا تحضر

# A list item: the signed form.
clinic-bring-form = استمارة الموافقة موقّعة

# A list item.
clinic-bring-card = بطاقة التأمين الصحي لطفلك، إن وُجدت

# Above the nurse's phone number.
clinic-questions = هل لديك أسئلة؟ اتصل بممرضة المدرسة:

# The nurse's phone number, from flyer.toml. Keep it as it is.
#   $nurse (String) - the phone number as printed, e.g. "(508) 555-0142".
clinic-phone = { $nurse }

# Where the permission form can be found.
#   $website (String) - the web address, e.g. "https://riverside.example.org/flu".
clinic-form-online = الاستمارة متاحة أيضًا على الإنترنت: { $website }


# The school's logo, beside the title: its description for screen readers.
#   -org-name - the school's name.
clinic-logo-alt = شعار { -org-name }

## Marks that are not part of the flyer's text

# Printed small at the edge of every page made from a translation nobody has
# reviewed yet. Translate it; flyer prints the English beside it.
draft-marking = ترجمة أولية، لم تُراجع بعد

# A photo of last year's clinic, under the title: its description for screen readers.
clinic-photo-alt = عيادة الإنفلونزا في العام الماضي في صالة الألعاب بالمدرسة: ممرضة إلى طاولة مع طالب
