"""Plain text and Markdown: decode, split into lines; form feeds mark page breaks."""

from __future__ import annotations

import codecs

from ..document import Line, RawDocument
from ..models import Warning


def decode(data: bytes) -> tuple[str, Warning | None]:
    """Decode text bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252.

    cp1252 is the encoding older Danish Windows files use; it maps every byte
    latin-1 maps for æ, ø and å, so a fallback never garbles them.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), None
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    return text, Warning(
        code="not-utf8",
        message="The text is not UTF-8; it was decoded as Windows-1252 (cp1252).",
    )


def split_lines(text: str) -> list[Line]:
    """Lines of a text, any of CRLF, CR or LF ending a line; a form feed starts a new page."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    pages = text.split("\f")
    has_pages = len(pages) > 1
    lines: list[Line] = []
    for number, page_text in enumerate(pages, start=1):
        for raw in page_text.split("\n"):
            lines.append(Line(text=raw.rstrip(), page=number if has_pages else None))
    return lines


def read_text(data: bytes, fmt: str = "txt") -> RawDocument:
    text, warning = decode(data)
    lines = split_lines(text)
    pages = text.count("\f") + 1 if "\f" in text else None
    doc = RawDocument(lines=lines, format=fmt, pages=pages)
    if warning:
        doc.warnings.append(warning)
    if "\x00" in text:
        doc.warnings.append(Warning(code="nul-bytes", message="The text holds NUL bytes; they were removed."))
    return doc
