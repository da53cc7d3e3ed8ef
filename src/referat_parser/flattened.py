"""Text that lost its line breaks (web transcripts of PDFs: one line per page).

"2 Indholdsfortegnelse Til efterretning...i 89. Kvartalsrapport...i 90. Dallund Slot...ii Side 2 af 40"
holds a page number, an index heading, group headings and entries, and page furniture on one line.
Such a line is recognised by a chain of item numbers in it (89., 90., 91. … or "Sag nr. 74", "Sag nr. 75"),
and then every long line of the document is broken again where the shapes show a break:

- before an item number that belongs to a chain (or to the numbers such chains hold);
- before an item label ("Sag nr. 74", "Punkt 3");
- after a dotted leader with its page reference ("...i", "...12");
- around "Side 2 af 40" (page furniture, then dropped by cleaning) and after a leading page number;
  a short last page is broken too where it holds such a footer;
- after an index heading that opens the line ("Indholdsfortegnelse", "Indhold").
"""

from __future__ import annotations

import re

from .document import Line
from .shapes import CAPITALIZED_ITEM_LABEL, CAPITALIZED_PAGE_WORD, PAGE_OF, ROMAN_PAGE
from .vocabulary import INDEX_HEADINGS

FLATTENED_MIN_CHARS = 300  # a page run together into one line is long
SPLIT_MIN_CHARS = 120  # in such a document, shorter pages (or parts of pages) are broken too
MIN_CHAIN = 3  # numbers in a row (89., 90., 91.) that show entries run together
MIN_LABELS = 2  # item labels ("Sag nr. 74 … Sag nr. 75") that show the same

_NUMBERED = re.compile(r"(?:(?<=\s)|^)(?P<num>\d{1,3})\.\s+(?=[A-ZÆØÅ])")
_LABEL = re.compile(rf"(?:(?<=\s)|^){CAPITALIZED_ITEM_LABEL}\d{{1,3}}\b")
_LEADER_PAGE = re.compile(rf"(?:\.{{3,}}|…+)\s*(?:\d{{1,4}}|{ROMAN_PAGE})\b(?=\s)")
_PAGE_OF_PAGES = re.compile(rf"(?:(?<=\s)|^)(?:{CAPITALIZED_PAGE_WORD})\s+\d{{1,4}}\s+(?:{PAGE_OF})\s+\d{{1,4}}(?=\s|$)")
_LEADING_PAGE = re.compile(r"^\d{1,4}\s+(?=\S)")
_INDEX_HEADING = re.compile(
    rf"^(?P<heading>{'|'.join(re.escape(h.capitalize()) for h in sorted(INDEX_HEADINGS, key=len, reverse=True))})\s+(?=\S)"
)


def split_flattened(lines: list[Line]) -> list[Line]:
    """The lines, with lines that hold a run-together page broken where the shapes show breaks;
    a document with no such line comes back unchanged."""
    long_texts = [line.text for line in lines if len(line.text) >= FLATTENED_MIN_CHARS]
    numbers = {n for text in long_texts for n in _chain(text)}
    labelled = any(len(_LABEL.findall(text)) >= MIN_LABELS for text in long_texts)
    if not numbers and not labelled:
        return lines
    out: list[Line] = []
    for line in lines:
        if len(line.text) < SPLIT_MIN_CHARS and not _PAGE_OF_PAGES.search(line.text):
            out.append(line)  # short, and no page footer in it: not a page run together
            continue
        out += [line.with_text(part) for part in _split(line.text, numbers)] + [line.with_text("")]
    return out


def _chain(text: str) -> set[int]:
    """The numbers of the longest run n, n+1, n+2 … printed as "n. Title" in the text."""
    found = [int(m.group("num")) for m in _NUMBERED.finditer(text)]
    best: list[int] = []
    for start in range(len(found)):
        run = [found[start]]
        for value in found[start + 1:]:
            if value == run[-1] + 1:
                run.append(value)
        if len(run) > len(best):
            best = run
    return set(best) if len(best) >= MIN_CHAIN else set()


def _split(text: str, numbers: set[int]) -> list[str]:
    cuts = {0, len(text)}
    m = _LEADING_PAGE.match(text)
    if m:
        cuts.add(m.end())
    for m in _NUMBERED.finditer(text):
        if int(m.group("num")) in numbers:
            cuts.add(m.start())
    for pattern in (_LABEL,):
        cuts.update(m.start() for m in pattern.finditer(text))
    for m in _LEADER_PAGE.finditer(text):
        cuts.add(m.end())
    for m in _PAGE_OF_PAGES.finditer(text):
        cuts.update((m.start(), m.end()))
    ordered = sorted(cuts)
    parts = [text[a:b].strip() for a, b in zip(ordered, ordered[1:])]
    out: list[str] = []
    for part in parts:
        heading = _INDEX_HEADING.match(part)
        if heading:
            out += [heading.group("heading"), part[heading.end():].strip()]
        elif part:
            out.append(part)
    return [p for p in out if p]
