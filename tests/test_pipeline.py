"""The pipeline's own promises: the garbage collector is paused for a parse only."""

from __future__ import annotations

import gc

import pytest

from referat_parser import parse_bytes
from referat_parser.errors import ReferatError


def test_the_collector_runs_again_after_a_parse_and_after_a_failed_one():
    assert gc.isenabled()
    parse_bytes("Referat\n\n1. Budget\nGodkendt.\n".encode(), "x.txt")
    assert gc.isenabled()
    with pytest.raises(ReferatError):
        parse_bytes(b"%PDF-1.7 broken", "x.pdf")
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off():
    gc.disable()
    try:
        parse_bytes("Referat\n".encode(), "x.txt")
        assert not gc.isenabled()
    finally:
        gc.enable()


INDEXED = """Referat af bestyrelsesmøde
Dato: 3. februar 2025

Dagsorden
Åbne sager
1. Regnskab 2024
Lukkede sager
2. Personalesag

1. Regnskab 2024
Godkendt.

2. Personalesag
Drøftet.
"""


def test_each_stage_keeps_its_result_on_the_trace():
    from referat_parser.pipeline import trace_bytes

    trace = trace_bytes(INDEXED.encode(), "x.txt")
    assert [e.number for e in trace.agenda.entries] == ["1", "2"]
    assert [s.number for s in trace.spans] == [i.number for i in trace.items] == ["1", "2"]
    assert max(trace.header) < trace.spans[0].start
    assert not any(trace.agenda.covers(i) for i in trace.header)
    assert trace.referat is not None and trace.referat.items == trace.items


def test_items_take_group_and_access_from_their_index_entry():
    from referat_parser.pipeline import trace_bytes

    items = trace_bytes(INDEXED.encode(), "x.txt").items
    assert [(i.group, i.access) for i in items] == [("Åbne sager", "open"), ("Lukkede sager", "closed")]


def test_the_version_is_asked_of_the_package_metadata_once(monkeypatch):
    import importlib.metadata

    from referat_parser.pipeline import parser_version

    first = parse_bytes(b"Referat\n", "x.txt").source.parser_version
    monkeypatch.setattr(importlib.metadata, "version", lambda name: pytest.fail("asked again"))
    assert parse_bytes(b"Referat\n", "y.txt").source.parser_version == first == parser_version()


def test_text_decoded_with_the_wrong_code_page_is_repaired_everywhere_and_said():
    text = (
        "Referat\n\nMiljÃ¸udvalget\n\nMÃ¸dedato: 3. maj 2024\n\n"
        "Punkt 1 GodkendelsesÃ¦ttelse af lÃ¸nbudget\n\nBeslutning\nGodkendt af Ã¦ldrerÃ¥det.\n"
    )
    doc = parse_bytes(text.encode("utf-8"), "mojibake.txt")
    assert doc.meeting.body == "Miljøudvalget" and doc.meeting.date == "2024-05-03"
    assert doc.items[0].title == "Godkendelsesættelse af lønbudget"
    assert doc.items[0].decision == "Godkendt af ældrerådet."
    assert [w.code for w in doc.warnings if w.code == "mojibake-repaired"] == ["mojibake-repaired"]


def test_text_without_mojibake_is_left_as_it_is_and_not_warned():
    doc = parse_bytes("Referat\n\nMiljøudvalget\n\nPunkt 1 Løn\n\nBeslutning\nGodkendt.\n".encode(), "plain.txt")
    assert "mojibake-repaired" not in {w.code for w in doc.warnings}
