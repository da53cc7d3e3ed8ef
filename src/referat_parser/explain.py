"""What each line of a document became, and why: the rows `referat explain` prints.

Built from a pipeline `Trace`: every line the reader read, in reading order, with its page,
the role it was given and the rule or cue that decided it. Roles:

  furniture        page header, footer or number (the reader's band, or a cleaning rule)
  header field     a line the meeting's body, date, times or place were read from
  attendee list    a list label, or a line naming people in the header's lists
  index entry      inside the agenda index block
  item heading     an item's number and title, its case number, a group or access
                   heading before it
  section heading  a heading that opens a section of an item ("Beslutning", "Bilag:")
  section text     the text of an item's section
  next meeting     the line the next meeting's date, time or place was read from
  unassigned       nothing took the line (what to look at when something is missed)

Web page navigation in the header window ("Gå til indhold", "Forsiden | Kontakt") is furniture too.
Lines the cleaning stage joined to the line before (a word broken at the line end) share
that line's role. Header and attendee roles are given by the values extracted: a header
line is a field when the meeting's body, date, time or place was read from it; so is a line of
the closing block after the last item ("Mødet sluttede kl. 21.05", signatures naming attendees).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .dates import find_dates
from .document import Line
from .extract.labels import HEADER_FIELD_LABELS, split_label
from .extract.agenda import is_index_heading
from .extract.attendees import tells_all_present
from .extract.header import is_web_navigation
from .extract.items import access_key, is_continuation_heading, is_label_line, items_table_header_row, signing_line
from .extract.next_meeting import is_next_meeting
from .extract.sections import split_heading
from .models import Attendee, Meeting, Warning
from .textutil import UPPER, collapse, key, strip_bullet
from .headings import is_column_heading
from .vocabulary import ACCESS_WORDS, ATTENDEE_LABELS, GROUP_HEADINGS, INDEX_HEADINGS, NOT_NAMES, SIGNATURE_LABELS, TIME_WORDS

FURNITURE = "furniture"
HEADER_FIELD = "header field"
ATTENDEE_LIST = "attendee list"
INDEX_ENTRY = "index entry"
ITEM_HEADING = "item heading"
SECTION_HEADING = "section heading"
SECTION_TEXT = "section text"
NEXT_MEETING = "next meeting"
UNASSIGNED = "unassigned"
ROLES = (FURNITURE, HEADER_FIELD, ATTENDEE_LIST, INDEX_ENTRY, ITEM_HEADING, SECTION_HEADING, SECTION_TEXT, NEXT_MEETING,
         UNASSIGNED)

if TYPE_CHECKING:  # the pipeline calls unplaced_warning; explain only reads its Trace
    from .pipeline import Trace

MAX_UNPLACED_SHOWN = 40  # lines quoted in the text-unplaced warning
MAX_UNPLACED_CHARS = 300  # of each line
MAX_CASE_LINE_WORDS = 3  # "Sags nr.: 19/1234": a label of two words and the number

_ATTENDEE_LABELS = tuple(ATTENDEE_LABELS)
_TIME_DIGITS = re.compile(r"\D")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Row:
    page: int | None
    role: str
    rule: str
    text: str


def explain(trace: Trace) -> list[Row]:
    """One row per non-blank line read, in reading order."""
    roles = _cleaned_roles(trace)
    by_number: dict[int, list[tuple[Line, str, str]]] = {}
    for line, (role, rule) in zip(trace.lines, roles):
        by_number.setdefault(line.number, []).append((line, role, rule))
    for line, reason in trace.furniture:
        by_number.setdefault(line.number, []).append((line, FURNITURE, f"cleaning: {reason}"))

    rows: list[Row] = []
    reader_furniture = _reader_furniture_by_page(trace)
    first_top: dict[int | None, float] = {}
    for raw_line in trace.raw.lines:
        if raw_line.top is not None:
            first_top.setdefault(raw_line.page, raw_line.top)
    page: int | None = None
    for raw_line in trace.raw.lines:
        if raw_line.page != page:
            rows += _furniture_rows(reader_furniture.pop(page, []) if page is not None else [])
            page = raw_line.page
            rows += _furniture_rows(_above(reader_furniture, page, first_top.get(page)))
        if not raw_line.text.strip():
            continue
        taken = by_number.get(raw_line.number)
        if taken:
            rows += [Row(line.page, role, rule, line.text) for line, role, rule in taken]
        elif rows:
            previous = rows[-1]
            rows.append(Row(raw_line.page, previous.role, "joined to the line before (a word broken at the line end)", raw_line.text))
        else:
            rows.append(Row(raw_line.page, UNASSIGNED, "dropped by cleaning", raw_line.text))
    rows += _furniture_rows(reader_furniture.pop(page, []) if page is not None else [])
    for leftover in reader_furniture.values():  # pages without body lines
        rows += _furniture_rows(leftover)
    return rows


def _reader_furniture_by_page(trace: Trace) -> dict[int | None, list[Line]]:
    pages: dict[int | None, list[Line]] = {}
    for line in trace.raw.furniture:
        if line.text.strip():
            pages.setdefault(line.page, []).append(line)
    return pages


def _above(furniture: dict[int | None, list[Line]], page: int | None, top: float | None) -> list[Line]:
    """The reader's furniture printed above a page's first line (its running header); taken
    out of `furniture`, so the rest is shown at the page's end."""
    lines = furniture.get(page, [])
    above = [line for line in lines if line.top is not None and top is not None and line.top < top]
    furniture[page] = [line for line in lines if line not in above]
    return above


