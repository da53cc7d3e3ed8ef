"""Cleaning: page furniture out, broken lines joined, paragraphs marked.

Stages, each a function of a list of `Line`s:
  1. normalise_lines      odd spaces and control characters out, labels glued to values split
  2. remove_furniture     page numbers, template residue, repeated running headers and their
                          neighbours, twins of what the reader found in page bands/headers
  3. join_hyphenated      words broken at line ends joined, real hyphens kept
  4. collapse_blanks      one blank line between paragraphs
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, islice

from .dates import has_date
from .document import Line, RawDocument
from .flattened import split_flattened
from .models import Warning
from .headings import heading_kind, history_heading_kind
from .shapes import PAGE_OF_COUNT_TAIL, furniture_shape, is_page_number
from .textutil import key, lines_with_words
from .vocabulary import (
    ACCESS_WORDS,
    CONTACT_MARKERS,
    DOCUMENT_TYPES,
    FOOTER_LABELS,
    FURNITURE_LINE_STARTS,
    FURNITURE_PHRASES,
    GLUED_LABELS,
    GROUP_HEADINGS,
    INDEX_HEADINGS,
    SUSPENDED_HYPHEN_FOLLOWERS,
)

SOFT_HYPHEN = "\u00ad"
_LINE_END_HYPHENS = ("-", SOFT_HYPHEN)
FLATTENED_WARNING = "text-without-line-breaks"
MIN_PAGE_NUMBERS_PRINTED = 2  # a web page with this many page-number lines holds a printed document's pages
MAX_FURNITURE_LINE_CHARS = 120  # "Sidst opdateret den 3. februar 2025", "Du er her: Forside › Politik"
MAX_PAGE_NUMBER_CHARS = 20  # "Side 123 af 456" and the like are short
REPEATS_FOR_RUNNING_HEADER = 3  # a line printed this often may be a running header
MAX_HEADER_WORDS = 8  # running headers are short
FOOTER_CLUSTER_REACH = 3  # non-blank lines around a page number that may be footer fields
MAX_HYPHEN_GAP = 3  # lines (blank ones included) a broken word may span
TITLE_BLOCK_LINES = 15  # the first non-blank lines: a header's first printing there is the title block
NEIGHBOUR_REACH = 2  # non-blank lines around furniture that may belong to the same header block
SAME_PLACE_POINTS = 3.0  # a running header stands this close to one height on every page it is printed on

_ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\ufffe\u0002\u0003]")
_BREAK_MARK = re.compile(r"[\ufffe\u0002]")
_SPECIAL = re.compile(r"[\u00a0\u00ad\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff\ufffe\u0002\u0003\ue000-\uf8ff\ufb00-\ufb06]")
# Symbol/Wingdings glyphs come out of Word PDFs as private-use characters: at a line's
# start they are list bullets (U+F0B7 "•", U+F0A7 "▪", U+F0D8 "➢" …); U+F02D is a hyphen.
_LEADING_PRIVATE = re.compile(r"^\s*[\ue000-\uf8ff]\s*")
_PRIVATE = re.compile(r"[\ue000-\uf8ff]")
_PRIVATE_HYPHEN = "\uf02d"
_LIGATURES = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}  # "ﬁ" → "fi"
_RULE = re.compile(r"^([=\-_*─═])\1{2,}$")  # "=====", "-----", "_____": a rule, no text (lines are stripped)
_RULE_MARKS = "=-_*─═"
_UNDERLINE_MARKS = "=-═─"  # rules that underline the line above them
_URL_ONLY = re.compile(r"^(?:<)?(?:https?://|www\.)\S+(?:>)?$", re.IGNORECASE)
_GLUED = re.compile(rf"^({'|'.join(GLUED_LABELS)})(?=[A-ZÆØÅ0-9])")
_GLUED_INITIALS = {label[0] for label in GLUED_LABELS}  # a cheap test before the pattern
# "10. Eventuelt1. Orientering og rundvisning", "Sagsfremstilling2. Godkendelse af …": a numbered heading
# glued to the word before it, where a web page's blocks lost the line break between them
_GLUED_HEADING = re.compile(r"(?<=[a-zæøå]{3})\d{1,3}\.\s+(?=[A-ZÆØÅ][a-zæøå])")
_NUMBERED_BLOCK = re.compile(r"^\d{1,3}\.\s+\S")
MAX_GLUED_BLOCK_WORDS = 2
_FURNITURE_KEYS = frozenset(key(p) for p in FURNITURE_PHRASES)
_FURNITURE_STARTS = tuple(key(p) for p in FURNITURE_LINE_STARTS)


def clean(raw: RawDocument) -> list[Line]:
    return clean_with_furniture(raw)[0]


def clean_with_furniture(raw: RawDocument) -> tuple[list[Line], list[tuple[Line, str]]]:
    """The cleaned lines, and the lines dropped as page furniture with the rule that dropped each."""
    lines = underlines_apart(normalise_lines(raw.lines))
    split = split_flattened(lines)
    if len(split) != len(lines) and not any(w.code == FLATTENED_WARNING for w in raw.warnings):
        raw.warnings.append(Warning(code=FLATTENED_WARNING, message="The text had lost its line breaks (pages run together "
                                    "into single lines); lines were broken again where item numbers, labels and page references stand."))
    lines = split
    reasons = furniture_reasons(lines, [f.text for f in raw.furniture], raw.printed)
    furniture = [(line, reason) for line, reason in zip(lines, reasons) if reason]
    lines = [line.with_text("") if reason else line for line, reason in zip(lines, reasons)]
    lines = join_hyphenated(lines)
    return collapse_blanks(lines), furniture


# 1. normalising --------------------------------------------------------------------------


def resolve_break_marks(text: str) -> str:
    """pdfium marks a hyphen at a line end with U+FFFE (or U+0002) and joins the lines:
    'Nord\ufffejylland' → 'Nordjylland', 'børne\ufffeog' → 'børne- og',
    'Aarup\ufffeKristensen' → 'Aarup-Kristensen'. A mark ending the line becomes '-'."""
    out: list[str] = []
    position = 0
    for m in _BREAK_MARK.finditer(text):
        out.append(text[position : m.start()])
        following = text[m.end() :].lstrip()
        position = m.end()
        if not following:
            out.append("-")
            continue
        mode = _joins_without_hyphen(text[: m.start()] + "-", following)
        if mode is True:
            position = len(text) - len(following)
        elif mode is False or not text[m.end() : m.end() + 1].isspace() and not _is_conjunction(following):
            out.append("-")
            position = len(text) - len(following)
        else:
            out.append("- ")
            position = len(text) - len(following)
    out.append(text[position:])
    return "".join(out)


def _is_conjunction(following: str) -> bool:
    words = following.split()
    return bool(words) and words[0].lower().strip(",.") in SUSPENDED_HYPHEN_FOLLOWERS


def normalise_text(text: str) -> str:
    if not _SPECIAL.search(text):
        return text.strip()
    text = _ODD_SPACES.sub(" ", text)
    if "\ufffe" in text or "\u0002" in text:
        text = resolve_break_marks(text)
    if _PRIVATE.search(text):
        text = _LEADING_PRIVATE.sub("• ", text, count=1).replace(_PRIVATE_HYPHEN, "-")
        text = _PRIVATE.sub("", text)
    text = text.translate(_LIGATURES)
    soft_end = text.rstrip().endswith(SOFT_HYPHEN)
    text = _INVISIBLE.sub("", text).replace(SOFT_HYPHEN, "")
    text = text.strip()
    return text + SOFT_HYPHEN if soft_end and text else text


def normalise_lines(lines: list[Line]) -> list[Line]:
    out: list[Line] = []
    for line in lines:
        texts = _normalised(line.text)
        if len(texts) > 1:
            out += [line.with_text(text) for text in texts]
        else:
            out.append(line.with_text(texts[0]) if texts[0] != line.text else line)
    return out


@lru_cache(maxsize=65536)
def _normalised(text: str) -> tuple[str, ...]:
    """A line's text normalised, and a label glued to its value split off: with a tab, or as a
    line of its own where the label is an index heading (kept per text: lines repeat)."""
    text = normalise_text(text) if _SPECIAL.search(text) else text.strip()
    glued = _GLUED.match(text) if text[:1] in _GLUED_INITIALS else None
    if glued:
        label, rest = glued.group(1), text[glued.end():]
        if key(label) in INDEX_HEADINGS:
            return label, rest
        text = f"{label}\t{rest}"
    heading = _GLUED_HEADING.search(text) if ". " in text else None
    if heading and _ends_block(text[: heading.start()]):
        return text[: heading.start()], text[heading.start():]
    return (text,)


def _ends_block(text: str) -> bool:
    """'10. Eventuelt', 'Sagsfremstilling': an index entry or a word alone, a block of its own that the
    numbered heading after it was glued to (a web page's blocks flattened without a line break)."""
    return len(text.split()) <= MAX_GLUED_BLOCK_WORDS or bool(_NUMBERED_BLOCK.match(text))


def underlines_apart(lines: list[Line]) -> list[Line]:
    """A rule of '=' or '-' under a line of text underlines it: that line is a heading (as
    plain-text and Markdown minutes set their headings). A rule holds no text: a blank line in
    its place, as for a rule of '_' or '*' or one between blank lines (a separator)."""
    rules = [i for i, line in enumerate(lines) if line.text and line.text[0] in _RULE_MARKS and _RULE.match(line.text)]
    if not rules:
        return lines
    out = list(lines)
    for i in rules:
        above = out[i - 1] if i else None
        if above is not None and above.text and out[i].text[0] in _UNDERLINE_MARKS:  # a rule above is blank by now
            out[i - 1] = Line(above.text, above.page, above.x0, above.top, above.bold, True, above.number)
        out[i] = out[i].with_text("")
    return out


# 2. furniture ----------------------------------------------------------------------------


def _is_structural(text: str) -> bool:
    """Headings, labels and access words are never furniture, however often they repeat."""
    k = key(text)
    return (
        heading_kind(text) is not None
        or k in ACCESS_WORDS
        or k in GROUP_HEADINGS
        or k in DOCUMENT_TYPES
        or k in INDEX_HEADINGS
    )


def _is_header_like(text: str) -> bool:
    """Short, and no sentence; a page phrase at its end ("… Side 2 af 5") is not counted."""
    words = PAGE_OF_COUNT_TAIL.sub("", text).split()
    return 0 < len(words) <= MAX_HEADER_WORDS and not text.rstrip().endswith((".", ":", ","))


def remove_furniture(lines: list[Line], reader_furniture: list[str], printed: bool = True) -> list[Line]:
    """Lines that are page furniture become blank lines (paragraph breaks stay where they were).
    Lines repeated as running headers and footers are looked for only in printed documents
    (and in web pages that hold a printed document, its page numbers among the lines)."""
    drop = furniture_reasons(lines, reader_furniture, printed)
    return [line.with_text("") if drop[i] else line for i, line in enumerate(lines)]


def furniture_reasons(lines: list[Line], reader_furniture: list[str], printed: bool = True) -> list[str | None]:
    """For each line, why it is page furniture (the rule that decided), or None when it is not."""
    texts = [line.text for line in lines]
    drop: list[str | None] = [None] * len(lines)
    known_shapes = {furniture_shape(t) for t in reader_furniture if t.strip() and not _is_structural(t)}

    pages = max([line.page for line in lines if line.page], default=None)
    numbers = [bool(text) and len(text) <= MAX_PAGE_NUMBER_CHARS and is_page_number(text, pages) for text in texts]
    repeated = printed or _page_numbers_printed(texts, numbers) >= MIN_PAGE_NUMBERS_PRINTED  # a web page holding a printed document's pages
    shapes = [furniture_shape(text) if text else "" for text in texts] if known_shapes or repeated else []
    nonblank = 0
    for i, text in enumerate(texts):
        if not text:
            continue
        nonblank += 1
        in_title_block = nonblank <= TITLE_BLOCK_LINES  # a header's twin there is the document's title
        reason = "a page number" if numbers[i] else _phrase_reason(text)
        if reason is None and known_shapes and not in_title_block and shapes[i] in known_shapes and not _is_structural(text):
            reason = "the same as a page header or footer the reader found"
        drop[i] = reason

    if repeated:
        repeats = _repeats(texts, shapes)
        _drop_footer_fields(texts, numbers, drop)
        _drop_running_headers(texts, drop, lines, repeats)
        _drop_contact_lines(texts, drop, repeats)  # after: its lines start no neighbour search
    return drop


def _page_numbers_printed(texts: list[str], numbers: list[bool]) -> int:
    """Page numbers printed alone ("Side 3") or ending a running header ("… 2. oktober 2012 Side 3 af 5")."""
    return sum(numbers) + sum(1 for text, number in zip(texts, numbers)
                              if not number and text.rstrip()[-1:].isdigit() and PAGE_OF_COUNT_TAIL.search(text))  # it ends in digits


@lru_cache(maxsize=65536)
def _phrase_reason(text: str) -> str | None:
    """Why a line is furniture by its words alone (kept per text: lines repeat), or None."""
    k = key(text)
    if k in _FURNITURE_KEYS:
        return "a furniture phrase"
    if len(text) <= MAX_FURNITURE_LINE_CHARS and k.startswith(_FURNITURE_STARTS):
        return "a short line opening with a furniture phrase"
    if text[:1] in "hw<" and _URL_ONLY.match(text):
        return "a web address alone on its line"
    return None


@dataclass
class _Repeats:
    """The lines printed more than once, found once for the rules that look for them.

    shapes:  each line's shape (digits folded; "" for a blank line).
    counts:  how many lines have each shape.
    lines:   the lines whose shape is printed REPEATS_FOR_RUNNING_HEADER - 1 times or more, in order.
    keys:    the key of each of those lines (by line index).
    exact:   how many of those have each key; every line with a key of theirs is among them, so
             this is the key's count in the whole document.
    """

    shapes: list[str]
    counts: Counter[str]
    lines: list[int]
    keys: dict[int, str]
    exact: Counter[str]


def _repeats(texts: list[str], shapes: list[str]) -> _Repeats:
    """`shapes`: each text's furniture_shape ("" for a blank line)."""
    counts = Counter(shapes)
    del counts[""]  # blank lines
    repeated = {shape for shape, count in counts.items() if count >= REPEATS_FOR_RUNNING_HEADER - 1}
    lines = [i for i, shape in enumerate(shapes) if shape in repeated]
    keys = {i: key(texts[i]) for i in lines}
    return _Repeats(shapes, counts, lines, keys, Counter(keys.values()))


def _drop_contact_lines(texts: list[str], drop: list[str | None], repeats: _Repeats) -> None:
    """A line with contact details ("Engvej 1 · 8000 Aarhus · www.engparken.dk", "Tlf. …",
    "CVR …") printed again and again is a page footer, even with no page number beside it.
    Only lines printed that often are searched for the details."""
    often = [i for i in repeats.lines if repeats.exact[repeats.keys[i]] >= REPEATS_FOR_RUNNING_HEADER]
    distinct = list(dict.fromkeys(texts[i] for i in often))  # each text searched once, however often printed
    with_details = {distinct[n] for n in lines_with_words(distinct, CONTACT_MARKERS)}
    candidates = [i for i in often if texts[i] in with_details]
    counts = Counter(key(texts[i]) for i in candidates)
    for i in candidates:
        if counts[key(texts[i])] >= REPEATS_FOR_RUNNING_HEADER and not _is_structural(texts[i]):
            drop[i] = drop[i] or "a contact line printed again and again"


def _nonblank_neighbours(texts: list[str], i: int, reach: int) -> list[int]:
    found: list[int] = []
    for step in (-1, 1):
        j, seen = i + step, 0
        while 0 <= j < len(texts) and seen < reach:
            if texts[j].strip():
                found.append(j)
                seen += 1
            j += step
    return found


def _drop_footer_fields(texts: list[str], numbers: list[bool], drop: list[str | None]) -> None:
    """'Dokument: …' and the like next to a page number are footer fields."""
    for i in compress(range(len(texts)), numbers):
        for j in _nonblank_neighbours(texts, i, FOOTER_CLUSTER_REACH):
            label = key(texts[j].split(":", 1)[0]) if ":" in texts[j] else ""
            if label in FOOTER_LABELS:
                drop[j] = drop[j] or "a footer field beside a page number"


def _around(nonblank: list[int], i: int, reach: int) -> list[int]:
    """The `reach` non-blank lines before and after line i (`nonblank`: their indexes, in order)."""
    rank = bisect_left(nonblank, i)
    return nonblank[max(0, rank - reach) : rank] + nonblank[rank + 1 : rank + 1 + reach]


def _place(line: Line) -> float | None:
    """The line's height on its page (PDF), None where the format has no pages."""
    return line.top if line.page is not None else None


def _at_one_place(where: list[int], lines: list[Line], beside_furniture: Callable[[int], bool]) -> list[int]:
    """Of the printings of one repeated line, those at the height where most of them stand, or
    right beside other furniture (a page number): a running header keeps its place on the page;
    a line of body text that happens to repeat ("Dato: 19-08-2025" in an item's history, an
    attachment named in several items) does not. Where heights are unknown (text formats)
    every printing counts."""
    known: dict[int, float] = {}
    for i in where:
        place = _place(lines[i])
        if place is None:
            return where
        known[i] = place
    if not known:
        return where
    heights = list(known.values())

    def at(height: float, i: int) -> bool:
        return abs(known[i] - height) <= SAME_PLACE_POINTS

    modal = max(heights, key=lambda h: sum(at(h, i) for i in where))
    if sum(at(modal, i) for i in where) * 3 < len(where) * 2:
        return [i for i in where if beside_furniture(i)]  # no one place: printings that only happen to repeat
    return [i for i in where if at(modal, i) or beside_furniture(i)]


def _heading_in_each_item(where: list[int], texts: list[str], lines: list[Line]) -> bool:
    """'Byggeudvalget, 12-05-2022, pkt. 7', then '…, pkt. 8', '…, pkt. 9', where the format gives no
    place on a page: each printing a different text naming a body, a date and an item — the
    heading over the decision in each item, not a running header (which prints the same text
    on the pages of one item, and keeps one place on the page where the format shows it)."""
    return (
        _place(lines[where[0]]) is None
        and len({texts[i] for i in where}) == len(where)
        and all(history_heading_kind(texts[i]) for i in where)
    )


def _drop_running_headers(texts: list[str], drop: list[str | None], lines: list[Line], repeats: _Repeats) -> None:
    """A short line printed again and again, at one place on the page, that holds a date is a
    running header; a short repeated line that always stands beside such furniture belongs to
    the same header block."""
    shapes, counts = repeats.shapes, repeats.counts
    title_block = set(islice((i for i, shape in enumerate(shapes) if shape), TITLE_BLOCK_LINES))
    positions: dict[str, list[int]] = defaultdict(list)
    for i in repeats.lines:
        shape = shapes[i]
        if i in title_block and shape not in positions and not PAGE_OF_COUNT_TAIL.search(texts[i]):
            positions[shape] = []  # the first printing, in the title block, stays (unless it gives its page)
            continue
        positions[shape].append(i)

    nonblank_lines = [i for i, text in enumerate(texts) if text.strip()]

    def beside_furniture(i: int) -> bool:
        return any(drop[j] for j in _around(nonblank_lines, i, NEIGHBOUR_REACH))

    for shape, where in positions.items():
        if not where:
            continue
        text = texts[where[0]]
        if counts[shape] >= REPEATS_FOR_RUNNING_HEADER and _is_header_like(text) and has_date(text) and not _heading_in_each_item(where, texts, lines):
            placed = _at_one_place(where, lines, beside_furniture)
            if not _is_structural(text) and len(placed) >= REPEATS_FOR_RUNNING_HEADER - 1:
                for i in placed:
                    drop[i] = drop[i] or "a short dated line printed again and again at one place (running header)"

    # Neighbours: the very same text again and again (a body name under a dated header).
    exact, keys = repeats.exact, repeats.keys
    by_text: dict[str, list[int]] = defaultdict(list)
    may_repeat: dict[str, bool] = {}
    for where in positions.values():
        for i in where:
            text = texts[i]
            if text not in may_repeat:
                may_repeat[text] = exact[keys[i]] >= REPEATS_FOR_RUNNING_HEADER and _is_header_like(text) and not _is_structural(text)
            if may_repeat[text]:
                by_text[keys[i]].append(i)
    if not by_text:
        return
    settled: set[str] = set()
    changed = True
    while changed:
        changed = False
        for text_key, where in by_text.items():
            if text_key in settled:
                continue
            beside = _at_one_place([i for i in where if beside_furniture(i)], lines, beside_furniture)
            if len(beside) >= REPEATS_FOR_RUNNING_HEADER - 1 and len(beside) * 3 >= len(where) * 2:
                for i in beside:
                    drop[i] = drop[i] or "a line repeated beside a running header"
                settled.add(text_key)
                changed = True


# 3. hyphenation --------------------------------------------------------------------------


def _next_nonblank(lines: list[Line], i: int) -> int | None:
    for j in range(i + 1, len(lines)):
        if lines[j].text.strip():
            return j
    return None


def _joins_without_hyphen(text: str, following: str) -> bool | None:
    """For a line ending in '-': True to join the word (drop the hyphen), False to join
    keeping the hyphen ("2021-" + "2022"), None when the hyphen is not a line-end break."""
    if len(text) < 2 or not text[-2].isalpha() and not text[-2].isdigit():
        return None
    first_word = following.split()[0] if following.split() else ""
    if first_word.lower().strip(",.") in SUSPENDED_HYPHEN_FOLLOWERS:
        return None
    if following[0].islower() and text[-2].isalpha():
        letters_before = re.search(r"(\w+)-$", text)
        if letters_before and len(letters_before.group(1)) == 1 and letters_before.group(1).isupper():
            return False  # "P-" + "huse": a letter prefix keeps its hyphen
        return True
    if following[0].isdigit() and text[-2].isdigit():
        return False
    if following[0].isupper() and text[-2].isalpha():
        return False  # "Aarup-" + "Kristensen": a double name keeps its hyphen
    return None


def join_hyphenated(lines: list[Line]) -> list[Line]:
    """Join a word broken at a line end with the next non-blank line.

    A soft hyphen (from PDF hyphenation) always joins. A plain "-" joins when a letter
    precedes it and a lower-case letter follows ("Nord-" + "jylland"), keeps the hyphen
    between digits ("2021-" + "2022"), and stays a real hyphen before "og", "eller"
    ("børne- og ungeområdet"). Blank lines inside a broken word are dropped."""
    candidates = [i for i, line in enumerate(lines) if line.text.endswith(_LINE_END_HYPHENS)]  # only they can join
    if not candidates:
        return lines
    out = list(lines)
    removed = [False] * len(out)
    for i in candidates:
        if removed[i]:
            continue
        while True:
            text = out[i].text
            soft = text.endswith(SOFT_HYPHEN)
            if not soft and not (text.endswith("-") and not text.endswith(" -")):
                break
            j = _next_nonblank(out, i)
            if j is None or j - i > MAX_HYPHEN_GAP:
                if soft:
                    out[i] = out[i].with_text(text[:-1])
                break
            following = out[j].text
            mode = True if soft else _joins_without_hyphen(text, following)
            if mode is None:
                break
            head = text[:-1] if mode else text
            out[i] = out[i].with_text(head + following)
            for k in range(i + 1, j + 1):
                removed[k] = True
                out[k] = out[k].with_text("")
    return [line for line, gone in zip(out, removed) if not gone] if any(removed) else out


# 4. paragraphs ---------------------------------------------------------------------------


def collapse_blanks(lines: list[Line]) -> list[Line]:
    """One blank line between paragraphs; none before the first or after the last."""
    out: list[Line] = []
    after_text = False
    for line in lines:
        if line.text.strip():
            out.append(line)
            after_text = True
        elif after_text:
            out.append(line if line.text == "" else line.with_text(""))
            after_text = False
    if out and not after_text:
        out.pop()
    return out
