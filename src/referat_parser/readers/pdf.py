"""PDF: lines with page, position, boldness and table cells; page furniture found by layout.

Engines:
  pdfium      (default) pypdfium2: the page text in one call, then position and
              font weight looked up at each line's first character, and table cells at the
              gaps between the line's text runs (cheap FFI calls).
  pdfplumber  pdfplumber's text lines with their characters (slower, ~30×; use where its
              word grouping reads a layout better).

Both give the same `Line` model; the furniture and paragraph logic below works on it:
  - a blank line where the gap to the previous line is clearly larger than the page's
    usual line pitch, and at every page break;
  - lines in the top and bottom bands of the page that repeat (digits folded) on
    several pages, and page numbers there, move to `RawDocument.furniture`.
pdfium reports a hyphen at a line end as U+FFFE and joins the two lines; the cleaning
stage decides whether the word is joined or the hyphen kept.
"""

from __future__ import annotations

import ctypes
import math
import operator
import re
from collections import Counter
from io import BytesIO

from ..document import Line, RawDocument
from ..errors import ReferatError
from ..models import Warning
from ..shapes import furniture_shape, is_page_number
from . import ocr

BAND_SHARE = 0.08  # top and bottom 8 % of the page height hold running headers and footers
MIN_REPEAT_PAGES = 2  # a band line printed on this many pages is furniture …
MIN_REPEAT_SHARE = 0.5  # … and, in documents of 3+ pages, on at least this share of them
MIN_PREFIX_WORDS = 2  # a running header that goes on with the page's own words ("Byrådet 26-03-2025 - 3. Eventuelt")
MIN_PREFIX_CHARS = 12  # … shares at least this much of its start with the other pages' band lines
CELL_GAP_EM = 1.5  # a gap this wide (in font sizes) between characters separates table cells
DEFAULT_FONT_SIZE = 10.0  # points, where a font reports no size
WORD_GAP_EM = 0.15  # a gap this wide is a space between words
SAME_BASELINE = 2.0  # points: lines this close vertically stand on one baseline
BASELINE_LOOKBACK = 3  # a cell's text may come a few lines after its row's first cell
PARAGRAPH_GAP = 1.5  # a gap this many times the usual line pitch starts a paragraph
BOLD_WEIGHT = 600
BOLD_NAME_MARKS = ("bold", "black", "heavy", "semibold", "demi")
BOLD_NAME_MARKS_BYTES = tuple(mark.encode() for mark in BOLD_NAME_MARKS)
FONT_NAME_BYTES = 128

_LEADING_CID = re.compile(r"^\(cid:\d+\)\s*")
_CID = re.compile(r"\(cid:\d+\)")

_DIGIT = re.compile(r"\d")


def read_pdf(data: bytes, options) -> RawDocument:
    from .pdf_bounds import check_streams

    check_streams(data)
    if options.pdf_engine == "pdfplumber":
        pages, heights = _pdfplumber_pages(data, options.password)
    else:
        pages, heights = _pdfium_pages(data, options.password)
    warnings: list[Warning] = []
    read_by_ocr = _read_by_ocr(data, options, pages, heights, warnings)
    if not any(line.text.strip() for page in pages for line in page):
        raise ocr.no_text_error(options.ocr, bool(read_by_ocr))
    warnings += [_page_without_text(n, n in read_by_ocr) for n, page in enumerate(pages, start=1)
                 if not any(line.text.strip() for line in page)]
    body, furniture = split_furniture(pages, heights)
    return RawDocument(lines=body, format="pdf", pages=len(pages), furniture=furniture, warnings=warnings)


def _read_by_ocr(data: bytes, options, pages: list[list[Line]], heights: list[float], warnings: list[Warning]) -> list[int]:
    """Put OCR lines in place of the pages `options.ocr` asks for (see readers/ocr.py); the
    numbers of the pages so read. Where the engine is missing, `auto` reads none."""
    wanted = ocr.pages_to_read(pages, options.ocr)
    if not wanted:
        return []
    try:
        engine = ocr.engine()
    except ocr.OcrUnavailable as exc:
        if options.ocr is ocr.OcrMode.FORCE:
            raise ReferatError(f"--ocr force needs the OCR engine: {exc.hint}", "ocr-unavailable") from None
        return []
    ocr.announce_pages(len(wanted))
    for number, (lines, height) in ocr.read_pages(data, options.password, wanted, engine).items():
        pages[number - 1] = lines
        heights[number - 1] = heights[number - 1] or height
        warnings.append(ocr.read_warning(number, engine.description, forced=options.ocr is ocr.OcrMode.FORCE))
    return wanted


