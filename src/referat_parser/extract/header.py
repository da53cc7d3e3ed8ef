"""The meeting header: body, document type, date, start/end time and location.

Read from the lines before the first item (the agenda index left out). Labelled
fields win ("Dato:", "Tid", "Sted", "Mødested", "Udvalg"); then title lines
("Byrådet - Referat", "Referat fra møde i Ældrerådet den …", "Referat af
bestyrelsesmøde"); then the title block (the line under "Referat").
"""

from __future__ import annotations

import re
from datetime import date

from ..dates import DATE_LEAD, TIME_WORD, DateMatch, find_dates, find_times, first_date, has_date, iso, time_after_date
from ..document import Line
from ..headings import is_column_heading, names_a_body
from ..models import Item, Meeting, Warning
from ..shapes import furniture_shape
from ..textutil import LOWER, UPPER, collapse, folded, key, search_at_words
from ..vocabulary import (
    AGENDA_WITH_MINUTES_WORDS,
    AND_WORD,
    APPROXIMATION_WORDS,
    ATTENDEE_LABELS,
    BODY_LABELS,
    BODY_FIELD_PREPOSITION,
    BODY_NAME_SMALL_WORDS,
    BODY_INSTITUTION_PREPOSITIONS,
    BODY_OWNER_PREPOSITIONS,
    BODY_OWNER_WORDS,
    BODY_NOUNS,
    CLOSING_ACTIVE_VERBS,
    CLOSING_AUXILIARIES,
    CLOSING_SUBJECTS,
    CLOSING_VERBS,
    DATE_LABELS,
    DATE_LEAD_WORDS,
    DOCUMENT_TYPES,
    END_TIME_LABELS,
    LOCATION_LABELS,
    MEETING_BODY_PREPOSITIONS,
    MEETING_HOST_PREPOSITIONS,
    MEETING_NOUN_FORMS,
    MEETING_QUALIFIERS,
    MEETING_WORDS,
    MINUTES_EVIDENCE,
    MONTHS,
    OPENING_VERBS,
    ORGANIZATION_FORM_PREFIXES,
    ORGANIZATION_FORMS,
    PLACE_LEAD_AUXILIARIES,
    PLACE_LEAD_VERBS,
    PLACE_WORD_ENDINGS,
    PLACE_WORD_PARTS,
    PLACE_PREPOSITIONS,
    ROLE_LABELS,
    START_TIME_LABELS,
    TIME_LABELS,
    TITLE_PREPOSITIONS,
    UNIT_WORDS,
    WEB_NAVIGATION_WORDS,
    WEEKDAYS,
    WRITTEN_DATE_WORDS,
)
from .labels import HEADER_FIELD_LABELS, split_at_labels, split_joined_label, split_label
from .next_meeting import BARE_DAY_MONTH, MAX_PLACE_WORDS, TIME_AFTER_PLACE, is_next_meeting, place_after_when

MAX_HEADER_LINE_CHARS = 1000  # header fields are short; a huge line is read at its start only
TITLE_BLOCK_LINES = 6  # lines under the document-type title that may name the body
MAX_BODY_WORDS = 8
MAX_TITLE_WORDS = 10

_TYPE_WORDS = re.compile(rf"\b({'|'.join(DOCUMENT_TYPES)})\b", re.IGNORECASE)
_BODY_NOUN_ALT = "|".join(sorted(BODY_NOUNS, key=len, reverse=True))
_MEETING_NOUN = "|".join(MEETING_NOUN_FORMS)  # "møde|mødet|møder"
_COMPOUND_MEETING = re.compile(rf"\b([a-zæøå]*?(?:{_BODY_NOUN_ALT}))s?(?:{_MEETING_NOUN})\b", re.IGNORECASE)
_MEETING_ALT = "|".join(sorted(MEETING_WORDS, key=len, reverse=True))
_TITLE_PREPOSITION = "|".join(TITLE_PREPOSITIONS)  # "Referat fra …"
_BODY_NAME_SMALL_WORD = rf"(?:{'|'.join(BODY_NAME_SMALL_WORDS)})\b"  # "Udvalget for Teknik og Miljø"; not the "af" of "afd."
_UNIT = rf"(?:{'|'.join(map(re.escape, UNIT_WORDS))})\s*\d+\b"  # "afd. 3"
# "Plan- og udviklingsudvalget", "Udvalget for Børn & Ungdom": the second half of a pair of compounds, in
# lower case after the first half's hyphen, and "&" between words of a name
_PAIRED_HALF = rf"(?<=-\s{AND_WORD}\s)[a-zæøå][\wæøå]*|&(?=\s)"
MAX_FIELD_WORDS = 4
# "Udvalg for regional udvikling": after "for", the body's field in lower case, up to a date or time
_FIELD_AFTER_FOR = (
    rf"(?<=\s{BODY_FIELD_PREPOSITION}\s)(?!(?:{DATE_LEAD}|{TIME_WORD})(?![\wæøå]))[a-zæøå][\wæøå\-]*"
    rf"(?:\s+(?!(?:{DATE_LEAD}|{TIME_WORD})(?![\wæøå]))[a-zæøå][\wæøå\-]*){{0,{MAX_FIELD_WORDS - 1}}}"
)
_MEETING_IN = re.compile(
    rf"(?:{_MEETING_ALT})\s+(?:{'|'.join(MEETING_BODY_PREPOSITIONS)})\s+"
    rf"(?P<name>[A-ZÆØÅ][\wÆØÅæøå\-.&/]*(?:\s+(?:[A-ZÆØÅ][\wÆØÅæøå\-.&/]*|{_UNIT}|{_FIELD_AFTER_FOR}|{_BODY_NAME_SMALL_WORD}|{_PAIRED_HALF}))*)"
)
_INSTITUTION_AFTER = re.compile(
    rf"^\s+(?:{'|'.join(BODY_INSTITUTION_PREPOSITIONS)})\s+(?P<institution>{UPPER}[\wæøå\-]*(?:\s+{UPPER}[\wæøå\-]*)*)(?=$|[\s,.])"
)  # "Nordlys Energi A/S"
_NAME_END = re.compile(rf",|\s+(?:{DATE_LEAD})\s|\s+\d")  # "Ældrerådet, …", "… den 3. maj", "… 3. maj"
# "Økonomiudvalgets møde den 3. marts 2025", "Kommunalbestyrelsens møde …": the body in the genitive before its meeting
_GENITIVE_MEETING = re.compile(
    rf"^\W*(?:(?:{'|'.join(DOCUMENT_TYPES)})\s+(?:{'|'.join(TITLE_PREPOSITIONS)})\s+)?"  # "Referat af Handicaprådets møde"
    rf"(?P<name>[A-ZÆØÅ][\wÆØÅæøå\-]*(?:\s+(?:[A-ZÆØÅ][\wÆØÅæøå\-]*|{_BODY_NAME_SMALL_WORD}))*?)s\s+(?:{_MEETING_NOUN})\b",
    re.IGNORECASE,
)
_TYPE_FROM = re.compile(
    rf"^\W*(?:{'|'.join(DOCUMENT_TYPES)})\s+(?:{_TITLE_PREPOSITION})\s+(?P<name>[A-ZÆØÅ][\wÆØÅæøå\-]*(?:\s+(?:[A-ZÆØÅ][\wÆØÅæøå\-]*|{_BODY_NAME_SMALL_WORD}))*)",
    re.IGNORECASE,
)
_MEETING_WORDS = re.compile(rf"\b(?:{'|'.join((*MEETING_WORDS, *MEETING_QUALIFIERS))})\b", re.IGNORECASE)
# "Afdelingsmøde i afdeling 12, Solbakken": a meeting of a numbered unit named by the compound's own noun,
# the unit's name after a comma
_NUMBERED_UNIT_MEETING = re.compile(
    rf"\b(?P<stem>[a-zæøå]{{3,}}?)s?(?:{_MEETING_NOUN})\s+(?:{'|'.join(MEETING_BODY_PREPOSITIONS)})\s+"
    rf"(?P<name>(?P=stem)\s+\d+[a-zæøå]?\b(?:,\s*{UPPER}[\wæøå\-]*(?:\s+{UPPER}[\wæøå\-]*)*)?)",
    re.IGNORECASE,
)
_DASH_TITLE = re.compile(r"^(?P<a>.+?)\s+[-–—|]\s+(?P<b>.+)$")
_DASH_SPLIT = re.compile(r"\s+[-–—|]\s+")
# "kl. 21", "ca. kl. 21.30", and a time of day with its minutes without "kl." ("sluttede 21.10", "ca. 21.30")
_CLOCK = (
    rf"(?:(?:{'|'.join(map(re.escape, APPROXIMATION_WORDS))})\s*)?"
    rf"(?:(?:{TIME_WORD})\s*\d{{1,2}}(?:[.:]\d{{2}})?|\d{{1,2}}[.:]\d{{2}}(?![\d.:]*\d))"
)
_OPENING = rf"(?P<opening>(?:{'|'.join(OPENING_VERBS)})\s*{_CLOCK})"


