"""The next meeting: from the item "Næste møde" or a line "Næste møde: …"."""

from __future__ import annotations

import re
from datetime import date

from ..dates import TIME_SPAN, TIME_WORD, find_dates, find_times, iso
from ..document import Line
from ..headings import names_a_body
from ..models import Item, NextMeeting, Warning
from ..textutil import LOWER, UPPER, collapse, key, lines_with_words
from ..vocabulary import (
    DATE_LABELS,
    DATE_LEAD_WORDS,
    ENGLISH_NEXT_MEETING_TITLES,
    ENGLISH_TIME_WORDS,
    FLOOR_WORDS,
    LOCATION_LABELS,
    MEETING_HOST_PREPOSITIONS,
    MEETING_NOUN_FORMS,
    NEXT_MEETING_LABELS,
    NEXT_MEETING_PREFIX,
    NEXT_MEETING_TITLES,
    NEXT_MEETING_VERB_PHRASES,
    NEXT_MEETING_WHEN_NOUNS,
    NEXT_MEETING_WHEN_PREPOSITIONS,
    PLACE_LEAD_AUXILIARIES,
    PLACE_LEAD_VERBS,
    PLACE_PREPOSITIONS,
    TIME_FROM_WORDS,
    WEEKDAYS,
)

# "Næste bestyrelsesmøde: …", "Næste MR møde 12. december", "Næste MR-møde: …", "Næste telemøde …"
_NEXT_COMPOUND = re.compile(rf"^{NEXT_MEETING_PREFIX}\s+(?:[\wæøå]+\s+){{0,2}}?[\wæøå-]*(?:{'|'.join(MEETING_NOUN_FORMS)})\b")  # "MR-møde"
# The place after a meeting's date and time: "kl. 19.00 i klubhuset", ", på Rådhuset, lokale 1.14", "Kl i
# Borgmesterens kontor" (a time word whose time was lost); it ends at a full stop that ends a sentence (not
# one inside "1.14") or a semicolon.
# The full stop of a short capitalised abbreviation inside a place's name ("St. Magleby Stuen", "Sct. Jørgens Kirke")
_ABBREVIATION_STOP = rf"(?:(?<=\b{UPPER})|(?<=\b{UPPER}{LOWER})|(?<=\b{UPPER}{LOWER}{LOWER}))\.\s+(?={UPPER})"
_PLACE_AFTER_PREPOSITION = re.compile(
    rf"^[\s,.]*(?:(?:{'|'.join(TIME_FROM_WORDS)})\s+)?(?:(?:{TIME_WORD})[\s,]+)?(?:(?:{'|'.join(p for p in PLACE_PREPOSITIONS if p not in MEETING_HOST_PREPOSITIONS)})\s+"
    rf"|(?=(?:{'|'.join(MEETING_HOST_PREPOSITIONS)})\s))(?P<place>\w(?:{_ABBREVIATION_STOP}|[^.;]|\.(?=\w)|\.\s*(?:{'|'.join(FLOOR_WORDS)})\b\.?)*)",
    re.IGNORECASE,
)  # "hos" stays: "hos Henning" is the place, "Henning" a person
_PLACE_AFTER_COMMA = re.compile(r"^[\s.,]*(?:,|\s[-–—]\s)\s*(?P<place>\w[^;]*)$")  # "kl. 19.00, Vandværkets kontor", "kl. 19 - Personalerummet"
TIME_AFTER_PLACE = re.compile(rf"\s+(?:{TIME_WORD})(?:\s.*|$)", re.IGNORECASE)  # "i Mødesal B, Rådhuset kl. 9.30"
# The place told before the date after a verb of holding: "Næste møde holdes i Rådhuset den 4. marts",
# "… afholdes hos Lise, tirsdag d. 4.3."; the text before the date ends with the place and the date's lead words.
_PLACE_BEFORE_DATE = re.compile(
    rf"\b(?:{'|'.join(PLACE_LEAD_VERBS)})\s+(?:(?:{'|'.join(p for p in PLACE_PREPOSITIONS if p not in MEETING_HOST_PREPOSITIONS)})\s+"
    rf"|(?=(?:{'|'.join(MEETING_HOST_PREPOSITIONS)})\s))(?P<place>[^.;]+?)[\s,]*(?:(?:{'|'.join(WEEKDAYS)})[\s,]+)?(?:(?:{'|'.join(map(re.escape, DATE_LEAD_WORDS))})\s*)?$",
    re.IGNORECASE,
)
TIME_WORD_SHOWN = "kl."  # the Danish time word an English one is read as
MAX_SUBJECT_WORDS = 2  # "Vi mødes igen", "Hele bestyrelsen mødes igen": a short subject, not "Formanden og kassereren …"
_MEETS_AGAIN = re.compile(rf"^\s*(?:\w+\s+){{0,{MAX_SUBJECT_WORDS}}}(?:{'|'.join(map(re.escape, NEXT_MEETING_VERB_PHRASES))})\b", re.IGNORECASE)
# "Datoen for næste møde blev fastsat til …", "Tidspunkt for næste bestyrelsesmøde er …" (the key, lower-cased)
_WHEN_OF_NEXT = re.compile(rf"^(?:{'|'.join(NEXT_MEETING_WHEN_NOUNS)})\s+(?:{'|'.join(NEXT_MEETING_WHEN_PREPOSITIONS)})\s+{NEXT_MEETING_PREFIX}\s+[\wæøå-]*(?:{'|'.join(MEETING_NOUN_FORMS)})\b")
_HINT_WORDS = (NEXT_MEETING_PREFIX, *(title.split()[0] for title in NEXT_MEETING_TITLES), *NEXT_MEETING_VERB_PHRASES)
MAX_SENTENCE_HEAD_CHARS = 60  # "Dato for næste bestyrelsesmøde: …": the opening words of a sentence that names the next meeting
_SENTENCE_START = re.compile(rf"[.!?]\s+(?={UPPER})")  # "Intet. Næste møde …": a sentence inside a line
_CONTINUATION_START = re.compile(rf"^\s*(?:[\da-zæøå]|(?:{'|'.join(WEEKDAYS)})\b)", re.IGNORECASE)
_TITLE_COLON = re.compile(r"^[^:\d]*:")  # "Næste møde:" before the date, not the colon of "kl 10:00"
BARE_DAY_MONTH = re.compile(r"^\s*\d{1,2}[./]\d{1,2}\.?(?:\s|$)")  # "12/8 kl. 19", "6.5. kl. 10"
# "afholdes 12/12 kl. 19", "er 12/12": a day and month in digits right after a verb of holding
_VERB_BEFORE_DAY_MONTH = re.compile(
    rf"\b(?:{'|'.join((*PLACE_LEAD_VERBS, *PLACE_LEAD_AUXILIARIES))})\s+(?=\d{{1,2}}[./]\d{{1,2}}\.?(?:\s|$|,))", re.IGNORECASE
)
MAX_PLACE_WORDS = 8
_PLACE_LABEL = re.compile(rf"\b(?:{'|'.join(LOCATION_LABELS)})\s*:\s*(?P<place>\w(?:[^.;]|\.(?=\w))*)", re.IGNORECASE)
MAX_LINES_UNDER_TITLE = 3  # "Næste møde" over a table's header row ("Dato<tab>Sted") and its row of values
MAX_LABEL_WORDS = 5  # "Dato for næste møde:", "Tidspunkt for næste møde:": a label is a few words
# "at 19", "at 19:30" after an English title: the time word of English minutes
_ENGLISH_TIME = re.compile(
    rf"\b(?:{'|'.join(ENGLISH_TIME_WORDS)})\s+(?P<hour>\d{{1,2}})(?:[.:](?P<minute>\d{{2}}))?\b(?:\s*(?P<half>[ap])\.?m\b\.?)?", re.IGNORECASE
)
PM_HOURS = 12


