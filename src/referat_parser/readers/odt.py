"""ODT (OpenDocument text, LibreOffice's and OpenOffice's format): the body's headings, paragraphs,
lists and tables in document order, as the DOCX reader gives Word's.

- One `Line` per paragraph or heading (line breaks inside it give more lines), a blank `Line`
  between paragraphs; one `Line` per table row with the cells joined by tabs.
- Cues: <text:h> → `heading`; a paragraph whose style sets a bold weight → `bold`.
- Lists: "• " before a bulleted entry; a numbered list's labels ("1.", "a)") rendered from its
  list style, as ODF stores no label text; numbering goes on where the list says it continues.
- Page breaks ODF records (<text:soft-page-break>) give page numbers; none when there are none.
- Tracked deletions (<text:tracked-changes>), notes' citations and annotations are left out; a
  footnote's text follows its paragraph ("[1] …"), as the DOCX reader does.
"""

from __future__ import annotations

import zipfile
from io import BytesIO

from ..document import Line, RawDocument
from ..errors import ReferatError
from .docx import check_zip, format_number

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
MIMETYPE_PREFIX = b"application/vnd.oasis.opendocument."  # then the kind: "text", "spreadsheet", …
MIMETYPE = MIMETYPE_PREFIX + b"text"  # .odt, and .ott (a template: "text-template")
MAX_MIMETYPE_BYTES = 200
SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
SKIPPED = frozenset({f"{TEXT}tracked-changes", f"{OFFICE}annotation", f"{TEXT}note-citation", f"{TEXT}sequence-decls",
                     f"{TEXT}table-of-content", f"{TEXT}bookmark-ref", f"{SVG}title", f"{SVG}desc"})  # images' alt text too
BOLD_WEIGHTS = ("bold", "600", "700", "800", "900")
BULLET = "•"
ODF_NUMBER_FORMATS = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}  # as Word names them


def looks_like_odt(data: bytes) -> bool:
    """A zip whose `mimetype` member names OpenDocument text (or a text template)."""
    return mimetype(data).startswith(MIMETYPE)


def mimetype(data: bytes) -> bytes:
    """The `mimetype` member of an OpenDocument zip ("application/vnd.oasis.opendocument.text"); b"" for any other data."""
    if data[:4] != b"PK\x03\x04":
        return b""
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            info = archive.getinfo("mimetype")
            return archive.read(info) if info.file_size < MAX_MIMETYPE_BYTES else b""
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError):
        return b""


def read_odt(data: bytes, options: object = None) -> RawDocument:
    from lxml import etree

    check_zip(data, "content.xml", "OpenDocument text")
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            content = archive.read("content.xml")
            styles = archive.read("styles.xml") if "styles.xml" in archive.namelist() else b""
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        root = etree.fromstring(content, parser)
        style_root = etree.fromstring(styles, parser) if styles else None
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, etree.XMLSyntaxError):
        raise ReferatError("not a readable OpenDocument text (damaged file)", "corrupt-odt") from None
    body = root.find(f"{OFFICE}body/{OFFICE}text")
    if body is None:
        raise ReferatError("not a readable OpenDocument text (no text body)", "corrupt-odt")
    reader = _BodyReader(_Styles([root, style_root] if style_root is not None else [root]))
    reader.block(body)
    lines = reader.finish()
    pages = reader.page if reader.page > 1 else None
    if pages is None:
        lines = [Line(line.text, bold=line.bold, heading=line.heading) for line in lines]
    return RawDocument(lines=lines, format="odt", pages=pages)


