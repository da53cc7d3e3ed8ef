"""The HTML reader: web pages of minutes into the line model, furniture dropped by markup."""

from __future__ import annotations

import codecs

import pytest

from referat_parser.readers import detect_format, read_bytes
from referat_parser.readers.html import fragment_lines

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Referat</title><style>p {color: red}</style>
<script>var tracking = "Sporing";</script></head>
<body>
<nav><ul><li><a href="/">Forside</a></li><li>Politik</li></ul></nav>
<div class="cookie-banner">Vi bruger cookies. <button>Accepter</button></div>
<ol class="breadcrumb"><li>Du er her:</li><li>Referater</li></ol>
<main>
<h1>Referat af møde i Kulturudvalget</h1>
<p><strong>Dato:</strong> 4. marts 2025 kl. 17.00</p>
<h2>1. Budget for bibliotekerne</h2>
<p><b>Beslutning</b></p>
<p>Godkendt.<br>Afbud: Mette Lund.</p>
<ul><li>Bilag A</li><li>Bilag <em>B</em></li></ul>
<table><tr><th>Navn</th><th>Parti</th></tr><tr><td>Ole Holm</td><td>A</td></tr></table>
</main>
<form><input value="Søg"><label>Søg på siden</label></form>
<div class="modal" role="dialog"><p>Del siden med en ven</p></div>
<footer><p>Kulturforvaltningen · Torvet 1</p></footer>
</body></html>"""


def texts(data: bytes, name: str = "page.html") -> list[str]:
    return [line.text for line in read_bytes(data, name).lines]


def test_page_reads_as_lines_with_cues():
    lines = read_bytes(PAGE.encode(), "page.html").lines
    by_text = {line.text: line for line in lines}
    assert [line.text for line in lines if line.text] == [
        "Referat af møde i Kulturudvalget",
        "Dato: 4. marts 2025 kl. 17.00",
        "1. Budget for bibliotekerne",
        "Beslutning",
        "Godkendt.",
        "Afbud: Mette Lund.",
        "• Bilag A",
        "• Bilag B",
        "Navn\tParti",
        "Ole Holm\tA",
    ]
    assert by_text["1. Budget for bibliotekerne"].heading
    assert by_text["Beslutning"].bold and not by_text["Godkendt."].bold
    assert not by_text["Ole Holm\tA"].heading and not by_text["Ole Holm\tA"].bold


def test_furniture_never_becomes_text():
    text = "\n".join(texts(PAGE.encode()))
    for furniture in ("Sporing", "Forside", "cookies", "Accepter", "Du er her", "Søg", "Del siden", "Torvet 1", "color"):
        assert furniture not in text


def test_paragraphs_are_apart_by_blank_lines():
    lines = texts(b"<html><body><p>Et.</p><p>To.</p></body></html>")
    assert lines == ["Et.", "", "To."]


def test_charset_from_meta_tag():
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>Økonomiudvalget på Åbo</p></body></html>'
    doc = read_bytes(page.encode("latin-1"), "page.html")
    assert doc.lines[0].text == "Økonomiudvalget på Åbo"
    assert not doc.warnings


def test_charset_from_bom_before_meta():
    page = '<html><head><meta charset="windows-1252"></head><body><p>Æblehaven</p></body></html>'
    assert texts(codecs.BOM_UTF8 + page.encode("utf-8")) == ["Æblehaven"]


def test_undeclared_non_utf8_is_cp1252_with_a_warning():
    doc = read_bytes("<html><body><p>Mødested: Rådhuset – sal 2</p></body></html>".encode("cp1252"), "page.html")
    assert doc.lines[0].text == "Mødested: Rådhuset – sal 2"
    assert [w.code for w in doc.warnings] == ["not-utf8"]


def test_detected_by_content_whatever_the_name():
    assert detect_format(b"<!-- saved from url=(0040)https://example.dk/ -->\n<!DOCTYPE html><html></html>", "referat.txt") == "html"
    assert detect_format(b"<?xml version='1.0'?>\n<html xmlns='http://www.w3.org/1999/xhtml'></html>", None) == "html"
    assert detect_format(b"<div><p>Referat</p></div>", "fragment.htm") == "html"


def test_ordered_list_is_numbered_from_its_start():
    assert [line.text for line in fragment_lines('<ol start="3"><li>C</li><li>D</li></ol>')] == ["3. C", "4. D"]


def test_a_cell_with_paragraphs_gives_its_first_line_to_the_row():
    markup = "<table><tr><td>4</td><td><h3>Vejbelysning</h3><p>Sagen blev drøftet.</p></td></tr></table>"
    lines = [line.text for line in fragment_lines(markup) if line.text]
    assert lines == ["4\tVejbelysning", "Sagen blev drøftet."]


FIRST_AGENDA_ROW = """<html><body><table id="dagsordenDetaljer" class="table dagsorden"><tbody>
<tr class="punktrow"><td><span class="label label-default">7</span></td>
<td><button class="overskrift-btn"><h2 class="overskrift">Cykelsti langs Åvej</h2></button>
<div class="details"><span class="sagsnummer">EMN-2024-001234</span>
<div class="punkt"><h3>Beslutninger</h3><span class="resume"><div>Godkendt.</div></span></div>
<h3>Bilag</h3><ul class="list-unstyled"><li><span class="pdf-label" role="button">PDF</span><a href="#">Bilag 1: Kort</a></li></ul></div></td>
<td><span class="badge">1</span><ul class="dropdown-menu" role="menu"><li><a href="#">Hent som PDF</a></li></ul></td></tr>
</tbody></table></body></html>"""


def test_first_agenda_row_gives_number_title_case_number_and_attachments():
    lines = [line.text for line in read_bytes(FIRST_AGENDA_ROW.encode(), "page.html").lines if line.text]
    assert lines == ["7\tCykelsti langs Åvej", "Sagsnr.: EMN-2024-001234", "Beslutninger", "Godkendt.", "Bilag", "• Bilag 1: Kort"]


@pytest.mark.parametrize("data", [b"<html></html>", b"<!DOCTYPE html><html><head><title>T</title></head><body></body></html>"])
def test_page_without_text_is_read_as_no_lines(data: bytes):
    assert texts(data) == []


def test_list_entry_marker_goes_before_its_first_text():
    lines = fragment_lines("<ul><li><p>Kort over området</p><p>(opdateret)</p></li><li></li><li>Tidsplan</li></ul>")
    assert [line.text for line in lines if line.text] == ["• Kort over området", "(opdateret)", "• Tidsplan"]


def test_a_bold_list_entry_is_bold():
    assert [(line.text, line.bold) for line in fragment_lines("<ol><li><strong>Budget</strong></li></ol>")] == [("1. Budget", True)]


def test_a_layout_table_gives_its_columns_one_after_the_other():
    markup = ("<table><tr><td><h3>Genveje</h3><p>Kalender</p><p>Kontakt</p></td>"
              "<td><h1>Referat</h1><p>Menighedsrådet</p><h2>1. Regnskab</h2><p>Godkendt.</p></td></tr></table>")
    lines = [line.text for line in fragment_lines(markup) if line.text]
    assert lines == ["Genveje", "Kalender", "Kontakt", "Referat", "Menighedsrådet", "1. Regnskab", "Godkendt."]


def test_a_data_table_keeps_its_rows():
    markup = "<table><tr><td>Medlemmer</td><td><p>Lene Vinter</p><p>Jakob Ring</p></td></tr><tr><td>Afbud</td><td>Ole Dahl</td></tr></table>"
    lines = [line.text for line in fragment_lines(markup) if line.text]
    assert lines == ["Medlemmer\tLene Vinter", "Jakob Ring", "Afbud\tOle Dahl"]


ASIDE_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Referat</title></head><body>
<header><p>Vestby Kommune</p></header>
<main><h1>Referat – Kultur- og Fritidsudvalget</h1>
<h2>1. Godkendelse af dagsorden</h2><p>Godkendt.</p>
<h2>2. Mødested for temadagen</h2><p>Sted: Byrådssalen, Torvet 1</p><p>Beslutning: Godkendt.</p>
</main>
<aside class="meeting-details"><h2>Mødeoplysninger</h2>
<dl><dt>Dato</dt><dd>4. marts 2025 kl. 17.00-19.00</dd><dt>Sted</dt><dd>Byrådssalen, Torvet 1</dd></dl>
<h3>Deltagere</h3><ul><li>Anna Holm (A)</li><li>Bo Kirk (V)</li></ul>
<h3>Afbud</h3><ul><li>Carl Dahl (C)</li></ul></aside>
<aside><h2>Se også</h2><ul><li><a href="/a">Dagsordener 2025</a></li></ul></aside>
</body></html>"""


