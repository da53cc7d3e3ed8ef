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


# real-world Word variants ------------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS = (f'xmlns:w="{_W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:v="urn:schemas-microsoft-com:vml"')
_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _docx_of(*paragraphs_xml: str) -> bytes:
    """A document whose body holds these <w:p> elements (given without namespace declarations)."""
    from lxml import etree

    d = docx.Document()
    section = d.element.body[-1]
    for xml in paragraphs_xml:
        section.addprevious(etree.fromstring(xml.replace("<w:p>", f"<w:p {_NS}>", 1)))
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _rewritten(data: bytes, change) -> bytes:
    """The package with `change(name, content) -> content` applied to every member."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(info, change(info.filename, source.read(info.filename)))
    return out.getvalue()


def _lines(data: bytes, name: str = "x.docx") -> list[str]:
    return [line.text for line in read_bytes(data, name).lines if line.text]


def test_tracked_changes_keep_inserted_text_and_drop_deleted_and_moved_from_text():
    revision = 'w:author="Eva" w:date="2025-03-03T10:00:00Z"'
    data = _docx_of(
        "<w:p>" + _run("Udvalget ") + f'<w:ins w:id="1" {revision}>{_run("godkendte")}</w:ins>'
        + f'<w:del w:id="2" {revision}><w:r><w:delText>afviste</w:delText></w:r></w:del>' + _run(" sagen.") + "</w:p>",
        "<w:p>" + f'<w:moveFrom w:id="3" {revision}>{_run("Punktet blev udsat. ")}</w:moveFrom>' + _run("Intet.") + "</w:p>",
        "<w:p>" + f'<w:moveTo w:id="4" {revision}>{_run("Punktet blev udsat.")}</w:moveTo>' + "</w:p>",
    )
    assert _lines(data) == ["Udvalget godkendte sagen.", "Intet.", "Punktet blev udsat."]


def test_fields_give_their_result_never_their_code():
    data = _docx_of(
        "<w:p>" + _run("Side ") + f'<w:fldSimple w:instr=" PAGE ">{_run("3")}</w:fldSimple></w:p>',
        "<w:p>" + _run("Dato: ") + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> DATE \\@ "d. MMMM yyyy" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + _run("3. marts 2025")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
    )
    assert _lines(data) == ["Side 3", "Dato: 3. marts 2025"]


def test_each_paragraph_of_a_text_box_is_a_line_and_the_fallback_copy_is_not_read():
    box = "<w:txbxContent><w:p>" + _run("Dato: 3. marts 2025") + "</w:p><w:p>" + _run("Sted: Rådhuset") + "</w:p></w:txbxContent>"
    modern = ('<w:p>' + _run("Referat") + '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>' + box
              + '</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>' + box
              + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>")
    old = f"<w:p><w:r><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></w:r></w:p>"
    assert _lines(_docx_of(modern)) == ["Referat", "Dato: 3. marts 2025", "Sted: Rådhuset"]
    assert _lines(_docx_of(old)) == ["Dato: 3. marts 2025", "Sted: Rådhuset"]


def test_soft_line_breaks_tabs_and_hyperlinks():
    data = _docx_of(
        "<w:p>" + _run("Dato:") + "<w:r><w:tab/></w:r>" + _run("3. marts 2025") + "<w:r><w:br/></w:r>"
        + _run("Sted:") + "<w:r><w:tab/></w:r>" + _run("Rådhuset") + "</w:p>",
        "<w:p>" + _run("Se ") + f"<w:hyperlink>{_run('bilaget')}</w:hyperlink>" + _run(" her.") + "</w:p>",
    )
    assert _lines(data) == ["Dato:\t3. marts 2025", "Sted:\tRådhuset", "Se bilaget her."]


def test_merged_cells_give_their_text_once():
    d = docx.Document()
    table = d.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "Deltagere"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "Medlemmer"
    for row, (name, status) in enumerate([("Ole Berg", "Til stede"), ("Eva Holm", "Afbud")], start=1):
        table.cell(row, 1).text = name
        table.cell(row, 2).text = status
    buf = io.BytesIO()
    d.save(buf)
    texts = _lines(buf.getvalue())
    assert texts == ["Deltagere", "Medlemmer\tOle Berg\tTil stede", "Eva Holm\tAfbud"]


def _with_notes(data: bytes, kind: str, notes: dict[int, str]) -> bytes:
    """The package with a footnotes or endnotes part holding `notes` (id → text)."""
    body = "".join(f'<w:{kind} w:id="{n}"><w:p><w:r><w:{kind}Ref/></w:r>{_run(" " + text)}</w:p></w:{kind}>'
                   for n, text in notes.items())
    part = (f'<w:{kind}s xmlns:w="{_W}"><w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
            f"{body}</w:{kind}s>").encode()
    relationship = (f'<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}s" '
                    f'Target="{kind}s.xml"/></Relationships>').encode()
    content_type = (f'<Override PartName="/word/{kind}s.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                    f'wordprocessingml.{kind}s+xml"/></Types>').encode()

    def change(name: str, content: bytes) -> bytes:
        if name == "word/_rels/document.xml.rels":
            return content.replace(b"</Relationships>", relationship)
        if name == "[Content_Types].xml":
            return content.replace(b"</Types>", content_type)
        return content

    buf = io.BytesIO(_rewritten(data, change))
    with zipfile.ZipFile(buf, "a") as archive:
        archive.writestr(f"word/{kind}s.xml", part)
    return buf.getvalue()


@pytest.mark.parametrize("kind", ["footnote", "endnote"])
def test_notes_are_read_after_the_paragraph_that_refers_to_them(kind: str):
    data = _docx_of(
        "<w:p>" + _run("Godkendt.") + f'<w:r><w:{kind}Reference w:id="7"/></w:r></w:p>',
        "<w:p>" + _run("Eventuelt") + "</w:p>",
    )
    data = _with_notes(data, kind, {7: "Jf. bilag 3 om takster."})
    assert _lines(data) == ["Godkendt.", "[1] Jf. bilag 3 om takster.", "Eventuelt"]


@pytest.mark.parametrize("suffix, content_type", [
    (".docm", b"application/vnd.ms-word.document.macroEnabled.main+xml"),
    (".dotx", b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"),
    (".dotm", b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml"),
])
def test_macro_enabled_documents_and_templates_are_read_as_word(suffix: str, content_type: bytes):
    data = _rewritten(_typed(["Referat", "Godkendt."]),
                      lambda name, content: content.replace(_DOCUMENT_TYPE, content_type) if name == "[Content_Types].xml" else content)
    assert _lines(data, "minutes" + suffix) == ["Referat", "Godkendt."]
    assert _lines(data, None) == ["Referat", "Godkendt."]


def test_a_list_split_over_numbering_instances_of_one_definition_counts_on_and_a_restart_starts_again():
    """Word counts per list definition (abstractNum): item headings numbered through two numIds of
    one definition read 1, 2, 3; a numId with a startOverride starts again where it is first used."""
    from lxml import etree

    d = docx.Document()
    numbering = d.part.numbering_part.element
    definition = etree.fromstring(
        f'<w:abstractNum {_NS} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/></w:lvl></w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    (first_num.addprevious if first_num is not None else numbering.append)(definition)
    for num_id, override in (("91", ""), ("92", ""), ("93", '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>')):
        numbering.append(etree.fromstring(
            f'<w:num {_NS} w:numId="{num_id}"><w:abstractNumId w:val="90"/>{override}</w:num>'))
    for num_id, text in (("91", "Godkendelse af dagsorden"), ("92", "Budget"), ("91", "Eventuelt"),
                         ("93", "Første bilag"), ("93", "Andet bilag")):
        paragraph = d.add_paragraph(text)
        paragraph._p.insert(0, etree.fromstring(
            f'<w:pPr {_NS}><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>'))
    buf = io.BytesIO()
    d.save(buf)
    assert _lines(buf.getvalue()) == ["1. Godkendelse af dagsorden", "2. Budget", "3. Eventuelt", "1. Første bilag", "2. Andet bilag"]


def _with_imported_part(content_type: str, blob: bytes, name: str) -> bytes:
    """A document whose body is a paragraph, an imported part (<w:altChunk>) and a paragraph."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from lxml import etree

    d = docx.Document()
    d.add_paragraph("Referat")
    part = Part(PackURI(f"/word/{name}"), content_type, blob, d.part.package)
    relationship = d.part.relate_to(part, RT.A_F_CHUNK)
    d.element.body[-1].addprevious(etree.fromstring(
        f'<w:altChunk {_NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="{relationship}"/>'))
    d.add_paragraph("Mødet hævet kl. 18.")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_an_imported_web_page_word_document_or_text_is_read_where_it_stands():
    page = "<html><body><h2>1. Budget</h2><p>Afbud: Søren Ærø</p><script>var x;</script></body></html>".encode("utf-8")
    data = _with_imported_part("text/html", page, "chunk1.html")
    assert _lines(data) == ["Referat", "1. Budget", "Afbud: Søren Ærø", "Mødet hævet kl. 18."]
    inner = _typed(["1. Budget", "Godkendt."])
    data = _with_imported_part("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", inner, "chunk2.docx")
    assert _lines(data) == ["Referat", "1. Budget", "Godkendt.", "Mødet hævet kl. 18."]
    data = _with_imported_part("text/plain", "1. Budget\r\nGodkendt.\r\n".encode("cp1252"), "chunk3.txt")
    raw = read_bytes(data, "x.docx")
    assert [line.text for line in raw.lines if line.text] == ["Referat", "1. Budget", "Godkendt.", "Mødet hævet kl. 18."]


