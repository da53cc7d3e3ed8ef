"""Is a line a section heading, and of which kind? ("Beslutning", "Resumé:",
"Beslutning i Økonomiudvalget den 12. marts 2024", "Byrådets beslutning")."""

from __future__ import annotations

import re
from functools import lru_cache

from .dates import find_dates
from .textutil import key
from .vocabulary import (
    BODY_NOUNS,
    DECISION_HEADING_PATTERNS,
    DECISION_WORDS,
    RECOMMENDATION_HEADING_PATTERNS,
    SECTION_HEADINGS,
)

MAX_HEADING_WORDS = 6
MAX_DATE_WORDS = 6  # a date phrase after a heading ("den 12. marts 2024") adds at most this many

_PATTERN_KINDS = [(re.compile(p), "decision") for p in DECISION_HEADING_PATTERNS] + [
    (re.compile(p), "recommendation") for p in RECOMMENDATION_HEADING_PATTERNS
]
_COMBINED = re.compile(r"\s*/\s*|\s+og\s+|\s*&\s*")
_DATE_LEAD = re.compile(r"[\s,]*(?:den|d\.|mødet|møde)?\s*(?:(?:man|tirs|ons|tors|fre|lør|søn)dag)?\s*(?:den|d\.)?\s*$")


def _without_date(k: str) -> str:
    """'beslutning i byrådet den 26. marts 2024' → 'beslutning i byrådet'."""
    if not any(ch.isdigit() for ch in k):
        return k
    dates = find_dates(k)
    if not dates:
        return k
    head = k[: dates[0].start]
    return _DATE_LEAD.sub("", head).strip(" ,.-–")


@lru_cache(maxsize=65536)
def heading_kind(text: str) -> str | None:
    """The section kind a heading line names, or None when the line is no heading."""
    if text.count(" ") > MAX_HEADING_WORDS + MAX_DATE_WORDS:
        return None
    k = _without_date(key(text))
    if not k or len(k.split()) > MAX_HEADING_WORDS:
        return None
    if k in SECTION_HEADINGS:
        return SECTION_HEADINGS[k]
    combined = _combined_kind(k)
    if combined:
        return combined
    for pattern, kind in _PATTERN_KINDS:
        if pattern.fullmatch(k):
            return kind
    words = k.split()
    if len(words) > 1 and words[0] in DECISION_WORDS and names_a_body(words[-1]):
        return "decision"  # "Beslutning Teknik- og Miljøudvalget den 11-03-2024"
    return None


def _combined_kind(k: str) -> str | None:
    """'Drøftelse og beslutning', 'Referat/beslutning', 'Sagsfremstilling og indstilling': two
    headings in one. A decision in it makes it the decision; else a recommendation; else the first."""
    parts = _COMBINED.split(k)
    if len(parts) < 2 or not all(part in SECTION_HEADINGS for part in parts):
        return None
    kinds = [SECTION_HEADINGS[part] for part in parts]
    for kind in ("decision", "recommendation"):
        if kind in kinds:
            return kind
    return kinds[0]


def names_a_body(word: str) -> bool:
    """'Handicaprådet', 'Miljøudvalget', 'Grundejerforeningen': a word ending in a body noun."""
    w = word.lower().strip(".,:")
    return any(w.endswith((noun, noun + "et", noun + "en", noun + "n")) for noun in BODY_NOUNS)