_CLOSING = re.compile(
    rf"\b(?:{'|'.join(CLOSING_SUBJECTS)})\s+(?:{_OPENING}\s+{AND_WORD}\s+)?(?:(?:{'|'.join(CLOSING_AUXILIARIES)})\s+)?"
    rf"(?:{'|'.join(CLOSING_VERBS)})\s*:?\s*{_CLOCK}",  # "Mødet slut: 21.15"
    re.IGNORECASE,
)
# "Formanden afsluttede mødet kl. 21.20": searched only where the verb is in the text (a literal search, no per-position pattern)
_CLOSING_ACTIVE = re.compile(rf"\b(?:{'|'.join(CLOSING_ACTIVE_VERBS)})\s+(?:{'|'.join(CLOSING_SUBJECTS)})\s*{_CLOCK}", re.IGNORECASE)
_PLACE_WORD = re.compile(rf"(?:{'|'.join(PLACE_WORD_ENDINGS)})\b|{'|'.join(PLACE_WORD_PARTS)}", re.IGNORECASE)  # "Skolevej", "Rådhuset"
_POSTCODE = re.compile(rf"\b\d{{4}}\s+{UPPER}")  # a postcode before its town ("8600 Silkeborg"), not a year ("Referat 2023")


def _address_hint(text: str) -> bool:
    """A postcode, a street or a word for a building or room: the text may name a place."""
    return bool(_POSTCODE.search(text) or _PLACE_WORD.search(text))
_ROOM_DESIGNATION = re.compile(r"^(?:\d{1,4}|[A-ZÆØÅ]{1,2})(?:,|\s|$)")  # "A, Rådhuset", "114 på …"
_OPENING_SENTENCE = re.compile(rf"\b(?:{'|'.join(CLOSING_SUBJECTS)})\s+{_OPENING}", re.IGNORECASE)
_STREET_NUMBER = re.compile(rf"\b{UPPER}\w+\s+(?!(?:19|20)\d{{2}}\b)\d{{1,4}}[A-Za-z]?\b(?![.:/]\d)")  # "Skolevej 3", "Nicolaiplads 6"; not a year
_WEEKDAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b", re.IGNORECASE)
_MONTH_WORD = re.compile(rf"^(?:{'|'.join(MONTHS)})\.?$", re.IGNORECASE)
_WEB_NAVIGATION = re.compile("|".join(re.escape(w) for w in WEB_NAVIGATION_WORDS), re.IGNORECASE)
_WRITTEN_BEFORE = re.compile(
    rf"(?:\b(?:{'|'.join(map(re.escape, WRITTEN_DATE_WORDS))})\b[\s:,]*(?:{DATE_LEAD})?\s*|\b(?!(?:{'|'.join(WEEKDAYS)})\b){UPPER}\w+,\s+(?:{DATE_LEAD})\s+)$", re.IGNORECASE
)  # "Sendt 28. oktober", "Viborg, den 15. november 2007": written, sent, updated ("torsdag, den 9. …" is the meeting's day)
MAX_WRITTEN_MARK_CHARS = 30
# A title's lead before the body: "Referat for", "REFERAT", "Referat. af mødet i", "Generalforsamling i"
_TYPE_ALT = "|".join(sorted(DOCUMENT_TYPES, key=len, reverse=True))
_QUALIFIER_ALT = "|".join(MEETING_QUALIFIERS)
_TITLE_LEAD = re.compile(
    rf"^\W*(?P<type>(?:{_TYPE_ALT})\b\.?\s*)?(?:(?:{_TITLE_PREPOSITION})\s+)?(?:(?:{_QUALIFIER_ALT})\s+)?"
    rf"(?P<meeting>(?:{_MEETING_ALT})\s+(?:{'|'.join((*MEETING_BODY_PREPOSITIONS, *MEETING_HOST_PREPOSITIONS))})\s+)?",
    re.IGNORECASE,
)
_TITLE_END = re.compile(  # "Byrådet Referat fra møde …", "Økonomiudvalget. Referat fra møde …": the type word ends the name too
    rf"\s(?:{DATE_LEAD}|(?:{TIME_WORD})\b)|\s[-–—|]\s|,|\b(?:{_MEETING_ALT}|{_QUALIFIER_ALT})\b|\b(?:{'|'.join(WEEKDAYS)})\b"
    rf"|\s(?:{_TYPE_ALT})\b", re.IGNORECASE
)
MAX_WRAPPED_TITLE_WORDS = 3
_QUALIFIER_LEAD = re.compile(rf"^(?:{_QUALIFIER_ALT})\s+", re.IGNORECASE)  # "Ekstraordinært " before a meeting word
_MEETING_ONLY = re.compile(rf"^(?:(?:{_QUALIFIER_ALT})\s+)?(?:{_MEETING_ALT})$", re.IGNORECASE)  # "GENERALFORSAMLING"
MAX_SHOWN_TITLE_CHARS = 80


_ANY_HEADER_LABEL = (*HEADER_FIELD_LABELS, *ATTENDEE_LABELS, *ROLE_LABELS)
_AGENDA_WITH_MINUTES = re.compile(rf"\b(?:{'|'.join(AGENDA_WITH_MINUTES_WORDS)})\b", re.IGNORECASE)


def is_web_navigation(text: str) -> bool:
    """'Gå til indhold', 'Forsiden | Kontakt | …', 'X logo, link til forsiden': a web page's
    navigation, which the header never reads a field from."""
    return bool(_WEB_NAVIGATION.search(text))