def test_meeting_details_in_an_aside_are_read_as_the_header_and_body_lines_of_their_shape_stay():
    from referat_parser import parse_bytes

    doc = parse_bytes(ASIDE_PAGE.encode(), "page.html")
    m = doc.meeting
    assert (m.body, m.date, m.start_time, m.end_time, m.location) == (
        "Kultur- og Fritidsudvalget", "2025-03-04", "17:00", "19:00", "Byrådssalen, Torvet 1")
    assert [(a.name, a.status, a.organization) for a in doc.attendees] == [
        ("Anna Holm", "present", "A"), ("Bo Kirk", "present", "V"), ("Carl Dahl", "absent", "C")]
    assert [(i.number, i.title) for i in doc.items] == [("1", "Godkendelse af dagsorden"), ("2", "Mødested for temadagen")]
    assert "Sted: Byrådssalen, Torvet 1" in doc.items[1].sections[0].text  # the body's line of the same shape stays
    assert "Se også" not in doc.model_dump_json() and "Dagsordener 2025" not in doc.model_dump_json()  # a sidebar of links is still furniture


def test_a_sidebar_division_of_meeting_details_is_read_as_the_header_too():
    from referat_parser import parse_bytes

    page = ASIDE_PAGE.replace('<aside class="meeting-details">', '<div class="col sidebar-right">').replace("</aside>\n<aside>", "</div>\n<aside>")
    m = parse_bytes(page.encode(), "page.html").meeting
    assert (m.date, m.location) == ("2025-03-04", "Byrådssalen, Torvet 1")


