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