def _page_without_text(number: int, read_by_ocr: bool) -> Warning:
    if read_by_ocr:
        message = f"Page {number} has no text layer, and OCR found no text on it (a blank page or a picture?)."
    else:
        message = f"Page {number} has no text layer (an image?)."
    return Warning(code="page-without-text", message=message, page=number)


# pdfium --------------------------------------------------------------------------------


def _open_pdfium(data: bytes, password: str | None):
    import pypdfium2

    try:
        return pypdfium2.PdfDocument(data, password=password)
    except pypdfium2.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message:
            if password:
                raise ReferatError("wrong password for this encrypted PDF", "encrypted") from None
            raise ReferatError("encrypted PDF; give the password with --password", "encrypted") from None
        if "security" in message:
            raise ReferatError("encrypted PDF with an unsupported security handler", "encrypted") from None
        raise ReferatError("not a readable PDF (file damaged or truncated)", "corrupt-pdf") from None


def _pdfium_pages(data: bytes, password: str | None) -> tuple[list[list[Line]], list[float]]:
    """Each page's lines and height. Pages and their text are loaded through pdfium's C API
    (what pypdfium2's PdfPage and PdfTextPage wrap), which saves a fifth of the reading time
    that the wrappers' bookkeeping (finalisers, weak references) takes; a page that pdfium
    cannot load reads as a page without lines."""
    import pypdfium2.raw as pdfium_c

    pdf = _open_pdfium(data, password)
    info = _CharInfo(pdfium_c)
    pages: list[list[Line]] = []
    heights: list[float] = []
    try:
        for index in range(len(pdf)):
            page = pdfium_c.FPDF_LoadPage(pdf.raw, index)
            textpage = pdfium_c.FPDFText_LoadPage(page) if page else None
            try:
                if not textpage:
                    pages.append([])
                    heights.append(0.0)
                    continue
                rotation = pdfium_c.FPDFPage_GetRotation(page)
                width = pdfium_c.FPDF_GetPageWidthF(page) if rotation else 0.0
                height = info.open_page(textpage, rotation, width, pdfium_c.FPDF_GetPageHeightF(page))
                text = _page_text(pdfium_c, textpage)
                pages.append(_pdfium_lines(info, text, height, index + 1))
                heights.append(height)
            finally:
                if textpage:
                    pdfium_c.FPDFText_ClosePage(textpage)
                if page:
                    pdfium_c.FPDF_ClosePage(page)
    finally:
        pdf.close()
    return pages, heights


def _page_text(pdfium_c, textpage) -> str:
    """All text of a page, as pypdfium2's `PdfTextPage.get_text_range()` gives it: the range
    narrowed to the characters that have text (pdfium may read past a range that ends on one
    without, crbug.com/pdfium/2079), read as UTF-16 into a buffer of the exact size."""
    first, last = 0, pdfium_c.FPDFText_CountChars(textpage) - 1
    while first <= last and pdfium_c.FPDFText_GetTextIndexFromCharIndex(textpage, first) == -1:
        first += 1
    while first <= last and pdfium_c.FPDFText_GetTextIndexFromCharIndex(textpage, last) == -1:
        last -= 1
    if first > last:
        return ""
    text_first = pdfium_c.FPDFText_GetTextIndexFromCharIndex(textpage, first)
    text_last = pdfium_c.FPDFText_GetTextIndexFromCharIndex(textpage, last)
    buffer = (ctypes.c_ushort * (text_last + 2 - text_first))()
    written = pdfium_c.FPDFText_GetText(textpage, first, last - first + 1, buffer)
    return bytes(memoryview(buffer)[: max(written - 1, 0)]).decode("utf-16-le", errors="ignore")