class _Styles:
    """What the styles tell: which paragraph styles are bold, and the list styles' levels."""

    def __init__(self, roots) -> None:
        self.bold: set[str] = set()
        self.parents: dict[str, str] = {}
        self.lists: dict[str, dict[int, tuple[str, str, str, int]]] = {}  # name → level → (format, prefix, suffix, start)
        for root in roots:
            for style in root.iter(f"{STYLE}style"):
                name = style.get(f"{STYLE}name", "")
                parent = style.get(f"{STYLE}parent-style-name")
                if parent:
                    self.parents[name] = parent
                text_props = style.find(f"{STYLE}text-properties")
                if text_props is not None and text_props.get(f"{FO}font-weight") in BOLD_WEIGHTS:
                    self.bold.add(name)
            for list_style in root.iter(f"{TEXT}list-style"):
                levels: dict[int, tuple[str, str, str, int]] = {}
                for level in list_style:
                    depth = int(level.get(f"{TEXT}level", "1") or 1)
                    if level.tag == f"{TEXT}list-level-style-number":
                        levels[depth] = (level.get(f"{STYLE}num-format", "1") or "", level.get(f"{STYLE}num-prefix", ""),
                                         level.get(f"{STYLE}num-suffix", ""), int(level.get(f"{TEXT}start-value", "1") or 1))
                    elif level.tag == f"{TEXT}list-level-style-bullet":
                        levels[depth] = ("bullet", "", "", 1)
                self.lists[list_style.get(f"{STYLE}name", "")] = levels

    def is_bold(self, name: str | None) -> bool:
        seen = set()
        while name and name not in seen:
            if name in self.bold:
                return True
            seen.add(name)
            name = self.parents.get(name)
        return False


