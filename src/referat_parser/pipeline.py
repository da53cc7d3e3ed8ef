"""From bytes to a validated `Referat`: the one place the stages run, in this order.

  1. read      readers.read_bytes: bytes -> RawDocument (lines with pages and layout cues;
               furniture the reader recognised by position kept apart); text composed to
               Unicode NFC and mojibake repaired by ftfy (every reader alike); lines numbered
  2. clean     cleaning.clean_with_furniture: page furniture dropped (with the rule that
               dropped each line), words broken at line ends joined, blank runs collapsed
  3. locate    where things are: the agenda index block (extract.agenda), the item spans
               (extract.items.locate_items) and the header window (the lines before the
               first item, the index left out)
  4. fields    what they say: the meeting's header fields from the header window; each
               item from its span, its index entry (group, access) and the meeting's date,
               with sections; attendee lists from the header window and absences anywhere
               after it; the next meeting
  5. assemble  the pydantic `Referat`, with the reader's warnings and those where the index
               and the body disagree

Each stage's result is kept on one `Trace` (`trace_bytes`); `parse_bytes` returns its
`referat`, and `referat explain` shows what each line became and why.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from .cleaning import clean_with_furniture
from .document import Line, RawDocument, composed, repaired
from .errors import ReferatError
from .explain import unplaced_warning
from .extract import consistency_warnings
from .extract.agenda import AgendaIndex, lines_to_agenda, without_cut_off_entry
from .extract.attendees import read_attendees
from .extract.header import read_meeting, type_from_content
from .extract.items import ItemSpan, build_items, item_warnings, locate_items
from .extract.next_meeting import find_next_meeting, next_meeting_warnings
from .models import Attendee, Item, Meeting, NextMeeting, Referat, Source, Warning
from .readers import ReadOptions, read_bytes

MAX_HEADER_LINES_WITHOUT_ITEMS = 200  # with no item found, the header is looked for this far


@cache
def parser_version() -> str:
    """The installed package's version (asked of importlib.metadata once per process)."""
    from . import __version__

    return str(__version__)


@dataclass
class Trace:
    """What each stage made of one document."""

    raw: RawDocument  # read
    lines: list[Line] = field(default_factory=list)  # clean: the lines the extractors read
    furniture: list[tuple[Line, str]] = field(default_factory=list)  # clean: dropped lines, and why
    agenda: AgendaIndex = field(default_factory=AgendaIndex)  # locate: the index block
    spans: list[ItemSpan] = field(default_factory=list)  # locate: where each item lies
    header: list[int] = field(default_factory=list)  # locate: the header window (line indexes)
    items: list[Item] = field(default_factory=list)  # fields
    meeting: Meeting = field(default_factory=Meeting)  # fields
    attendees: list[Attendee] = field(default_factory=list)  # fields
    attendee_warnings: list[Warning] = field(default_factory=list)  # fields: guesses in the lists
    meeting_warnings: list[Warning] = field(default_factory=list)  # fields: header values inferred, not read
    next_meeting: NextMeeting | None = None  # fields
    referat: Referat | None = None  # assemble


@contextmanager
def _collector_paused() -> Iterator[None]:
    """A parse makes a great many small objects that live until it ends, and no reference
    cycles; the cyclic garbage collector would walk them again and again for nothing.
    Paused for the parse, it saves about 5 % of the time (measured with `make bench`)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parse_bytes(data: bytes, path: str | None = None, options: ReadOptions | None = None) -> Referat:
    """Parse one document given as bytes; `path` is recorded in `source.path` and helps pick the reader.
    The trace is let go while the collector is still paused: only the result is left for it to see."""
    with _collector_paused():
        return _referat(_stages(data, path, options))


def _referat(trace: Trace) -> Referat:
    if trace.referat is None:
        raise RuntimeError("the pipeline ended before its assemble stage")
    return trace.referat


def trace_bytes(data: bytes, path: str | None = None, options: ReadOptions | None = None) -> Trace:
    """Run every stage on one document and keep what each made."""
    with _collector_paused():
        return _stages(data, path, options)


def _stages(data: bytes, path: str | None, options: ReadOptions | None) -> Trace:
    trace = Trace(raw=read(data, path, options))
    clean(trace)
    locate(trace)
    fields(trace)
    assemble(trace, data, path)
    return trace


def read(data: bytes, path: str | None, options: ReadOptions | None) -> RawDocument:
    """Stage 1: the reader's lines in Unicode NFC, numbered in reading order."""
    raw = read_bytes(data, path, options)
    raw.lines, raw.furniture = composed(raw.lines), composed(raw.furniture)
    raw.lines, changed = repaired(raw.lines)
    if changed:
        raw.warnings.append(Warning(
            code="mojibake-repaired",
            message=f"{changed} lines had been decoded with the wrong code page before they reached us "
                    "('MÃ¸de' for 'Møde'); they were repaired with ftfy. Check names and titles.",
        ))
    for number, line in enumerate(raw.lines):
        line.number = number
    return raw


