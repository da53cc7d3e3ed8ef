"""The PDF and DOCX renditions of the seeds: page provenance and no page furniture."""

from __future__ import annotations

from pathlib import Path

import pytest
from scoring.score import walk_text

from referat_parser import parse_path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

ITEM_PAGES = {
    "000_495bf0cbefc36908.pdf": "1:2 2:2 3:2 4:3 5:4 6:6 7:7 8:8 9:9 10:9 11:11 12:11",
    "003_8a9878f8a55123a1.pdf": "1:2 2:2 3:2 4:3 5:5 6:6 7:7 8:8 9:9 11:10 12:10",
    "003_8a9878f8a55123a1-layout2.pdf": "1:2 2:3 3:4 4:6 5:8 6:10 7:12 8:13 9:15 11:16 12:17",
    "003_8a9878f8a55123a1.docx": "1:2 2:3 3:4 4:5 5:6 6:7 7:8 8:9 9:10 11:11 12:12",
}
PAGE_COUNTS = {"000_495bf0cbefc36908.pdf": 12, "003_8a9878f8a55123a1.pdf": 10, "003_8a9878f8a55123a1-layout2.pdf": 17}
RENDITIONS = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".pdf", ".docx"))


@pytest.mark.parametrize("name", list(ITEM_PAGES))
def test_items_start_on_their_pages(name: str):
    doc = parse_path(SAMPLES / name)
    assert " ".join(f"{i.number}:{i.page_start}" for i in doc.items) == ITEM_PAGES[name]
    if name in PAGE_COUNTS:
        assert doc.source.pages == PAGE_COUNTS[name]
        assert all(i.page_start <= i.page_end for i in doc.items)


@pytest.mark.parametrize("path", RENDITIONS, ids=lambda p: p.name)
def test_no_page_furniture_in_text_fields(path: Path):
    doc = parse_path(path).model_dump(mode="json")
    body = doc["meeting"]["body"]
    for text in walk_text({"items": doc["items"], "attendees": doc["attendees"], "next_meeting": doc["next_meeting"]}):
        assert "Side " not in text or " af " not in text.split("Side ", 1)[1][:8], text
        assert f"{body} – " not in text and f"Referat – {body}" not in text, text
