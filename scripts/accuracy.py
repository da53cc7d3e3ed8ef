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
EXPECTED_FAILURES = {"no-text-layer"}  # a scan has no gold to meet until OCR exists


def sets() -> dict[str, tuple[list[Path], Path]]:
    """name → (documents, gold folder)."""
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    dev = sorted(p for p in (SHARED / "corpus" / "dev").iterdir() if p.suffix in DOCUMENT_SUFFIXES)
    return {"seeds": (seeds, SHARED / "gold"), "dev": (dev, SHARED / "corpus" / "dev" / "gold")}


def predict(documents: list[Path], out: Path) -> list[str]:
    """Write <stem>.json for each document; return one line per document that failed."""
    from referat_parser import parse_path
    from referat_parser.errors import ReferatError

    problems = []
    for doc in documents:
        try:
            result = parse_path(doc)
        except ReferatError as exc:
            if exc.code not in EXPECTED_FAILURES:
                problems.append(f"{doc.name}: {exc.reason}")
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
            problems += predict(documents, pred)
            results[name] = score(gold, pred)
        finally:
            shutil.rmtree(pred, ignore_errors=True)
    return results, problems


def check(results: dict[str, dict], baseline: dict) -> list[str]:
    """Lines naming every figure below its floor."""
    below = []
    for name, floors in baseline.items():
        figures = results[name]
        got = {"overall": figures["overall"], **{k: v for k, v in figures["metrics"].items() if v is not None}}
        for metric, floor in floors.items():
            value = got.get(metric)
            if value is None or value + 1e-9 < floor:
                below.append(f"{name} {metric}: {value if value is None else round(value, 3)} < floor {floor}")
    return below


def raised(results: dict[str, dict], baseline: dict, allow_lower: bool) -> dict:
    new = {}
    for name, figures in results.items():
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
