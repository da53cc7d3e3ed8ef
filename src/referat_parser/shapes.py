"""The shapes of Danish minutes that the reader, cleaning and the extractors all look for,
defined once: how a page number is printed, how an item label opens a line, and how item
numbers are ordered. The words inside the shapes come from `vocabulary.py`.

Page numbers:  "3", "Side 3", "Side 3 af 40", "Page 2 of 5", "3/40", "- 3 -" (`is_page_number`).
Item starts:   "3. Title", "3) Title", "Punkt 4: Title", "§ 9 Title", "Sag nr. 12 Title", "A: Title" …
               (`ITEM_STARTS`, one pattern per style); a bare label "Pkt. 4 og 5" (`ITEM_LABEL_LINE`).
Item labels:   "Punkt 4", "Pkt. 4", "Sag nr. 12", "Dagsordenspunkt 3" (`ITEM_LABEL`, a piece to build with).
Item numbers:  "3", "12", "4a" (`ITEM_NUMBER`), ordered by `ordinal` ("4a" between 4 and 5).
Furniture:     a line as it repeats on every page, its page number folded (`furniture_shape`).
Case numbers:  "2024-079097", "00.01.00-A00-1-24", "19/1234", "1-30-72-1-24" (`CASE_NUMBER`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .dates import TIME_SPAN, TIME_WORD, TIME_WORD_CHARS
from .textutil import key
from .vocabulary import (
    CASE_NUMBER_LABELS,
    ITEM_NUMBER_JOINERS,
    ITEM_NUMBER_WORDS,
    ITEM_OWNER_WORDS,
    ITEM_PLACE_PHRASES,
    ITEM_REFERENCE_PREFIX,
    ITEM_REFERENCE_WORDS,
    ITEM_WORDS,
    MONTHS,
    PAGE_OF_WORDS,
    PAGE_WORDS,
    TIME_WORDS,
)

MAX_PAGE_COUNT = 1000  # "24/4567" counts no pages: a case number

# Pieces of patterns (strings, to build larger patterns from) ------------------------------

ITEM_WORD = "|".join(re.escape(w) for w in ITEM_WORDS)  # "punkt|pkt\.|…", matched case-insensitively
ITEM_NUMBER_WORD = "|".join(re.escape(w) for w in ITEM_NUMBER_WORDS)  # "nr\.|nr|nummer"
ITEM_NUMBER = r"\d{1,3}[a-z]?"  # "3", "12", "4a"
ITEM_LABEL = rf"(?:{ITEM_WORD})\s*(?:(?:{ITEM_NUMBER_WORD})\s*)?"  # "Punkt ", "Sag nr. ", "Pkt."; a number follows
ROMAN_PAGE = r"[ivxlc]{1,6}"  # "...xiii": front-matter pages numbered in lower-case roman numerals
PAGE_WORD = "|".join(re.escape(w) for w in PAGE_WORDS)  # "side|page|s\."
PAGE_OF = "|".join(re.escape(w) for w in PAGE_OF_WORDS)  # "af|of|ud af"
# The same labels capitalised and matched case-sensitively, for a page run together into one
# line, where only the capital tells a label from running text ("… og Sag nr. 75 Lokalplan …")
CAPITALIZED_ITEM_LABEL = rf"(?:{'|'.join(re.escape(w.capitalize()) for w in ITEM_WORDS)})\s*(?:(?:{ITEM_NUMBER_WORD})\s*)?"
CAPITALIZED_PAGE_WORD = "|".join(re.escape(w.capitalize()) for w in PAGE_WORDS)  # "Side|Page|S\."

# Whole shapes ------------------------------------------------------------------------------

PAGE_NUMBER = re.compile(
    rf"^(?:(?:{PAGE_WORD})\s*)?\d{{1,4}}(?:\s*(?:/|{PAGE_OF})\s*\d{{1,4}})?$"  # "3", "Side 3", "Side 3 af 40", "3/40"
    r"|^[-–]\s*\d{1,4}\s*[-–]$",  # "- 3 -"
    re.IGNORECASE,
)
# "… 2. oktober 2012 Side 2 af 5": a line ending with its page's number and the page count (a running header)
PAGE_OF_COUNT_TAIL = re.compile(rf"\b(?:{PAGE_WORD})\s*\d{{1,4}}\s*(?:{PAGE_OF})\s*\d{{1,4}}\s*$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_ORDINAL = re.compile(r"(\d+)([a-z]?)")


def is_page_number(text: str, pages: int | None = None) -> bool:
    """'12/16', 'Side 3 af 9', '- 4 -'. Not '24/4567': a page of a count past the last page, or
    a count no document reaches, is a case number (year/serial). Where the document's page
    count is known, a bare number past it ('2025' alone, a title's year wrapped onto its own
    line) is no page number."""
    stripped = text.strip()
    if not PAGE_NUMBER.match(stripped):
        return False
    numbers = [int(n) for n in _DIGITS.findall(stripped)]
    if stripped.isdigit() and numbers[0] >= MAX_PAGE_COUNT:
        return False  # "2025" alone: a year (a heading's, wrapped onto a line of its own), no document has that many pages
    if pages is not None and stripped.isdigit() and numbers[0] > pages:
        return False  # a bare number past the last page ("Side 3 af 3" on page 2 of an extract still is one)
    return len(numbers) < 2 or numbers[0] <= numbers[1] < MAX_PAGE_COUNT


@lru_cache(maxsize=65536)
def furniture_shape(text: str) -> str:
    """A line as running headers and footers repeat it from page to page: digits folded, case,
    spacing and edge punctuation ignored ("Side 3 af 9" and "side 4 af 9" have one shape)."""
    return _DIGITS.sub("#", key(text))


# A case (journal) number printed alone or with an item's title
CASE_NUMBER = re.compile(
    r"^(?:[A-ZÆØÅ]{2,6}-)?\d{4}-\d{3,}(?:-\d+)?$"  # 2024-079097, EMN-2025-003383
    r"|^\d{2}\.\d{2}\.\d{2}-[A-ZØ]\d{2}-\d+-\d{2}$"  # KLE: 00.01.00-A00-1-24
    r"|^\d{2}/\d{3,6}$"  # 19/1234
    r"|^\d{1,2}(?:-\d{1,4}){4}$"  # 1-30-72-1-24 (journal plan number, year last)
)
# the labels printed before a case number ("Sagsnr.", "J.nr."), the longest first, a piece to build with
CASE_LABEL = "|".join(re.escape(label) for label in sorted(CASE_NUMBER_LABELS, key=len, reverse=True))

ROMAN_ITEM_NUMBER = r"X{0,3}(?:IX|IV|V?I{0,3})"  # "I" … "XXXIX": items numbered in roman numerals
_ROMAN_ITEM_NUMBER = re.compile(ROMAN_ITEM_NUMBER)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def roman_value(number: str) -> int | None:
    """'IV' → 4, 'XII' → 12; None for anything that is no roman numeral of an item."""
    if not number or not _ROMAN_ITEM_NUMBER.fullmatch(number):
        return None
    values = [_ROMAN_VALUES[ch] for ch in number]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


@lru_cache(maxsize=4096)
def ordinal(number: str) -> float:
    """An item number's place in order: '4' → 4.0, '4a' → 4.01, 'B' → 2.0 (lettered items),
    'IV' → 4.0 (roman numerals; 'I', 'V' and 'X' count as such, not as the 9th, 22nd, 24th letter)."""
    roman = roman_value(number)
    if roman is not None:
        return float(roman)
    if number.isalpha():
        return float(ord(number.upper()) - ord("A") + 1)
    m = _ORDINAL.match(number)
    if not m:
        return 0.0
    return int(m.group(1)) + ((ord(m.group(2)) - 96) / 100 if m.group(2) else 0.0)


# Item starts ----------------------------------------------------------------------------------
# One pattern per style of numbering an item, in the order they are tried; each gives the item's
# number (`num`) and what follows it on the line (`title`).

_AD = re.escape(ITEM_REFERENCE_PREFIX)
ITEM_REFERENCE_WORD = "|".join(re.escape(w) for w in ITEM_REFERENCE_WORDS)  # "til|vedr\.|…": an item word follows
_JOINER = "|".join(re.escape(w) for w in ITEM_NUMBER_JOINERS)
_OWNER = rf"(?:(?:{'|'.join(re.escape(w) for w in ITEM_OWNER_WORDS)})\s+)?"  # "dagsordenens " before the item word
_MONTH_WORD = "|".join(MONTHS)
_PLACE = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ITEM_PLACE_PHRASES)  # "på dagsordenen" after the number
# "3. punkt: Title", "3. Pkt. - Title": the item word after the number
_ITEM_WORD_AFTER = "|".join(re.escape(form) for w in ITEM_WORDS for form in (w, w.capitalize()))
_TITLE_OPENING = "[A-ZÆØÅ0-9\"”“'(«]"  # a title opens with a capital, a digit, a quote or a bracket …
_TITLE_OPENING_NO_DIGIT = "[A-ZÆØÅ\"”“'(«]"  # … in the colon and cell styles, not with a digit

# "Ad II.", "Punkt IV": a roman numeral after an item label, ending its word (in capitals: see `is_lower_case_roman`)
_LABELLED_ROMAN = rf"(?=[IVX]){ROMAN_ITEM_NUMBER}(?![\wæøåÆØÅ])"

ITEM_STARTS: dict[str, re.Pattern[str]] = {
    # "Punkt 3", "Pkt. 3: Title", "Sag nr. 12 Title", "Nr. 3 Title", "Ad 3)", "Ad pkt. 3", "Ad dagsordenens punkt 3" (not "Pkt. 4 og 5", "Sag 12/2024")
    "punkt": re.compile(
        rf"^(?:{_AD}\.?\s*(?:{_OWNER}(?:{ITEM_WORD}))?|(?:{ITEM_REFERENCE_WORD})\s*{_OWNER}(?:{ITEM_WORD})|{ITEM_WORD}|(?={ITEM_NUMBER_WORD}))\s*(?:(?:{ITEM_NUMBER_WORD})\s*)?(?P<num>{ITEM_NUMBER}|{_LABELLED_ROMAN})"
        rf"(?![\d+&,/]|\s*[+&,]\s*\d|\s+(?:{_JOINER})\s+\d)(?:\s+(?:{_PLACE}))?\s*[.:)\-–]?\s*(?P<title>.*)$",
        re.IGNORECASE,
    ),
    # "Punkt 1/2025: Title", "Pkt. 3/25 Title": items numbered within the year (a run from 1 only: "Sag 12/2024 …" is a case)
    "year": re.compile(
        rf"^(?:{ITEM_WORD})\s*(?:(?:{ITEM_NUMBER_WORD})\s*)?(?P<num>\d{{1,3}})/(?:\d{{4}}|\d{{2}})\s*[.:)\-–]?\s+(?P<title>{_TITLE_OPENING}.*)$",
        re.IGNORECASE,
    ),
    # "3. Title", "3.Title", "3.0 Title" (outline numbering; its sub-points "3.1" are no items), "3. punkt: Title" (not "3. marts")
    "dot": re.compile(rf"^(?P<num>{ITEM_NUMBER})\.(?:0(?=\s))?(?:\s+|\t+|(?=[A-ZÆØÅ]))(?:(?:{_ITEM_WORD_AFTER})\s*[.:\-–]\s*)?"
                      rf"(?!(?:{_MONTH_WORD})\b)(?P<title>{_TITLE_OPENING}.*)$"),
    "paren": re.compile(rf"^\(?(?P<num>{ITEM_NUMBER})\)\s*(?P<title>{_TITLE_OPENING}.*)$"),  # "3) Title", "(3) Title"
    "colon": re.compile(rf"^(?P<num>{ITEM_NUMBER})(?::|\s*[-–])\s+(?P<title>{_TITLE_OPENING_NO_DIGIT}.*)$"),  # "3: Title", "3 - Title"
    "roman": re.compile(rf"^(?P<num>{ROMAN_ITEM_NUMBER})[.)]\s+(?P<title>{_TITLE_OPENING}.*)$"),  # "IV. Title"
    "letter": re.compile(rf"^(?P<num>[A-ZÆØÅ])\s*[:.)]\s*(?P<title>{_TITLE_OPENING}.*)$"),  # "A: Title", "B) Title"
    "paragraph": re.compile(rf"^§\s*(?P<num>{ITEM_NUMBER})\.?\s*(?P<title>.*)$"),  # "§ 9 Title", "§ 9."
    # "1<tab>Title", a table row as text: "1 | Title | …", "1      Title      …"
    "cell": re.compile(rf"^(?P<num>{ITEM_NUMBER})(?:\t+|\s{{3,}}|\s+\|\s+)(?P<title>{_TITLE_OPENING_NO_DIGIT}.*)$"),
    "bare": re.compile(rf"^(?P<num>{ITEM_NUMBER})[.)](?P<title>)$"),  # "1." alone, the title on the next line
    "space": re.compile(r"^(?P<num>\d{1,2})\s(?P<title>[A-ZÆØÅ][a-zæøå]\S*(?:\s\S+){0,9})$"),  # "1 Godkendelse af dagsorden"
}

# "17.00-17.05 ", "Kl. 19.30 ": the time slot a school board's or a club's agenda prints before an item's number
_CLOCK = r"(?:[01]?\d|2[0-3])[.:][0-5]\d"
_TIME_SLOT = rf"(?:(?:{TIME_WORD})\s*)?{_CLOCK}(?:\s*(?:{TIME_SPAN})\s*{_CLOCK})?"
TIME_SLOT_CELL = re.compile(rf"^{_TIME_SLOT}$", re.IGNORECASE)  # a table's time column: "17.05", "17.05-17.30"
TIME_SLOT_PREFIX = re.compile(
    rf"^{_TIME_SLOT}(?:\s*[|:]\s*|\t+|\s+)(?=\S)", re.IGNORECASE
)

# "Punkt 3", "Pkt. 4 og 5", "Sag nr. 12": an item label ending its line (found anywhere after a space)
ITEM_LABEL_LINE = re.compile(
    rf"(?:^|\s){ITEM_LABEL}{ITEM_NUMBER}(?:\s*(?:[+&,]|{_JOINER})\s*{ITEM_NUMBER})*\s*\.?$", re.IGNORECASE
)

# A number as OCR or hurried typing leaves it: "i . Valg", "3 . Regnskab", "10. .Indkøb", "I. Valg", "7 evt.", "2, Beretning"
OCR_ONE_LOOKALIKES = "iIl|!"
OCR_ZERO_LOOKALIKES = "oO"
LOOSE_ITEM_START = re.compile(
    rf"^(?:{ITEM_LABEL})?(?P<num>[0-9{re.escape(OCR_ONE_LOOKALIKES + OCR_ZERO_LOOKALIKES)}]{{1,3}})"
    r"(?:\s*(?P<mark>[.:),])\s*\.?\s*|\s+)(?P<title>[^\W\d_].*)$",
    re.IGNORECASE,
)

_ITEM_WORD_INITIALS = {w[0].lower() for w in (*ITEM_WORDS, *ITEM_NUMBER_WORDS, ITEM_REFERENCE_PREFIX, *ITEM_REFERENCE_WORDS)}
_ITEM_WORD_PREFIX_CHARS = max(len(w) for w in (*ITEM_WORDS, *ITEM_NUMBER_WORDS, ITEM_REFERENCE_PREFIX, *ITEM_REFERENCE_WORDS))


def is_lower_case_roman(number: str) -> bool:
    """'vi' read as the number after 'Ad' ('Ad vi …'): a word, not a roman numeral, which items print in capitals."""
    return number.isalpha() and not number.isupper()


def may_open_time_slot(stripped: str) -> bool:
    """A cheap test before TIME_SLOT_PREFIX: the (stripped) line opens with a digit or a time word."""
    return stripped[:1].isdigit() or stripped[:TIME_WORD_CHARS].lower().startswith(TIME_WORDS)


def could_start_item(stripped: str) -> bool:
    """A cheap test before the `ITEM_STARTS` patterns: a number, §, a capital with a mark, or
    an item word at the start of the (stripped) line."""
    if not stripped:
        return False
    first = stripped[0]
    if first.isdigit() or first == "§" or (first == "(" and stripped[1:2].isdigit()):
        return True  # "3. …", "§ 3", "(3) …"
    if first.isalpha() and len(stripped) > 1 and stripped[1] in ":.) ":
        return True
    if first in _ROMAN_VALUES and roman_value(stripped.split(None, 1)[0].rstrip(".)")) is not None:
        return True  # "III. Title"
    if first.lower() not in _ITEM_WORD_INITIALS:
        return False
    lowered = stripped[:_ITEM_WORD_PREFIX_CHARS].lower()
    return (lowered.startswith(ITEM_WORDS) or lowered.startswith(ITEM_NUMBER_WORDS) or lowered.startswith(ITEM_REFERENCE_PREFIX)
            or lowered.startswith(ITEM_REFERENCE_WORDS))


# A line laid out as a table: its cells apart by a tab each, a wide gap or " | " ("1 | Budget | Godkendt.")
TABLE_CELL_GAP = re.compile(r"\t| {3,}| +\| +")


def may_be_table_row(text: str) -> bool:
    """A cheap test before TABLE_CELL_GAP: cells set apart by a tab, a wide gap or ' | '."""
    return "\t" in text or "   " in text or " | " in text


def table_cells(text: str) -> list[str]:
    """'1 | Budget | Godkendt.' → ['1', 'Budget', 'Godkendt.']: a table row's cells, stripped (empty ones kept)."""
    return [cell.strip() for cell in TABLE_CELL_GAP.split(text.strip())]


def canonical_number(number: str) -> str:
    """'01' → '1', '003a' → '3a': numbers as the spec writes them."""
    stripped = number.lstrip("0")
    return stripped if stripped and stripped[0].isdigit() else (number if not number.isdigit() else "0")
