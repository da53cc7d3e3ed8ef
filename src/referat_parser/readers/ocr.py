"""OCR: scanned PDF pages read by Tesseract, into the same `Line` model as text-layer lines.

  - `--ocr auto` (the default) reads the pages that have no text layer, `force` every page,
    `never` none (`OcrMode`).
  - One engine per process, made on first use (loading the Danish model takes a moment):
    Tesseract through its Python binding tesserocr, language `dan`, page segmentation mode 6
    (one uniform block: the default mode drops list numbers in hanging indents, and items
    are found by their numbers).
  - A page is rendered with pypdfium2 in grayscale at max(300, the page image's own) dpi.
  - Each OCR line becomes a `Line`: position from its box, in points,
    so cleaning and extraction work unchanged.
  - ocr_cleanup.py mends what Tesseract typically gets wrong in minutes: dotted leaders read
    as letter runs (erased from the image and the page read again), misread list numbers,
    `|` for `I`, `8`/`S`/`$` for `§`, bullets read as letters, lost spaces after short words.
Where the engine is missing, `OcrUnavailable.hint` says exactly what to install.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path
from typing import Callable, Protocol

from ..document import Line
from ..errors import ReferatError
from ..models import Warning
from .ocr_cleanup import Box, OcrLine, OcrWord, core, fix_line, leader_boxes, renumbered, with_leaders

LANGUAGE = "dan"
PAGE_SEGMENTATION_MODE = 6  # one uniform block of text
MIN_DPI = 300  # pages are rendered at least this fine …
MAX_DPI = 600  # … and at most this fine: a finer scan costs time and reads no better
POINTS_PER_INCH = 72
TESSDATA_DIRS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    "/usr/local/share/tesseract-ocr/tessdata",
)
SYSTEM_PACKAGES = "tesseract-ocr tesseract-ocr-dan"
PYTHON_PACKAGE = "tesserocr"
LEADER_PASSES = 2  # pages read again at most this often with dotted leaders erased
WHITE = 255
ERASE_MARGIN = 2  # pixels around an erased box: the dots' soft edges


class OcrMode(str, Enum):
    """Which PDF pages are read by OCR."""

    AUTO = "auto"  # pages without a text layer, where the engine is installed
    NEVER = "never"  # none
    FORCE = "force"  # every page, also those with a (poor) text layer


@dataclass(frozen=True)
class PageImage:
    """A rendered page: 8-bit grayscale pixels, `stride` bytes a row."""

    pixels: bytes
    width: int
    height: int
    stride: int
    dpi: int


class OcrEngine(Protocol):
    description: str  # "tesseract 5.5.4, language dan, page segmentation mode 6"

    def read(self, image: PageImage) -> list[OcrLine]: ...


class OcrUnavailable(Exception):
    """The OCR engine cannot be made here; `hint` says what to install."""

    def __init__(self, hint: str):
        super().__init__(hint)
        self.hint = hint


# the engine ------------------------------------------------------------------------------


class TesseractEngine:
    """Tesseract in-process through tesserocr; one per process (see `engine`)."""

    def __init__(self, tessdata: str):
        import tesserocr

        self._ril = tesserocr.RIL
        self._api = tesserocr.PyTessBaseAPI(path=tessdata, lang=LANGUAGE, psm=PAGE_SEGMENTATION_MODE)
        version = tesserocr.tesseract_version().split()[1]
        self.description = f"tesseract {version}, language {LANGUAGE}, page segmentation mode {PAGE_SEGMENTATION_MODE}"

    def read(self, image: PageImage) -> list[OcrLine]:
        api, ril = self._api, self._ril
        api.SetImageBytes(image.pixels, image.width, image.height, 1, image.stride)
        api.SetSourceResolution(image.dpi)
        api.Recognize()
        lines: list[OcrLine] = []
        words: list[OcrWord] = []
        box: tuple[float, float, float] | None = None
        iterator = api.GetIterator()
        iterator.Begin()
        while not iterator.Empty(ril.WORD):
            if iterator.IsAtBeginningOf(ril.TEXTLINE):
                if words and box:
                    lines.append(OcrLine(tuple(words), *box))
                words = []
                left, top, _right, _bottom = iterator.BoundingBox(ril.TEXTLINE)
                row = iterator.RowAttributes()  # the row's fitted heights, the same whether or not its letters descend
                box = (left, top, row["row_height"] - row["descenders"])
            text = (iterator.GetUTF8Text(ril.WORD) or "").strip()
            if text:
                known = bool(iterator.WordIsFromDictionary())
                words.append(OcrWord(text, known, *iterator.BoundingBox(ril.WORD)))
            if not iterator.Next(ril.WORD):
                break
        if words and box:
            lines.append(OcrLine(tuple(words), *box))
        api.Clear()
        return lines


_engine: OcrEngine | None = None
_announce: Callable[[int], None] | None = None  # told how many pages a document reads by OCR (batch)


def announce_pages_to(callback: Callable[[int], None] | None) -> None:
    """Have `callback` told, before a document's pages are read by OCR, how many there are."""
    global _announce
    _announce = callback


