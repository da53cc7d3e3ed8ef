"""The shared shapes (shapes.py): page numbers, item labels and item-number order, on snippets
as they are printed in minutes."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from referat_parser import readers
from referat_parser.shapes import (
    ITEM_LABEL_LINE,
    ITEM_STARTS,
    LOOSE_ITEM_START,
    TIME_SLOT_PREFIX,
    could_start_item,
    furniture_shape,
    is_lower_case_roman,
    is_page_number,
    ordinal,
)

READERS_DIR = Path(readers.__file__).parent


@pytest.mark.parametrize("text", ["3", "Side 3", "side 3 af 40", "Side 12 af 12", "Page 2 of 5", "3/40", "12 / 16",
                                  "- 3 -", "– 14 –", "s. 4", "Side3", "  7  "])
def test_page_numbers(text):
    assert is_page_number(text)


@pytest.mark.parametrize("text", ["24/4567", "12/3", "12 pladser", "Side 3 i bilaget", "3. Budget", "§ 9",
                                  "Punkt 4", "- 3", ""])
def test_not_page_numbers(text):
    assert not is_page_number(text)


def _item_start(text: str) -> tuple[str, str, str] | None:
    """(style, number, title) of the first style that fits, as the item finder tries them."""
    if not could_start_item(text):
        return None
    for style, pattern in ITEM_STARTS.items():
        m = pattern.match(text)
        if m and not is_lower_case_roman(m.group("num")):
            return style, m.group("num"), m.group("title")
    return None


@pytest.mark.parametrize("text, expected", [
    ("1. Godkendelse af dagsorden", ("dot", "1", "Godkendelse af dagsorden")),
    ("12.Budget 2026", ("dot", "12", "Budget 2026")),
    ("3) Valg af revisor", ("paren", "3", "Valg af revisor")),
    ("4: Eventuelt", ("colon", "4", "Eventuelt")),
    ("Punkt 4: Lokalplan for Skovbrynet", ("punkt", "4", "Lokalplan for Skovbrynet")),
    ("Pkt. 7 - Regnskab", ("punkt", "7", "Regnskab")),
    ("Sag nr. 83 Ansøgning om tilskud", ("punkt", "83", "Ansøgning om tilskud")),
    ("Dagsordenspunkt 2", ("punkt", "2", "")),
    ("Ad pkt. 3) Orientering", ("punkt", "3", "Orientering")),
    ("§ 9 Vedtægtsændringer", ("paragraph", "9", "Vedtægtsændringer")),
    ("B: Meddelelser", ("letter", "B", "Meddelelser")),
    ("5\tEventuelt", ("cell", "5", "Eventuelt")),
    ("6.", ("bare", "6", "")),
    ("2 Godkendelse af referat", ("space", "2", "Godkendelse af referat")),
    ("4a. Tillægsbevilling", ("dot", "4a", "Tillægsbevilling")),
    ("Nr. 3 Budget", ("punkt", "3", "Budget")),
    ("Emne 1: Regnskab", ("punkt", "1", "Regnskab")),
    ("Punkt 1/2025: Budget", ("year", "1", "Budget")),
    ("Ad II.", ("punkt", "II", "")),  # a roman numeral after an item label
    ("Ad punkt 3 på dagsordenen: Regnskab", ("punkt", "3", "Regnskab")),
    ("3. punkt: Regnskab", ("dot", "3", "Regnskab")),  # the item word after the number
    ("3. Sag om vejen", ("dot", "3", "Sag om vejen")),
    ("Punkt IV: Valg", ("punkt", "IV", "Valg")),
    # a case number shaped as one: an item only in a run that starts at 1 (tests/test_items.py)
    ("Sag 12/2024 Lokalplan", ("year", "12", "Lokalplan")),
])
def test_item_starts(text, expected):
    assert _item_start(text) == expected


@pytest.mark.parametrize("text", [
    "3. marts 2025 kl. 16.00",  # a date, not item 3
    "Pkt. 4 og 5 behandles samlet",  # one label for two items
    "Mødet sluttede kl. 21.30.",
    "Ad Vejle kom tre gæster",  # a capital after "Ad" that only opens a word
    "Ad i alt 14 forslag",  # a roman numeral after an item label only in capitals
    "1.000 kr. blev bevilget",
    "",
])
def test_not_item_starts(text):
    assert _item_start(text) is None


@pytest.mark.parametrize("text, rest", [
    ("17.00-17.05 1. Godkendelse", "1. Godkendelse"),
    ("Kl. 19.30 Eventuelt", "Eventuelt"),
    ("9:15 – 9:45\tBudget", "Budget"),
])
def test_time_slots_before_items(text, rest):
    m = TIME_SLOT_PREFIX.match(text)
    assert m and text[m.end():] == rest


@pytest.mark.parametrize("text", ["3.1 Regnskab", "1.000 kr. blev bevilget", "25.30 Title", "12.03.2025 Referat"])
def test_no_time_slots(text):
    assert TIME_SLOT_PREFIX.match(text) is None


def test_bare_item_labels_end_their_line():
    assert ITEM_LABEL_LINE.search("Punkt 3") and ITEM_LABEL_LINE.search("Pkt. 4 og 5") and ITEM_LABEL_LINE.search("Side 2  Sag nr. 12")
    assert not ITEM_LABEL_LINE.search("Punkt 3 Budget") and not ITEM_LABEL_LINE.search("Beslutning")


def test_numbers_as_ocr_leaves_them():
    m = LOOSE_ITEM_START.match("i . Valg af dirigent")
    assert m and (m.group("num"), m.group("mark"), m.group("title")) == ("i", ".", "Valg af dirigent")
    assert LOOSE_ITEM_START.match("10. .Indkøb").group("num") == "10"
    assert LOOSE_ITEM_START.match("Mødet sluttede") is None


def test_running_footers_of_different_pages_share_one_shape():
    assert furniture_shape("Side 3 af 9") == furniture_shape("side  4 af 9") == furniture_shape("Side 12 af 9.")
    assert furniture_shape("Økonomiudvalget 12.03.2025") == furniture_shape("økonomiudvalget 13.03.2025")
    assert furniture_shape("Side 3 af 9") != furniture_shape("Bilag 3 af 9")


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


# What each reader may take from vocabulary.py. Readers of printed layout take nothing: they give
# lines from layout alone, and what a line says is for the cleaning stage and the extractors (page
# furniture by `shapes`, items by `extract`). Structured sources (web pages' markup, the API) write
# labels before values they know; OCR repair knows short words that get glued together. A new
# reader is added here, so its vocabulary is decided, not inherited.
READER_VOCABULARY = {
    "__init__.py": set(),
    "pdf.py": set(),
    "pdf_bounds.py": set(),
    "docx.py": set(),
    "odt.py": set(),
    "text.py": set(),
    "ocr.py": set(),
    "html.py": {"STRUCTURED_LABELS"},
    "firstagenda_api.py": {"STRUCTURED_LABELS"},
    "ocr_cleanup.py": {"OCR_BULLET_LOOKALIKES", "OCR_GLUED_AFTER", "OCR_GLUED_BEFORE", "OCR_SECTION_SIGN_CONTEXT"},
}


def test_every_reader_module_has_its_vocabulary_decided():
    assert sorted(p.name for p in READERS_DIR.glob("*.py")) == sorted(READER_VOCABULARY)


@pytest.mark.parametrize("module", sorted(READER_VOCABULARY))
def test_readers_import_from_vocabulary_only_what_they_write_or_repair(module):
    """No reader looks for item, page or heading words; the web and API readers take the labels
    they write from `STRUCTURED_LABELS`."""
    assert _vocabulary_imports(READERS_DIR / module) <= READER_VOCABULARY[module]


def _words_written_into_lines(path: Path) -> list[str]:
    """The letters a module spells itself in the text of the `Line`s it makes: string constants
    in a `Line(...)` call's arguments, f-string pieces included; values it reads (names,
    `STRUCTURED_LABELS[...]`, calls) are not looked into."""
    found: list[str] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, (ast.Subscript, ast.Call, ast.Name, ast.Attribute)):
            return
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and any(c.isalpha() for c in node.value):
            found.append(node.value)
        for child in ast.iter_child_nodes(node):
            visit(child)

    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == "Line":
            for argument in (*node.args, *(k.value for k in node.keywords)):
                visit(argument)
    return found


@pytest.mark.parametrize("module", sorted(READER_VOCABULARY))
def test_readers_write_no_word_of_their_own_into_lines(module):
    """A reader's lines hold the source's text, the source's markup as cues (heading, bold, tab
    between cells, "• " before a list entry) and labels from vocabulary.py — never a word spelled
    in the reader (`Line("Bilag", heading=True)` would hide a Danish word from vocabulary.py)."""
    assert _words_written_into_lines(READERS_DIR / module) == []


def test_the_line_scan_sees_a_word_spelled_into_a_line(tmp_path):
    module = tmp_path / "reader.py"
    module.write_text(
        'lines = [Line("Bilag", heading=True), Line(f"Sagsnr.: {number}"), Line(text=f"{LABELS[\'date\']}: {when}"),'
        ' Line(f"{number}\\t{title}" if number else title), Line(" ".join(words))]\n',
        encoding="utf-8",
    )
    assert _words_written_into_lines(module) == ["Bilag", "Sagsnr.: "]


def test_the_import_scan_sees_an_import_of_vocabulary(tmp_path):
    module = tmp_path / "reader.py"
    module.write_text("from ..vocabulary import ITEM_WORDS\nfrom .. import vocabulary\n", encoding="utf-8")
    assert _vocabulary_imports(module) == {"ITEM_WORDS", "*"}


def test_roman_item_numbers_have_their_value_as_order():
    from referat_parser.shapes import ordinal, roman_value

    assert [roman_value(n) for n in ("I", "II", "IV", "IX", "XIV", "IIII", "VX", "A")] == [1, 2, 4, 9, 14, None, None, None]
    assert [ordinal(n) for n in ("III", "B", "4a")] == [3.0, 2.0, 4.01]


@pytest.mark.parametrize("text, pages, expected", [
    ("2025", None, False), ("2025", 12, False), ("14", 12, False), ("12", 12, True), ("3", None, True),
    ("Side 3 af 3", 2, True),  # a page of a longer document, extracted
])
def test_a_bare_number_is_a_page_number_only_within_the_documents_pages(text, pages, expected):
    from referat_parser.shapes import is_page_number

    assert is_page_number(text, pages) is expected


def test_outline_numbering_opens_an_item_and_its_sub_points_do_not():
    m = ITEM_STARTS["dot"].match("3.0 Udearealer")
    assert m and (m.group("num"), m.group("title")) == ("3", "Udearealer")
    assert ITEM_STARTS["dot"].match("3.1 Legepladsen") is None and ITEM_STARTS["dot"].match("2.0 mio. kr. til vejene") is None


@pytest.mark.parametrize("line, style", [("(3) Vaskeriet", "paren"), ("3 - Vaskeriet", "colon"), ("3 – Vaskeriet", "colon")])
def test_bracketed_and_dashed_numbers_open_an_item(line, style):
    m = ITEM_STARTS[style].match(line)
    assert m and (m.group("num"), m.group("title")) == ("3", "Vaskeriet")



def test_a_dash_after_a_number_opens_no_item_before_a_number():
    assert ITEM_STARTS["colon"].match("3 - 4 personer") is None and ITEM_STARTS["colon"].match("3 -Vaskeriet") is None
