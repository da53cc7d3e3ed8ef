"""Decomposed (NFD) text reads as the same words in every input format: the pipeline composes
the reader's lines to NFC once, so a name typed on macOS or written by a PDF or Word producer
that decomposes accents is found and comes out composed."""

from __future__ import annotations

import io
import json
import unicodedata

import docx
import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from referat_parser import parse_bytes

UNICODE_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"  # the standard PDF fonts have no combining marks
NAME = "Zoë Ågård"  # 'e' + U+0308, 'A' + U+030A, 'a' + U+030A when decomposed
LINES = ["Referat", "Økonomiudvalget", "Mødet den 3. marts 2025, kl. 16.00", f"Til stede: {NAME}, Jonas Friis", "",
         "1. Godkendelse af dagsorden", "Beslutning", "Godkendt."]
DECOMPOSED = [unicodedata.normalize("NFD", line) for line in LINES]


def as_text() -> tuple[bytes, str]:
    return "\n".join(DECOMPOSED).encode(), "m.txt"


def as_pdf() -> tuple[bytes, str]:
    pdfmetrics.registerFont(TTFont("DejaVuSans", UNICODE_FONT))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for number, line in enumerate(DECOMPOSED):
        c.setFont("DejaVuSans", 10)
        c.drawString(56, 780 - 16 * number, line)
    c.showPage()
    c.save()
    return buf.getvalue(), "m.pdf"


def as_docx() -> tuple[bytes, str]:
    document = docx.Document()
    for line in DECOMPOSED:
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue(), "m.docx"


def as_html() -> tuple[bytes, str]:
    body = "".join(f"<p>{line}</p>" for line in DECOMPOSED if line)
    return f"<html><body><main>{body}</main></body></html>".encode(), "m.html"


def as_api_json() -> tuple[bytes, str]:
    names = [unicodedata.normalize("NFD", NAME), "Jonas Friis"]
    answer = {
        "Dagsordenpunkter": [{"Number": "1", "Caption": "Godkendelse af dagsorden", "CaseNumber": "", "IsOpen": True,
                              "Felter": [{"Navn": "", "Html": "<h3>Beslutning</h3><p>Godkendt.</p>"}], "Bilag": []}],
        "Udvalg": {"Navn": unicodedata.normalize("NFD", "Økonomiudvalget")},
        "Moede": {"Dato": "2025-03-03T16:00:00+01:00", "Sted": "Rådhuset",
                  "Moededeltagere": [{"Name": name, "Absent": False} for name in names]},
    }
    return json.dumps(answer, ensure_ascii=False).encode(), "m.json"


@pytest.mark.parametrize("render", [as_text, as_pdf, as_docx, as_html, as_api_json], ids=lambda r: r.__name__)
def test_decomposed_names_are_kept_and_come_out_composed(render):
    data, name = render()
    doc = parse_bytes(data, name)
    assert [(a.name, a.status) for a in doc.attendees] == [(NAME, "present"), ("Jonas Friis", "present")]
    assert all(unicodedata.is_normalized("NFC", a.name) for a in doc.attendees)
    assert doc.meeting.body == "Økonomiudvalget"
    assert [i.title for i in doc.items] == ["Godkendelse af dagsorden"]