def _untyped(function, restype):
    """The same C function without its binding's argument types, called with the interpreter
    lock held: ctypes then passes each argument as it is given (a c_void_p handle, an int, a
    byref pointer, a buffer) instead of checking and converting it, and does not give up and
    take back the lock around a call that lasts a fraction of a microsecond; together a third
    of the cost of a call. Only for the calls made on every line, each given exactly those
    kinds of argument."""
    return ctypes.PYFUNCTYPE(restype)(ctypes.cast(function, ctypes.c_void_p).value)


class _CharInfo:
    """Layout of a page's lines, through pdfium's C API with buffers allocated once per
    document (the Python helpers allocate per call): where each line starts, its font cues, and
    where its table cells begin. `open_page` sets the text page the look-ups read; each look-up
    takes all lines of the page at once (a call per page, not per line, from the Python side)."""

    def __init__(self, pdfium_c):
        self.char_box = _untyped(pdfium_c.FPDFText_GetCharBox, ctypes.c_int)
        self.count_rects = _untyped(pdfium_c.FPDFText_CountRects, ctypes.c_int)
        self.font_info = _untyped(pdfium_c.FPDFText_GetFontInfo, ctypes.c_ulong)
        self.get_rect = pdfium_c.FPDFText_GetRect
        self.char_at = pdfium_c.FPDFText_GetCharIndexAtPos
        self.font_size = pdfium_c.FPDFText_GetFontSize
        self.font_weight = pdfium_c.FPDFText_GetFontWeight
        self.left, self.right, self.bottom, self.top = (ctypes.c_double() for _ in range(4))
        self.edges = tuple(ctypes.byref(edge) for edge in (self.left, self.right, self.bottom, self.top))
        self.name = ctypes.create_string_buffer(FONT_NAME_BYTES)
        self.bold_by_font: dict[bytes, bool] = {}
        self.textpage = None
        self.handle = ctypes.c_void_p()
        self.rotation, self.width, self.height = 0, 0.0, 0.0

    def open_page(self, textpage, rotation: int, width: float, height: float) -> float:
        """Read this text page next; its page is turned `rotation` quarter turns clockwise for
        display (/Rotate) and is `width` × `height` points before it is turned (the width is
        needed only for a turned page). The height of the page as displayed."""
        self.textpage = textpage
        self.handle = ctypes.c_void_p(ctypes.cast(textpage, ctypes.c_void_p).value)
        self.rotation, self.width, self.height = rotation % 4, width, height
        return width if self.rotation % 2 else height

    def positions(self, indexes: list[int]) -> list[tuple[float | None, float | None]]:
        """Left and top edge of each character, in PDF points (None where pdfium has no box)."""
        if self.rotation:
            return [self.turned_position(index) for index in indexes]
        char_box, handle, left, top = self.char_box, self.handle, self.left, self.top
        to_left, to_right, to_bottom, to_top = self.edges
        return [(left.value, top.value) if char_box(handle, index, to_left, to_right, to_bottom, to_top) else (None, None)
                for index in indexes]

    def turned_position(self, index: int) -> tuple[float | None, float | None]:
        """The same on a page displayed turned (/Rotate 90, 180, 270; landscape pages): the
        character's box turned as the page is, in the displayed page's PDF points (y from its
        bottom edge), so that lines are told apart and ordered as they are read, not as they
        stand on the unturned page."""
        if not self.char_box(self.handle, index, *self.edges):
            return None, None
        left, right, bottom, top = (edge.value for edge in (self.left, self.right, self.bottom, self.top))
        if self.rotation == 1:  # the unturned page's left edge is now the top, its bottom edge the left
            return bottom, self.width - left
        if self.rotation == 2:
            return self.width - right, self.height - bottom
        return self.height - top, right  # a quarter turn anticlockwise: the right edge is the top

    def boldness(self, indexes: list[int]) -> list[bool]:
        """Boldness at each character, decided once per font (by its name): by the weight the
        font reports, else (weight 0 or unknown, as in the standard Helvetica-Bold) by its name."""
        font_info, handle, name = self.font_info, self.handle, self.name
        bold_by_font = self.bold_by_font
        found: list[bool] = []
        for index in indexes:
            if font_info(handle, index, name, FONT_NAME_BYTES, None) <= 0:
                found.append(self.font_weight(self.textpage, index) >= BOLD_WEIGHT)
                continue
            font = name.value
            bold = bold_by_font.get(font)
            if bold is None:
                weight = self.font_weight(self.textpage, index)
                bold = weight >= BOLD_WEIGHT if weight > 0 else any(mark in font.lower() for mark in BOLD_NAME_MARKS_BYTES)
                bold_by_font[font] = bold
            found.append(bold)
        return found

    def cell_starts(self, spans: list[tuple[int, int]]) -> list[list[int]]:
        """For each line (its first character's index and its length), the indexes of the
        characters that open a new table cell on it: pdfium joins cells on one baseline with a
        space, but gives each run of text (each text object) its own rectangle, and a cell's
        rectangle stands a wide gap after the one before it. One count over the whole page
        first: a run of text does not go on over a line break, so where the page has no more
        rectangles than lines, no line has two and none is looked at."""
        if self.count_rects(self.handle, 0, -1) <= len(spans):
            return [[] for _span in spans]
        return [self._line_cell_starts(first, count) for first, count in spans]

    def _line_cell_starts(self, first: int, count: int) -> list[int]:
        rects = self.count_rects(self.handle, first, count)
        if rects < 2:
            return []
        textpage = self.textpage
        gap = (self.font_size(textpage, first) or DEFAULT_FONT_SIZE) * CELL_GAP_EM
        starts: list[int] = []
        right = None
        for k in range(rects):
            self.get_rect(textpage, k, self.left, self.top, self.right, self.bottom)
            if right is not None and self.left.value - right > gap:
                middle = (self.top.value + self.bottom.value) / 2
                index = self.char_at(textpage, self.left.value + 1, middle, 2.0, 2.0)
                if first < index < first + count:
                    starts.append(index)
            right = self.right.value if right is None else max(right, self.right.value)
        return starts