def test_an_imported_part_no_reader_takes_is_named_in_a_warning():
    data = _with_imported_part("application/rtf", b"{\\rtf1 Godkendt.\\par}", "chunk1.rtf")
    raw = read_bytes(data, "x.docx")
    assert [line.text for line in raw.lines if line.text] == ["Referat", "Mødet hævet kl. 18."]
    assert [w.code for w in raw.warnings] == ["imported-part-unread"]
    assert "application/rtf" in raw.warnings[0].message


def _control_showing_its_prompt(element, prompt: str) -> None:
    """Put a content control still showing its template's prompt in place of `element`'s text."""
    from lxml import etree

    sdt = etree.fromstring(f'<w:sdt {_NS}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>{_run(prompt)}</w:sdtContent></w:sdt>')
    element.append(sdt)


def test_an_unfilled_field_of_a_template_gives_no_text_but_a_warning_and_a_filled_one_its_text():
    from lxml import etree

    d = docx.Document()
    d.add_paragraph("1. Budget")
    d.add_paragraph("Beslutning")
    _control_showing_its_prompt(d.add_paragraph()._p, "Klik eller tryk her for at skrive tekst.")
    filled = d.add_paragraph()
    filled._p.append(etree.fromstring(f'<w:sdt {_NS}><w:sdtPr/><w:sdtContent>{_run("Godkendt.")}</w:sdtContent></w:sdt>'))
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Afbud"
    _control_showing_its_prompt(table.cell(0, 1).paragraphs[0]._p, "Angiv navne.")
    buf = io.BytesIO()
    d.save(buf)
    raw = read_bytes(buf.getvalue(), "x.docx")
    assert [line.text for line in raw.lines if line.text] == ["1. Budget", "Beslutning", "Godkendt.", "Afbud"]
    assert [w.code for w in raw.warnings] == ["placeholder-text-skipped"]
    assert "Klik eller tryk her" in raw.warnings[0].message and "Angiv navne." in raw.warnings[0].message


def test_hidden_text_is_not_read_and_is_counted_in_a_warning():
    data = _docx_of(
        "<w:p>" + _run("Godkendt.") + '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> Husk at skrive afstemningen</w:t></w:r></w:p>',
        '<w:p><w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t>Intet.</w:t></w:r></w:p>',
    )
    raw = read_bytes(data, "x.docx")
    assert [line.text for line in raw.lines if line.text] == ["Godkendt.", "Intet."]
    assert [w.code for w in raw.warnings] == ["hidden-text-skipped"]
    assert "4 word(s)" in raw.warnings[0].message
