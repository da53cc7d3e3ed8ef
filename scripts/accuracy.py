#!/usr/bin/env python3
"""Accuracy gate: parse the seeds and the development corpus, score them against their
gold with ../shared/tools/score.py, and compare each metric with the floors pinned in
tests/accuracy_baseline.json.

    python scripts/accuracy.py                 # score and check the floors (exit 1 below a floor)
    python scripts/accuracy.py --raise-floors  # pin higher floors where the scores went up
    python scripts/accuracy.py --raise-floors --allow-lower   # also lower floors (say why in the commit)

The corpus lives beside the project in ../shared (not part of this repository); without it the
gate says it skipped and exits 0.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

SHARED = ROOT.parent / "shared"
BASELINE = ROOT / "tests" / "accuracy_baseline.json"
DOCUMENT_SUFFIXES = (".txt", ".md", ".pdf", ".docx", ".html", ".json")
SCAN_MARK = "-scan"  # a scanned document's name: its score has a floor of its own ("scans" in the baseline)
WITHOUT_SCANS = "-without-scans"  # "dev-without-scans": the set's figures with its scans left out
EXPECTED_FAILURES = {"no-text-layer"}  # a scan, where the OCR engine is not installed: skipped, and said so


def sets() -> dict[str, tuple[list[Path], Path]]:
    """name → (documents, gold folder)."""
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    dev = sorted(p for p in (SHARED / "corpus" / "dev").iterdir() if p.suffix in DOCUMENT_SUFFIXES)
    return {"seeds": (seeds, SHARED / "gold"), "dev": (dev, SHARED / "corpus" / "dev" / "gold")}


def predict(documents: list[Path], out: Path, skipped: list[str] | None = None) -> list[str]:
    """Write <stem>.json for each document; return one line per document that failed. Scans
    that cannot be read here (no OCR engine) are left out of `skipped`'s scoring, and said so."""
    from referat_parser import parse_path
    from referat_parser.errors import ReferatError

    from referat_parser.readers import ocr

    problems = []
    ocr_missing = ocr.unavailable_hint()
    for doc in documents:
        try:
            result = parse_path(doc)
        except ReferatError as exc:
            if exc.code not in EXPECTED_FAILURES or not ocr_missing:
                problems.append(f"{doc.name}: {exc.reason}")
            else:
                print(f"skipped {doc.name}: a scan, and OCR is not installed here ({ocr_missing})")
                if skipped is not None:
                    skipped.append(doc.stem)
            continue
        (out / f"{doc.stem}.json").write_text(result.model_dump_json(), encoding="utf-8")
    return problems


def score(gold: Path, pred: Path) -> dict:
    scorer = SHARED / "tools" / "score.py"
    done = subprocess.run(
        [sys.executable, str(scorer), "--gold", str(gold), "--pred", str(pred), "--json"],
        capture_output=True, text=True, check=True,
    )
    verbose = subprocess.run(
        [sys.executable, str(scorer), "--gold", str(gold), "--pred", str(pred), "-v"],
        capture_output=True, text=True, check=True,
    )
    figures = json.loads(done.stdout)
    figures["report"] = verbose.stdout
    return figures


def run_all() -> tuple[dict[str, dict], list[str]]:
    results, problems = {}, []
    for name, (documents, gold) in sets().items():
        pred = Path(tempfile.mkdtemp(prefix=f"referat-{name}-"))
        try:
            skipped: list[str] = []
            problems += predict(documents, pred, skipped)
            results[name] = score(_without(gold, skipped, pred) if skipped else gold, pred)
            results[name]["skipped"] = skipped
            scans = [doc.stem for doc in documents if SCAN_MARK in doc.stem]
            if scans:  # the same set without its scans: checked on every machine, OCR engine or not
                results[f"{name}{WITHOUT_SCANS}"] = score(_without(gold, scans, pred, "gold-without-scans"), pred)
        finally:
            shutil.rmtree(pred, ignore_errors=True)
    return results, problems