def _pdfium_lines(info: _CharInfo, text: str, height: float, number: int) -> list[Line]:
    """Split the page text at line breaks; look up layout at each line's first character,
    and mark table cells with tabs (on every line: a line's words do not decide its layout)."""
    starts, firsts, texts = _line_spans(text)
    places = info.positions(firsts)
    bold = info.boldness(firsts)
    cells = info.cell_starts([(start, len(line_text)) for start, line_text in zip(starts, texts)])
    lines: list[Line] = []
    for start, line_text, (left, top), line_bold, line_cells in zip(starts, texts, places, bold, cells):
        if line_cells:
            line_text = _with_tabs(line_text, [index - start for index in line_cells])
        lines.append(Line(line_text, number, left, (height - top) if top is not None else None, line_bold))
    return lines


def _line_spans(text: str) -> tuple[list[int], list[int], list[str]]:
    """The page text's non-blank lines: where each starts in the text, where its first
    character that is not a space stands, and its text without the spaces at its end."""
    starts: list[int] = []
    firsts: list[int] = []
    texts: list[str] = []
    position = 0
    for raw_line in text.split("\n"):
        start = position
        position += len(raw_line) + 1
        line_text = raw_line.rstrip()
        if line_text:
            starts.append(start)
            firsts.append(start + len(line_text) - len(line_text.lstrip()))
            texts.append(line_text)
    return starts, firsts, texts


def _with_tabs(text: str, offsets: list[int]) -> str:
    """'1. Budget Godkendt.' with a cell opening at offset 10 → '1. Budget<tab>Godkendt.'."""
    pieces, previous = [], 0
    for offset in offsets:
        pieces.append(text[previous:offset].rstrip())
        previous = offset
    pieces.append(text[previous:])
    return "\t".join(pieces)


# pdfplumber ----------------------------------------------------------------------------


