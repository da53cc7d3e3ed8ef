"""DOCX: body paragraphs and tables in document order, with Word's list numbering.

- One `Line` per paragraph (line breaks inside it give more lines); one `Line` per table row
  with the cells joined by tabs.
- Blank lines: a blank `Line` between paragraphs, as each stands apart on the page (Word's
  paragraph spacing). A document typed with empty paragraphs between its blocks (one paragraph
  per line, Enter twice between blocks, as in a text file: its paragraphs are lines, none a long
  paragraph of prose) has its blank lines only where those empty paragraphs (and tables) stand,
  so lines next to each other are one block.
- Cues: heading styles and outline levels → `heading`; all text bold → `bold`.
- Automatic numbering ("1.", "a)", "•") is rendered from numbering.xml, which
  python-docx does not do: counters per list and level, restarts, style numbering.
- Page numbers where Word recorded page breaks (explicit breaks, page-break-before,
  last-rendered breaks); none when the file records none.
- Headers and footers stay out of the body; their text goes to `furniture`.
- Real-world variants: .docm/.dotx/.dotm read alike; tracked changes as accepted (insertions
  kept, deletions and moved-from text dropped); content controls unwrapped; a text box's
  paragraphs as lines, read once (not again from its <mc:Fallback> copy); field results, never
  field codes; footnotes and endnotes on lines after the paragraph referring to them; imported
  parts (<w:altChunk>) read by their format's reader where they stand.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from io import BytesIO

from ..document import Line, RawDocument
from ..errors import ReferatError
from ..models import Warning

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Tracked changes: deleted text, and the old place of moved text (its new place is read), are not the document's text
REVISION_REMOVED = frozenset({f"{W}del", f"{W}moveFrom"})
NOTE_REFERENCES = {f"{W}footnoteReference": "footnote", f"{W}endnoteReference": "endnote"}
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
WORD_DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
# The main part of a macro-enabled document and of templates (.docm, .dotx, .dotm): read as a .docx's
WORD_MAIN_TYPES = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
SDT = f"{W}sdt"
RUN = f"{W}r"
MAX_PROMPTS_NAMED = 3  # a warning names this many unfilled fields' prompts …
MAX_PROMPT_CHARS = 60  # … each cut to this length
WRAPPERS = (f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}smartTag")  # content controls and tags around content
MAX_MEMBER_BYTES = 200 * 1024 * 1024  # an uncompressed part larger than this is a zip bomb
MAX_RATIO = 200  # compression ratio above which a large part is a zip bomb
RATIO_CHECK_BYTES = 10 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # all parts together unpack to no more than this
MAX_STYLE_DEPTH = 64  # styles based on styles: deeper than this is a loop
MAX_LIST_NUMBER = 100_000  # a list counter beyond this is damage, not minutes
BOLD_OFF = ("0", "false", "off")
HEADING_STYLE_PREFIXES = ("heading", "overskrift", "title", "titel")
BULLET = "•"
MIN_EMPTY_SEPARATORS = 3  # empty paragraphs between text paragraphs: this many, and they may be the document's blank lines
MAX_LINE_PARAGRAPH_CHARS = 160  # a paragraph typed as one line of a text is no longer than a printed line
MAX_LONG_PARAGRAPH_SHARE = 0.05  # paragraphs typed as lines: hardly any is longer


def read_docx(data: bytes, options=None) -> RawDocument:
    check_zip(data)
    from lxml.etree import XMLSyntaxError

    try:
        document = _open_document(data)
        reader = _BodyReader(document)
        lines = reader.read()
        furniture = _header_footer_lines(document)
    except ReferatError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, XMLSyntaxError, AttributeError, TypeError):
        raise ReferatError("not a readable Word document (damaged file)", "corrupt-docx") from None
    pages = reader.page if reader.breaks_seen else None
    if not reader.breaks_seen:
        lines = [Line(text=line.text, x0=None, bold=line.bold, heading=line.heading) for line in lines]
    return RawDocument(lines=lines, format="docx", pages=pages, furniture=furniture, warnings=reader.warnings)


def _open_document(data: bytes):
    """python-docx's Document of a .docx, or of a .docm, .dotx or .dotm (whose main part has
    another content type, which `docx.Document` refuses, but the same markup)."""
    import docx  # registers the part classes of a .docx
    from docx.opc.part import PartFactory
    from docx.package import Package
    from docx.parts.document import DocumentPart

    for content_type in WORD_MAIN_TYPES:
        PartFactory.part_type_for.setdefault(content_type, DocumentPart)
    PartFactory.part_class_selector = _part_class
    part = Package.open(BytesIO(data)).main_document_part
    if not isinstance(part, DocumentPart):
        raise ReferatError(f"not a Word document (its main part is {part.content_type})", "corrupt-docx")
    return part.document


def _part_class(content_type: str, relationship: str):
    """The class python-docx loads a part as: an imported file (w:altChunk) as its bytes, whatever
    its content type (a Word document imported has the main part's type, and is a zip, not XML);
    an image as an image, as python-docx's own selector does; None for the others (by content type)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.part import Part
    from docx.parts.image import ImagePart

    if relationship == RT.A_F_CHUNK:
        return Part
    if relationship == RT.IMAGE:
        return ImagePart
    return None


def check_zip(data: bytes, main_part: str = "word/document.xml", kind: str = "Word document", code: str = "corrupt-docx") -> None:
    """Refuse damaged archives, zip bombs (before anything is decompressed) and archives without
    the format's `main_part`."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ReferatError(f"not a readable {kind} (damaged file)", code) from None
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_MEMBER_BYTES or (info.file_size > RATIO_CHECK_BYTES and ratio > MAX_RATIO):
            raise ReferatError(
                f"refused: {info.filename} would unpack to {info.file_size // (1024 * 1024)} MB (zip bomb?)", "zip-bomb"
            )
    total = sum(info.file_size for info in infos)
    if total > MAX_TOTAL_BYTES:
        raise ReferatError(
            f"refused: the parts would unpack to {total // (1024 * 1024)} MB together (zip bomb?)", "zip-bomb"
        )
    if main_part not in {info.filename for info in infos}:
        raise ReferatError(f"not a {kind} (a zip file without {main_part})", code)


# numbering -----------------------------------------------------------------------------


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class Numbering:
    """Word list numbering: definitions from numbering.xml and the running counters."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # numId → ilvl → level
    starts: dict[tuple[str, int], int] = field(default_factory=dict)  # (numId, ilvl) → startOverride
    # The running counts belong to the list definition (abstractNum), shared by every numId that
    # uses it, as Word counts: a list split over several numIds goes on 1, 2, 3; a numId with a
    # startOverride restarts the count where it is first used.
    abstract_of: dict[str, str] = field(default_factory=dict)  # numId → abstractNumId
    counters: dict[str, dict[int, int]] = field(default_factory=dict)  # abstractNumId → ilvl → count
    restarted: set[tuple[str, int]] = field(default_factory=set)  # (numId, ilvl) whose startOverride was applied

    @classmethod
    def from_document(cls, document) -> "Numbering":
        numbering = cls()
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return numbering
        abstract: dict[str, dict[int, _Level]] = {}
        for node in root.findall(f"{W}abstractNum"):
            levels = {}
            for lvl in node.findall(f"{W}lvl"):
                levels[int(lvl.get(f"{W}ilvl", "0"))] = _Level(
                    fmt=_val(lvl.find(f"{W}numFmt"), "decimal"),
                    text=_val(lvl.find(f"{W}lvlText"), "%1."),
                    start=int(_val(lvl.find(f"{W}start"), "1") or 1),
                )
            abstract[node.get(f"{W}abstractNumId")] = levels
        for num in root.findall(f"{W}num"):
            num_id = num.get(f"{W}numId")
            abstract_id = _val(num.find(f"{W}abstractNumId"), "")
            numbering.levels[num_id] = abstract.get(abstract_id, {})
            numbering.abstract_of[num_id] = abstract_id
            for override in num.findall(f"{W}lvlOverride"):
                start = override.find(f"{W}startOverride")
                if start is not None:
                    numbering.starts[(num_id, int(override.get(f"{W}ilvl", "0")))] = int(_val(start, "1"))
        return numbering

    def label(self, num_id: str, ilvl: int) -> str:
        levels = self.levels.get(num_id)
        if not levels or num_id == "0":
            return ""
        level = levels.get(ilvl, _Level())
        counters = self.counters.setdefault(self.abstract_of.get(num_id, num_id), {})
        start = self.starts.get((num_id, ilvl), level.start)
        if (num_id, ilvl) in self.starts and (num_id, ilvl) not in self.restarted:
            self.restarted.add((num_id, ilvl))
            counters.pop(ilvl, None)
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        if not -MAX_LIST_NUMBER < counters[ilvl] < MAX_LIST_NUMBER:
            raise ReferatError(f"refused: list numbering at {counters[ilvl]} (damaged file?)", "corrupt-docx")
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return BULLET
        if level.fmt == "none":
            return ""
        text = level.text
        for n in range(9):
            if f"%{n + 1}" in text:
                lvl = levels.get(n, _Level())
                value = counters.get(n, self.starts.get((num_id, n), lvl.start))
                text = text.replace(f"%{n + 1}", format_number(value, lvl.fmt))
        return text


def _val(node, default: str) -> str:
    return node.get(f"{W}val", default) if node is not None else default


def format_number(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        while value > 0:
            value, rest = divmod(value - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters if fmt == "lowerLetter" else letters.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman.lower() if fmt == "lowerRoman" else roman
    return str(value)


def _roman(value: int) -> str:
    numerals = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for number, numeral in numerals:
        while value >= number:
            out += numeral
            value -= number
    return out


# body ----------------------------------------------------------------------------------


class _BodyReader:
    """Walks the body XML in order, keeping page and numbering state."""

    def __init__(self, document):
        self.document = document
        self.numbering = Numbering.from_document(document)
        self.styles = {s.style_id: s for s in document.styles if s.style_id}
        self.page = 1
        self.breaks_seen = False
        # Word records where it last broke pages; where it did, those marks are the truth
        # (explicit breaks are among them), else explicit breaks are all there is.
        self.rendered = document.element.body.find(f".//{W}lastRenderedPageBreak") is not None
        self.lines: list[Line] = []
        self.empty_before = False  # an empty paragraph since the last line of text
        self.soft_blanks: set[int] = set()  # blank lines that stand only for a paragraph boundary
        self.empty_separators = 0  # blank lines that stand for empty paragraphs
        self.long_paragraphs = self.paragraphs = 0
        self.notes = _notes(document)  # (kind, id) → the note's text
        self.note_numbers = {kind: 0 for kind in NOTE_REFERENCES.values()}
        self.notes_referenced: list[str] = []  # the notes referenced in the paragraph just read, as lines
        self.warnings: list[Warning] = []  # what could not be read

    def read(self) -> list[Line]:
        body = self.document.element.body
        self.warnings += [warning for warning in (_placeholder_warning(body), _hidden_text_warning(body)) if warning]
        self._block(body)
        while self.lines and not self.lines[-1].text:
            self.lines.pop()
        if self._typed_as_lines():
            return [line for n, line in enumerate(self.lines) if n not in self.soft_blanks]
        return self.lines

    def _typed_as_lines(self) -> bool:
        """Empty paragraphs between blocks, and paragraphs that are lines, not prose."""
        return (self.empty_separators >= MIN_EMPTY_SEPARATORS
                and self.long_paragraphs <= self.paragraphs * MAX_LONG_PARAGRAPH_SHARE)

    def _block(self, container) -> None:
        for child in _children(container):
            if child.tag == f"{W}p":
                self._paragraph(child)
            elif child.tag == f"{W}tbl":
                self._table(child)
            elif child.tag == f"{W}altChunk":
                self._imported(child)

    def _imported(self, alt_chunk) -> None:
        """Content that Word imports from another file of the package as it opens the document
        (<w:altChunk>: a web page, a web archive, plain text or another Word document, as case
        systems assemble minutes), read by that format's reader where it stands; an RTF part
        (or any other) is named in a warning."""
        part = self.document.part.related_parts.get(alt_chunk.get(R_ID))
        if part is None:
            return
        try:
            raw = _read_imported(part.content_type, part.blob)
            reason = "" if raw is not None else "no reader takes that type"
        except ReferatError as exc:
            raw, reason = None, exc.reason
        if raw is None:
            self.warnings.append(Warning(code="imported-part-unread", message=(
                f"The document imports a part of type {part.content_type} ({part.partname}) that could not be read "
                f"({reason}); its text is missing.")))
            return
        self.warnings.extend(raw.warnings)
        self._blank()
        for line in raw.lines:
            if line.text:
                self.lines.append(Line(text=line.text, page=self.page, bold=line.bold, heading=line.heading))
            else:
                self._blank()
        self._blank()

    def _blank(self, soft: bool = False) -> None:
        """A blank line after the last line of text; `soft` where it stands only for a paragraph
        boundary (no empty paragraph before it)."""
        if self.lines and self.lines[-1].text:
            soft = soft and not self.empty_before
            if soft:
                self.soft_blanks.add(len(self.lines))
            elif self.empty_before:
                self.empty_separators += 1
            self.lines.append(Line(text="", page=self.page))
        self.empty_before = False

    def _paragraph(self, p) -> None:
        ppr = p.find(f"{W}pPr")
        if ppr is not None and ppr.find(f"{W}pageBreakBefore") is not None and _on(ppr.find(f"{W}pageBreakBefore")):
            self._page_break()
        texts = self._paragraph_texts(p)
        label = self._number_label(ppr)
        if label and texts and texts[0].strip():
            texts[0] = f"{label} {texts[0].lstrip()}" if label != BULLET else f"{BULLET} {texts[0].lstrip()}"
        style = self._style_of(ppr)
        heading = _is_heading(style, ppr)
        bold = _all_bold(p, style)
        if not any(t.strip() for t in texts):
            self.empty_before = True
        else:
            self._blank(soft=True)
            self.paragraphs += 1
            self.long_paragraphs += sum(len(t) > MAX_LINE_PARAGRAPH_CHARS for t in texts) > 0
            for text in texts:
                if text.strip():
                    self.lines.append(Line(text=text.rstrip(), page=self.page, bold=bold, heading=heading))
        self.lines.extend(Line(text=note, page=self.page) for note in self._take_notes())
        if ppr is not None:
            sect = ppr.find(f"{W}sectPr")
            if sect is not None and _val(sect.find(f"{W}type"), "nextPage") in ("nextPage", "oddPage", "evenPage"):
                self._page_break()

    def _page_break(self, rendered: bool = False) -> None:
        if rendered != self.rendered:
            return
        self.breaks_seen = True
        if self.lines:
            self.page += 1

    def _take_notes(self) -> list[str]:
        notes, self.notes_referenced = self.notes_referenced, []
        return notes

    def _note(self, kind: str, note_id: str | None) -> None:
        """A footnote or endnote referenced here: its text goes on a line after the paragraph,
        after its number as Word prints it at the reference ("[1] Se bilag 3.")."""
        text = self.notes.get((kind, note_id or ""), "")
        if text:
            self.note_numbers[kind] += 1
            self.notes_referenced.append(f"[{self.note_numbers[kind]}] {text}")

    def _paragraph_texts(self, p) -> list[str]:
        """The paragraph's text split at line breaks; page breaks advance the page. A paragraph
        of a text box in it starts a line of its own."""
        texts = [""]
        for el in _descendants(p):
            tag = el.tag
            if tag == f"{W}t":
                texts[-1] += el.text or ""
            elif tag == f"{W}p":
                texts.append("")
            elif tag in NOTE_REFERENCES:
                self._note(NOTE_REFERENCES[tag], el.get(f"{W}id"))
            elif tag == f"{W}tab":
                texts[-1] += "\t"
            elif tag in (f"{W}br", f"{W}cr"):
                if el.get(f"{W}type") == "page":
                    self._page_break()
                texts.append("")
            elif tag == f"{W}lastRenderedPageBreak":
                self._page_break(rendered=True)
            elif tag == f"{W}noBreakHyphen":
                texts[-1] += "-"
            elif tag == f"{W}sym":
                texts[-1] += "-" if el.get(f"{W}char", "").upper() in ("F02D", "002D") else ""
        return texts

    def _style_of(self, ppr):
        style_id = _val(ppr.find(f"{W}pStyle"), "") if ppr is not None else ""
        return self.styles.get(style_id) or self.styles.get("Normal")

    def _number_label(self, ppr) -> str:
        num_pr = ppr.find(f"{W}numPr") if ppr is not None else None
        style = self._style_of(ppr)
        for base in style_chain(style):
            if num_pr is not None:
                break
            style_ppr = base.element.find(f"{W}pPr")
            num_pr = style_ppr.find(f"{W}numPr") if style_ppr is not None else None
        if num_pr is None:
            return ""
        num_id = _val(num_pr.find(f"{W}numId"), "0")
        ilvl = int(_val(num_pr.find(f"{W}ilvl"), "0") or 0)
        return self.numbering.label(num_id, ilvl)

    def _table(self, tbl) -> None:
        """One line per table row, its cells apart by tabs. A cell of several paragraphs gives
        the row several lines, as the printed table shows them: "Medlemmer<tab>Lene Vinter"
        then "Jakob Ring" under it."""
        self._blank()
        for tr in _children(tbl, f"{W}tr"):
            cells = [self._cell_lines(tc) for tc in _children(tr, f"{W}tc")]
            for depth in range(max((len(c) for c in cells), default=0)):
                row = "\t".join(c[depth] if depth < len(c) else "" for c in cells).strip("\t")
                if row.strip():
                    self.lines.append(Line(text=row, page=self.page))
        self._blank()

    def _cell_lines(self, tc) -> list[str]:
        """The cell's paragraphs (and lines broken inside them), a nested table's rows as one line each."""
        lines: list[str] = []
        for child in _children(tc):
            if child.tag == f"{W}p":
                label = self._number_label(child.find(f"{W}pPr"))
                texts = [t.strip() for t in self._paragraph_texts(child) if t.strip()]
                if texts and label:
                    texts[0] = f"{label} {texts[0]}"
                lines.extend(texts)
                lines.extend(self._take_notes())
            elif child.tag == f"{W}tbl":
                for tr in _children(child, f"{W}tr"):
                    row = " ".join(" ".join(self._cell_lines(inner)) for inner in _children(tr, f"{W}tc"))
                    if row.strip():
                        lines.append(row.strip())
        return lines


def _children(element, tag: str | None = None):
    """The element's children (of `tag`, when given), with content controls and custom-XML
    tags unwrapped: a table row or paragraph inside a <w:sdt> is read like any other."""
    for child in element.iterchildren():
        if child.tag == SDT and _shows_placeholder(child):
            continue
        if child.tag in WRAPPERS:
            yield from _children(child, tag)
        elif tag is None or child.tag == tag:
            yield child


def _descendants(element):
    """Every element under `element` in document order, without the fallback copies that
    <mc:AlternateContent> keeps of text boxes (their text would be read twice) and without
    tracked deletions (deleted text, and moved text at the place it was moved from)."""
    for child in element.iterchildren():
        tag = child.tag
        if (tag == MC_FALLBACK or tag in REVISION_REMOVED or (tag == SDT and _shows_placeholder(child))
                or (tag == RUN and _is_hidden(child))):
            continue
        yield child
        yield from _descendants(child)


def _read_imported(content_type: str, data: bytes) -> RawDocument | None:
    """An imported part (w:altChunk) read by the reader of its content type; None for a type no
    reader takes (RTF)."""
    from . import html, text

    if content_type in ("text/html", "application/xhtml+xml"):
        return html.read_html(data)
    if content_type in ("message/rfc822", "multipart/related") or html.looks_like_mhtml(data):
        return html.read_mhtml(data)
    if content_type == "text/plain":
        return text.read_plain(data)
    if content_type in WORD_MAIN_TYPES or content_type == WORD_DOCUMENT_TYPE:
        return read_docx(data)
    return None


def _notes(document) -> dict[tuple[str, str], str]:
    """The text of every footnote and endnote, by kind and id (Word's separator notes left out)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.parser import parse_xml

    notes: dict[tuple[str, str], str] = {}
    for kind, relationship in (("footnote", RT.FOOTNOTES), ("endnote", RT.ENDNOTES)):
        try:
            part = document.part.part_related_by(relationship)
        except KeyError:
            continue
        root = part.element if hasattr(part, "element") else parse_xml(part.blob)
        for note in root.iterchildren(f"{W}{kind}"):
            if note.get(f"{W}type") in (None, "normal"):
                text = " ".join(_plain_text(p) for p in note.iter(f"{W}p"))
                notes[(kind, note.get(f"{W}id", ""))] = " ".join(text.split())
    return notes


def _plain_text(p) -> str:
    """A note paragraph's text, tabs and breaks as spaces."""
    return "".join(el.text or "" if el.tag == f"{W}t" else " " for el in _descendants(p)
                   if el.tag in (f"{W}t", f"{W}tab", f"{W}br", f"{W}cr"))


def _shows_placeholder(sdt) -> bool:
    """A content control that still shows its template's prompt ("Klik eller tryk her for at
    skrive tekst."), not text anyone wrote: Word marks it so until something is typed in it."""
    properties = sdt.find(f"{W}sdtPr")
    return properties is not None and properties.find(f"{W}showingPlcHdr") is not None


def _is_hidden(run) -> bool:
    """A run of hidden text (w:vanish): Word neither shows nor prints it (a template's notes to
    whoever fills it in)."""
    properties = run.find(f"{W}rPr")
    return properties is not None and _on(properties.find(f"{W}vanish"))


def _hidden_text_warning(body) -> Warning | None:
    """Hidden text, which is not read, counted in a warning."""
    texts = [" ".join("".join(t.text or "" for t in rpr.getparent().iter(f"{W}t")).split())
             for rpr in body.iter(f"{W}rPr") if rpr.getparent().tag == RUN and _on(rpr.find(f"{W}vanish"))]
    words = sum(len(text.split()) for text in texts)
    if not words:
        return None
    return Warning(code="hidden-text-skipped", message=(
        f"The document holds {words} word(s) of hidden text (not shown or printed by Word), which were not read."))


def _placeholder_warning(body) -> Warning | None:
    """The prompts of content controls left unfilled, which are not read as text, named in a warning."""
    prompts = [" ".join("".join(t.text or "" for t in sdt.iter(f"{W}t")).split()) for sdt in body.iter(SDT) if _shows_placeholder(sdt)]
    prompts = [prompt for prompt in prompts if prompt]
    if not prompts:
        return None
    shown = "; ".join(f"'{prompt[:MAX_PROMPT_CHARS]}'" for prompt in prompts[:MAX_PROMPTS_NAMED])
    return Warning(code="placeholder-text-skipped", message=(
        f"{len(prompts)} unfilled field(s) of the Word template show only their prompt, which was not read as text: {shown}."))


def _on(node) -> bool:
    return node is not None and node.get(f"{W}val", "true") not in BOLD_OFF


def _is_heading(style, ppr) -> bool:
    if ppr is not None and ppr.find(f"{W}outlineLvl") is not None:
        return True
    return any((base.name or "").lower().startswith(HEADING_STYLE_PREFIXES) for base in style_chain(style))


def style_chain(style):
    """A style and the styles it is based on; a loop (a style based on itself) is refused."""
    seen = set()
    while style is not None:
        if style.style_id in seen or len(seen) > MAX_STYLE_DEPTH:
            raise ReferatError("refused: a style is based on itself (style loop; damaged file?)", "corrupt-docx")
        seen.add(style.style_id)
        yield style
        style = style.base_style


def _all_bold(p, style) -> bool:
    """Every run of the paragraph that holds text is bold (by the run or by its style)."""
    style_bold = bool(style is not None and style.font is not None and style.font.bold)
    bold_runs = text_runs = 0
    for run in p.iter(f"{W}r"):
        text = "".join(t.text or "" for t in run.findall(f"{W}t"))
        if not text.strip():
            continue
        text_runs += 1
        rpr = run.find(f"{W}rPr")
        b = rpr.find(f"{W}b") if rpr is not None else None
        if (b is not None and _on(b)) or (b is None and style_bold):
            bold_runs += 1
    return text_runs > 0 and bold_runs == text_runs


def _header_footer_lines(document) -> list[Line]:
    lines: list[Line] = []
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer,
                     section.even_page_header, section.even_page_footer):
            try:
                if part.is_linked_to_previous and part is not section.header and part is not section.footer:
                    continue
                paragraphs = list(part.paragraphs)
                for table in part.tables:
                    for row in table.rows:
                        paragraphs.extend(cell_p for cell in row.cells for cell_p in cell.paragraphs)
            except (KeyError, ValueError, AttributeError):
                continue
            lines.extend(Line(text=p.text.strip()) for p in paragraphs if p.text.strip())
    return lines
