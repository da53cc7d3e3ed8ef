"""The web documents of the development corpus (a First Agenda page, an API answer) each
score at least WEB_FLOOR against their gold; skipped where ../shared is absent."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("accuracy", ROOT / "scripts" / "accuracy.py")
accuracy = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(accuracy)

WEB_FLOOR = 0.90
DEV = accuracy.SHARED / "corpus" / "dev"
WEB_DOCUMENTS = sorted(p for p in DEV.glob("*") if p.suffix in (".html", ".json")) if DEV.exists() else []


@pytest.mark.skipif(not WEB_DOCUMENTS, reason="../shared (the corpus) is not beside the project")
@pytest.mark.parametrize("document", WEB_DOCUMENTS, ids=[p.name for p in WEB_DOCUMENTS])
def test_web_document_meets_its_floor(tmp_path, document: Path):
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    gold.mkdir()
    pred.mkdir()
    shutil.copy(DEV / "gold" / f"{document.stem}.gold.json", gold)
    assert accuracy.predict([document], pred) == []
    figures = accuracy.score(gold, pred)
    assert figures["documents"][document.stem] >= WEB_FLOOR, figures["report"]
