"""Every variant document printed as a PDF (wrapped lines, table cells, running header, page
numbers) and saved as a Word file reads like its text: no reader adds template-specific failures."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfs import text_docx, text_pdf

from referat_parser import parse_bytes, parse_path
from referat_parser.readers import ReadOptions
from referat_parser.textutil import collapse

VARIANTS = sorted((Path(__file__).resolve().parent / "variants").glob("*.txt"))
# Shapes only a text file shows, which no rendition can carry over.
CUT_OFF = "the text stops in the middle of its last line (an excerpt cut at a length); no other format shows that"
LOST_BREAKS = "a transcript whose pages lost their line breaks; a printed page wraps its long lines again"
MARKED_BOLD = "headings set in bold by Markdown marks ('**Valg af dirigent**'); a page or Word file shows a bold face, not marks"
UNDERLINED = ("unnumbered headings told by a rule of dashes typed under them; a page or Word file shows an underline "
              "as formatting, not as a line of dashes")
SPACED_COLUMNS = ("a table's columns set apart by runs of spaces, as a plain-text export lays them out; a page or web "
                  "page draws those spaces as text (a few points wide in a proportional font) or collapses them")
MARKDOWN_TYPED = ("a text file written in Markdown ('## 1. Økonomi', '**Beslutning:** Godkendt.'); a page or Word file "
                  "shows headings and bold as formatting, not as marks")
TEXT_ONLY = {"index_cut_off_web_excerpt": CUT_OFF, "association-bold-headings-without-numbers": MARKED_BOLD,
             "garden-club-markdown-written-as-plain-text": MARKDOWN_TYPED,
             "club-underlined-headings-without-numbers": UNDERLINED, "football-club-minutes-table-in-wide-columns": SPACED_COLUMNS}
NOT_IN_WORD = {**TEXT_ONLY}
INLINE_HEADERS = ("each page's running header stands inline in the text, as a text export of printed pages gives it; "
                  "a rendition prints those lines as body text at no one place on its pages")
EMPTY_CELLS = ("a table row with an empty cell before its mark ('Carl Dahl | C | | X'); a printed page shows the empty cell "
               "only as a wider gap, which the PDF reader does not keep as a cell")
NOT_PRINTED = {**TEXT_ONLY, "index_numbers_apart_excerpt": LOST_BREAKS, "index_numbers_apart_with_body": LOST_BREAKS,
               "committee-excerpt-running-header-with-page-count": INLINE_HEADERS,
               "committee-attendance-marks-per-status-column": EMPTY_CELLS,
               "riding-club-three-column-table-without-numbers": EMPTY_CELLS}
BLOCKS_BY_BLANKS = ("items told apart only by blank lines between blocks; a Word file without empty paragraphs "
                    "sets every line apart alike (see the rendition with empty paragraphs)")
HEADER_IS_A_LINE = ("the Word rendition's running header is the body's name, which the document prints as a line of its "
                    "own under the title: that line then reads as page furniture")
IN_WORD_HEADER = {"housing-board-pkt-colon-index": HEADER_IS_A_LINE}
WITHOUT_EMPTY_PARAGRAPHS = {**NOT_IN_WORD, **IN_WORD_HEADER, "association-unnumbered-headings-after-leadin": BLOCKS_BY_BLANKS}


def renditions(skipped: dict[str, str]) -> list:
    """The variants as test parameters, those whose shape the rendition cannot carry skipped with the reason."""
    return [pytest.param(p, id=p.stem, marks=[pytest.mark.skip(reason=skipped[p.stem])] if p.stem in skipped else [])
            for p in VARIANTS]


def summary(doc) -> dict:
    m = doc.meeting
    return {
        "meeting": (m.body, m.date, m.start_time, m.end_time),
        "attendees": [(a.name, a.status) for a in doc.attendees],
        "agenda": [(e.number, e.title, e.page) for e in doc.agenda],
        "items": [(i.number, collapse(i.title), i.case_number, i.access) for i in doc.items],
        "decisions": [collapse(i.decision or "") for i in doc.items],
        "sections": [[s.kind for s in i.sections] for i in doc.items],
        "recommendations": [len(i.recommendations) for i in doc.items],
    }


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("path", renditions(NOT_PRINTED))
def test_pdf_rendition_reads_like_the_text(path, engine):
    from_text = parse_path(path)
    header = f"{from_text.meeting.body or 'Referat'} - {from_text.meeting.date or ''}"
    pdf = text_pdf(path.read_text(encoding="utf-8"), header)
    from_pdf = parse_bytes(pdf, "x.pdf", ReadOptions(pdf_engine=engine))
    assert summary(from_pdf) == summary(from_text)


@pytest.mark.parametrize("path", renditions(WITHOUT_EMPTY_PARAGRAPHS))
def test_docx_rendition_reads_like_the_text(path):
    from_text = parse_path(path)
    docx_bytes = text_docx(path.read_text(encoding="utf-8"), f"{from_text.meeting.body or 'Referat'}")
    assert summary(parse_bytes(docx_bytes, "x.docx")) == summary(from_text)


@pytest.mark.parametrize("path", renditions({**TEXT_ONLY, **IN_WORD_HEADER}))
def test_docx_typed_with_empty_paragraphs_between_blocks_reads_like_the_text(path):
    from_text = parse_path(path)
    docx_bytes = text_docx(path.read_text(encoding="utf-8"), f"{from_text.meeting.body or 'Referat'}", empty_paragraphs=True)
    assert summary(parse_bytes(docx_bytes, "x.docx")) == summary(from_text)
