"""HTML: a web page of minutes as lines, with the cues its markup gives.

- Block elements (paragraphs, headings, list entries, table rows, divisions) start lines;
  a blank `Line` follows each paragraph, heading, list and table; `<br>` breaks a line.
- Cues: h1–h6 → `heading`; a line whose text is all in <b>/<strong> → `bold`; a table row
  → one line with its cells apart by tabs; a list entry → "• " or "N. " before it.
  A cell holding paragraphs of its own (a title cell with the item's text under it) gives
  its first line to the row and its other lines after the row; a layout table (two cells
  or more holding headings and paragraphs) gives its columns one after the other. A block
  of nothing but links ("Print | Del på Facebook") gives a line per link.
- Web furniture is dropped by its markup: scripts, styles, navigation, forms, buttons,
  menus, cookie banners, modal dialogs, breadcrumbs (tags, ARIA roles, class and id names).
  A side column (`<aside>`, or class or id "sidebar") is furniture too, unless it holds the
  meeting's details, told by shape (two labelled values or more, as terms of a definition
  list or short labels before a colon, and a date): those go under the page's title (or
  first), where a printed header stands, as lines like any other (an aside in the article
  stays where it stands). A page `<header>` outside the article holding them stays too.
  Furniture only text shows ("Til toppen") is left to the cleaning stage.
- Charset: a byte-order mark, then the page's meta tag, then UTF-8, then cp1252 (with a
  warning); a declared one-byte charset over UTF-8 bytes gives way to UTF-8 (with a warning).
- A web archive (.mht/.mhtml, MIME multipart/related) is read as its first HTML part. Parsed with lxml's HTML parser (comments and processing instructions left out).
- The page has no running headers (`printed=False`), unless its lines show a printed
  document's page numbers (the cleaning stage decides).
- First Agenda publication pages (`table#dagsordenDetaljer`, one `tr.punktrow` per item):
  the number cell and the title cell make the item's line ("3<tab>Title"), the
  `sagsnummer` span a labelled case number line, the menu cell is left out.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..document import Line, RawDocument
from ..errors import ReferatError
from ..dates import find_dates
from ..models import Warning
from ..vocabulary import STRUCTURED_LABELS
from .text import decode

SNIFF_BYTES = 1024
ONE_BYTE_CODECS = frozenset({"iso8859-1", "cp1252", "iso8859-15", "cp1250", "iso8859-2"})  # codecs.lookup names
MHTML_FIRST_HEADERS = (b"from:", b"mime-version:", b"content-type:", b"subject:", b"date:", b"snapshot-content-location:",
                       b"content-location:", b"x-mimeole:", b"message-id:")
BULLET = "•"
DROPPED_TAGS = frozenset({
    "head", "script", "style", "noscript", "template", "nav", "form", "button", "input", "select",
    "textarea", "option", "label", "iframe", "object", "embed", "svg", "canvas", "dialog", "menu",
    "video", "audio", "map",
})
DROPPED_ROLES = frozenset({"navigation", "banner", "contentinfo", "dialog", "alertdialog", "menu", "menubar",
                           "search", "button", "toolbar", "tablist"})
# Class and id words of page furniture, matched against the words of a class or id
# ("cookie-banner" → "cookie", "banner"), never against text.
FURNITURE_CLASS_WORDS = frozenset({
    "btn", "cookie", "cookies", "cookiebanner", "consent", "gdpr", "modal", "popup", "breadcrumb", "breadcrumbs",
    "navbar", "menu", "share", "social", "skip", "skiplink", "sr", "print", "toolbar", "pagination", "sidebar",
})
PAGE_FURNITURE_TAGS = frozenset({"header", "footer", "aside"})  # site header/footer, unless inside an article
CONTENT_TAGS = frozenset({"article", "main"})
DETAILS_TAG = "aside"  # a side column: page furniture, or the meeting's details beside the minutes
PAGE_HEAD_TAG = "header"  # the page's head outside the article: a site's banner, or the meeting's title and details
SIDE_COLUMN_CLASS = "sidebar"  # the class or id word of a side column built of <div>s
MIN_DETAIL_LABELS = 2  # "Dato" and "Sted" as <dt>s, "Mødedato:" and "Deltagere:" lines: a column of details
MAX_DETAIL_LABEL_CHARS = 30
_CONTACT_SHAPE = re.compile(r"\S@\w|(?<!\d)(?:\d{2} \d{2} \d{2} \d{2}|\d{8})(?!\d)")  # an e-mail address, a phone number
# "Mødested: Rådhuset", "Deltagere:", and a table row of label and value ("Dato<tab>4. marts 2025")
_LABEL_LINE = re.compile(rf"^[^\W\d_][^:\t]{{0,{MAX_DETAIL_LABEL_CHARS}}}(?::(?:\s|$)|\t\s*\S)")
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "pre", "address",
    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot",
    "tr", "td", "th", "caption", "figure", "figcaption", "hr", "center", "fieldset", "details", "summary",
})
PARAGRAPH_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "pre",
                            "dl", "div", "section", "article", "figure", "hr"})
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
BOLD_TAGS = frozenset({"b", "strong"})
LAYOUT_CELL_LINES = 12  # a table cell with more lines than this is a column of the page's layout
LINK_SEPARATORS = " \t\r\n\u00a0|·•›»/-–"
FIRST_AGENDA_ITEMS = "dagsordenDetaljer"  # the id of First Agenda's table of items
FIRST_AGENDA_CASE = "sagsnummer"  # the class of its case number span

_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html)", re.IGNORECASE | re.DOTALL)
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-:.]+)", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
_SPACES = re.compile(r"[ \t\r\n\f\u00a0\u200b]+")
_CLASS_SPLIT = re.compile(r"[\s_\-]+")


def looks_like_html(data: bytes) -> bool:
    """The page opens with a doctype or <html> (after a byte-order mark, UTF-8's or UTF-16's,
    an XML declaration or comments such as a browser's "saved from url")."""
    head = data[:SNIFF_BYTES]
    if head.startswith(codecs.BOM_UTF8):
        head = head[len(codecs.BOM_UTF8):]
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Word's "Unicode" web pages
        head = head[:len(head) // 2 * 2].decode("utf-16", errors="replace").encode("utf-8")
    return bool(_HTML_START.match(head))


def read_html(data: bytes, options: object = None) -> RawDocument:
    text, warnings = decode_html(data)
    root = parse_html(text)
    return RawDocument(lines=html_lines(root), format="html", warnings=warnings, printed=False)


def looks_like_mhtml(data: bytes) -> bool:
    """A web page saved with its images and styles in one file (.mht, .mhtml: a MIME message
    whose headers, before the first blank line, say MIME-Version and multipart/related)."""
    head = _BLANK_LINE.split(data[:SNIFF_BYTES * 4], 1)[0].lower()
    return head.startswith(MHTML_FIRST_HEADERS) and b"mime-version:" in head and b"multipart/related" in head


def read_mhtml(data: bytes, options: object = None) -> RawDocument:
    """A saved web archive: its first HTML part, decoded from its transfer encoding
    (quoted-printable, base64) and its charset, read as a web page."""
    import email
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.compat32)
    page = next((part for part in message.walk() if part.get_content_type() in ("text/html", "application/xhtml+xml")), None)
    payload = page.get_payload(decode=True) if page is not None else None
    if not isinstance(payload, bytes) or not payload.strip():
        raise ReferatError("a saved web archive (MHTML) without a web page in it", "corrupt-html")
    text, warnings = decode_html(payload, page.get_content_charset() if page is not None else None)
    root = parse_html(text)
    return RawDocument(lines=html_lines(root), format="mhtml", warnings=warnings, printed=False)


def decode_html(data: bytes, declared_charset: str | None = None) -> tuple[str, list]:
    """The page's text: charset from a byte-order mark, then the one declared by its container
    (a MIME part), then the meta tag, then UTF-8, then cp1252. A page that declares a one-byte
    charset but whose bytes are UTF-8 (a page saved without the server's header that named
    UTF-8) is read as UTF-8, with a warning."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode(data)[0], []
    meta = _META_CHARSET.search(data[:SNIFF_BYTES * 4]) if declared_charset is None else None
    name = declared_charset or (meta.group(1).decode("ascii", errors="replace") if meta else "")
    codec = _codec(name)
    if codec is not None and codec.name not in ("utf-8", "ascii"):
        if codec.name in ONE_BYTE_CODECS and _is_utf8_beyond_ascii(data):
            return data.decode("utf-8"), [Warning(
                code="charset-mismatch",
                message=f"The page declares the charset {name} but is written in UTF-8; it was read as UTF-8.",
            )]
        return data.decode(codec.name, errors="replace"), []
    text, warning = decode(data)
    return text, [warning] if warning else []


def _codec(name: str):
    try:
        return codecs.lookup(name) if name else None
    except LookupError:
        return None


def _is_utf8_beyond_ascii(data: bytes) -> bool:
    """Non-ASCII bytes that all decode as UTF-8: text in a one-byte charset never does (æ, ø, å
    would have to stand as the two-byte pairs UTF-8 uses)."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def parse_html(text: str):
    """The page's element tree (lxml), or ReferatError when nothing can be parsed."""
    from lxml import etree

    text = _XML_DECLARATION.sub("", text, count=1).replace("\x00", "")
    try:
        root = etree.fromstring(text, _parser()) if text.strip() else None
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        root = None
    if root is None:
        raise ReferatError("not a readable web page", "corrupt-html")
    return root


def _parser():
    from lxml import etree

    return etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)