def _english_time(m: re.Match[str]) -> str:
    """'at 19' → 'kl. 19', 'at 7 pm' → 'kl. 19.00', 'at 7:30 pm' → 'kl. 19.30'."""
    hour = int(m.group("hour")) + (PM_HOURS if (m.group("half") or "").lower() == "p" and int(m.group("hour")) < PM_HOURS else 0)
    return f"{TIME_WORD_SHOWN} {hour}.{m.group('minute') or '00'}"
_TIME_PHRASE = re.compile(rf"\b(?:{TIME_WORD})\s*\d{{1,2}}(?:[.:]\d{{2}})?(?:\s*(?:{TIME_SPAN})\s*\d{{1,2}}(?:[.:]\d{{2}})?)?", re.IGNORECASE)


def place_after_when(rest: str) -> tuple[str | None, bool]:
    """The place told after a meeting's date, its time left out ('kl. 19.00 i klubhuset' → 'klubhuset',
    'kl. 19.00, Vandværkets kontor' → 'Vandværkets kontor'), and whether it only followed a comma (a
    guess the caller checks); (None, False) where none is told."""
    rest = _TIME_PHRASE.sub("", rest)
    m = _PLACE_AFTER_PREPOSITION.match(rest)
    after_comma = m is None
    m = m or _PLACE_AFTER_COMMA.match(rest)
    if m is None:
        return None, False
    place = collapse(TIME_AFTER_PLACE.sub("", m.group("place"))).rstrip(" .,")
    return (place, after_comma) if place and len(place.split()) <= MAX_PLACE_WORDS else (None, False)


