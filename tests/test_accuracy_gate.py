"""The accuracy gate over ../shared (seeds and development corpus); skipped where it is absent."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("accuracy", ROOT / "scripts" / "accuracy.py")
accuracy = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(accuracy)


@pytest.mark.skipif(not (accuracy.SHARED / "tools" / "score.py").exists(), reason="../shared (the corpus) is not beside the project")
def test_accuracy_at_or_above_the_pinned_floors():
    results, problems = accuracy.run_all()
    assert not problems, problems
    baseline = json.loads(accuracy.BASELINE.read_text(encoding="utf-8"))
    below = accuracy.check(results, baseline)
    assert not below, "\n".join(below) + "\n" + "\n".join(r["report"] for r in results.values())


def test_floors_meet_the_targets():
    baseline = json.loads(accuracy.BASELINE.read_text(encoding="utf-8"))
    assert baseline["seeds"]["overall"] >= 0.98
    assert baseline["dev"]["overall"] >= 0.90


@pytest.mark.skipif(not (accuracy.SHARED / "corpus" / "dev").exists(), reason="../shared (the corpus) is not beside the project")
def test_scanned_dev_document_is_read_by_ocr_or_gets_the_install_hint():
    from referat_parser import parse_path
    from referat_parser.errors import ReferatError
    from referat_parser.readers import ocr

    scans = sorted((accuracy.SHARED / "corpus" / "dev").glob("*scan*.pdf"))
    assert scans
    hint = ocr.unavailable_hint()
    for scan in scans:
        if hint is None:
            doc = parse_path(scan)
            assert doc.items and {w.code for w in doc.warnings} >= {"page-read-by-ocr"}
        else:
            with pytest.raises(ReferatError) as err:
                parse_path(scan)
            assert err.value.code == "no-text-layer" and err.value.reason.endswith(hint)