def document_type(header: list[str], full_text: str) -> str | None:
    """'referat' or 'dagsorden' from the title line; else 'referat' where the text shows
    it records what happened (Referent, Beslutning, "blev godkendt")."""
    best: tuple[int, int, str] | None = None  # (score, -position, type)
    for position, text in enumerate(header):
        k = key(text)
        if text.rstrip().endswith(":"):
            continue  # "Dagsorden var:", "Referat:": a heading over a list, not the document's title
        if k in DOCUMENT_TYPES:
            candidate = (3, -position, DOCUMENT_TYPES[k])
        else:
            m = _TYPE_WORDS.search(text)
            if not m:
                continue
            words = len(text.split())
            score = 2 if m.start() < 12 and words <= MAX_TITLE_WORDS else (1 if words <= MAX_TITLE_WORDS else 0)
            for part in _DASH_TITLE.findall(text):
                if any(key(p) in DOCUMENT_TYPES for p in part):
                    score = 3
            candidate = (score, -position, DOCUMENT_TYPES[m.group(1).lower()])
        if best is None or candidate > best:
            best = candidate
    if best:
        if best[2] == "dagsorden" and _AGENDA_WITH_MINUTES.search(header[-best[1]]):
            return "referat"  # "Dagsorden og referat", "Dagsorden med beslutninger": the minutes print the agenda with them
        if best[2] == "dagsorden" and any(DOCUMENT_TYPES.get(key(text)) == "referat" for text in header):
            return "referat"  # "Dagsorden" and "Referat" each on a line of its own (a web page's tabs): the minutes
        if best[2] == "dagsorden" and best[0] == 3 and _titled_minutes_above(header[: -best[1]]):
            return "referat"  # "Referat 2. juni 2021" over a bare "Dagsorden": the minutes' heading over their agenda
        return best[2]
    lowered = folded(full_text)
    return "referat" if any(word in lowered for word in MINUTES_EVIDENCE) else None


def _titled_minutes_above(lines: list[str]) -> bool:
    """A title line opening with the minutes' word ('Referat 2. juni 2021', 'Referat af skolebestyrelsesmøde')
    above the agenda's bare heading."""
    for text in lines:
        m = _TYPE_WORDS.match(text.strip())
        if m and DOCUMENT_TYPES[m.group(1).lower()] == "referat" and len(text.split()) <= MAX_TITLE_WORDS and not text.rstrip().endswith(":"):
            return True
    return False


def definite_body(noun: str) -> str:
    """'bestyrelse' → 'Bestyrelsen', 'menighedsråd' → 'Menighedsrådet'."""
    noun = noun.lower()
    return (noun + ("n" if noun.endswith("e") else "et")).capitalize()


def _body_from_dashed(text: str) -> str | None:
    """'Byrådet - Referat', 'Referat – Socialudvalget – 9. januar 2025', 'Økonomiudvalget | 3. marts 2025':
    the one part that is neither the document type nor a date names the body."""
    parts = [p.strip() for p in _DASH_SPLIT.split(text) if p.strip()]
    if len(parts) < 2:
        return None
    rest = [p for p in parts if key(p) not in DOCUMENT_TYPES and not has_date(p) and not _is_meeting_word(p) and not _is_bare_title(p)]
    if len(rest) == 1 and len(rest) < len(parts) and _could_be_body(rest[0]):
        held = _MEETING_IN.search(rest[0])  # "Referat – Bestyrelsesmøde i Idrætsforeningen Fremad"
        return (_NAME_END.split(held.group("name"))[0].strip(" .") or rest[0]) if held else rest[0]
    return None


def _body_before_colon(text: str) -> str | None:
    """'Vestby Roklub: Referat af bestyrelsesmøde': a name that names a body before a colon, the document's
    title after it (a label's colon is no such title: 'Referat: Anna Holm')."""
    name, colon, title = text.partition(":")
    title = title.strip()
    if not colon or not title or not (key(title) in DOCUMENT_TYPES or _is_bare_title(title) or _is_meeting_word(title)):
        return None
    name = name.strip()
    return name if _could_be_body(name) and _names_a_body(name) else None


def _is_meeting_word(text: str) -> bool:
    """'Bestyrelsesmøde', 'Ordinær generalforsamling', 'Ekstraordinært Ældrerådsmøde': the kind of meeting, no body's name."""
    m = _COMPOUND_MEETING.fullmatch(_QUALIFIER_LEAD.sub("", text.strip()))
    return bool(m or _MEETING_ONLY.match(text.strip()))


def _body_from_sentences(text: str) -> str | None:
    """'Nordby Kommune. Kommunalbestyrelsen. Referat': title parts apart by full stops, each
    capitalised; of those that are not the document type, the last that names a body."""
    parts = [p.strip() for p in text.split(". ") if p.strip()]
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts) or not any(key(p) in DOCUMENT_TYPES for p in parts):
        return None
    bodies = [_held_in(p.rstrip(".")) for p in parts if key(p) not in DOCUMENT_TYPES]
    bodies = [b for b in bodies if _could_be_body(b) and _names_a_body(b)]
    return bodies[-1] if bodies else None


def _held_in(part: str) -> str:
    """'Ordinært møde i Ældrerådet' → 'Ældrerådet': the body a part names as where the meeting was held."""
    m = _MEETING_IN.search(part)
    return (_cut_name(m.group("name")) or part) if m else part


def body_from_title(text: str) -> str | None:
    """The body named in a title line, or None; a line that goes on with header fields ('… i
    Ældrerådet Dato: Onsdag den 17. december 2014 Sted: …', a table flattened into it) is read up to them."""
    text = split_at_labels(text, HEADER_FIELD_LABELS)[0]
    unit = _NUMBERED_UNIT_MEETING.search(text)
    if unit:
        return unit.group("name")
    dashed = _body_from_dashed(text) or _body_from_sentences(text) or _body_before_colon(text)
    if dashed:
        return dashed
    m = _MEETING_IN.search(text)
    if m and _is_owner_alone(_cut_name(m.group("name"))) and (compound := _COMPOUND_MEETING.search(text)) and compound.end() > m.start():
        return definite_body(compound.group(1))  # "Referat af byrådsmøde i Vestby Kommune": the council, not its municipality
    if m:
        name = _cut_name(m.group("name"))
        if name and name == m.group("name") and (number := _HOUSE_NUMBER_END.match(text[m.end("name") :])) and _STREET_NUMBER.search(name + number.group()):
            return name + number.group().rstrip(" .")  # "Ejerforeningen Strandvejen 12": the street and number name it
        if name:
            return name + _institution_after(name, text[m.end("name") :]) if name == m.group("name") else name
    if _TYPE_WORDS.search(text):
        m = _COMPOUND_MEETING.search(text)
        if m:
            return _name_after(text[m.end():]) or definite_body(m.group(1))
    m = _GENITIVE_MEETING.match(text)
    if m and names_a_body(m.group("name").split()[-1]):
        return m.group("name")
    m = _TYPE_FROM.match(text)
    if m and m.group("name")[:1].isupper():
        name = re.sub(rf"s\s+(?:{_MEETING_NOUN})\b.*$", "", m.group("name")).strip()
        if not _MEETING_WORDS.search(name):
            return name
    return body_cut_from_title(text)