def announce_pages(count: int) -> None:
    if _announce is not None and count:
        _announce(count)


def engine() -> OcrEngine:
    """The process's OCR engine, made on first use; raises OcrUnavailable with an install hint."""
    global _engine
    if _engine is None:
        _engine = _make_engine()
    return _engine


def _make_engine() -> OcrEngine:
    try:
        import tesserocr  # noqa: F401
    except ImportError:
        binding = False
    else:
        binding = True
    tessdata = find_tessdata()
    if not binding or tessdata is None:
        raise OcrUnavailable(install_hint(binding=binding, language_data=tessdata is not None))
    return TesseractEngine(tessdata)


def find_tessdata() -> str | None:
    """A folder holding Tesseract's Danish data: $TESSDATA_PREFIX, else where Debian puts it."""
    candidates = [os.environ.get("TESSDATA_PREFIX", ""), *TESSDATA_DIRS]
    for folder in candidates:
        if folder and (Path(folder) / f"{LANGUAGE}.traineddata").is_file():
            return folder
    return None


def install_hint(binding: bool, language_data: bool) -> str:
    """What to install for OCR, naming only what is missing."""
    steps = []
    if not language_data:
        steps.append(f"`apt-get install {SYSTEM_PACKAGES}` (Tesseract with its Danish data)")
    if not binding:
        steps.append(f"`pip install {PYTHON_PACKAGE}` (or `pip install 'referat-parser[ocr]'`)")
    return "install " + " and ".join(steps) if steps else "OCR is installed"


def unavailable_hint() -> str | None:
    """None where OCR works here, else what to install."""
    try:
        engine()
    except OcrUnavailable as exc:
        return exc.hint
    return None


# pages -----------------------------------------------------------------------------------


def pages_to_read(pages: list[list[Line]], mode: OcrMode) -> list[int]:
    """1-based numbers of the pages OCR reads in this mode."""
    if mode is OcrMode.NEVER:
        return []
    if mode is OcrMode.FORCE:
        return list(range(1, len(pages) + 1))
    return [n for n, lines in enumerate(pages, start=1) if not any(line.text.strip() for line in lines)]


