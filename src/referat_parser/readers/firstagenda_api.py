"""First Agenda publication API JSON (`/api/agenda/dagsorden/<id>`) as the lines of minutes.

The answer holds the meeting (`Udvalg.Navn`, `Moede.Dato`/`MeetingBeginUtc`, `Moede.Sted`,
`Moede.Moededeltagere`) and its items (`Dagsordenpunkter`: number, caption, case number,
HTML fields, attachments). They are written as the lines a printed copy shows — a title,
labelled header fields, the members, then per item its number and title, case number,
the HTML fields read by the HTML reader, and the attachment list — so one path through
the extractors reads every format. What the API gets wrong is left to the text:
- `MeetingBeginUtc` holds local time with its offset ("2022-03-21T17:00:00+01:00"): the
  date and time are taken as written, not converted;
- a member's `Absent` flag is false for members the decision texts name as absent
  ("Fraværende: …", "Afbud: …"); the attendee extractor reads those texts (a flag that
  is set is taken);
- the meeting's description (HTML) is part of the header;
- `IsOpen` is false on plainly public items; access is read from the title or group.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from ..document import Line, RawDocument
from ..errors import ReferatError
from ..models import Warning
from ..vocabulary import STRUCTURED_LABELS
from .html import BULLET, fragment_lines
from .text import decode

ITEMS_KEY = b'"Dagsordenpunkter"'
MEETING_KEY = b'"Moede"'
SNIFF_BYTES = 64
ATTACHMENT_NAME_KEYS = ("Navn", "Name", "Titel", "Title", "Caption")
_ISO_MOMENT = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2})(?:T(?P<hour>\d{2}):(?P<minute>\d{2}))?")


def looks_like_api(data: bytes) -> bool:
    """A JSON object with the publication API's meeting and item keys."""
    head = data[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"{") and ITEMS_KEY in data and MEETING_KEY in data


def read_api(data: bytes, options: object = None) -> RawDocument:
    text, warning = decode(data)
    try:
        answer = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReferatError(f"damaged JSON ({exc.msg} at line {exc.lineno})", "corrupt-json") from None
    if not isinstance(answer, dict) or not isinstance(answer.get("Dagsordenpunkter"), list):
        raise ReferatError("JSON that is not a First Agenda agenda (no list of Dagsordenpunkter)", "unsupported-format")
    lines = [*meeting_lines(answer), Line("")]
    for item in _dicts(answer["Dagsordenpunkter"]):
        lines += item_lines(item)
    warnings = [w for w in (warning, _skipped_warning(answer)) if w]
    return RawDocument(lines=lines, format="firstagenda-api", warnings=warnings, printed=False)


def _skipped_warning(answer: dict) -> Warning | None:
    """What the answer holds that cannot be read: items that are no objects, members without
    a name, attachments without a name. Left out, and said so."""
    items = answer["Dagsordenpunkter"]
    members = _list(_dict(answer.get("Moede")).get("Moededeltagere"))
    attachments = [a for item in _dicts(items) for a in _list(item.get("Bilag"))]
    counts = {
        "item(s) that are no objects": sum(not isinstance(item, dict) for item in items),
        "member(s) without a name": sum(not isinstance(m, dict) or not _name(m) for m in members),
        "attachment(s) without a name": len(attachments) - sum(1 for _ in _attachment_names(attachments)),
    }
    skipped = [f"{n} {what}" for what, n in counts.items() if n]
    if not skipped:
        return None
    return Warning(code="api-entries-skipped", message=f"The API answer holds {', '.join(skipped)}; they were left out.")