_HOUSE_NUMBER_END = re.compile(r"^\s+\d{1,3}[A-Za-z]?\s*\.?$")
_UNIT_END = re.compile(rf"\s+{_UNIT}$")


def _cut_name(name: str) -> str:
    """The name before a comma, date or number ('Ældrerådet, …', '… den 3. maj'); a unit's number at its end
    stays ('Boligforeningen Lyngbo afd. 3')."""
    unit = _UNIT_END.search(name)
    head = name[: unit.start()] if unit else name
    cut = _NAME_END.split(head)[0]
    return (cut + unit.group(0) if unit and cut == head else cut).strip(" .")


def _institution_after(name: str, rest: str) -> str:
    """' på Nordby Skole' after 'Skolebestyrelsen': the institution whose body it is; '' where what follows
    names a place ('på Rådhuset') or the name names no body."""
    m = _INSTITUTION_AFTER.match(rest)
    if m is None or not _names_a_body(name) or _address_hint(m.group("institution")) or has_date(m.group("institution")):
        return ""
    return m.group(0).rstrip()


def _name_after(rest: str) -> str | None:
    """'Referat bestyrelsesmøde Spejdergruppen Ulvene 11.03.2025': the capitalised name after the
    meeting word (a preposition before it, a date or time after it left out) holds the meeting."""
    rest = _MEETING_NUMBER.sub("", rest)  # "bestyrelsesmøde nr. 3/2024 i Vestby Roklub": the meeting's number
    dates = find_dates(rest)
    cut = dates[0].start if dates else len(rest)
    end = _TITLE_END.search(rest[:cut])
    name = re.sub(rf"^\W*(?:(?:{'|'.join(MEETING_BODY_PREPOSITIONS)})\s+)?", "", rest[: end.start() if end else cut], flags=re.IGNORECASE)
    name = name.strip(" .,:;-–")
    if name.count(")") > name.count("("):
        name = name.rstrip(")").strip()  # "bestyrelsesmøde (Vestby Roklub)"
    return name if name[:1].isupper() and _could_be_body(name) else None


_MEETING_NUMBER = re.compile(r"^\s*(?:nr\.?\s*)?\d{1,3}(?:\s*/\s*\d{2,4})?(?=\s)", re.IGNORECASE)


def body_cut_from_title(text: str, untitled: bool = False) -> str | None:
    """The body cut out of a title line: the document type and meeting word before it, the
    date, weekday, time or meeting word after it: "REFERAT Vestby Byråd d. 14-03-2024",
    "Referat for Søvang Løbeklub ekstraordinære generalforsamling d. …", "GENERALFORSAMLING I
    NORDSKOV ROKLUB"; with `untitled` (the document's first line) also "Miljøudvalget onsdag den
    3. maj 2023 kl. 15.00", where what is left must name a body (…udvalget, …rådet)."""
    lead = _TITLE_LEAD.match(text)
    rest = text[lead.end() :] if lead else text
    titled = bool(lead and (lead.group("type") or lead.group("meeting")))
    cut = len(rest)
    dates = find_dates(rest)
    if dates:
        cut = dates[0].start
    end = _TITLE_END.search(rest[:cut])
    if end:
        cut = end.start()
    name = rest[:cut].strip(" .,:;-–")
    if not name or not name[:1].isupper() or key(name) in DOCUMENT_TYPES or not _could_be_body(name):
        return None
    if rest.lstrip().startswith(":") and not _names_a_body(name):
        return None  # "Referat: Anna Holm": the minute-taker under the document's word as a label
    if titled or (untitled and cut < len(rest) and _names_a_body(name)):
        return name
    return None


def _labelled(lines: list[str], labels: tuple[str, ...]) -> list[str]:
    """Values of the lines labelled with `labels`: "Sted: Rådhuset", or "Sted" alone on its
    line with "Rådhuset" on the next (a table's cells read one under the other)."""
    return [value for _, value in _labelled_lines(lines, labels)]


def _field_label(text: str, labels: tuple[str, ...]) -> tuple[str, str] | None:
    """(label as printed, value) for a line opening with one of `labels`, alone or joined with another
    header label ("Dato/tid: …", "Tid og sted: …")."""
    return split_joined_label(text, labels) or split_label(text, labels)


def _labelled_lines(lines: list[str], labels: tuple[str, ...]) -> list[tuple[str, str]]:
    """(labelled line, its value) for each line labelled with `labels`."""
    found_values = []
    for i, text in enumerate(lines):
        found = _field_label(text, labels)
        if not found:
            continue
        if found[1] and not found[1].endswith(":"):  # "Mødested: Udsendelsesdato:" holds no place
            found_values.append((text, found[1]))
        elif not found[1] and i + 1 < len(lines) and not split_label(lines[i + 1], _ANY_HEADER_LABEL):
            found_values.append((text, lines[i + 1]))
    return found_values


def _room_named_by_label(text: str) -> str | None:
    """'Mødelokale A, Rådhuset', 'Lokale 114 på Rådhuset': a word for a room followed, after a
    space only, by the room's letter or number names the room; it is no label, the whole line
    is the place."""
    label = split_label(text, LOCATION_LABELS)
    if not label:
        return None
    after = text.strip()[len(label[0]) :]
    if after[:1] == " " and _ROOM_DESIGNATION.match(label[1]):
        return _place(text)
    return None


def find_body_and_how(header: list[str]) -> tuple[str | None, bool]:
    """The body, and whether it was inferred (cut out of a title line by its surroundings, or
    made from a compound like "Bestyrelsesmøde") rather than printed as a name of its own."""
    body = _find_body(header)
    if not body:
        return None, False
    for text in _join_wrapped_title(header):
        if text != header[0] or text in header:
            continue
        if body_from_title(text) and not (_body_from_dashed(text) or _MEETING_IN.search(text) or _TYPE_FROM.match(text)):
            return _without_date_words(body), True  # a title in capitals wrapped over two lines
    inferred = not any(body in t or _printed_apart(body, t) for t in header) or any(
        body_cut_from_title(t) == body and not (_body_from_dashed(t) or _MEETING_IN.search(t) or _TYPE_FROM.match(t)) for t in header
    )
    return _without_date_words(body), inferred


def _printed_apart(body: str, text: str) -> bool:
    """The body is the whole line, or one part of a line apart by dashes or full stops."""
    return key(body) == key(text) or key(body) in {key(p) for p in _DASH_SPLIT.split(text)}


def _find_body(header: list[str]) -> str | None:
    body = _find_body_as_printed(header)
    return _without_owner(body) if body else None


_OWNER_SEPARATOR = re.compile(r"(,\s*|\s+[-–—|]\s+)")
# "Ældrerådet i Vestby Kommune", "Regionsrådet i Region Syddanmark": the owner after a preposition, at the end
_OWNER_AFTER_PREPOSITION = re.compile(rf"\s+(?:{'|'.join(BODY_OWNER_PREPOSITIONS)})\s+(?P<owner>{UPPER}\S*(?:\s+\S+){{0,2}})$", re.IGNORECASE)


def _owner_after_preposition(text: str) -> re.Match[str] | None:
    m = _OWNER_AFTER_PREPOSITION.search(text) if " " in text else None
    return m if m and m.group("owner")[:1].isupper() and _is_owner(m.group("owner")) and not _names_a_body(m.group("owner")) else None