def is_next_meeting(text: str) -> bool:
    """'Næste møde', 'Næste mødedato', 'Kommende møder', 'Næste bestyrelsesmøde: …', and a label
    that names the next meeting ('Dato for næste møde: …'), and a sentence of meeting again ('Vi mødes igen …')."""
    k = key(text)
    if k.startswith(NEXT_MEETING_TITLES) or _NEXT_COMPOUND.match(k) or _MEETS_AGAIN.match(k) or _WHEN_OF_NEXT.match(k):
        return True
    label = _TITLE_COLON.match(k)
    if label is None or len(label.group().split()) > MAX_LABEL_WORDS:
        return False
    return any(title in label.group() for title in (*NEXT_MEETING_TITLES, *NEXT_MEETING_LABELS))


def _from_text(text: str, reference: date | None) -> NextMeeting | None:
    read = text  # "12/8 kl. 19 hos Bodil": a day and month opening the value, read as if led by "den"
    if BARE_DAY_MONTH.match(text):
        read = f"{DATE_LEAD_WORDS[0]} {text.strip()}"
    elif _VERB_BEFORE_DAY_MONTH.search(text):
        read = _VERB_BEFORE_DAY_MONTH.sub(lambda m: f"{m.group()}{DATE_LEAD_WORDS[0]} ", text, count=1)
    dates = [d for d in find_dates(read, reference) if d.value]
    if not dates:
        return None
    first = dates[0]
    start, end = find_times(read[first.start :])
    location, after_comma = place_after_when(read[first.end :])
    if after_comma and not (location or "")[:1].isupper():
        location = None  # "3. juni 2025, hvor budgettet behandles": a clause, no place
    before = _PLACE_BEFORE_DATE.search(read[: first.start]) if location is None else None
    if before and len(before.group("place").split()) <= MAX_PLACE_WORDS and not names_a_body(before.group("place").split()[-1]):
        location = collapse(before.group("place"))  # "Næste møde holdes i Rådhuset den 4. marts"
    labelled = _PLACE_LABEL.search(read[first.end :])
    if labelled:  # "… kl. 19. Sted: Klubhuset": the place under its own label wins over words read after the time
        location = collapse(labelled.group("place")).rstrip(" .") or location
    return NextMeeting(date=iso(first.value), start_time=start, end_time=end, location=location, text=collapse(text))


def next_meeting_warnings(next_meeting: NextMeeting | None) -> list[Warning]:
    """Where the next meeting's date prints no year ("Næste møde 12. december", "d. 6/5"), its
    year is taken from the meeting's date: a guess, said so."""
    if next_meeting is None or next_meeting.date is None or not next_meeting.text:
        return []
    if any(d.value for d in find_dates(next_meeting.text)):
        return []  # the year is printed
    return [Warning(code="value-inferred", field="next_meeting.date", message=(
        f"The next meeting's date ({next_meeting.date}) prints no year; the year is taken from the meeting's date: "
        f"'{next_meeting.text[:80]}'."))]


def _lines_with_hint(lines: list[Line]) -> list[int]:
    """The indexes, in order, of the lines that hold the prefix or the first word of a title: only
    they can name the next meeting (the words are found in all the text at once)."""
    return sorted(lines_with_words([line.text for line in lines], _HINT_WORDS))


def _from_lines_under(lines: list[Line], reference: date | None) -> NextMeeting | None:
    """'Næste møde' over a table: a header row of labels ('Dato<tab>Tid<tab>Sted') and the row under it;
    the place is the cell under the place label."""
    texts = [line.text for line in lines if line.text.strip()][:MAX_LINES_UNDER_TITLE]
    if len(texts) < 2 or "\t" not in texts[0] or "\t" not in texts[1]:
        return None
    labels = [key(cell) for cell in texts[0].split("\t")]
    if not any(label in DATE_LABELS for label in labels):
        return None
    cells = texts[1].split("\t")
    found = _from_text(" ".join(cell for label, cell in zip(labels, cells) if label not in LOCATION_LABELS), reference)
    if found is None:
        return None
    place = next((collapse(cell) for label, cell in zip(labels, cells) if label in LOCATION_LABELS and cell.strip()), None)
    found.location = place or found.location
    found.text = collapse(texts[1].replace("\t", " "))
    return found


