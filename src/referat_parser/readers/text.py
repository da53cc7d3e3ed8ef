"""Plain text and Markdown: decode, split into lines; form feeds mark page breaks."""

from __future__ import annotations

import codecs
import re

from ..document import Line, RawDocument
from ..models import Warning


UTF16_SAMPLE_BYTES = 4096
UTF16_MIN_PAIRS = 8  # fewer characters than this tell nothing
UTF16_NUL_SHARE = 0.9  # this share of the characters has a NUL high byte: Latin text in UTF-16


def _markdown(line: Line) -> Line:
    text, heading = markdown_line(line.text)
    return Line(text=text, page=line.page, heading=heading, bold=bool(_MD_STRONG_LINE.match(line.text)))


def decode(data: bytes) -> tuple[str, Warning | None]:
    """Decode text bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252.

    UTF-8 with a few bad bytes stays UTF-8 (the bad bytes replaced, with a warning) as long
    as most non-ASCII characters decode; cp1252 is the encoding older Danish Windows files
    use, and maps every byte latin-1 maps for æ, ø and å, so a fallback never garbles them.
    Composition to NFC is the pipeline's read stage's, for every reader alike.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), None
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16: FF FE 00 00 starts with FF FE
        return data.decode("utf-32", errors="replace"), None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), None
    unmarked = utf16_without_bom(data)
    if unmarked:
        return data.decode(unmarked, errors="replace"), Warning(
            code="utf16-without-bom",
            message=f"The text is UTF-16 without a byte-order mark; it was read as {unmarked.upper()}.",
        )
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd")
    bad = replaced - data.count("\ufffd".encode())  # bytes that were not UTF-8
    good = sum(1 for ch in text if ord(ch) > 127) - replaced  # characters that were
    if good > bad:
        return text, Warning(
            code="bad-utf8",
            message=f"The text is UTF-8 but {bad} byte(s) are not valid UTF-8; they were replaced with \ufffd.",
        )
    text = data.decode("cp1252", errors="replace")
    return text, Warning(
        code="not-utf8",
        message="The text is not UTF-8; it was decoded as Windows-1252 (cp1252).",
    )


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for UTF-16 text without a byte-order mark (as some Windows
    tools write it): the high byte of nearly every character is NUL (Latin text), on the same
    side of every pair; None for anything else."""
    sample = data[:UTF16_SAMPLE_BYTES]
    pairs = len(sample) // 2
    if pairs < UTF16_MIN_PAIRS or len(data) % 2:
        return None
    even, odd = sample[0:pairs * 2:2].count(0), sample[1:pairs * 2:2].count(0)
    if odd >= pairs * UTF16_NUL_SHARE and even <= pairs * (1 - UTF16_NUL_SHARE):
        return "utf-16-le"
    if even >= pairs * UTF16_NUL_SHARE and odd <= pairs * (1 - UTF16_NUL_SHARE):
        return "utf-16-be"
    return None


def split_lines(text: str) -> list[Line]:
    """Lines of a text, any of CRLF, CR or LF ending a line (and the line breaks Word and Unicode
    write inside a paragraph: a vertical tab, U+2028, U+2029); a form feed starts a new page."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if _OTHER_LINE_BREAKS.search(text):
        text = _OTHER_LINE_BREAKS.sub("\n", text)
    pages = text.split("\f")
    has_pages = len(pages) > 1
    lines: list[Line] = []
    for number, page_text in enumerate(pages, start=1):
        for raw in page_text.split("\n"):
            lines.append(Line(text=raw.rstrip(), page=number if has_pages else None))
    return lines


_OTHER_LINE_BREAKS = re.compile("[\x0b\u2028\u2029]")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<text>.*?)\s*#*\s*$")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")
_MD_STRONG_LINE = re.compile(r"^\s*(\*\*|__)(?=\S)(.+?)(?<=\S)\1\s*$")  # "**Valg af dirigent**": a line set in bold
_MD_LINK = re.compile(r"!?\[(?P<text>[^\]]*)\]\([^)]*\)")
_MD_TABLE_RULE = re.compile(r"^\s*(?=.*\|)\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")  # "|---|---|": a pipe in it ("---" alone is a rule)


def markdown_line(text: str) -> tuple[str, bool]:
    """A Markdown line as plain text, and whether it was a heading."""
    heading = _MD_HEADING.match(text)
    if heading:
        text = heading.group("text")
    if text.lstrip().startswith(">"):
        text = text.lstrip()[1:].lstrip()
    if _MD_TABLE_RULE.match(text):
        return "", False
    if text.strip().startswith("|") and text.strip().endswith("|"):
        text = "\t".join(cell.strip() for cell in text.strip()[1:-1].split("|"))
    text = _MD_LINK.sub(lambda m: m.group("text"), text)
    text = _MD_EMPHASIS.sub(lambda m: m.group(2), text)
    return text, bool(heading)


MARKDOWN_MIN_LINES = 2
MARKDOWN_SNIFF_BYTES = 20000
_MARKDOWN_LINE = re.compile(rb"^(?:#{1,6}\s+\S|\*\*\S.*\*\*\s*$|\|.*\|\s*$)")


def looks_like_markdown(data: bytes) -> bool:
    """Text that uses Markdown headings, lines set in bold ('**…**') or tables, MARKDOWN_MIN_LINES or more."""
    marks = sum(1 for line in data[:MARKDOWN_SNIFF_BYTES].splitlines() if _MARKDOWN_LINE.match(line))
    return marks >= MARKDOWN_MIN_LINES


def read_plain(data: bytes, options: object = None) -> RawDocument:
    """Plain text (the `txt` reader); a text file written in Markdown ('## 1. Valg', '**Beslutning:** Godkendt.')
    has its lines read as Markdown, as the `md` reader reads them."""
    return read_text(data, "txt", markdown=looks_like_markdown(data))


def read_markdown(data: bytes, options: object = None) -> RawDocument:
    """Markdown (the `md` reader): headings, emphasis, links and tables as plain lines with cues."""
    return read_text(data, "md")


def read_text(data: bytes, fmt: str = "txt", markdown: bool = False) -> RawDocument:
    text, warning = decode(data)
    lines = split_lines(text)
    if fmt == "md" or markdown:
        lines = [_markdown(line) for line in lines]
    else:  # Markdown marks in a text file stay as printed; a line wholly in "**" is still set in bold
        lines = [Line(text=line.text, page=line.page, bold=True) if _MD_STRONG_LINE.match(line.text) else line for line in lines]
    pages = text.count("\f") + 1 if "\f" in text else None
    doc = RawDocument(lines=lines, format=fmt, pages=pages, ends_mid_line=bool(text) and not text.endswith(("\n", "\r", "\f")))
    if warning:
        doc.warnings.append(warning)
    if "\x00" in text:
        doc.warnings.append(Warning(code="nul-bytes", message="The text holds NUL bytes; they were removed."))
    return doc
