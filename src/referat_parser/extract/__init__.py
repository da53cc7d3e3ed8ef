"""Extractors: cleaned lines in, pydantic models out.

`extract_referat` runs them in order:
  1. cleaning.clean           the reader's lines without page furniture, words joined
  2. agenda.lines_to_agenda   the index block, if any, and its entries
  3. items.lines_to_items     the items in the body, with sections; where the first starts
  4. header.lines_to_meeting  body, type, date, times, place from the lines before the items
  5. attendees                lists in the header, absences anywhere
  6. next_meeting             the "Næste møde" item or line
  7. warnings                 where the index and the body disagree
"""

from __future__ import annotations

from datetime import date

from ..cleaning import clean
from ..document import RawDocument
from ..models import AgendaEntry, Item, Meeting, Referat, Source, Warning
from ..textutil import key
from ..vocabulary import ACCESS_WORDS
from .agenda import lines_to_agenda
from .attendees import read_attendees
from .header import lines_to_meeting
from .items import lines_to_items
from .next_meeting import find_next_meeting


def extract_referat(raw: RawDocument, source: Source) -> Referat:
    lines = clean(raw)
    agenda = lines_to_agenda(lines)
    items, first_item = lines_to_items(lines, agenda)
    header_end = first_item if first_item is not None else len(lines)
    header = [line for i, line in enumerate(lines[:header_end]) if not agenda.covers(i)]
    if first_item is None:
        header = header[:200]
    full_text = "\n".join(line.text for line in lines)
    meeting = lines_to_meeting(header, full_text, [line.text for line in raw.furniture])
    attendees, attendee_warnings = read_attendees(header, lines[header_end:])
    reference = date.fromisoformat(meeting.date) if meeting.date else None
    next_meeting = find_next_meeting(items, lines, reference)
    for item in items:
        entry = next((e for e in agenda.entries if e.number == item.number), None)
        if entry and entry.group and not item.group:
            item.group = entry.group
        if entry and entry.group and item.access is None:
            item.access = ACCESS_WORDS.get(key(entry.group))
    warnings = list(raw.warnings) + attendee_warnings + consistency_warnings(agenda.entries, items, meeting)
    return Referat(
        source=source,
        meeting=meeting,
        attendees=attendees,
        agenda=agenda.entries,
        items=items,
        next_meeting=next_meeting,
        warnings=warnings,
    )


def consistency_warnings(agenda: list[AgendaEntry], items: list[Item], meeting: Meeting) -> list[Warning]:
    """Where the index and the body disagree, and documents with no items at all."""
    body_numbers = {item.number for item in items}
    index_numbers = {entry.number for entry in agenda}
    warnings = [
        Warning(code="agenda-item-missing-in-body", page=entry.page,
                message=f"Agenda entry {entry.number} ({entry.title}) has no item in the body.")
        for entry in agenda
        if entry.number not in body_numbers
    ]
    warnings += [
        Warning(code="item-missing-in-agenda", page=item.page_start,
                message=f"Item {item.number} ({item.title}) is not in the agenda index.")
        for item in items
        if agenda and item.number not in index_numbers
    ]
    if not items and (meeting.date or meeting.document_type):
        warnings.append(Warning(code="no-items-found", message="No agenda items were found in the body."))
    elif not items:
        warnings.append(Warning(code="not-minutes", message="The text does not look like meeting minutes: "
                                "no date, no title and no agenda items."))
    return warnings