def _furniture_rows(lines: list[Line]) -> list[Row]:
    return [Row(line.page, FURNITURE, "reader: printed in the page's header or footer band", line.text) for line in lines]


def unplaced_warning(trace: Trace) -> Warning | None:
    """A warning quoting the lines of the header window and of the gaps after items that no
    field or list took (the lines `explain` calls unassigned there): what cannot be placed is
    said, not dropped silently."""
    if not trace.spans:
        return None  # no items: the warning that says so covers the text
    groups = _index_groups(trace)
    roles = {**_header_roles(trace, groups), **_gap_roles(trace, groups)}
    unplaced = [i for i in sorted(roles) if roles[i][0] == UNASSIGNED and trace.lines[i].text.strip()]
    if not unplaced:
        return None
    shown = [f"'{collapse(trace.lines[i].text)[:MAX_UNPLACED_CHARS]}'" for i in unplaced[:MAX_UNPLACED_SHOWN]]
    more = f" and {len(unplaced) - MAX_UNPLACED_SHOWN} more" if len(unplaced) > MAX_UNPLACED_SHOWN else ""
    return Warning(
        code="text-unplaced", page=trace.lines[unplaced[0]].page,
        message=f"{len(unplaced)} line(s) before, between or after the items were read into no field: {', '.join(shown)}{more}.",
    )


def _header_roles(trace: Trace, groups: set[str]) -> dict[int, tuple[str, str]]:
    """(role, rule) for each line of the header window (`groups`: _index_groups)."""
    roles: dict[int, tuple[str, str]] = {}
    previous_header_role = UNASSIGNED
    read_words = _attendee_words(trace)
    for i in trace.header:
        text = trace.lines[i].text
        roles[i] = _header_role(text, trace, groups)
        if roles[i][0] == UNASSIGNED and previous_header_role == ATTENDEE_LIST and read_words.intersection(_WORD.findall(text.casefold())):
            roles[i] = (ATTENDEE_LIST, "continues the list above")
        if text.strip():
            previous_header_role = roles[i][0]
    table_head = items_table_header_row(trace.lines, trace.spans)
    if table_head in roles:
        roles[table_head] = (ITEM_HEADING, "the header row of the table whose rows are the items")
    return _table_header_rows(trace, roles)


def _attendee_words(trace: Trace) -> set[str]:
    """The words of every name, organisation and role read into the attendee list: a line goes on
    with the list above only where some of them stand in it ("Knudsen, Rasmus Lauenstein."), so a
    line that the list did not take ("KOMMENTARER") is reported, not counted as read."""
    return {
        word for a in trace.attendees for field in (a.name, a.organization, a.role) if field
        for word in _WORD.findall(field.casefold())
    }


