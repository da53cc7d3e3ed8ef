#!/usr/bin/env python3
"""Make the DOCX and PDF renditions of the seed minutes in samples/.

    python scripts/make_samples.py        # or: make samples

Each seed text (samples/<stem>.txt) is parsed, and its content — header fields,
attendees, agenda index, items with their sections — is laid out again as a real
document with the furniture real minutes have:
  <stem>.docx          Word: header fields in a table, section headings in bold,
                       recommendations as Word bullet/numbered lists (numbering.xml),
                       a running page header with body and date, a "Side X af Y"
                       footer made of PAGE/NUMPAGES fields, page breaks.
  <stem>.pdf           PDF (reportlab): the same layout, automatic hyphenation at
                       soft hyphens, running header, "Side X af Y" footer.
  <stem>-layout2.pdf   another layout: a boxed header table, the index as a table with
                       dotted leaders, every item on a new page, headings with a colon,
                       the running header at the bottom beside the page number.
The agenda index prints the page numbers of the original document, as minutes do.
Output is deterministic (fixed metadata), so rerunning gives the same files.
"""

from __future__ import annotations

import re
import sys
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from referat_parser import parse_path  # noqa: E402
from referat_parser.models import Item, Referat  # noqa: E402

SAMPLES = ROOT / "samples"
SEEDS = ("000_495bf0cbefc36908", "003_8a9878f8a55123a1")
DANISH_MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
                 "oktober", "november", "december")
HEADINGS = {"summary": "Resumé", "background": "Baggrund", "case": "Sagsfremstilling", "orientation": "Orientering",
            "recommendation": "Indstilling", "attachments": "Bilag", "decision": "Beslutning", "economy": "Økonomi",
            "hearing": "Høring", "other": "Bemærkninger"}
HYPHEN_MIN_WORD = 9  # words this long get soft hyphens so lines break inside them
VOWELS = set("aeiouyæøå")


# content -------------------------------------------------------------------------------


def long_date(iso: str) -> str:
    year, month, day = (int(x) for x in iso.split("-"))
    return f"{day}. {DANISH_MONTHS[month - 1]} {year}"


def people(doc: Referat, status: str) -> str:
    parts = []
    for a in doc.attendees:
        if a.status != status:
            continue
        if a.role and a.organization and status == "guest":
            parts.append(f"{a.role} i {a.organization} {a.name}")
        elif a.role or a.organization:
            parts.append(f"{a.name} ({', '.join(x for x in (a.role, a.organization) if x)})")
        else:
            parts.append(a.name)
    return ", ".join(parts)


def header_rows(doc: Referat) -> list[tuple[str, str]]:
    m = doc.meeting
    when = f"{long_date(m.date)}, kl. {m.start_time.replace(':', '.')}-{m.end_time.replace(':', '.')}"
    rows = [("Møde", m.body), ("Tid", when), ("Sted", m.location)]
    labels = {"present": "Deltagere", "absent": "Afbud", "guest": "Øvrige deltagere"}
    rows += [(label, people(doc, status)) for status, label in labels.items() if people(doc, status)]
    return rows


def section_blocks(item: Item) -> list[tuple[str, str, list[str]]]:
    """(kind, heading, paragraphs or list entries) in the item's order."""
    blocks = []
    for section in item.sections:
        if section.kind == "recommendation":
            blocks.append(("recommendation", section.heading or "Indstilling", item.recommendations))
        elif section.kind == "attachments":
            blocks.append(("attachments", section.heading or "Bilag", item.attachments))
        else:
            blocks.append((section.kind, section.heading or "", [p for p in section.text.split("\n\n") if p]))
    return blocks


def soft_hyphenate(text: str) -> str:
    """Soft hyphens after vowel-consonant pairs in long words, so a line may break there."""
    def word(m: re.Match) -> str:
        w = m.group(0)
        if len(w) < HYPHEN_MIN_WORD or not w.isalpha():
            return w
        out = w[:3]
        for i in range(3, len(w) - 3):
            out += w[i]
            if w[i].lower() in VOWELS and w[i + 1].lower() not in VOWELS and w[i + 2].lower() in VOWELS:
                out += "\u00ad"
        return out + w[len(w) - 3:]
    return re.sub(r"\w+", word, text)


