"""Golden files: every sample's parse as committed in tests/golden (regenerate: make golden)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from referat_parser.models import json_schema

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("make_golden", ROOT / "scripts" / "make_golden.py")
make_golden = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_golden)

SAMPLES = make_golden.sample_files()


@pytest.mark.parametrize("sample", SAMPLES, ids=[s.name for s in SAMPLES])
def test_sample_matches_golden(sample: Path):
    golden = make_golden.golden_path(sample)
    assert golden.exists(), f"no golden file for {sample.name}: run `make golden` and review the diff"
    expected = json.loads(golden.read_text(encoding="utf-8"))
    assert make_golden.golden_json(sample) == expected, f"{sample.name} differs from its golden file"


def test_every_golden_file_has_its_sample():
    names = {s.name for s in SAMPLES}
    for golden in (ROOT / "tests" / "golden").glob("*.json"):
        if golden.name != "referat.schema.json":
            assert golden.name[: -len(".json")] in names, f"stale golden file {golden.name}"


def test_committed_schema_is_in_sync():
    committed = json.loads((ROOT / "tests" / "golden" / "referat.schema.json").read_text(encoding="utf-8"))
    assert json_schema() == committed, "the output schema changed: run `make golden` and review the diff"
