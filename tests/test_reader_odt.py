"""The ODT reader: OpenDocument text (LibreOffice) into the line model, as Word files are read."""

from __future__ import annotations

import io
import zipfile

import pytest

from referat_parser import parse_bytes
from referat_parser.errors import ReferatError
from referat_parser.readers import detect_format, read_bytes

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')

STYLES = """<office:automatic-styles>
<style:style style:name="P1" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>
<text:list-level-style-number text:level="2" style:num-suffix=")" style:num-format="a"/></text:list-style>
<text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>
</office:automatic-styles>"""

BODY = """<text:h text:outline-level="1">Referat</text:h>
<table:table><table:table-column table:number-columns-repeated="2"/>
<table:table-row><table:table-cell><text:p>Dato</text:p></table:table-cell><table:table-cell><text:p>3. marts 2025, kl. 16.00-18.00</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell><text:p>Afbud</text:p></table:table-cell><table:table-cell><text:p>Søren Ærø</text:p></table:table-cell></table:table-row>
</table:table>
<text:list text:style-name="L1"><text:list-item><text:p text:style-name="P1">Godkendelse af dagsorden</text:p></text:list-item></text:list>
<text:p><text:span text:style-name="T1">Beslutning</text:span> </text:p>
<text:p>Godkendt<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Uden bemærkninger.</text:p></text:note-body></text:note>.</text:p>
<text:soft-page-break/>
<text:list text:style-name="L1" text:continue-numbering="true"><text:list-item><text:p text:style-name="P1">Budget<text:s text:c="2"/>2026</text:p>
<text:list><text:list-item><text:p>Drift</text:p></text:list-item><text:list-item><text:p>Anlæg</text:p></text:list-item></text:list>
</text:list-item></text:list>
<text:p><text:span text:style-name="T1">Indstilling:</text:span><text:line-break/>Det indstilles, at<text:tab/>budgettet godkendes.</text:p>
<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>Slettet tekst</text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:list text:style-name="L2"><text:list-item><text:p>Bilag A</text:p></text:list-item></text:list>
<text:p><office:annotation><text:p>En kommentar</text:p></office:annotation>Mødet hævet.</text:p>"""


def odt(body: str = BODY, mimetype: str = "application/vnd.oasis.opendocument.text") -> bytes:
    content = f'<office:document-content {NS}>{STYLES}<office:body><office:text>{body}</office:text></office:body></office:document-content>'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype)
        archive.writestr("content.xml", content)
        archive.writestr("styles.xml", f'<office:document-styles {NS}/>')
    return buf.getvalue()


def test_body_reads_in_order_with_tables_lists_notes_and_cues():
    raw = read_bytes(odt(), "referat.odt")
    assert raw.format == "odt" and raw.pages == 2
    assert [line.text for line in raw.lines if line.text] == [
        "Referat", "Dato\t3. marts 2025, kl. 16.00-18.00", "Afbud\tSøren Ærø", "1. Godkendelse af dagsorden", "Beslutning",
        "Godkendt.", "[1] Uden bemærkninger.", "2. Budget  2026", "a) Drift", "b) Anlæg", "Indstilling:",
        "Det indstilles, at\tbudgettet godkendes.", "• Bilag A", "Mødet hævet.",
    ]
    assert [line.text for line in raw.lines if line.heading] == ["Referat"]
    assert [line.text for line in raw.lines if line.bold] == ["1. Godkendelse af dagsorden", "Beslutning", "2. Budget  2026"]


def test_parsed_like_any_document():
    doc = parse_bytes(odt(), "referat.odt")
    assert [(item.number, item.title) for item in doc.items][:2] == [("1", "Godkendelse af dagsorden"), ("2", "Budget 2026")]
    assert [(a.name, a.status) for a in doc.attendees] == [("Søren Ærø", "absent")]


def test_told_by_content_whatever_the_name_and_a_template_alike():
    assert detect_format(odt(), None) == "odt"
    assert detect_format(odt(), "referat.docx") == "odt"
    assert detect_format(odt(mimetype="application/vnd.oasis.opendocument.text-template"), "skabelon.ott") == "odt"


def test_other_open_document_kinds_and_damaged_files_are_one_clear_error():
    with pytest.raises(ReferatError) as err:
        detect_format(odt(mimetype="application/vnd.oasis.opendocument.spreadsheet"), "budget.ods")
    assert err.value.code == "unsupported-format" and "OpenDocument spreadsheet" in err.value.reason
    with pytest.raises(ReferatError) as err:
        read_bytes(b"PK\x03\x04 not really a zip", "referat.odt")
    assert err.value.code == "corrupt-odt"
    data = odt().replace(b"<office:body>", b"<office:body")
    with pytest.raises(ReferatError) as err:
        read_bytes(data, "referat.odt")
    assert err.value.code == "corrupt-odt"


def test_stored_labels_text_boxes_and_alt_text():
    body = """<text:h text:outline-level="1"><text:number>3.</text:number>Eventuelt</text:h>
<text:p>Logo<draw:frame><draw:image><svg:title>Kommunens logo</svg:title></draw:image></draw:frame></text:p>
<text:p><draw:frame><draw:text-box><text:p>Dato: 3. marts 2025</text:p><text:p>Sted: Rådhuset</text:p></draw:text-box></draw:frame></text:p>"""
    assert [line.text for line in read_bytes(odt(body), "x.odt").lines if line.text] == [
        "3. Eventuelt", "Logo", "Dato: 3. marts 2025", "Sted: Rådhuset"]