def html_lines(root) -> list[Line]:
    """The lines of an element tree (a whole page or an HTML fragment)."""
    writer = _Writer()
    writer.block(root)
    return writer.finish()


def fragment_lines(markup: str) -> list[Line]:
    """The lines of an HTML fragment (an API's text field)."""
    if not markup or not markup.strip():
        return []
    return html_lines(parse_html(f"<html><body>{markup}</body></html>"))


# furniture -----------------------------------------------------------------------------


def _is_furniture(element, tag: str, classes: str) -> bool:
    """`classes`: the element's class attribute ("" where it has none)."""
    if tag in DROPPED_TAGS:
        return not (tag == "button" and (_holds_heading(element) or _toggles_a_section(element)))  # a collapsible's title is a button
    role = element.get("role")
    if role and role.lower() in DROPPED_ROLES:
        return not (role.lower() == "button" and _toggles_a_section(element))
    if tag in PAGE_FURNITURE_TAGS and not any(a.tag in CONTENT_TAGS for a in element.iterancestors()):
        return True
    ident = element.get("id")
    return bool(classes or ident) and _furniture_names(f"{classes} {ident or ''}")


@lru_cache(maxsize=4096)
def _furniture_names(names: str) -> bool:
    """Class and id names ("cookie-banner", "dropdown-menu") that mark furniture."""
    return any(word in FURNITURE_CLASS_WORDS for word in _CLASS_SPLIT.split(names.lower()))


