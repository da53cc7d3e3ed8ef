from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn

from referat_parser import parse_bytes
from referat_parser.errors import ReferatError
from referat_parser.readers import read_bytes


def build() -> bytes:
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Økonomiudvalget – 3. marts 2025"
    d.sections[0].footer.paragraphs[0].text = "Side 1 af 2"
    d.add_heading("Referat", 0)
    table = d.add_table(rows=3, cols=2)
    for row, (label, value) in enumerate([("Tid", "3. marts 2025, kl. 16.00-18.00"), ("Sted", "Rådhuset, lokale 2"), ("Afbud", "Bo Ibsen")]):
        table.cell(row, 0).text = label
        table.cell(row, 1).text = value
    d.add_paragraph("Godkendelse af dagsorden", style="List Number")
    d.add_paragraph("Beslutning").runs[0].bold = True
    d.add_paragraph("Godkendt.")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("Budget for æbler, øl og ål", style="List Number")
    d.add_paragraph("Indstilling").runs[0].bold = True
    d.add_paragraph("Det indstilles, at")
    d.add_paragraph("udvalget godkender budgettet", style="List Bullet")
    d.add_paragraph("udvalget drøfter takster", style="List Bullet")
    p = d.add_paragraph("Se ")
    _hyperlink(p, "vejledningen")
    d.add_paragraph("Beslutning").runs[0].bold = True
    d.add_paragraph("Godkendt med bemærkninger.")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _hyperlink(paragraph, text: str) -> None:
    link = paragraph._p.makeelement(qn("w:hyperlink"), {})
    run = link.makeelement(qn("w:r"), {})
    t = run.makeelement(qn("w:t"), {})
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


@pytest.fixture(scope="module")
def data() -> bytes:
    return build()


def test_order_tables_numbering_and_cues(data):
    raw = read_bytes(data, "x.docx")
    texts = [line.text for line in raw.lines if line.text]
    assert texts[:6] == [
        "Referat", "Tid\t3. marts 2025, kl. 16.00-18.00", "Sted\tRådhuset, lokale 2", "Afbud\tBo Ibsen",
        "1. Godkendelse af dagsorden", "Beslutning",
    ]
    assert "2. Budget for æbler, øl og ål" in texts  # Word's automatic numbering rendered
    assert "• udvalget godkender budgettet" in texts
    assert "Se vejledningen" in texts  # hyperlink text kept
    lines = {line.text: line for line in raw.lines}
    assert lines["Referat"].heading and lines["Beslutning"].bold and "Tid\t3. marts 2025, kl. 16.00-18.00" in lines


def test_headers_and_footers_are_furniture_not_body(data):
    raw = read_bytes(data, "x.docx")
    assert "Side 1 af 2" not in [line.text for line in raw.lines]
    assert [f.text for f in raw.furniture] == ["Økonomiudvalget – 3. marts 2025", "Side 1 af 2"]


def test_page_breaks_give_pages(data):
    raw = read_bytes(data, "x.docx")
    assert raw.pages == 2
    pages = {line.text: line.page for line in raw.lines if line.text}
    assert pages["1. Godkendelse af dagsorden"] == 1 and pages["2. Budget for æbler, øl og ål"] == 2


def test_parsed(data):
    doc = parse_bytes(data, "x.docx")
    assert (doc.meeting.body, doc.meeting.date, doc.meeting.start_time, doc.meeting.location) == (
        "Økonomiudvalget", "2025-03-03", "16:00", "Rådhuset, lokale 2",
    )
    assert [(a.name, a.status) for a in doc.attendees] == [("Bo Ibsen", "absent")]
    assert [(i.number, i.title, i.page_start, i.decision) for i in doc.items] == [
        ("1", "Godkendelse af dagsorden", 1, "Godkendt."),
        ("2", "Budget for æbler, øl og ål", 2, "Godkendt med bemærkninger."),
    ]
    assert doc.items[1].recommendations == ["udvalget godkender budgettet", "udvalget drøfter takster"]


def test_no_recorded_breaks_no_pages():
    d = docx.Document()
    d.add_paragraph("Referat")
    buf = io.BytesIO()
    d.save(buf)
    raw = read_bytes(buf.getvalue(), "x.docx")
    assert raw.pages is None and raw.lines[0].page is None