def _pdfplumber_pages(data: bytes, password: str | None) -> tuple[list[list[Line]], list[float]]:
    import pdfplumber

    try:
        pdf = pdfplumber.open(BytesIO(data), password=password or "")
    except Exception as exc:
        name = type(exc).__name__.lower()
        if "password" in name or "encrypt" in str(exc).lower():
            reason = "wrong password for this encrypted PDF" if password else "encrypted PDF; give the password with --password"
            raise ReferatError(reason, "encrypted") from None
        raise ReferatError("not a readable PDF (file damaged or truncated)", "corrupt-pdf") from None
    pages: list[list[Line]] = []
    heights: list[float] = []
    try:
        for number, page in enumerate(pdf.pages, start=1):
            try:
                rows = page.extract_text_lines(return_chars=True)
            except Exception:
                rows = []
            lines = []
            for row in rows:
                chars = row.get("chars") or []
                first = chars[0] if chars else {}
                lines.append(
                    Line(
                        text=_plumber_text(chars) if chars else row["text"].rstrip(),
                        page=number,
                        x0=row.get("x0"),
                        top=row.get("top"),
                        bold=any(mark in str(first.get("fontname", "")).lower() for mark in BOLD_NAME_MARKS),
                    )
                )
            pages.append(lines)
            heights.append(float(page.height))
            page.close()
    except ReferatError:
        raise
    except Exception:
        raise ReferatError("not a readable PDF (file damaged or truncated)", "corrupt-pdf") from None
    finally:
        pdf.close()
    return pages, heights


def _plumber_text(chars: list[dict]) -> str:
    """A line's text from its characters: a wide gap (a table column) becomes a tab, and a
    glyph pdfminer could not map ("(cid:127)", most often a bullet) becomes "•" at the start."""
    text = ""
    previous = None
    for char in chars:
        glyph = char.get("text", "")
        if previous is not None and glyph != " ":
            gap = char["x0"] - previous["x1"]
            size = previous.get("size") or 10
            if gap > size * CELL_GAP_EM:
                text = text.rstrip(" ") + "\t"
            elif gap > size * WORD_GAP_EM and not text.endswith((" ", "\t")):
                text += " "
        text += glyph
        previous = char
    text = _CID.sub("", _LEADING_CID.sub("• ", text.strip()))
    return text.rstrip()


# layout: furniture and paragraphs -------------------------------------------------------


def _repeat_pages_needed(pages: int) -> int:
    return MIN_REPEAT_PAGES if pages < 3 else max(MIN_REPEAT_PAGES, int(pages * MIN_REPEAT_SHARE + 0.5))


def _band_lines(lines: list[Line], height: float) -> list[tuple[int, Line, str]]:
    """The page's lines in its top and bottom bands (a share BAND_SHARE of its height), each
    with its index on the page and its band: "top" or "bottom"."""
    if not height:
        return []
    top, bottom = height * BAND_SHARE, height * (1 - BAND_SHARE)
    return [(index, line, "top" if line.top <= top else "bottom") for index, line in enumerate(lines)
            if line.top is not None and (line.top <= top or line.top >= bottom)]


def _repeated_band_shapes(bands: list[list[tuple[int, Line, str]]]) -> set[str]:
    pages_with: Counter[str] = Counter()
    for lines in bands:
        pages_with.update({furniture_shape(line.text) for _index, line, _band in lines})
    needed = _repeat_pages_needed(len(bands))
    return {shape for shape, count in pages_with.items() if count >= needed}


def _repeated_band_starts(bands: list[list[tuple[int, Line, str]]]) -> set[str]:
    """The words that band lines of many pages start with, where the rest of the line changes
    from page to page ("Byrådet 26-03-2025" / "Byrådet 26-03-2025 - 2. Kommuneplan …"): a
    running header that names the page's item. At least MIN_PREFIX_WORDS words, as printed, with
    a digit among them (the meeting's date: a heading repeated at the top of pages has none)."""
    pages_with: Counter[str] = Counter()
    for lines in bands:
        starts: set[str] = set()
        for _index, line, _band in lines:
            words = line.text.split()
            starts.update(" ".join(words[:n]) for n in range(MIN_PREFIX_WORDS, len(words) + 1))
        pages_with.update(starts)
    needed = _repeat_pages_needed(len(bands))
    return {start for start, count in pages_with.items() if count >= needed and len(start) >= MIN_PREFIX_CHARS and _DIGIT.search(start)}