def _toggles_a_section(element) -> bool:
    """A disclosure button (`aria-expanded`, `aria-controls`): it opens a collapsed section, and
    its text is that section's title ("1. Godkendelse af dagsorden" over the item's text)."""
    return element.get("aria-expanded") is not None or element.get("aria-controls") is not None


def _holds_details(element, lines: list[Line]) -> bool:
    """A column of the meeting's details, told by its shape and not by its words: labelled values (terms
    of a definition list, short labels before a colon or in a row's first cell) and a date among them;
    not a contact box (an e-mail address or a phone number: "Adresse: …", "Telefon: 76 11 22 33")."""
    if any(_CONTACT_SHAPE.search(line.text) for line in lines):
        return False
    labels = sum(1 for child in element.iter("dt")) + sum(1 for line in lines if _LABEL_LINE.match(line.text))
    return labels >= MIN_DETAIL_LABELS and any(find_dates(line.text) for line in lines)


def _holds_heading(element) -> bool:
    return any(child.tag in HEADING_TAGS for child in element.iter() if isinstance(child.tag, str))


# writing lines ---------------------------------------------------------------------------


@dataclass
class _Writer:
    """Collects lines: inline text is appended to the open line; blocks close it."""

    lines: list[Line] = field(default_factory=list)
    text: str = ""
    all_bold: bool = True  # every piece of the open line's text was bold
    heading: bool = False
    bold_depth: int = 0
    pre_depth: int = 0
    marker: str = ""  # a list entry's "• " or "3. ", put before its first text
    details: list[Line] = field(default_factory=list)  # the meeting's details from a side column

    # lines

    def add_text(self, text: str | None) -> None:
        if not text:
            return
        if not self.pre_depth:
            text = _collapse_spaces(text)
            if not self.text:
                text = text.lstrip()
        if not text:
            return
        if text.strip():
            self.all_bold = self.all_bold and self.bold_depth > 0
            if self.marker and not self.text.strip():
                text, self.marker = self.marker + text.lstrip(), ""
        self.text += text

    def end_line(self) -> None:
        content = self.text.strip()
        if content:
            self.lines.append(Line(content, bold=self.all_bold and not self.heading, heading=self.heading))
        self.text, self.all_bold = "", True

    def blank(self) -> None:
        self.end_line()
        if self.lines and self.lines[-1].text:
            self.lines.append(Line(""))

    def finish(self) -> list[Line]:
        self.end_line()
        if self.details:
            at = 0
            if self.lines and self.lines[0].heading:  # under the page's title
                at = 2 if len(self.lines) > 1 and not self.lines[1].text else 1
            self.lines[at:at] = [*self.details, Line("")]
        while self.lines and not self.lines[-1].text:
            self.lines.pop()
        return self.lines

    def side_column(self, element, in_place: bool = False) -> bool:
        """A side column's lines kept as the meeting's details where they hold them (under the title, or
        where they stand with `in_place`: a page head above the article); False where they hold none."""
        column = _Writer()
        column.children(element)
        lines = column.finish()
        if not _holds_details(element, lines):
            return False
        if in_place:
            self.blank()
            self.lines.extend([*lines, Line("")])
        else:
            self.details.extend([*lines, Line("")] if self.details else lines)
        return True

    # elements

    def block(self, element) -> None:
        """Write an element and its content (its tail is the caller's)."""
        tag = element.tag if isinstance(element.tag, str) else ""
        if not tag:
            return
        classes = element.get("class") or ""
        furniture = _is_furniture(element, tag, classes)
        side = furniture and (tag in (DETAILS_TAG, PAGE_HEAD_TAG) or SIDE_COLUMN_CLASS in f"{classes} {element.get('id') or ''}".lower())
        if side and self.side_column(element, in_place=tag == PAGE_HEAD_TAG):
            return  # an <aside> of the meeting's details beside the article goes under the title
        if furniture:
            return
        if tag == "br":
            self.end_line()
            return
        if tag == "table":
            self.table(element)
            return
        if FIRST_AGENDA_CASE in classes.split():
            self.case_number(element)
            return
        if tag in ("ul", "ol"):
            self.write_list(element, ordered=tag == "ol")
            return
        if tag in BLOCK_TAGS:
            self.end_line()
        if tag in HEADING_TAGS:
            self.heading = True
        if tag in BOLD_TAGS:
            self.bold_depth += 1
        if tag == "pre":
            self.pre_depth += 1
        self.children(element)
        if tag in BOLD_TAGS:
            self.bold_depth -= 1
        if tag == "pre":
            self.pre_depth -= 1
        if tag in HEADING_TAGS:
            self.blank()
            self.heading = False
        elif tag in PARAGRAPH_TAGS:
            self.blank()
        elif tag in BLOCK_TAGS:
            self.end_line()

    def children(self, element) -> None:
        if _links_only(element):  # "Print | Del på Facebook": one line per link, as a menu reads
            for link in element:
                self.end_line()
                self.block(link)
            self.end_line()
            return
        self.add_text(element.text)
        for child in element:
            self.block(child)
            self.add_text(child.tail)

    def case_number(self, element) -> None:
        """First Agenda's case number span, as the labelled line a printed item shows."""
        number = _SPACES.sub(" ", "".join(element.itertext())).strip()
        if number:
            self.end_line()
            self.lines.append(Line(f"{STRUCTURED_LABELS['case_number']}: {number}"))

    def write_list(self, element, ordered: bool) -> None:
        self.end_line()
        number = _list_start(element)
        for child in element:
            if isinstance(child.tag, str) and child.tag == "li" and not _is_furniture(child, "li", child.get("class") or ""):
                number = _int(child.get("value"), number)
                self.end_line()
                self.marker = f"{number}. " if ordered else f"{BULLET} "
                number += 1
                self.children(child)
                self.end_line()
                self.marker = ""
            else:
                self.block(child)
        self.blank()

    def table(self, element) -> None:
        self.blank()
        first_agenda = element.get("id") == FIRST_AGENDA_ITEMS
        for row in _rows(element):
            if first_agenda and len(_cells(row)) >= 2:
                self.first_agenda_row(row)
            else:
                self.row(row)
        self.blank()

    def row(self, row) -> None:
        """One line for the row, its cells apart by tabs; a cell's further lines after it."""
        cells = [self.cell_lines(cell) for cell in _cells(row)]
        while cells and not cells[-1]:
            cells.pop()
        if not any(cells):
            return
        if sum(1 for lines in cells if _holds_a_page(lines)) >= 2:  # a layout table: columns of a page
            for lines in cells:
                self.lines.extend(lines)
                self.blank()
            return
        first = "\t".join(lines[0].text if lines else "" for lines in cells).strip("\t")
        heading = any(lines and lines[0].heading for lines in cells)
        self.lines.append(Line(first, heading=heading))
        for lines in cells:
            self.lines.extend(lines[1:])
        if any(len(lines) > 1 for lines in cells):
            self.blank()

    def first_agenda_row(self, row) -> None:
        """An item of a First Agenda page: number cell, title cell with the item's text; the
        cells after them hold menus and counters."""
        number_cell, title_cell = _cells(row)[:2]
        number = " ".join(line.text for line in self.cell_lines(number_cell))
        lines = self.cell_lines(title_cell)
        if not lines:
            return
        title = lines[0]
        self.lines.append(Line(f"{number}\t{title.text}" if number else title.text, heading=True))
        self.lines.extend(lines[1:])
        self.blank()

    def cell_lines(self, cell) -> list[Line]:
        """A cell's lines, written apart from the page's."""
        writer = _Writer()
        writer.children(cell)
        return writer.finish()


