"""The meeting header: body, document type, date, start/end time and location.

Read from the lines before the first item (the agenda index left out). Labelled
fields win ("Dato:", "Tid", "Sted", "Mødested", "Udvalg"); then title lines
("Byrådet - Referat", "Referat fra møde i Ældrerådet den …", "Referat af
bestyrelsesmøde"); then the title block (the line under "Referat").
"""

from __future__ import annotations

import re
from datetime import date

from ..dates import find_dates, find_times, first_date, has_date, iso
from ..document import Line
from ..headings import names_a_body
from ..models import Meeting
from ..textutil import collapse, key
from ..vocabulary import (
    AGENDA_WITH_MINUTES_WORDS,
    ATTENDEE_LABELS,
    BODY_LABELS,
    BODY_NOUNS,
    CLOSING_SUBJECTS,
    CLOSING_VERBS,
    DATE_LABELS,
    DOCUMENT_TYPES,
    END_TIME_LABELS,
    LOCATION_LABELS,
    MEETING_QUALIFIERS,
    MEETING_WORDS,
    MINUTES_EVIDENCE,
    PLACE_PREPOSITIONS,
    ROLE_LABELS,
    START_TIME_LABELS,
)
from .labels import HEADER_FIELD_LABELS, split_label
from .next_meeting import is_next_meeting

MAX_HEADER_LINE_CHARS = 1000  # header fields are short; a huge line is read at its start only
TITLE_BLOCK_LINES = 6  # lines under the document-type title that may name the body
MAX_BODY_WORDS = 8
MAX_TITLE_WORDS = 10

_TYPE_WORDS = re.compile(rf"\b({'|'.join(DOCUMENT_TYPES)})\b", re.IGNORECASE)
_BODY_NOUN_ALT = "|".join(sorted(BODY_NOUNS, key=len, reverse=True))
_COMPOUND_MEETING = re.compile(rf"\b([a-zæøå]*?(?:{_BODY_NOUN_ALT}))s?møde(?:t|r)?\b", re.IGNORECASE)
_MEETING_ALT = "|".join(sorted(MEETING_WORDS, key=len, reverse=True))
_MEETING_IN = re.compile(
    rf"(?:{_MEETING_ALT})\s+(?:i|for)\s+"
    r"(?P<name>[A-ZÆØÅ][\wÆØÅæøå\-.&]*(?:\s+(?:[A-ZÆØÅ][\wÆØÅæøå\-.&]*|for|og|i|af))*)"
)
_TYPE_FROM = re.compile(
    rf"^\W*(?:{'|'.join(DOCUMENT_TYPES)})\s+(?:for|fra|af)\s+(?P<name>[A-ZÆØÅ][\wÆØÅæøå\-]*(?:\s+(?:[A-ZÆØÅ][\wÆØÅæøå\-]*|og|for|i))*)",
    re.IGNORECASE,
)
_MEETING_WORDS = re.compile(rf"\b(?:{'|'.join((*MEETING_WORDS, *MEETING_QUALIFIERS))})\b", re.IGNORECASE)
_DASH_TITLE = re.compile(r"^(?P<a>.+?)\s+[-–—|]\s+(?P<b>.+)$")
_DASH_SPLIT = re.compile(r"\s+[-–—|]\s+")
_PREPOSITION = "|".join(PLACE_PREPOSITIONS)
_PLACE_AFTER_DATE = re.compile(rf"^[\s,.]*(?:kl\.?\s*[\d.:\s\-–]+)?[\s,]*(?:{_PREPOSITION})\s+(?P<place>\w[^.;]*)")
MAX_PLACE_WORDS = 8
_CLOSING = re.compile(
    rf"\b(?:{'|'.join(CLOSING_SUBJECTS)})\s+(?:blev\s+)?(?:{'|'.join(CLOSING_VERBS)})\s*(?:ca\.\s*)?kl\.?\s*\d{{1,2}}(?:[.:]\d{{2}})?",
    re.IGNORECASE,
)
_ADDRESS_HINT = re.compile(r"\b\d{4}\b|vej\b|gade\b|allé\b|plads\b|torv\b|rådhus|huset\b|salen\b|lokale", re.IGNORECASE)


_ANY_HEADER_LABEL = (*HEADER_FIELD_LABELS, *ATTENDEE_LABELS, *ROLE_LABELS)
_AGENDA_WITH_MINUTES = re.compile(rf"\b(?:{'|'.join(AGENDA_WITH_MINUTES_WORDS)})\b", re.IGNORECASE)


def document_type(header: list[str], full_text: str) -> str | None:
    """'referat' or 'dagsorden' from the title line; else 'referat' where the text shows
    it records what happened (Referent, Beslutning, "blev godkendt")."""
    best: tuple[int, int, str] | None = None  # (score, -position, type)
    for position, text in enumerate(header):
        k = key(text)
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
        return best[2]
    lowered = full_text.casefold()
    return "referat" if any(word in lowered for word in MINUTES_EVIDENCE) else None


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
    rest = [p for p in parts if key(p) not in DOCUMENT_TYPES and not has_date(p)]
    if len(rest) == 1 and len(rest) < len(parts) and _could_be_body(rest[0]):
        return rest[0]
    return None


def body_from_title(text: str) -> str | None:
    """The body named in a title line, or None."""
    dashed = _body_from_dashed(text)
    if dashed:
        return dashed
    m = _MEETING_IN.search(text)
    if m:
        name = re.split(r",|\s+(?:den|d\.)\s|\s+\d", m.group("name"))[0].strip(" .")
        if name:
            return name
    if _TYPE_WORDS.search(text):
        m = _COMPOUND_MEETING.search(text)
        if m:
            return definite_body(m.group(1))
    m = _TYPE_FROM.match(text)
    if m and m.group("name")[:1].isupper():
        name = re.sub(r"s\s+(?:møde|mødet)\b.*$", "", m.group("name")).strip()
        if not _MEETING_WORDS.search(name):
            return name
    return None