def _table_header_rows(trace: Trace, roles: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    """A table row no field took, right over a row of the attendance list with as many cells
    ("Navn<tab>Funktion<tab>Til stede" over "Mads Lund<tab>Formand<tab>Ja"; the row may leave its last
    empty cells out: "Navn<tab>Parti<tab>Deltog<tab>Afbud" over "Anna Holm<tab>A<tab>X"), is that table's header row."""
    rows = [i for i in trace.header if trace.lines[i].text.strip()]
    for i, below in zip(rows, rows[1:]):
        text, under = trace.lines[i].text.strip(), trace.lines[below].text.strip()
        if (roles[i][0] == UNASSIGNED and roles[below][0] == ATTENDEE_LIST and "\t" in text
                and 0 < under.count("\t") <= text.count("\t")):
            roles[i] = (ATTENDEE_LIST, "the header row of the attendance table under it")
    return roles


def _gap_roles(trace: Trace, groups: set[str]) -> dict[int, tuple[str, str]]:
    """(role, rule) for each line between an item's end and the next item (or the document's
    end), but a closing index there."""
    roles: dict[int, tuple[str, str]] = {}
    for n, span in enumerate(trace.spans):
        last = n + 1 == len(trace.spans)
        stop = len(trace.lines) if last else trace.spans[n + 1].start
        for i in range(span.end, stop):
            if not trace.agenda.covers(i):
                roles[i] = _between_items_role(trace.lines[i].text, span.number, last, trace, groups)
    return roles


def _cleaned_roles(trace: Trace) -> list[tuple[str, str]]:
    """(role, rule) for each cleaned line."""
    lines = trace.lines
    roles: list[tuple[str, str]] = [(UNASSIGNED, "") for _ in lines]
    for i in range(len(lines)):
        if trace.agenda.covers(i):
            roles[i] = _index_role(trace, lines[i].text)
        elif not trace.spans:
            roles[i] = (UNASSIGNED, "no item was found, and the header is read from the first lines only")
    groups = _index_groups(trace)
    for i, role in (_header_roles(trace, groups) | _gap_roles(trace, groups)).items():
        roles[i] = role
    index_numbers = {entry.number for entry in trace.agenda.entries}
    for n, span in enumerate(trace.spans):
        item = trace.items[n]
        in_index = " and in the index" if span.number in index_numbers else ""
        for i in range(span.above if span.above is not None else span.start, span.start):
            roles[i] = (ITEM_HEADING, f"item {span.number}: a group, access or label line above its heading")
        for i in range(span.start, span.title_end):
            roles[i] = (ITEM_HEADING, f"item {span.number}: its number in the rising run of item numbers{in_index}")
        kind = "text"
        for i in range(span.title_end, span.end):
            text = lines[i].text
            found = split_heading(text)
            if found:
                kind = found[0]
                roles[i] = (SECTION_HEADING, f"item {span.number}: '{found[1]}' opens the {kind} section")
            elif item.case_number and kind == "text" and item.case_number in text:
                roles[i] = (ITEM_HEADING, f"item {span.number}: its case number")
            elif n + 1 < len(trace.items) and (following := trace.items[n + 1].case_number) and _alone_on_its_line(following, text):
                roles[i] = (ITEM_HEADING, f"item {trace.spans[n + 1].number}: its case number, printed above its heading")
            elif kind == "text" and access_key(text) in ACCESS_WORDS:
                roles[i] = (ITEM_HEADING, f"item {span.number}: its access ('{text.strip()}')")
            elif is_continuation_heading(text, span.number):
                roles[i] = (ITEM_HEADING, f"item {span.number}: its heading printed again where it goes on")
            else:
                roles[i] = (SECTION_TEXT, f"item {span.number}, {kind} section")
    return roles


def _index_groups(trace: Trace) -> set[str]:
    """The keys of the groups printed in the index (made once, not for every line)."""
    return {key(e.group) for e in trace.agenda.entries if e.group}


def _is_group_or_access(text: str, groups: set[str]) -> bool:
    """'Åbne sager', 'Lukket punkt', or a group printed in the index (`groups`: _index_groups)."""
    k = key(text)
    return k in ACCESS_WORDS or k in GROUP_HEADINGS or k in groups


def _index_role(trace: Trace, text: str) -> tuple[str, str]:
    if key(text) in INDEX_HEADINGS:
        return INDEX_ENTRY, "the index heading"
    if any(entry.page for entry in trace.agenda.entries):
        return INDEX_ENTRY, "in the index block: entries with page references"
    return INDEX_ENTRY, "in the index block: entries under an index heading whose titles come again as items"


def _between_items_role(text: str, number: str, last: bool, trace: Trace, groups: set[str]) -> tuple[str, str]:
    if _is_group_or_access(text, groups):
        return ITEM_HEADING, "a group or access heading before the next item"
    if last and trace.next_meeting and is_next_meeting(text):
        return NEXT_MEETING, "the next meeting's line (read into next_meeting)"
    if last:
        role, rule = _header_role(text, trace, groups)
        if role in (HEADER_FIELD, ATTENDEE_LIST):
            return role, f"in the closing block after item {number}: {rule}"
        if key(text) in SIGNATURE_LABELS:
            return ATTENDEE_LIST, f"in the closing block after item {number}: the label over the signatures"
        if signing_line(text):
            return ATTENDEE_LIST, f"in the closing block after item {number}: the signature block's lines to sign on or its roles"
        return UNASSIGNED, f"after item {number}: the closing block (signatures, 'Mødet hævet', …); nothing was read from it"
    if is_label_line(text):
        return ITEM_HEADING, f"between item {number} and the next: an item label ('{text.strip()}')"
    if _holds_a_case_number(text, trace):
        return ITEM_HEADING, f"between item {number} and the next: the next item's case number, printed above its heading"
    return UNASSIGNED, f"between item {number} and the next: nothing took it"


def _header_role(text: str, trace: Trace, groups: set[str]) -> tuple[str, str]:
    """A header line's role, by what was read from it."""
    meeting, attendees = trace.meeting, trace.attendees
    if is_web_navigation(text):
        return FURNITURE, "web page navigation (the header reads no field from it)"
    if text.strip() and not strip_bullet(text):
        return FURNITURE, "a bullet with nothing after it"
    labelled = split_label(strip_bullet(text), _ATTENDEE_LABELS)
    if labelled and _names_unread(labelled, attendees):
        return UNASSIGNED, f"a list label ('{labelled[0]}') over names of which none was read"
    if labelled:
        return ATTENDEE_LIST, f"a list label ('{labelled[0]}')"
    if tells_all_present(text):
        return ATTENDEE_LIST, "tells that all were present, naming no one (no attendee is read from it)"
    first_cell = text.split("\t")[0].strip()
    if "\t" in text and any(a.label == first_cell for a in attendees):
        return ATTENDEE_LIST, f"the header row of an attendance table ('{first_cell}')"
    named = next((a for a in attendees if a.name and (a.name in text or _surname_first(a.name) in text)), None)
    if named:
        return ATTENDEE_LIST, f"names {named.name} ({named.status})"
    field = _meeting_field_in(text, meeting)
    if field:
        return HEADER_FIELD, field
    labelled = split_label(text, HEADER_FIELD_LABELS)
    if labelled:
        return HEADER_FIELD, f"a header label ('{labelled[0]}'), no value taken from it"
    if trace.next_meeting and is_next_meeting(text):
        return NEXT_MEETING, "the next meeting's line (read into next_meeting)"
    if _is_group_or_access(text, groups):
        return ITEM_HEADING, "a group or access heading before the first item"
    if trace.spans and _names_item_columns(text):
        return ITEM_HEADING, "column headings over the items ('Punkt', 'Titel', 'Beslutning')"
    if trace.spans and is_index_heading(text):
        return ITEM_HEADING, "a lead-in announcing the agenda, whose points follow as the items"
    if _holds_a_case_number(text, trace):
        return ITEM_HEADING, "an item's case number, printed above its heading"
    return UNASSIGNED, "in the header window; no field or list took it"


def _alone_on_its_line(case_number: str, text: str) -> bool:
    """'Sagnr.: 1-30-72-201-22', '1-30-72-201-22': the case number, perhaps after its label, and nothing else."""
    return text.strip().endswith(case_number) and len(text.split()) <= MAX_CASE_LINE_WORDS


def _holds_a_case_number(text: str, trace: Trace) -> bool:
    return any(item.case_number and _alone_on_its_line(item.case_number, text) for item in trace.items)


def _names_unread(labelled: tuple[str, str], attendees: list[Attendee]) -> bool:
    """'Afbud: Svend Aage Sørensen Eksterne deltager: …' where the list read nobody: a value with a
    capital in it ('Afbud: Ingen' and 'Afbud: -' name nobody) that gave no attendee under the label."""
    label, value = labelled
    return (bool(re.search(UPPER, value)) and key(value) not in NOT_NAMES
            and not any(a.label and key(a.label) == key(label) for a in attendees))


def _names_item_columns(text: str) -> bool:
    """'Punkt Titel', 'DAGSORDEN PUNKT', 'BESLUTNING/': every word a column heading of a table of items."""
    words = text.replace("/", " ").split()
    return bool(words) and all(is_column_heading(w.strip(":")) for w in words)


def _surname_first(name: str) -> str:
    """'Anna Holm' → 'Holm, Anna': the name as a table may print it."""
    given, _, surname = name.rpartition(" ")
    return f"{surname}, {given}" if given else name


def _has_time_word(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in TIME_WORDS)


def _meeting_field_in(text: str, meeting: Meeting) -> str | None:
    """Which of the meeting's fields the line holds ('the date (2025-03-12)')."""
    if meeting.date and any(d.value and d.value.isoformat() == meeting.date for d in find_dates(text)):
        return f"holds the meeting's date ({meeting.date})"
    digits = _TIME_DIGITS.sub("", text)
    for name, value in (("start time", meeting.start_time), ("end time", meeting.end_time)):
        if value and _TIME_DIGITS.sub("", value).lstrip("0") in digits and (_has_time_word(text) or ":" in text or "." in text):
            return f"holds the meeting's {name} ({value})"
    for name, value in (("place", meeting.location), ("body", meeting.body)):
        if value and value in text:
            return f"holds the meeting's {name} ({value})"
    if meeting.document_type and meeting.document_type in key(text):
        return f"names the document type ({meeting.document_type})"
    return None
