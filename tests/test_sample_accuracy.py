"""Every sample rendition scored against its gold annotation with the project's scorer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scoring.score import METRICS, Tally, score_doc

from referat_parser import parse_path
from referat_parser.readers import ReadOptions

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
SAMPLES = sorted(p for p in (ROOT / "samples").iterdir() if p.suffix in (".txt", ".pdf", ".docx"))
TEXT_FLOOR, RENDITION_FLOOR, METRIC_FLOOR = 0.98, 0.97, 0.95


def gold_for(sample: Path) -> Path:
    stem = sample.stem.split("-")[0]
    return GOLD / f"{stem}.gold.json"


def score(sample: Path, engine: str = "pdfium") -> tuple[float, dict[str, float], list[str]]:
    gold = json.loads(gold_for(sample).read_text(encoding="utf-8"))
    pred = parse_path(sample, ReadOptions(pdf_engine=engine)).model_dump(mode="json")
    tallies = {name: Tally(kind) for name, kind in METRICS}
    log: list[str] = []
    score_doc(gold, pred, tallies, log)
    values = {n: t.value() for n, t in tallies.items() if t.value() is not None}
    return sum(values.values()) / len(values), values, log


@pytest.mark.parametrize("sample", [s for s in SAMPLES if gold_for(s).exists()], ids=lambda s: s.name)
def test_sample_scores_against_gold(sample: Path):
    overall, values, log = score(sample)
    floor = TEXT_FLOOR if sample.suffix == ".txt" else RENDITION_FLOOR
    assert overall >= floor, f"{sample.name}: overall {overall:.3f}\n" + "\n".join(log)
    low = {n: v for n, v in values.items() if v < METRIC_FLOOR}
    assert not low, f"{sample.name}: metrics below {METRIC_FLOOR}: {low}\n" + "\n".join(log)


@pytest.mark.parametrize("sample", [s for s in SAMPLES if s.suffix == ".pdf"], ids=lambda s: s.name)
def test_pdf_samples_with_the_pdfplumber_engine(sample: Path):
    overall, values, log = score(sample, engine="pdfplumber")
    assert overall >= RENDITION_FLOOR, f"{sample.name}: overall {overall:.3f}\n" + "\n".join(log)
