"""The common line/page model every reader produces and every extractor reads.

A reader turns its input into a `RawDocument`: an ordered list of `Line`s with
the page they came from where the format has pages, plus layout cues where the
format gives them. A blank `Line` (text == "") marks a paragraph break.
The cleaning stage (`cleaning.py`) takes a RawDocument and returns the lines
with page furniture removed and broken lines joined.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from .models import Warning
from .textutil import has_mojibake_marks, repair_mojibake


@dataclass(slots=True)
class Line:
    """One line of text as read. Stages never change a Line; they make new ones with
    `with_text` (not frozen only because frozen dataclasses build 5× slower). A table row is
    one line, tab characters separating its cells (every reader, from the source's table
    markup or, in PDFs, from the gaps between cells on the page).

    text:  the characters of the line, without the line break; "" for a blank line.
    page:  1-based page number, or None where the format has no pages.
    x0, top: position of the line's first character in points from the page's
           left/top edge (PDF, OCR), None elsewhere.
    bold:  the line's text is set in a bold face (DOCX runs; PDF font weight or name; HTML).
    heading: the source marks this line as a heading (DOCX heading style, HTML headings).
    number: the line's position in the reader's `RawDocument.lines` (numbered by the pipeline
           when the document is read); kept by `with_text`, so a cleaned line still tells
           which line it was read as (`referat explain`).

    Every cue is read by a later step: bold and heading by the item finder, top by cleaning
    (running headers) and `referat explain`, x0 by the PDF reader's merging of cells that an
    engine gives as lines of their own.
    """

    text: str
    page: int | None = None
    x0: float | None = None
    top: float | None = None
    bold: bool = False
    heading: bool = False
    number: int = -1

    def with_text(self, text: str) -> Line:
        """The same line with other text (what `dataclasses.replace` does, at a third of its cost)."""
        return Line(text, self.page, self.x0, self.top, self.bold, self.heading, self.number)

    @property
    def is_blank(self) -> bool:
        return not self.text.strip()


@dataclass(slots=True)
class RawDocument:
    """What a reader hands to the pipeline.

    lines:   every line in reading order, blank lines marking paragraph breaks.
    format:  the reader's name: "pdf", "docx", "odt", "txt", "md", "html", "mhtml", "firstagenda-api".
    pages:   page count where the format has pages, else None.
    furniture: lines the reader already recognised as page furniture (running
             headers/footers, page numbers) and left out of `lines`; kept so the
             cleaning stage can remove their twins from the body.
    warnings: what the reader noticed (e.g. a non-UTF-8 text decoded as cp1252).
    printed: the lines come from pages as printed (PDF, Word, text exports), where running
             headers and footers repeat; False for web pages and API data, which have none.
    ends_mid_line: the input stops with no line break after its last line (a text file; an
             excerpt cut at a length does, and its last line may be cut off mid-word).
    """

    lines: list[Line]
    format: str
    pages: int | None = None
    furniture: list[Line] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    printed: bool = True
    ends_mid_line: bool = False


def repaired(lines: list[Line]) -> tuple[list[Line], int]:
    """The lines with text decoded with the wrong code page upstream repaired ("MÃ¸dedato" →
    "Mødedato", by ftfy), and how many lines were changed."""
    if not has_mojibake_marks("\n".join([line.text for line in lines])):
        return lines, 0
    out, changed = [], 0
    for line in lines:
        fixed = repair_mojibake(line.text) if has_mojibake_marks(line.text) else line.text
        changed += fixed != line.text
        out.append(line if fixed == line.text else line.with_text(fixed))
    return out, changed


def composed(lines: list[Line]) -> list[Line]:
    """The lines in Unicode NFC, whatever the reader: 'Zoe' + a combining diaeresis becomes 'Zoë',
    so decomposed text (macOS file systems, some PDF and Word producers) reads as the same words.
    Most documents are in NFC already: their text is checked whole first (a line break composes
    with nothing, so the whole is NFC exactly when every line is)."""
    if unicodedata.is_normalized("NFC", "\n".join([line.text for line in lines])):
        return lines
    return [line if unicodedata.is_normalized("NFC", line.text) else line.with_text(unicodedata.normalize("NFC", line.text))
            for line in lines]