def _collapse_spaces(text: str) -> str:
    """Runs of white space as one space, as a browser shows them."""
    words = text.split()
    if not words:
        return " "
    return f"{' ' if text[0].isspace() else ''}{' '.join(words)}{' ' if text[-1].isspace() else ''}".replace("\u200b", "")


def _holds_a_page(lines: list[Line]) -> bool:
    """A cell with headings and paragraphs of its own, or many lines: a column of a page laid
    out with a table, not a cell of data."""
    texts = [line for line in lines if line.text]
    return len(texts) > LAYOUT_CELL_LINES or (any(line.heading for line in texts) and len(texts) > 2)


def _links_only(element) -> bool:
    """Two or more links and between them nothing but separators ("|", "·", "›")."""
    if len(element) < 2 or (element.text or "").strip(LINK_SEPARATORS):
        return False
    return all(child.tag == "a" and not (child.tail or "").strip(LINK_SEPARATORS) for child in element)


def _rows(table):
    """The table's rows, in head, body and foot, not those of tables nested in its cells."""
    for child in table:
        if not isinstance(child.tag, str):
            continue
        if child.tag == "tr":
            yield child
        elif child.tag in ("thead", "tbody", "tfoot"):
            yield from (row for row in child if isinstance(row.tag, str) and row.tag == "tr")


def _cells(row) -> list:
    return [cell for cell in row if isinstance(cell.tag, str) and cell.tag in ("td", "th")]


def _list_start(element) -> int:
    return _int(element.get("start"), 1)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