class _BodyReader:
    def __init__(self, styles: _Styles) -> None:
        self.styles = styles
        self.lines: list[Line] = []
        self.page = 1
        self.notes = 0
        self.counters: dict[str, list[int]] = {}  # list style → running count per level
        self.list_stack: list[tuple[str, int]] = []  # (list style, depth) of the lists the reader is in

    def finish(self) -> list[Line]:
        while self.lines and not self.lines[-1].text:
            self.lines.pop()
        return self.lines

    def blank(self) -> None:
        if self.lines and self.lines[-1].text:
            self.lines.append(Line("", page=self.page))

    def block(self, container) -> None:
        for child in container:
            tag = child.tag
            if tag in (f"{TEXT}p", f"{TEXT}h"):
                self.paragraph(child, heading=tag == f"{TEXT}h")
            elif tag == f"{TEXT}list":
                self.write_list(child)
            elif tag == f"{TABLE}table":
                self.table(child)
            elif tag == f"{TEXT}soft-page-break":
                self.page += 1
            elif tag in (f"{TEXT}section", f"{TEXT}index-body", f"{TABLE}table-header-rows", f"{TABLE}table-rows"):
                self.block(child)

    def paragraph(self, p, heading: bool = False, label: str = "") -> None:
        texts, notes = self.paragraph_texts(p)
        if p.find(f"{TEXT}number") is not None:
            label = ""  # the writer stored the label in the text
        if label and texts and texts[0].strip():
            texts[0] = f"{label} {texts[0].lstrip()}"
        bold = self.styles.is_bold(p.get(f"{TEXT}style-name")) or self.set_in_bold(p)
        if any(text.strip() for text in texts):
            self.blank()
            self.lines.extend(Line(text.strip(), page=self.page, bold=bold, heading=heading) for text in texts if text.strip())
        self.lines.extend(Line(note, page=self.page) for note in notes)

    def set_in_bold(self, p) -> bool:
        """All the paragraph's text is in spans of a bold text style (as LibreOffice marks text made bold)."""
        counts = [0, 0]  # characters outside and inside bold spans

        def walk(element, bold: bool) -> None:
            counts[bold] += len((element.text or "").strip())
            for child in element:
                if child.tag not in SKIPPED and child.tag != f"{TEXT}note":
                    walk(child, bold or (child.tag == f"{TEXT}span" and self.styles.is_bold(child.get(f"{TEXT}style-name"))))
                counts[bold] += len((child.tail or "").strip())

        walk(p, False)
        return counts[1] > 0 and counts[0] == 0

    def paragraph_texts(self, p) -> tuple[list[str], list[str]]:
        """The paragraph's text split at its line breaks, and its footnotes' lines."""
        texts: list[str] = [p.text or ""]
        notes: list[str] = []
        for child in p:
            self.inline(child, texts, notes)
            texts[-1] += child.tail or ""
        return texts, notes

    def inline(self, element, texts: list[str], notes: list[str]) -> None:
        tag = element.tag
        if tag in SKIPPED:
            return
        if tag == f"{TEXT}s":
            texts[-1] += " " * int(element.get(f"{TEXT}c", "1") or 1)
        elif tag == f"{TEXT}tab":
            texts[-1] += "\t"
        elif tag == f"{TEXT}line-break":
            texts.append("")
        elif tag == f"{TEXT}soft-page-break":
            self.page += 1
        elif tag == f"{TEXT}number":  # a label the writer stored ("1."): put before the text
            texts[-1] += f"{(element.text or '').strip()} "
        elif tag == f"{TEXT}note":
            body = element.find(f"{TEXT}note-body")
            text = " ".join("".join(body.itertext()).split()) if body is not None else ""
            if text:
                self.notes += 1
                notes.append(f"[{self.notes}] {text}")
        else:
            if tag in (f"{TEXT}p", f"{TEXT}h"):  # a paragraph of a text box (draw:frame) anchored here
                texts.append("")
            texts[-1] += element.text or ""
            for child in element:
                self.inline(child, texts, notes)
                texts[-1] += child.tail or ""

    def write_list(self, element) -> None:
        style = element.get(f"{TEXT}style-name") or (self.list_stack[-1][0] if self.list_stack else "")
        depth = self.list_stack[-1][1] + 1 if self.list_stack else 1
        counts = self.counters.setdefault(style, [])
        if depth == 1 and element.get(f"{TEXT}continue-numbering") != "true" and not element.get(f"{TEXT}continue-list"):
            counts.clear()
        self.list_stack.append((style, depth))
        for item in element:
            if item.tag not in (f"{TEXT}list-item", f"{TEXT}list-header"):
                continue
            label = self.label(style, depth, counts, item) if item.tag == f"{TEXT}list-item" else ""
            for child in item:
                if child.tag in (f"{TEXT}p", f"{TEXT}h"):
                    self.paragraph(child, heading=child.tag == f"{TEXT}h", label=label)
                    label = ""
                elif child.tag == f"{TEXT}list":
                    self.write_list(child)
        self.list_stack.pop()

    def label(self, style: str, depth: int, counts: list[int], item) -> str:
        fmt, prefix, suffix, start = self.styles.lists.get(style, {}).get(depth, ("", "", "", 1))
        if fmt == "bullet":
            return BULLET
        del counts[depth:]
        while len(counts) < depth:
            counts.append(start - 1)
        restart = item.get(f"{TEXT}start-value")
        counts[depth - 1] = int(restart) if restart and restart.isdigit() else counts[depth - 1] + 1
        if not fmt:
            return ""
        return f"{prefix}{_format_number(counts[depth - 1], fmt)}{suffix}"

    def table(self, element) -> None:
        self.blank()
        for row in element.iter(f"{TABLE}table-row"):
            if _enclosing_table(row) is not element:
                continue
            cells = []
            for cell in row:
                if cell.tag != f"{TABLE}table-cell":
                    continue
                texts: list[str] = []
                for p in cell.iter(f"{TEXT}p", f"{TEXT}h"):
                    found, _notes = self.paragraph_texts(p)
                    texts.extend(text.strip() for text in found if text.strip())
                cells.append(" ".join(texts))
            line = "\t".join(cells).strip("\t")
            if line.strip():
                self.lines.append(Line(line, page=self.page))
        self.blank()


def _enclosing_table(row):
    parent = row.getparent()
    while parent is not None and parent.tag != f"{TABLE}table":
        parent = parent.getparent()
    return parent


def _format_number(value: int, fmt: str) -> str:
    """A list label's number in an ODF number format ("1", "a", "A", "i", "I")."""
    return format_number(value, ODF_NUMBER_FORMATS.get(fmt, "decimal"))
