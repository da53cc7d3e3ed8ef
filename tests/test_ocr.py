"""OCR in the PDF reader, with a fake engine that returns line boxes (no Tesseract needed):
which pages are read in each --ocr mode, how OCR lines enter the line model, the install hint
where the engine is missing, and the leader pass."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from pdfs import image_only_pdf, minutes_pdf, scan_of

from referat_parser.cli import cli
from referat_parser.errors import ReferatError
from referat_parser.readers import ReadOptions, ocr, read_bytes
from referat_parser.readers.ocr import OcrMode, OcrUnavailable, PageImage
from referat_parser.readers.ocr_cleanup import LEADER, OcrLine, OcrWord

DESCRIPTION = "fake 1.0, language dan, page segmentation mode 6"


def words(text: str, top: float, left: float = 300, height: float = 40, known: bool = True) -> OcrLine:
    """A line of words 20 px apart, each 25 px wide per character (a 300 dpi page)."""
    out, x = [], left
    for word in text.split():
        out.append(OcrWord(word, known, x, top, x + 25 * len(word), top + height * 0.8))
        x += 25 * len(word) + 20
    return OcrLine(tuple(out), left, top, height)


class FakeEngine:
    description = DESCRIPTION

    def __init__(self, *pages: list[OcrLine]):
        self.pages = list(pages)
        self.images: list[PageImage] = []

    def read(self, image: PageImage) -> list[OcrLine]:
        self.images.append(image)
        return self.pages[min(len(self.images), len(self.pages)) - 1]


MINUTES_PAGE = [
    words("Referat", 300),
    words("Bestyrelsen for Grundejerforeningen Solbakken", 360),
    words("Mødet den 4. april 2024", 420),
    words("1. Valg af dirigent", 540),
    words("Anne Holm blev valgt.", 600),
    words("2. Regnskab", 700),
    words("Regnskabet blev godkendt.", 760),
]


@pytest.fixture
def fake(monkeypatch):
    engine = FakeEngine(MINUTES_PAGE)
    monkeypatch.setattr(ocr, "_engine", engine)
    return engine


@pytest.fixture
def no_engine(monkeypatch):
    def missing():
        raise OcrUnavailable(ocr.install_hint(binding=False, language_data=False))

    monkeypatch.setattr(ocr, "_engine", None)
    monkeypatch.setattr(ocr, "_make_engine", missing)


def test_a_page_without_text_is_read_by_ocr_into_the_line_model(fake):
    raw = read_bytes(image_only_pdf(), "scan.pdf")
    lines = [line for line in raw.lines if line.text]
    assert [line.text for line in lines][:3] == ["Referat", "Bestyrelsen for Grundejerforeningen Solbakken", "Mødet den 4. april 2024"]
    first = lines[0]
    assert (first.page, first.x0, first.top) == (1, 72.0, 72.0)  # pixels at 300 dpi → points
    assert fake.images[0].dpi == 300 and abs(fake.images[0].width - 595.28 * 300 / 72) <= 1
    assert [w.code for w in raw.warnings] == ["page-read-by-ocr"]
    assert raw.warnings[0].page == 1 and DESCRIPTION in raw.warnings[0].message


def test_the_scan_parses_like_minutes(fake):
    from referat_parser import parse_bytes

    doc = parse_bytes(image_only_pdf(), "scan.pdf")
    assert doc.meeting.date == "2024-04-04"
    assert [(item.number, item.title) for item in doc.items] == [("1", "Valg af dirigent"), ("2", "Regnskab")]


def test_pages_with_text_are_not_read_in_auto_mode(fake):
    raw = read_bytes(minutes_pdf(), "x.pdf")
    assert fake.images == [] and not any(w.code == "page-read-by-ocr" for w in raw.warnings)


def test_force_reads_every_page_again(fake):
    raw = read_bytes(minutes_pdf(), "x.pdf", ReadOptions(ocr="force"))
    assert len(fake.images) == 2
    assert [w.page for w in raw.warnings if w.code == "page-read-by-ocr"] == [1, 2]
    assert "--ocr force" in raw.warnings[0].message
    assert "Bestyrelsen for Grundejerforeningen Solbakken" in [line.text for line in raw.lines]


def test_never_gives_the_no_text_layer_answer(fake):
    with pytest.raises(ReferatError) as err:
        read_bytes(image_only_pdf(), "scan.pdf", ReadOptions(ocr="never"))
    assert err.value.code == "no-text-layer"
    assert err.value.reason == "no text layer (scanned PDF?); read it with OCR: --ocr auto"
    assert fake.images == []


def test_without_the_engine_a_scan_gets_the_install_hint(no_engine):
    with pytest.raises(ReferatError) as err:
        read_bytes(image_only_pdf(), "scan.pdf")
    assert err.value.code == "no-text-layer"
    assert err.value.reason == (
        "no text layer (scanned PDF?); to read it with OCR, install `apt-get install tesseract-ocr tesseract-ocr-dan` "
        "(Tesseract with its Danish data) and `pip install tesserocr` (or `pip install 'referat-parser[ocr]'`)"
    )


def test_without_the_engine_force_is_refused_and_text_pdfs_still_read(no_engine):
    with pytest.raises(ReferatError) as err:
        read_bytes(minutes_pdf(), "x.pdf", ReadOptions(ocr="force"))
    assert err.value.code == "ocr-unavailable" and "apt-get install tesseract-ocr" in err.value.reason
    assert "Referat" in [line.text for line in read_bytes(minutes_pdf(), "x.pdf").lines]


def test_install_hint_names_only_what_is_missing():
    assert ocr.install_hint(binding=True, language_data=False) == (
        "install `apt-get install tesseract-ocr tesseract-ocr-dan` (Tesseract with its Danish data)"
    )
    assert ocr.install_hint(binding=False, language_data=True) == (
        "install `pip install tesserocr` (or `pip install 'referat-parser[ocr]'`)"
    )


def test_ocr_that_finds_nothing_says_so(monkeypatch):
    monkeypatch.setattr(ocr, "_engine", FakeEngine([]))
    with pytest.raises(ReferatError) as err:
        read_bytes(image_only_pdf(), "scan.pdf")
    assert err.value.code == "no-text-layer" and "OCR found no text" in err.value.reason


def test_a_fine_scan_is_read_at_its_own_resolution_up_to_the_cap(fake):
    read_bytes(scan_of(minutes_pdf(), dpi=400), "scan.pdf")
    assert {image.dpi for image in fake.images} == {400}
    fake.images.clear()
    read_bytes(scan_of(minutes_pdf(), dpi=100), "scan.pdf")
    assert {image.dpi for image in fake.images} == {300}


def test_leaders_are_erased_and_the_page_read_again(monkeypatch):
    def line(*texts_and_boxes) -> OcrLine:
        return OcrLine(tuple(OcrWord(text, True, left, top, right, bottom) for text, (left, top, right, bottom) in texts_and_boxes), 300, 1000, 45)

    number, page = ("1.", (300, 1000, 340, 1040)), ("4", (1500, 1000, 1520, 1040))
    dots = ("ssseeennn", (590, 1030, 1400, 1038))  # a box far lower than the letters: dots read as letters
    engine = FakeEngine([line(number, ("va", (420, 1000, 470, 1040)), dots, page)],
                        [line(number, ("Budget", (420, 1000, 580, 1040)), page)])
    monkeypatch.setattr(ocr, "_engine", engine)
    raw = read_bytes(image_only_pdf(), "scan.pdf")  # a black box: the dots' spot is dark before, white after
    assert len(engine.images) == 2
    before, after = engine.images
    assert before.pixels[1034 * before.stride + 1000] < 128 and after.pixels[1034 * after.stride + 1000] == ocr.WHITE
    assert [line.text for line in raw.lines if line.text] == [f"1.\tBudget {LEADER}\t4"]  # wide gaps: cells, as in text-layer rows


def test_ocr_option_on_parse_batch_and_show():
    for command in ("parse", "batch", "show"):
        result = CliRunner().invoke(cli, [command, "--help"])
        assert "--ocr [auto|never|force]" in result.output


def test_read_options_take_the_mode_by_name():
    assert ReadOptions(ocr="never").ocr is OcrMode.NEVER
    assert ReadOptions().ocr is OcrMode.AUTO
    with pytest.raises(ValueError):
        ReadOptions(ocr="sometimes")
