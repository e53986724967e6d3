### Gujarati (ગુજરાતી).
### Draft translation made from the English source; not yet reviewed by a native-speaker reviewer.
###
### Awareness flyer: commercial sexual exploitation of children (CSEC).
### Contact data never appears as typed text: it comes from flyer.toml through variables and terms.

## Terms

# The state child-welfare agency, named in full with its abbreviation. Keep the
# abbreviation "DCF" in every language: it is what people hear on the phone.
# Requires: (DCF)
-child-welfare-agency = મેસેચ્યુસેટ્સ બાળકો અને પરિવારો માટેનો વિભાગ (DCF)

## Poster: heading and definitions

# The main heading at the top of the poster. Also the PDF's document title.
poster-title = બાળકોનું વ્યાપારી જાતીય શોષણ શું છે?

# First paragraph: the definition. "CSEC" is the English abbreviation used by
# agencies; keep it in parentheses after the translated term.
# Requires: (CSEC)
poster-definition = બાળકોનું વ્યાપારી જાતીય શોષણ (CSEC) ત્યારે થાય છે જ્યારે કોઈ વ્યક્તિ 18 વર્ષથી ઓછી ઉંમરના બાળક સાથે જાતીય કૃત્યોનો પ્રસ્તાવ મૂકે, તેને ખરીદે, તેની અદલાબદલી કરે અથવા તેને વેચે.

# Definition of child sex trafficking, in the legal sense.
poster-trafficking = બાળકોની જાતીય તસ્કરી (હેરાફેરી) એટલે જાતીય કૃત્યો માટે કોઈ બાળકની ભરતી કરવી, તેને આશરો આપવો, તેને એક જગ્યાએથી બીજી જગ્યાએ લઈ જવું, તેને બીજાને સોંપવું અથવા તેને મેળવવું.

# Who can be a victim. LGBTQ+ may stay as it is or use the term local LGBTQ+
# organizations use.
poster-victims = પીડિત કોઈ પણ લિંગના હોઈ શકે છે, અને LGBTQ+ યુવાનોને વધુ જોખમ હોય છે.

# "Exchange" means what the child is given in return.
poster-exchange = બદલામાં મળતી વસ્તુ હંમેશાં પૈસા જ નથી હોતી; બાળક માટે કિંમતી હોય એવી કોઈ પણ વસ્તુ હોઈ શકે છે.

# Lead-in to the list of examples below it.
poster-examples-heading = બાળકોના વ્યાપારી જાતીય શોષણનાં ઉદાહરણો:

## Poster: examples (one list item each)

# Example list item: sexual acts in person.
poster-example-in-person = સીધાં/રૂબરૂ જાતીય કૃત્યો
# Example list item: trafficking run by gangs.
poster-example-gang = ગેંગ દ્વારા થતી તસ્કરી
# Example list item: escort services, private parties, stripping.
poster-example-escort = એસ્કોર્ટ સેવાઓ/ખાનગી પાર્ટીઓ/કપડાં ઉતારીને નાચવું (સ્ટ્રિપિંગ)
# Example list item: photos or videos of a child online.
poster-example-online = બાળકને જાતીય કૃત્યો કરતું દર્શાવતા ઓનલાઇન ફોટા કે વીડિયો
# Example list item: explicit images a child makes of themselves.
poster-example-self-produced = બાળકે પોતે જ લીધેલી સ્પષ્ટ જાતીય તસવીરો

## Poster: warning signs (one list item each)

# Heading of the list of warning signs.
poster-signs-heading = શેના પર ધ્યાન આપવું:

# Warning sign list item.
poster-sign-changes = દેખાવ, માનસિક સ્વાસ્થ્ય, અંગત રુચિઓ, બોલચાલની ભાષા અને વલણમાં ફેરફાર
# Warning sign list item: expensive things with no known source of money.
poster-sign-luxury = આવકનો કોઈ સમજાય એવો સ્ત્રોત ન હોવા છતાં મેનિક્યોર અને બ્રાન્ડેડ કપડાં જેવી મોંઘી વસ્તુઓ
# Warning sign list item.
poster-sign-school = શાળામાં ઓછી હાજરી કે બિલકુલ ન જવું, અથવા ભણવામાં રસ ઘણો ઘટી જવો
# Warning sign list item: spending time with much older people.
poster-sign-older = પોતાનાથી ઘણી મોટી ઉંમરના મિત્રો કે પુખ્ત વયના લોકો સાથે હળવું-મળવું
# Warning sign list item.
poster-sign-messages = પુખ્ત વયના લોકો તરફથી કૉલ, ટેક્સ્ટ મેસેજ કે ઓનલાઇન મેસેજ આવવા
# Warning sign list item.
poster-sign-hotel-keys = પાસે હોટેલની ચાવીઓ હોવી
# Vapes: electronic cigarettes. "No means of access": the child has no way to buy them.
poster-sign-vapes = ખરીદવાનું કોઈ સાધન ન હોય છતાં પાસે વેપ (ઇ-સિગારેટ) કે નશીલા પદાર્થો હોવા
# Warning sign list item.
poster-sign-accounts = એકથી વધુ ફોન કે સોશિયલ મીડિયા એકાઉન્ટ
# "Care": foster care or a group home, as well as the family home.
poster-sign-missing = ઘરમાંથી કે સંભાળની જગ્યાએથી ગુમ થવું, અથવા લાંબા સમય સુધી ગુમ રહેવું

## Poster: what to do