def meeting_lines(answer: dict) -> list[Line]:
    meeting = _dict(answer.get("Moede"))
    committee = _text(_dict(answer.get("Udvalg")).get("Navn"))
    title = STRUCTURED_LABELS["minutes"] if meeting.get("Afsluttet") else STRUCTURED_LABELS["agenda"]
    lines = [Line(title, heading=True), Line("")]
    if committee:
        lines.append(Line(f"{STRUCTURED_LABELS['body']}: {committee}"))
    when = _moment(_text(meeting.get("MeetingBeginUtc")) or _text(meeting.get("Dato")))
    end = _ISO_MOMENT.match(_text(meeting.get("MeetingEndUtc")))
    if when and end and end.group("hour") and STRUCTURED_LABELS["time"] in when:
        when += f"-{end.group('hour')}.{end.group('minute')}"
    if when:
        lines.append(Line(f"{STRUCTURED_LABELS['date']}: {when}"))
    place = _text(meeting.get("Sted"))
    if place:
        lines.append(Line(f"{STRUCTURED_LABELS['location']}: {place}"))
    members = _dicts(meeting.get("Moededeltagere"))
    absent = [_name(m) for m in members if _name(m) and _flagged_absent(m)]
    present = [_name(m) for m in members if _name(m) and not _flagged_absent(m)]
    if present:
        lines.append(Line(f"{STRUCTURED_LABELS['members']}: {', '.join(present)}"))
    if absent:
        lines.append(Line(f"{STRUCTURED_LABELS['absent']}: {', '.join(absent)}"))
    lines += fragment_lines(_text(meeting.get("Description")))
    return lines


def _name(member: dict) -> str:
    return _text(member.get("Name") or member.get("Navn"))


def _flagged_absent(member: dict) -> bool:
    """The flags are trusted when set: they are left unset for many who were absent, never
    set for one who came."""
    return member.get("Absent") is True or member.get("ParticipationCancelled") is True


def item_lines(item: dict) -> list[Line]:
    number = _text(item.get("Number") or item.get("Punktnummer"))
    title = _text(item.get("Caption") or item.get("Navn"))
    lines = [Line(f"{number}. {title}" if number else title, heading=True), Line("")]
    case = _text(item.get("CaseNumber") or item.get("SagsNummer"))
    if case:
        lines += [Line(f"{STRUCTURED_LABELS['case_number']}: {case}"), Line("")]
    for field in _dicts(item.get("Felter")):
        name = _text(field.get("Navn"))
        if name:
            lines += [Line(name, heading=True), Line("")]
        lines += fragment_lines(_text(field.get("Html"))) or _plain_lines(_text(field.get("Tekst")))
        lines.append(Line(""))
    attachments = list(_attachment_names(item.get("Bilag")))
    if attachments:
        lines += [Line(STRUCTURED_LABELS["attachments"], heading=True), Line("")]
        lines += [Line(f"{BULLET} {name}") for name in attachments]
        lines.append(Line(""))
    return lines


def _moment(value: str) -> str:
    """'2022-03-21T17:00:00+01:00' → '2022-03-21 kl. 17.00' (local time as written)."""
    m = _ISO_MOMENT.match(value)
    if not m:
        return value
    if m.group("hour") is None or (m.group("hour"), m.group("minute")) == ("00", "00"):
        return m.group("date")
    return f"{m.group('date')} {STRUCTURED_LABELS['time']} {m.group('hour')}.{m.group('minute')}"


def _attachment_names(value: object) -> Iterable[str]:
    for entry in value if isinstance(value, list) else []:
        if isinstance(entry, str):
            name = entry
        elif isinstance(entry, dict):
            name = next((_text(entry.get(k)) for k in ATTACHMENT_NAME_KEYS if _text(entry.get(k))), "")
        else:
            name = ""
        if name.strip():
            yield " ".join(name.split())


def _plain_lines(text: str) -> list[Line]:
    return [Line(" ".join(t.split())) for t in text.splitlines()]


def _text(value: object) -> str:
    """A string field stripped, a number as written, anything else ""."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return ""


def _dict(value: object) -> dict:
    return value if isinstance(value, dict) else {}


def _dicts(value: object) -> list[dict]:
    return [v for v in _list(value) if isinstance(v, dict)]


def _list(value: object) -> list:
    return value if isinstance(value, list) else []
