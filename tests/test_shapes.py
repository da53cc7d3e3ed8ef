"""The shared shapes (shapes.py): page numbers, item labels and item-number order, on snippets
as they are printed in minutes."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from referat_parser import readers
from referat_parser.shapes import is_page_number, ordinal

READERS_DIR = Path(readers.__file__).parent


@pytest.mark.parametrize("text", ["3", "Side 3", "side 3 af 40", "Side 12 af 12", "Page 2 of 5", "3/40", "12 / 16",
                                  "- 3 -", "– 14 –", "s. 4", "Side3", "  7  "])
def test_page_numbers(text):
    assert is_page_number(text)


@pytest.mark.parametrize("text", ["24/4567", "12/3", "12 pladser", "Side 3 i bilaget", "3. Budget", "§ 9",
                                  "Punkt 4", "- 3", ""])
def test_not_page_numbers(text):
    assert not is_page_number(text)


def test_item_numbers_order_with_letters_between():
    assert ordinal("4") < ordinal("4a") < ordinal("4b") < ordinal("5") < ordinal("12")
    assert ordinal("4a") == pytest.approx(4.01)


def test_lettered_items_order_by_the_alphabet():
    assert (ordinal("A"), ordinal("b"), ordinal("C")) == (1.0, 2.0, 3.0)


def test_a_number_without_digits_or_letters_has_no_place():
    assert ordinal("?") == 0.0


def _vocabulary_imports(path: Path) -> set[str]:
    """The names a module imports from vocabulary.py (a module-level import of it counts as '*')."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[-1] == "vocabulary":
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and any(alias.name == "vocabulary" for alias in node.names):
            names.add("*")
        elif isinstance(node, ast.Import) and any(alias.name.endswith("vocabulary") for alias in node.names):
            names.add("*")
    return names


@pytest.mark.parametrize("module", ["pdf.py", "pdf_bounds.py", "docx.py", "text.py", "ocr.py"])
def test_layout_readers_know_no_danish_words(module):
    """Readers of printed layout give lines from layout alone; what a line says is for the
    cleaning stage and the extractors (page furniture by `shapes`, items by `extract`)."""
    assert _vocabulary_imports(READERS_DIR / module) == set()


def test_readers_import_from_vocabulary_only_what_they_write_or_repair():
    """Structured sources (web pages' markup, the API) write labels before values they know
    (`STRUCTURED_LABELS`), and OCR repair knows short words that get glued together; no reader
    looks for item, page or heading words."""
    allowed = {"STRUCTURED_LABELS", "OCR_BULLET_LOOKALIKES", "OCR_GLUED_AFTER", "OCR_GLUED_BEFORE", "OCR_SECTION_SIGN_CONTEXT"}
    for path in sorted(READERS_DIR.glob("*.py")):
        assert _vocabulary_imports(path) <= allowed, path.name


def test_the_import_scan_sees_an_import_of_vocabulary(tmp_path):
    module = tmp_path / "reader.py"
    module.write_text("from ..vocabulary import ITEM_WORDS\nfrom .. import vocabulary\n", encoding="utf-8")
    assert _vocabulary_imports(module) == {"ITEM_WORDS", "*"}
