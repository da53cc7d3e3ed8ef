#!/usr/bin/env python3
"""Regenerate the golden files: tests/golden/<sample>.json for every document in samples/,
and tests/golden/referat.schema.json. Review the diff before committing: every change in
it is a change in what `referat parse` outputs.

    make golden
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from referat_parser import parse_path  # noqa: E402
from referat_parser.models import json_schema  # noqa: E402

SAMPLES = ROOT / "samples"
GOLDEN = ROOT / "tests" / "golden"
DOCUMENT_SUFFIXES = (".txt", ".md", ".pdf", ".docx", ".html", ".json")


def sample_files() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.suffix in DOCUMENT_SUFFIXES)


def golden_json(sample: Path) -> dict:
    """The parse of a sample as stored in its golden file (version-independent)."""
    doc = parse_path(sample).model_dump(mode="json")
    doc["source"]["path"] = f"samples/{sample.name}"
    doc["source"]["parser_version"] = "*"
    return doc


def golden_path(sample: Path) -> Path:
    return GOLDEN / f"{sample.name}.json"


def dump(data: dict) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for sample in sample_files():
        golden_path(sample).write_text(dump(golden_json(sample)), encoding="utf-8")
        print(f"wrote {golden_path(sample).relative_to(ROOT)}")
    (GOLDEN / "referat.schema.json").write_text(dump(json_schema()), encoding="utf-8")
    print("wrote tests/golden/referat.schema.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