def _labelled_place_under(lines: list[Line], index: int) -> str | None:
    """'Næste møde: 12. juni' over 'Sted: Sognegården': the place on the next line with text, under its label."""
    below = next((line.text for line in lines[index + 1 :] if line.text.strip()), "")
    m = _PLACE_LABEL.match(below.strip())
    return collapse(m.group("place")).rstrip(" .") if m else None


def find_next_meeting(items: list[Item], lines: list[Line], reference: date | None) -> NextMeeting | None:
    for item in items:
        if is_next_meeting(item.title):
            text = " ".join(s.text for s in item.sections if s.text)
            found = _from_text(text, reference)
            if found:
                return found
            if text:
                return NextMeeting(text=collapse(text))
    undated: NextMeeting | None = None
    in_sentence: NextMeeting | None = None
    for index in _lines_with_hint(lines):
        line = lines[index]
        if is_next_meeting(line.text):
            title = _TITLE_COLON.match(line.text)
            alone = title is None and key(line.text) in NEXT_MEETING_TITLES  # "Næste møde" over what it tells
            again = None if title else _MEETS_AGAIN.match(line.text)  # "Vi ses igen 4/3 kl. 19": what follows the verb
            rest = line.text[title.end() :] if title else ("" if alone else line.text[again.end() if again else 0 :])
            if not title and not again and not alone:  # "Næste møde 12/12 kl. 19", "Next meeting 12/12 at 19": the words after the title
                rest = rest[len(next((t for t in NEXT_MEETING_TITLES if key(rest).startswith(t + " ")), "")) :]
            printed = rest
            if key(line.text).startswith(ENGLISH_NEXT_MEETING_TITLES):
                rest = _ENGLISH_TIME.sub(_english_time, rest)  # "Next meeting: 12/12 at 19"
            if not rest.strip():  # "Næste møde:" alone, its date on the line under it
                found = _from_lines_under(lines[index + 1 :], reference)
                if found:
                    return found
                rest = next((below.text for below in lines[index + 1 :] if below.text.strip()), "")
            found = _from_text(rest, reference) or _from_text_wrapped(rest, lines, index, reference)
            if found and rest is not printed:
                found.text = collapse(printed)  # as printed, not as read ("at 19", not "kl. 19.00")
            if found:
                if found.location is None:
                    found.location = _labelled_place_under(lines, index)
                return found
            undated = undated or NextMeeting(text=collapse(line.text))
        elif in_sentence is None or in_sentence.date is None:
            sentence = _sentence_naming_next_meeting(line.text)
            if sentence is not None:
                in_sentence = _from_text(sentence, reference) or in_sentence or NextMeeting(text=collapse(sentence))
    # a line about the next meeting with no date we can read keeps its text, never vanishes; one that opens
    # a line is trusted over a sentence inside a line
    if undated is not None and (in_sentence is None or in_sentence.date is None):
        return undated
    return in_sentence or undated


def _from_text_wrapped(rest: str, lines: list[Line], index: int, reference: date | None) -> NextMeeting | None:
    """'Næste møde afholdes' over 'tirsdag den 4. marts kl. 19': a sentence without its full stop whose
    date goes on on the next line with text, which opens as the rest of a sentence does (small letter,
    digit, weekday)."""
    if not rest.strip() or rest.rstrip().endswith((".", "!", "?")):
        return None
    below = next((line.text for line in lines[index + 1 :] if line.text.strip()), "")
    if not _CONTINUATION_START.match(below):
        return None
    return _from_text(f"{rest.rstrip()} {below.strip()}", reference)


def _sentence_naming_next_meeting(text: str) -> str | None:
    """'Intet at bemærke. Næste møde holdes den 4. december …' → the text from the sentence that names
    the next meeting, where one inside the line does."""
    for m in _SENTENCE_START.finditer(text):
        if is_next_meeting(text[m.end() : m.end() + MAX_SENTENCE_HEAD_CHARS]):  # its opening words tell
            return text[m.end() :]
    return None
