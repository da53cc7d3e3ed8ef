"""CSV: item rows for a quick look, or the linked tables (meetings, attendees, agenda, items,
sections, warnings) in a folder, joined by doc_id."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TextIO

from ..models import Referat
from .tables import ITEM_COLUMNS, TABLES, referat_tables

ITEM_ROW_COLUMNS = ("path", "date", "body", *[c for c in ITEM_COLUMNS if c != "doc_id"])


def write_items_csv(docs: list[Referat], out: TextIO) -> None:
    """One row per agenda item, with the document's path, date and body in front."""
    writer = csv.DictWriter(out, fieldnames=ITEM_ROW_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for doc in docs:
        for row in referat_tables(doc)["items"]:
            writer.writerow({"path": doc.source.path, "date": doc.meeting.date, "body": doc.meeting.body, **row})


class TableWriter:
    """Appends documents to <folder>/<table>.csv, one file per table (header written once)."""

    def __init__(self, folder: Path, append: bool = False):
        folder.mkdir(parents=True, exist_ok=True)
        self.files: dict[str, TextIO] = {}
        self.writers: dict[str, csv.DictWriter] = {}
        for name, columns in TABLES.items():
            path = folder / f"{name}.csv"
            fresh = not (append and path.exists() and path.stat().st_size)
            handle = open(path, "w" if fresh else "a", encoding="utf-8", newline="")
            writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
            if fresh:
                writer.writeheader()
            self.files[name], self.writers[name] = handle, writer

    def add(self, doc: Referat) -> None:
        rows = referat_tables(doc)
        for name in [*[t for t in TABLES if t != "meetings"], "meetings"]:  # meetings last: a row there = complete
            self.writers[name].writerows(rows[name])
            self.files[name].flush()

    def close(self) -> None:
        for handle in self.files.values():
            handle.close()


def write_tables(docs: list[Referat], folder: Path) -> None:
    writer = TableWriter(folder)
    try:
        for doc in docs:
            writer.add(doc)
    finally:
        writer.close()


def known_doc_ids(folder: Path) -> set[str]:
    path = folder / "meetings.csv"
    if not path.exists():
        return set()
    with open(path, encoding="utf-8", newline="") as handle:
        return {row["doc_id"] for row in csv.DictReader(handle) if row.get("doc_id")}