def _labelled(lines: list[str], labels: tuple[str, ...]) -> list[str]:
    """Values of the lines labelled with `labels`: "Sted: Rådhuset", or "Sted" alone on its
    line with "Rådhuset" on the next (a table's cells read one under the other)."""
    values = []
    for i, text in enumerate(lines):
        found = split_label(text, labels)
        if not found:
            continue
        if found[1]:
            values.append(found[1])
        elif i + 1 < len(lines) and not split_label(lines[i + 1], _ANY_HEADER_LABEL):
            values.append(lines[i + 1])
    return values


def find_body(header: list[str]) -> str | None:
    for value in _labelled(header, BODY_LABELS):
        if value[:1].isupper() and not has_date(value):
            return collapse(value)
    for text in header:
        body = body_from_title(text)
        if body:
            return collapse(body)
    for i, text in enumerate(header):
        if _is_title_line(text):
            for following in header[i + 1 : i + 1 + TITLE_BLOCK_LINES]:
                if _could_be_body(following):
                    return collapse(following)
                if following.strip():
                    break
            before = next((t for t in reversed(header[:i]) if t.strip()), None)
            if before and _could_be_body(before) and (key(text) in DOCUMENT_TYPES or _names_a_body(before)):
                return collapse(before)
    first = next((t for t in header if t.strip()), "")
    if _could_be_body(first) and _names_a_body(first):
        return collapse(first)  # "Grundejerforeningen Engparken" over "Bestyrelsesmøde 14.05.2024"
    for text in header:
        m = _COMPOUND_MEETING.match(text.strip())
        if m and len(text.split()) <= MAX_TITLE_WORDS:
            return definite_body(m.group(1))  # "Bestyrelsesmøde 3. april 2024" → "Bestyrelsen"
    return None


def _names_a_body(text: str) -> bool:
    return any(names_a_body(word) for word in text.split())


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
        and not _ADDRESS_HINT.search(text)
        and "\t" not in text
        and ":" not in text
        and not text.rstrip().endswith(".")
    )


def find_date(header: list[str]) -> tuple[date | None, str | None]:
    """The meeting date and the line it was read from."""
    for text in header:
        found = split_label(text, DATE_LABELS)
        if found:
            value = first_date(found[1])
            if value:
                return value, text
    for text in header:
        if is_next_meeting(text):
            continue
        value = first_date(text)
        if value:
            return value, text
    return None, None


def find_meeting_times(header: list[str], date_line: str | None) -> tuple[str | None, str | None]:
    for value in _labelled(header, DATE_LABELS):
        start, end = find_times(value, bare=True)
        if start:
            return start, end
    start = _labelled_time(header, START_TIME_LABELS)
    if start:
        return start, _labelled_time(header, END_TIME_LABELS)
    if date_line:
        start, end = find_times(date_line)
        if start:
            return start, end
    for text in header:
        if is_next_meeting(text):
            continue
        start, end = find_times(text)
        if start:
            return start, end
    return None, None


def _labelled_time(header: list[str], labels: tuple[str, ...]) -> str | None:
    """'Starttidspunkt: 15:00' → '15:00'."""
    for value in _labelled(header, labels):
        start, _ = find_times(value, bare=True)
        if start:
            return start
    return None


def find_location(header: list[str], date_line: str | None) -> str | None:
    labelled = _labelled(header, LOCATION_LABELS)
    if labelled:
        return _place(labelled[0])
    if date_line:
        dates = find_dates(date_line)
        if dates:
            m = _PLACE_AFTER_DATE.match(date_line[dates[0].end :])
            if m and len(m.group("place").split()) <= MAX_PLACE_WORDS:
                return collapse(m.group("place")).rstrip(". ")
    for text in header[:15]:
        if "," in text and _ADDRESS_HINT.search(text) and not has_date(text) and ":" not in text and "\t" not in text:
            if len(text.split()) <= 15:
                return _place(text)
    return None


def _place(text: str) -> str:
    """'på Rådhuset, mødelokale 3.' → 'Rådhuset, mødelokale 3'."""
    return re.sub(rf"^(?:{_PREPOSITION})\s+", "", collapse(text), flags=re.IGNORECASE).rstrip(".")


def closing_time(full_text: str) -> str | None:
    """'Mødet sluttede kl. 21.30', 'Generalforsamlingen blev hævet kl. 22': the end time, often
    written at the end of association minutes."""
    m = _CLOSING.search(full_text)
    if not m:
        return None
    start, _ = find_times(m.group(0))
    return start


def lines_to_meeting(header_lines: list[Line], full_text: str, running: list[str] | None = None) -> Meeting:
    """The meeting header; `running` are running header/footer lines the reader set apart,
    read for the body name and date only when the page itself does not give them."""
    header = [line.text.strip()[:MAX_HEADER_LINE_CHARS] for line in header_lines if line.text.strip()]
    running = [t.strip()[:MAX_HEADER_LINE_CHARS] for t in running or [] if t.strip()]
    meeting_date, date_line = find_date(header)
    if meeting_date is None and running:
        meeting_date, _ = find_date(running)
    start, end = find_meeting_times(header, date_line)
    if start and not end:
        end = closing_time(full_text)
    body = find_body(header)
    if body is None and running:
        body = next((b for b in map(_body_from_dashed, running) if b), None)
    return Meeting(
        body=body,
        document_type=document_type(header, full_text),
        date=iso(meeting_date),
        start_time=start,
        end_time=end,
        location=find_location(header, date_line),
    )