# PDF -----------------------------------------------------------------------------------


def build_pdf(doc: Referat, layout: int) -> bytes:
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (
        KeepTogether,
        ListFlowable,
        ListItem,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )
    from reportlab.platypus.flowables import Flowable

    base = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6, embeddedHyphenation=1,
                          hyphenationLang="", uriWasteReduce=0.3)
    bold = ParagraphStyle("bold", parent=base, fontName="Helvetica-Bold", spaceBefore=6, spaceAfter=4)
    title = ParagraphStyle("title", parent=base, fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=10)
    item_style = ParagraphStyle("item", parent=base, fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=10)
    m = doc.meeting
    running = f"{m.body} – {long_date(m.date)}" if layout == 1 else f"Referat – {m.body}"

    def p(text: str, style=base) -> Paragraph:
        return Paragraph(soft_hyphenate(escape(text)), style)

    class ItemStart(Flowable):
        """Records the page an item starts on (for the samples README and tests)."""

        def __init__(self, number: str, starts: dict):
            super().__init__()
            self.number, self.starts = number, starts

        def wrap(self, *args):
            return (0, 0)

        def draw(self):
            self.starts.setdefault(self.number, self.canv.getPageNumber())

    starts: dict[str, int] = {}

    def make_story() -> list:
        story: list = [Paragraph("Referat", title), Spacer(1, 4)]
        rows = [[Paragraph(f"<b>{escape(k)}</b>", base), p(v)] for k, v in header_rows(doc)]
        if layout == 1:
            story.append(Table(rows, colWidths=[3.2 * cm, 13 * cm], style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")])))
        else:  # a boxed header table with a wide label column
            story.append(Table(rows, colWidths=[4.2 * cm, 12 * cm],
                               style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.5, colors.grey)])))
        story.append(Spacer(1, 12))
        story.append(Paragraph("Indholdsfortegnelse", bold))
        group = None
        index_rows = []
        for entry in doc.agenda:
            if entry.group and entry.group != group:
                group = entry.group
                if layout == 1:
                    story.append(Paragraph(escape(group), bold))
                else:
                    index_rows.append(["", Paragraph(f"<b>{escape(group)}</b>", base), ""])
            if layout == 1:
                story.append(p(f"{entry.number}. {entry.title} (side {entry.page})"))
            else:
                leader = "." * max(3, 70 - len(entry.title))
                index_rows.append([f"{entry.number}.", Paragraph(f"{escape(entry.title)} {leader}", base), str(entry.page)])
        if index_rows:
            story.append(Table(index_rows, colWidths=[1 * cm, 14 * cm, 1.2 * cm], style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")])))
        for n, item in enumerate(doc.items):
            if layout == 2 or n == 0:
                story.append(PageBreak())
            flow: list = [ItemStart(item.number, starts), Paragraph(f"{escape(item.number)}. {escape(item.title)}", item_style)]
            if item.case_number:
                flow.append(p(f"Sagsnr.: {item.case_number}"))
            for kind, heading, entries in section_blocks(item):
                heading_text = HEADINGS.get(kind, heading) if kind != "text" else ""
                if heading_text:
                    flow.append(Paragraph(escape(heading_text + (":" if layout == 2 else "")), bold))
                if kind == "recommendation":
                    flow.append(p("Det indstilles, at"))
                    flow.append(ListFlowable([ListItem(p(e), leftIndent=12) for e in entries], bulletType="bullet", start="•"))
                elif kind == "attachments":
                    flow.extend(p(f"- {e}") for e in entries)
                else:
                    flow.extend(p(text) for text in entries)
            story.append(KeepTogether(flow[:3]))
            story.extend(flow[3:])
        return story

    def furniture(canvas, document):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        page = canvas.getPageNumber()
        if layout == 1:
            canvas.drawString(2 * cm, A4[1] - 1.2 * cm, running)
            canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Side {page} af {document._total}")
        else:
            canvas.drawString(2 * cm, 1.2 * cm, running)
            canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Side {page} af {document._total}")
        canvas.restoreState()

    def render(total: int) -> bytes:
        buf = BytesIO()
        template = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2.2 * cm,
                                     bottomMargin=2.2 * cm, title=f"Referat {m.body}", author="referat samples",
                                     creator="referat make_samples", invariant=1)
        template._total = total
        starts.clear()
        template.build(make_story(), onFirstPage=furniture, onLaterPages=furniture)
        return buf.getvalue()

    first = render(0)
    import pypdfium2

    total = len(pypdfium2.PdfDocument(first))
    data = render(total)
    build_pdf.starts = dict(starts)  # type: ignore[attr-defined]
    return data


# DOCX ----------------------------------------------------------------------------------


def _field(run, code: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for kind, text in (("begin", None), (None, code), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == "1":
            element = OxmlElement("w:t")
            element.text = text
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {text} "
        run._r.append(element)


def build_docx(doc: Referat, breaks_per_item: bool) -> bytes:
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    m = doc.meeting
    d = docx.Document()
    d.core_properties.author = "referat samples"
    d.core_properties.title = f"Referat {m.body}"
    from datetime import datetime

    d.core_properties.created = d.core_properties.modified = datetime(2025, 1, 1)
    d.core_properties.revision = 1
    section = d.sections[0]
    section.header.paragraphs[0].text = f"{m.body} – {long_date(m.date)}"
    footer = section.footer.paragraphs[0]
    footer.add_run("Side ")
    _field(footer.add_run(), "PAGE")
    footer.add_run(" af ")
    _field(footer.add_run(), "NUMPAGES")

    d.add_heading("Referat", 0)
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in header_rows(doc):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
        cells[0].paragraphs[0].runs[0].bold = True
    d.add_paragraph()
    d.add_paragraph("Indholdsfortegnelse").runs[0].bold = True
    group = None
    for entry in doc.agenda:
        if entry.group and entry.group != group:
            group = entry.group
            d.add_paragraph(group).runs[0].bold = True
        d.add_paragraph(f"{entry.number}.\t{entry.title}\t{entry.page}")
    for n, item in enumerate(doc.items):
        if breaks_per_item or n == 0:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        title = d.add_paragraph()
        run = title.add_run(f"{item.number}. {item.title}")
        run.bold, run.font.size = True, Pt(13)
        if item.case_number:
            d.add_paragraph(item.case_number)
        for kind, heading, entries in section_blocks(item):
            if kind != "text":
                d.add_paragraph(HEADINGS.get(kind, heading)).runs[0].bold = True
            if kind == "recommendation":
                d.add_paragraph("Det indstilles, at")
                for e in entries:
                    d.add_paragraph(e, style="List Number" if breaks_per_item else "List Bullet")
            elif kind == "attachments":
                for e in entries:
                    d.add_paragraph(e, style="List Bullet")
            else:
                for text in entries:
                    d.add_paragraph(text)
    buf = BytesIO()
    d.save(buf)
    return _fixed_zip_times(buf.getvalue())


def _fixed_zip_times(data: bytes) -> bytes:
    """The same bytes on every run: zip entries with a fixed timestamp."""
    import zipfile

    out = BytesIO()
    with zipfile.ZipFile(BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def main() -> int:
    report = []
    for stem in SEEDS:
        doc = parse_path(SAMPLES / f"{stem}.txt")
        per_item_pages = stem.startswith("003")  # First Agenda prints each item on a new page
        (SAMPLES / f"{stem}.docx").write_bytes(build_docx(doc, breaks_per_item=per_item_pages))
        (SAMPLES / f"{stem}.pdf").write_bytes(build_pdf(doc, layout=1))
        report.append((f"{stem}.pdf", build_pdf.starts))  # type: ignore[attr-defined]
        if per_item_pages:
            (SAMPLES / f"{stem}-layout2.pdf").write_bytes(build_pdf(doc, layout=2))
            report.append((f"{stem}-layout2.pdf", build_pdf.starts))  # type: ignore[attr-defined]
    for name, starts in report:
        print(f"{name}: item → page " + ", ".join(f"{k}→{v}" for k, v in starts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