def test_a_page_head_holding_the_title_and_meeting_details_stays_and_a_site_banner_goes():
    page = ("<html><body><header><a href='/'>Vestby Kommune</a><p>Søg på siden</p></header>"
            "<header class='page-head'><h1>Økonomiudvalget</h1><p>Mødedato: 4. marts 2025 kl. 17.00</p><p>Mødested: Rådhuset</p></header>"
            "<main><h2>1. Godkendelse af dagsorden</h2><p>Godkendt.</p></main></body></html>")
    assert [t for t in texts(page.encode()) if t] == [
        "Økonomiudvalget", "Mødedato: 4. marts 2025 kl. 17.00", "Mødested: Rådhuset", "1. Godkendelse af dagsorden", "Godkendt."]


def test_an_aside_in_the_article_stays_where_it_stands_even_with_labels_and_a_date():
    box = "<aside><p>Høringsfrist: 3. maj 2025</p><p>Svar til: Teknisk Forvaltning</p></aside>"
    page = ASIDE_PAGE.replace("<p>Beslutning: Godkendt.</p>", f"{box}<p>Beslutning: Godkendt.</p>")
    lines = texts(page.encode())
    assert lines.index("Sted: Byrådssalen, Torvet 1") < lines.index("Høringsfrist: 3. maj 2025") < lines.index("Beslutning: Godkendt.")
    assert lines.index("Dato") < lines.index("1. Godkendelse af dagsorden")  # the details beside the article


def test_an_aside_with_a_table_of_labels_and_values_is_read_as_the_header():
    from referat_parser import parse_bytes

    table = "<table><tr><th>Dato</th><td>4. marts 2025 kl. 17.00-19.00</td></tr><tr><th>Sted</th><td>Byrådssalen, Torvet 1</td></tr></table>"
    page = ASIDE_PAGE.replace("<dl><dt>Dato</dt><dd>4. marts 2025 kl. 17.00-19.00</dd><dt>Sted</dt><dd>Byrådssalen, Torvet 1</dd></dl>", table)
    m = parse_bytes(page.encode(), "page.html").meeting
    assert (m.date, m.start_time, m.location) == ("2025-03-04", "17:00", "Byrådssalen, Torvet 1")


def test_a_contact_box_beside_the_minutes_stays_furniture():
    contact = ("<aside><h2>Kontakt</h2><p>Adresse: Torvet 1, 6600 Vestby</p><p>Telefon: 76 11 22 33</p>"
               "<p>Sidst opdateret: 3. maj 2024</p></aside>")
    lines = texts(ASIDE_PAGE.replace("<aside><h2>Se også</h2>", contact + "<aside><h2>Se også</h2>").encode())
    assert not any("Torvet 1, 6600" in t or "76 11 22 33" in t for t in lines)


