"""Small PDFs built with reportlab for reader tests (no files committed, no LibreOffice)."""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

WIDTH, HEIGHT = A4


def make_pdf(pages: list[list[tuple[str, str, int]]], header: str | None = None, footer: bool = True,
             encrypt: str | None = None) -> bytes:
    """pages: per page a list of (text, font, gap before in points) drawn from the top down."""
    buf = BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, encrypt=encrypt)
    for number, lines in enumerate(pages, start=1):
        if header:
            c.setFont("Helvetica", 8)
            c.drawString(56, HEIGHT - 28, header)
        if footer:
            c.setFont("Helvetica", 8)
            c.drawString(WIDTH - 110, 20, f"Side {number} af {len(pages)}")
        y = HEIGHT - 80
        for text, font, gap in lines:
            y -= gap
            c.setFont(font, 14 if "Bold" in font else 10)
            c.drawString(56, y, text)
        c.showPage()
    c.save()
    return buf.getvalue()


def image_only_pdf() -> bytes:
    """A page with only a drawn rectangle and an inline image: no text layer."""
    from reportlab.lib.utils import ImageReader  # noqa: F401  (reportlab draws without PIL for rects)

    buf = BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.rect(50, 50, 400, 600, fill=1)
    c.showPage()
    c.save()
    return buf.getvalue()


def minutes_pdf(encrypt: str | None = None) -> bytes:
    body = "Helvetica"
    bold = "Helvetica-Bold"
    return make_pdf(
        [
            [("Referat", bold, 0), ("Økonomiudvalget", body, 20), ("Mødet den 3. marts 2025, kl. 16.00-18.00", body, 14),
             ("1. Godkendelse af dagsorden", bold, 30), ("Beslutning", bold, 24), ("Godkendt.", body, 16)],
            [("2. Budget for børne- og ungeområdet", bold, 0), ("Sagsfremstilling", bold, 24),
             ("Første linje i afsnittet om æbler, øl og ål", body, 16), ("fortsætter her.", body, 12),
             ("Nyt afsnit efter et mellemrum.", body, 30), ("Beslutning", bold, 24), ("Godkendt.", body, 16)],
        ],
        header="Økonomiudvalget – Referat – 3. marts 2025",
        encrypt=encrypt,
    )
