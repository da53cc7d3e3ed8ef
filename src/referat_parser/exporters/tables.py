"""One document as rows of linked tables; every row carries the document id (its sha256)."""

from __future__ import annotations

from ..models import Referat

MEETING_COLUMNS = (
    "doc_id", "path", "format", "sha256", "pages", "parser_version", "body", "document_type", "date",
    "start_time", "end_time", "location", "next_meeting_date", "n_items", "n_warnings",
)
ATTENDEE_COLUMNS = ("doc_id", "position", "name", "status", "organization", "role", "label")
AGENDA_COLUMNS = ("doc_id", "position", "number", "title", "page", "group")
ITEM_COLUMNS = (
    "doc_id", "position", "number", "title", "case_number", "access", "group", "page_start", "page_end",
    "recommendations", "attachments", "decision",
)
SECTION_COLUMNS = ("doc_id", "item_position", "position", "kind", "heading", "text")
WARNING_COLUMNS = ("doc_id", "code", "message", "page")

TABLES = {
    "meetings": MEETING_COLUMNS,
    "attendees": ATTENDEE_COLUMNS,
    "agenda": AGENDA_COLUMNS,
    "items": ITEM_COLUMNS,
    "sections": SECTION_COLUMNS,
    "warnings": WARNING_COLUMNS,
}
LIST_SEPARATOR = "\n"  # recommendations and attachments in one cell


def doc_id(doc: Referat) -> str:
    return doc.source.sha256


def referat_tables(doc: Referat) -> dict[str, list[dict]]:
    """The rows of every table for one document."""
    d = doc_id(doc)
    m = doc.meeting
    tables: dict[str, list[dict]] = {
        "meetings": [{
            "doc_id": d, "path": doc.source.path, "format": doc.source.format, "sha256": doc.source.sha256,
            "pages": doc.source.pages, "parser_version": doc.source.parser_version, "body": m.body,
            "document_type": m.document_type, "date": m.date, "start_time": m.start_time, "end_time": m.end_time,
            "location": m.location, "next_meeting_date": doc.next_meeting.date if doc.next_meeting else None,
            "n_items": len(doc.items), "n_warnings": len(doc.warnings),
        }],
        "attendees": [
            {"doc_id": d, "position": n, "name": a.name, "status": a.status, "organization": a.organization,
             "role": a.role, "label": a.label}
            for n, a in enumerate(doc.attendees, start=1)
        ],
        "agenda": [
            {"doc_id": d, "position": n, "number": e.number, "title": e.title, "page": e.page, "group": e.group}
            for n, e in enumerate(doc.agenda, start=1)
        ],
        "items": [],
        "sections": [],
        "warnings": [{"doc_id": d, "code": w.code, "message": w.message, "page": w.page} for w in doc.warnings],
    }
    for n, item in enumerate(doc.items, start=1):
        tables["items"].append({
            "doc_id": d, "position": n, "number": item.number, "title": item.title, "case_number": item.case_number,
            "access": item.access, "group": item.group, "page_start": item.page_start, "page_end": item.page_end,
            "recommendations": LIST_SEPARATOR.join(item.recommendations),
            "attachments": LIST_SEPARATOR.join(item.attachments), "decision": item.decision,
        })
        for k, section in enumerate(item.sections, start=1):
            tables["sections"].append({
                "doc_id": d, "item_position": n, "position": k, "kind": section.kind,
                "heading": section.heading, "text": section.text,
            })
    return tables