def _starts_like(text: str, starts: set[str]) -> bool:
    words = text.split()
    return any(" ".join(words[:n]) in starts for n in range(MIN_PREFIX_WORDS, len(words) + 1))


def merge_same_baseline(lines: list[Line]) -> list[Line]:
    """Cells of one table row that the engine gave as separate lines ("6." | "Title …")
    become one line, the cells joined by a tab, as table rows are everywhere else."""
    if not _shares_a_baseline(lines):
        return lines
    out: list[Line] = []
    for line in lines:
        top, x0 = line.top, line.x0
        if top is None or x0 is None:
            out.append(line)
            continue
        for back in range(len(out) - 1, max(-1, len(out) - 1 - BASELINE_LOOKBACK), -1):
            previous = out[back]
            if (
                previous.top is not None
                and abs(top - previous.top) <= SAME_BASELINE
                and previous.x0 is not None
                and x0 > previous.x0
            ):
                out[back] = previous.with_text(f"{previous.text}\t{line.text}")
                break
        else:
            out.append(line)
    return out


def _shares_a_baseline(lines: list[Line]) -> bool:
    """Two of the placed lines stand within SAME_BASELINE of each other, wherever they come in
    the page's text (a footer given second does not count): only such lines can be merged."""
    tops = sorted([line.top for line in lines if line.top is not None and line.x0 is not None])
    closest = min(map(operator.sub, tops[1:], tops), default=math.inf)
    return closest <= SAME_BASELINE


def split_furniture(pages: list[list[Line]], heights: list[float]) -> tuple[list[Line], list[Line]]:
    """Body lines (blank lines marking paragraph breaks and page breaks) and furniture lines."""
    pages = [merge_same_baseline(lines) for lines in pages]
    bands = [_band_lines(lines, height) for lines, height in zip(pages, heights)]
    repeated = _repeated_band_shapes(bands)
    starts = _repeated_band_starts(bands)
    body: list[Line] = []
    furniture: list[Line] = []
    for number, (lines, in_bands) in enumerate(zip(pages, bands), start=1):
        dropped = [(index, line) for index, line, band in in_bands if _is_band_furniture(line.text, band, number == 1, repeated, starts)]
        kept = _without(lines, [index for index, _line in dropped])
        furniture += [line for _index, line in dropped]
        if body and kept:
            body.append(Line(text="", page=number))
        body.extend(_with_paragraph_breaks(kept))
    return body, furniture


def _without(lines: list[Line], indexes: list[int]) -> list[Line]:
    """The lines but those at `indexes` (in ascending order)."""
    kept = list(lines)
    for index in reversed(indexes):
        del kept[index]
    return kept


def _is_band_furniture(text: str, band: str, first_page: bool, repeated: set[str], starts: set[str]) -> bool:
    """A page number, or a line repeated in the bands of many pages (or starting as such lines
    do); the first page's top band is its title block, where only a page number is furniture."""
    if is_page_number(text):
        return True
    if first_page and band == "top":
        return False
    return furniture_shape(text) in repeated or _starts_like(text, starts)


def _with_paragraph_breaks(lines: list[Line]) -> list[Line]:
    steps = _steps_down([line.top for line in lines])
    gaps = [step for step in steps if step is not None and step > 0]
    if not gaps:
        return lines
    pitch = sorted(gaps)[len(gaps) // 4]  # the usual pitch: a low quantile, paragraph gaps lie above it
    widest = pitch * PARAGRAPH_GAP
    breaks = [i for i, step in enumerate(steps, start=1) if step is not None and (step > widest or step < 0)]
    out: list[Line] = []
    start = 0
    for i in breaks:
        out += lines[start:i]
        out.append(lines[i].with_text(""))
        start = i
    out += lines[start:]
    return out


def _steps_down(tops: list[float | None]) -> list[float | None]:
    """How far each line stands below the one before it (negative where it stands higher);
    None where either top is unknown."""
    if None not in tops:
        return list(map(operator.sub, tops[1:], tops))
    return [below - above if above is not None and below is not None else None for above, below in zip(tops, tops[1:])]