def _without_owner(body: str) -> str:
    """'Ældrerådet, Vestby Kommune', 'Vestby Kommune - Økonomiudvalget', 'Ældrerådet i Vestby Kommune' → the body alone:
    the municipality or region before or after it is whose body it is, not part of its name (Meeting.organization)."""
    if owned := _owner_after_preposition(body):
        body = body[: owned.start()]
    parts = _OWNER_SEPARATOR.split(body)  # names and the separators between them
    if len(parts) < 3:
        return body
    if _is_owner(parts[-1]):
        parts = parts[:-2]
    elif _is_owner(parts[0]):
        parts = parts[2:]
    return "".join(parts).strip() or body


def owner_beside(body: str, header: list[str]) -> str | None:
    """'Vestby Kommune' where a header line prints the body with its municipality or region beside it
    ('Ældrerådet, Vestby Kommune', 'Vestby Kommune - Økonomiudvalget'), cut off the body's name."""
    wanted = key(body)
    for line_no, text in enumerate(header):
        if wanted not in key(text):
            continue
        if key(text) == wanted:  # the body alone on its line, its municipality on the line above or under it
            beside = [header[other] for other in (line_no - 1, line_no + 1) if 0 <= other < len(header)]
            if owner := next((b.strip() for b in beside if _is_owner_alone(b)), None):
                return owner
        parts = [p.strip() for p in _OWNER_SEPARATOR.split(text)[::2]]  # the names, the separators left out
        for part_no, part in enumerate(parts):
            if key(part).startswith(wanted + " ") and (owned := _owner_after_preposition(part)):
                return owned.group("owner")  # "Ældrerådet i Vestby Kommune"
            if key(part) == wanted or key(part).endswith(" " + wanted):
                beside = [parts[other] for other in (part_no + 1, part_no - 1) if 0 <= other < len(parts)]
                owner = next((b for b in beside if _is_owner(b)), None)
                if owner:
                    return owner
    return None


MAX_OWNER_WORDS = 3  # "Region Vest", "Vestby Kommune", "Region Syddanmark"


def _is_owner_alone(text: str) -> bool:
    """'Vestby Kommune', 'Region Vest' as a whole line: the municipality or region, no body's name."""
    return len(text.split()) <= MAX_OWNER_WORDS and _is_owner(text) and not _names_a_body(text)


def _is_owner(text: str) -> bool:
    """'Vestby Kommune', 'Region Vest': a municipality or region, its word last or (a region) first."""
    words = text.split()
    return bool(words) and (words[-1].lower() in BODY_OWNER_WORDS or (len(words) <= MAX_OWNER_WORDS and words[0].lower() in BODY_OWNER_WORDS))


def _find_body_as_printed(header: list[str]) -> str | None:
    for value in _labelled(header, BODY_LABELS):
        if value[:1].isupper() and not has_date(value):
            return collapse(value)
    titles = _join_wrapped_title(header)
    for i, text in enumerate(titles):
        body = body_from_title(text)
        if body:
            return collapse(_named_in_full(text, body, titles, i) or body)
    for i, text in enumerate(header):
        if _is_meeting_title(text):
            following = next((t for t in header[i + 1 : i + 1 + TITLE_BLOCK_LINES] if t.strip()), "")
            if _could_be_body(following) and _names_a_body(following):
                return collapse(following)  # "Generalforsamling 2024" over "Nordby Idrætsforening"
        if _is_title_line(text):
            before = next((t for t in reversed(header[:i]) if t.strip()), None)
            named_before = before if before and _could_be_body(before) and _names_a_body(before) else None
            for following in header[i + 1 : i + 1 + TITLE_BLOCK_LINES]:
                if _is_owner_alone(following):
                    continue  # "Vestby Kommune" over "Ældrerådet": whose body it is
                if _could_be_body(following):
                    # "Lokalrådet for Nørreby" over the title wins over "Nørreby Forsamlingshus, Hovedgaden 33" under it
                    return collapse(following if _names_a_body(following) or named_before is None else named_before)
                if cut := body_cut_from_title(following, untitled=True):
                    return collapse(cut)  # "Referat" over "Erhvervsudvalget onsdag den 6. marts 2024 kl. 19.00"
                if following.strip() and not _is_when_line(following):
                    break
            if before and _could_be_body(before) and (key(text) in DOCUMENT_TYPES or _is_bare_title(text) or _names_a_body(before)):
                return collapse(before)
    first = _without_trailing_type(_without_date_words(next((t for t in header if t.strip() and not is_web_navigation(t)), "")))
    if _could_be_body(first) and _names_a_body(first):
        return collapse(first)  # "Grundejerforeningen Engparken" over "Bestyrelsesmøde 14.05.2024"; "Byrådet Referat"
    cut = body_cut_from_title(first, untitled=True)
    if cut:
        return collapse(cut)  # "Miljøudvalget onsdag den 3. maj 2023 kl. 15.00"
    for i, text in enumerate(header):
        m = _COMPOUND_MEETING.match(text.strip())
        if m and len(text.split()) <= MAX_TITLE_WORDS:
            body = definite_body(m.group(1))  # "Bestyrelsesmøde 3. april 2024" → "Bestyrelsen"
            return _named_in_full(text, body, header, i) or body
    return None


def _without_trailing_type(text: str) -> str:
    """'Byrådet Referat', 'Økonomiudvalget DAGSORDEN' → the body before the document's type."""
    words = text.split()
    return " ".join(words[:-1]) if len(words) > 1 and key(words[-1]) in DOCUMENT_TYPES else text


def _named_in_full(title: str, body: str, lines: list[str], i: int) -> str | None:
    """'Referat af menighedsrådsmøde' over 'Østrup Sogns Menighedsråd': where the body was made
    from the title's compound ('Menighedsrådet'), a line under the title that names the same kind
    of body in full; else the line above the title where it names a body: the same in full ('Kirkeby
    Sogns Menighedsråd', 'Menighedsrådet ved Sankt Jakobs Kirke') or the association whose board met
    ('Grundejerforeningen Kløvermarken' over 'Referat af bestyrelsesmøde')."""
    m = _COMPOUND_MEETING.search(title)
    if m is None or body != definite_body(m.group(1)):
        return None
    noun = m.group(1).lower()
    for text in lines[i + 1 : i + 1 + TITLE_BLOCK_LINES]:
        if _could_be_body(text) and noun in text.lower() and key(text) != key(body) and not _COMPOUND_MEETING.search(text):
            return text  # not the title again ("Ekstraordinært Ældrerådsmøde – Referat")
    under = next((t for t in lines[i + 1 :] if t.strip()), None)
    if under and _could_be_body(under) and _names_a_body(under):
        return under  # "Referat af bestyrelsesmøde" over "Boligforeningen Enghave, afdeling 7": whose board met
    above = next((t for t in reversed(lines[:i]) if t.strip()), None)
    if above and _could_be_body(above) and _names_a_body(above):
        return above  # "Grundejerforeningen Kløvermarken" or "Kirkeby Sogns Menighedsråd" over "Referat af …møde"
    return None


