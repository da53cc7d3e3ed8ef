"""CSV: item rows (one per agenda item) on stdout or in a file, or the linked tables
(meetings, attendees, agenda, items, sections, warnings) in a folder, joined by doc_id,
with errors.csv beside them.

Cells a spreadsheet would run as a formula (starting with = + - @, tab or CR) get a
leading apostrophe unless `csv_formulas` is set; the "danish" style writes UTF-8 with a
BOM and ';' between cells, which a spreadsheet in a Danish locale opens as it is.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO

from ..models import Referat
from .base import (ErrorLog, ErrorRecord, OutputOptions, Writer, append, csv_encoding, csv_text, open_text, read_csv,
                   write_atomic)
from .tables import ITEM_COLUMNS, TABLES, referat_tables

ITEM_ROW_COLUMNS = ("path", "date", "body", *[c for c in ITEM_COLUMNS if c != "doc_id"])
COMPLETE_TABLE = "meetings"  # written last for each document: its row there means the document is complete


def item_rows(doc: Referat) -> list[list]:
    return [[doc.source.path, doc.meeting.date, doc.meeting.body, *[row[c] for c in ITEM_ROW_COLUMNS[3:]]]
            for row in referat_tables(doc)["items"]]


class CsvItemsWriter(Writer):
    """One row per agenda item, with the document's path, date and body in front."""

    resumable = False

    def __init__(self, path: Path | None, options: OutputOptions, resume: bool, several: bool = True):
        self.options = options
        self.handle: IO[str] = open_text(path, csv_encoding(options, True))
        append(self.handle, csv_text([ITEM_ROW_COLUMNS], options))

    def add(self, doc: Referat, key: str = "") -> None:
        append(self.handle, csv_text(item_rows(doc), self.options))

    def close(self, complete: bool) -> None:
        if self.handle is sys.stdout:
            self.handle.flush()
        else:
            self.handle.close()


class CsvTablesWriter(Writer):
    """<folder>/<table>.csv for every table; a document's rows go to each table in one
    write, meetings last. Resuming keeps only the rows of documents that have their
    meetings row, so a killed run or a full disk leaves no half row and no repeat."""

    OWN_FILES = (*(f"{t}.csv" for t in TABLES), "errors.csv")

    def __init__(self, folder: Path, options: OutputOptions, resume: bool, several: bool = True):
        self.folder, self.options = folder, options
        self._known = _repair(folder, options) if resume else set()
        self.files: dict[str, IO[str]] = {}
        for name, columns in TABLES.items():
            path = folder / f"{name}.csv"
            if not path.exists():
                write_atomic(path, csv_text([columns], options), csv_encoding(options, fresh=True))
            self.files[name] = open(path, "a", encoding="utf-8", newline="")
        self.errors = ErrorLog(folder / "errors.csv", "csv", options, resume)

    @staticmethod
    def owns(name: str) -> bool:
        return name in CsvTablesWriter.OWN_FILES or name.endswith(".csv.tmp")

    def known(self) -> set[str]:
        return self._known

    def add(self, doc: Referat, key: str = "") -> None:
        rows = referat_tables(doc)
        for name in [*(t for t in TABLES if t != COMPLETE_TABLE), COMPLETE_TABLE]:
            columns = TABLES[name]
            if rows[name]:
                append(self.files[name], csv_text(([row[c] for c in columns] for row in rows[name]), self.options))

    def add_error(self, record: ErrorRecord) -> None:
        self.errors.add(record)

    def resolve(self, path: str) -> None:
        self.errors.resolve(path)

    def close(self, complete: bool) -> None:
        for handle in self.files.values():
            handle.close()
        self.errors.close(complete)


def _repair(folder: Path, options: OutputOptions) -> set[str]:
    """The doc_ids complete in the folder; every table is cut back to their rows."""
    meetings = folder / f"{COMPLETE_TABLE}.csv"
    if not meetings.exists():
        return set()
    rows, _ = read_csv(meetings, options)
    width = len(TABLES[COMPLETE_TABLE])
    complete = {row[0] for row in rows[1:] if len(row) == width}
    for name, columns in TABLES.items():
        path = folder / f"{name}.csv"
        if not path.exists():
            continue
        rows, torn = read_csv(path, options)
        keep = [row for row in rows[1:] if len(row) == len(columns) and row[0] in complete]
        if torn or len(keep) != len(rows) - 1:
            write_atomic(path, csv_text([columns, *keep], options), csv_encoding(options, fresh=True))
    return complete


def write_items_csv(docs: list[Referat], out: IO[str], options: OutputOptions = OutputOptions()) -> None:
    """Item rows of several documents to an open text stream."""
    append(out, csv_text([ITEM_ROW_COLUMNS, *(row for doc in docs for row in item_rows(doc))], options))


def write_tables(docs: list[Referat], folder: Path, options: OutputOptions = OutputOptions()) -> None:
    """The linked tables of several documents into a folder."""
    folder.mkdir(parents=True, exist_ok=True)
    writer = CsvTablesWriter(folder, options, resume=False)
    for doc in docs:
        writer.add(doc)
    writer.close(complete=True)