def read_pages(data: bytes, password: str | None, numbers: list[int], ocr: OcrEngine) -> dict[int, tuple[list[Line], float]]:
    """Page number → (its OCR lines, its height in points), mended by ocr_cleanup."""
    import pypdfium2

    read: dict[int, tuple[list[OcrLine], int, float]] = {}
    try:
        pdf = pypdfium2.PdfDocument(data, password=password)
    except pypdfium2.PdfiumError:
        return {}  # the text pass read what could be read
    try:
        for number in numbers:
            try:
                page = pdf[number - 1]
            except (RuntimeError, ValueError, OSError):  # pdfium raising on one broken page
                continue
            try:
                image = render(page)
                read[number] = (renumbered(read_page(ocr, image)), image.dpi, page.get_height())
            except (RuntimeError, ValueError, OSError):
                continue
            finally:
                page.close()
    finally:
        pdf.close()
    every_word = [word for lines, _, _ in read.values() for line in lines for word in line.words]
    known = frozenset(core(word.text).casefold() for word in every_word if word.known)
    uses_section_sign = any("§" in word.text for word in every_word)
    return {
        number: ([to_line(line, number, dpi, known, uses_section_sign) for line in lines], height)
        for number, (lines, dpi, height) in read.items()
    }


def read_page(ocr: OcrEngine, image: PageImage) -> list[OcrLine]:
    """The page's lines; where dotted leaders were read as letters, which throws the engine off
    the whole line, they are erased from the image and the page is read again."""
    lines = ocr.read(image)
    erased: list[Box] = []
    for _ in range(LEADER_PASSES):
        boxes = leader_boxes(lines)
        if not boxes:
            break
        erased += boxes
        image = erase(image, boxes)
        lines = ocr.read(image)
    return with_leaders(lines, erased) if erased else lines


def erase(image: PageImage, boxes: list[Box]) -> PageImage:
    """The image with these boxes painted white."""
    pixels = bytearray(image.pixels)
    for left, top, right, bottom in boxes:
        left, right = max(0, int(left) - ERASE_MARGIN), min(image.width, int(right) + ERASE_MARGIN)
        for row in range(max(0, int(top) - ERASE_MARGIN), min(image.height, int(bottom) + ERASE_MARGIN)):
            start = row * image.stride
            pixels[start + left : start + right] = bytes([WHITE]) * (right - left)
    return replace(image, pixels=bytes(pixels))


def render(page) -> PageImage:
    dpi = render_dpi(page)
    bitmap = page.render(scale=dpi / POINTS_PER_INCH, grayscale=True)
    try:
        return PageImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, dpi)
    finally:
        bitmap.close()


def render_dpi(page) -> int:
    """max(MIN_DPI, the resolution of the page's largest image), at most MAX_DPI."""
    import pypdfium2.raw as pdfium_c

    native = 0.0
    largest = 0.0
    for image in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,)):
        left, bottom, right, top = image.get_bounds()
        area = (right - left) * (top - bottom)
        width_px, height_px = image.get_px_size()
        if area > largest and width_px and height_px:
            largest = area
            native = POINTS_PER_INCH * ((width_px * height_px) / area) ** 0.5  # whatever its rotation
    return int(min(MAX_DPI, max(MIN_DPI, round(native))))


def to_line(line: OcrLine, page: int, dpi: int, known: frozenset[str], uses_section_sign: bool) -> Line:
    scale = POINTS_PER_INCH / dpi
    text = fix_line(line, known, uses_section_sign)
    return Line(text, page, round(line.left * scale, 1), round(line.top * scale, 1))


def read_warning(page: int, description: str, forced: bool) -> Warning:
    how = "was read again by OCR (--ocr force)" if forced else "has no text layer; its text was read by OCR"
    return Warning(code="page-read-by-ocr", message=f"Page {page} {how} ({description}): check names and numbers.", page=page)


def no_text_error(mode: OcrMode, read_by_ocr: bool) -> ReferatError:
    """The answer for a PDF in which no page has text, after OCR had its chance."""
    if read_by_ocr:
        return ReferatError("no text layer, and OCR found no text on its pages (blank pages or pictures?)", "no-text-layer")
    if mode is OcrMode.NEVER:
        return ReferatError("no text layer (scanned PDF?); read it with OCR: --ocr auto", "no-text-layer")
    return ReferatError(f"no text layer (scanned PDF?); to read it with OCR, {unavailable_hint()}", "no-text-layer")