# Heading of the section that says how to report.
poster-action-heading = જો તમને શંકા હોય કે કોઈ બાળકનું વ્યાપારી જાતીય શોષણ થઈ રહ્યું છે, તો શું કરવું?

# First step: report to the police or the child-welfare agency (the term).
poster-action-report = જો તમને શંકા હોય કે 18 વર્ષથી ઓછી ઉંમરનું કોઈ બાળક ભોગ બન્યું હોઈ શકે છે, તો તરત જ આમાંથી કોઈને જાણ કરો: સ્થાનિક પોલીસ વિભાગ અથવા { -child-welfare-agency }.

# Reassurance: a reasonable suspicion is enough; no proof is needed.
poster-action-evidence = જવાબદાર કોણ હોઈ શકે તે જાણવાની કે શોષણ થઈ રહ્યું હોવાનો પાકો પુરાવો હોવાની જરૂર નથી – માત્ર વાજબી શંકા પૂરતી છે.

# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
#     Translations give the name in their language and keep the English name in
#     parentheses: callers hear it in English on the phone.
#   $hotline (String) - the hotline's phone number, e.g. "1-800-792-5200".
# Requires: ({ $hotline_name })
poster-action-call = જો તમને વાજબી શંકા હોય, તો કૃપા કરીને બાળ સુરક્ષા હેલ્પલાઇન ({ $hotline_name }) નો { $hotline } પર સંપર્ક કરો.

# The hotline box: a short label above the number.
# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
poster-hotline-label = હેલ્પલાઇન: { $hotline_name }

# The hotline box: the number, printed large.
# Variables:
#   $hotline (String) - the hotline's phone number, e.g. "1-800-792-5200".
poster-hotline-number = { $hotline }

# The red emergency banner.
# Variables:
#   $emergency (String) - the emergency number, "911".
poster-emergency = જો કોઈ બાળક તાત્કાલિક જોખમમાં હોય, તો { $emergency } પર કૉલ કરો.

## Poster: about the organization

# Uses the organization's name from flyer.toml.
poster-about = { -org-name } રાજ્યની સરકારી એજન્સીઓ અને સ્થાનિક સેવા સંસ્થાઓ સાથે ભાગીદારીમાં, બાળકોના જાતીય શોષણ અને તસ્કરીના તમામ પીડિતોને સંકલિત મદદ પૂરી પાડે છે, જેમાં પીડિતની જરૂરિયાતો કેન્દ્રમાં હોય છે.

# About the organization: its services cost nothing.
poster-free = બધી સેવાઓ મફત છે.

# Closing line. Uses the organization's name from flyer.toml.
poster-learn-more = વ્યાપારી જાતીય શોષણનો ભોગ બનતાં બાળકો વિશે અને તેની આપણા સમુદાય પર થતી અસર વિશે વધુ જાણવા માટે, કૃપા કરીને { -org-name } નો સંપર્ક કરો.

## Wallet card (3.5 x 2 in): very short lines, printed at 7 to 9 pt

# Front of the card: the title.
card-title = બાળકોના જાતીય શોષણનાં ચિહ્નો ઓળખો

# Front of the card: the most telling signs, one list item each.
card-sign-changes = દેખાવ, મૂડ કે વર્તનમાં અચાનક ફેરફાર
# Card sign (short): gifts or expensive things.
card-sign-gifts = આવકના સ્ત્રોત વિના મોંઘી વસ્તુઓ
# Card sign (short).
card-sign-school = શાળામાં ગેરહાજરી કે રસ ઘટવો
# Card sign (short).
card-sign-older = જીવનમાં મોટી ઉંમરના મિત્રો કે પુખ્તો
# Card sign (short).
card-sign-messages = પુખ્તો તરફથી કૉલ, ટેક્સ્ટ કે ઓનલાઇન મેસેજ
# Card sign (short).
card-sign-missing = ઘર કે સંભાળમાંથી લાંબા સમય સુધી ગુમ

# Back of the card: the heading.
card-action-heading = શું કરવું

# Back of the card: no proof is needed.
card-action-suspicion = પુરાવાની જરૂર નથી. વાજબી શંકા પૂરતી છે.

# Back of the card: the line above the hotline number.
# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
card-action-call = હેલ્પલાઇન { $hotline_name } પર કૉલ કરો:

# Back of the card: the emergency line.
# Variables:
#   $emergency (String) - the emergency number, "911".
card-emergency = તાત્કાલિક જોખમ? { $emergency } પર કૉલ કરો.

# Back of the card: who offers help. Uses the organization's name from flyer.toml.
card-org = { -org-name }: બધી સેવાઓ મફત છે.

## Marks and descriptions that are not part of the flyer's text

# Printed small at the edge of every page made from a translation nobody has
# reviewed yet. Translate it; flyer prints the English beside it.
draft-marking = ડ્રાફ્ટ અનુવાદ, હજી સમીક્ષા થઈ નથી

# Printed small at the edge of every page on which some text is in English
# because this language's translation of it is missing (flyer build
# --allow-fallback). Translate it; flyer prints the English beside it.
fallback-marking = અંગ્રેજી લખાણ: હજી અનુવાદ થયો નથી

# Alternative text of the QR code that dials the hotline (read by screen readers).
# Variables:
#   $hotline_name (String) - the hotline's English name.
#   $hotline (String) - the hotline's phone number.
qr-hotline-alt = QR કોડ: હેલ્પલાઇન { $hotline_name } ને { $hotline } પર કૉલ કરવા માટે સ્કેન કરો
