"""Integration: each sample PDF made into a scan (its pages rendered to images and saved as an
image-only PDF) and read back by OCR. Acceptance: items F1 ≥ 0.95 against the gold, and the
same date, body and item numbers as the original. Skipped where the OCR engine is missing."""

from __future__ import annotations

import json
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from pdfs import scan_of
from scoring.score import METRICS, Tally, score_doc

from referat_parser import parse_path
from referat_parser.models import Referat
from referat_parser.readers import ocr

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_PDFS = sorted((ROOT / "samples").glob("*.pdf"))
ITEMS_F1_FLOOR = 0.95
WORKERS = 2  # the scans are read side by side: OCR takes about 2 CPU seconds a page

pytestmark = pytest.mark.skipif(ocr.unavailable_hint() is not None, reason=f"OCR is not installed: {ocr.unavailable_hint()}")


def _read_scan(sample: Path) -> str:
    from referat_parser import parse_bytes

    return parse_bytes(scan_of(sample.read_bytes()), f"{sample.stem}-scan.pdf").model_dump_json()


@pytest.fixture(scope="module")
def scans() -> dict[str, Referat]:
    with ProcessPoolExecutor(WORKERS) as pool:
        read = pool.map(_read_scan, SAMPLE_PDFS)
        return {sample.name: Referat.model_validate_json(doc) for sample, doc in zip(SAMPLE_PDFS, read)}


def gold_for(sample: Path) -> dict:
    stem = sample.stem.split("-")[0]
    return json.loads((ROOT / "tests" / "gold" / f"{stem}.gold.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("sample", SAMPLE_PDFS, ids=lambda s: s.name)
def test_a_scan_of_a_sample_reads_like_the_original(sample: Path, scans: dict[str, Referat]):
    original, scan = parse_path(sample), scans[sample.name]
    assert [w.page for w in scan.warnings if w.code == "page-read-by-ocr"] == list(range(1, scan.source.pages + 1))
    assert (scan.meeting.date, scan.meeting.body) == (original.meeting.date, original.meeting.body)
    assert [item.number for item in scan.items] == [item.number for item in original.items]
    tallies = {name: Tally(kind) for name, kind in METRICS}
    log: list[str] = []
    score_doc(gold_for(sample), scan.model_dump(mode="json"), tallies, log)
    assert tallies["items"].value() >= ITEMS_F1_FLOOR, "\n".join(log)