def _join_wrapped_title(header: list[str]) -> list[str]:
    """A title in capitals wrapped onto a short second line is one line again:
    "GENERALFORSAMLING I SØVANG" / "ROKLUB"."""
    if len(header) > 1 and header[0].isupper() and header[1].isupper() and not header[0].rstrip().endswith((".", ":")):
        second = header[1]
        if len(second.split()) <= MAX_WRAPPED_TITLE_WORDS and not has_date(second) and key(second) not in DOCUMENT_TYPES:
            return [f"{header[0]} {second}", *header[2:]]
    return header


def _is_when_line(text: str) -> bool:
    """'Torsdag 10. nov 2016 kl. 10:30': a line that gives the time of the meeting."""
    return has_date(text) or bool(_WEEKDAY.search(text) and find_times(text)[0])


def _without_date_words(text: str) -> str:
    """'Grundejerforeningen Lærkevang Februar' → 'Grundejerforeningen Lærkevang': a month or a
    year left at the end of a title line (the rest of its date lost) is not part of the name."""
    words = text.split()
    while len(words) > 1 and (_MONTH_WORD.match(words[-1]) or re.fullmatch(r"\d{4}", words[-1])):
        words.pop()
    return " ".join(words)


def _names_a_body(text: str) -> bool:
    return any(names_a_body(word) for word in text.split()) or _has_legal_form(text)


def _has_legal_form(text: str) -> bool:
    """'Vandværket Sønderby A.m.b.a.', 'Vestby Boligselskab A/S': a company's or cooperative's name."""
    words = text.split()
    return len(words) > 1 and (words[-1].lower() in ORGANIZATION_FORMS or words[0].lower() in ORGANIZATION_FORM_PREFIXES)


def _is_bare_title(text: str) -> bool:
    """'Referat af ordinær generalforsamling': the document type and the kind of meeting, no name."""
    m = _TITLE_LEAD.match(text)
    rest = text[m.end():].strip(" .:") if m else text
    return bool(m and m.group("type")) and (not rest or _is_meeting_word(rest))


_YEAR_OR_NUMBER = re.compile(r"\b(?:nr\.\s*)?\d{1,4}\b|[-–/]", re.IGNORECASE)


def _is_meeting_title(text: str) -> bool:
    """'Generalforsamling 2024', 'Ordinær generalforsamling': the kind of meeting (and its year) alone, no name."""
    rest = collapse(_YEAR_OR_NUMBER.sub(" ", text)).strip(" .:")
    return bool(rest) and not has_date(text) and bool(_MEETING_ONLY.match(rest))


def _is_title_line(text: str) -> bool:
    """'Referat', 'Referat ordinær generalforsamling': the document-type word opens the line."""
    words = text.split()
    return bool(words) and words[0].lower().strip(":") in DOCUMENT_TYPES and len(words) <= MAX_TITLE_WORDS


def _could_be_body(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= MAX_BODY_WORDS
        and not split_label(text, _ANY_HEADER_LABEL)
        and text[0].isupper()
        and not has_date(text)
        and not (_address_hint(text) and not _named_by_its_body_word(text))
        and "\t" not in text
        and ":" not in text
        and (not text.rstrip().endswith(".") or _has_legal_form(text))
        and not is_web_navigation(text)
        and not _is_when_line(text)
        and not find_times(text)[0]
        and not _is_meeting_word(text)
        and not is_column_heading(text)  # "PUNKT" in "DAGSORDEN PUNKT" over the columns of minutes kept as a table
    )


def _named_by_its_body_word(text: str) -> bool:
    """'Andelsboligforeningen Lindehuset': a name that opens with a body's word, no number in it; a
    place word inside it ('…huset') names the association, not where it met."""
    words = text.split()
    return bool(words) and names_a_body(words[0]) and not re.search(r"\d", text)


def find_date(header: list[str]) -> tuple[date | None, str | None]:
    """The meeting date and the line it was read from."""
    for text in header:
        found = _field_label(text, DATE_LABELS)
        if found:
            value = first_date(found[1])
            if value:
                return value, text
    for text in header:
        if is_next_meeting(text):
            continue
        value = meeting_date_in(text)
        if value:
            return value, text
    return None, None


def meeting_date_in(text: str, reference: date | None = None) -> date | None:
    """The first date in `text` that is not the date the minutes were written, sent or
    updated ("Viborg, den 15. november 2007", "Sendt 28. oktober", "Sidst opdateret …")."""
    for match in find_dates(text, reference):
        before = text[max(0, match.start - MAX_WRITTEN_MARK_CHARS) : match.start]
        if match.value and not _WRITTEN_BEFORE.search(before):
            return match.value
    return None


def date_with_year_from_elsewhere(header: list[str]) -> tuple[date | None, str | None]:
    """'Tirsdag 9. februar' when the header gives the year elsewhere ("Generalforsamling 2010"):
    the date in that year, and the line it was read from."""
    years = [int(y) for text in header for y in re.findall(r"(?<![\d./-])((?:19|20)\d{2})(?![\d./-])", text)]
    if not years:
        return None, None
    for text in header:
        if is_next_meeting(text):
            continue
        for match in find_dates(_day_month_read_as_date(text)):
            if match.value is None:
                try:
                    return date(years[0], match.month, match.day), text
                except ValueError:
                    continue
    return None, None


def _day_month_read_as_date(text: str) -> str:
    """'Dato: 3/5' → 'den 3/5': a bare day and month under a date label, read as a date (led by 'den')."""
    _, colon, value = text.partition(":")
    if not colon or not BARE_DAY_MONTH.match(value):
        return text
    labelled = _field_label(text, DATE_LABELS)
    return f"{DATE_LEAD_WORDS[0]} {labelled[1]}" if labelled else text


def _day_without_year(header: list[str]) -> str | None:
    """The first header line giving a day and month but no year ('Mandag d. 3. maj kl. 19'), next-meeting lines left out."""
    return next((t for t in header if not is_next_meeting(t) and any(m.value is None for m in find_dates(_day_month_read_as_date(t)))), None)


_WHEN_LABELS = (*DATE_LABELS, *TIME_LABELS)


def find_meeting_times(header: list[str], date_line: str | None) -> tuple[str | None, str | None]:
    for value in _labelled(header, _WHEN_LABELS):
        start, end = find_times(value, bare=True)
        if start:
            return start, end or _labelled_time(header, END_TIME_LABELS)  # "Mødetidspunkt: … kl. 15" / "Sluttidspunkt: 17:30"
    start = _labelled_time(header, START_TIME_LABELS)
    if start:
        return start, _labelled_time(header, END_TIME_LABELS)
    if date_line:
        start, end = find_times(_without_closing(date_line))
        if not start:
            start, end = time_after_date(date_line)  # "22-12-2020 13:00"
        if start:
            return start, end
    for text in header:
        if is_next_meeting(text):
            continue
        start, end = find_times(_without_closing(text))
        if not start:
            start, end = time_after_date(text)
        if start:
            return start, end
    return None, None


def _without_closing(text: str) -> str:
    """The line without a sentence telling when the meeting ended ('… i Borgmesterens kontor. Mødet
    slut kl. 17.'): its time is the end (closing_time), not the start."""
    return _CLOSING.sub(" ", text)


def _labelled_time(header: list[str], labels: tuple[str, ...]) -> str | None:
    """'Starttidspunkt: 15:00' → '15:00'."""
    for value in _labelled(header, labels):
        start, _ = find_times(value, bare=True)
        if start:
            return start
    return None


