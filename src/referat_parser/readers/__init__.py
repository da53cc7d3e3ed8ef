"""Readers: bytes of a document in, a `RawDocument` out.

Every format is one entry in `READERS`: its name, the file suffixes that name it, how its
content is recognised, and its read function. The reader is chosen from the content
first and the file name second, so a renamed file is still read by the right reader, and
a file whose content matches no reader gets a clear `ReferatError`.

Adding a reader is one module in this package (a `read(data, options)` function giving
a `RawDocument`) and one `Reader` entry below.
"""

from __future__ import annotations

import codecs
import json
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from io import BytesIO

from ..document import RawDocument
from ..errors import ReferatError
from . import docx, firstagenda_api, html, odt, pdf, text
from .ocr import OcrMode

OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
ENCRYPTED_OFFICE_STREAM = "EncryptedPackage".encode("utf-16-le")  # a password-protected .docx/.xlsx: an OLE file holding this stream
RTF_MAGIC = b"{\\rtf"
SNIFF_BYTES = 1024
UNSUPPORTED_SUFFIXES = (".doc", ".rtf", ".ods", ".odp", ".xls", ".xlsx", ".pptx")


class PdfEngine(str, Enum):
    """The library that reads PDF text and layout."""

    PDFIUM = "pdfium"  # fast; the default
    PDFPLUMBER = "pdfplumber"  # slower; groups words differently, which reads some layouts better


@dataclass(frozen=True)
class ReadOptions:
    """Options that change how documents are read (one validated object, not kwargs)."""

    pdf_engine: PdfEngine = PdfEngine.PDFIUM
    password: str | None = None
    max_bytes: int = 200 * 1024 * 1024
    ocr: OcrMode = OcrMode.AUTO  # which PDF pages are read by OCR (readers/ocr.py)

    def __post_init__(self) -> None:
        object.__setattr__(self, "pdf_engine", PdfEngine(self.pdf_engine))  # "pdfium" → PdfEngine.PDFIUM, or ValueError
        object.__setattr__(self, "ocr", OcrMode(self.ocr))


ReadFunction = Callable[[bytes, ReadOptions], RawDocument]
Sniff = Callable[[bytes], bool]


@dataclass(frozen=True)
class Reader:
    """One input format.

    name:     the format's name, recorded in `source.format`.
    suffixes: file suffixes (lower case, with the dot) that name this format.
    read:     bytes and options in, a `RawDocument` out.
    sniff:    content that is unmistakably this format; it wins over the file name.
    guess:    content that suggests this format when the file name tells nothing.
    mismatch: (reason, code) refused when the name claims this format and the content
              does not match `sniff`; None where the name alone is enough.
    """

    name: str
    suffixes: tuple[str, ...]
    read: ReadFunction
    sniff: Sniff | None = None
    guess: Sniff | None = None
    mismatch: tuple[str, str] | None = None


def _is_pdf(data: bytes) -> bool:
    head = data[:SNIFF_BYTES]
    return b"%PDF-" in head


def _is_zip(data: bytes) -> bool:
    return data[:4] == b"PK\x03\x04"


def _is_docx(data: bytes) -> bool:
    if not _is_zip(data):
        return False
    try:
        with zipfile.ZipFile(BytesIO(data)) as zf:
            return "word/document.xml" in zf.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _looks_like_markdown(data: bytes) -> bool:
    """Text without a telling name (stdin) that uses Markdown headings, emphasis or tables."""
    return text.looks_like_markdown(data)


READERS: tuple[Reader, ...] = (
    Reader("pdf", (".pdf",), pdf.read_pdf, sniff=_is_pdf,
           mismatch=("not a PDF (the file does not start with %PDF-)", "corrupt-pdf")),
    Reader("docx", (".docx", ".docm", ".dotx", ".dotm"), docx.read_docx, sniff=_is_docx,
           mismatch=("not a Word document (not a zip file)", "corrupt-docx")),
    Reader("odt", (".odt", ".ott"), odt.read_odt, sniff=odt.looks_like_odt,
           mismatch=("not an OpenDocument text (not a zip file)", "corrupt-odt")),
    Reader("html", (".html", ".htm", ".xhtml"), html.read_html, sniff=html.looks_like_html),
    Reader("mhtml", (".mht", ".mhtml"), html.read_mhtml, sniff=html.looks_like_mhtml),
    Reader("firstagenda-api", (".json",), firstagenda_api.read_api, sniff=firstagenda_api.looks_like_api,
           mismatch=("JSON that is not a First Agenda agenda (the publication API's meeting and items)", "unsupported-format")),
    Reader("md", (".md", ".markdown"), text.read_markdown, guess=_looks_like_markdown),
    Reader("txt", (".txt", ".text"), text.read_plain),
)
DEFAULT_READER = "txt"  # text that no reader claims by content or name
DOCUMENT_SUFFIXES = frozenset(suffix for reader in READERS for suffix in reader.suffixes)


