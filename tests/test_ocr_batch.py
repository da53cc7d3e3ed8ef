"""Batch and OCR: a document's time limit grows with the pages it reads by OCR, workers run one
OCR thread each, and the summary counts the pages read by OCR (a fake parse, no Tesseract)."""

from __future__ import annotations

import os
import time
from pathlib import Path

from referat_parser import batch
from referat_parser.batch import Limits, convert, gather
from referat_parser.errors import ReferatError
from referat_parser.exporters.base import OutputOptions
from referat_parser.exporters.outputs import Output
from referat_parser.models import Warning
from referat_parser.readers import ReadOptions, ocr


def _parse(data: bytes, name: str, options):
    """'OCR n SECONDS': announces n pages for OCR, then takes that long; 'THREADS': reports the
    worker's OCR thread limit as its failure reason."""
    if data.startswith(b"THREADS"):
        raise ReferatError(f"OMP_THREAD_LIMIT={os.environ.get('OMP_THREAD_LIMIT')}", "report")
    _, pages, seconds = data.decode().split()
    ocr.announce_pages(int(pages))
    time.sleep(float(seconds))
    from referat_parser.pipeline import parse_bytes

    doc = parse_bytes(b"Referat\n\n1. Punkt\nGodkendt.\n", name, options)
    doc.warnings += [Warning(code="page-read-by-ocr", message="read by OCR", page=n) for n in range(1, int(pages) + 1)]
    return doc


def _convert(tmp_path: Path, files: dict[str, str], timeout: float):
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    found = gather([str(tmp_path)], 2**20)
    out = Output(OutputOptions(target=str(tmp_path / "out.jsonl")), "jsonl", resume=False, several=True)
    summary = convert(found, out, jobs=2, limits=Limits(timeout=timeout), options=ReadOptions(), parse=_parse)
    out.finish()
    return summary


def test_time_limit_grows_with_the_pages_read_by_ocr(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(batch, "OCR_SECONDS_PER_PAGE", 4.0)
    summary = _convert(tmp_path, {"a.txt": "OCR 2 1.5", "b.txt": "OCR 1 60"}, timeout=0.5)
    assert summary.converted == 1 and summary.ocr_pages == 2  # a: 1.5 s within 0.5 + 2 × 4 s
    [(name, code, reason)] = summary.failures
    assert (Path(name).name, code) == ("b.txt", "timeout")
    assert reason == "timed out after 4.5 s (--timeout 0.5 s, and 4 s for each of 1 pages read by OCR)"


def test_workers_run_one_ocr_thread_each(tmp_path: Path):
    summary = _convert(tmp_path, {"a.txt": "THREADS"}, timeout=30)
    assert [reason for _, _, reason in summary.failures] == ["OMP_THREAD_LIMIT=1"]


def test_summary_line_names_the_pages_read_by_ocr():
    from referat_parser.commands.batch import _summary_line

    summary = batch.Summary(total=1, converted=1, pages=3, ocr_pages=2, seconds=1.0)
    assert _summary_line(summary).startswith("Converted 1 of 1 documents (3 pages, 2 read by OCR) in 1.0 s")
