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


def text_pdf(text: str, header: str, lines_per_page: int = 48, wrap: int = 95) -> bytes:
    """A plain-text document laid out as a PDF the way word processors print minutes: long
    lines wrapped at spaces, tab-separated cells in columns, a running header and "Side n af m"."""
    import textwrap

    rows: list[str] = []
    for line in text.splitlines():
        cells = line.split("\t")
        if len(cells) == 1 and len(line) > wrap:
            rows.extend(textwrap.wrap(line, wrap))
        else:
            rows.append(line)
    pages = [rows[i : i + lines_per_page] for i in range(0, len(rows), lines_per_page)]
    buf = BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for number, page in enumerate(pages, start=1):
        c.setFont("Helvetica", 8)
        c.drawString(56, HEIGHT - 28, header)
        c.drawString(WIDTH - 110, 20, f"Side {number} af {len(pages)}")
        y = HEIGHT - 70
        for row in page:
            y -= 14 if row.strip() else 8
            c.setFont("Helvetica", 10)
            x = 56.0
            for column, cell in enumerate(row.split("\t")):
                x = max(x, 56 + 170 * column)
                c.drawString(x, y, cell)
                x += c.stringWidth(cell, "Helvetica", 10) + 30  # a clear gap before the next cell
        c.showPage()
    c.save()
    return buf.getvalue()


def text_docx(text: str, header: str, empty_paragraphs: bool = False) -> bytes:
    """The same document as a Word file: one paragraph per line, rows of tab-separated cells
    as a table (a line under a row, before a blank line, is another paragraph of its last
    cell), the running header and a page-number footer in the section's header/footer. With
    `empty_paragraphs`, a blank line is an empty paragraph (Enter pressed twice), else none."""
    import docx

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = header
    d.sections[0].footer.paragraphs[0].text = "Side 1"
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        if "\t" in lines[i]:
            rows: list[list[list[str]]] = []  # row → cell → paragraphs
            while i < len(lines) and lines[i].strip():
                if "\t" in lines[i]:
                    rows.append([[cell] for cell in lines[i].split("\t")])
                else:  # a line under a row without cells of its own: another paragraph of the row's last cell
                    rows[-1][-1].append(lines[i])
                i += 1
            table = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            for r, cells in enumerate(rows):
                for col, paragraphs in enumerate(cells):
                    cell = table.cell(r, col)
                    cell.text = paragraphs[0]
                    for paragraph in paragraphs[1:]:
                        cell.add_paragraph(paragraph)
            continue
        if lines[i].strip():
            d.add_paragraph(lines[i])
        elif empty_paragraphs:
            d.add_paragraph("")
        i += 1
    buf = BytesIO()
    d.save(buf)
    return buf.getvalue()


SCAN_DPI = 200  # as an office scanner saves a page


def scan_of(pdf: bytes, dpi: int = SCAN_DPI, pages: int | None = None) -> bytes:
    """The PDF (its first `pages` pages) as a scanner would return it: each page an image, no text layer."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        count = len(document) if pages is None else min(pages, len(document))
        images = [document[n].render(scale=dpi / 72, grayscale=True).to_pil() for n in range(count)]
    finally:
        document.close()
    buf = BytesIO()
    images[0].save(buf, "PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return buf.getvalue()


def markup_pdf(source: str, header: str | list[str] | None = None, lines_per_page: int = 52) -> bytes:
    """Minutes laid out as a word processor prints them, from a small markup, a line each:
    '# text' a bold heading (14 pt, a heading's larger line pitch), '## text' a bold sub-heading
    (11 pt), '|a|b' cells of a table row (two cells: title and page column; three: number, title,
    page; a cell opening with '*' is bold), '---' a page break, '' a paragraph gap, else body
    text (10 pt). Every page has the running `header` (or the list's header for that page) and
    'Side n af m' at its foot."""
    rows = source.splitlines()
    pages: list[list[str]] = [[]]
    for row in rows:
        if row == "---" or len(pages[-1]) >= lines_per_page:
            pages.append([])
            if row == "---":
                continue
        pages[-1].append(row)
    buf = BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for number, page in enumerate(pages, start=1):
        running = header[number - 1] if isinstance(header, list) else header
        if running:
            c.setFont("Helvetica", 8)
            c.drawString(56, HEIGHT - 30, running)
        c.setFont("Helvetica", 8)
        c.drawString(WIDTH - 120, 24, f"Side {number} af {len(pages)}")
        y = HEIGHT - 70
        for row in page:
            if not row.strip():
                y -= 8
            elif row.startswith("## "):
                y -= 18
                c.setFont("Helvetica-Bold", 11)
                c.drawString(56, y, row[3:])
            elif row.startswith("# "):
                y -= 22
                c.setFont("Helvetica-Bold", 14)
                c.drawString(56, y, row[2:])
            elif row.startswith("|"):
                y -= 14
                cells = row[1:].split("|")
                columns = [56, 90, 480] if len(cells) == 3 else [56, 480]
                for x, cell in zip(columns, cells):
                    c.setFont("Helvetica-Bold" if cell.startswith("*") else "Helvetica", 10)
                    c.drawString(x, y, cell.lstrip("*"))
            else:
                y -= 13
                c.setFont("Helvetica", 10)
                c.drawString(56, y, row)
        c.showPage()
    c.save()
    return buf.getvalue()