def find_location(header: list[str], date_line: str | None) -> str | None:
    """Where the meeting was held; a document type printed after the place on its line ("… i
    Kommunalbestyrelsens mødesal REFERAT") is no part of it."""
    place = _find_location(header, date_line)
    return _without_trailing_type(place) if place else place


def _find_location(header: list[str], date_line: str | None) -> str | None:
    labelled = [_room_named_by_label(text) or value for text, value in _labelled_lines(header, LOCATION_LABELS)]
    if labelled:
        after_when = _place_after_when_in(labelled[0])
        if after_when is not None:
            return after_when or None  # "Tid og sted: 4. juni 2024 kl. 19": the value names no place
        return _place(labelled[0])
    for after_date in _after_the_date(header, date_line):
        place, after_comma = place_after_when(after_date)
        if place and (not after_comma or _names_a_place(place)):
            return place
    for text in header[:15]:
        if "," in text and _address_hint(text) and not has_date(text) and ":" not in text and "\t" not in text:
            if len(text.split()) <= 15:
                return _place(text)
    return _place_under_title(header, date_line) or _place_in_value_column(header)


def _after_the_date(header: list[str], date_line: str | None) -> list[str]:
    """What follows the meeting's date on the line it was read from, then on the header's other lines
    that print the same date ("Referat 25. maj 2022" / "Skolebestyrelsesmøde den 25. maj 2022 kl. 18.30 -
    Personalerummet")."""
    first = find_dates(date_line) if date_line else []
    if not date_line or not first:
        return []
    found = [date_line[first[0].end :]]
    for text in header[: TITLE_BLOCK_LINES * 2]:
        if text == date_line or is_next_meeting(text):
            continue
        same = next((d for d in find_dates(text) if _same_day(d, first[0])), None)
        if same:
            found.append(text[same.end :])
    return [_OPENING_LEAD.sub("", rest, count=1) for rest in found]


# "… 13. januar 2010 Mødet startede kl. 17:00 i Mødelokale 1": the words telling the start, before its time
_OPENING_LEAD = re.compile(rf"^\s*(?:{'|'.join(CLOSING_SUBJECTS)})\s+(?:{'|'.join(OPENING_VERBS)})\b", re.IGNORECASE)


def _same_day(found: DateMatch, meeting: DateMatch) -> bool:
    """The meeting's date again, also without its year ('den 25. maj' under 'Referat 25. maj 2022')."""
    return found.value == meeting.value or (found.value is None and (found.day, found.month) == (meeting.day, meeting.month))


def _place_after_when_in(value: str) -> str | None:
    """'Tirsdag den 4. juni 2024 kl. 19.00, Fælleshuset' under a joined label ('Tid og sted'): the place
    after the date or time ('' where none follows); None where the value gives no date and opens with no time."""
    dates = find_dates(value)
    if dates:
        return place_after_when(value[dates[0].end :])[0] or ""
    clock = re.match(_CLOCK, value.strip(), re.IGNORECASE)
    if clock:
        return place_after_when(value.strip()[clock.end() :])[0] or ""
    return None


def _names_a_place(text: str) -> bool:
    """'Borgerservice, mødelokale 1' after the time and a comma: a place only where it names a room, a
    building or a street and number (a title line goes on after its date with other things)."""
    return bool(_address_hint(text) or _STREET_NUMBER.search(text)) and ":" not in text


def _place_in_value_column(header: list[str]) -> str | None:
    """A table flattened into one line, its labels first and its values after them ("Dato:
    Mødested: Afbud fra: Onsdag den 15-maj-2002 Rådhusets mødesal Fraværende: …"): where the
    place label is left empty, the words after the date are the place."""
    if not any((found := split_label(t, LOCATION_LABELS)) and (not found[1] or found[1].endswith(":")) for t in header):
        return None
    for text in header:
        dates = find_dates(text)
        if not dates:
            continue
        rest = re.sub(rf"^[\s,]*(?:(?:{TIME_WORD})\s*[\d.:\-–\s]*)?", "", text[dates[0].end :], flags=re.IGNORECASE).strip(" .,")
        if rest[:1].isupper() and 0 < len(rest.split()) <= MAX_PLACE_WORDS and not re.search(r"\d", rest) and ":" not in rest:
            return rest
    return None


_PLACE_AFTER_PREPOSITION = re.compile(rf"^(?:{'|'.join(PLACE_PREPOSITIONS)})\s+{UPPER}")  # "i Søby Skoles Multisal" under the date


def _place_under_title(header: list[str], date_line: str | None) -> str | None:
    """A place on a line of its own near the line that gives the date or time, without a label:
    "I Birkeskolens aula, Skolevej 4.", "Nicolaiplads 6 - Festsalen"; a street and number or a
    word for a room or building is needed."""
    anchor = date_line if date_line in header else next((t for t in header if find_times(t)[0]), None)
    if anchor is None:
        return None
    i = header.index(anchor)
    for text in header[i + 1 : i + 1 + TITLE_BLOCK_LINES]:
        cleaned = text.strip(" .!|*•-–").strip()
        if (
            cleaned
            and (_STREET_NUMBER.search(cleaned) or _address_hint(cleaned) or _PLACE_AFTER_PREPOSITION.match(cleaned))
            and len(cleaned.split()) <= MAX_PLACE_WORDS
            and ":" not in cleaned
            and "\t" not in cleaned
            and not find_dates(cleaned)  # a date, also one without its year ("den 25. maj kl. 18.30 - Personalerummet")
            and not split_label(cleaned, _ANY_HEADER_LABEL)
        ):
            return _place(cleaned)
    return None


_PLACE_LEAD = re.compile(  # "Afholdt i", "Mødet blev holdt i", "på": not the place; "hos" is, it names the host
    rf"^(?:(?:(?:{'|'.join(CLOSING_SUBJECTS)})\s+)?(?:(?:{'|'.join(PLACE_LEAD_AUXILIARIES)})\s+)?(?:{'|'.join(PLACE_LEAD_VERBS)})\s+)?(?:(?:{'|'.join(p for p in PLACE_PREPOSITIONS if p not in MEETING_HOST_PREPOSITIONS)})\s+)?",
    re.IGNORECASE,
)


def _place(text: str) -> str:
    """'på Rådhuset, mødelokale 3.' → 'Rådhuset, mødelokale 3'; 'Afholdt i klubhuset' → 'klubhuset';
    'Hos Anne Berg, Kirkevej 7' stays whole; a time after the place is left out ('…, Solbakkevej 2, kl. 13.00-15.30')."""
    return TIME_AFTER_PLACE.sub("", _PLACE_LEAD.sub("", collapse(text))).rstrip(".,")


def closing_time(full_text: str) -> str | None:
    """'Mødet sluttede kl. 21.30', 'Generalforsamlingen blev hævet kl. 22': the end time, often
    written at the end of association minutes."""
    m = search_at_words(_CLOSING, full_text, CLOSING_SUBJECTS) or search_at_words(_CLOSING_ACTIVE, full_text, CLOSING_ACTIVE_VERBS)
    if not m:
        return None
    opened = m.groupdict().get("opening")  # "Mødet startede kl. 15.30 og sluttede kl. 17.10": the end after the start
    start, _ = find_times(m.group(0)[m.end("opening") - m.start() if opened else 0 :], bare=True)
    return start


