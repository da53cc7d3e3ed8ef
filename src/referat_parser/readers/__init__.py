"""Readers: bytes of a PDF, DOCX or text file in, a `RawDocument` out.

The reader is chosen from the content (magic bytes) first and the file name
second, so a renamed file is still read by the right reader, and a file whose
content matches no reader gets a clear `ReferatError`.
"""

from __future__ import annotations

import codecs
import re
import zipfile
from dataclasses import dataclass
from io import BytesIO

from ..document import RawDocument
from ..errors import ReferatError

TEXT_SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md", ".text": "txt"}
DOCUMENT_SUFFIXES = {".pdf", ".docx", *TEXT_SUFFIXES}
MARKDOWN_MIN_LINES = 2
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_MARKDOWN_LINE = re.compile(rb"^(?:#{1,6}\s+\S|\*\*\S.*\*\*\s*$|\|.*\|\s*$)")


@dataclass(frozen=True)
class ReadOptions:
    """Options that change how documents are read (one validated object, not kwargs)."""

    pdf_engine: str = "pdfium"  # "pdfium" or "pdfplumber"
    password: str | None = None
    max_bytes: int = 200 * 1024 * 1024


def detect_format(data: bytes, name: str | None = None) -> str:
    """Return "pdf", "docx", "txt" or "md" for these bytes, or raise ReferatError."""
    suffix = _suffix(name)
    head = data[:1024]
    if head.lstrip()[:5] == b"%PDF-" or b"%PDF-" in head:
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        if _is_docx(data):
            return "docx"
        if suffix == ".docx":
            raise ReferatError("not a Word document (a zip file without word/document.xml)", "corrupt-docx")
        raise ReferatError("a zip archive, not a document (use `referat batch` for archives)", "unsupported-format")
    if data[:8] == OLE_MAGIC:
        raise ReferatError("an old binary Office file (.doc/.xls); convert it to PDF or DOCX", "unsupported-format")
    if suffix == ".pdf":
        raise ReferatError("not a PDF (the file does not start with %PDF-)", "corrupt-pdf")
    if suffix == ".docx":
        raise ReferatError("not a Word document (not a zip file)", "corrupt-docx")
    if suffix in (".doc", ".rtf", ".odt", ".xls", ".xlsx", ".pptx"):
        raise ReferatError(f"{suffix} files are not supported (convert to PDF or DOCX)", "unsupported-format")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return TEXT_SUFFIXES.get(suffix, "txt")
    if not _is_utf8(data) and _looks_binary(data):
        raise ReferatError("binary data that is neither PDF, DOCX nor text", "unsupported-format")
    if suffix in TEXT_SUFFIXES:
        return TEXT_SUFFIXES[suffix]
    return "md" if _looks_like_markdown(data) else "txt"


def _looks_like_markdown(data: bytes) -> bool:
    """Text without a telling name (stdin) that uses Markdown headings, emphasis or tables."""
    marks = sum(1 for line in data[:20000].splitlines() if _MARKDOWN_LINE.match(line))
    return marks >= MARKDOWN_MIN_LINES


def read_bytes(data: bytes, name: str | None = None, options: ReadOptions | None = None) -> RawDocument:
    """Read a document from its bytes; `name` (a path or file name) helps choose the reader."""
    options = options or ReadOptions()
    if len(data) > options.max_bytes:
        raise ReferatError(
            f"larger than the size limit ({len(data) // (1024 * 1024)} MB > {options.max_bytes // (1024 * 1024)} MB)",
            "too-large",
        )
    if not data.strip():
        raise ReferatError("empty file", "empty")
    fmt = detect_format(data, name)
    if fmt == "pdf":
        from . import pdf

        return pdf.read_pdf(data, options)
    if fmt == "docx":
        from . import docx

        return docx.read_docx(data, options)
    from . import text

    return text.read_text(data, fmt)


def _suffix(name: str | None) -> str:
    if not name or "." not in name.rsplit("/", 1)[-1]:
        return ""
    return "." + name.rsplit(".", 1)[-1].lower()


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(BytesIO(data)) as zf:
            return "word/document.xml" in zf.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _looks_binary(data: bytes) -> bool:
    """Text may hold a stray NUL; binary data holds many control bytes."""
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 0))
    nuls = sample.count(0)
    return controls > len(sample) * 0.1 or nuls > len(sample) * 0.3