def clean(trace: Trace) -> None:
    """Stage 2: furniture out, broken words joined."""
    trace.lines, trace.furniture = clean_with_furniture(trace.raw)


def locate(trace: Trace) -> None:
    """Stage 3: the index block, the item spans, and the header window before the first item."""
    lines = trace.lines
    trace.agenda = lines_to_agenda(lines)
    if trace.raw.ends_mid_line:
        trace.agenda = without_cut_off_entry(trace.agenda, lines)
    trace.spans = locate_items(lines, trace.agenda)
    if trace.spans:
        first = trace.spans[0]
        window = range(first.start if first.above is None else first.above)  # not the first item's group heading
    else:
        window = range(len(lines))
    trace.header = [i for i in window if not trace.agenda.covers(i)]
    if not trace.spans:
        trace.header = trace.header[:MAX_HEADER_LINES_WITHOUT_ITEMS]


def fields(trace: Trace) -> None:
    """Stage 4: the meeting's header fields (first: an item's dated decision history is read
    against the meeting's date), the items (with group and access from their index entries),
    the attendees and the next meeting."""
    lines = trace.lines
    header = [lines[i] for i in trace.header]
    body_start = trace.spans[0].start if trace.spans else len(lines)
    full_text = "\n".join([line.text for line in lines])
    trace.meeting, trace.meeting_warnings = read_meeting(header, full_text, [line.text for line in trace.raw.furniture])
    trace.items = build_items(lines, trace.spans, trace.agenda, trace.meeting.date)
    trace.meeting_warnings += type_from_content(trace.meeting, trace.items)
    trace.attendees, trace.attendee_warnings = read_attendees(header, lines[body_start:], trace.meeting.date)
    reference = date.fromisoformat(trace.meeting.date) if trace.meeting.date else None
    trace.next_meeting = find_next_meeting(trace.items, lines, reference)


def assemble(trace: Trace, data: bytes, path: str | None) -> None:
    """Stage 5: the validated `Referat`."""
    source = Source(
        path=path,
        format=trace.raw.format,
        sha256=hashlib.sha256(data).hexdigest(),
        pages=trace.raw.pages,
        parser_version=parser_version(),
    )
    warnings = (
        list(trace.raw.warnings) + trace.meeting_warnings + item_warnings(trace.spans, trace.items) + trace.agenda.warnings
        + trace.attendee_warnings + consistency_warnings(trace.agenda.entries, trace.items, trace.meeting)
        + next_meeting_warnings(trace.next_meeting) + _unplaced(trace)
    )
    trace.referat = Referat(
        source=source,
        meeting=trace.meeting,
        attendees=trace.attendees,
        agenda=trace.agenda.entries,
        items=trace.items,
        next_meeting=trace.next_meeting,
        warnings=warnings,
    )


def _unplaced(trace: Trace) -> list[Warning]:
    warning = unplaced_warning(trace)
    return [warning] if warning else []


def read_path(path: str | Path) -> bytes:
    """A document file's bytes. Raises ReferatError (with the path) for unreadable input."""
    p = Path(path)
    try:
        if p.is_dir():
            raise ReferatError("is a folder, not a file (use `referat batch` for folders)", "is-a-directory")
        return p.read_bytes()
    except FileNotFoundError:
        raise ReferatError("no such file", "not-found", str(path)) from None
    except PermissionError:
        raise ReferatError("permission denied", "permission", str(path)) from None
    except IsADirectoryError:
        raise ReferatError("is a folder, not a file", "is-a-directory", str(path)) from None
    except ReferatError as exc:
        raise exc.with_path(str(path)) from None


def parse_path(path: str | Path, options: ReadOptions | None = None) -> Referat:
    """Parse one document file. Raises ReferatError (with the path) for unreadable input."""
    data = read_path(path)
    with _naming(path):
        return parse_bytes(data, str(path), options)


def trace_path(path: str | Path, options: ReadOptions | None = None) -> Trace:
    """`trace_bytes` for a file. Raises ReferatError (with the path) for unreadable input."""
    data = read_path(path)
    with _naming(path):
        return trace_bytes(data, str(path), options)


@contextmanager
def _naming(path: str | Path) -> Iterator[None]:
    """A ReferatError raised inside names the file."""
    try:
        yield
    except ReferatError as exc:
        raise exc.with_path(str(path)) from None
