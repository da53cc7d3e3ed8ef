"""The shapes of Danish minutes that the reader, cleaning and the extractors all look for,
defined once: how a page number is printed, how an item label opens a line, and how item
numbers are ordered. The words inside the shapes come from `vocabulary.py`.

Page numbers:  "3", "Side 3", "Side 3 af 40", "Page 2 of 5", "3/40", "- 3 -".
Item labels:   "Punkt 4", "Pkt. 4", "Sag nr. 12", "Dagsordenspunkt 3" (`ITEM_LABEL` + a number).
Item numbers:  "3", "12", "4a" (`ITEM_NUMBER`), ordered by `ordinal` ("4a" between 4 and 5).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .vocabulary import ITEM_NUMBER_WORDS, ITEM_WORDS, PAGE_OF_WORDS, PAGE_WORDS

MAX_PAGE_COUNT = 1000  # "24/4567" counts no pages: a case number

# Pieces of patterns (strings, to build larger patterns from) ------------------------------

ITEM_WORD = "|".join(re.escape(w) for w in ITEM_WORDS)  # "punkt|pkt\.|…", matched case-insensitively
ITEM_NUMBER_WORD = "|".join(re.escape(w) for w in ITEM_NUMBER_WORDS)  # "nr\.|nr|nummer"
ITEM_NUMBER = r"\d{1,3}[a-z]?"  # "3", "12", "4a"
ITEM_LABEL = rf"(?:{ITEM_WORD})\s*(?:(?:{ITEM_NUMBER_WORD})\s*)?"  # "Punkt ", "Sag nr. ", "Pkt."; a number follows
PAGE_WORD = "|".join(re.escape(w) for w in PAGE_WORDS)  # "side|page|s\."
PAGE_OF = "|".join(re.escape(w) for w in PAGE_OF_WORDS)  # "af|of|ud af"

# Whole shapes ------------------------------------------------------------------------------

PAGE_NUMBER = re.compile(
    rf"^(?:(?:{PAGE_WORD})\s*)?\d{{1,4}}(?:\s*(?:/|{PAGE_OF})\s*\d{{1,4}})?$"  # "3", "Side 3", "Side 3 af 40", "3/40"
    r"|^[-–]\s*\d{1,4}\s*[-–]$",  # "- 3 -"
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_ORDINAL = re.compile(r"(\d+)([a-z]?)")


def is_page_number(text: str) -> bool:
    """'12/16', 'Side 3 af 9', '- 4 -'. Not '24/4567': a page of a count past the last page, or
    a count no document reaches, is a case number (year/serial)."""
    stripped = text.strip()
    if not PAGE_NUMBER.match(stripped):
        return False
    numbers = [int(n) for n in _DIGITS.findall(stripped)]
    return len(numbers) < 2 or numbers[0] <= numbers[1] < MAX_PAGE_COUNT


@lru_cache(maxsize=4096)
def ordinal(number: str) -> float:
    """An item number's place in order: '4' → 4.0, '4a' → 4.01, 'B' → 2.0 (lettered items)."""
    if number.isalpha():
        return float(ord(number.upper()) - ord("A") + 1)
    m = _ORDINAL.match(number)
    if not m:
        return 0.0
    return int(m.group(1)) + ((ord(m.group(2)) - 96) / 100 if m.group(2) else 0.0)
