"""SQLite: the linked tables with keys and indexes, an `errors` table, and an FTS5 index
`search` over item titles, section texts and decisions.

    sqlite3 minutes.db "SELECT m.date, m.body, i.number, i.title
                        FROM search s JOIN items i ON i.doc_id = s.doc_id AND i.position = s.item_position
                        JOIN meetings m ON m.doc_id = s.doc_id
                        WHERE search MATCH 'takster' ORDER BY rank LIMIT 10"

Each document is written in its own transaction, so an interrupted run keeps every
document it finished, and `known` tells a resumed run what to skip.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from ..models import Referat
from .base import ErrorRecord, OutputOptions, Writer
from .tables import TABLES, referat_tables

SCHEMA = """
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS meetings (
    doc_id TEXT PRIMARY KEY, path TEXT, format TEXT, sha256 TEXT NOT NULL, pages INTEGER, parser_version TEXT,
    body TEXT, document_type TEXT, date TEXT, start_time TEXT, end_time TEXT, location TEXT,
    next_meeting_date TEXT, n_items INTEGER, n_warnings INTEGER
);
CREATE TABLE IF NOT EXISTS attendees (
    doc_id TEXT NOT NULL REFERENCES meetings(doc_id) ON DELETE CASCADE, position INTEGER NOT NULL,
    name TEXT NOT NULL, status TEXT NOT NULL, organization TEXT, role TEXT, label TEXT,
    PRIMARY KEY (doc_id, position)
);
CREATE TABLE IF NOT EXISTS agenda (
    doc_id TEXT NOT NULL REFERENCES meetings(doc_id) ON DELETE CASCADE, position INTEGER NOT NULL,
    number TEXT, title TEXT, page INTEGER, "group" TEXT,
    PRIMARY KEY (doc_id, position)
);
CREATE TABLE IF NOT EXISTS items (
    doc_id TEXT NOT NULL REFERENCES meetings(doc_id) ON DELETE CASCADE, position INTEGER NOT NULL,
    number TEXT, title TEXT, case_number TEXT, access TEXT, "group" TEXT, page_start INTEGER, page_end INTEGER,
    recommendations TEXT, attachments TEXT, decision TEXT,
    PRIMARY KEY (doc_id, position)
);
CREATE TABLE IF NOT EXISTS sections (
    doc_id TEXT NOT NULL, item_position INTEGER NOT NULL, position INTEGER NOT NULL,
    kind TEXT, heading TEXT, text TEXT,
    PRIMARY KEY (doc_id, item_position, position),
    FOREIGN KEY (doc_id, item_position) REFERENCES items(doc_id, position) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS warnings (
    doc_id TEXT NOT NULL REFERENCES meetings(doc_id) ON DELETE CASCADE, code TEXT, message TEXT, page INTEGER
);
CREATE TABLE IF NOT EXISTS errors (
    path TEXT NOT NULL, sha256 TEXT, code TEXT, reason TEXT, at TEXT
);
CREATE INDEX IF NOT EXISTS meetings_date ON meetings(date);
CREATE INDEX IF NOT EXISTS meetings_body ON meetings(body);
CREATE INDEX IF NOT EXISTS attendees_name ON attendees(name);
CREATE INDEX IF NOT EXISTS warnings_doc ON warnings(doc_id);
CREATE INDEX IF NOT EXISTS errors_sha ON errors(sha256);
CREATE INDEX IF NOT EXISTS errors_path ON errors(path);
"""
JOURNAL_SUFFIXES = ("-journal", "-wal", "-shm")
FTS = """
CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(
    doc_id UNINDEXED, item_position UNINDEXED, field UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 0'
);
"""


class SqliteWriter(Writer):
    """Each document and each error record is written in its own transaction."""

    def __init__(self, path: Path, options: OutputOptions = OutputOptions(), resume: bool = False, several: bool = True):
        if not resume:
            for leftover in (path, *(path.with_name(path.name + s) for s in JOURNAL_SUFFIXES)):
                leftover.unlink(missing_ok=True)
        self.conn = sqlite3.connect(path)
        self.conn.executescript(SCHEMA)
        self.fts = _has_fts5(self.conn)
        if self.fts:
            self.conn.executescript(FTS)
        self.conn.commit()
        self.error_paths = {row[0] for row in self.conn.execute("SELECT path FROM errors")}

    def known(self) -> set[str]:
        return {row[0] for row in self.conn.execute("SELECT sha256 FROM meetings")}

    def add(self, doc: Referat, key: str = "") -> None:
        rows = referat_tables(doc)
        with self.conn:  # one transaction per document
            self.conn.execute("DELETE FROM meetings WHERE doc_id = ?", (doc.source.sha256,))
            if self.fts:
                self.conn.execute("DELETE FROM search WHERE doc_id = ?", (doc.source.sha256,))
            for name, columns in TABLES.items():
                if rows[name]:
                    quoted = ", ".join(f'"{c}"' for c in columns)
                    marks = ", ".join("?" for _ in columns)
                    self.conn.executemany(
                        f"INSERT INTO {name} ({quoted}) VALUES ({marks})",
                        [tuple(row[c] for c in columns) for row in rows[name]],
                    )
            if self.fts:
                self.conn.executemany(
                    "INSERT INTO search (doc_id, item_position, field, text) VALUES (?, ?, ?, ?)",
                    list(_search_rows(rows)),
                )

    def add_error(self, record: ErrorRecord) -> None:
        self.error_paths.add(record.path)
        with self.conn:  # one row per path: a later record replaces an earlier one
            self.conn.execute("DELETE FROM errors WHERE path = ?", (record.path,))
            self.conn.execute(
                "INSERT INTO errors (path, sha256, code, reason, at) VALUES (?, ?, ?, ?, ?)",
                (record.path, record.sha256, record.code, record.reason,
                 datetime.now(timezone.utc).isoformat(timespec="seconds")),
            )

    def resolve(self, path: str) -> None:
        if path not in self.error_paths:
            return
        self.error_paths.discard(path)
        with self.conn:
            self.conn.execute("DELETE FROM errors WHERE path = ?", (path,))

    def close(self, complete: bool = True) -> None:
        self.conn.close()


def _search_rows(rows: dict[str, list[dict]]):
    for item in rows["items"]:
        yield item["doc_id"], item["position"], "title", item["title"]
        if item["decision"]:
            yield item["doc_id"], item["position"], "decision", item["decision"]
    for section in rows["sections"]:
        if section["text"] and section["kind"] != "decision":
            yield section["doc_id"], section["item_position"], section["kind"], section["text"]


def _has_fts5(conn: sqlite3.Connection) -> bool:
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.fts_probe USING fts5(x)")
        conn.execute("DROP TABLE temp.fts_probe")
        return True
    except sqlite3.OperationalError:
        return False
