from __future__ import annotations

import pytest
from pdfs import image_only_pdf, make_pdf, minutes_pdf, text_pdf

from referat_parser import parse_bytes
from referat_parser.errors import ReferatError
from referat_parser.readers import ReadOptions, read_bytes


@pytest.fixture(scope="module")
def minutes() -> bytes:
    return minutes_pdf()


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_lines_pages_and_layout_cues(minutes, engine):
    raw = read_bytes(minutes, "x.pdf", ReadOptions(pdf_engine=engine))
    body = [(line.text, line.page) for line in raw.lines if line.text]
    assert body[:2] == [("Økonomiudvalget – Referat – 3. marts 2025", 1), ("Referat", 1)]  # page 1 keeps its title
    assert ("Første linje i afsnittet om æbler, øl og ål", 2) in body
    assert raw.pages == 2
    title = next(line for line in raw.lines if line.text == "1. Godkendelse af dagsorden")
    assert title.bold and title.x0 == pytest.approx(56, abs=2)
    assert all(line.bold for line in raw.lines if line.text in ("Referat", "Beslutning", "Sagsfremstilling"))  # not only items
    body_line = next(line for line in raw.lines if line.text == "fortsætter her.")
    assert not body_line.bold and body_line.x0 == pytest.approx(56, abs=2) and body_line.top is not None


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_running_header_and_page_numbers_are_furniture(minutes, engine):
    raw = read_bytes(minutes, "x.pdf", ReadOptions(pdf_engine=engine))
    texts = [line.text for line in raw.lines]
    assert "Side 2 af 2" not in texts and "Side 1 af 2" not in texts
    assert "Økonomiudvalget – Referat – 3. marts 2025" not in texts[3:]  # kept on page 1 only, as the title
    assert "Side 2 af 2" in [line.text for line in raw.furniture]


def test_paragraph_gaps_become_blank_lines(minutes):
    texts = [line.text for line in read_bytes(minutes, "x.pdf").lines]
    i = texts.index("fortsætter her.")
    assert texts[i - 1] == "Første linje i afsnittet om æbler, øl og ål"  # same paragraph
    assert texts[i + 1] == "" and texts[i + 2] == "Nyt afsnit efter et mellemrum."


def test_engines_agree_on_text(minutes):
    a = [line.text for line in read_bytes(minutes, "x.pdf", ReadOptions(pdf_engine="pdfium")).lines if line.text]
    b = [line.text for line in read_bytes(minutes, "x.pdf", ReadOptions(pdf_engine="pdfplumber")).lines if line.text]
    assert a == b


def test_parsed_minutes_with_item_pages(minutes):
    doc = parse_bytes(minutes, "x.pdf")
    assert (doc.meeting.body, doc.meeting.date, doc.meeting.start_time) == ("Økonomiudvalget", "2025-03-03", "16:00")
    assert [(i.number, i.page_start, i.page_end, i.decision) for i in doc.items] == [("1", 1, 1, "Godkendt."), ("2", 2, 2, "Godkendt.")]
    assert doc.items[1].sections[0].text == "Første linje i afsnittet om æbler, øl og ål fortsætter her.\n\nNyt afsnit efter et mellemrum."
    assert doc.source.pages == 2 and doc.source.format == "pdf"


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_hyphens_at_line_ends(engine):
    pdf = make_pdf([[("Det specialiserede social-", "Helvetica", 0), ("område i Nord-", "Helvetica", 12),
                     ("jylland, for børne-", "Helvetica", 12), ("og ungeområdet, Henrik Aarup-", "Helvetica", 12),
                     ("Kristensen og aftalen 2021-", "Helvetica", 12), ("2022.", "Helvetica", 12)]], footer=False)
    from referat_parser.cleaning import clean

    raw = read_bytes(pdf, "x.pdf", ReadOptions(pdf_engine=engine))
    text = " ".join(line.text for line in clean(raw))
    assert text == (
        "Det specialiserede socialområde i Nordjylland, for børne- og ungeområdet, "
        "Henrik Aarup-Kristensen og aftalen 2021-2022."
    )


def test_scan_has_no_text_layer():
    with pytest.raises(ReferatError) as err:
        read_bytes(image_only_pdf(), "scan.pdf", ReadOptions(ocr="never"))
    assert err.value.code == "no-text-layer" and err.value.reason.startswith("no text layer (scanned PDF?)")


