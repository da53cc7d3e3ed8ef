"""The web renditions of the seeds (scripts/make_web_samples.py) scored against the seeds'
gold. A web page or API answer carries no page numbers, First Agenda pages and the API no
agenda index apart from the items, and the API no trustworthy access flag: those parts of
the gold are left out for the renditions that cannot carry them."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from scoring.score import METRICS, Tally, score_doc, walk_text

from referat_parser import parse_path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
WEB_SAMPLES = sorted(p for p in (ROOT / "samples").iterdir() if p.suffix in (".html", ".json"))
FLOOR = 0.98
NO_INDEX = ("-firstagenda.html", "-api.json")  # the items table / item list is the only agenda
NO_ACCESS = ("-api.json",)
WEB_FURNITURE = ("Til toppen", "Sidst opdateret", "Du er her", "Print", "Del på Facebook", "Kopier link",
                 "Hent som PDF", "cookies", "Tilbage til forsiden", "Tip en ven")


def gold_for(sample: Path) -> dict:
    gold = json.loads((GOLD / f"{sample.name.split('-')[0]}.gold.json").read_text(encoding="utf-8"))
    gold = copy.deepcopy(gold)
    for entry in gold.get("agenda", []):
        entry.pop("page", None)
    if sample.name.endswith(NO_INDEX):
        gold.pop("agenda", None)
    if sample.name.endswith(NO_ACCESS):
        for item in gold["items"]:
            item.pop("access", None)
    return gold


def test_there_are_three_renditions_per_seed():
    assert len(WEB_SAMPLES) == 6


@pytest.mark.parametrize("sample", WEB_SAMPLES, ids=lambda s: s.name)
def test_web_rendition_scores_against_the_seed_gold(sample: Path):
    pred = parse_path(sample).model_dump(mode="json")
    tallies = {name: Tally(kind) for name, kind in METRICS}
    log: list[str] = []
    score_doc(gold_for(sample), pred, tallies, log)
    values = [t.value() for t in tallies.values() if t.value() is not None]
    overall = sum(values) / len(values)
    assert overall >= FLOOR, f"{sample.name}: {overall:.3f}\n" + "\n".join(log)


@pytest.mark.parametrize("sample", WEB_SAMPLES, ids=lambda s: s.name)
def test_no_web_furniture_in_any_field(sample: Path):
    pred = parse_path(sample).model_dump(mode="json")
    text = "\n".join(walk_text({k: v for k, v in pred.items() if k not in ("source", "warnings")}))
    for furniture in WEB_FURNITURE:
        assert furniture not in text, furniture
