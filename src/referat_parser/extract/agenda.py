"""The agenda index (table of contents) as printed before the items.

Entry forms: "1. Title (side 2)", "1.<tab>Title<tab>4", "Title ....... 3" (dotted leaders,
with or without a printed number), "1. Title 4" under an index heading; group headings
("Sager til behandling", "Åben") between entries; titles wrapped over lines.

An index is a run of entries that either carry page references, or stand under an
index heading ("Indholdsfortegnelse", "Dagsorden") and reappear later as the items.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from ..document import Line
from ..models import AgendaEntry, Warning
from ..shapes import CASE_LABEL, canonical_number, ITEM_LABEL, ITEM_NUMBER, ITEM_NUMBER_WORD, ITEM_REFERENCE_WORD, ITEM_STARTS, PAGE_WORD, ROMAN_ITEM_NUMBER, ROMAN_PAGE, TIME_SLOT_PREFIX, could_start_item, is_lower_case_roman, may_open_time_slot, ordinal
from ..textutil import collapse, counts_f1, has_bullet, key, strip_bullet, tokens
from .titles import ends_dangling, mostly_run_on, split_access, split_case_number_head
from ..vocabulary import (
    ACCESS_WORDS,
    AGENDA_LEADIN_WORDS,
    CONTENTS_HEADINGS,
    DANGLING_WORDS,
    DOCUMENT_TYPES,
    GROUP_HEADINGS,
    INDEX_FOR_WORDS,
    INDEX_HEADINGS,
    ITEM_OWNER_WORDS,
    ITEM_REFERENCE_PREFIX,
    SECTION_HEADINGS,
)

MIN_ENTRIES_WITH_PAGES = 2
MAX_GROUP_WORDS = 6
SAME_TITLE_F1 = 0.6  # an index entry "reappears" as an item when titles are this alike
F1_ROUNDING = 1e-9  # slack so a bound computed in floats never excludes a text at exactly SAME_TITLE_F1
MAX_BARE_PAGE = 999  # a bare trailing number above this is a year or an amount, not a page
MIN_TITLE_LIST = 3  # a list of item titles closing a page (see _closing_title_list)
MAX_INDEX_LEADIN_WORDS = 8  # "Dagsorden var:", "Dagsorden i henhold til vedtægterne:": a short lead-in on an index word
MAX_INDEX_GAP_LINES = 4  # non-entry lines allowed between the index heading and its first entry
ANCHOR_WORDS = 3  # an item heading's first words, sought in index titles printed apart from their numbers
PARALLEL_WORDS = 3  # a capitalised phrase this long printed twice begins two titles

_NUM = rf"(?P<num>{ITEM_NUMBER})"
_ROMAN = ROMAN_PAGE
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_AD = re.escape(ITEM_REFERENCE_PREFIX)
# "Punkt nr. 3 - ", "Pkt. 3: ", and "Ad 3)" / "Ad pkt. 3" (minutes answering the agenda point by point)
_OWNER = "|".join(re.escape(w) for w in ITEM_OWNER_WORDS)  # "dagsordenens": "Ad dagsordenens punkt 3"
# "Nr. 3 Title", and "Punkt 3/2025: Title" (items numbered within the year; the run of numbers tells them from case numbers)
_WORD_NUMBERED = re.compile(
    rf"^(?:{_AD}\.?\s*(?:(?:{_OWNER})\s+)?(?:{ITEM_LABEL})?|(?:{ITEM_REFERENCE_WORD})\s*{ITEM_LABEL}|{ITEM_LABEL}|(?:{ITEM_NUMBER_WORD})\s*)"
    rf"{_NUM}(?:/(?:\d{{4}}|\d{{2}})(?=[\s.:)\-–]))?\s*[.):\-–]?(?:\s+|$)", re.I)
_SIDE = re.compile(rf"^{_NUM}\s*[.):]?\s+(?P<title>.+?)\s*\((?:{PAGE_WORD})\s*(?P<page>\d{{1,4}})\)\s*\.?$", re.I)
# "Punkt 2   Regnskab 2024            side 2": the page word before the page, no parentheses
_SIDE_BARE = re.compile(rf"^{_NUM}\s*[.):]?\s+(?P<title>.+?)\s+(?:{PAGE_WORD})\s*(?P<page>\d{{1,4}})\s*\.?$", re.I)
_TAB = re.compile(rf"^{_NUM}[.):]?\t+(?P<title>[^\t]+?)\t+(?P<page>\d{{1,4}})$")
_LEADER = re.compile(
    rf"^(?:{_NUM}[.):]?\s+)?(?P<title>.+?)\s*(?:\.{{3,}}|…+|_{{3,}}|(?:\.\s){{3,}}|\t+)\s*(?P<page>\d{{1,4}}|{_ROMAN})$"
)
# without a leader a roman page has two letters or more: a title's last word "i" (Danish "in") is none
_TRAILING_PAGE = re.compile(rf"^{_NUM}[.):]?\s+(?P<title>.+?)\s+(?P<page>\d{{1,4}}|(?=[ivxlc]{{2}}){_ROMAN})$")
_NO_PAGE = re.compile(rf"^(?:{ITEM_LABEL})?{_NUM}(?:[.):](?!\d)\s*|\t+)(?P<title>\S.*)$", re.I)  # "3. Title", "3<tab>Title"
_SPACED_NUMBER = re.compile(rf"^{_NUM}\s+(?P<title>[A-ZÆØÅ].*)$")  # "36 Høring: …", the number set apart by a space only
_LEADING_NUMBER = re.compile(rf"^{_NUM}[.):]?\s")
_OUTLINE_NUMBER = re.compile(r"^(?P<num>\d{1,3})(?:\.0|\s*[-–])(?=\s)")  # "3.0 Økonomi" (outline numbering), "3 - Økonomi"
_BRACKETED_NUMBER = re.compile(r"^\((?P<num>\d{1,3})\)")  # "(3) Økonomi"
_SUB_POINT = re.compile(r"^(?:[a-zæøå][.)]+|\d{1,2}\.\d{1,2}\.?)\s")  # "a. På valg til bestyrelsen:", "b) Revisor", "2.1 Skolevej"
_PAGE_TAIL = re.compile(rf"^(?P<title>.*?)\s*(?:\((?:{PAGE_WORD})\s*(?P<side>\d{{1,4}})\)|(?:\.{{3,}}|…+|\t+)\s*(?P<page>\d{{1,4}}))\s*$", re.I)
_LEADER_DOTS = re.compile(r"\s*(?:\.{3,}|…+|_{3,})\s*$")
_LEADER_TAIL = re.compile(r"\s*(?:\.{2,}|…+|_{3,})\s*\d*\s*$")
_UNNUMBERED_TRAILING_PAGE = re.compile(r"^(?P<title>[^\d\s].*?[^\s.…])\s+(?P<page>\d{1,4})$")  # "Lokalplan …, med ti 17"
_BARE_NUMBER = re.compile(r"^(?P<num>\d{1,3})\.$")  # "3." alone: its title stands on a line of its own
_BARE_LABEL = re.compile(rf"^{ITEM_LABEL}{_NUM}\s*[.:]?$", re.I)
_NUMBERED_LINE = re.compile(rf"^{_NUM}[.):]\s")
_NUMBER_OPENING = re.compile(rf"^{_NUM}[.):](?:\s|$)")  # "1. Regnskab", or "1." over its title
_HEADING_TITLE = re.compile(rf"^{_NUM}[.):]?\s+(?P<title>\S.*)$")
# "Sagsnr. 25/14021" under an index entry: the entry's case number (the item prints it again)
_CASE_NUMBER_LINE = re.compile(rf"^(?:{CASE_LABEL})\s*:?\s*\S*\d\S*$", re.IGNORECASE)
_COLUMN_GAP = re.compile(r"\S {2,}\S")  # words set apart in columns
_PAGE_COLUMN_HEAD = re.compile(rf"\s(?:{PAGE_WORD})$", re.I)  # "Sag Side": a table's header row ends over the pages
_LETTERED = re.compile(rf"^(?P<num>(?=[IVX])(?:{ROMAN_ITEM_NUMBER})|[A-ZÆØ])[.)]\s+(?=\S)")  # "B. Økonomi", "IV) Valg"
_INNER_STOP = re.compile(r"[a-zæøå]{3}\.\s+[A-ZÆØÅ]")  # "… kl. 17. Vi mødes": a sentence ends inside the line
_GROUP_PREFIX = re.compile(rf"^(?P<group>[^\d\t]+?)\s{{2,}}(?P<rest>{ITEM_NUMBER}[.)]\s.*)$")


@dataclass
class AgendaIndex:
    entries: list[AgendaEntry] = field(default_factory=list)
    start: int | None = None  # first line of the index block (its heading where there is one)
    end: int | None = None  # one past its last line
    warnings: list[Warning] = field(default_factory=list)  # entries that could not be read apart

    def covers(self, index: int) -> bool:
        return self.start is not None and self.end is not None and self.start <= index < self.end

    def line_range(self) -> range:
        """The block's line indexes (none where there is no index): `i in` it is `covers(i)`, at a loop's speed."""
        return range(self.start, self.end) if self.start is not None and self.end is not None else range(0)


@dataclass
class _Entry:
    number: str | None
    title: str
    page: int | None
    group: str | None
    line: int
    raw: str = ""  # the entry's text as read so far (a wrapped entry is read again whole)
    pooled: bool = False  # a bare label ("Sag nr. 83"), or the entry after such labels holding all their titles
    lines: list[str] = field(default_factory=list)  # under bare labels: title lines read below them ("1." "2." then two titles)
    subs: list[tuple[str, str]] = field(default_factory=list)  # lettered points under it: ("a", "Forslag om vinduer")


def _plain_number(text: str) -> str:
    """'Punkt nr. 3 - Title' → '3. Title', 'Ad 3)' → '3. ': a line numbered with an item word, as a plain one;
    '3.0 Title' (outline numbering), '3 - Title' → '3. Title'; '(3) Title' → '3) Title'; '17.00-17.05 3. Title'
    (the item's time slot before its number) → '3. Title', and '17.10 Skolefest' → 'Skolefest'."""
    if may_open_time_slot(text):
        slot = TIME_SLOT_PREFIX.match(text)
        if slot:
            text = text[slot.end():]
    if text[:1].isdigit():
        return _OUTLINE_NUMBER.sub(r"\g<num>.", text, count=1)
    if text[:1] == "(":
        return _BRACKETED_NUMBER.sub(r"\g<num>)", text, count=1)
    return _WORD_NUMBERED.sub(r"\g<num>. ", text, count=1)


def _page_number(text: str) -> int:
    """'12' → 12, 'xiii' → 13."""
    if text.isdigit():
        return int(text)
    values = [_ROMAN_VALUES[ch] for ch in text]
    return sum(-v if n + 1 < len(values) and v < values[n + 1] else v for n, v in enumerate(values))


def _parse_entry(text: str, allow_trailing_page: bool) -> tuple[str | None, str, int | None] | None:
    text = _plain_number(text)
    for pattern in (_SIDE, _TAB, _LEADER, _SIDE_BARE):
        m = pattern.match(text)
        if m:
            return m.group("num"), m.group("title"), _page_number(m.group("page"))
    if allow_trailing_page:
        m = _TRAILING_PAGE.match(text)
        if m:
            return m.group("num"), m.group("title"), _page_number(m.group("page"))
    m = _NO_PAGE.match(text)
    if m:
        return m.group("num"), m.group("title"), None  # a page reference may follow on the next line
    if allow_trailing_page:
        m = _SPACED_NUMBER.match(text)  # "36 Høring: Lokalplan 512.18" under an index heading: no mark after the number
        if m:
            return m.group("num"), m.group("title"), None
    return None


@lru_cache(maxsize=65536)
def _has_page(text: str) -> bool:
    """The text ends in a page reference ("(side 4)", "..... 4", "<tab>4"; kept per text: the
    index finders ask it of the same lines)."""
    if not _ends_like_page(text):
        return False
    text = _plain_number(text)
    return any(p.match(text) for p in (_SIDE, _TAB, _LEADER, _SIDE_BARE))


def _ends_like_page(text: str) -> bool:
    """The cheap first test of _has_page: every entry form with a page ends in its digits,
    perhaps followed by ")" and a full stop ("(side 4)." / "..... 4" / "<tab>4")."""
    if text[-1:].isalpha():
        return False  # most lines: they end in a word
    tail = text.rstrip().removesuffix(".").rstrip().removesuffix(")")
    return tail[-1:].isdigit()


def _is_group_heading(text: str) -> bool:
    k = key(text)
    if k in GROUP_HEADINGS or k in ACCESS_WORDS:
        return True
    stripped = text.strip()
    if k in SECTION_HEADINGS or k in INDEX_HEADINGS or "\t" in text or ":" in text or _COLUMN_GAP.search(stripped) or _PAGE_COLUMN_HEAD.search(stripped):
        return False  # a cell's text or a table's header row ("Punkt  Titel  Side", "Sag Side"), no group
    words = text.split()
    return (
        0 < len(words) <= MAX_GROUP_WORDS
        and not text[0].isdigit()
        and not text.rstrip().endswith((".", ",", ";", ")"))
        and text[0].isupper()
    )


def _clean_title(title: str) -> str:
    """Tabs to spaces, and no dotted leader left at the end ("Budget ........")."""
    return collapse(_LEADER_DOTS.sub("", title.replace("\t", " ")))


def lines_to_agenda(lines: list[Line]) -> AgendaIndex:
    """Find the agenda index among the cleaned lines."""
    texts = [line.text.strip() for line in lines]
    paged = _FirstPaged(texts)
    heading, block_start, entries, end = _index_under_heading(texts, paged)
    if heading is not None:
        entries = _unnumbered_as_groups(entries)
        _settle_trailing_pages(entries)
        # a table of contents by name (a list, not one numbered heading): no need to see the items
        contents = key(texts[heading]) in CONTENTS_HEADINGS and len(entries) >= MIN_ENTRIES_WITH_PAGES
        if entries and (contents or any(e.page for e in entries) or _numbers_reappear(entries, texts, end)
                        or _reappears(entries, texts, end) or _first_entry_follows(entries, texts, end)):
            return _result(entries, block_start, end, texts)
    first_paged = paged.before(len(texts))
    if first_paged is not None:
        start = first_paged
        previous = _previous_nonblank(texts, first_paged)
        if previous is not None and _is_group_heading(texts[previous]):
            start = previous
        entries, end = _walk(texts, start, allow_trailing_page=False)
        pages = [e.page for e in entries if e.page]
        if len(pages) >= MIN_ENTRIES_WITH_PAGES and pages == sorted(pages):
            return _result(entries, start, end, texts)  # an index's page references rise
    return _unlabelled_index(texts) or _closing_title_list(texts)


def _unlabelled_index(texts: list[str]) -> AgendaIndex | None:
    """A numbered list under no index heading, printed before the items: the document's first
    numbered line ("3. Budget", "Sag nr. 118 Budget") opens a run of lines of their own (blank
    lines only between) numbered one after the other (1, 2, 3 or 118, 119, 120) whose titles
    all come again further on, as the items' headings: the index agreeing with the body."""
    first = next((i for i, t in enumerate(texts) if _numbered_heading(t, mark_needed=True)[0]), None)
    if first is None:
        return None
    entries: list[_Entry] = []
    i = first
    while i < len(texts):
        number, title = _numbered_heading(texts[i], mark_needed=True)
        if texts[i] and not (number and (not entries or _follows(entries[-1].number, number))):
            break
        if number:
            entries.append(_Entry(number, _clean_title(title), None, None, i, texts[i]))
        i += 1
    if len(entries) < MIN_TITLE_LIST:
        return None
    end = entries[-1].line + 1
    search = _TitleSearch([t for t in texts[end:] if t])
    if not all(search.reappears(entry) for entry in entries):
        return None
    return _result(entries, first, end, texts)


def _follows(previous: str | None, number: str) -> bool:
    """Whether item `number` is the one after `previous` ("3" after "2", "119" after "118")."""
    return bool(previous and previous.isdigit() and number.isdigit() and int(number) == int(previous) + 1)


class _FirstPaged:
    """The first line that reads as an index entry with a page, looked for only as far as asked
    (most documents have their index under a heading, and no such line)."""

    def __init__(self, texts: list[str]):
        self.texts = texts
        self.checked = 0  # lines before this one are checked
        self.found: int | None = None

    def before(self, limit: int) -> int | None:
        """The first such line if it stands before `limit`, else None."""
        while self.found is None and self.checked < min(limit, len(self.texts)):
            text = self.texts[self.checked]
            if _ends_like_page(text) and _has_page(_split_group(text)[1]):
                self.found = self.checked
            self.checked += 1
        return self.found if self.found is not None and self.found < limit else None


def _index_under_heading(texts: list[str], paged: _FirstPaged) -> tuple[int | None, int, list[_Entry], int]:
    """The index heading nearest above the first entries, where the index block starts, its entries
    and their end. "Dagsorden og referat" may title the whole document, its header between it and
    "Indholdsfortegnelse", or between it and the entries themselves (then the block starts below
    the header). Entries lettered "A.", "B." … are read where no numbered ones are."""
    for heading in (i for i, t in enumerate(texts) if is_index_heading(t)):
        if paged.before(heading + 1) is not None:
            break  # an entry with a page comes first
        entries, end = _walk(texts, heading + 1, allow_trailing_page=True)
        if not entries:
            entries, end = _walk(texts, heading + 1, allow_trailing_page=True, letters=True)
        last_heading = max((i for i in range(heading + 1, entries[0].line) if is_index_heading(texts[i])), default=None) if entries else None
        if last_heading is not None:
            heading = last_heading
            entries, end = _walk(texts, heading + 1, allow_trailing_page=True)
        if entries:
            return heading, _block_start(texts, heading, entries[0].line), entries, end
    return None, 0, [], 0


def _block_start(texts: list[str], heading: int, first_entry: int) -> int:
    """The heading, or where lines that are no part of the index ("Mødedato: …", a table's header
    row) stand between it and the entries: the first line after them (a group heading, an entry)."""
    misses = [i for i in range(heading + 1, first_entry)
              if texts[i] and not _is_group_heading(texts[i]) and not _PAGE_COLUMN_HEAD.search(texts[i])]  # "Punkt<tab>Titel<tab>Side"
    return next(i for i in range(misses[-1] + 1, first_entry + 1) if texts[i]) if misses else heading


def without_cut_off_entry(index: AgendaIndex, lines: list[Line]) -> AgendaIndex:
    """For an input that stops in the middle of its last line: where that line is the index's last
    entry ("5. Aktivitetsplan for foråret og somm"), the document was cut off inside the index and
    the title is likely incomplete; the entry is left out of the agenda, with a warning naming it."""
    last = next((line.text.strip() for line in reversed(lines) if line.text.strip()), "")
    if not index.entries or not last.endswith(index.entries[-1].title):
        return index
    entry = index.entries[-1]
    warning = Warning(code="agenda-entry-cut-off", message=(
        f"The document stops in the middle of its last line, an index entry: entry {entry.number} "
        f"('{entry.title}') may be cut off and was left out of the agenda."))
    return AgendaIndex(entries=index.entries[:-1], start=index.start, end=index.end, warnings=[*index.warnings, warning])


def _closing_title_list(texts: list[str]) -> AgendaIndex:
    """A web page that lists the meeting's items as titles only (their text folded away): a
    numbered list 1, 2, 3 … closing the document, nothing numbered before it. Blank lines may
    stand between its entries (a Word paragraph each) and a title may wrap onto a lower-case
    line. It is the agenda; the lines stay the items too (the index covers no lines)."""
    last = len(texts)
    while last and not texts[last - 1]:
        last -= 1
    first = last
    while first and (not texts[first - 1] or _NUMBERED_LINE.match(texts[first - 1]) or _wraps_entry(texts[first - 1])):
        first -= 1
    while first < last and not _NUMBERED_LINE.match(texts[first]):
        first += 1  # the list opens with a numbered line
    entries: list[AgendaEntry] = []
    for text in texts[first:last]:
        m = _NUMBERED_LINE.match(text)
        if m:
            entries.append(AgendaEntry(number=m.group("num"), title=_clean_title(text[m.end():])))
        elif text:
            entries[-1].title = collapse(f"{entries[-1].title} {text}")
    if len(entries) < MIN_TITLE_LIST or [e.number for e in entries] != [str(n) for n in range(1, len(entries) + 1)]:
        return AgendaIndex()
    if mostly_run_on([e.title for e in entries]) or _mostly_prose([e.title for e in entries]):
        return AgendaIndex()  # "1. Valg af dirigent: Jens Ulrik blev valgt.": items with their outcomes, no list of titles
    if any(_NUMBERED_LINE.match(t) for t in texts[:first]):
        return AgendaIndex()  # numbered items before it: the list is one item's list, not the agenda
    return AgendaIndex(entries=entries)


def _mostly_prose(titles: list[str]) -> bool:
    """Most lines end a sentence or hold one after a full stop ("4. Julefest den 9. dec. Vi mødes
    kl. 17."): items written out on a line each, no list of titles (which print no full stops)."""
    return sum(title.rstrip().endswith(".") or bool(_INNER_STOP.search(title)) for title in titles) * 2 > len(titles)


def _wraps_entry(text: str) -> bool:
    """A line that carries on the title above it ("regionernes samarbejde …"): it opens in lower case."""
    return text[:1].islower()


def is_index_heading(text: str) -> bool:
    """'Indholdsfortegnelse', 'Dagsorden', a short lead-in on an index word: 'Dagsorden var:',
    and a sentence that announces the agenda: 'I henhold til vedtægterne var dagsordenen som følger:'."""
    k = key(text)
    if k in INDEX_HEADINGS:
        return True
    words = k.split()
    if not text.rstrip().endswith(":"):
        # "Dagsorden til bestyrelsesmøde mandag den 17.6.2019": an index word naming the meeting it is for
        return 2 < len(words) <= MAX_INDEX_LEADIN_WORDS and words[0] in INDEX_HEADINGS and words[1] in INDEX_FOR_WORDS
    return (1 < len(words) <= MAX_INDEX_LEADIN_WORDS and words[0] in INDEX_HEADINGS) or any(w in AGENDA_LEADIN_WORDS for w in words)


def _numbers_reappear(entries: list[_Entry], texts: list[str], after: int) -> bool:
    """A plain numbered list whose numbers come again, in order, as numbered lines later (the
    agenda, then the minutes point by point: "1. Regnskab" … then "1. Regnskabet blev godkendt."):
    an index even where the later lines give only outcomes, not the titles."""
    numbers = [e.number for e in entries if e.number]
    if len(numbers) < MIN_ENTRIES_WITH_PAGES or len(numbers) < len(entries):
        return False
    opening = _number_opening if numbers[0][:1].isdigit() else _lettered_opening
    found = 0
    for text in texts[after:]:
        if found < len(numbers) and opening(text) == numbers[found]:
            found += 1
    return found == len(numbers)


def _number_opening(text: str) -> str | None:
    """'1. Regnskabet blev godkendt.', 'Ad 1.', 'Pkt. 1:' → '1'."""
    m = _NUMBER_OPENING.match(_plain_number(text))
    return m.group("num") if m else None


def _lettered_opening(text: str) -> str | None:
    """'II. Økonomi', 'Ad II.', 'Punkt B:' → 'II', 'B': the letter or roman numeral a line opens with."""
    m = _LETTERED.match(text)
    if m:
        return m.group("num")
    return _numbered_heading(text)[0] if could_start_item(text) else None


def _unnumbered_as_groups(entries: list[_Entry]) -> list[_Entry]:
    """'Til behandling - for åbne døre...iii' between numbered entries: a group heading with a page
    reference, not an entry of its own."""
    if not any(e.number for e in entries) or all(e.number for e in entries):
        return entries
    out: list[_Entry] = []
    group: str | None = None
    for entry in entries:
        if entry.number is None:
            group = entry.title
            continue
        entry.group = entry.group if entry.group and group is None else group or entry.group
        out.append(entry)
    return out


def _settle_trailing_pages(entries: list[_Entry]) -> None:
    """A bare number ending an entry ("3. Sommerfesten 2024") is a page reference only when
    it is one of a column: most entries end with one, rising, and none is year-sized."""
    trailing = [e for e in entries if e.page is not None and e.number is not None and not _has_page(e.raw)]
    if not trailing:
        return
    pages = [e.page for e in trailing if e.page is not None]
    if len(trailing) * 2 >= len(entries) and pages == sorted(pages) and max(pages) <= MAX_BARE_PAGE:
        return
    for entry in trailing:
        entry.title, entry.page = _clean_title(f"{entry.title} {entry.page}"), None


def _previous_nonblank(texts: list[str], i: int) -> int | None:
    for j in range(i - 1, -1, -1):
        if texts[j]:
            return j
    return None


def _split_group(text: str) -> tuple[str | None, str]:
    m = _GROUP_PREFIX.match(text)
    if m and len(m.group("group").split()) <= MAX_GROUP_WORDS:
        return m.group("group").strip(), m.group("rest")
    return None, text


def _walk(texts: list[str], start: int, allow_trailing_page: bool, letters: bool = False) -> tuple[list[_Entry], int]:
    """Read entries from `start` until a line that is neither entry, group, continuation nor blank;
    with `letters`, entries lettered "A.", "B) " (or in roman numerals, "IV.") as well."""
    entries: list[_Entry] = []
    group: str | None = None
    end = start
    i = start
    misses = 0
    in_sub_point = False  # under "a. På valg:" below a numbered entry: its names and notes
    group_above = False  # a group heading read since the last entry
    restarts: list[tuple[int, int]] = []  # (entries so far, end) where numbering started again under a new group
    while i < len(texts):
        text = texts[i]
        if not text:
            in_sub_point = False
            i += 1
            continue
        prefix, body = _split_group(text)
        label = _BARE_LABEL.match(text) or _next_bare_number(entries, text)
        parsed = None if label else _parse_entry(body, allow_trailing_page)
        if letters and not label and not parsed:
            parsed = _lettered_entry(body, allow_trailing_page)
        if not parsed and not label and allow_trailing_page and not any(e.number for e in entries):
            if has_bullet(text):
                parsed = (None, _clean_title(strip_bullet(text)), None)  # "- Varmeregnskab": a bulleted index, numbered by position
            elif may_open_time_slot(text) and (slot := TIME_SLOT_PREFIX.match(text)):
                parsed = (None, _clean_title(text[slot.end():]), None)  # "17.10 Skolefest": entries by their time slots
                if any(key(e.title) == key(parsed[1]) for e in entries):
                    break  # the first title again: the items have begun
        if parsed and parsed[0] is None and entries and entries[-1].number and entries[-1].page is None and (text[0].islower() or ends_dangling(entries[-1].title)):
            parsed = None  # "2<tab>Ny struktur … del af" / "regionen - endelig vedtagelse<tab>2": the entry's wrapped end and its page
        if label and not (entries and entries[-1].number and ordinal(label.group("num")) <= ordinal(entries[-1].number)):
            # "Sag nr. 83" / "Sag nr. 84" / … then all their titles on one line: numbers and titles
            # printed as separate columns (paired, where they can be, by _paired)
            entries.append(_Entry(label.group("num"), "", None, group, i, text, pooled=True))
            end = i + 1
            misses = 0
        elif not parsed and _takes_title_line(entries, text):
            # "1." / "2." then "Budget" / "Regnskab": the numbers' column, then the titles' (one a line;
            # a line starting in lower case goes on with the title above)
            lines = entries[-1].lines
            if _wraps(_title_lines(entries), text):
                last = next(e for e in reversed(entries) if e.lines)
                last.lines[-1] = f"{last.lines[-1]} {text}"
            else:
                lines.append(text)
            end = i + 1
            misses = 0
        elif parsed:
            number, title, page = parsed
            if entries and number and entries[-1].number and ordinal(number) <= ordinal(entries[-1].number):
                if not (group_above and _restarts_under_new_group(entries, number, group)):
                    break  # numbering starts again: the items have begun
                restarts.append((len(entries), end))  # "Åbne punkter" 1–3, "Lukkede punkter" 1–2
            pooled = bool(entries) and entries[-1].pooled and not entries[-1].title and not _title_lines(entries)
            if entries and number and page is None and entries[-1].number is None and entries[-1].page is not None:
                break  # a list of unnumbered contents lines with pages ends at the first numbered heading
            if prefix:
                group = prefix
            entries.append(_Entry(number, _clean_title(title), page, group, i, body, pooled=pooled))
            end = i + 1
            misses = 0
            in_sub_point = group_above = False
        elif entries and entries[-1].number and (in_sub_point or _SUB_POINT.match(text) or has_bullet(text)):
            sub = _SUB_POINT.match(text)
            if sub and text[0].isalpha():  # a lettered point of the entry above (an entry "5a" where the body has that item)
                entries[-1].subs.append((text[0].lower(), _clean_title(text[sub.end():])))
            elif entries[-1].subs and text[:1].islower():
                letter, title = entries[-1].subs[-1]
                entries[-1].subs[-1] = (letter, _clean_title(f"{title} {text}"))  # its title wrapped
            in_sub_point = True  # … and the lines under it
            end = i + 1
        elif leader := _leader_list_entry(entries, text):
            entries.append(_Entry(None, _clean_title(leader.group("title")), int(leader.group("page")), group, i, text))
            end = i + 1
            misses = 0
        elif entries and entries[-1].page is not None and _goes_on_under_its_page(entries[-1].title, text):
            entries[-1].title = _clean_title(f"{entries[-1].title} {_LEADER_TAIL.sub('', text)}")  # wrapped, page printed above
            end = i + 1
        elif entries and entries[-1].page is None and _continues(text, entries[-1].raw):
            last = entries[-1]
            last.raw = f"{last.raw} {text}"
            reparsed = _parse_entry(last.raw, allow_trailing_page)
            if reparsed and reparsed[2] is not None:
                last.title, last.page = _clean_title(reparsed[1]), reparsed[2]
            else:
                last.title = _clean_title(f"{last.title} {text}")
            end = i + 1
        elif entries and _CASE_NUMBER_LINE.match(text):
            end = i + 1  # the case number printed under the entry; the item below carries it
        elif _is_group_heading(text) and not (entries and key(text) in INDEX_HEADINGS):
            group = text.rstrip(":")
            group_above = True
        else:
            misses += 1
            group = None  # a group heading stands right over its entries ("Ældrerådet" over "Mødedato: …" is none)
            if entries or misses > MAX_INDEX_GAP_LINES:
                break
        i += 1
    return _without_unconfirmed_restart(texts, entries, end, restarts)


def _restarts_under_new_group(entries: list[_Entry], number: str, group: str | None) -> bool:
    """'Lukkede punkter' / '1. Personalesag' after '3. Ferieplan' under 'Åbne punkter': numbering that
    starts again at the index's first number under a group heading the index has not had yet (the
    body's items, under a group heading the index printed, are not read as entries)."""
    first = entries[0].number
    return (
        group is not None and first is not None
        and ordinal(number) == ordinal(first)
        and key(group) not in {key(e.group) for e in entries if e.group}
    )


def _without_unconfirmed_restart(
    texts: list[str], entries: list[_Entry], end: int, restarts: list[tuple[int, int]],
) -> tuple[list[_Entry], int]:
    """The entries, without a last restarted group whose entries do not all come again as the items'
    headings further on (then the restart was the items beginning under a group heading of their own)."""
    if not restarts:
        return entries, end
    count, before = restarts[-1]
    search = _TitleSearch([t for t in texts[end:] if t])
    if all(search.reappears(entry) for entry in entries[count:]):
        return entries, end
    return entries[:count], before


def _lettered_entry(text: str, allow_trailing_page: bool) -> tuple[str | None, str, int | None] | None:
    """'B. Driftsorientering', 'IV) Budget …… 3': an entry lettered or in roman numerals, read as if
    numbered, its letter kept as the number."""
    m = _LETTERED.match(text)
    if m is None:
        return None
    parsed = _parse_entry(f"{int(ordinal(m.group('num')))}. {text[m.end():]}", allow_trailing_page)
    return (m.group("num"), parsed[1], parsed[2]) if parsed else None


def _goes_on_under_its_page(title: str, text: str) -> bool:
    """The line under an entry whose page is printed on its first line goes on with its title:
    it starts in lower case, or the title ends in a word no title ends with ("… midler til" /
    "2025"); not a numbered line, an access group or a bare leader."""
    if not (text[0].islower() or ends_dangling(title)) or _NUMBERED_LINE.match(text) or key(text) in ACCESS_WORDS:
        return False
    return bool(_clean_title(_LEADER_TAIL.sub("", text)))


def _breaks_off(text: str) -> bool:
    """'Syn over kirke og kirkegård –', '… midler til': a line that stops where its title cannot end."""
    return text.rstrip().endswith(("–", "-", ",")) or ends_dangling(text)


def _next_bare_number(entries: list[_Entry], text: str) -> re.Match[str] | None:
    """'3.' alone on its line, the next number after the entry above (or the first entry)."""
    m = _BARE_NUMBER.match(text)
    if m is None or not entries:
        return m
    last = entries[-1].number
    return m if last is not None and last.isdigit() and int(m.group("num")) == int(last) + 1 else None


def _pooled_run(entries: list[_Entry]) -> list[_Entry]:
    """The bare labels ending the entries read so far (a run still waiting for its titles)."""
    run: list[_Entry] = []
    for entry in reversed(entries):
        if not (entry.pooled and not entry.title):
            break
        run.append(entry)
    return run[::-1]


def _title_lines(entries: list[_Entry]) -> list[str]:
    return [line for entry in _pooled_run(entries) for line in entry.lines]


def _takes_title_line(entries: list[_Entry], text: str) -> bool:
    """A line of the titles' column under a run of bare labels: while the run has fewer title
    lines than labels, or as the lower-case end of a wrapped title."""
    run = _pooled_run(entries)
    if not run or text.endswith(":") or is_index_heading(text):
        return False
    lines = _title_lines(entries)
    return len(lines) < len(run) or _wraps(lines, text)


def _wraps(lines: list[str], text: str) -> bool:
    """The line goes on with the title line above: it starts in lower case, or the line above
    ends in a word no title ends with ("… ændring af" / "Nordby Kommunes vedtægter")."""
    return bool(lines) and (text[0].islower() or ends_dangling(lines[-1]))


def _leader_list_entry(entries: list[_Entry], text: str) -> re.Match[str] | None:
    """In a contents list of unnumbered entries with dotted leaders, a title too long for its
    leader ends in the page number alone ("Lokalplan … med ti 17"): still an entry (its title
    and page) when that page does not go back."""
    last_page = entries[-1].page if entries and entries[-1].number is None else None
    m = _UNNUMBERED_TRAILING_PAGE.match(text) if last_page is not None else None
    if m is None or last_page is None or not last_page <= int(m.group("page")) <= MAX_BARE_PAGE:
        return None
    return m


def _continues(text: str, previous: str) -> bool:
    """A wrapped title's next line: no number of its own, and it starts in lower case,
    carries the page reference, or completes one the line before opened ("(side" + "12)")."""
    if _numbered_heading(text, mark_needed=True)[0] or text.endswith(":"):
        return False  # a numbered line of its own ("ad pkt. 1"), or a label that opens what follows
    if (key(text) in DOCUMENT_TYPES or key(text) in SECTION_HEADINGS) and not _breaks_off(previous):
        return False  # a heading ("referat") that opens what follows; not "… kirkegård –" / "opfølgning"
    opened = previous.count("(") > previous.count(")")
    return text[0].islower() or bool(_PAGE_TAIL.match(text)) or (opened and ")" in text)


def _first_entry_follows(entries: list[_Entry], texts: list[str], after: int) -> bool:
    """The first item's heading printed right under the list: its number and title again ("1. Orientering
    og rundvisning" after "10. Eventuelt"). The list is the index even where the text stops before
    the other items come again (an excerpt)."""
    if len(entries) < MIN_TITLE_LIST or not entries[0].number:
        return False
    following = next((t for t in texts[after:] if t), "")
    m = _HEADING_TITLE.match(_plain_number(following))
    if m is None or m.group("num") != entries[0].number:
        return False
    return counts_f1(Counter(tokens(m.group("title"))), Counter(tokens(entries[0].title))) >= SAME_TITLE_F1


def _reappears(entries: list[_Entry], texts: list[str], after: int) -> bool:
    """An index without page numbers is only an index if its entries come again later as items
    (more than half of them), their item word read like a plain number ("Pkt. 3: Legepladsen" as
    "3. Legepladsen"). Stops as soon as the answer is known."""
    rest = [_plain_number(t) for t in texts[after:] if t]
    search = _TitleSearch(rest)
    found = 0
    for checked, entry in enumerate(entries, start=1):
        found += search.reappears(entry)
        if found * 2 > len(entries) or (found + len(entries) - checked) * 2 <= len(entries):
            break
    return found * 2 > len(entries)


class _TitleSearch:
    """Finds a text as alike an entry's title as SAME_TITLE_F1 (and not much longer) without
    comparing every text: first among the texts that start with the entry's number (where an
    item is usually printed again), then among those sharing one of the title's rarest words
    (see _rare_tokens). Each lookup is made once, when first needed."""

    def __init__(self, texts: list[str]):
        self.texts = texts
        self._by_number: dict[str, list[int]] | None = None
        self._by_token: dict[str, list[int]] | None = None
        self._counts: dict[int, Counter[str]] = {}

    def reappears(self, entry: _Entry) -> bool:
        title_tokens = tokens(entry.title)
        counts = Counter(title_tokens)
        longest = len(entry.title) * 2 + 20
        if entry.number and self._any_alike(self.by_number.get(entry.number, ()), counts, longest):
            return True
        candidates: set[int] = set()
        for token in _rare_tokens(title_tokens, self.by_token):
            candidates.update(self.by_token.get(token, ()))
        return self._any_alike(sorted(candidates), counts, longest)

    def _any_alike(self, candidates: Iterable[int], title_counts: Counter[str], longest: int) -> bool:
        for i in candidates:
            if len(self.texts[i]) >= longest:
                continue
            if i not in self._counts:
                self._counts[i] = Counter(tokens(_numbered_heading(self.texts[i])[1]))
            if counts_f1(title_counts, self._counts[i]) >= SAME_TITLE_F1:
                return True
        return False

    @property
    def by_number(self) -> dict[str, list[int]]:
        """The texts by the item number they start with ("12. Budget" → "12")."""
        if self._by_number is None:
            self._by_number = defaultdict(list)
            for i, text in enumerate(self.texts):
                number, _ = _numbered_heading(text)
                if number:
                    self._by_number[number].append(i)
        return self._by_number

    @property
    def by_token(self) -> dict[str, list[int]]:
        """For each word, the indexes of the texts that hold it (each index once, in order)."""
        if self._by_token is None:
            self._by_token = defaultdict(list)
            for i, text in enumerate(self.texts):
                for token in set(tokens(text)):
                    self._by_token[token].append(i)
        return self._by_token


def _numbered_heading(text: str, mark_needed: bool = False) -> tuple[str | None, str]:
    """(number, title) of a text opening with an item number ("12. Budget", "Ad 2. Økonomi",
    "Pkt. 3 Budget", "Sag nr. 118 Budget"); with `mark_needed`, a plain number only with its mark
    ("12 Budget" is none); (None, text) for any other text."""
    if text[:1].isdigit():
        m = (_NUMBERED_LINE if mark_needed else _LEADING_NUMBER).match(text)
        return (m.group("num"), text[m.end() :]) if m else (None, text)
    m = ITEM_STARTS["punkt"].match(text) if could_start_item(text) else None
    return (m.group("num"), m.group("title")) if m and not is_lower_case_roman(m.group("num")) else (None, text)


def _rare_tokens(title_tokens: list[str], lines_with_token: dict[str, list[int]]) -> set[str]:
    """The title's words a text must share at least one of to reach SAME_TITLE_F1.

    With n title words and c of them shared, F1 = 2c / (n + m) for a text of m ≥ c words, so
    F1 ≥ f needs c ≥ f·n / (2 − f). A text that lacks n − c + 1 of the title's words shares at
    most c − 1, too few: so it is enough to look among the texts holding any of the n − c + 1
    rarest (the fewest texts to compare)."""
    n = len(title_tokens)
    needed = max(1, math.ceil(SAME_TITLE_F1 * n / (2 - SAME_TITLE_F1) - F1_ROUNDING))
    by_rarity = sorted(title_tokens, key=lambda token: len(lines_with_token.get(token, ())))
    return set(by_rarity[: n - needed + 1])


def _result(entries: list[_Entry], start: int, end: int, texts: list[str]) -> AgendaIndex:
    """The index read from `entries`; `texts` are the document's lines, stripped."""
    later = texts[end:]
    entries, warnings = _paired(entries, later)
    entries = _with_sub_points(entries, later)
    out: list[AgendaEntry] = []
    for position, entry in enumerate(entries, start=1):
        title, _ = split_access(entry.title)  # "Lukket: Køb af ejendom", "Salg (lukket)": the access is no part of the title
        title, _ = split_case_number_head(title)  # "25/1234 Budget": the item below carries its case number
        number = canonical_number(entry.number) if entry.number else str(position)  # "01. Valg af dirigent": item 1
        out.append(AgendaEntry(number=number, title=title, page=entry.page, group=entry.group))
    return AgendaIndex(entries=out, start=start, end=end, warnings=warnings)


def _with_sub_points(entries: list[_Entry], later: list[str]) -> list[_Entry]:
    """'5. Indkomne forslag' over 'a) Forslag om vinduer' / 'b) …': where the body has the items
    '5a' and '5b' ("Ad 5a) Forslag om vinduer"), the lettered points are entries of their own."""
    if not any(entry.subs for entry in entries):
        return entries
    numbered = {_numbered_heading(_plain_number(text))[0] for text in later if text}
    out: list[_Entry] = []
    for entry in entries:
        out.append(entry)
        for letter, title in entry.subs:
            number = f"{entry.number}{letter}"
            if number in numbered:
                out.append(_Entry(number, title, None, entry.group, entry.line))
    return out


def _paired(entries: list[_Entry], later: list[str]) -> tuple[list[_Entry], list[Warning]]:
    """The entries, each run of bare labels ("Sag nr. 83" / "Sag nr. 84" / "Sag nr. 85 <all three titles>")
    given its own titles where they can be told apart: by the item headings later in the document
    (the index agreeing with the body), else where exactly one way to cut the titles shows; a run
    that cannot be told apart is left out, with a warning that names its text."""
    out: list[_Entry] = []
    warnings: list[Warning] = []
    for run in _runs(entries):
        if not run[0].pooled:
            out += run
            continue
        numbers = [e.number or "" for e in run]
        lines = [_clean_title(line) for e in run for line in e.lines]
        text = run[-1].title or " ".join(lines)
        titles = lines if lines and len(lines) == len(run) else None  # one title line a number
        if titles is None and text:
            titles = _titles_from_body(text, numbers, later)
        if titles is None and text:
            titles = _titles_by_capitals(text, len(run))
            if titles is not None:
                warnings.append(Warning(code="agenda-titles-split", message=(
                    f"Index entries {', '.join(numbers)} print their numbers apart from their titles; the titles "
                    "were told apart where one can end and the next begin (a capital after a word a title can "
                    "end with): check them.")))
        if titles is None:
            warnings.append(Warning(code="agenda-titles-unpaired", message=(
                f"Index entries {', '.join(numbers)} print their numbers apart from their titles, and the titles "
                f"could not be told apart; they were left out of the agenda: '{text}'.")))
            continue
        for entry, title in zip(run, titles):
            entry.title = title
            out.append(entry)
    return out, warnings


def _runs(entries: list[_Entry]) -> list[list[_Entry]]:
    """The entries in runs: each ordinary entry alone; bare labels together with the entry
    that holds their titles (the first entry after them, marked pooled as well)."""
    runs: list[list[_Entry]] = []
    for entry in entries:
        if entry.pooled and runs and runs[-1][0].pooled and not runs[-1][-1].title:
            runs[-1].append(entry)
        else:
            runs.append([entry])
    return runs


def _titles_from_body(text: str, numbers: list[str], later: list[str]) -> list[str] | None:
    """The run's titles cut where each item's heading later in the document begins its title
    ("Sag nr. 84 Halleje i Sønderby …": the run is cut before "Halleje i Sønderby"); None
    unless every number has such a heading and they follow each other through the text."""
    words = text.split()
    folded = [_folded(w) for w in words]
    cuts: list[int] = []
    for number in numbers:
        heading = _body_heading(number, later)
        if heading is None:
            return None
        anchor = [_folded(w) for w in heading.split()[:ANCHOR_WORDS]]
        at = _find_words(folded, anchor, cuts[-1] + 1 if cuts else 0)
        if at is None or (not cuts and at != 0):
            return None
        cuts.append(at)
    return _cut(words, cuts[1:])


def _body_heading(number: str, later: list[str]) -> str | None:
    """The title of the first later line numbered `number` ("Sag nr. 84 Halleje …", "84. Halleje …")."""
    for text in later:
        if text and (text[0].isdigit() or text[0].isalpha()):
            m = _HEADING_TITLE.match(_plain_number(text))
            if m and m.group("num") == number:
                return m.group("title")
    return None


def _find_words(words: list[str], wanted: list[str], start: int) -> int | None:
    for at in range(start, len(words) - len(wanted) + 1):
        if words[at:at + len(wanted)] == wanted:
            return at
    return None


def _folded(word: str) -> str:
    return key(word) or word


def _titles_by_capitals(text: str, count: int) -> list[str] | None:
    """`count` titles printed one after the other: cut where a title may begin (a capitalised
    word after a word a title can end with, or a capitalised phrase printed more than once, as
    parallel titles are); only when there are exactly count − 1 such places."""
    words = text.split()
    repeated = _repeated_phrases(words)
    cuts = {i for i in range(1, len(words)) if _may_begin_title(words, i)} | repeated
    if len(cuts) > count - 1:
        cuts = {i for i in cuts if i in repeated or not _inside_name(words, i)}
    return _cut(words, sorted(cuts)) if len(cuts) == count - 1 else None


def _inside_name(words: list[str], i: int) -> bool:
    """'… byggeriet Solhøjvej, bygherre …', '… haveaffald Sankt Hans aften': a capitalised word that
    goes on as a name (another capitalised word after it) or breaks off at a comma, a title's
    beginning less likely than the others: left out where there are too many places to cut."""
    return words[i].endswith(",") or (i + 1 < len(words) and words[i + 1][:1].isupper())


def _may_begin_title(words: list[str], i: int) -> bool:
    """"… udkast til høring | Anlægsregnskab …": a capitalised word (not a letter alone) after a
    lower-case word or a number that is no word a title cannot end with ("for", "og"), and no comma or dash."""
    word, before = words[i], words[i - 1]
    return (
        word[:2].isalpha() and word[0].isupper()
        and (before[0].islower() or before[0].isdigit())
        and not before.endswith((",", "-", "–", ":", "("))
        and before.casefold() not in DANGLING_WORDS and key(before) not in DANGLING_WORDS
    )


def _repeated_phrases(words: list[str]) -> set[int]:
    """Where a phrase of PARALLEL_WORDS words starting with a capital is printed again ("Støttepulje til
    initiativer … - Nordby" / "Støttepulje til initiativer … - Sønderby"): each a title's beginning."""
    seen: defaultdict[tuple[str, ...], list[int]] = defaultdict(list)
    for i in range(len(words) - PARALLEL_WORDS + 1):
        if words[i][:1].isupper():
            seen[tuple(_folded(w) for w in words[i:i + PARALLEL_WORDS])].append(i)
    return {i for places in seen.values() if len(places) > 1 for i in places if i > 0}


def _cut(words: list[str], cuts: list[int]) -> list[str]:
    bounds = [0, *cuts, len(words)]
    return [" ".join(words[a:b]) for a, b in zip(bounds, bounds[1:])]