def _without(gold: Path, stems: list[str], work: Path, folder: str = "gold") -> Path:
    """A copy of the gold folder without these documents (inside `work`, removed with it)."""
    kept = work / folder
    kept.mkdir()
    for path in gold.glob("*.gold.json"):
        if path.name.removesuffix(".gold.json") not in stems:
            shutil.copy(path, kept / path.name)
    return kept


def check(results: dict[str, dict], baseline: dict) -> list[str]:
    """Lines naming every figure below its floor. A set with a scan skipped (no OCR engine
    here) is not checked: its floors were pinned with the scan read; the same set without its
    scans ("dev-without-scans") is checked everywhere."""
    below = []
    for name, floors in baseline.items():
        if name == "scans":
            below += _scans_below(results, floors)
            continue
        figures = results.get(name)
        if figures is None:
            print(f"{name}: floors not checked, the set is not there")
            continue
        if figures.get("skipped"):
            print(f"{name}: floors not checked, as {len(figures['skipped'])} scan(s) could not be read here")
            continue
        got = {"overall": figures["overall"], **{k: v for k, v in figures["metrics"].items() if v is not None}}
        for metric, floor in floors.items():
            value = got.get(metric)
            if value is None or value + 1e-9 < floor:
                below.append(f"{name} {metric}: {value if value is None else round(value, 3)} < floor {floor}")
    return below


def _scans_below(results: dict[str, dict], floors: dict[str, float]) -> list[str]:
    scores = {stem: score for figures in results.values() for stem, score in figures.get("documents", {}).items()}
    skipped = {stem for figures in results.values() for stem in figures.get("skipped", [])}
    below = []
    for stem, floor in floors.items():
        if stem in skipped:
            print(f"scans {stem}: floor not checked, the scan could not be read here")
        elif scores.get(stem) is None or scores[stem] + 1e-9 < floor:
            below.append(f"scans {stem}: {scores.get(stem)} < floor {floor}")
    return below


def _scan_floors(results: dict[str, dict], baseline: dict, allow_lower: bool) -> dict[str, float]:
    old = baseline.get("scans", {})
    new = dict(old)
    for figures in results.values():
        for stem, score in figures.get("documents", {}).items():
            if SCAN_MARK in stem and score is not None:
                value = round(score - 0.0005, 3)
                new[stem] = value if stem not in old or allow_lower else max(old[stem], value)
    return new


def raised(results: dict[str, dict], baseline: dict, allow_lower: bool) -> dict:
    new = {"scans": _scan_floors(results, baseline, allow_lower)}
    for name, figures in results.items():
        if figures.get("skipped"):
            new[name] = baseline.get(name, {})  # figures without the scans are not comparable
            continue
        got = {"overall": figures["overall"], **{k: v for k, v in figures["metrics"].items() if v is not None}}
        old = baseline.get(name, {})
        new[name] = {}
        for metric, value in got.items():
            value = round(value - 0.0005, 3)  # floor just under the measured figure
            previous = old.get(metric)
            new[name][metric] = value if previous is None or allow_lower else max(previous, value)
    return new


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raise-floors", action="store_true", help="pin the current figures as floors where higher")
    parser.add_argument("--allow-lower", action="store_true", help="with --raise-floors: also lower floors")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    args = parser.parse_args(argv)

    if not (SHARED / "tools" / "score.py").exists():
        print(f"accuracy gate skipped: {SHARED} is not there (the corpus lives beside the project)")
        return 0
    results, problems = run_all()
    for name, figures in results.items():
        metrics = ", ".join(f"{k} {v:.3f}" for k, v in figures["metrics"].items() if v is not None)
        print(f"{name}: overall {figures['overall']:.3f} ({metrics})")
        if args.verbose:
            print(figures["report"])
    for line in problems:
        print(f"failed to parse: {line}")
    baseline = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}
    if args.raise_floors:
        BASELINE.write_text(json.dumps(raised(results, baseline, args.allow_lower), indent=2) + "\n", encoding="utf-8")
        print(f"floors written to {BASELINE.relative_to(ROOT)}")
        return 0
    below = check(results, baseline)
    for line in below:
        print(f"BELOW FLOOR {line}")
    return 1 if below or problems else 0


if __name__ == "__main__":
    sys.exit(main())