def test_corrupt_docx(data):
    broken = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(broken, "w") as dst:
        for item in src.infolist():
            content = src.read(item.filename)
            dst.writestr(item, content[: len(content) // 2] if item.filename == "word/document.xml" else content)
    with pytest.raises(ReferatError) as err:
        read_bytes(broken.getvalue(), "x.docx")
    assert err.value.code == "corrupt-docx"


def test_zip_bomb_is_refused_before_unpacking():
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b" " * (1024 * 1024)
            for _ in range(300):
                member.write(chunk)
    with pytest.raises(ReferatError) as err:
        read_bytes(bomb.getvalue(), "x.docx")
    assert err.value.code == "zip-bomb"


def test_zip_without_word_document():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "hej")
    with pytest.raises(ReferatError) as err:
        read_bytes(buf.getvalue(), "x.docx")
    assert err.value.reason == "not a Word document (a zip file without word/document.xml)"


def _wrap_in_content_control(element) -> None:
    """Put `element` inside <w:sdt><w:sdtPr/><w:sdtContent>…</w:sdtContent></w:sdt> where it stands."""
    sdt = element.makeelement(qn("w:sdt"), {})
    sdt.append(sdt.makeelement(qn("w:sdtPr"), {}))
    content = sdt.makeelement(qn("w:sdtContent"), {})
    element.addprevious(sdt)
    content.append(element)
    sdt.append(content)


def _text_box_with_fallback(paragraph, text: str) -> None:
    """A run holding <mc:AlternateContent> with the same text in its Choice and its Fallback."""
    from lxml import etree

    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    xml = (
        f'<w:r xmlns:w="{w}" xmlns:mc="{mc}"><mc:AlternateContent>'
        f"<mc:Choice Requires=\"wps\"><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></mc:Choice>"
        f"<mc:Fallback><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )
    paragraph._p.append(etree.fromstring(xml))


def test_content_controls_are_read_and_text_box_fallbacks_once():
    d = docx.Document()
    title = d.add_paragraph("Referat")
    _wrap_in_content_control(title._p)
    table = d.add_table(rows=2, cols=2)
    for row, (label, value) in enumerate([("Dato", "3. marts 2025"), ("Sted", "Rådhuset")]):
        table.cell(row, 0).text = label
        table.cell(row, 1).text = value
    _wrap_in_content_control(table.rows[1]._tr)  # a repeating-section row
    _wrap_in_content_control(table.cell(0, 1).paragraphs[0]._p)  # a field inside a cell
    _text_box_with_fallback(d.add_paragraph(), "Økonomiudvalget")
    buf = io.BytesIO()
    d.save(buf)
    texts = [line.text for line in read_bytes(buf.getvalue(), "x.docx").lines if line.text]
    assert texts == ["Referat", "Dato\t3. marts 2025", "Sted\tRådhuset", "Økonomiudvalget"]


def test_a_cell_of_several_paragraphs_gives_its_row_several_lines():
    d = docx.Document()
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Medlemmer"
    table.cell(0, 1).text = "Lene Vinter (A), formand"
    table.cell(0, 1).add_paragraph("Jakob Ring (V)")
    table.cell(0, 1).add_paragraph("Susanne Bach (A)")
    table.cell(1, 0).text = "Afbud"
    table.cell(1, 1).text = "Jakob Ring (V)"
    buf = io.BytesIO()
    d.save(buf)
    texts = [line.text for line in read_bytes(buf.getvalue(), "x.docx").lines if line.text]
    assert texts == ["Medlemmer\tLene Vinter (A), formand", "Jakob Ring (V)", "Susanne Bach (A)", "Afbud\tJakob Ring (V)"]
    doc = parse_bytes(buf.getvalue(), "x.docx")
    assert [(a.name, a.status) for a in doc.attendees] == [
        ("Lene Vinter", "present"), ("Jakob Ring", "absent"), ("Susanne Bach", "present"),
    ]


def _typed(paragraphs: list[str]) -> bytes:
    d = docx.Document()
    for text in paragraphs:
        d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_document_typed_with_empty_paragraphs_between_blocks_has_its_blank_lines_there_only():
    """One paragraph per line, Enter twice between blocks: the blocks of a text file."""
    typed = ["Valg af ordstyrer.", "Ole Berg blev valgt.", "", "Beretning.", "Beretningen blev godkendt.", "",
             "Regnskab.", "Godkendt.", "", "Eventuelt.", "Intet."]
    lines = [line.text for line in read_bytes(_typed(typed), "x.docx").lines]
    assert lines == typed


def test_paragraphs_of_prose_stand_apart_even_where_empty_paragraphs_separate_the_items():
    prose = "Kommunen har bedt om bemærkninger til planen, og rådet har drøftet den på to møder. " * 3
    typed = ["1. Høring", prose, prose, "", "2. Budget", prose, "Godkendt.", "", "3. Eventuelt", "Intet.", "", "Slut"]
    lines = [line.text for line in read_bytes(_typed(typed), "x.docx").lines]
    assert lines[:4] == ["1. Høring", "", prose.rstrip(), ""]  # every paragraph apart: Word's paragraph spacing
