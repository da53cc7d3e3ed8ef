"""Is a line a section heading, and of which kind? ("Beslutning", "Resumé:",
"Beslutning i Økonomiudvalget den 12. marts 2024", "Byrådets beslutning")."""

from __future__ import annotations

import re
from functools import lru_cache

from .dates import DATE_LEAD, find_dates, has_date
from .shapes import ITEM_NUMBER, ITEM_WORD, PAGE_OF_COUNT_TAIL
from .textutil import has_bullet, key
from .vocabulary import (
    AND_WORD,
    BODY_NAME_SMALL_WORDS,
    BODY_NOUNS,
    DECISION_HEADING_PATTERNS,
    DECISION_WORDS,
    DEFINITE_ENDINGS,
    INDEX_HEADINGS,
    ITEM_TABLE_COLUMNS,
    ITEM_WORDS,
    MEETING_NOUN_FORMS,
    OTHER_HEADING_PATTERNS,
    RECOMMENDATION_HEADING_PATTERNS,
    SECTION_HEADINGS,
    WEEKDAYS,
)

MAX_HEADING_WORDS = 6
MAX_DATE_WORDS = 6  # a date phrase after a heading ("den 12. marts 2024") adds at most this many
MAX_BODY_DECISION_WORDS = 10  # "Beslutning Udvalget for Børn, Unge og Familie": the decision word and a body's name
MAX_BODY_NAME_WORDS = 6  # "Kulturudvalget", "Udvalget for teknik og miljø" before a history heading's date
MAX_CAPITALS_HEADING_WORDS = 12  # "INDSTILLING FRA MAGISTRATSAFDELINGEN FOR TEKNIK OG MILJØ"
MIN_CAPITALS_HEADING_LETTERS = 8
MAX_HISTORY_HEADING_WORDS = 14  # a body's name, a date and "pkt. N"

_PATTERN_KINDS = (
    [(re.compile(p), "decision") for p in DECISION_HEADING_PATTERNS]
    + [(re.compile(p), "recommendation") for p in RECOMMENDATION_HEADING_PATTERNS]
    + [(re.compile(p), "other") for p in OTHER_HEADING_PATTERNS]
)
_HISTORY_TAIL = re.compile(rf"^[\s,.:;-]*(?:(?:{ITEM_WORD})\.?\s*{ITEM_NUMBER})?[\s.]*$")
_DIGIT = re.compile(r"\d")
_BODY_ENDINGS = tuple(noun + ending for noun in BODY_NOUNS for ending in ("", *DEFINITE_ENDINGS))  # "udvalg", "udvalget"
_COMBINED = re.compile(rf"\s*/\s*|\s+{AND_WORD}\s+|\s*&\s*")  # "beslutning og indstilling", "a/b", "a & b"
_WEEKDAY = "|".join(WEEKDAYS)
_DATE_LEAD = re.compile(rf"[\s,]*(?:{DATE_LEAD}|{'|'.join(MEETING_NOUN_FORMS)})?\s*(?:{_WEEKDAY})?\s*(?:{DATE_LEAD})?\s*$")


def heading_dates(heading: str) -> set[str]:
    """The dates (ISO) a heading names: "Beslutning i Økonomiudvalget den 14-01-2020" → {"2020-01-14"}."""
    dates = find_dates(heading) if has_date(heading) else []
    return {m.value.isoformat() for m in dates if m.value is not None}


def _without_date(k: str) -> str:
    """'beslutning i byrådet den 26. marts 2024' → 'beslutning i byrådet'."""
    if not _DIGIT.search(k):
        return k
    dates = find_dates(k)
    if not dates:
        return k
    head = k[: dates[0].start]
    return _DATE_LEAD.sub("", head).strip(" ,.-–")


@lru_cache(maxsize=65536)
def heading_kind(text: str) -> str | None:
    """The section kind a heading line names, or None when the line is no heading."""
    if text.count(" ") > MAX_HEADING_WORDS + MAX_DATE_WORDS or PAGE_OF_COUNT_TAIL.search(text):
        return None  # too long, or a running header ("Referat Socialudvalget 2. oktober 2012 Side 2 af 5")
    k = _without_date(key(text))
    if not k:
        return None
    if len(k.split()) > MAX_HEADING_WORDS:
        return _body_decision_kind(k)
    if k in SECTION_HEADINGS:
        return SECTION_HEADINGS[k]
    return _combined_kind(k) or _pattern_kind(k) or _body_decision_kind(k)


def _pattern_kind(k: str) -> str | None:
    """The kind of the first heading pattern that the whole of `k` matches."""
    for pattern, kind in _PATTERN_KINDS:
        if pattern.fullmatch(k):
            return kind
    return None


def _body_decision_kind(k: str) -> str | None:
    """'Beslutning Udvalget for teknik og miljø' (its date taken off), 'Beslutning Teknik- og
    Miljøudvalget': the decision word, then the name of the body that decided."""
    words = k.split()
    if 1 < len(words) <= MAX_BODY_DECISION_WORDS and words[0] in DECISION_WORDS:
        if any(names_a_body(w) for w in words[1:1 + MAX_BODY_NAME_WORDS]):
            return "decision"
    return None


