"""Agenda items ("punkter") in the body, with their sections.

Item starts come in styles: "Punkt 3" / "Punkt 3." / "Pkt. 3:" (title on the same or the
next line), "3. Title", "3) Title", "A: Title", "§ 3 Title". Numbered lists inside items
use the same shapes, so a document's items are the longest run of one style whose
numbers rise from the start (1, 2, 3 … with small gaps), helped by the agenda index
where there is one. Lines between an item's content and the next start that are group
headings, access words or "Punkt N" page labels are taken out of the text.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache

from ..dates import has_date
from ..document import Line
from ..headings import heading_dates, heading_kind
from ..models import AgendaEntry, Item, Section, Warning
from ..shapes import (
    CASE_LABEL,
    CASE_NUMBER,
    ITEM_LABEL_LINE,
    ITEM_STARTS,
    LOOSE_ITEM_START,
    OCR_ONE_LOOKALIKES,
    OCR_ZERO_LOOKALIKES,
    TABLE_CELL_GAP,
    TIME_SLOT_CELL,
    TIME_SLOT_PREFIX,
    canonical_number,
    could_start_item,
    is_lower_case_roman,
    may_be_table_row,
    may_open_time_slot,
    ordinal,
    table_cells,
)
from ..textutil import collapse, key, strip_bullet, token_f1, word_hint
from ..vocabulary import (
    ACCESS_PHRASES,
    ACCESS_WORDS,
    AGENDA_LEADIN_WORDS,
    AND_WORD,
    ANY_OTHER_BUSINESS_TITLES,
    ATTENDEE_LABELS,
    CASE_WORDS,
    CLOSING_BLOCK_STARTS,
    CONTINUATION_WORDS,
    DECISION_WORDS,
    DOCUMENT_TYPES,
    GROUP_HEADINGS,
    INDEX_HEADINGS,
    ITEM_WORDS,
    NOTE_TAKER_LABELS,
    NOTHING,
    ROLE_LABELS,
    ROLE_WORDS,
    SECTION_HEADINGS,
)
from .agenda import AgendaIndex, is_index_heading
from .next_meeting import is_next_meeting
from .titles import (
    case_number_in_parentheses,
    ends_dangling,
    is_sentence,
    split_access,
    split_case_number_head,
    split_case_number_tail,
    mostly_run_on,
    split_run_on,
    split_short_run_on,
    split_type_tag,
    without_page_leader,
)
from .sections import (
    attachments_from,
    is_recommendation_leadin,
    item_recommendations,
    lines_to_sections,
    split_heading,
    split_subject,
    subject_slot_kind,
)

MAX_NUMBER_GAP = 4  # items may be missing from the body (closed items): 9 → 11 is a run
MAX_FIRST_NUMBER = 2  # a run of items starts at 1 (or 2 when 1 is the welcome)
LATE_START_PENALTY = 1.5  # a run starting higher ("45.", numbered on through the year) needs two items or more
INDEX_MATCH_F1 = 0.5  # a body title this close to the index title confirms the start
LOST_NUMBERING_MIN = 3  # "1." printed before every item: Word numbering lost in conversion
LONG_LINE_SHARE = 0.85  # a line this long (vs. the document's long lines) probably wraps
COLUMN_HEADING_REACH = 3  # lines above the first item where a table's header row may stand
MAX_HEADER_CELL_WORDS = 3  # a cell of a table's header row: "Emne", "Drøftelse/beslutning", "Opfølgning og ansvar"
MAX_HEADER_ROW_WORDS = 5  # "Pkt. Emne Referat": a table's header row is a few words
CASE_NUMBER_REACH = 4  # non-blank lines after the title where a case number may stand
LIST_ENTRY_WEIGHT = -1.0  # an entry of a list inside an item: no run gains by taking it
DENSE_WEIGHT = 0.4  # weight of a candidate standing right beside its numbered neighbour
HEADING_FACE_BONUS = 0.25  # extra weight of a candidate printed in bold or a heading style
SECTION_BELOW_BONUS = 0.75  # … and of one whose next line is a section heading ("35. Udbud …" / "Resume"): one such item is a run
STYLE_PREFERENCE = ("punkt", "year", "dot", "paren", "colon", "roman", "letter", "paragraph", "cell", "bare", "space")
CONTINUATION_REACH = 2  # words at a heading's start or end where "(fortsat)" may stand
MIN_LOOSE_RUN = 3  # headings in damaged or mixed number shapes ('l. Valg', '2, Beretning', '3 . Regnskab'): a run of three or more
MIN_YEAR_RUN = 2  # items numbered within the year ("Punkt 1/2025") are items only as a run from the first numbers
MIN_SPACE_RUN = 3  # numbers followed by a space only ("1 Godkendelse") are items only as a run of three or more
REPEATABLE_STYLES = ("paragraph", "punkt")  # item marks explicit enough that a number printed twice is two items
LEADING_REACH = 4  # non-blank lines above the first item (numbered 2) where a damaged 1 may stand
MIN_LOST_HEADING_WORDS = 2  # a heading that lost its number: a few words alone
MAX_LOST_HEADING_WORDS = 6
MAX_UNNUMBERED_TITLE_WORDS = 10  # an unnumbered item heading is one short line
MIN_UNNUMBERED_ITEMS = 2
MIN_CAPITAL_LETTERS = 4  # a heading in capitals ("VALG", "BERETNING"), not initials ("DH") or a party letter
MIN_FACE_ITEMS = 3  # unnumbered headings told only by their face (bold, heading style): three or more
MIN_SIGNATURES = 2  # role labels each over a name, ending the document: a signature block
MAX_SIGNATURE_NAME_WORDS = 5
MIN_SIGNER_WORDS = 2  # a name signed under the minutes: first name and surname at least
SECTION_OPENED = "sections"  # the style of items opened by a section heading (see _section_opened_starts)
MAX_METADATA_LINE_CHARS = 120  # a metadata line ("Sagsnr.: … Dok.nr.: … Åbent") is short; a longer one holds text too
MIN_RUN_ON_CHARS = 20
MAX_TITLE_WRAP_WORDS = 4  # a title's wrapped tail is a few words
MAX_HEADING_EXTRA_WORDS = 2  # words an unnumbered heading adds to the index's title ('Foredrag i efteråret 2024')
MIN_WRAPPED_TITLE_WORDS = 5  # a title long enough to have reached the end of its line  # a heading line this much longer than its index title runs on into text
MIN_OUTCOME_ITEMS = 2  # items that give only outcomes under the index's numbers: a list of them
MAX_LABEL_LINE_CHARS = 80  # a bare item label ("Punkt 3", "Pkt. 4 og 5") is a few words
MIN_SENTENCE_WORDS = 2  # lower-case words before an item label: a sentence that ends in it, no label

_ITEM_WORD_HINT = word_hint(ITEM_WORDS)
_SENTENCE_ENDS = (".", "!", "?")
_HEADING_WORDS = re.compile(r"[\s/&,]+")  # "Referat/beslutning", "Drøftelse og beslutning"
_CONTINUATION_MARKS = "():.,-–"  # around "(fortsat):"
_CONTINUATION_HINT = re.compile("|".join(CONTINUATION_WORDS), re.IGNORECASE)  # a cheap test before the item-start shapes
_SUB_POINT_START = re.compile(r"^[a-zæøå][.)]\s+\S")  # "a. Må vi …", "b) Revisor": a lettered sub-point
_TRAILING_NOTE = re.compile(r"\s*\([^()]*\)\s*$")  # "Evt. (besøg)": a note in parentheses after an index title
_TITLE_OUTCOME_MARKS = (":", ".", "-", "–")  # between a heading's title and the outcome printed after it
_LABEL_LINE = re.compile(r"^[^:]{2,30}:\s*\S")  # "Afbud: Lene Skov", a header's label and its value
_MARKDOWN_MARK_STARTS = ("#", "*", "_")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_ROLE_SEPARATORS = re.compile(rf"\s+{AND_WORD}\s+|[/,]\s*|\s+")  # "Dirigent og Referent:", "Formand/kasserer:"
_SIGNING_RULE = re.compile(r"^[_.…\-–\s]{5,}$")  # "____________": a line to sign on
_MARKDOWN_EMPHASIS = re.compile(r"^(\*\*|__)(?P<text>.+?)\1\s*$")

_ACCESS_WORD = "|".join(sorted(ACCESS_WORDS, key=len, reverse=True))
_TITLE_ACCESS = re.compile(rf"[(\[–-]\s*({_ACCESS_WORD})\s*[)\]]?\s*$", re.IGNORECASE)
_TITLE_ACCESS_FIRST = re.compile(rf"^[(\[]?\s*({_ACCESS_WORD})\s*(?:[)\]]\s*[:\-–]?|[:\-–])\s*\S", re.IGNORECASE)
_CASE_LABELLED = re.compile(
    rf"^(?:{CASE_LABEL})\s*:?\s*(?P<value>\S.*)$|^(?:{'|'.join(CASE_WORDS)})\s+(?P<number>\d[\w/.\-]*\d)$", re.IGNORECASE
)  # "Sagsnr.: 19/1234 …", and "Sag 306-2009-600" alone on its line


@dataclass
class Candidate:
    line: int  # index of the line holding the number
    style: str
    number: str
    title: str  # "" when the title stands on the next line
    beside: str = ""  # text in the next table cell: "1. Budget<tab>Godkendt." (minutes kept as a table)
    code: str = ""  # a warning about this start: its number was repaired, missing or repeated
    note: str = ""  # that warning's message
    end: int | None = None  # where the item's text ends, where the start's shape tells (unnumbered items)
    listed: bool = False  # an entry of a list opened inside an item ("Følgende emner:" / "1. Afbud …")


@dataclass
class ItemSpan:
    """Where one item lies among the cleaned lines."""

    start: int  # the line holding the number
    title_end: int  # one past the last title line
    end: int  # one past the last content line
    number: str
    title: str
    group: str | None
    access: str | None
    beside: str = ""  # the item's first text, from the cell beside its title
    beside_heading: str | None = None  # that cell's column heading ("Beslutning", "Referat")
    lead: str = ""  # text run on after the title on its heading line ("Valg af revisorer. På valg er …")
    code: str = ""  # a warning about how the item was found (see Candidate)
    note: str = ""
    above: int | None = None  # the first line above the heading that belongs to the item (its group heading, "Åben")
    beside_other: tuple[str, ...] = ()  # the row's other cells with their column headings ("Ansvarlig: LB")


def _markdown_plain(stripped: str) -> str:
    """'## 3) Regnskab.' → '3) Regnskab.', '**4. Valg**' → '4. Valg': Markdown marks around a heading."""
    if stripped[:1] not in _MARKDOWN_MARK_STARTS:
        return stripped
    stripped = _MARKDOWN_HEADING.sub("", stripped)
    m = _MARKDOWN_EMPHASIS.match(stripped)
    return m.group("text").strip() if m else stripped


def line_candidate(text: str, line: int) -> Candidate | None:
    """An item start this line could be, in the first style that fits."""
    start = _item_start(text)
    return Candidate(line, *start) if start else None


@lru_cache(maxsize=65536)
def _item_start(text: str) -> tuple[str, str, str, str] | None:
    """(style, number, title, beside) of the item start a line could be (kept per line: a
    line's shape is asked of it by several steps)."""
    stripped = _markdown_plain(text.strip())
    if may_open_time_slot(stripped):
        slot = TIME_SLOT_PREFIX.match(stripped)
        if slot and (after_slot := _item_start(stripped[slot.end():])):
            return after_slot  # "17.00-17.05 1. Godkendelse af dagsorden": the item after its time slot
    if not could_start_item(stripped):
        return None
    if may_be_table_row(stripped):
        stripped = _without_time_cell(stripped)
    for style, pattern in ITEM_STARTS.items():
        m = pattern.match(stripped)
        if m and not is_lower_case_roman(m.group("num")):
            title, beside = _title_and_beside(m.group("title"))
            if style not in ("punkt", "paragraph", "bare") and not title:
                return None
            return style, canonical_number(m.group("num")), title, beside
    return None


def _without_time_cell(row: str) -> str:
    """'1<tab>17.05<tab>Budget<tab>Godkendt.' → '1<tab>Budget<tab>Godkendt.': a table row's time column
    between the item's number and its title (a school board's 'Punkt | Tid | Emne | Referat')."""
    cells = TABLE_CELL_GAP.split(row, maxsplit=2)
    if len(cells) < 3 or not cells[0][:1].isdigit():
        return row
    return f"{cells[0]}\t{cells[2]}" if TIME_SLOT_CELL.match(cells[1]) else row


def _title_and_beside(text: str) -> tuple[str, str]:
    """'Budget<tab>Godkendt.' (or 'Budget | Godkendt.', or cells set apart by wide gaps) → ('Budget',
    'Godkendt.'): a table row of item and decision. A
    short mark in the next cell (an access word, a case or page number) stays with the title."""
    head, *tail = TABLE_CELL_GAP.split(text, maxsplit=1)
    rest = collapse(" ".join(TABLE_CELL_GAP.split(tail[0]))) if tail else ""
    if not rest or key(rest.strip("()[]")) in ACCESS_WORDS or CASE_NUMBER.match(rest) or rest.isdigit():
        return collapse(text.replace("\t", " ")), ""
    return collapse(head), rest


def _index_match(candidate: Candidate, agenda: dict[str, AgendaEntry]) -> bool:
    entry = agenda.get(candidate.number)
    if entry is None or not candidate.title:
        return entry is not None and candidate.style == "punkt"
    return _titles_agree(entry.title, candidate.title)


@lru_cache(maxsize=65536)
def _titles_agree(index_title: str, title: str) -> bool:
    """The index's title and the heading's say the same (kept per pair: each candidate is
    matched in several passes)."""
    return token_f1(index_title, title) >= INDEX_MATCH_F1 or key(index_title).startswith(key(title))


def _weights(candidates: list[Candidate], lines: list[Line]) -> list[float]:
    """A candidate right next to the one numbered before or after it is a list entry, not an
    item (items have content between them): it counts less. One set in bold or in a heading
    style (where the reader knows faces) counts more: item titles stand out, list entries do not."""
    weights = []
    for n, cand in enumerate(candidates):
        dense = False
        for other in (candidates[n - 1] if n else None, candidates[n + 1] if n + 1 < len(candidates) else None):
            if other is None or abs(ordinal(other.number) - ordinal(cand.number)) != 1:
                continue
            low, high = sorted((cand.line, other.line))
            if not any(line.text.strip() for line in lines[low + 1 : high]):
                dense = True
        emphasis = HEADING_FACE_BONUS if lines[cand.line].bold or lines[cand.line].heading else 0.0
        if not dense and _section_heading_below(lines, cand.line):
            emphasis += SECTION_BELOW_BONUS
        weights.append(LIST_ENTRY_WEIGHT if cand.listed else (DENSE_WEIGHT if dense else 1.0) + emphasis)
    return weights


def _section_heading_below(lines: list[Line], i: int) -> bool:
    """The next non-blank line after line i is a section heading ("35. Udbud …" / "Resume") or the
    item's case number or access line ("39. Ny skolestruktur" / "Sagsnr.: 27.69.48-A00-1-13"), which
    stand under an item's heading in municipal templates, not under an entry of a list."""
    j = _next_nonblank(lines, i + 1, len(lines))
    return j is not None and (_is_metadata_line(lines[j].text.strip()) or heading_kind(lines[j].text.strip()) is not None)


def _is_metadata_line(text: str) -> bool:
    """'Sagsnr.: 1-31-76-4-24', 'EMN-2024-000123', 'Åbent punkt': a line of the item's metadata."""
    return bool(_CASE_LABELLED.match(_access_at_start(text)[1]) or CASE_NUMBER.match(text)) or access_key(text) in ACCESS_WORDS


def best_run(
    candidates: list[Candidate], agenda: dict[str, AgendaEntry], weights: list[float] | None = None, repeats: bool = False
) -> list[Candidate]:
    """The heaviest run of rising numbers (small gaps allowed), index matches counting extra;
    a run that starts above the first numbers pays a penalty, so one stray "7." is no item.

    Dynamic programming in document order; `best_by_number` keeps, per number seen so far,
    the heaviest run ending with it, so each candidate looks at the few numbers below it only.
    With `repeats` (styles that mark items explicitly: "§9", "Punkt 9") a number may come twice
    in a row ("§9 Valg af bestyrelse" … "§9 Indkomne forslag"): both are items."""
    lowest_step = 0 if repeats else 1e-9
    if not candidates:
        return []
    n = len(candidates)
    weights = weights or [1.0] * n
    values = [ordinal(c.number) for c in candidates]
    lowest = min((ordinal(e.number) for e in agenda.values()), default=1.0)
    score = [0.0] * n
    back: list[int | None] = [None] * n
    best_by_number: dict[int, dict[float, int]] = defaultdict(dict)  # whole number → {number: candidate}
    for j, cand in enumerate(candidates):
        value = values[j]
        gain = weights[j] + (0.5 if _index_match(cand, agenda) else 0.0)
        score[j] = gain if value <= max(MAX_FIRST_NUMBER, lowest) else gain - LATE_START_PENALTY
        for whole in range(int(value) - MAX_NUMBER_GAP, int(value) + 1):
            for previous_value, i in best_by_number[whole].items():
                if lowest_step <= value - previous_value <= MAX_NUMBER_GAP and score[i] + gain > score[j]:
                    score[j] = score[i] + gain
                    back[j] = i
        same = best_by_number[int(value)]
        if value not in same or score[j] > score[same[value]]:
            same[value] = j
    best = max(range(n), key=lambda k: (score[k], -k))
    if score[best] <= 0:
        return []
    run: list[Candidate] = []
    k: int | None = best
    while k is not None:
        run.append(candidates[k])
        k = back[k]
    return run[::-1]


def choose_starts(lines: list[Line], agenda: AgendaIndex) -> list[Candidate]:
    """The item starts of the document: the best run over all styles."""
    by_number = {e.number: e for e in agenda.entries}
    per_style: dict[str, list[Candidate]] = {style: [] for style in STYLE_PREFERENCE}
    previous = ""
    list_next: dict[str, int] = {}  # per style: the next number of a list opened inside an item
    index_lines = agenda.line_range()
    for i, line in enumerate(lines):
        if not line.text or i in index_lines:
            continue
        start = _item_start(line.text)
        cand = Candidate(i, *start) if start else None
        if cand and (line.heading or line.bold):
            list_next.pop(cand.style, None)  # a heading set as one ends any list
        elif cand and _in_list(cand, previous, per_style[cand.style], list_next, _with_wrapped_tail(cand.title, lines, i)):
            cand.listed = True  # kept, so that the entries around it see their neighbour
        if cand and not is_recommendation_leadin(previous):  # "Det indstilles, at" / "10. Drøfter …"
            per_style[cand.style].append(cand)
        previous = line.text

    best: list[Candidate] = []
    best_score = 0.0
    for style in STYLE_PREFERENCE:
        candidates = per_style[style]
        weights = _weights(candidates, lines)
        weight_of = {c.line: w for c, w in zip(candidates, weights)}
        run = best_run(candidates, by_number, weights, repeats=style in REPEATABLE_STYLES)
        if style == "space" and len(run) < MIN_SPACE_RUN:
            continue
        if style == "year" and not _year_run_holds_items(run, by_number):
            continue  # "Sag 12/2024 Lokalplan" alone or "Sag 12/2024", "Sag 14/2024": case numbers, no run of items
        score = sum(weight_of[c.line] for c in run) + 0.5 * sum(_index_match(c, by_number) for c in run)
        if score > best_score:
            best, best_score = run, score

    ones = [c for c in per_style["dot"] if c.number == "1" and not c.listed]
    if len(best) <= 2 and len(ones) >= LOST_NUMBERING_MIN and len(ones) > len(best):
        return _numbering_lost(ones)
    if not best:
        return (_loose_run(lines, agenda) or _index_title_starts(lines, agenda) or _table_row_starts(lines, agenda) or _unnumbered_starts(lines, agenda)
                or _time_slot_starts(lines, agenda) or _face_starts(lines, agenda)
                or _section_opened_starts(lines, agenda) or _paragraph_starts(lines, agenda))
    if _is_one_list(best, lines) and (opened := _section_opened_starts(lines, agenda)) and opened[0].line < best[0].line:
        return opened  # "Sagsfremstilling … Beslutning" again and again, one numbered list inside a section: no items
    lower = agenda.end if agenda.end is not None and agenda.end <= best[0].line else 0
    by_index = _starts_as_indexed(per_style[best[0].style], agenda) if _index_restarts(agenda) else None
    if by_index:
        return _mark_repeats(by_index)  # "Åbne punkter" 1–3, "Lukkede punkter" 1–2, the body printing no group headings
    best = best + _restarted_under_groups(best, per_style[best[0].style], lines, agenda)
    found = _from_first_copy(_mark_repeats(_fill_gaps(best, lines, by_number, lower)), lines)
    if len(found) * 2 <= len(agenda.entries):
        by_title = _index_title_starts(lines, agenda, {c.number: c.line for c in found})  # "1. Generalforsamling", then "• Sommerfest"
        if by_title:
            return sorted(found + by_title, key=lambda c: c.line)
    if len(found) < MIN_LOOSE_RUN:
        loose = _loose_run(lines, agenda)
        if len(loose) > len(found) and {c.line for c in found} <= {c.line for c in loose}:
            return loose  # the strict starts were a few of them
    return found


def _is_one_list(run: list[Candidate], lines: list[Line]) -> bool:
    """Two or more numbered lines, each right under the one before (no text between): a list, not
    items, which have their text between them."""
    return len(run) > 1 and all(
        not any(line.text.strip() for line in lines[a.line + 1 : b.line]) for a, b in zip(run, run[1:])
    )


def _numbering_lost(ones: list[Candidate]) -> list[Candidate]:
    """Every item printed as "1." (a Word or web list's numbering lost in conversion): the
    numbers are kept as printed, with one warning that they do not tell the items apart."""
    ones[0].code = "item-numbers-lost"
    ones[0].note = (f"Every one of the {len(ones)} items is printed as item 1 (the list's numbering was lost); "
                    "the numbers are kept as printed, the items are in the document's order.")
    return ones


def _year_run_holds_items(run: list[Candidate], agenda: dict[str, AgendaEntry]) -> bool:
    """Headings numbered within the year ("Punkt 1/2025", "Punkt 2/2025") are items where two or
    more run from the first numbers, or where the index lists each of them ("Punkt 5/2025" …
    "Punkt 7/2025", numbered on through the year); else they are case references."""
    return len(run) >= MIN_YEAR_RUN and (ordinal(run[0].number) <= MAX_FIRST_NUMBER or all(_index_match(c, agenda) for c in run))


def _index_restarts(agenda: AgendaIndex) -> bool:
    """The index's numbers start again (per group: "Åbne punkter" 1–3, "Lukkede punkter" 1–2)."""
    numbers = [ordinal(e.number) for e in agenda.entries]
    return any(b <= a for a, b in zip(numbers, numbers[1:]))


def _starts_as_indexed(candidates: list[Candidate], agenda: AgendaIndex) -> list[Candidate] | None:
    """The starts that follow the index entry by entry, in document order: each the next heading
    after the one before with the entry's number and title; None unless every entry has one."""
    starts: list[Candidate] = []
    k = 0
    for entry in agenda.entries:
        while k < len(candidates) and not (
                candidates[k].number == entry.number and not candidates[k].listed and _titles_agree(entry.title, candidates[k].title)):
            k += 1
        if k == len(candidates):
            return None
        cand = candidates[k]
        if starts and ordinal(cand.number) <= ordinal(starts[-1].number) and not cand.code:
            cand.code = "item-numbering-restarted"
            cand.note = (f"Item numbers start again at {cand.number} under '{entry.group}', as in the index; those items are kept, numbered as printed."
                         if entry.group else f"Item numbers start again at {cand.number}, as in the index; those items are kept, numbered as printed.")
        starts.append(cand)
        k += 1
    return starts


def _restarted_under_groups(run: list[Candidate], candidates: list[Candidate], lines: list[Line],
                           agenda: AgendaIndex) -> list[Candidate]:
    """Numbering that starts again at 1 under a group heading after the run ("Beslutningssager"
    1, 2, 3, then "Orienteringssager" 1, 2): each such run, one after the other and rising by one,
    holds items too, the first saying that the numbers start again; not a list inside the last
    item (see _restart_holds_items)."""
    later = [c for c in candidates if c.line > run[-1].line and not c.listed]
    found: list[Candidate] = []
    k = 0
    while k < len(later):
        if later[k].number != "1" or not _under_group_heading(lines, later[k].line):
            k += 1
            continue
        restarted = [later[k]]
        for cand in later[k + 1:]:
            previous = _whole(restarted[-1].number)
            if previous is None or _whole(cand.number) != previous + 1:
                break
            restarted.append(cand)
        if not _restart_holds_items(run, restarted, lines, agenda):
            k += len(restarted)
            continue
        first = restarted[0]
        first.code = first.code or "item-numbering-restarted"
        first.note = first.note or f"Item numbers start again at 1 under '{_previous_text(lines, first.line)}'; those items are kept, numbered as printed."
        found += restarted
        k += len(restarted)
    return found


def _restart_holds_items(run: list[Candidate], restarted: list[Candidate], lines: list[Line], agenda: AgendaIndex) -> bool:
    """Whether numbers that start again under a group heading are items, not a list in the last item
    ("Meddelelser" / "1. Ny kasserer" / "2. Sommerfest"): where there is an index, it lists each of them
    (the index agreeing with the body); without one, they are not a tight list (numbered lines with
    nothing between them) under items that have text, nor headings without section headings under
    items that mostly have them."""
    if agenda.entries:
        return all(any(_titles_agree(e.title, c.title) for e in agenda.entries) for c in restarted)
    if _tight(restarted, lines) and not _tight(run, lines):
        return False
    return not (_sectioned(run, restarted[0].line, lines) and not _sectioned(restarted, len(lines), lines))


def _sectioned(cands: list[Candidate], stop: int, lines: list[Line]) -> bool:
    """Most of the candidates' items have a section heading ("Beslutning", "Sagsfremstilling") in
    their text (the text of the last one ends at `stop`): items of a template, not list entries."""
    bounds = [c.line for c in cands[1:]] + [stop]
    with_heading = sum(
        any(split_heading(line.text) for line in lines[c.line + 1:end] if line.text.strip()) for c, end in zip(cands, bounds))
    return with_heading * 2 > len(cands)


def _tight(cands: list[Candidate], lines: list[Line]) -> bool:
    """Two or more numbered lines with only blank lines between each and the next."""
    return len(cands) > 1 and all(
        not any(line.text.strip() for line in lines[a.line + 1:b.line]) for a, b in zip(cands, cands[1:]))


def _previous_text(lines: list[Line], i: int) -> str:
    above = _previous_nonblank(lines, i, 0)
    return lines[above].text.strip() if above is not None else ""


def _under_group_heading(lines: list[Line], i: int) -> bool:
    """The line before line i is a group heading ("Orienteringssager", "Sager til beslutning")."""
    return key(_previous_text(lines, i)) in GROUP_HEADINGS


def _with_wrapped_tail(title: str, lines: list[Line], i: int) -> str:
    """The title on line i with the next line where that carries it on in lower case (a wrapped line)."""
    following = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
    return f"{title} {following}" if following[:1].islower() else title


def _in_list(cand: Candidate, previous: str, seen: list[Candidate], list_next: dict[str, int], text: str) -> bool:
    """'Følgende emner blev nævnt:' / '1. Afbud. …' / '2. Formandsbeslutning. …' after an item
    numbered the same way: a list opened by a lead-in ending in a colon, numbered again from 1,
    is the item's list while its numbers run on (1, 2, 3 …), not new items. `text` is the
    entry's title with the line it wraps onto."""
    expected = list_next.get(cand.style)
    if expected is not None:
        if cand.number == str(expected) and not _could_be_next_item(cand, seen, text):
            list_next[cand.style] = expected + 1
            return True
        del list_next[cand.style]
    opens_list = previous.rstrip().endswith(":") and key(previous) not in GROUP_HEADINGS  # not "Meddelelser:" over items
    if cand.number == "1" and opens_list and any(not c.listed for c in seen):
        list_next[cand.style] = 2
        return True
    return False


def _could_be_next_item(cand: Candidate, seen: list[Candidate], text: str) -> bool:
    """The list's next number is also the next item's ('3. Salg af grund' after item 2 and its
    list 1, 2): a plain title is the item; an entry that runs on into a sentence ('2. Afbud. Der
    var afbud fra …') is the list's."""
    item = next((c for c in reversed(seen) if not c.listed), None)
    last = _whole(item.number) if item else None
    return last is not None and cand.number == str(last + 1) and not split_run_on(text)[1]


# Numbering repair ----------------------------------------------------------------------------
# The run of item numbers tells which numbers are missing; a damaged number ("i .", "3 ." where 5
# belongs) or a heading whose number was lost stands in such a gap. Each repair is a warning.


def loose_number(text: str) -> tuple[str, str, str] | None:
    """(as printed, as read, title) for a heading whose number may be damaged: 'i . Valg af dirigent'
    → ('i', '1', 'Valg af dirigent'); '3 . Regnskab' → ('3', '3', 'Regnskab'); None for other lines."""
    m = LOOSE_ITEM_START.match(_markdown_plain(text.strip()))
    if not m:
        return None
    printed = m.group("num")
    has_digit = any(ch.isdigit() for ch in printed)
    if not has_digit and (not m.group("mark") or len(printed) > 1):
        return None  # "I. Valg" is a damaged 1; "Il Ole" is a word
    digits = "".join("1" if ch in OCR_ONE_LOOKALIKES else "0" if ch in OCR_ZERO_LOOKALIKES else ch for ch in printed)
    return printed, canonical_number(digits), collapse(m.group("title"))


def _loose_run(lines: list[Line], agenda: AgendaIndex) -> list[Candidate]:
    """Headings numbered 1, 2, 3 … one after the other, each in a shape of its own as hurried typing
    or OCR leaves them ('l. Valg af dirigent', '2, Beretning', '3 . Regnskab', '4.Valg', '5 Eventuelt'),
    so that no one style makes a run: the items where MIN_LOOSE_RUN or more follow each other from
    the first number, each a short line, with a warning that names the shapes read."""
    run: list[Candidate] = []
    for i, line in enumerate(lines):
        text = line.text.strip()
        if not text or agenda.covers(i) or not (text[0].isdigit() or text[0] in OCR_ONE_LOOKALIKES):
            continue
        read = loose_number(text)
        if read is None or not read[2][:1].isupper() or len(read[2].split()) > MAX_LOST_HEADING_WORDS or read[2].endswith(_SENTENCE_ENDS):
            continue
        expected = str(int(run[-1].number) + 1) if run else None
        if read[1] == expected or (not run and ordinal(read[1]) <= MAX_FIRST_NUMBER):
            run.append(Candidate(i, "loose", read[1], read[2], note=_number_as_printed(text, read[2])))
        elif read[1] == "1" and len(run) < MIN_LOOSE_RUN:
            run = [Candidate(i, "loose", read[1], read[2], note=_number_as_printed(text, read[2]))]
    if len(run) < MIN_LOOSE_RUN:
        return []
    printed = ", ".join(f"'{c.note}'" for c in run)
    for cand in run:
        cand.note = ""
    run[0].code, run[0].note = "item-numbers-repaired", (
        f"The item numbers are printed in damaged or mixed shapes ({printed}); they were read as the run "
        f"{run[0].number}–{run[-1].number}.")
    return run


def _number_as_printed(text: str, title: str) -> str:
    """'4.Valg til bestyrelsen' (title 'Valg til bestyrelsen') → '4.': the number and its mark as printed."""
    return text.split(title.split()[0], 1)[0].strip()


def _whole(number: str) -> int | None:
    return int(number) if number.isdigit() else None


def _fill_gaps(run: list[Candidate], lines: list[Line], agenda: dict[str, AgendaEntry], lower: int) -> list[Candidate]:
    """The run with the starts found in its gaps: before the first item, between two items whose
    numbers are not neighbours, and right after the last."""
    style = run[0].style
    if style == "letter":
        return run
    out: list[Candidate] = []
    first = _whole(run[0].number)
    if first is not None and first == MAX_FIRST_NUMBER:
        out += _gap_starts(lines, _leading_region(lines, lower, run[0].line), [str(first - 1)], style, agenda, last=True)
    for n, cand in enumerate(run):
        out.append(cand)
        nxt = run[n + 1] if n + 1 < len(run) else None
        here = _whole(cand.number)
        if here is None:
            continue
        if nxt is None:
            out += _trailing_start(lines, cand, here + 1, style) or _unnumbered_closing_item(lines, cand, here + 1, style)
            continue
        there = _whole(nxt.number)
        if there is None or there - here <= 1:
            continue
        missing = [str(k) for k in range(here + 1, there)]
        found = _gap_starts(lines, range(cand.line + 1, nxt.line), missing, style, agenda)
        out += found
        lost = sorted(set(missing) - {c.number for c in found} - _not_in_index(missing, agenda), key=int)
        if lost:
            nxt.code = nxt.code or "item-numbers-jump"
            nxt.note = nxt.note or f"Item numbers jump from {here} to {there}: no item {', '.join(lost)} was found."
    return sorted(out, key=lambda c: c.line)


def _not_in_index(numbers: list[str], agenda: dict[str, AgendaEntry]) -> set[str]:
    """Numbers the index skips as well (an item left out on purpose): no jump to warn about."""
    return {n for n in numbers if agenda and n not in agenda}


def _leading_region(lines: list[Line], lower: int, first: int) -> range:
    """The few non-blank lines above the first item where a damaged item 1 may stand."""
    start, seen = first, 0
    while start > lower and seen < LEADING_REACH:
        start -= 1
        seen += bool(lines[start].text.strip())
    return range(start, first)


def _gap_starts(lines: list[Line], region: range, missing: list[str], style: str, agenda: dict[str, AgendaEntry],
                last: bool = False) -> list[Candidate]:
    """Starts for the `missing` numbers among the lines of `region`: headings with exactly that
    number in a shape the strict patterns refuse ("3 . Regnskab", "10. .Indkøb"); a damaged
    number where one item is missing ("i ." before 2, "3 ." between 4 and 6); else a lone
    heading that lost its number, where one is missing."""
    loose = []
    for i in region:
        read = loose_number(lines[i].text) if lines[i].text else None
        if read:
            strict = line_candidate(lines[i].text, i)
            loose.append((i, read, strict is None or strict.style != style))
    wanted = set(missing)
    exact = [(i, read) for i, read, other in loose if other and read[1] in wanted and read[0].isdigit()]
    if exact:
        exact = exact[-1:] if last else exact
        return [Candidate(i, style, read[1], read[2]) for i, read in _rising(exact)]
    if len(missing) != 1:
        return []
    number = missing[0]
    damaged = [(i, read) for i, read, other in loose if other and (not read[0].isdigit() or line_candidate(lines[i].text, i) is None)]
    if len(damaged) == 1 or (last and damaged):
        i, (printed, _, title) = damaged[-1]
        return [Candidate(i, style, number, title, code="item-number-repaired",
                          note=f"Item number printed as '{printed}' was read as {number} from the numbering around it.")]
    if last or loose or (agenda and number not in agenda):
        return []  # an index without the number: the item is left out of the body on purpose
    heading = _lost_heading(lines, region, agenda.get(number))
    if heading is None:
        return []
    return [Candidate(heading, style, number, collapse(lines[heading].text), code="item-number-missing",
                      note=f"A heading without a printed number was read as item {number}, between its neighbours.")]


def _rising(found: list[tuple[int, tuple[str, str, str]]]) -> list[tuple[int, tuple[str, str, str]]]:
    out: list[tuple[int, tuple[str, str, str]]] = []
    for i, read in found:
        if not out or ordinal(read[1]) > ordinal(out[-1][1][1]):
            out.append((i, read))
    return out


def _lost_heading(lines: list[Line], region: range, entry: AgendaEntry | None) -> int | None:
    """The one line in the gap that stands like a heading: it matches the index title where the
    index has one; else a few words alone, in capitals first, ending without a full stop."""
    found = []
    for i in region:
        text = lines[i].text.strip()
        if not text:
            continue
        if entry is not None:
            if token_f1(entry.title, text) >= INDEX_MATCH_F1 and len(text) <= 2 * len(entry.title) + 20:
                found.append(i)
            continue
        if _stands_like_heading(lines, i, region):
            found.append(i)
    return found[0] if len(found) == 1 else None


def _stands_like_heading(lines: list[Line], i: int, region: range) -> bool:
    text = lines[i].text.strip()
    words = text.split()
    before = _previous_nonblank(lines, i, region.start)
    after = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
    return (
        MIN_LOST_HEADING_WORDS <= len(words) <= MAX_LOST_HEADING_WORDS
        and text[0].isupper()
        and not text.endswith((".", ",", ";", ")"))
        and not heading_kind(text)
        and not is_recommendation_leadin(text)
        and before is not None
        and not lines[before].text.strip().endswith(":")
        and (not after or text.endswith(":"))
    )


def _previous_nonblank(lines: list[Line], i: int, lower: int) -> int | None:
    for j in range(i - 1, lower - 1, -1):
        if lines[j].text.strip():
            return j
    return None


def _trailing_start(lines: list[Line], last: Candidate, number: int, style: str) -> list[Candidate]:
    """'7 evt.' after 'Punkt 6 …': the next number right after the last item, in a looser shape,
    standing alone (not one entry of a list inside the last item)."""
    for i in range(last.line + 1, len(lines)):
        text = lines[i].text.strip()
        read = loose_number(text) if text else None
        if not read or read[1] != str(number) or not read[0].isdigit():
            continue
        strict = line_candidate(text, i)
        if strict is not None and strict.style == style:
            return []
        before = _previous_nonblank(lines, i, last.line + 1)
        if before is not None and loose_number(lines[before].text):
            return []  # the next entry of a numbered list
        if len(read[2].split()) > MAX_LOST_HEADING_WORDS:
            return []
        return [Candidate(i, style, read[1], read[2])]
    return []


def _unnumbered_closing_item(lines: list[Line], last: Candidate, number: int, style: str) -> list[Candidate]:
    """'Eventuelt' alone on its line after the last numbered item, a paragraph or sentence ending above
    it: the agenda's closing item, printed without its number; read as the next number, with a warning."""
    for i in range(last.line + 1, len(lines)):
        text = _markdown_plain(lines[i].text.strip())
        above = lines[i - 1].text.strip()
        if key(text) not in ANY_OTHER_BUSINESS_TITLES or _previous_nonblank(lines, i, last.line) == last.line:
            continue  # the last item's own title, printed under its label ("Punkt 4." / "Eventuelt")
        if not above or above.endswith((".", "!", "?")):
            return [Candidate(i, style, str(number), text, code="item-number-missing",
                              note=f"The heading '{text}' after item {last.number} prints no number; it was read as item {number}.")]
    return []


def _from_first_copy(run: list[Candidate], lines: list[Line]) -> list[Candidate]:
    """A heading printed twice, one copy right over the other ('2. Siden sidst (O)' / '2.     Siden sidst
    (O)' / 'Sagsnr.: …', a web page's link over the item's own heading): the item starts at the first
    copy (the second is its text), not in the item before, whose decision it would end."""
    out: list[Candidate] = []
    for n, cand in enumerate(run):
        lower = out[-1].line if out else -1
        j = _previous_nonblank(lines, cand.line, lower + 1) if cand.title else None
        copy = line_candidate(lines[j].text, j) if j is not None else None
        if copy is not None and copy.number == cand.number and collapse(copy.title) == collapse(cand.title):
            cand = replace(cand, line=copy.line)
        out.append(cand)
    return out


def _mark_repeats(run: list[Candidate]) -> list[Candidate]:
    run = [cand for n, cand in enumerate(run) if not (n and cand.number == run[n - 1].number and _continues_item(cand.title))]
    for previous, cand in zip(run, run[1:]):
        if cand.number == previous.number and not cand.code:
            cand.code = "item-number-repeated"
            cand.note = f"Item number {cand.number} is printed twice; both headings are kept as items."
    return run


# Items with no printed numbers -----------------------------------------------------------------


def _unnumbered_starts(lines: list[Line], agenda: AgendaIndex) -> list[Candidate]:
    """'Generalforsamlingen har følgende dagsorden:' then paragraphs, each a short heading line
    with its outcome below: the items, numbered by position (with a warning)."""
    leadin = next((i for i, line in enumerate(lines) if _is_agenda_leadin(line.text) and not agenda.covers(i)), None)
    if leadin is None:
        return []
    starts: list[Candidate] = []
    i = leadin + 1
    while i < len(lines):
        if not lines[i].text.strip():
            i += 1
            continue
        end = i
        while end < len(lines) and lines[end].text.strip():
            end += 1
        heading = lines[i].text.strip()
        if end - i < 2 or not _unnumbered_heading(heading):
            break
        starts.append(Candidate(i, "unnumbered", "", collapse(heading), end=end))
        i = end
    if len(starts) < MIN_UNNUMBERED_ITEMS:
        return []
    return _numbered_by_position(starts, "item-numbers-not-printed",
                                 "The items carry no printed numbers; they were numbered by their position.")


def _time_slot_starts(lines: list[Line], agenda: AgendaIndex) -> list[Candidate]:
    """'17.00-17.05 Godkendelse af dagsorden' / 'Godkendt.': short headings without numbers, each
    opened by its time slot, over their text: the items, numbered by position (with a warning). Such
    lines one under the other are a list of them (the agenda printed first), no items."""
    slotted: dict[int, str] = {}
    for i, line in enumerate(lines):
        text = line.text.strip()
        if not may_open_time_slot(text) or agenda.covers(i):
            continue
        slot = TIME_SLOT_PREFIX.match(text)
        title = collapse(text[slot.end():]) if slot else ""
        if title and _unnumbered_heading(title):
            slotted[i] = title
    starts = []
    for i, title in slotted.items():
        following = _next_nonblank(lines, i + 1, len(lines))
        if following is not None and following not in slotted:
            starts.append(Candidate(i, "unnumbered", "", title))
    if len(starts) < MIN_UNNUMBERED_ITEMS:
        return []
    return _numbered_by_position(starts, "item-numbers-not-printed", "The items carry no printed numbers; they were told "
                                 "by the time slot printed before each heading and numbered by position.")


def _index_title_starts(lines: list[Line], agenda: AgendaIndex, known: dict[str, int] | None = None) -> list[Candidate]:
    """Headings without numbers that print the index's titles again, each alone on its line, in the
    index's order after it: the items, numbered as the index numbers them (with a warning). A heading
    may add a few words to the index's title ('Foredrag i efteråret' / 'Foredrag i efteråret 2024'),
    and an entry the body leaves out is passed over, as long as most entries are found. `known`: the
    items found by their numbers (number → line), not looked for again but counted among those found."""
    if len(agenda.entries) < MIN_UNNUMBERED_ITEMS or agenda.end is None:
        return []
    known = known or {}
    headings = _short_lines_by_title(lines, agenda.end)
    starts: list[Candidate] = []
    i = agenda.end
    for entry in agenda.entries:
        if entry.number in known:
            i = max(i, known[entry.number] + 1)
            continue
        places = headings.get(key(entry.title)) or headings.get(key(_TRAILING_NOTE.sub("", entry.title))) or []
        found = next((j for j in places if j >= i), None)  # "Evt. (besøg)" in the index, "Evt." in the body
        if found is None:
            continue  # not printed in the body (the agenda's warning names it)
        title = collapse(strip_bullet(_markdown_plain(lines[found].text.strip()))).removesuffix(":").rstrip()
        starts.append(Candidate(found, "unnumbered", entry.number, title))
        i = found + 1
    if not starts or len(starts) + len(known) < MIN_UNNUMBERED_ITEMS or (len(starts) + len(known)) * 2 <= len(agenda.entries):
        return []
    starts[0].code = "item-numbers-not-printed"
    starts[0].note = ("The items carry no printed numbers; their headings print the index's titles again and were "
                      "numbered as the index numbers them.")
    return starts


def _short_lines_by_title(lines: list[Line], start: int) -> dict[str, list[int]]:
    """The lines from `start` on that may be an item heading printing an index title, in order, under
    that title's key: the line's own key, and (for a line that is no sentence) its key without its last
    few words ('foredrag i efteråret 2024' under 'foredrag i efteråret' too)."""
    found: dict[str, list[int]] = defaultdict(list)
    for i in range(start, len(lines)):
        text = strip_bullet(_markdown_plain(lines[i].text.strip()))  # "• Sommerfest": a list's number lost to a bullet
        if not text or len(text.split()) > MAX_UNNUMBERED_TITLE_WORDS:
            continue
        words = key(text).split()
        found[" ".join(words)].append(i)
        if text.endswith(_SENTENCE_ENDS):
            continue
        for cut in range(1, min(MAX_HEADING_EXTRA_WORDS, len(words) - 1) + 1):
            found[" ".join(words[:-cut])].append(i)
    return found


def _table_row_starts(lines: list[Line], agenda: AgendaIndex) -> list[Candidate]:
    """Minutes kept as a table without a number column: a header row of short cells naming a
    section ("Emne<tab>Referat", "Dagsordenspunkt<tab>Drøftelse<tab>Beslutning"), then one row per
    item, its title in the first cell and its text beside it; a line of one cell carries the row
    above on (a wrapped cell). The table ends at a blank line. Numbered by position, with a warning."""
    for i, line in enumerate(lines):
        if agenda.covers(i) or not may_be_table_row(line.text) or not _is_header_row(table_cells(line.text)):
            continue
        starts: list[Candidate] = []
        j = i + 1
        while j < len(lines) and lines[j].text.strip():
            cells = table_cells(lines[j].text)
            if len(cells) > 1 and cells[0] and _unnumbered_heading(cells[0]):
                starts.append(Candidate(j, "cell", "", *_title_and_beside(lines[j].text.strip())))
            elif not starts:
                break
            j += 1
        if len(starts) >= MIN_UNNUMBERED_ITEMS:
            starts[-1].end = j
            return _numbered_by_position(starts, "item-numbers-not-printed", "The items carry no printed numbers; they were "
                                         f"read from the rows of the table under '{collapse(line.text)}', numbered by position.")
    return []


def _is_header_row(cells: list[str]) -> bool:
    """'Emne | Referat': short cells, one after the first naming a section (the column the items' text stands in)."""
    filled = [c for c in cells if c]
    return (len(filled) > 1 and all(len(c.split()) <= MAX_HEADER_CELL_WORDS for c in filled)
            and heading_kind(filled[0]) is None and any(heading_kind(c) for c in filled[1:]))


def _numbered_by_position(starts: list[Candidate], code: str, note: str) -> list[Candidate]:
    """Items whose numbers were not printed, numbered 1, 2, 3 … as they stand; the first carries
    the warning that says so."""
    for number, start in enumerate(starts, start=1):
        start.number = str(number)
    starts[0].code, starts[0].note = code, note
    return starts


def _face_starts(lines: list[Line], agenda: AgendaIndex) -> list[Candidate]:
    """Items whose headings carry no numbers and no lead-in announces them: short lines set in
    bold or a heading style, each standing alone over plain text. Only lines after the first
    plain text count (what is set so before it is the document's title). Numbered by position,
    with a warning."""
    first_plain = next((i for i, line in enumerate(lines) if line.text.strip() and not _set_apart(line)), None)
    if first_plain is None:
        return []
    faced = [i for i in range(first_plain + 1, len(lines))
             if _set_apart(lines[i]) and not agenda.covers(i) and _stands_over_text(lines, i)]
    kinds = [heading_kind(_markdown_plain(lines[i].text.strip())) for i in faced]
    named = [k for k in kinds if k is not None]
    # a section heading word ("Økonomi") set like the other headings titles an item where the
    # document has no sections (no decision heading, no heading word printed twice), or where its
    # face is the items' and not the section headings' (Heading 2 items, bold "Beslutning")
    sectioned = "decision" in named or len(named) != len(set(named))
    item_faces = {_face(lines[i]) for i, kind in zip(faced, kinds) if kind is None}
    section_faces = {_face(lines[i]) for i, kind in zip(faced, kinds) if kind == "decision" or (kind is not None and named.count(kind) > 1)}
    starts = [Candidate(i, "unnumbered", "", collapse(_markdown_plain(lines[i].text.strip()))) for i, kind in zip(faced, kinds)
              if kind is None or not sectioned or (_face(lines[i]) in item_faces and _face(lines[i]) not in section_faces)]
    starts = _without_title_face(starts, lines)
    if len(starts) < MIN_FACE_ITEMS:
        return []
    return _numbered_by_position(starts, "item-numbers-not-printed", "The items carry no printed numbers; they were told "
                                 "by their bold, heading or capital face and numbered by position.")


def _without_title_face(starts: list[Candidate], lines: list[Line]) -> list[Candidate]:
    """The first such line set in a face of its own, unlike the headings after it (a Heading 1
    "Referat af møde den 11. juni 2025" over bold item headings), is the document's title."""
    faces = Counter(_face(lines[c.line]) for c in starts)
    if len(starts) <= MIN_FACE_ITEMS or faces[_face(lines[starts[0].line])] > 1:
        return starts
    return starts[1:]


def _face(line: Line) -> tuple[bool, bool]:
    return line.heading, line.bold


def _set_apart(line: Line) -> bool:
    """A line set apart by its face: bold, a heading style, or in capitals ("VALG AF DIRIGENT")."""
    if line.bold or line.heading:
        return True
    letters = [ch for ch in line.text if ch.isalpha()]
    return len(letters) >= MIN_CAPITAL_LETTERS and all(ch.isupper() for ch in letters)


def _paragraph_starts(lines: list[Line], agenda: AgendaIndex) -> list[Candidate]:
    """Plain text with neither numbers nor bold: paragraphs each opened by a short line standing
    alone over its text ("Økonomi" over "Kassebeholdningen er …"), MIN_FACE_ITEMS or more. Each
    such line opens an item; paragraphs between them belong to the item before. Told by blank
    lines between the paragraphs where there are such, else line by line. Numbered by position,
    with a warning."""
    starts = _past_title(_block_heading_starts(lines, agenda), lines)
    if len(starts) < MIN_FACE_ITEMS:
        starts = _past_title(_line_heading_starts(lines, agenda), lines)
    if len(starts) < MIN_FACE_ITEMS:
        return []
    return _numbered_by_position(starts, "item-numbers-not-printed", "The items carry no printed numbers; they were told "
                                 "by short lines standing alone over their paragraphs and numbered by position.")


def _past_title(starts: list[Candidate], lines: list[Line]) -> list[Candidate]:
    """The starts without a first one that is the document's title: the line over the meeting's date
    or a label ("Skolebestyrelsesmøde marts 2024" over "Referat fra den 12. marts 2024."), where a
    running header printed above it took the first line's place."""
    if not starts:
        return starts
    following = _next_nonblank(lines, starts[0].line + 1, len(lines))
    text = lines[following].text.strip() if following is not None else ""
    return starts[1:] if has_date(text) or _LABEL_LINE.match(text) else starts


def _block_heading_starts(lines: list[Line], agenda: AgendaIndex) -> list[Candidate]:
    """Paragraphs apart by blank lines, each opened by a heading line over its text. The document's
    first paragraph is its title block, never an item."""
    starts: list[Candidate] = []
    i = _next_nonblank(lines, 0, len(lines)) or 0
    while i < len(lines) and lines[i].text.strip():
        i += 1  # past the title block
    while i < len(lines):
        if not lines[i].text.strip() or agenda.covers(i):
            i += 1
            continue
        end = i
        while end < len(lines) and lines[end].text.strip():
            end += 1
        if end - i >= 2 and _opens_paragraph_as_heading(lines[i].text.strip(), lines[i + 1].text.strip()):
            starts.append(Candidate(i, "unnumbered", "", collapse(lines[i].text)))
        i = end
    return starts


def _line_heading_starts(lines: list[Line], agenda: AgendaIndex) -> list[Candidate]:
    """Single-spaced text (no blank line anywhere) or a blank line after every line (Word
    paragraphs): a heading line is one that follows the end of a sentence, a label line ("Afbud:
    Lene Skov") or a blank line, standing over a line that opens a sentence. The first line is the
    document's title, never an item."""
    first = _next_nonblank(lines, 0, len(lines))
    if first is None:
        return []
    starts: list[Candidate] = []
    previous = lines[first].text.strip()
    for i in range(first + 1, len(lines)):
        text = lines[i].text.strip()
        if not text or agenda.covers(i):
            previous = "" if not text else text
            continue
        following = _next_nonblank(lines, i + 1, len(lines))
        if following is not None and _ends_a_block(previous) and _opens_paragraph_as_heading(text, lines[following].text.strip()):
            starts.append(Candidate(i, "unnumbered", "", collapse(text)))
        previous = text
    return starts


def _ends_a_block(previous: str) -> bool:
    """What stands before a heading line: a blank line (""), the end of a sentence, a label line, or
    the agenda's heading or lead-in ("Dagsorden:" over "Valg af dirigent" / "Mette Lund blev valgt.")."""
    return (not previous or previous.endswith(_SENTENCE_ENDS) or bool(_LABEL_LINE.match(previous))
            or (previous.endswith(":") and is_index_heading(previous)))


def _opens_paragraph_as_heading(text: str, following: str) -> bool:
    """'Sti til skolen' over 'Kommunen har svaret, …': a few words, no sentence, label, date or
    decision heading, over a line that opens a sentence of its own. ("Økonomi" names a section
    in a council's case, but here, with no decision headings after it, an association's item.)"""
    kind = heading_kind(text)
    if kind is not None and kind != "decision":
        text = text.removesuffix(":").capitalize()  # "Økonomi:", "ØKONOMI": the heading word however it is set
    elif text.endswith(":") and not _names_a_list(text):
        text = text[:-1]  # "Grønt udvalg:" alone over its text; not "Deltagere:", "Referent:" over names
    return (
        len(text.split()) <= MAX_LOST_HEADING_WORDS
        and _unnumbered_heading(text)
        and not text.endswith((".", "!", "?", ";"))
        and ":" not in text
        and not has_date(text)
        and key(text) not in DOCUMENT_TYPES
        and kind != "decision"
        and key(text) not in ATTENDEE_LABELS
        and strip_bullet(following)[:1].isupper()  # "Konstituering" over "• Som formand blev …": a bulleted outcome
    )


def _names_a_list(label: str) -> bool:
    """'Deltagere:', 'Referent:', 'Dagsorden:': a label over names or over the agenda, no item's heading."""
    k = key(label.removesuffix(":"))
    return k in ATTENDEE_LABELS or k in ROLE_LABELS or k in NOTE_TAKER_LABELS or k in INDEX_HEADINGS or _is_agenda_leadin(label)


def _stands_over_text(lines: list[Line], i: int) -> bool:
    """A short heading line whose next line is plain text or a section heading ("Beslutning")."""
    text = _markdown_plain(lines[i].text.strip())
    if not text or not _unnumbered_heading(text):
        return False
    following = _next_nonblank(lines, i + 1, len(lines))
    return following is not None and (not _set_apart(lines[following])
                                      or heading_kind(_markdown_plain(lines[following].text.strip())) is not None)


def _section_opened_starts(lines: list[Line], agenda: AgendaIndex) -> list[Candidate]:
    """A web page of minutes whose item headings are folded away: no number and no title, but each
    item's sections ('Resumé' … 'Forslag' … 'Beslutning'). The heading that opens them is the first
    printed more than once (else the first), never a decision heading, which closes an item; each time
    it comes again another item begins. Items numbered by position, without titles (with a warning);
    only where a decision heading follows: the sections of minutes, not of a header."""
    headings = [(i, kind, key(line.text)) for i, line in enumerate(lines)
                if not agenda.covers(i) and line.text.strip() and (kind := heading_kind(line.text.strip()))]
    openers = [k for _, kind, k in headings if kind != "decision"]
    counts = Counter(openers)
    opening = next((k for k in openers if counts[k] > 1), openers[0] if openers else None)
    first = next((i for i, _, k in headings if k == opening), None)
    if first is None or not any(kind == "decision" and i > first for i, kind, _ in headings):
        return []
    places = [i for i, _, k in headings if k == opening]
    return _numbered_by_position([Candidate(i, SECTION_OPENED, "", "") for i in places], "items-without-headings",
                                 f"No item headings were printed; {len(places)} item(s) were read where the section heading "
                                 f"'{lines[first].text.strip()}' opens again, numbered by position, without titles.")


def _is_agenda_leadin(text: str) -> bool:
    """'Generalforsamlingen har følgende dagsorden:' — a sentence that announces the agenda."""
    stripped = text.strip()
    return stripped.endswith(":") and any(w in AGENDA_LEADIN_WORDS for w in key(stripped).split())


def _unnumbered_heading(text: str) -> bool:
    return (
        len(text.split()) <= MAX_UNNUMBERED_TITLE_WORDS
        and text[0].isupper()
        and not text.endswith((":", ","))
        and not text.lower().startswith(CLOSING_BLOCK_STARTS)
    )


def _long_line_length(lines: list[Line]) -> float:
    lengths = sorted([len(line.text) for line in lines if line.text])
    if len(lengths) < 10:
        return float("inf")
    return lengths[int(len(lengths) * 0.9)]


def _next_nonblank(lines: list[Line], i: int, stop: int) -> int | None:
    for j in range(i, stop):
        if lines[j].text.strip():
            return j
    return None


def _resolve_title(lines: list[Line], cand: Candidate, stop: int, entry: AgendaEntry | None, long_line: float) -> tuple[str, int]:
    """The item's title and one past its last line (titles may stand on the next line or wrap); a
    type tag before the title ("Sag 4 (O)") is left to the caller."""
    title, end = split_type_tag(cand.title)[0], cand.line + 1
    if cand.style == SECTION_OPENED:
        return "", cand.line  # its first line is a section heading: no title printed
    if cand.beside:
        return title, end  # the lines below continue the cell beside the title
    if not title:
        j = _next_nonblank(lines, end, stop)
        if j is None:
            return "", end
        nested = line_candidate(lines[j].text, j)
        if nested and nested.number == cand.number:
            title = nested.title
        elif _outcome_under_label(lines, j, stop, entry):
            return _title_not_printed(cand, entry), end  # "Ad 1" / "Godkendt.": the line is the item's text
        else:
            title = collapse(lines[j].text)
        end = j + 1
    while end < stop:
        nxt = lines[end].text.strip()
        if not nxt:
            following = _next_nonblank(lines, end, stop)
            if following is None or not (
                _index_continues(entry, title, lines[following].text.strip()) or _bold_wrap(lines[cand.line], lines[following], title)
                or _dangling_wrap(title, lines[following].text.strip())
            ):
                break
            end, nxt = following, lines[following].text.strip()  # wrapped over a blank line, as the index shows
        joined = f"{title} {nxt}"
        if _index_continues(entry, title, nxt) or _dangling_wrap(title, nxt):
            title, end = joined, end + 1  # also where the tail reads as a heading ("… herunder" / "tidsplan og økonomi")
            continue
        if heading_kind(nxt) or line_candidate(nxt, end) or CASE_NUMBER.match(nxt):
            break
        if nxt[1:2] in ".)" and _SUB_POINT_START.match(nxt):
            break  # "a. Må vi nævne …" under the heading: the item's first sub-point, no part of its title
        if len(lines[end - 1].text) >= long_line * LONG_LINE_SHARE and nxt[:1].islower():
            title, end = joined, end + 1
            continue
        if ends_dangling(title) and not nxt.endswith((".", ":")):
            title, end = joined, end + 1  # "… fra puljen til" / "Foreningen Solsikken"
            continue
        if _wraps_to_its_stop(title, nxt):
            title, end = joined, end + 1  # "… virksomhed i det" / "forløbne år."
        break
    return collapse(title), end


def _outcome_under_label(lines: list[Line], j: int, stop: int, entry: AgendaEntry | None) -> bool:
    """The line j under a bare item label ("Ad 1", "Punkt 3") is the item's text, not its title: it
    ends a sentence ("Referatet blev godkendt.", "Intet.") and either the index prints another title
    for the number, or it is a sentence with a verb or too long for a heading, or nothing follows it
    in the item."""
    text = lines[j].text.strip()
    if entry is not None and entry.title and _titles_agree(entry.title, text):
        return False
    if len(text.split()) > MAX_UNNUMBERED_TITLE_WORDS:
        return True
    if not text.endswith(_SENTENCE_ENDS):
        return False
    following = _next_nonblank(lines, j + 1, stop)
    alone = following is None or lines[following].text.strip().lower().startswith(CLOSING_BLOCK_STARTS)
    return entry is not None or alone or is_sentence(text) or key(text) in NOTHING


def _title_not_printed(cand: Candidate, entry: AgendaEntry | None) -> str:
    """The title of an item whose label stands over its text: the index's, where it lists the
    number; else none, and the candidate says so in a warning."""
    if entry is not None and entry.title:
        return entry.title
    cand.code = cand.code or "item-title-not-printed"
    cand.note = cand.note or f"Item {cand.number} prints no title over its text; it was left without one."
    return ""


def _dangling_wrap(title: str, nxt: str) -> bool:
    """A title ending in a word no title ends with ("… tagrenovering, herunder"), then a line opening
    in lower case: the title goes on there."""
    return ends_dangling(title) and nxt[:1].islower()


def _bold_wrap(heading: Line, following: Line, title: str) -> bool:
    """A bold heading whose title ends in a word no title ends with, and a bold line under it
    past a gap (a larger font's line pitch read as a paragraph break): the title wrapped."""
    return heading.bold and following.bold and ends_dangling(title)


def _wraps_to_its_stop(title: str, nxt: str) -> bool:
    """A long title without an end, then a fragment of a few lower-case words ending it with a
    full stop: the title wrapped ("Beretning fra formanden om klubbens virksomhed i det" / "forløbne
    år."). A short title ("Budget" / "godkendt.") is no wrapped one."""
    return (
        len(title.split()) >= MIN_WRAPPED_TITLE_WORDS
        and not title.rstrip().endswith((".", ":", "?", "!", ","))
        and nxt[:1].islower()
        and nxt.endswith(".")
        and len(nxt.split()) <= MAX_TITLE_WRAP_WORDS
    )


def _index_continues(entry: AgendaEntry | None, title: str, nxt: str) -> bool:
    """The next line carries on the title as the index prints it: the index title starts with
    both, or (an index entry cut short, "… med ti") the joined title starts with the index's."""
    if entry is None or not nxt:
        return False
    index_title, so_far, joined = key(entry.title), key(title), key(f"{title} {nxt}")
    if len(index_title) <= len(so_far) or not index_title.startswith(so_far):
        return False
    return index_title.startswith(joined) or joined.startswith(index_title)


def _closing_block(lines: list[Line], start: int, stop: int) -> int:
    """Where the closing block after the last item begins (signatures, "Mødet hævet kl. …",
    "Referent: …", "Næste møde afholdes …"), or `stop` when there is none."""
    signatures = _signatures_start(lines, start, stop)
    first = _next_nonblank(lines, start, signatures)
    for i in range(start, signatures):
        lowered = lines[i].text.strip().lower()
        if lowered.startswith(CLOSING_BLOCK_STARTS) and not (i == first and _section_heading_in(lines[i + 1 : signatures])):
            return i
    return signatures


def _section_heading_in(lines: list[Line]) -> bool:
    """A section heading ('Beslutning') among the lines. Under a closing sentence that opens the
    last item ("Mødet sluttede kl. 21.33" first in the item that approves the agenda) the item's
    sections follow: the sentence is the item's, no closing block."""
    return any(split_heading(line.text) for line in lines if line.text.strip())


def _signatures_start(lines: list[Line], start: int, stop: int) -> int:
    """'Formand:' / 'Mona Beck' / 'Kasserer:' / 'Ib Thorsen', or 'Dirigent: Jørn Holt' / 'Referent: Leif
    Toft', ending the document: role labels, each over or before a name, are signatures; where they
    begin (or `stop` when there are fewer than MIN_SIGNATURES)."""
    texts = [(i, lines[i].text.strip()) for i in range(start, stop) if lines[i].text.strip()]
    j = len(texts)
    signatures = 0
    while True:
        if j >= 2 and _is_role_label(texts[j - 2][1]) and _is_signature_name(texts[j - 1][1]):
            j -= 2
        elif j >= 1 and _is_signed_line(texts[j - 1][1]):
            j -= 1
        elif j >= 1 and (names := _signers_on_line(texts[j - 1][1])) is not None:
            j -= 1
            signatures += names
            continue
        else:
            break
        signatures += 1
    return texts[j][0] if signatures >= MIN_SIGNATURES else stop


def _signers_on_line(text: str) -> int | None:
    """How many signers a line of a signature block names: 'Karen Vestergaard<tab>Niels Bonde' two,
    'Karen Vestergaard, formand' one, a line to sign on ('____<tab>____') or of roles ('formand<tab>
    næstformand') none; None for a line that is no part of a signature block."""
    cells = [c for c in table_cells(text) if c]
    if not cells:
        return None
    if all(_SIGNING_RULE.match(c) or _is_role_label(c if c.endswith(":") else f"{c}:") for c in cells):
        return 0
    if all(_is_signer(c) for c in cells):
        return len(cells)
    return None


def signing_line(text: str) -> bool:
    """'____<tab>____', 'formand<tab>næstformand': a line of a signature block that names no one (the
    lines to sign on, the signers' roles under their names)."""
    return _signers_on_line(text) == 0


def _is_signer(cell: str) -> bool:
    """'Karen Vestergaard', 'Karen Vestergaard, formand', 'Niels Bonde (næstformand)': a name of two
    words or more, perhaps with its role after a comma or in parentheses."""
    name, comma, role = cell.partition(",")
    if not comma:
        name, paren, role = cell.partition("(")
        role = role.rstrip(")") if paren else ""
    if role.strip() and not _is_role_label(f"{role.strip()}:"):
        return False
    words = name.split()
    return (MIN_SIGNER_WORDS <= len(words) <= MAX_SIGNATURE_NAME_WORDS and _is_signature_name(name.strip())
            and not name.rstrip().endswith((".", ";", "!", "?")))


def _is_signed_line(text: str) -> bool:
    """'Dirigent: Jørn Holt': a role label and a name on one line."""
    label, colon, name = text.partition(":")
    return bool(colon) and _is_role_label(label + colon) and _is_signature_name(name.strip())


def _is_role_label(text: str) -> bool:
    """'Formand:', 'Dirigent og Referent:': role words alone before a colon."""
    if not text.endswith(":"):
        return False
    words = [w for w in _ROLE_SEPARATORS.split(key(text)) if w]
    return bool(words) and all(w in ROLE_WORDS for w in words)


def _is_signature_name(text: str) -> bool:
    """'Per F Larsen': a few capitalised words, no digits, no colon."""
    words = text.split()
    return 0 < len(words) <= MAX_SIGNATURE_NAME_WORDS and all(w[0].isupper() for w in words) and not any(
        ch.isdigit() or ch == ":" for ch in text)


def is_label_line(text: str) -> bool:
    """'Punkt 3', 'Pkt. 4 og 5': a bare item label of a few words (the title stands elsewhere)."""
    if len(text) > MAX_LABEL_LINE_CHARS or not _ITEM_WORD_HINT.search(text.lower()):
        return False
    text = text.strip()
    m = ITEM_LABEL_LINE.search(text)
    if m is None or len(text.split()) > 6:
        return False
    running = [w for w in text[: m.start()].split() if w.isalpha() and w.islower()]
    return len(running) < MIN_SENTENCE_WORDS or has_date(text)  # not "Godkendt med tilføjelse af punkt 4a."


def _strip_tail(lines: list[Line], start: int, end: int, groups: set[str]) -> tuple[int, str | None, str | None]:
    """Walk back from `end` over blank lines, group headings, access words and page labels
    that stand before the next item; return the new end and what they said."""
    group = access = None
    j = end
    while j > start:
        text = lines[j - 1].text.strip()
        k = access_key(text)
        if not text or is_label_line(text):
            j -= 1
        elif k in ACCESS_WORDS:
            access = access or ACCESS_WORDS[k]
            if k in groups or (k in GROUP_HEADINGS and " " in k):
                group = group or text.rstrip(":")  # "Lukkede sager": a group that says its items' access ("Åben": an item's own)
            j -= 1
        elif k in groups or k in GROUP_HEADINGS:
            group = group or text.rstrip(":")
            j -= 1
        else:
            break
    return j, group, access


def locate_items(lines: list[Line], agenda: AgendaIndex) -> list[ItemSpan]:
    starts = choose_starts(lines, agenda)
    entries = index_entries_in_order(agenda, [c.number for c in starts])
    groups = {key(e.group) for e in agenda.entries if e.group}
    long_line = _long_line_length(lines)
    index_first = agenda.end is not None and bool(starts) and agenda.end <= starts[0].line
    stops = [c.line for c in starts[1:]] + [len(lines)]
    resolved = [_resolve_title(lines, cand, stop, entry, long_line) for cand, stop, entry in zip(starts, stops, entries)]
    outcomes_only = index_first and _outcomes_under_numbers([title for title, _ in resolved], entries)
    # most headings run on into their outcomes ("1. Valg af dirigent: Ole blev valgt."): so does a short one ("5. Eventuelt: Intet.")
    outcomes_run_on = len(resolved) > 1 and mostly_run_on([title for title, _ in resolved])
    header = _header_cells(lines, starts[0].line) if starts and starts[0].beside else []
    beside_heading = _column_heading(header)
    spans: list[ItemSpan] = []
    # What stands just before the first item (its group heading, "Åben") belongs to it.
    pending_group = pending_access = None
    above = None
    if starts:
        lower = agenda.end if agenda.end is not None and agenda.end <= starts[0].line else 0
        above, pending_group, pending_access = _strip_tail(lines, lower, starts[0].line, groups)
    group, access = pending_group, pending_access
    for n, cand in enumerate(starts):
        stop = stops[n]
        title, title_end = resolved[n]
        entry = entries[n]
        index_title = entry.title if entry else ""  # under outcomes_only every item has its entry
        if outcomes_only and not cand.title:
            title, title_end = index_title, cand.line + 1  # "Ad 1)" over its outcome
        title, title_access = split_access(without_page_leader(title))
        title, run_on = _cut_at_index_title(title, entry) if not outcomes_only else (title, "")  # an outcome stays whole
        title, case_head = split_case_number_head(title)
        title, case_tail = split_case_number_tail(title)
        case_tail = " ".join(part for part in (case_head, case_tail) if part)
        if not outcomes_only:
            title, lead = split_run_on(title)
            if not lead and outcomes_run_on:
                title, lead = split_short_run_on(title)
        else:
            title, lead = index_title, _without_index_title(title, index_title) if cand.title else ""
        lead = " ".join(part for part in (case_tail, lead) if part)  # read first by the body: its case number
        lead = collapse(f"{split_type_tag(cand.title)[1]} {run_on} {lead}")  # "(B)": kept as the item's first text
        if n + 1 == len(starts) and cand.end is not None:
            stop = cand.end
        elif n + 1 == len(starts) and not is_next_meeting(title):
            stop = _closing_block(lines, title_end, stop)
        end, next_group, next_access = _strip_tail(lines, title_end, stop, groups)
        spans.append(ItemSpan(cand.line, title_end, end, cand.number, title, group, title_access or access,
                              cand.beside, beside_heading, lead, cand.code, cand.note, above if n == 0 else None))
        columns = _row_cells(header, lines[cand.line].text, cand.title) if cand.beside and len(header) > 2 else None
        if columns:
            spans[-1].beside_heading, spans[-1].beside, spans[-1].beside_other = columns
        group, access = _next_group_and_access(group, access, next_group, next_access)
    return spans


def _next_group_and_access(group: str | None, access: str | None, next_group: str | None,
                           next_access: str | None) -> tuple[str | None, str | None]:
    """The group and access of the items after a group heading. A group heading that says the
    access ("Lukkede sager") sets it; another group after it ("Lukkede sager" … "Meddelelser")
    ends that access with the group, unless an access line stands with it; a group under an
    access heading ("Lukket dagsorden" / "Sager til beslutning" … "Sager til orientering") keeps it."""
    if next_group:
        if group is not None and key(group) in ACCESS_WORDS and key(next_group) not in ACCESS_WORDS:
            access = None
        group = next_group
        if key(next_group) in ACCESS_WORDS:
            access = ACCESS_WORDS[key(next_group)]
    return group, next_access or access


def _cut_at_index_title(title: str, entry: AgendaEntry | None) -> tuple[str, str]:
    """A heading line that runs on past the title the index prints ("89. Kvartalsrapport J.nr.:
    Sagsid.: … Økonomiafdelingen fremsender …", text that lost its line breaks): the index's
    title, and the rest as the item's text."""
    if entry is None or not entry.title:
        return title, ""
    printed, indexed = collapse(title), collapse(entry.title)
    if ends_dangling(indexed):
        return title, ""  # the index cut the title short ("… tagrenovering, herunder"): the heading prints it whole
    if len(printed) < len(indexed) + MIN_RUN_ON_CHARS or not printed.casefold().startswith(indexed.casefold()):
        return title, ""
    rest = printed[len(indexed):].strip()
    if printed[len(indexed)].isalnum() or not rest[:1].isalnum():
        return title, ""  # the index title ends inside a word of the heading, or the heading goes on ("Økonomi – herunder …")
    return printed[: len(indexed)], rest


def _without_index_title(printed: str, index_title: str) -> str:
    """'Valg af dirigent: Ole Berg blev valgt.' under the index's 'Valg af dirigent' → 'Ole Berg blev
    valgt.': the outcome printed after the index's title on the heading line; other lines whole."""
    head, rest = printed[: len(index_title)], printed[len(index_title):]
    if not index_title or key(head) != key(index_title) or not rest.lstrip()[:1] in _TITLE_OUTCOME_MARKS:
        return printed
    return rest.lstrip().lstrip("".join(_TITLE_OUTCOME_MARKS)).strip() or printed


def _outcomes_under_numbers(titles: list[str], entries: list[AgendaEntry | None]) -> bool:
    """'Dagsorden var: 1. Regnskab 2. Valg' then 'Referat: 1. Regnskabet blev godkendt.', or 'Ad 1)'
    alone over 'Godkendt.': the body gives only outcomes under the index's numbers. Every number is
    in the index and most lines that would be the titles (the heading's own text, else the line under
    a bare number) are not its titles: the titles come from the index, the lines are the items' text."""
    if len(titles) < MIN_OUTCOME_ITEMS or any(entry is None or not title for entry, title in zip(entries, titles)):
        return False
    matching = sum(_titles_agree(entry.title, title) for entry, title in zip(entries, titles) if entry)
    return matching * 2 < len(titles)


def _header_cells(lines: list[Line], first: int) -> list[str]:
    """The cells of the table's header row above the first item ("Punkt<tab>Emne<tab>Referat", or
    "Dagsorden Beslutning" read without a tab: its words)."""
    j = _header_row(lines, first)
    if j is None:
        return []
    cells = table_cells(lines[j].text)
    return cells if len([c for c in cells if c]) > 1 else lines[j].text.split()


def _header_row(lines: list[Line], first: int) -> int | None:
    """The line of the table's header row above the first item; a numbered line there ("3.
    Orientering", the index's last entry) is no header row, and none stands above it."""
    for j in range(first - 1, max(-1, first - 1 - COLUMN_HEADING_REACH), -1):
        if line_candidate(lines[j].text, j):
            return None
        cells = table_cells(lines[j].text)
        if len([c for c in cells if c]) > 1 or 1 < len(lines[j].text.split()) <= MAX_HEADER_ROW_WORDS:
            return j
    return None


def items_table_header_row(lines: list[Line], spans: list[ItemSpan]) -> int | None:
    """The header row over minutes kept as a table ("Pkt.<tab>Emne<tab>Beslutning"), where the
    items were read as its rows with the text beside their titles under a column heading."""
    if not spans or not spans[0].beside_heading:
        return None
    return _header_row(lines, spans[0].start)


def _column_heading(header: list[str]) -> str | None:
    """The heading of the column beside the item titles: the header row's last cell, where it is a
    section heading ("Dagsorden<tab>Beslutning", "Punkt<tab>Emne<tab>Referat")."""
    filled = [c for c in header if c]
    return filled[-1] if filled and heading_kind(filled[-1]) else None


def _row_cells(header: list[str], row: str, title: str) -> tuple[str, str, tuple[str, ...]] | None:
    """A row of a table with more columns than title and decision ("Punkt | Emne | Drøftelse/Beslutning
    | Ansvarlig | Deadline"): (the decision column's heading, its cell, the other cells after the title
    as "Ansvarlig: LB"). None where no column after the title is a decision's or the row does not
    line up with the header."""
    cells = table_cells(row)
    first_title_word = title.split()[0] if title.split() else ""
    at = next((k for k, c in enumerate(cells) if first_title_word and first_title_word in c), None)
    if at is None or len(cells) > len(header):
        return None
    decision = next((k for k in range(at + 1, len(header)) if heading_kind(header[k]) == "decision"), None)
    if decision is None:
        return None
    others = tuple(f"{header[k]}: {cells[k]}" for k in range(at + 1, len(cells)) if k != decision and cells[k] and header[k])
    return header[decision], cells[decision] if decision < len(cells) else "", others


def _access_in_title(title: str) -> str | None:
    """'Personalesag (Lukket)', 'Budget - åbent punkt', '(Åben) Budget', 'Lukket punkt: Køb af
    ejendom', or the whole title ('Lukket punkt', the closed item's subject left out): the access
    printed with the title."""
    if key(title) in ACCESS_WORDS:
        return ACCESS_WORDS[key(title)]
    m = _TITLE_ACCESS.search(title) or _TITLE_ACCESS_FIRST.match(title)
    return ACCESS_WORDS.get(key(m.group(1))) if m else None


def _take_case_number(body: list[Line]) -> tuple[str | None, str | None, list[Line]]:
    """The case number printed in the item's first lines, alone ("EMN-2024-000123") or on a
    metadata line ("Sagsnr.: 101-22-55   Dok.nr.: 101-22-98   Åbent", "Sagsnr. 12345
    Kulturudvalget Åbent punkt"), the access such a line gives, and the body without that line."""
    seen = 0
    for i, line in enumerate(body):
        text = line.text.strip()
        if not text:
            continue
        seen += 1
        if seen > CASE_NUMBER_REACH or heading_kind(text):
            break
        if CASE_NUMBER.match(text):
            return text, None, body[:i] + body[i + 1:]
        first_access, rest = _access_at_start(text)
        value = _labelled_case_value(rest)
        if value and len(text) <= MAX_METADATA_LINE_CHARS and any(ch.isdigit() for ch in value.split()[0]):
            return value.split()[0].rstrip(",;"), first_access or _access_at_end(rest), body[:i] + body[i + 1:]
    return None, None, body


def _access_at_start(text: str) -> tuple[str | None, str]:
    """'Åbent punkt   Sagsnummer: 25/00101': access as a metadata line's first words, and the rest of the line."""
    words = text.split()
    for size in (2, 1):
        k = key(" ".join(words[:size])) if len(words) > size else ""
        if k in ACCESS_WORDS:
            return ACCESS_WORDS[k], " ".join(words[size:])
    return None, text


def _access_at_end(text: str) -> str | None:
    """'… Dok.nr.: 101-22-98   Åbent', '… Kulturudvalget Åbent punkt': access as a metadata line's last words."""
    words = text.split()
    for size in (2, 1):
        k = key(" ".join(words[-size:])) if len(words) > size else ""
        if k in ACCESS_WORDS:
            return ACCESS_WORDS[k]
    return None


def access_key(text: str) -> str:
    """'(Lukket punkt)', '[Åben]', 'Åbent punkt.': a line's key with its brackets off, to look up in ACCESS_WORDS."""
    return key(text).strip("()[] ")


def _take_access(body: list[Line]) -> tuple[str | None, list[Line]]:
    for i, line in enumerate(body):
        text = line.text.strip()
        if not text:
            continue
        k = access_key(text)
        if k in ACCESS_WORDS:
            return ACCESS_WORDS[k], body[:i] + body[i + 1:]
        if heading_kind(text):
            break
    return None, body


def _bare_case_number_above(lines: list[Line], start: int) -> str | None:
    """A case number alone on the line right above an item's heading (blank lines between)."""
    for j in range(start - 1, -1, -1):
        text = lines[j].text.strip()
        if text:
            return _case_number_alone(text)
    return None


def _case_number_alone(text: str) -> str | None:
    """The case number of a line that holds nothing else: 'EMN-2024-000123', or with its label
    ('Sagnr.: 1-51-71-3321-08')."""
    if CASE_NUMBER.match(text):
        return text
    value = _labelled_case_value(text)
    return value if value and len(value.split()) == 1 and any(ch.isdigit() for ch in value) else None


def _labelled_case_value(text: str) -> str | None:
    """What follows a case-number label ('Sagsnr.: 19/1234 Dok.nr.: …'), or the number after 'Sag' alone on its line."""
    m = _CASE_LABELLED.match(text)
    return (m.group("value") or m.group("number")) if m else None


def case_numbers_from_above(lines: list[Line], spans: list[ItemSpan]) -> list[bool]:
    """For each item: does it take the case number printed alone on the line above its heading?
    It does where it has none of its own below the heading, and either the template prints them
    above (more items have one above than below) or the item before has its own already."""
    above = [_bare_case_number_above(lines, span.start) for span in spans]
    own = []
    for n, span in enumerate(spans):
        body = lines[span.title_end:span.end]
        if n + 1 < len(spans) and above[n + 1] is not None:
            body = _without_trailing_case_number(body)
        own.append(_take_case_number(body)[0])
    from_above = sum(a is not None for a in above) > sum(o is not None for o in own)
    return [
        above[n] is not None and own[n] is None and (from_above or (n > 0 and own[n - 1] is not None))
        for n in range(len(spans))
    ]


def _without_trailing_case_number(body: list[Line]) -> list[Line]:
    """The body without a case number alone on its last line: it belongs to the next item."""
    for j in range(len(body) - 1, -1, -1):
        text = body[j].text.strip()
        if text:
            return body[:j] if _case_number_alone(text) else body
    return body


def _current_decisions(sections: list[Section], meeting_date: str | None = None) -> list[Section]:
    """The decision sections that hold this meeting's decision. Where every one names who
    decided or when ("Økonomiudvalgets beslutning den 12. marts", then "Byrådets beslutning
    den 26. marts"), they are the item's history: this meeting's is the one dated the meeting's
    date, else the last."""
    decisions = [s for s in sections if s.kind == "decision" and s.text]
    if len(decisions) > 1 and all(s.heading and key(s.heading) not in SECTION_HEADINGS for s in decisions):
        dated = [s for s in decisions if meeting_date and meeting_date in heading_dates(s.heading or "")]
        return dated[-1:] or decisions[-1:]
    if any(s.heading and key(s.heading) not in SECTION_HEADINGS for s in decisions):
        return decisions
    first_named = next((n for n, s in enumerate(decisions) if _names_a_decision(s.heading)), 0)
    return decisions[first_named:]


def _names_a_decision(heading: str | None) -> bool:
    """'Beslutning:', 'Referat/beslutning' name the decision; 'Referat:' or 'Konklusion' printed
    above it, over the discussion, do not (the sections after it, 'Protokol', go on with it)."""
    return bool(heading) and any(word in DECISION_WORDS for word in _HEADING_WORDS.split(key(heading or "")))


@lru_cache(maxsize=65536)
def _continues_item(title: str) -> bool:
    """'(fortsat): Banens tilstand', 'Banens tilstand (forts.)': the heading of an item printed again where it goes on."""
    words = [w.strip(_CONTINUATION_MARKS) for w in title.lower().split()]
    return any(w in CONTINUATION_WORDS for w in words[:CONTINUATION_REACH] + words[-CONTINUATION_REACH:])


def is_continuation_heading(text: str, number: str) -> bool:
    """The item's own heading printed again where it goes on ('Punkt 2 (fortsat)' inside item 2): no text."""
    return _continued_item(text) == number


@lru_cache(maxsize=65536)
def _continued_item(text: str) -> str | None:
    """The number of the item whose heading the line prints again ('Punkt 2 (fortsat)' → '2'), or None;
    only a line with a word of going on in it is looked at."""
    if not _CONTINUATION_HINT.search(text):
        return None
    cand = line_candidate(text, 0) if could_start_item(text.strip()) else None
    return cand.number if cand is not None and _continues_item(cand.title) else None


@lru_cache(maxsize=65536)
def _is_page_label(text: str) -> bool:
    """'Punkt 3' repeated on a page of the item: a label, not text. A dated line ending so
    ("Kulturudvalget, 04-05-2021, pkt. 17") is a history heading."""
    return len(text) <= MAX_LABEL_LINE_CHARS and is_label_line(text) and not has_date(text)


def build_item(
    lines: list[Line], span: ItemSpan, case_number_above: bool = False, next_takes_case_number: bool = False,
    index_entry: AgendaEntry | None = None, subject_before: str | None = None, meeting_date: str | None = None,
) -> Item:
    """The item in `span`; its index entry, where there is one, gives the group and (last of
    all: after the body, the heading block and the title) the access. `subject_before`: see
    sections.subject_slot_kind."""
    body = [line for line in lines[span.title_end:span.end]
            if not _is_page_label(line.text) and not is_continuation_heading(line.text, span.number)]
    if span.beside or span.beside_other:
        first = lines[span.start]
        others = [first.with_text(t) for cell in span.beside_other for t in (cell, "")]  # each a paragraph of its own
        beside = [first.with_text(t) for t in (span.beside_heading, span.beside) if t] if span.beside else []  # an empty cell: no section
        body = others + beside + body
    if span.lead:
        body = [lines[span.start].with_text(span.lead)] + body
    if next_takes_case_number:
        body = _without_trailing_case_number(body)
    case_number, line_access, body = _take_case_number(body)
    if case_number is None and case_number_above:
        case_number = _bare_case_number_above(lines, span.start)
    case_number = case_number or case_number_in_parentheses(span.title)
    access, body = _take_access(body)
    access = access or line_access
    raw_sections = split_subject(lines_to_sections(body), subject_before)
    sections = [s.to_section() for s in raw_sections]
    recommendations = item_recommendations(raw_sections)
    attachments = [a for s in raw_sections if s.kind == "attachments" for a in attachments_from(s.lines)]
    decisions = [s.text for s in _current_decisions(sections, meeting_date)]
    pages = [line.page for line in lines[span.start:span.end] if line.page is not None]
    if access is None and span.access is None:
        access = _access_in_title(span.title) or _access_of_group(index_entry)
    return Item(
        number=span.number,
        title=span.title,
        case_number=case_number,
        access=access or span.access,
        group=span.group or (index_entry.group if index_entry else None),
        page_start=min(pages) if pages else None,
        page_end=max(pages) if pages else None,
        sections=sections,
        recommendations=recommendations,
        attachments=attachments,
        decision="\n\n".join(decisions) if decisions else None,
    )


def _access_of_group(entry: AgendaEntry | None) -> str | None:
    """'Lukkede sager' over an index entry: the item is closed; so under 'Til behandling - for
    lukkede døre'."""
    if not entry or not entry.group:
        return None
    group = key(entry.group)
    return ACCESS_WORDS.get(group) or next((access for phrase, access in ACCESS_PHRASES.items() if phrase in group), None)


def index_entries_in_order(agenda: AgendaIndex, numbers: list[str]) -> list[AgendaEntry | None]:
    """For each item number in document order, its index entry: the k-th item numbered "1" takes
    the k-th entry numbered "1" (numbers that start again per group: "Åbne punkter" 1–3, "Lukkede
    punkter" 1–2), the first such entry where the index prints the number fewer times."""
    by_number: defaultdict[str, list[AgendaEntry]] = defaultdict(list)
    for entry in agenda.entries:
        by_number[entry.number].append(entry)
    seen: Counter[str] = Counter()
    out: list[AgendaEntry | None] = []
    for number in numbers:
        same = by_number.get(number)
        out.append(same[seen[number]] if same and seen[number] < len(same) else same[0] if same else None)
        seen[number] += 1
    return out


def lines_to_items(lines: list[Line], agenda: AgendaIndex) -> tuple[list[Item], int | None]:
    """The items, and the line where the first one starts (the header lies before it)."""
    spans = locate_items(lines, agenda)
    return build_items(lines, spans, agenda), (spans[0].start if spans else None)


def build_items(lines: list[Line], spans: list[ItemSpan], agenda: AgendaIndex, meeting_date: str | None = None) -> list[Item]:
    """The items in `spans`, each with its index entry; `meeting_date` (ISO) picks this
    meeting's decision among an item's dated history."""
    above = case_numbers_from_above(lines, spans) + [False]
    entries = index_entries_in_order(agenda, [span.number for span in spans])
    slot = subject_slot_kind([lines[span.title_end:span.end] for span in spans])
    return [
        build_item(lines, span, above[n], above[n + 1], entries[n], slot, meeting_date)
        for n, span in enumerate(spans)
    ]


def _opens_sub_items(item: Item, following: Item | None) -> bool:
    """'5. Indkomne forslag' right over '5a. Forslag om vinduer': a heading over its lettered items, no text wanted."""
    return following is not None and following.number[:-1] == item.number and following.number[-1:].isalpha()


def item_warnings(spans: list[ItemSpan], items: list[Item]) -> list[Warning]:
    """Where item numbers were repaired, missing, repeated or not printed, and headings without text."""
    warnings = [Warning(code=span.code, message=span.note, page=item.page_start) for span, item in zip(spans, items) if span.code]
    warnings += [
        Warning(code="item-without-text", page=item.page_start,
                message=f"Item {item.number} ({item.title}) has a heading but no text.")
        for item, following in zip(items, [*items[1:], None])
        if not item.sections and not item.decision and not _opens_sub_items(item, following)
    ]
    return warnings

