from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest

from referat_parser import parse_path
from referat_parser.exporters.base import ErrorRecord
from referat_parser.exporters.csv import write_items_csv, write_tables
from referat_parser.exporters.sqlite import SqliteWriter
from referat_parser.exporters.tables import TABLES, referat_tables

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture(scope="module")
def docs():
    return [parse_path(p) for p in sorted(SAMPLES.glob("*.txt"))]


def test_tables_are_linked_by_doc_id(docs):
    rows = referat_tables(docs[1])
    doc_id = docs[1].source.sha256
    assert set(rows) == set(TABLES)
    assert all(row["doc_id"] == doc_id for table in rows.values() for row in table)
    assert len(rows["items"]) == 11 and rows["items"][2]["case_number"] == "2024-079097"
    assert rows["sections"][0]["item_position"] == 1
    assert rows["meetings"][0]["next_meeting_date"] == "2025-03-17"


def test_items_csv(docs):
    out = io.StringIO()
    write_items_csv(docs, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == 23
    assert rows[0]["body"] == "Den Administrative Styregruppe" and rows[0]["title"] == "Godkendelse af dagsorden"


def test_csv_tables_round_trip(docs, tmp_path: Path):
    write_tables(docs, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*(f"{t}.csv" for t in TABLES), "errors.csv"])
    with open(tmp_path / "attendees.csv", encoding="utf-8", newline="") as handle:
        attendees = list(csv.DictReader(handle))
    assert ("Henrik Aarup-Kristensen", "present", "formand") in {(a["name"], a["status"], a["role"]) for a in attendees}


def test_sqlite_keys_and_full_text_search(docs, tmp_path: Path):
    db = tmp_path / "m.db"
    writer = SqliteWriter(db)
    for doc in docs:
        writer.add(doc)
    writer.add_error(ErrorRecord("x.pdf", None, "corrupt-pdf", "not a readable PDF"))
    writer.add_error(ErrorRecord("x.pdf", None, "corrupt-pdf", "not a readable PDF"))  # once per document
    writer.close()
    conn = sqlite3.connect(db)
    fks = {row[2] for row in conn.execute("PRAGMA foreign_key_list(items)")}
    assert fks == {"meetings"}
    assert {row[2] for row in conn.execute("PRAGMA foreign_key_list(sections)")} == {"items"}
    hits = conn.execute(
        "SELECT i.number, i.title FROM search s JOIN items i ON i.doc_id = s.doc_id AND i.position = s.item_position "
        "WHERE search MATCH 'selvskaade' AND s.field = 'decision'"
    ).fetchall()
    assert hits == [("11", "Eventuelt")]
    assert conn.execute("SELECT code FROM errors").fetchall() == [("corrupt-pdf",)]
    assert conn.execute("SELECT count(*) FROM meetings").fetchone() == (2,)
