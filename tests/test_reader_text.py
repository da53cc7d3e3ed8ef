import codecs

from referat_parser.readers import detect_format, read_bytes
from referat_parser.readers.text import markdown_line


def texts(data: bytes, name: str = "x.txt") -> list[str]:
    return [line.text for line in read_bytes(data, name).lines]


def test_utf8_with_and_without_bom_and_line_endings():
    assert texts("Æble\r\nØl\rÅ\n".encode()) == ["Æble", "Øl", "Å", ""]
    assert texts(codecs.BOM_UTF8 + "Ærø".encode()) == ["Ærø"]
    assert texts("Ærø".encode("utf-16")) == ["Ærø"]


def test_cp1252_is_decoded_with_a_warning():
    doc = read_bytes("Referat fra mødet i Ærø Kommune – 3. maj".encode("cp1252"), "x.txt")
    assert doc.lines[0].text == "Referat fra mødet i Ærø Kommune – 3. maj"
    assert [w.code for w in doc.warnings] == ["not-utf8"]


def test_form_feeds_are_pages():
    doc = read_bytes(b"side et\fside to\n\fside tre", "x.txt")
    assert doc.pages == 3
    assert [(line.text, line.page) for line in doc.lines if line.text] == [("side et", 1), ("side to", 2), ("side tre", 3)]


def test_markdown_to_plain_lines():
    assert markdown_line("## Beslutning") == ("Beslutning", True)
    assert markdown_line("**Indstilling:**") == ("Indstilling:", False)
    assert markdown_line("Se [vejledningen](https://x.dk) side 3")[0] == "Se vejledningen side 3"
    assert markdown_line("| Tid | 9. januar 2025 |")[0] == "Tid\t9. januar 2025"
    assert markdown_line("|---|---|")[0] == ""
    assert markdown_line("- *Der er nedsat en gruppe*")[0] == "- Der er nedsat en gruppe"


def test_format_detection():
    assert detect_format(b"%PDF-1.7 ...", "x.txt") == "pdf"
    assert detect_format(b"# Referat", "minutes.md") == "md"
    assert detect_format(b"Referat", None) == "txt"


def test_markdown_sniffed_on_stdin():
    assert detect_format(b"# Referat\n\n## 1. Budget\n\nGodkendt.", "-") == "md"
    assert detect_format(b"Referat\n\n1. Budget", "-") == "txt"



def test_a_rule_alone_is_no_markdown_table_rule():
    assert markdown_line("---") == ("---", False)
    assert markdown_line("| --- | --- |")[0] == ""


def test_utf16_without_a_byte_order_mark_is_read_with_a_warning_whatever_the_name():
    text = "Referat\r\nMødedato: 3. marts 2025\r\nAfbud: Søren Ærø – formand\r\n"
    for encoding in ("utf-16-le", "utf-16-be"):
        for name in ("x.txt", None):
            doc = read_bytes(text.encode(encoding), name)
            assert [line.text for line in doc.lines] == ["Referat", "Mødedato: 3. marts 2025", "Afbud: Søren Ærø – formand", ""]
            assert [w.code for w in doc.warnings] == ["utf16-without-bom"]


def test_utf32_with_its_byte_order_mark_is_not_read_as_utf16():
    doc = read_bytes(codecs.BOM_UTF32_LE + "Afbud: Søren Ærø\n".encode("utf-32-le"), "x.txt")
    assert [line.text for line in doc.lines] == ["Afbud: Søren Ærø", ""]
    assert not doc.warnings


def test_binary_data_with_nuls_is_still_refused():
    import pytest

    from referat_parser.errors import ReferatError

    with pytest.raises(ReferatError):
        read_bytes(bytes(range(256)) * 8, "x.txt")


def test_line_breaks_inside_a_paragraph_end_lines():
    text = "Dato: 3. marts 2025\x0bSted: Rådhuset\u2028Afbud: Søren Ærø\u2029Godkendt.\n"
    assert texts(text.encode()) == ["Dato: 3. marts 2025", "Sted: Rådhuset", "Afbud: Søren Ærø", "Godkendt.", ""]