def history_heading_kind(text: str) -> str | None:
    """'Kulturudvalget, 04-05-2021, pkt. 17', 'Byrådet den 18. maj 2021': a body's name and the
    date it treated the item (perhaps its number there) — inside an item, a heading over that
    body's decision. (Not a heading elsewhere: a page header may read the same.)"""
    if not _DIGIT.search(text):
        return None  # cheap tests first: most lines are no history heading
    words = text.split()
    if len(words) > MAX_HISTORY_HEADING_WORDS or not any(names_a_body(w) for w in words[:MAX_BODY_NAME_WORDS]):
        return None
    k = key(text)
    dates = find_dates(k)
    if not dates:
        return None
    head = _DATE_LEAD.sub("", k[: dates[0].start]).strip(" ,.-–")
    if ":" in head or has_bullet(text.strip()):
        return None  # "• Formanden: Provstiet holder budgetsamråd 12. marts.": a list entry, a label's sentence
    words = head.split()
    if not words or len(words) > MAX_BODY_NAME_WORDS or not names_a_body(words[0]) and not names_a_body(words[-1]):
        return None
    capitalised = {w.strip(",.").lower() for w in text.split() if w[:1].isupper()}
    if any(not _joins_a_name(word, capitalised) for word in words[1:-1] if not names_a_body(word)) or (
        not names_a_body(words[-1]) and words[1:2] and not _joins_a_name(words[1], capitalised)
    ):
        return None  # "Byrådet behandler sagen den 26. marts", "Provstiet holder budgetsamråd 12. marts": a sentence
    return "decision" if _HISTORY_TAIL.match(k[dates[-1].end:]) else None


def _joins_a_name(word: str, capitalised: set[str]) -> bool:
    """'og', 'for', 'børne-', a capitalised word: a word inside a body's name ("Børne- og Ungeudvalget",
    "Udvalget for Teknik og Miljø"), where a sentence has a lower-case verb ("Byrådet behandler …")."""
    return word in BODY_NAME_SMALL_WORDS or word.endswith(("-", "-,")) or word.strip(",.") in capitalised


def is_capitals_heading(text: str) -> bool:
    """'BESLUTNINGSFORSLAG FRA Ø', 'INDSTILLING FRA MAGISTRATSAFDELINGEN FOR KULTUR': a short line
    of capitals standing alone, not a sentence."""
    stripped = text.strip()
    if len(stripped) < MIN_CAPITALS_HEADING_LETTERS or not stripped.isupper():
        return False  # the cheap first test: too short, or a lower-case letter in it
    letters = [ch for ch in stripped if ch.isalpha()]
    if len(letters) < MIN_CAPITALS_HEADING_LETTERS or not all(ch.isupper() for ch in letters):
        return False
    words = stripped.split()
    return 1 < len(words) <= MAX_CAPITALS_HEADING_WORDS and not stripped.endswith((".", ",", ";", "!", "?"))


def capitals_heading_kind(text: str) -> str:
    """The kind a heading in capitals names; one the vocabulary does not know ("BESLUTNINGSFORSLAG
    FRA C", the title of a document quoted in the item) is "other"."""
    return heading_kind(text) or _pattern_kind(key(text)) or "other"


def combined_kinds(text: str) -> list[str]:
    """The kinds of the headings a combined heading joins ('Indstilling og beslutning' →
    recommendation, decision); [] for any other line."""
    return _joined_kinds(key(text).rstrip(":"))


def _joined_kinds(k: str) -> list[str]:
    """The kinds of the section headings the key `k` joins with "og", "/" or "&"; [] unless two or more."""
    parts = _COMBINED.split(k)
    if len(parts) < 2 or not all(part in SECTION_HEADINGS for part in parts):
        return []
    return [SECTION_HEADINGS[part] for part in parts]


def _combined_kind(k: str) -> str | None:
    """'Drøftelse og beslutning', 'Referat/beslutning', 'Sagsfremstilling og indstilling': two
    headings in one. A decision in it makes it the decision; else a recommendation; else the first."""
    kinds = _joined_kinds(k)
    if not kinds:
        return None
    for kind in ("decision", "recommendation"):
        if kind in kinds:
            return kind
    return kinds[0]


def is_column_heading(text: str) -> bool:
    """'Punkt', 'Titel', 'Beslutning', 'Dagsorden': a heading of a column in a table of items (an item word,
    a section or index heading, or a column word), no body's name and no text of the meeting."""
    k = key(text)
    return k in ITEM_TABLE_COLUMNS or k in ITEM_WORDS or k in SECTION_HEADINGS or k in INDEX_HEADINGS


@lru_cache(maxsize=65536)
def names_a_body(word: str) -> bool:
    """'Handicaprådet', 'Miljøudvalget', 'Grundejerforeningen': a word ending in a body noun."""
    return word.lower().strip(".,:").endswith(_BODY_ENDINGS)