def reader_named(name: str) -> Reader:
    return next(reader for reader in READERS if reader.name == name)


def detect_format(data: bytes, name: str | None = None) -> str:
    """The name of the reader for these bytes (see `READERS`), or raise ReferatError."""
    suffix = _suffix(name)
    for reader in READERS:
        if reader.sniff is not None and reader.sniff(data):
            return reader.name
    _refuse_unreadable(data, suffix)
    by_suffix = next((reader for reader in READERS if suffix in reader.suffixes), None)
    if by_suffix is not None:
        if by_suffix.mismatch is not None:
            raise ReferatError(*by_suffix.mismatch)
        return by_suffix.name
    for reader in READERS:
        if reader.guess is not None and reader.guess(data):
            return reader.name
    return DEFAULT_READER


def _refuse_unreadable(data: bytes, suffix: str) -> None:
    """Content no reader takes, whatever the file is called: archives, old Office files,
    unsupported formats and binary data."""
    if _is_zip(data):
        kind = _open_document_kind(data)
        if kind:
            raise ReferatError(f"an OpenDocument {kind} file (ODF), which is not supported (convert it to PDF or DOCX)", "unsupported-format")
        if suffix in UNSUPPORTED_SUFFIXES:
            raise ReferatError(f"{suffix} files are not supported (convert to PDF or DOCX)", "unsupported-format")
        if suffix == ".docx":
            raise ReferatError("not a Word document (a zip file without word/document.xml)", "corrupt-docx")
        if suffix in (".odt", ".ott"):
            raise ReferatError("not an OpenDocument text (a zip file without its mimetype)", "corrupt-odt")
        raise ReferatError("a zip archive, not a document (use `referat batch` for archives)", "unsupported-format")
    if data[:8] == OLE_MAGIC:
        if ENCRYPTED_OFFICE_STREAM in data:
            raise ReferatError("a password-protected Word or Office file; open it in Word and save it without the password, "
                               "or as PDF", "encrypted")
        raise ReferatError("an old binary Office file (.doc/.xls); convert it to PDF or DOCX", "unsupported-format")
    if data[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(RTF_MAGIC):
        raise ReferatError("an RTF document, which is not supported (convert it to PDF or DOCX)", "unsupported-format")
    if suffix in UNSUPPORTED_SUFFIXES:
        raise ReferatError(f"{suffix} files are not supported (convert to PDF or DOCX)", "unsupported-format")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or text.utf16_without_bom(data):
        return
    start = data[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"<?xml") or suffix == ".xml":
        raise ReferatError("XML data is not supported (read are PDF, Word, web pages, text and First Agenda JSON)", "unsupported-format")
    if start.startswith((b"{", b"[")) and _is_json(data):
        raise ReferatError("JSON that is not a First Agenda agenda (the publication API's meeting and items)", "unsupported-format")
    if not _is_utf8(data) and _looks_binary(data):
        raise ReferatError("binary data that is neither PDF, DOCX nor text", "unsupported-format")


def _open_document_kind(data: bytes) -> str:
    """'text', 'spreadsheet', … for an OpenDocument file (its member `mimetype` names the kind:
    "application/vnd.oasis.opendocument.text"); '' for any other zip."""
    mimetype = odt.mimetype(data)
    if not mimetype.startswith(odt.MIMETYPE_PREFIX):
        return ""
    return mimetype[len(odt.MIMETYPE_PREFIX):].split(b"-")[0].decode("ascii", errors="replace").strip() or "document"


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
    return reader_named(detect_format(data, name)).read(data, options)


def _suffix(name: str | None) -> str:
    if not name or "." not in name.rsplit("/", 1)[-1]:
        return ""
    return "." + name.rsplit(".", 1)[-1].lower()


def _is_json(data: bytes) -> bool:
    try:
        json.loads(data)
        return True
    except (ValueError, UnicodeDecodeError):
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