def test_encrypted_pdf():
    data = minutes_pdf(encrypt="hemmelig")
    with pytest.raises(ReferatError) as err:
        read_bytes(data, "x.pdf")
    assert err.value.code == "encrypted" and "--password" in err.value.reason
    with pytest.raises(ReferatError) as err:
        read_bytes(data, "x.pdf", ReadOptions(password="forkert"))
    assert err.value.reason == "wrong password for this encrypted PDF"
    assert "Referat" in [line.text for line in read_bytes(data, "x.pdf", ReadOptions(password="hemmelig")).lines]


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_broken_pdfs(minutes, engine):
    for data in (minutes[: len(minutes) // 3], b"%PDF-1.4\n" + bytes(range(256)) * 20):
        with pytest.raises(ReferatError) as err:
            read_bytes(data, "x.pdf", ReadOptions(pdf_engine=engine))
        assert err.value.code in ("corrupt-pdf", "no-text-layer")


def test_cells_of_one_row_become_one_tab_separated_line():
    from referat_parser.document import Line
    from referat_parser.readers.pdf import merge_same_baseline

    lines = [Line("6.", 1, 74, 451), Line("Titel der ombrydes", 1, 103, 451), Line("og fortsætter", 1, 103, 466), Line("12", 1, 500, 451)]
    assert [line.text for line in merge_same_baseline(lines)] == ["6.\tTitel der ombrydes\t12", "og fortsætter"]


def test_table_cells_on_one_line_are_told_apart_in_item_rows():
    text = "Referat\n\nDagsorden\tBeslutning\n1. Godkendelse af dagsorden\tGodkendt.\n2. Budget\tBudgettet blev vedtaget.\nAlle stemte for.\n"
    lines = [line.text for line in read_bytes(text_pdf(text, "Menighedsrådet"), "x.pdf").lines if line.text]
    assert "1. Godkendelse af dagsorden\tGodkendt." in lines
    assert "2. Budget\tBudgettet blev vedtaget." in lines
    assert "Alle stemte for." in lines  # no cells: read as it stands


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_every_row_of_a_table_keeps_its_cells(engine):
    """A name/party/status table reads the same under both engines: cells from the gaps
    between them on the page, whatever the row says."""
    text = "Referat\n\nDeltagere\nNavn\tParti\tStatus\nLene Vinter\tA\tMødt\nJakob Ring\tV\tAfbud\nEmma Krog\tØ\tMødt\n"
    lines = [line.text for line in read_bytes(text_pdf(text, "Skoleudvalget"), "x.pdf", ReadOptions(pdf_engine=engine)).lines]
    assert ["Navn\tParti\tStatus", "Lene Vinter\tA\tMødt", "Jakob Ring\tV\tAfbud", "Emma Krog\tØ\tMødt"] == lines[lines.index("Deltagere") + 1:][:4]


def test_page_text_is_what_pypdfium2_gives(minutes):
    """The reader loads pages and their text through pdfium's C API; the text is the same as
    pypdfium2's own PdfTextPage.get_text_range() gives, on a page with text and on one without."""
    import pypdfium2
    import pypdfium2.raw as pdfium_c

    from referat_parser.readers.pdf import _page_text

    for data in (minutes, image_only_pdf()):
        pdf = pypdfium2.PdfDocument(data)
        try:
            for page in pdf:
                textpage = page.get_textpage()
                assert _page_text(pdfium_c, textpage.raw) == textpage.get_text_range()
                textpage.close()
                page.close()
        finally:
            pdf.close()


def _turned_minutes(rotation: int) -> bytes:
    """Two pages of minutes displayed turned by /Rotate (a landscape page, a page scanned upside
    down), the text drawn turned the other way so that it reads upright on screen."""
    from io import BytesIO

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    width, height = A4  # the page before it is turned
    body = [("Referat", 0), ("Økonomiudvalget", 16), ("Mødet den 3. marts 2025", 16), ("1. Godkendelse af dagsorden", 30),
            ("Beslutning", 16), ("Godkendt.", 16), ("2. Eventuelt", 30), ("Intet.", 16)]
    shown_height = width if rotation % 180 else height
    buf = BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)

    def draw(down: float, across: float, text: str, size: int = 10) -> None:
        """`text` at `down` points from the top and `across` from the left of the page as shown."""
        c.saveState()
        c.setFont("Helvetica", size)
        if rotation == 90:
            c.translate(down, across)
        elif rotation == 180:
            c.translate(width - across, down)
        elif rotation == 270:
            c.translate(width - down, height - across)
        else:
            c.translate(across, height - down)
        c.rotate(rotation)
        c.drawString(0, 0, text)
        c.restoreState()

    for number in (1, 2):
        c.setPageRotation(rotation)
        draw(28, 56, "Økonomiudvalget – Referat", 8)
        draw(shown_height - 20, 400, f"Side {number} af 2", 8)
        down = 80.0
        for text, gap in body:
            down += gap
            draw(down, 56, text)
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_a_turned_page_reads_as_the_same_page_upright(rotation: int):
    upright, turned = read_bytes(_turned_minutes(0), "x.pdf"), read_bytes(_turned_minutes(rotation), "x.pdf")
    assert [line.text for line in turned.lines] == [line.text for line in upright.lines]
    assert [line.text for line in turned.furniture] == ["Side 1 af 2", "Økonomiudvalget – Referat", "Side 2 af 2"]
    assert [round(line.top) for line in turned.lines if line.text] == [round(line.top) for line in upright.lines if line.text]
    assert [item.title for item in parse_bytes(_turned_minutes(rotation), "x.pdf").items] == [
        "Godkendelse af dagsorden", "Eventuelt"]


def test_a_pdf_locked_only_against_changes_is_read_without_a_password():
    from reportlab.lib import pdfencrypt

    locked = pdfencrypt.StandardEncryption(userPassword="", ownerPassword="hemmelig", canModify=0, canCopy=0)
    assert [line.text for line in read_bytes(minutes_pdf(encrypt=locked), "x.pdf").lines] == [
        line.text for line in read_bytes(minutes_pdf(), "x.pdf").lines]


def test_ligatures_and_soft_hyphens_read_as_plain_words():
    from io import BytesIO

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))  # has ﬁ, ﬂ and U+00AD
    buf = BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("DejaVuSans", 10)
    y = 780
    for text in ["Referat", "Mødet den 3. marts 2025", "", "1. Godkendelse af ﬁnansiering", "Beslut\u00adning", "Godkendt ﬂot.",
                 "", "2. Even\u00adtuelt", "Intet."]:
        y -= 16 if text else 10  # an empty entry: a paragraph's gap
        c.drawString(56, y, text)
    c.showPage()
    c.save()
    doc = parse_bytes(buf.getvalue(), "x.pdf")
    assert [(item.title, item.decision) for item in doc.items] == [
        ("Godkendelse af finansiering", "Godkendt flot."), ("Eventuelt", None)]
