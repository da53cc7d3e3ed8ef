"""Danish vocabulary of meeting minutes, as data.

Every Danish word the extractors look for lives here: month names, headings,
list labels, page furniture. Keys are lower case; code compares case-folded text.
Nothing here names a particular body, person or place.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "januar": 1, "jan": 1,
    "februar": 2, "feb": 2, "febr": 2,
    "marts": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "maj": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    # English month names, in minutes written or exported in English ("Tirsdag, May 9, 2023")
    "january": 1, "february": 2, "may": 5, "june": 6, "july": 7, "october": 10, "oct": 10,
    # misspellings and Norwegian/German spellings met in Danish minutes ("3. mai 2024", "9. febuar", "1. desember")
    "mai": 5, "febuar": 2, "feburar": 2, "agust": 8, "septemper": 9, "desember": 12,
}

# Endings of an English day number after its month ("December 3rd, 2024", "May 1st, 2023").
ENGLISH_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")

WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
# Words printed before a date ("den 6/5", "d. 6.5."): they make a bare day/month a date.
DATE_LEAD_WORDS = ("den", "d.")
# Words printed before a time ("kl. 19.00", "Kl 9", "klokken 10"; "kl" also without its full stop).
TIME_WORDS = ("kl.", "kl", "klokken")
# Words between the two times of a span, besides a dash ("kl. 8.30 til 10").
TIME_SPAN_WORDS = ("til",)
# Words that make a time approximate ("Mødet sluttede ca. kl. 21").
APPROXIMATION_WORDS = ("ca.",)
# Words before the first time of a span printed after the date ("4. marts 2025 fra 19.00-21.30").
TIME_FROM_WORDS = ("fra",)

# Conjunctions. "og" (and) joins two of a kind: "A og B", "Pkt. 4 og 5", "Beslutning og indstilling".
AND_WORD = "og"
NAME_JOINERS = (AND_WORD, "&", "samt")  # between the last names of a list: "A, B og C", "A & B", "A samt B"
LIST_CONJUNCTIONS = (AND_WORD, "samt", "eller")  # ending a proposal before the next: "at …, og", "at …, eller"
CLAUSE_CONJUNCTIONS = (AND_WORD, "men", "mens")  # opening a clause after a comma: "…, og Per Holm deltog ikke"
# Conjunctions that never join two names: a list ends before them ("Til stede: A, B og C, mens D havde meldt afbud").
LIST_ENDING_CONJUNCTIONS = ("men", "mens")
# Words inside a list of those present that set the names after them apart as absent: "Deltagere: Anna Holm,
# Bo Kirk, men ikke Carl Dahl", "Hele bestyrelsen, undtagen Carl Dahl", "Anna Holm, Bo Kirk (ikke Carl Dahl)".
LIST_EXCLUSION_WORDS = ("ikke", "undtagen", "bortset fra", "på nær", "med undtagelse af")
LIST_EXCLUSION_LEADS = ("men", "dog")  # "…, men ikke Carl Dahl", "…, dog ikke Carl Dahl"
RELATIVE_PRONOUNS = ("der", "som")  # a clause after the names: "bortset fra Bent Krogh, der havde meldt afbud"

# Words naming the kind of document, as printed in a title line.
DOCUMENT_TYPES: dict[str, str] = {
    "referat": "referat",
    "mødereferat": "referat",
    "beslutningsreferat": "referat",
    "beslutningsprotokol": "referat",
    "protokol": "referat",
    "mødeprotokol": "referat",
    "forhandlingsprotokol": "referat",
    "dagsorden": "dagsorden",
    "mødeindkaldelse": "dagsorden",
    "indkaldelse": "dagsorden",
}

# Words that make an agenda's title the minutes' title: "Dagsorden og referat", "Dagsorden med beslutninger".
AGENDA_WITH_MINUTES_WORDS = ("referat", "beslutninger", "beslutning", "protokol")
# Words that show a text records what happened (a referat) even without a title word.
MINUTES_EVIDENCE = ("referent", "referat", "ref.", "beslutning", "blev godkendt", "blev valgt", "godkendt")

# Header labels (followed by ":" , a tab, or a space and a capital letter).
DATE_LABELS = ("mødedato", "dato", "tidspunkt", "mødetidspunkt", "mødetid", "tid", "hvornår")
TIME_LABELS = ("klokken", "klokkeslæt", "kl.", "kl")  # "Kl.: 19.00 - 21.00": the time of day alone
OTHER_HEADER_LABELS = ("emne", "øvrige oplysninger", "bemærkninger")  # header fields nothing is read from
START_TIME_LABELS = ("starttidspunkt", "starttid", "mødestart", "start", "mødet begynder", "mødet startede", "mødet begyndte", "mødet start")
END_TIME_LABELS = (
    "sluttidspunkt", "sluttid", "mødeslut", "slut", "mødet slutter", "mødet sluttede", "mødet slut", "mødeafslutning",
    "mødet hævet", "mødet afsluttet",
)
LOCATION_LABELS = ("mødested", "mødelokale", "mødelokation", "lokation", "lokale", "sted", "adresse", "hvor", "placering", "lokalitet", "mødeadresse")
# Question words that label a field only before a colon ("Hvor: Klubhuset"); opening a sentence they ask or
# relate ("Hvor intet andet er nævnt, …").
COLON_ONLY_LABELS = ("hvor", "hvornår")
# Between two header labels that share one value: "Dato/tid:", "Tid og sted:", "Mødedato og -tidspunkt:".
LABEL_JOINERS = ("/", "&", ",", "og")
# Word endings and word parts that show a line names a place: "Skolevej 3", "Rådhuset", "Byrådssalen",
# "mødelokale 2". The endings end a word; the parts may stand anywhere in one ("Rådhusets").
PLACE_WORD_ENDINGS = ("vej", "gade", "allé", "plads", "torv", "huset", "salen", "rummet", "stuen", "hallen", "kontoret", "værelset", "lokalet")
PLACE_WORD_PARTS = ("rådhus", "lokale")
# A flat's floor and side after a house number: "Lærkevej 14, 2. tv.", "st. th.", "1. sal" (their full stops end no sentence).
FLOOR_WORDS = ("tv", "th", "mf", "sal")
PLACE_PREPOSITIONS = ("på", "i", "hos")  # "kl. 19.00 i konfirmandstuen", "… hos Jens Holm, Skovvej 12"
# A place line's verb before its preposition, not part of the place: "Afholdt i fælleshuset, Solgårdsvej 14".
PLACE_LEAD_VERBS = ("afholdt", "afholdes", "holdt", "holdes")
BODY_LABELS = ("mødeforum", "udvalg", "forum", "organ", "møde", "forening", "organisation")
# Legal forms ending an organisation's name: "Vandværket Sønderby A.m.b.a.", "Vestby Boligselskab A/S".
ORGANIZATION_FORMS = ("a.m.b.a.", "a.m.b.a", "amba", "f.m.b.a.", "s.m.b.a.", "a/s", "aps", "i/s", "k/s", "p/s", "ivs")
# The same printed before the name: "A/B Lærkehøj" (andelsboligforening), "E/F Hjørnegården" (ejerforening).
ORGANIZATION_FORM_PREFIXES = ("a/b", "e/f", "g/f", "a/s", "i/s")
# What a body belongs to, printed after its name and a comma ("Ældrerådet, Vestby Kommune"): not part of the name.
BODY_OWNER_WORDS = ("kommune", "region", "sogn")  # "Menighedsrådet i Søby Sogn": the parish the council serves
# "Ældrerådet i Vestby Kommune", "Byrådet for Vestby Kommune": the municipality after these is whose body it is.
BODY_OWNER_PREPOSITIONS = ("i", "for")
# Words between a title's parts and the body's name: "Referat fra/for/af …", "møde i/for Ældrerådet",
# "generalforsamling hos Vandværket"; and the small words inside a body's name ("Udvalget for Teknik og Miljø").
TITLE_PREPOSITIONS = ("for", "fra", "af")
MEETING_BODY_PREPOSITIONS = ("i", "for")
MEETING_HOST_PREPOSITIONS = ("hos",)
# A numbered unit of an association after its name: "Boligforeningen Lyngbo afd. 3", "… afdeling 12".
UNIT_WORDS = ("afdeling", "afd.", "afd")
# "Skolebestyrelsen på Nordby Skole": the institution a body belongs to, after "på", is part of its name
# (not where it met: a place word, "på Rådhuset", is not).
BODY_INSTITUTION_PREPOSITIONS = ("på",)
BODY_NAME_SMALL_WORDS = ("for", AND_WORD, "i", "af", "ved")  # "Menighedsrådet ved Sankt Jakobs Kirke"
# The word after which a body's name goes on in lower case, naming its field: "Udvalg for regional udvikling".
BODY_FIELD_PREPOSITION = "for"

# Endings of a noun's definite form: "udvalget", "bestyrelsen", "rådet", "kommissionen".
DEFINITE_ENDINGS = ("et", "en", "n")

# Nouns that name a body when they end a compound like "bestyrelsesmøde" / "byrådsmødet".
BODY_NOUNS = (
    "råd", "udvalg", "bestyrelse", "styregruppe", "arbejdsgruppe", "gruppe", "nævn",
    "kommission", "repræsentantskab", "direktion", "komité", "komite", "forum", "kreds",
    "panel", "præsidium", "forretningsudvalg", "hovedbestyrelse", "forsamling",
    "forening", "klub", "selskab", "sammenslutning", "laug", "forbund",
)

# Attendee list labels → status. Longest labels are tried first.
ATTENDEE_LABELS: dict[str, str] = {
    "deltagere": "present",
    "deltager": "present",
    "mødedeltagere": "present",
    "til stede": "present",
    "til stede var": "present",
    "tilstede": "present",
    "tilstede var": "present",
    "mødt var": "present",
    "fremmødt var": "present",
    "tilstedeværende": "present",
    "medlemmer": "present",
    "fremmødte": "present",
    "fremmødt": "present",
    "mødt": "present",
    "deltog": "present",
    "deltagende": "present",
    "stedfortræder": "present",
    "stedfortrædere": "present",
    "indkaldt stedfortræder": "present",
    "suppleanter": "present",
    "afbud": "absent",
    "fraværende med afbud": "absent",
    "fraværende uden afbud": "absent",
    "afbud/fraværende": "absent",
    "afbud fra": "absent",
    "meldt afbud": "absent",
    "fraværende": "absent",
    "fravær": "absent",
    "deltog ikke": "absent",
    "ikke til stede": "absent",
    "ikke mødt": "absent",
    "forfald": "absent",
    "udeblevet": "absent",
    "udeblevne": "absent",
    "øvrige deltagere": "guest",
    "eksterne deltagere": "guest",
    "ekstern deltager": "guest",
    "eksterne deltager": "guest",
    "online": "present",
    "deltog online": "present",
    "deltog virtuelt": "present",
    "kommer senere": "present",
    "kom senere": "present",
    "går før": "present",
    "gik før": "present",
    "går tidligt": "present",
    "gik tidligt": "present",
    "øvrige": "guest",
    "gæster": "guest",
    "gæst": "guest",
    "på besøg": "guest",
    "fra forvaltningen": "guest",
    "fra forvaltningen deltog": "guest",
    "fra administrationen deltog": "guest",
    "fra administrationen": "guest",
    "fra sekretariatet": "guest",
    "sekretariat": "guest",
    "desuden deltog": "guest",
    "endvidere deltog": "guest",
    "derudover deltog": "guest",
    "herudover deltog": "guest",
    "som gæst deltog": "guest",
    "som gæster deltog": "guest",
    "som gæst": "guest",
    "som gæster": "guest",
    "inviterede": "guest",
    "observatører": "guest",
    "observatør": "guest",
    "tilforordnede": "guest",
    "tilforordnet": "guest",
}

# The header row of a table of people ("Navn<tab>Parti<tab>Fremmøde"): column heading → the
# field its cells give.
ATTENDEE_TABLE_COLUMNS: dict[str, str] = {
    "navn": "name", "medlem": "name", "medlemmer": "name", "deltager": "name", "deltagere": "name",
    "parti": "organization", "partibogstav": "organization", "liste": "organization", "organisation": "organization",
    "forening": "organization", "gruppe": "organization",
    "funktion": "role", "rolle": "role", "titel": "role", "hverv": "role",
    "fremmøde": "status", "status": "status", "deltagelse": "status", "til stede": "status", "tilstede": "status",
    "bemærkning": "status", "bemærkninger": "status",
}

# The header row over a table of items, as its column headings ("Punkt Titel", "DAGSORDEN PUNKT" /
# "SAGSINDHOLD" / "BESLUTNING/KOMMENTARER"), besides the section headings and item words.
ITEM_TABLE_COLUMNS = frozenset({
    "nr", "nr.", "titel", "overskrift", "emne", "indhold", "side", "bemærkning", "bemærkninger", "kommentar",
    "kommentarer", "ansvarlig", "status",
})

# The status column's values in such a table ("Til stede", "Afbud") → status.
ATTENDANCE_STATUS_VALUES: dict[str, str] = {
    "til stede": "present", "tilstede": "present", "deltog": "present", "deltager": "present", "mødt": "present",
    "fremmødt": "present", "ja": "present", "x": "present", "stedfortræder": "present", "suppleant": "present",
    "afbud": "absent", "meldt afbud": "absent", "fraværende": "absent", "fravær": "absent", "ikke til stede": "absent",
    "ikke mødt": "absent", "deltog ikke": "absent", "nej": "absent", "syg": "absent", "forfald": "absent",
    "uden afbud": "absent", "med afbud": "absent", "udeblevet": "absent", "udeblev": "absent",
    "gæst": "guest",
}
# The marks in a table's column headed by a status ("Navn | Parti | Deltog | Afbud" over "Anna Holm | A | X"):
# the person has that column's status.
ATTENDANCE_MARKS = ("x", "✓", "✔", "☒", "ja")


# Labels naming one person with a role (label → the role recorded; the person is present).
ROLE_LABELS: dict[str, str] = {
    "referent": "referent",
    "ref.": "referent",
    "ref": "referent",
    "protokolfører": "referent",
    "mødeleder": "mødeleder",
    "ordstyrer": "ordstyrer",
    "dirigent": "dirigent",
    "formand": "formand",
    "sekretær": "sekretær",
}

# "Referat: Bo Kirk": the document's word as the label of the one who wrote it (only over a person's name).
NOTE_TAKER_LABELS: dict[str, str] = {
    "referat": "referent", "referat ved": "referent", "referatet skrevet af": "referent", "referat skrevet af": "referent",
    "referatet er skrevet af": "referent", "referat udarbejdet af": "referent", "referatet udarbejdet af": "referent",
    "referent var": "referent",
}

# "Fra Nordby Kommune: Sekretær Lone Friis", "Fra Nordby Kommune deltog: …": a guest list
# labelled with the organisation.
GUEST_FROM_PREFIX = "fra"
GUEST_FROM_VERBS = ("deltog",)
# "Fra bestyrelsen deltog: …", "Fra afdelingsbestyrelsen: …": the group a list names its people from is the board
# (a word ending in one of these), whose members take part; staff from elsewhere are guests.
MEMBER_GROUP_NOUNS = ("bestyrelse", "bestyrelsen")
# List labels that also name what their people are: "Stedfortrædere: Marie Thue (A)" → role "stedfortræder".
LABEL_ROLES: dict[str, str] = {
    "stedfortræder": "stedfortræder", "stedfortrædere": "stedfortræder", "indkaldt stedfortræder": "stedfortræder",
    "suppleanter": "suppleant",
}
# "Kontorchef i Vejle Kommune Anne Holm": a job title, the organisation, then the name.
EMPLOYER_PREPOSITIONS = ("i",)
# "Karina Ravn fra Skovby Borgerforening": the name, then the organisation the person comes from.
FROM_PREPOSITIONS = ("fra",)
# "Politiet v/ Rene Holm", "Ældrerådet ved Anna Berg": the organisation, then the person who came for it.
REPRESENTED_BY = ("v/", "ved")
# "Sekretær for Seniorrådet, Lisa Møller": a title and the body it serves, before the name.
TITLE_FOR_PREPOSITIONS = ("for", "i", "ved")

# Labels whose lists appear inside items too (per-item absence); read everywhere.
ABSENCE_LABELS = ("afbud", "afbud fra", "fraværende", "fraværende med afbud", "fraværende uden afbud", "deltog ikke", "ikke til stede")

# Role words found in parentheses or before a name: "(formand, X Kommune)".
ROLE_WORDS = (
    "formand", "næstformand", "forkvinde", "næstforkvinde", "forperson", "næstforperson", "borgmester", "viceborgmester", "rådmand", "rådkvinde",
    "ref.", "ref", "referent", "sekretær", "kasserer", "mødeleder", "ordstyrer", "dirigent",
    "suppleant", "revisor", "medlem", "observatør", "tilforordnet", "sekretariat",
    "direktør", "chef", "konsulent", "kontorchef", "sognepræst", "præst", "kirkeværge",
    "pastor", "kontaktperson", "bestyrelsesmedlem", "byrådsmedlem", "regionsrådsmedlem", "udvalgsmedlem",
    "graver", "regnskabsfører", "stedfortræder", "kordegn", "organist", "kirketjener",
    "ceo", "cfo", "coo", "cto",  # a company board's officers: "CFO Line Bak"
    "fmd.", "fmd", "næstfmd.", "kass.", "sekr.",  # as shortened in association minutes: "Tom Lassen (fmd.)"
)

# A substitute named after the member they stand in for: "Per Lund (C) - Eva Dahl (C) mødte som
# stedfortræder", "Villy Holm, F - Tine Berg stedfortræder".
SUBSTITUTE_WORDS = ("stedfortræder", "suppleant")
# A substitute told after the member in a clause of its own: "Anne Holm (A) - stedfortræder Bo Kirk
# (A) deltog", "Anne Holm (A), i stedet deltog Bo Kirk (A)", "Anne Holm (A) (stedfortræder: Bo Kirk)".
SUBSTITUTE_CLAUSE_OPENERS = ("som stedfortræder", "som suppleant", "stedfortræder", "suppleant", "i stedet")
SUBSTITUTE_CLAUSE_VERBS = ("deltog", "mødte", "var indkaldt", "indkaldt")
SUBSTITUTE_VERBS = ("mødte som", "deltog som", "indkaldt som")
# A substitute named before the member they stand in for: "Rolf Sand for Ilse Gram", "Rolf Sand
# (F) som stedfortræder for Ilse Gram (F)"; the member was absent.
STANDS_IN_FOR = ("i stedet for", "stedfortræder for", "suppleant for", "som stedfortræder for", "for")

# Notes after a name that say the person was not there: "Per Lund Afbud", "Anne Holm (syg)".
ABSENCE_NOTES = ("afbud", "meldt afbud", "fraværende", "syg", "forfald", "deltog ikke", "ikke til stede", "uden afbud", "udeblevet")

# Notes in parentheses after a name that say how or whether the person took part, not who
# they are: "Tove Ring (afbud)", "Ole Bach (via Teams)", "Ida Holm (fra kl. 17.00)".
ATTENDANCE_NOTES = (
    "afbud", "fraværende", "syg", "forfald", "deltog ikke", "ikke til stede", "uden afbud", "med afbud", "udeblevet", "udeblev", "via ", "online",
    "virtuel", "telefonisk", "deltog fra", "deltog til", "deltog under", "deltog i", "fra kl", "til kl",
    "kom kl", "gik kl", "fra punkt", "til punkt", "under punkt", "pkt.", "punkt ", "fra pkt", "til pkt",
    "under pkt", "efter pkt", "fra dagsordenspunkt", "indtil", "kl.", "kl", "klokken",
    # the reason for an absence: "Carl Dahl (ferie)"
    "ferie", "sygdom", "arbejde", "barsel", "orlov", "andet møde", "anden aftale",
)

# Endings of job titles printed before a name ("Kommunaldirektør Torben Sørensen", "præst Jens Aagaard").
TITLE_SUFFIXES = (
    "direktør", "chef", "konsulent", "formand", "forkvinde", "sekretær", "leder", "rådgiver",
    "koordinator", "medarbejder", "borgmester", "præst", "provst", "biskop", "sagsbehandler",
    "referent", "kasserer", "revisor", "jurist", "økonom", "planlægger", "specialist", "assistent",
    "medlem", "repræsentant", "mester", "fører",
)

# Words before an organisation that say how a member came to sit for it: "(udpeget af
# Beboerforeningen X)", "repræsentant for Y" → the organisation, and the role the phrase gives.
ORGANIZATION_LEADS: dict[str, str | None] = {
    "udpeget af": None, "udpeget fra": None, "valgt af": None, "valgt for": None, "indstillet af": None,
    "repræsentant for": "repræsentant", "repræsenterer": "repræsentant", "repr. for": "repræsentant",
    "repræsentant fra": "repræsentant",
}

# Words that end an organisation name ("… i Vejle Kommune Anne Holm").
ORGANIZATION_ENDINGS = (
    "kommune", "kommunes", "region", "regionen", "kkr", "kl", "sekretariat", "sekretariatet",
    "nordjylland", "midtjylland", "syddanmark", "sjælland", "hovedstaden", "danmark",
    "forvaltning", "forvaltningen", "styrelse", "styrelsen", "ministeriet",
    "universitet", "hospital", "sygehus", "center", "centret", "afdeling", "afdelingen",
    # institutions a guest comes from: "Erik Sand, Skovby Skole"
    "skole", "skolen", "gymnasium", "gymnasiet", "bibliotek", "biblioteket", "museum", "museet", "politi", "politiet", "forsyning",
)

# What an attendee list says when it names nobody ("Afbud: Ingen.").
# What a section holds when it has nothing to say ("Indstilling: Ingen.", "Bilag: -").
NOTHING = frozenset({"ingen", "intet", "-", "–"})
# The word that labels one numbered attachment on a line of its own: "Bilag 1: Oversigt over ansøgninger".
ATTACHMENT_LABEL_WORDS = ("bilag",)
# What a Bilag list holds when it lists nothing ("Bilag: Ingen bilag.", "Bilag: Ingen").
NO_ATTACHMENTS = NOTHING | {"ingen bilag", "ingen bilag vedlagt", "der er ingen bilag"}
NOT_NAMES = frozenset({"ingen", "intet", "alle", "alle mødt", "alle var mødt", "ingen afbud", "ingen fraværende", "samtlige", "n/a", "-", "–"})

# What parts names on one list line besides commas: "Eva Holm - Bo Kirk - Carl Dahl", "Eva Holm / Bo Kirk".
NAME_SEPARATORS = (" - ", " – ", " / ")

# Courtesy titles before a name, no part of it: "Hr. Jens Hansen", "fru Inge Holm".
COURTESY_TITLES = ("hr.", "hr", "fru", "frk.", "frk")

# Particles inside names ("Tue von Pålman").
NAME_PARTICLES = ("von", "van", "de", "du", "la", "le", "af", "der", "den", "da")

# Common Danish first names: where a name starts in "Title i Org Firstname Lastname".
FIRST_NAMES = frozenset(
    """
    aage adam adrian agnete aksel albert alberte alexander alfred ali alice allan alma amalie amanda
    ana andreas anders andrea anette anita ann anna anne annette anni annie ansgar anton arne arnold
    asger asta astrid august aase benedikte bent benjamin benny bente berit bettina bernhard bertel
    birgit birgitte birte bjarne bjørn bo bodil britt britta brian bruno børge camilla carina carl
    carla carlo carsten caroline cathrine cecilie charlotte christa christian christina christine
    christoffer claus conni connie dan daniel dagmar david dennis ditte dorte dorthe ebbe edith
    egon einar ejner eigil elin elisabeth elise ella ellen elly elmer elna else emil emilie emma
    erik erling ernst esben eskild ester esther eva evald ejvind filip finn flemming frank frede
    frederik frederikke freja frida frode gerda gitte grete grethe gudrun gunnar gustav hanne
    hans harald heidi helene helga helge helle henning henrik henriette herbert hjalte holger ib
    ida inga inge inger ingrid irene irma iver jacob jakob jan jane janne jannik jens jeppe jesper
    jette jimmy joachim johan johanne johannes john jon jonas jonathan josefine julie julius jytte
    jørgen jørn kaj kamilla karen kari karin karina karl karsten kasper katrine kenneth kent kim
    kirsten kirstine kit klaus knud kristian kristina kristine lars lasse laura laurits lea leif
    lena lene leo lilian lillian line lis lisa lisbeth lise lone lotte louise lucas ludvig luna
    magnus maja malene malou malthe marc marcus margrethe maria marianne marie mariann mark marlene
    martin mathias mathilde mette mia michael michala michelle mikael mikkel mille mogens mona
    morten naja nanna natasja niels nikolaj nina noah oliver ole olga olav otto ove palle pernille
    per peter pia poul preben rasmus rene ricky rikke rita robert rolf rosa rune sabrina sally
    sandra sanne sara sarah sebastian signe sigrid simon sofia sofie solveig sonja steen sten
    stig susanne svend svenn sørine søren tage thomas thor thorkild tina tine tobias tom tommy
    tonny tove troels tue tyge ulla ulrik ulrikke valdemar verner vibeke victor victoria viggo
    vilhelm villads villy vagn william yvonne åse
    """.split()
)

# Section headings (a line of their own, with or without a colon) → section kind.
SECTION_HEADINGS: dict[str, str] = {
    "resumé": "summary",
    "resume": "summary",
    "kort resumé": "summary",
    "kort resume": "summary",
    "sammenfatning": "summary",
    "sagsresumé": "summary",
    "sagsresume": "summary",
    "sagens resumé": "summary",
    "sagens resume": "summary",
    "sammendrag": "summary",
    "sagens kerne": "summary",
    "kort fortalt": "summary",
    "opsummering": "summary",
    "baggrund": "background",
    "baggrund for sagen": "background",
    "sagens baggrund": "background",
    "sagsfremstilling": "case",
    "sagsbeskrivelse": "case",
    "sagsindhold": "case",
    "beskrivelse af sagen": "case",
    "beskrivelse": "case",
    "sagen": "case",
    "sagens indhold": "case",
    "redegørelse": "case",
    "indstilling": "recommendation",
    "indstillinger": "recommendation",
    "forslag": "recommendation",
    "forslag til beslutning": "recommendation",
    "forslag til indstilling": "recommendation",
    "administrationens indstilling": "recommendation",
    "forvaltningens indstilling": "recommendation",
    "direktionens indstilling": "recommendation",
    "sekretariatets indstilling": "recommendation",
    "indstilling fra forvaltningen": "recommendation",
    "indstilling fra administrationen": "recommendation",
    "bilag": "attachments",
    "bilagsliste": "attachments",
    "bilagsfortegnelse": "attachments",
    "bilagsoversigt": "attachments",
    "vedhæftede bilag": "attachments",
    "vedlagte bilag": "attachments",
    "beslutning": "decision",
    "beslutninger": "decision",
    "referat": "decision",
    "afgørelse": "decision",
    "konklusion": "decision",
    "konklusioner": "decision",
    "aftaler": "decision",
    "forslag til vedtagelse": "recommendation",
    "opfølgning": "other",
    "drøftelse": "other",
    "protokol": "decision",
    "protokollat": "decision",
    "udvalgets beslutning": "decision",
    "beslutning i udvalget": "decision",
    "orientering": "orientation",
    "meddelelse": "orientation",
    "meddelelser": "orientation",
    "økonomi": "economy",
    "økonomiske konsekvenser": "economy",
    "økonomiske konsekvenser og finansiering": "economy",
    "økonomi og finansiering": "economy",
    "økonomiske forhold": "economy",
    "bevillingsmæssige konsekvenser": "economy",
    "finansiering": "economy",
    "høring": "hearing",
    "høringer": "hearing",
    "høringssvar": "hearing",
    "høringsparter": "hearing",
    "høringsproces": "hearing",
    "lovgrundlag": "other",
    "retsgrundlag": "other",
    "lovgivning": "other",
    "personale": "other",
    "personalemæssige konsekvenser": "other",
    "miljø": "other",
    "kommunikation": "other",
    "tidsplan": "other",
    "videre proces": "other",
    "det videre forløb": "other",
    "sagens forløb": "background",
    "miljøvurdering": "other",
    "risikovurdering": "other",
    "problemstilling": "background",
    "anbefaling": "recommendation",
    "anbefalinger": "recommendation",
    "beslutningskompetence": "other",
    "kompetence": "other",
    "kompetencefordeling": "other",
    "borgerinddragelse": "other",
    "klimakonsekvenser": "other",
    "løsning": "case",
    "beslutningstema": "summary",
    "sagens tidligere behandling": "other",
    "tidligere beslutninger": "other",
    "vurdering": "other",
    "administrationens vurdering": "other",
    "forvaltningens vurdering": "other",
    "alternativer": "other",
    "bemærkninger": "other",
    "handicappolitik": "other",
    "sundhedsmæssige konsekvenser": "other",
    "supplerende sagsfremstilling": "case",
    "fremstilling": "case",
    "beslutningspunkter": "recommendation",
    "sagsforløb": "other",
    "sagsprocedure": "other",
    "beslutningspunkt": "recommendation",
    "tidligere behandling": "other",
    "sagens behandling": "other",
    "retsregler og andre forskrifter": "other",
    "retsgrundlag og forskrifter": "other",
    "påtegning": "other",
}

# A decision heading's first word, before the name of the body that decided ("Beslutning Byrådet").
DECISION_WORDS = ("beslutning", "afgørelse")

# Heading patterns with a variable body name: "Økonomiudvalgets beslutning", "Beslutning i Byrådet";
# the body's name may be a compound sharing its last part ("Børne- og Ungeudvalgets beslutning").
_COMPOUND_HEAD = r"(?:[\wæøå]+- (?:og|&) )?"
DECISION_HEADING_PATTERNS = (
    rf"{_COMPOUND_HEAD}[\wæøå\-]+s beslutning(?: den .*)?",
    r"beslutning (?:i|fra) [\wæøå\- ]+",
    r"beslutning [\wæøå\-]+(?: den .*)?",
    rf"{_COMPOUND_HEAD}[\wæøå\-]+s afgørelse",
)
RECOMMENDATION_HEADING_PATTERNS = (
    rf"{_COMPOUND_HEAD}[\wæøå\-]+s indstilling(?: til [\wæøå\- ]+)?",
    r"[\wæøå\-]+ indstilling",  # "Administrativ indstilling", "Endelig indstilling"
    rf"{_COMPOUND_HEAD}[\wæøå\-]+s forslag(?: til [\wæøå\- ]+)?",
    r"indstilling (?:fra|til) [\wæøå\- ]+",
)
OTHER_HEADING_PATTERNS = (
    r"(?:[\wæøå\-]+ )?[\wæøå\-]+s påtegning",  # "Borgmesterens Afdelings påtegning"
)

# The conjunction that opens each proposal of a recommendation: "Det indstilles, at", "at tidsplanen
# godkendes", "At 1) der gives …".
PROPOSAL_CONJUNCTIONS = ("at",)

# Lead-in sentences of a recommendation list ("Det indstilles, at").
RECOMMENDATION_LEADINS = (
    r"det\s+indstilles",
    r"(?:[\wæøå\-]+\s+){1,5}indstiller",  # "Forvaltningen indstiller", "Kultur og Fritid indstiller"
    r"(?:[\wæøå\-]+\s+){1,5}foreslår",
    r"det\s+foreslås",
    r"det\s+anbefales",
    r"(?:[\wæøå\-]+\s+){1,5}anbefaler",
)
# The verbs those lead-ins are built on: a line holding none of them (lower-cased) is no lead-in,
# the cheap test before the patterns.
RECOMMENDATION_LEADIN_VERBS = ("indstil", "foreslå", "anbefal")

# Headings that group agenda entries and items.
GROUP_HEADINGS = (
    "sager til behandling", "sager til beslutning", "sager til orientering", "sager til drøftelse",
    "punkter til behandling", "punkter til beslutning", "punkter til orientering", "punkter til drøftelse",
    "beslutningssager", "orienteringssager", "drøftelsessager", "temadrøftelse", "temadrøftelser",
    "beslutningspunkter", "orienteringspunkter", "drøftelsespunkter",
    "åbne sager", "lukkede sager", "åbne punkter", "lukkede punkter", "åben dagsorden", "lukket dagsorden",
    "åbne dagsordenspunkter", "lukkede dagsordenspunkter",
    "åben", "åbent", "lukket", "lukkede", "åbne", "velkomst", "afrunding", "afslutning", "indledning",
    "til orientering", "til beslutning", "til drøftelse", "til behandling", "meddelelser",
)

# Lines that say whether an item is public.
ACCESS_WORDS: dict[str, str] = {
    "åben": "open", "åbent": "open", "åbne": "open", "åbent punkt": "open", "åben sag": "open",
    "lukket": "closed", "lukkede": "closed", "lukket punkt": "closed", "lukket sag": "closed",
    "fortroligt": "closed", "fortrolig": "closed",
    "åbne sager": "open", "åbne punkter": "open", "åben dagsorden": "open", "åbent møde": "open",
    "lukkede sager": "closed", "lukkede punkter": "closed", "lukket dagsorden": "closed", "lukket møde": "closed",
    "åbne dagsordenspunkter": "open", "lukkede dagsordenspunkter": "closed",
    "fortroligt punkt": "closed", "fortrolig sag": "closed", "ikke offentlig": "closed", "ikke offentligt": "closed",
    "ikke offentligt punkt": "closed", "offentligt punkt": "open",
}

# Headings over an agenda index.
INDEX_HEADINGS = (
    "indholdsfortegnelse", "indhold", "dagsorden", "dagsordenspunkter", "punkter på dagsordenen",
    "dagsorden og referat", "oversigt over punkter", "punktoversigt", "punkter",
)

# The "any other business" item that closes most agendas; printed without a number after numbered items.
ANY_OTHER_BUSINESS_TITLES = ("eventuelt", "evt", "diverse", "bordet rundt")

# The agenda item that announces the next meeting.
# Minutes kept in English, or a Danish template's English heading: "Next meeting: 12/12 at 19".
ENGLISH_NEXT_MEETING_TITLES = ("next meeting", "next board meeting", "date of next meeting")
ENGLISH_TIME_WORDS = ("at",)  # "12/12 at 19", read as "kl." only after an English title above
NEXT_MEETING_TITLES = ("næste møde", "næste mødedato", "næste møder", "kommende møde", "kommende møder", "mødedatoer", *ENGLISH_NEXT_MEETING_TITLES)
# Words that name the next meeting only as a label before a colon ("Næste gang: 12. november kl. 19"); in a
# sentence they tell of something else ("Næste gang der er arbejdsdag, …").
NEXT_MEETING_LABELS = ("næste gang",)
# Verbs of meeting again that tell the next meeting as a sentence after a short subject ("Vi mødes igen tirsdag
# den 4. marts", "Bestyrelsen mødes igen den …", "Vi ses igen 4/3 kl. 19").
NEXT_MEETING_VERB_PHRASES = ("mødes igen", "ses igen", "mødes næste gang", "næste gang vi mødes")
# Nouns of when that open a sentence about the next meeting: "Datoen for næste møde blev fastsat til den 4. marts."
NEXT_MEETING_WHEN_NOUNS = ("datoen", "dato", "tidspunktet", "tidspunkt")
NEXT_MEETING_WHEN_PREPOSITIONS = ("for", "til")  # "Dato for næste møde", "Dato til næste møde"

# Words a title cannot end with: a line ending so continues on the next ("… pulje til" / "Foreningen X").
DANGLING_WORDS = (
    "af", "for", "fra", "i", "med", "om", "på", "til", "ved", "efter", "under", "over", "mellem", "og",
    "eller", "samt", "en", "et", "den", "det", "de", "vedr.", "vedrørende", "jf.", "ifm.",
    # words that open what the title goes on to name ("… tagrenovering, herunder" / "tidsplan")
    "herunder", "bl.a.", "inkl.", "inklusive", "især", "navnlig", "angående", "ang.", "hos", "mod", "uden",
    "iht.", "ift.", "mht.", "pga.",
)

# Item start words: "Punkt 3", "Pkt. 3", "Dagsordenspunkt 3", "Ad 3)", "Ad pkt. 3".
ITEM_WORDS = ("dagsordenspunkt", "punkt", "pkt.", "pkt", "sag", "emne")  # "Emne 1: Regnskab"
ITEM_NUMBER_WORDS = ("nr.", "nr", "nummer")  # "Punkt nr. 5 - Title"
ITEM_REFERENCE_PREFIX = "ad"  # "Ad 3)", "Ad. pkt. 3": minutes that answer an agenda point by point
ITEM_REFERENCE_WORDS = ("til", "vedr.", "vedr", "vedrørende")  # the same before an item word only: "Til punkt 3:", "Vedr. pkt. 4"
ITEM_OWNER_WORDS = ("dagsordenens", "dagsordens")  # between those and the item word: "Ad dagsordenens punkt 3"
# A heading printed again where an item goes on after a page break: "Punkt 2 (fortsat)", "2. Økonomi (forts.)".
CONTINUATION_WORDS = ("fortsat", "forts", "fortsættelse", "fortsætter")
ITEM_PLACE_PHRASES = ("på dagsordenen",)  # after the number: "Ad punkt 3 på dagsordenen: Regnskab"
ITEM_NUMBER_JOINERS = (AND_WORD,)  # "Pkt. 4 og 5": one label for two items

# Words a page number is printed with: "Side 3 af 9", "Page 2 of 5", "s. 4".
PAGE_WORDS = ("side", "page", "s.")
PAGE_OF_WORDS = ("af", "of", "ud af")

# The noun "møde" (meeting) in its forms, alone or ending a compound: "Næste bestyrelsesmøde",
# "Referat af byrådsmødet", "Bestyrelsens møde den 3. maj".
MEETING_NOUN_FORMS = ("møde", "mødet", "møder")

# Meeting words in title lines: "Referat af generalforsamling i Vandværket", "… møde i Ældrerådet".
MEETING_WORDS = (*MEETING_NOUN_FORMS, "generalforsamling", "generalforsamlingen", "årsmøde", "repræsentantskabsmøde")
MEETING_QUALIFIERS = ("ordinær", "ekstraordinær", "ordinære", "ekstraordinære", "ordinært", "ekstraordinært", "konstituerende")

# Web page navigation and banners that are never the meeting's body: "Skip til hovedindholdet".
WEB_NAVIGATION_WORDS = (
    "til indhold", "til hovedindhold", "til hoved indhold", "skip to", "you are here", "du er her", "cookie",
    "log ind", "hovedmenu", "forside", "link til",
)

# Dates that are not the meeting's: when the minutes were written, sent or put on the web
# ("Sendt 28. oktober", "Sidst opdateret 3. maj 2024", "Viborg, den 15. november 2007").
WRITTEN_DATE_WORDS = (
    "sendt", "udsendt", "udsendelsesdato", "sidst opdateret", "opdateret", "offentliggjort", "publiceret",
    "dato for udsendelse", "udskrevet", "godkendt den", "underskrevet",
)

# Sentences that close a meeting and give its end time: "Mødet sluttede kl. 21.30".
CLOSING_SUBJECTS = ("mødet", "generalforsamlingen", "forsamlingen", "møde")
CLOSING_VERBS = ("sluttede", "slutter", "slut", "afsluttet", "afsluttedes", "hævet", "hævedes", "lukket", "lukkede")
# "Formanden afsluttede mødet kl. 21.20": the chair closing the meeting, the verb before the meeting word.
CLOSING_ACTIVE_VERBS = ("afsluttede", "lukkede", "hævede")
CLOSING_AUXILIARIES = ("blev", "var")  # "Mødet blev hævet kl. 21.30", "Mødet var slut kl. 21.15"
# "Mødet blev holdt i kælderlokalet": the auxiliaries before a place line's verb (PLACE_LEAD_VERBS).
PLACE_LEAD_AUXILIARIES = ("blev", "bliver", "er", "var")
# "Mødet startede kl. 15.30 og sluttede kl. 17.10": the start told in the same sentence.
OPENING_VERBS = ("startede", "begyndte", "blev åbnet", "åbnedes", "påbegyndt", "påbegyndtes")

# Absence told in sentences: "Der er afbud fra A og B.", "A og B var fraværende.", "A deltog ikke."
ABSENCE_BEFORE_NAMES = (
    "meldt afbud fra", "afbud fra", "afbud modtaget fra", "modtaget afbud fra", "mødt undtagen", "til stede undtagen", "mødt, bortset fra", "mødt bortset fra",
    "til stede, bortset fra", "mødt, undtagen",
    # the whole body but some: "Til stede var hele bestyrelsen undtagen Lise Kamp."
    "bestyrelsen undtagen", "medlemmer undtagen", "alle undtagen", "på nær", "med undtagelse af",
)
ABSENCE_AFTER_NAMES = (
    "var fraværende", "er fraværende", "har været fraværende", "deltog ikke", "havde meldt afbud", "har meldt afbud",
    "meldte afbud", "var indkaldt, men mødte ikke", "mødte ikke", "udeblev",
    "havde sendt afbud", "har sendt afbud", "sendte afbud", "havde meldt fra", "har meldt fra", "meldte fra",
    "var forhindret", "er forhindret", "var forhindrede", "kunne ikke deltage", "kunne ikke komme", "havde forfald", "har forfald",
    "var syg", "er syg", "var sygemeldt",
)
# What follows "deltog ikke" / "var fraværende" when a person sat out one item, not the meeting:
# "X deltog ikke i sagens behandling" (often in an item's history of an earlier meeting), "Y var
# fraværende under punkt 5". Such a sentence says nothing of the meeting's attendance.
ITEM_ONLY_ABSENCE_TAILS = (
    "i sagens behandling", "i behandlingen", "i behandling af", "under behandlingen", "ved behandlingen",
    "i drøftelsen", "i afstemningen", "under punkt", "under pkt", "ved punkt", "i punkt", "under sagen", "i sagen",
    "i at deltage i", "i at deltage under",  # "Liv Holm var forhindret i at deltage i udvalgets behandling af sagen"
)
# Presence told in sentences: "Eva Dahl deltog i stedet.", "X forlod mødet efter punkt 23." (X was there).
PRESENCE_AFTER_NAMES = (
    "deltog i stedet", "forlod mødet", "erklærede sig inhabil", "mødte som stedfortræder", "mødte som suppleant",
    "deltog som stedfortræder", "deltog som suppleant",
    # arriving late: "Carl Dahl kom kl. 20.", "Eva Lund ankom under punkt 3."
    "ankom", "kom kl.", "kom til mødet", "kom under punkt", "mødte op kl.",
)
# Guests told in sentences: "Som gæst deltog Lis Krog fra kommunen.", "Pia Bech deltog som gæst under punkt 2."
GUEST_BEFORE_NAMES = ("som gæst deltog", "som gæster deltog", "som gæst var inviteret", "som gæster var inviteret")
# The same in words that read as guests only in the header ("Desuden deltog Eva Dahl fra forvaltningen."): in an
# item's text they tell of other events too ("Desuden deltog Anna Holm i konferencen").
HEADER_GUEST_BEFORE_NAMES = ("desuden deltog", "endvidere deltog", "derudover deltog", "herudover deltog")
GUEST_AFTER_NAMES = ("deltog som gæst", "deltog som gæster", "var inviteret som gæst", "deltog under punkt", "deltog under pkt")
# Sentences that tell everyone was there without naming them ("Alle var mødt.", "Alle mødt undtagen Bo Kirk."):
# no attendee is read from them, and a warning says the present are not named.
ALL_PRESENT_STATEMENTS = (
    "alle var mødt", "alle mødt", "alle var til stede", "alle til stede", "alle deltog", "alle medlemmer var mødt",
    "alle medlemmer var til stede", "fuldt fremmøde", "fuldtalligt fremmøde", "bestyrelsen var fuldtallig",
    "hele bestyrelsen var mødt", "hele bestyrelsen var til stede",
)
# Presence stated in sentences (no guess): "Anna Holm og Bo Kirk var til stede.", "Dorte Ravn deltog via Teams."
# A list after a colon, the verb before it telling what the people did: "Følgende udeblev uden afbud: A, B og C.",
# "Følgende deltog: A og B." (absence: the phrases of ABSENCE_AFTER_NAMES after the introducer).
LIST_INTRODUCERS = ("følgende",)
PRESENCE_INTRODUCED = ("deltog", "var til stede", "var tilstede", "var mødt", "mødte")
PRESENCE_STATED_AFTER_NAMES = ("var til stede", "var tilstede", "var mødt", "deltog via", "deltog online", "deltog virtuelt", "deltog telefonisk")
SHARED_ATTRIBUTE_WORDS = ("begge", "alle", "samtlige")  # "A og B (begge X)"

# Labels that web pages glue to their value ("MødestedRådssalen").
GLUED_LABELS = (
    "Indholdsfortegnelse", "Mødested", "Mødelokale", "Lokale", "Udvalg", "Dato", "Tidspunkt",
    "Mødedato", "Bemærkninger", "Fraværende", "Deltagere", "Afbud",
)

# Lines that open the closing block after the last item: signatures, the end of the meeting,
# the note-taker, the next meeting. They are not part of the last item's text.
SIGNATURE_LABELS = ("underskrifter", "underskriftsblad", "underskriftsside", "underskrevet")  # over the signatures
# Sentences that tell when the meeting began or ended ("Mødet sluttede kl. 21.05"): no part of a decision.
MEETING_TIME_SENTENCES = (
    "mødet sluttede", "mødet slut ", "mødet startede", "mødet begyndte", "mødet hævet", "mødet blev hævet", "mødet afsluttet",
    "mødet afsluttedes",
)
CLOSING_BLOCK_STARTS = (
    *SIGNATURE_LABELS, "referent:", "referent ", *MEETING_TIME_SENTENCES,
    "godkendelse af referat:", "referatet godkendt af", "næste møde afholdes", "næste møde:", "næste møde er",
    "med venlig hilsen", "venlig hilsen", "på bestyrelsens vegne", "på rådets vegne", "ref.:", "referent -",
)

# "Næste <noun>møde": the next meeting of some body ("Næste bestyrelsesmøde: 7. juni").
NEXT_MEETING_PREFIX = "næste"

# Case number labels: "Sagsnr.: 19/1234".
# The word alone before a case number on a line of its own: "Sag 306-2009-600".
CASE_WORDS = ("sag", "sagen")
CASE_NUMBER_LABELS = ("sagsid", "sags-id", "sags id", "sagsnr.", "sagsnr", "sagnr.", "sagnr", "sags nr.", "sags nr", "sagsnummer", "j.nr.", "j. nr.", "journalnr.", "journalnummer", "sag nr.", "acadre sagsnr.", "sbsys sagsnr.")

# Labels a reader writes before values it knows from markup or structured data (a case
# number span, an API's meeting fields), so the extractors read them as a printed header.
STRUCTURED_LABELS = {
    "case_number": "Sagsnr.",
    "body": "Udvalg",
    "date": "Dato",
    "location": "Sted",
    "members": "Deltagere",
    "absent": "Afbud",
    "attachments": "Bilag",
    "time": "kl.",
    "minutes": "Referat",
    "agenda": "Dagsorden",
}

# Template residue and web navigation that repeats on pages or screens.
FURNITURE_PHRASES = (
    "click here to enter text.", "click or tap here to enter text.", "klik her for at angive tekst.",
    "klik eller tryk her for at skrive tekst.", "klik her for at skrive tekst.",
    "til toppen", "tilbage til toppen", "til top", "gå til toppen", "tilbage til oversigt",
    "print", "udskriv", "udskriv siden", "del på facebook", "del siden", "læs mere",
    # a document viewer's controls above a transcript of the document
    "størrelse: px", "starte visningen fra side:", "transkript",
)

# The openings of web page furniture lines whose rest varies ("Sidst opdateret den 3. februar 2025").
FURNITURE_LINE_STARTS = (
    "sidst opdateret", "senest opdateret", "opdateret den", "sidst redigeret", "du er her", "du er her:",
    "you are here", "last updated",
)

# Contact details that mark a page footer when the same line comes again and again.
CONTACT_MARKERS = ("www.", "http://", "https://", "@", "tlf.", "tlf:", "telefon", "cvr", "ean-nr", "e-mail")
# Footer field labels found next to page numbers ("Dokument: …").
FOOTER_LABELS = ("dokument", "dok.nr.", "dok. nr.", "dokumentnr.", "filnavn", "sagsnr.", "sags nr.", "version", "udskrevet")

# Conjunctions that follow a suspended compound ("børne- og ungeområdet"): keep the hyphen.
SUSPENDED_HYPHEN_FOLLOWERS = ("og", "eller", "samt", "til", "som", "men", "&")

# Abbreviations that end in a full stop inside a title ("Lokalplan nr. 35", "Budget inkl. Anlæg"): no
# sentence ends there (extract/titles.py). Short words (two letters or fewer) count as abbreviations anyway.
ABBREVIATIONS = frozenset({
    "bl.a", "ca", "evt", "etc", "f.eks", "inkl", "ekskl", "jf", "mht", "mm", "m.m", "nr", "pkt", "pr", "vedr",
    "ang", "iflg", "ifm", "tlf", "stk", "kap", "afd", "adm", "div", "mfl", "m.fl", "o.l", "kl", "ref",
})

# Words in a sentence that announces the agenda ("Generalforsamlingen har følgende dagsorden:"); the
# paragraphs after it may be the items themselves, without printed numbers (extract/items.py).
AGENDA_LEADIN_WORDS = frozenset({"dagsorden", "dagsordenen", "dagsorden:", "dagsordenen:"})

# Finite verbs that make the words after a title's full stop a sentence of description ("Valg af
# revisorer. På valg er …"), not the title's tail ("Fremlæggelse af regnskab. Ved kasserer Bo Holm.").
SENTENCE_VERBS = frozenset({
    "er", "var", "blev", "bliver", "har", "havde", "skal", "skulle", "vil", "ville", "kan", "kunne", "må",
    "måtte", "bør", "får", "fik", "gives", "ønsker", "ønskede", "foreslår", "foreslog", "orienterede",
    "vedtages", "vedtaget", "vedtog", "besluttede", "besluttet", "godkendes", "godkendte", "drøftede", "udsættes",
    "består", "tages", "tog", "aftales", "aftalte", "mødes",
})

# Short words OCR glues to their neighbour when it loses the space between them: at the front
# of a word the engine does not know ("afdirigent", "tilbestyrelsen") or at its end ("Valgtil").
# Only split where the rest is a word the engine knows; "en", "et", "er", "e" are left out as
# endings ("udvalget", "kontingenter") are not glued words.
OCR_GLUED_BEFORE = ("af", "i", "til", "på", "for", "med", "om", "og", "at", "som", "fra", "ved", "den", "det", "der", "de")
OCR_GLUED_AFTER = ("til", "af", "på", "for", "med", "om", "og", "fra", "ved", "som")
# What OCR reads a bullet as, at the start of a line before a capitalised word ("e Godkender …").
OCR_BULLET_LOOKALIKES = frozenset({"e", "o", "«", "»", "+", "*", "°", "«+", "«&", ".&", "&", "¢", "©", "®", ".", "-«"})
# Words a paragraph sign follows ("servicelovens § 85", "vedtægternes § 5", "jf. § 3"): there a
# misread sign ("8", "S", "&") before a number is mended even where no § was read right.
OCR_SECTION_SIGN_CONTEXT = ("lovens", "loven", "vedtægternes", "vedtægterne", "bekendtgørelsens", "jf.", "jfr.", "jævnfør")

# Phrases inside a longer group heading that tell the access of the items under it
# ("Til behandling - for lukkede døre").
ACCESS_PHRASES: dict[str, str] = {"for åbne døre": "open", "for lukkede døre": "closed"}

# Words after an index word that name the meeting the index is for ("Dagsorden til bestyrelsesmøde …").
INDEX_FOR_WORDS = ("til", "for")

# Index headings that name a table of contents outright: what follows is the index even where its
# entries carry no pages and the items are not in the text (an excerpt).
CONTENTS_HEADINGS = ("indholdsfortegnelse", "indhold")