def opening_time(full_text: str) -> str | None:
    """'Mødet startede kl. 15.30 (og sluttede kl. 17.10)', 'Mødet begyndte kl. 9': the start
    time told in a sentence, where no header field gives it."""
    m = search_at_words(_OPENING_SENTENCE, full_text, CLOSING_SUBJECTS)
    return find_times(m.group("opening"), bare=True)[0] if m else None


def lines_to_meeting(header_lines: list[Line], full_text: str, running: list[str] | None = None) -> Meeting:
    return read_meeting(header_lines, full_text, running)[0]


def header_texts(header_lines: list[Line]) -> list[str]:
    """The header's lines as fields (mojibake was repaired in the pipeline's read stage): a line
    holding several labelled fields (a table flattened into one line) cut at each label."""
    texts = _label_row_over_values([line.text.strip() for line in header_lines if line.text.strip()])
    return [part[:MAX_HEADER_LINE_CHARS] for text in texts for field in split_at_labels(text, _ANY_HEADER_LABEL)
            for part in _empty_label_apart(field)]


_TRAILING_EMPTY_LABEL = re.compile(rf"\s{UPPER}{LOWER}+:$")


def _empty_label_apart(text: str) -> list[str]:
    """'Mødested: Udvalgsværelse II Udsendelsesdato:' → ['Mødested: Udvalgsværelse II', 'Udsendelsesdato:']:
    in a row of fields flattened into one line, the label of a field left empty after the value
    of the field before it (a label the vocabulary does not know, so not cut at by split_at_labels)."""
    m = _TRAILING_EMPTY_LABEL.search(text) if text.endswith(":") else None
    if m is None or ":" not in text[: m.start()] or text[: m.start()].endswith(":"):
        return [text]  # no field before it, or one without a value ("Mødested: Udsendelsesdato:": the values follow the labels)
    return [text[: m.start()], m.group().strip()]


_FIELD_LABEL_KEYS = frozenset(HEADER_FIELD_LABELS)


def _label_row_over_values(texts: list[str]) -> list[str]:
    """A table row of header labels over a row of as many values ('Dato<tab>Tid<tab>Sted' over '4. juni
    2024<tab>19.00-21.00<tab>Klubhuset') as one labelled line per cell ('Dato: 4. juni 2024', …)."""
    out: list[str] = []
    i = 0
    while i < len(texts):
        labels = texts[i].split("\t") if "\t" in texts[i] else []
        values = texts[i + 1].split("\t") if labels and i + 1 < len(texts) else []
        if labels and len(values) == len(labels) and all(key(label).rstrip(":") in _FIELD_LABEL_KEYS for label in labels):
            out.extend(f"{label.strip().rstrip(':')}: {value.strip()}" for label, value in zip(labels, values) if value.strip())
            i += 2
            continue
        out.append(texts[i])
        i += 1
    return out


def read_meeting(header_lines: list[Line], full_text: str, running: list[str] | None = None) -> tuple[Meeting, list[Warning]]:
    """The meeting header, and warnings for values inferred rather than read; `running` are
    running header/footer lines the reader set apart, read for the body name and date only when
    the page itself does not give them."""
    header = header_texts(header_lines)
    running = [t.strip()[:MAX_HEADER_LINE_CHARS] for t in running or [] if t.strip()]
    warnings: list[Warning] = []
    meeting_date, date_line = find_date(header)
    if meeting_date is None and running:
        meeting_date, _ = find_date(running)
    if meeting_date is None:
        meeting_date, date_line = date_with_year_from_elsewhere(header)
        if meeting_date:
            warnings.append(_inferred("meeting.date", f"The year of the meeting date ({iso(meeting_date)}) is taken from elsewhere in the header: '{collapse(date_line or '')[:80]}' gives no year."))
        elif (undated := _day_without_year(header)) is not None:
            date_line = undated  # no date is given, but the time and place after the day are read from its line
            warnings.append(Warning(code="date-without-year", field="meeting.date", message=f"The meeting's day is printed without a year ('{collapse(undated)[:80]}') and the header gives none: no date is given."))
    start, end = find_meeting_times(header, date_line)
    if not start:
        start = opening_time(full_text)
    closed = closing_time(full_text)
    if closed and end and closed != end:  # "kl. 17.00-19.00" over "Mødet hævet kl. 18.40": when it ended, not when it was to
        warnings.append(Warning(
            code="end-time-from-closing", field="meeting.end_time",
            message=f"The header schedules the meeting until {end}; the minutes say it ended at {closed}: {closed} is given.",
        ))
    end = closed or end
    body, inferred = _body_apart_from_running_header(header, running)
    if body is None and running:
        body = next((b for b in map(_body_from_dashed, running) if b), None)
    if body and inferred and (fuller := _named_in_running(body, running)):
        body, inferred = fuller, False
    if body and inferred:
        warnings.append(_inferred("meeting.body", f"The body '{body}' is inferred from a title line ('{_title_of(body, header)}'), not printed as a name of its own."))
    owner = owner_beside(body, header) if body else None  # read as printed, not a guess: no warning
    return Meeting(
        body=body,
        document_type=document_type(header, full_text),
        date=iso(meeting_date),
        start_time=start,
        end_time=end,
        location=find_location(header, date_line),
        organization=owner,
    ), warnings


def _body_apart_from_running_header(header: list[str], running: list[str]) -> tuple[str | None, bool]:
    """The body as the page itself prints it: where the body read is cut from the first page's
    twin of a running header ("Kommunalbestyrelsen, Egedal Vest - 24. april 2025", repeated on
    every page) and the page's own lines name a shorter form of it ("Kommunalbestyrelsen"),
    that form."""
    body, inferred = find_body_and_how(header)
    shapes = {furniture_shape(t) for t in running}
    own = [t for t in header if furniture_shape(t) not in shapes]
    if body is None or len(own) == len(header):
        return body, inferred
    own_body, own_inferred = find_body_and_how(own)
    if own_body and key(own_body) != key(body) and key(own_body) in key(body):
        return own_body, own_inferred
    return body, inferred


def _named_in_running(body: str, running: list[str]) -> str | None:
    """'Bestyrelsen', made from a title's compound ('Referat af bestyrelsesmøde'), where the running
    header names that body in full ('Vestbjerg Idrætsforening – Hovedbestyrelsen'): the full name."""
    stem = body.lower().removesuffix("et") if body.lower().endswith("et") else body.lower().removesuffix("n")
    return next((collapse(t) for t in running if _could_be_body(t) and _names_a_body(t) and stem in t.lower()), None)


def _title_of(body: str, header: list[str]) -> str:
    text = next((t for t in header if key(body) in key(t)), header[0] if header else "")
    return collapse(text)[:MAX_SHOWN_TITLE_CHARS]


def _inferred(field: str, message: str) -> Warning:
    return Warning(code="value-inferred", field=field, message=message)


def type_from_content(meeting: Meeting, items: list[Item]) -> list[Warning]:
    """A 'Dagsorden' heading over items that carry decisions is minutes: the type becomes
    'referat', with a warning."""
    if meeting.document_type == "dagsorden" and any(item.decision for item in items):
        meeting.document_type = "referat"
        return [_inferred("meeting.document_type", "The title says 'Dagsorden', but the items carry decisions: read as minutes (referat).")]
    return []