def test_an_aside_of_meeting_details_goes_under_the_page_title():
    lines = texts(ASIDE_PAGE.encode())
    assert lines.index("Referat – Kultur- og Fritidsudvalget") < lines.index("Dato") < lines.index("1. Godkendelse af dagsorden")


def test_a_page_declaring_a_one_byte_charset_but_written_in_utf8_is_read_as_utf8_with_a_warning():
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Afbud: Søren Ærø</p></body></html>'
    doc = read_bytes(page.encode("utf-8"), "page.html")
    assert doc.lines[0].text == "Afbud: Søren Ærø"
    assert [w.code for w in doc.warnings] == ["charset-mismatch"]
    assert texts(page.encode("latin-1")) == ["Afbud: Søren Ærø"]  # what it declares, where it is so


WORD_SAVED_PAGE = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"><meta name=Generator content="Microsoft Word 15">
<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Eva Holm</o:Author></o:DocumentProperties></xml><![endif]-->
<style><!-- p.MsoNormal {margin:0cm;} --></style></head>
<body lang=DA><div class=WordSection1>
<p class=MsoTitle>Referat<o:p></o:p></p>
<p class=MsoNormal><b>Mødedato:</b> 3. marts 2025<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span>1.<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]><b>Godkendelse af dagsorden<o:p></o:p></b></p>
<p class=MsoNormal>Godkendt.<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]><span>2.<span>&nbsp; </span></span><![endif]><b>Eventuelt</b></p>
</div></body></html>"""


def test_a_page_saved_by_word_reads_its_list_numbers_once_and_none_of_its_office_data():
    assert [t for t in texts(WORD_SAVED_PAGE.encode("cp1252")) if t] == [
        "Referat", "Mødedato: 3. marts 2025", "1. Godkendelse af dagsorden", "Godkendt.", "2. Eventuelt",
    ]


def _mhtml(page: bytes, part_headers: str) -> bytes:
    """A web archive as a browser saves it: the page as the first part, a style sheet after it."""
    head = ("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://kommune.example/referat\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----Graense--42"\r\n\r\n')
    return (f"{head}------Graense--42\r\n{part_headers}\r\n\r\n".encode("ascii") + page
            + b"\r\n------Graense--42\r\nContent-Type: text/css\r\nContent-Location: https://kommune.example/a.css\r\n\r\n"
            b"p { color: red }\r\n------Graense--42--\r\n")


@pytest.mark.parametrize("encoding", ["quoted-printable", "base64"])
def test_a_saved_web_archive_is_read_as_its_page(encoding: str):
    import base64
    import quopri

    page = ('<html><head><meta charset="windows-1252"><script>var spor = 1;</script></head><body>'
            '<h1>Referat</h1><p>Afbud: Søren Ærø – formand</p></body></html>').encode("cp1252")
    body = quopri.encodestring(page) if encoding == "quoted-printable" else base64.encodebytes(page)
    data = _mhtml(body, f"Content-Type: text/html\r\nContent-Transfer-Encoding: {encoding}\r\n"
                        "Content-Location: https://kommune.example/referat")
    assert detect_format(data, None) == "mhtml"
    doc = read_bytes(data, "referat.mhtml")
    assert doc.format == "mhtml"
    assert [line.text for line in doc.lines] == ["Referat", "", "Afbud: Søren Ærø – formand"]


def test_a_web_archive_without_a_page_is_one_clear_error():
    from referat_parser.errors import ReferatError

    data = _mhtml(b"p { color: red }", "Content-Type: text/css")
    with pytest.raises(ReferatError) as err:
        read_bytes(data, "referat.mht")
    assert "MHTML" in err.value.reason


def test_a_web_page_in_utf16_is_told_by_its_content_and_read():
    page = '<html><head><meta charset="unicode"></head><body><p>Afbud: Søren Ærø</p></body></html>'
    for encoding in ("utf-16-le", "utf-16-be"):
        data = ("\ufeff" + page).encode(encoding)
        assert detect_format(data, None) == "html"
        assert texts(data, "referat.htm") == ["Afbud: Søren Ærø"]
