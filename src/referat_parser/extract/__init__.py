"""Extractors: cleaned lines in, pydantic models out. `pipeline.py` runs them:

  agenda.lines_to_agenda      the index block, if any, and its entries
  items.locate_items          where each item lies; items.build_item: the item, with sections
  header.lines_to_meeting     body, type, date, times, place from the header window
  attendees                   lists in the header window, absences anywhere after it
  next_meeting                the "Næste møde" item or line
  consistency_warnings        (here) where the index and the body disagree
"""

from __future__ import annotations

from ..models import AgendaEntry, Item, Meeting, Warning


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
