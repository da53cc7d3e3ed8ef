"""Danish dates and times as printed in minutes.

Dates: "26. august 2019", "9. januar 2025", "4.september 2008", "7 februar 2022",
"1. okt. 2025", "09.01.2025", "d. 27-08-2025", "24.1.25", "12/3-2024", "12/3 2024", "2025-01-09",
"091110 Referat" (YYMMDD before a title word), and day + month without a year
("Tirsdag 1. december", "den 6/5") when a reference date gives the year.
Times: "kl. 13.00-16.00", "kl. 12.00 - 16.00", "Kl. 19:00", "kl. 9-13", "16:00".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .vocabulary import (
    APPROXIMATION_WORDS,
    DATE_LEAD_WORDS,
    ENGLISH_ORDINAL_SUFFIXES,
    MONTHS,
    TIME_FROM_WORDS,
    TIME_SPAN_WORDS,
    TIME_WORDS,
    WEEKDAYS,
)

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_LEAD = "|".join(map(re.escape, DATE_LEAD_WORDS))  # "den|d\.", matched case-insensitively
TIME_WORD = "|".join(map(re.escape, TIME_WORDS))  # "kl\.|kl|klokken", matched case-insensitively
TIME_WORD_CHARS = max(map(len, TIME_WORDS))  # the longest time word
TIME_SPAN = "|".join(("[-–—]", *map(re.escape, TIME_SPAN_WORDS)))  # between two times: "[-–—]|til"
_APPROXIMATELY = "|".join(map(re.escape, APPROXIMATION_WORDS))  # "ca\." before an end time
_TIME_FROM = "|".join(map(re.escape, TIME_FROM_WORDS))  # "fra" before a time after a date

# "26. august 2019", "4.september 2008", "1. okt. 2025", "7 februar 2022", "26 aug 2019", "15-maj-2002",
# "3. maj '24" (two digits after an apostrophe)
# "3. maj 24" (two digits after a space) only where the date ends there: the end of the text, a comma, a time
_NAMED = re.compile(
    rf"(?<![\w.])(\d{{1,2}})\s*[.\-]?\s*({_MONTH_ALT})\b\.?(?:\s*[,\-]?\s*(\d{{4}}|['’]\d{{2}}(?!\d)|(?<=\s)\d{{2}}(?=\.?\s*$|[,;)]|\s+(?:{TIME_WORD})(?!\w))))?",
    re.IGNORECASE,
)
# "May 9, 2023", "december 3rd, 2024": the month first, then day and year (the year required)
_MONTH_FIRST = re.compile(
    rf"(?<![\w.])({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:{'|'.join(ENGLISH_ORDINAL_SUFFIXES)})?,?\s+(\d{{4}})(?!\d)", re.IGNORECASE
)
# "09.01.2025", "27-08-2025", "9/1/2025", "24.1.25"
_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})([.\-/])(\d{1,2})\2(\d{4}|\d{2})(?![\d])")
# "12/3-2024", "d. 5/11-24", "12/3 2024": day/month-year, a common Danish hand
_SLASH_DASH = re.compile(r"(?<![\d./])(\d{1,2})/(\d{1,2})(?:-(\d{4}|\d{2})|\s(\d{4}))(?![\d./])")
# "Dato: 3/5 24", "tirsdag d. 3/5 24 kl. 19": two digits of the year after a space, only after a date's lead word, a
# weekday or a label's colon, and where the date ends (the end of the text, a comma, a time); not "side 12/3 24"
_SLASH_SHORT_YEAR = re.compile(
    rf"(?:(?<!\w)(?:{DATE_LEAD}|(?:{'|'.join(WEEKDAYS)})\b)|:)\s*(\d{{1,2}})/(\d{{1,2}})\s(\d{{2}})"
    rf"(?=\.?\s*$|[,;)]|\s+(?:{TIME_WORD})(?!\w))",
    re.IGNORECASE,
)
# "26.2-23", "d. 26.02-2023": day.month-year, the same hand with a dot; never after a time word
# ("kl. 10.05-12" is a time span)
_DOT_DASH = re.compile(r"(?<![\d./])(\d{1,2})\.(\d{1,2})-(\d{4}|\d{2})(?![\d./])")
_TIME_WORD_BEFORE = re.compile(rf"(?:{TIME_WORD})\s*$", re.IGNORECASE)
_ISO = re.compile(r"(?<![\d.])(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?![\d])")  # "2025-01-09", "2021.05.13"
# "den 6/5", "d. 6.5.", "mandag 7/4": day and month in digits without a year, a date only after
# its lead word or a weekday
_DAY_MONTH = re.compile(
    rf"(?<!\w)(?:{DATE_LEAD}|(?:{'|'.join(WEEKDAYS)})\b)\s*(\d{{1,2}})([./])(\d{{1,2}})\.?(?![\d./-])", re.IGNORECASE
)
# "091110 Referat af …": a compact date that opens a title line.
_COMPACT = re.compile(r"^\s*(\d{2}|\d{4})(\d{2})(\d{2})\s+(?=[A-Za-zÆØÅæøå])")
# Cheap tests before the patterns above (most lines with a digit hold no date): every form
# holds a digit; the named ones a digit before a month name or a month name before a digit
# (the name's first three letters are enough to test); the numeric ones a digit, a separator
# and a digit.
_ANY_DIGIT = re.compile(r"\d")
_MONTH_STARTS = "|".join(sorted({name[:3] for name in MONTHS}))
_DIGIT_THEN_MONTH = re.compile(rf"\d\s*[.\-]?\s*(?:{_MONTH_STARTS})")  # searched in case-folded text
_MONTH_THEN_DIGIT = re.compile(rf"(?:{_MONTH_STARTS})\w*\.?\s+\d")  # searched in case-folded text
_DIGIT_SEPARATOR_DIGIT = re.compile(r"\d[.\-/]\d")

# "kl. 13.00-16.00", "kl. 12.00 - 16.00", "Kl. 19:00", "kl. 9-13", "kl. 8.30 til 10"
_KL_TIME = re.compile(
    rf"\b(?:{TIME_WORD})\s*(\d{{1,2}})(?:[.:](\d{{2}}))?"
    rf"(?:\s*(?:{TIME_SPAN})\s*(?:(?:{_APPROXIMATELY})\s*)?(?:(?:{TIME_WORD})\s*)?(\d{{1,2}})(?:[.:](\d{{2}}))?)?(?![\d])",
    re.IGNORECASE,
)
# "13.00-16.00", "19:00" (used only on lines labelled as times)
_BARE_TIME = re.compile(
    rf"(?<![\d.:])(\d{{1,2}})[.:](\d{{2}})(?![./]\d)(?:\s*(?:{TIME_SPAN})\s*(\d{{1,2}})[.:](\d{{2}}))?(?![\d])"
)

# "Tid: 17-19", "Tid: 19-21.30", "16.30-18": a span whose times need not both give minutes (used only on lines
# labelled as times)
_BARE_HOURS = re.compile(rf"(?<![\d.:/,-])(\d{{1,2}})(?:[.:](\d{{2}}))?\s*(?:{TIME_SPAN})\s*(\d{{1,2}})(?:[.:](\d{{2}}))?(?![\d.:/,-])")


@dataclass(frozen=True)
class DateMatch:
    value: date | None  # None when the year is missing and could not be inferred
    start: int
    end: int
    day: int
    month: int


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _full_year(year: int) -> int:
    return year + 2000 if year < 70 else (year + 1900 if year < 100 else year)


def find_dates(text: str, reference: date | None = None) -> list[DateMatch]:
    """Every date in `text`, in order. Day+month without a year take the year from
    `reference` (the next such date on or after it), else value None."""
    if not _ANY_DIGIT.search(text):
        return []
    folded = text.casefold()  # as re.IGNORECASE compares ("ſ" is "s")
    day_first = bool(_DIGIT_THEN_MONTH.search(folded))
    month_first = bool(_MONTH_THEN_DIGIT.search(folded))
    numeric = bool(_DIGIT_SEPARATOR_DIGIT.search(text))
    found: list[DateMatch] = []
    for m in (_NAMED.finditer(text) if day_first else ()):
        day, month = int(m.group(1)), _month(m.group(2))
        if m.group(3):
            value = _make(_full_year(int(m.group(3).lstrip("'’"))), month, day)
        else:
            value = _infer_year(day, month, reference)
        if 1 <= day <= 31:
            found.append(DateMatch(value, m.start(), m.end(), day, month))
    for m in (_NUMERIC.finditer(text) if numeric else ()):
        if any(f.start <= m.start() < f.end for f in found):
            continue
        day, month, year = int(m.group(1)), int(m.group(3)), _full_year(int(m.group(4)))
        value = _make(year, month, day)
        if value:
            found.append(DateMatch(value, m.start(), m.end(), day, month))
    for m in (_SLASH_DASH.finditer(text) if numeric else ()):
        value = _make(_full_year(int(m.group(3) or m.group(4))), int(m.group(2)), int(m.group(1)))
        if value:
            found.append(DateMatch(value, m.start(), m.end(), value.day, value.month))
    for m in (_SLASH_SHORT_YEAR.finditer(text) if numeric else ()):
        value = _make(_full_year(int(m.group(3))), int(m.group(2)), int(m.group(1)))
        if value:
            found.append(DateMatch(value, m.start(1), m.end(), value.day, value.month))
    for m in (_DOT_DASH.finditer(text) if numeric else ()):
        if _TIME_WORD_BEFORE.search(text, max(0, m.start() - TIME_WORD_CHARS - 1), m.start()):  # the word and its space
            continue
        value = _make(_full_year(int(m.group(3))), int(m.group(2)), int(m.group(1)))
        if value:
            found.append(DateMatch(value, m.start(), m.end(), value.day, value.month))
    for m in (_ISO.finditer(text) if numeric else ()):
        value = _make(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        if value:
            found.append(DateMatch(value, m.start(), m.end(), value.day, value.month))
    for m in (_MONTH_FIRST.finditer(text) if month_first else ()):
        if any(f.start <= m.start() < f.end or m.start() <= f.start < m.end() for f in found):
            continue
        value = _make(int(m.group(3)), _month(m.group(1)), int(m.group(2)))
        if value:
            found.append(DateMatch(value, m.start(), m.end(), value.day, value.month))
    for m in (_DAY_MONTH.finditer(text) if numeric else ()):
        day, month = int(m.group(1)), int(m.group(3))
        if 1 <= day <= 31 and 1 <= month <= 12 and not any(f.start <= m.start(1) < f.end for f in found):
            found.append(DateMatch(_infer_year(day, month, reference), m.start(1), m.end(), day, month))
    compact = _COMPACT.match(text)
    if compact:
        value = _make(_full_year(int(compact.group(1))), int(compact.group(2)), int(compact.group(3)))
        if value:
            found.append(DateMatch(value, compact.start(1), compact.end(3), value.day, value.month))
    return sorted(found, key=lambda f: f.start)


def _month(name: str) -> int:
    """The month a matched month name means, compared as the pattern matched it (case-folded:
    "ſep", in an old spelling, is "sep")."""
    return MONTHS[name.casefold()]


def _infer_year(day: int, month: int, reference: date | None) -> date | None:
    if reference is None:
        return None
    value = _make(reference.year, month, day)
    if value and value < reference:
        value = _make(reference.year + 1, month, day)
    return value


def first_date(text: str, reference: date | None = None) -> date | None:
    for match in find_dates(text, reference):
        if match.value:
            return match.value
    return None


def has_date(text: str) -> bool:
    if not _ANY_DIGIT.search(text):  # every date form has a digit
        return False
    return any(m.value for m in find_dates(text))


def _hhmm(hour: str | None, minute: str | None) -> str | None:
    if hour is None:
        return None
    h, mnt = int(hour), int(minute or 0)
    if h > 24 or mnt > 59:
        return None
    return f"{h:02d}:{mnt:02d}"


def find_times(text: str, bare: bool = False) -> tuple[str | None, str | None]:
    """(start, end) as "HH:MM" from "kl. 13.00-16.00" and the like; with `bare`,
    also from times without "kl." (for lines labelled Tid/Tidspunkt)."""
    m = _KL_TIME.search(text)
    if m:
        start = _hhmm(m.group(1), m.group(2))
        end = _hhmm(m.group(3), m.group(4)) if m.group(3) else None
        if start:
            return start, end
    if bare:
        masked = _mask_dates(text)
        for m in _BARE_HOURS.finditer(masked):  # a span first: "19-21.30" is not the time "21.30"
            if int(m.group(1)) < int(m.group(3)) and (start := _hhmm(m.group(1), m.group(2))):
                return start, _hhmm(m.group(3), m.group(4))
        for m in _BARE_TIME.finditer(masked):
            start = _hhmm(m.group(1), m.group(2))
            end = _hhmm(m.group(3), m.group(4)) if m.group(3) else None
            if start:
                return start, end
    return None, None


_TIME_AFTER_DATE = re.compile(rf"^\s*,?\s*(?:(?:{_TIME_FROM})\s+)?(\d{{1,2}})[.:](\d{{2}})(?:\s*(?:{TIME_SPAN})\s*(\d{{1,2}})[.:](\d{{2}}))?(?![\d.:/])")


def time_after_date(text: str) -> tuple[str | None, str | None]:
    """'22-12-2020 13:00', '14-06-2021 16:00-18:00', '4. marts 2025 fra 19.00-21.30': a time printed
    right after a date, without "kl."."""
    for match in find_dates(text):
        m = _TIME_AFTER_DATE.match(text[match.end :])
        if m:
            start = _hhmm(m.group(1), m.group(2))
            return start, (_hhmm(m.group(3), m.group(4)) if m.group(3) else None) if start else None
    return None, None


def _mask_dates(text: str) -> str:
    """Blank out dates so "09.01.2025" is not read as the time 09.01."""
    chars = list(text)
    for match in find_dates(text):
        for i in range(match.start, match.end):
            chars[i] = " "
    return "".join(chars)


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
