"""What OCR typically gets wrong in minutes, mended on the engine's words and boxes.

  - dotted leaders in an index read as letter runs ("Budget sssseeeenn 4"): words whose box is
    far lower than the line's letters (`is_leader`); the reader erases them from the image and
    reads the page again, as they throw the engine off the whole line, and `with_leaders` puts a
    leader back where they stood;
  - list numbers in a hanging indent misread ("va" for "2.", "&" for "8."): restored from the
    numbers above and below in the same columns (`renumbered`);
  - `|` for `I` at a sentence's start ("| henhold til"), else a table's rule: a cell break;
  - `8`, `S`, `$` for `§` before a paragraph number, where the document uses §;
  - bullets read as letters ("e Godkender", "«+ Drøfter");
  - lost spaces after short words ("Valgtil", "afdirigent"): split where the rest is a word the
    engine knows from elsewhere in the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..vocabulary import OCR_BULLET_LOOKALIKES, OCR_GLUED_AFTER, OCR_GLUED_BEFORE, OCR_SECTION_SIGN_CONTEXT

LEADER = "........"
LEADER_HEIGHT_SHARE = 0.3  # a "word" whose box is lower than this share of its line is dots …
LEADER_MIN_DOTS = 4  # … and so is one of at least this many dot-like characters, mostly dots
LEADER_DOT_SHARE = 0.6
GLUED_PART_MIN_CHARS = 3  # the other part of a glued word ("Valg" in "Valgtil") is a word this long
COLUMN_TOLERANCE = 0.6  # in line heights: words this close in x stand in one column
CELL_BREAK = "\t"
CELL_GAP_HEIGHTS = 1.5  # a gap between words this many line heights wide separates table cells

_DOT_LIKE = set(".,·:;'`´‚_…-–")
_DOTS = set(".·…")
_CELL_BREAKS = re.compile(r"\s*\t[\s\t]*")
DASH = "–"  # the engine reads the en dash of Danish text as an em dash
_SECTION_SIGN_LOOKALIKES = {"8", "S", "$", "&", "88", "SS", "$$", "&&"}
_SECTION_NUMBER = re.compile(r"^\d{1,3}[a-z]?(?:[-–]\d{1,3}[a-z]?)?[.,:;)]?$")  # "12", "5a", "107-108"
_LIST_NUMBER = re.compile(r"^(?P<n>\d{1,3})[.:;,)]*$")  # "2.", "7:", "11...", "1"
_MISREAD_MARK = re.compile(r"^[^\s\d]{1,2}[.)]$")  # "i.", "Z.", "l)": a number misread, its full stop kept
_MISREAD_NUMBER_END = re.compile(r"^(?P<n>\d{1,3})(?:[:;]|\.{2,})$")  # "7:", "11...": "7.", "11."
_EDGE_PUNCTUATION = re.compile(r"^(?P<lead>[^\wæøåÆØÅ]*)(?P<core>.*?)(?P<tail>[^\wæøåÆØÅ]*)$")


@dataclass(frozen=True)
class OcrWord:
    """One word as the engine read it; its box in pixels of the page image (top-left origin)."""

    text: str
    known: bool = True  # the engine found the word in its dictionary
    left: float = 0
    top: float = 0
    right: float = 0
    bottom: float = 0


@dataclass(frozen=True)
class OcrLine:
    """One line as the engine read it, in pixels of the page image (top-left origin)."""

    words: tuple[OcrWord, ...]
    left: float
    top: float
    height: float  # the row's height, from the top of its capitals to the bottom of its descenders


Box = tuple[float, float, float, float]  # left, top, right, bottom


# dotted leaders ------------------------------------------------------------------------------


def is_leader(word: OcrWord, line: OcrLine) -> bool:
    """Dots on the baseline read as a word: a box far lower than letters, holding letters or
    digits, or a run of dot-like characters."""
    low = 0 < word.bottom - word.top < line.height * LEADER_HEIGHT_SHARE
    if low and any(char.isalnum() for char in word.text):
        return True
    return _mostly_dots(word.text)


def _mostly_dots(text: str) -> bool:
    dots = sum(char in _DOT_LIKE for char in text)
    return dots >= LEADER_MIN_DOTS and dots >= len(text) * LEADER_DOT_SHARE


def leader_boxes(lines: list[OcrLine]) -> list[Box]:
    return [(w.left, w.top, w.right, w.bottom) for line in lines for w in line.words if is_leader(w, line)]


def with_leaders(lines: list[OcrLine], erased: list[Box]) -> list[OcrLine]:
    """A leader word put back where dots were erased, on the line that holds the spot."""
    out = []
    for line in lines:
        bottom = line.top + line.height
        marks = [OcrWord(LEADER, True, *box) for box in erased if line.top <= (box[1] + box[3]) / 2 <= bottom]
        if marks:
            line = replace(line, words=tuple(sorted((*line.words, *marks), key=lambda word: word.left)))
        out.append(line)
    return out


# list numbers ----------------------------------------------------------------------------------


def renumbered(lines: list[OcrLine]) -> list[OcrLine]:
    """'1. A', 'va B', '3. C' with 'va' and 'B' in the columns of the numbers and the titles:
    'va' is '2.'. A run of such rows between numbers p and q is mended only where it holds
    exactly the numbers between them, and so is a run of marks with a full stop ('i.', 'Z.')
    before the first number q that holds exactly 1 … q-1; misread punctuation after a number
    ('7:') becomes '.'."""
    rows = [(n, _list_number(line)) for n, line in enumerate(lines) if len(line.words) >= 2]
    out = list(lines)
    numbered = [(n, number) for n, number in rows if number is not None]
    if numbered:
        below, last = numbered[0]
        leading = [n for n, _ in rows if n < below and _MISREAD_MARK.match(lines[n].words[0].text)
                   and _in_columns(lines[n], lines[below])]
        if leading and len(leading) == last - 1:
            for offset, n in enumerate(leading, start=1):
                out[n] = _with_first_word(lines[n], f"{offset}.")
    for (above, first), (below, last) in zip(numbered, numbered[1:]):
        between = [n for n, number in rows if above < n < below and _in_columns(lines[n], lines[above], lines[below])]
        if between and len(between) == last - first - 1:
            for offset, n in enumerate(between, start=1):
                out[n] = _with_first_word(lines[n], f"{first + offset}.")
    for n, _number in numbered:
        misread = _MISREAD_NUMBER_END.match(lines[n].words[0].text)
        if misread:
            out[n] = _with_first_word(lines[n], f"{misread.group('n')}.")
    return out


def _list_number(line: OcrLine) -> int | None:
    match = _LIST_NUMBER.match(line.words[0].text)
    return int(match.group("n")) if match else None


def _in_columns(line: OcrLine, *numbered: OcrLine) -> bool:
    """The line's first word stands in the number column and its second in the title column."""
    tolerance = line.height * COLUMN_TOLERANCE
    return all(
        abs(line.words[0].left - other.words[0].left) <= tolerance and abs(line.words[1].left - other.words[1].left) <= tolerance
        for other in numbered
    )


def _with_first_word(line: OcrLine, text: str) -> OcrLine:
    first = replace(line.words[0], text=text, known=True)
    return replace(line, words=(first, *line.words[1:]))


# words -------------------------------------------------------------------------------------


def fix_line(line: OcrLine, known: frozenset[str], uses_section_sign: bool) -> str:
    """The text of one OCR line, mended (see the module's doc); a wide gap between words, as
    between a table's cells or a number and its title, is a tab as in text-layer lines."""
    texts: list[str] = []
    previous: OcrWord | None = None
    for word in line.words:
        if previous is not None and word.left - previous.right > line.height * CELL_GAP_HEIGHTS:
            texts.append(CELL_BREAK)
        texts += _unglued(word, known)
        previous = word
    texts = _joined_leaders(texts)
    texts = _joined_leaders(texts)
    texts = _pipes(texts)
    texts = _bullets(texts)
    texts = _section_signs(texts, uses_section_sign)
    texts = [DASH if text == "—" else text for text in texts]
    return _CELL_BREAKS.sub(CELL_BREAK, " ".join(texts)).strip()


def core(text: str) -> str:
    """A word without the punctuation around it."""
    parts = _EDGE_PUNCTUATION.match(text)
    return parts.group("core") if parts else text


def _unglued(word: OcrWord, known: frozenset[str]) -> list[str]:
    """'Valgtil' → 'Valg', 'til'; 'afdirigent' → 'af', 'dirigent': a word the engine does not
    know that is a short word glued to a word it knows elsewhere in the document."""
    if word.known:
        return [word.text]
    parts = _EDGE_PUNCTUATION.match(word.text)
    if parts is None:  # the pattern matches every text; this is for the type checker
        return [word.text]
    lead, middle, tail = parts.group("lead"), parts.group("core"), parts.group("tail")
    if not middle.isalpha():
        return [word.text]
    folded = middle.casefold()
    for short in OCR_GLUED_BEFORE:
        if folded.startswith(short) and len(middle) - len(short) >= GLUED_PART_MIN_CHARS and folded[len(short):] in known:
            return [lead + middle[: len(short)], middle[len(short):] + tail]
    for short in OCR_GLUED_AFTER:
        rest = len(middle) - len(short)
        if folded.endswith(short) and rest >= GLUED_PART_MIN_CHARS and folded[:rest] in known:
            return [lead + middle[:rest], middle[rest:] + tail]
    return [word.text]


def _joined_leaders(texts: list[str]) -> list[str]:
    """Leader words, runs of dots and the stray dots beside them become one leader."""
    marked = [LEADER if text == LEADER or _mostly_dots(text) else text for text in texts]
    out: list[str] = []
    for n, text in enumerate(marked):
        beside_leader = LEADER in marked[max(0, n - 1) : n + 2]
        if text == LEADER and out and out[-1] == LEADER:
            continue
        if text != LEADER and beside_leader and set(text) <= _DOTS:
            continue
        out.append(text)
    return out


def _pipes(texts: list[str]) -> list[str]:
    """'|' read for 'I' ('| henhold til' at a sentence's start, '|kke'); any other '|' standing
    alone is a table's rule, so a break between cells."""
    out: list[str] = []
    for n, text in enumerate(texts):
        sentence_start = n == 0 or out[-1].endswith((".", ":", "!", "?"))
        next_word = texts[n + 1] if n + 1 < len(texts) else ""
        if text == "|" and sentence_start and next_word[:1].islower():
            text = "I"
        elif text == "|":
            text = CELL_BREAK  # at the line's ends, the table's outer rule: dropped with the spaces
        elif len(text) > 1 and text[0] == "|" and text[1:].isalpha():
            text = "I" + text[1:]
        out.append(text)
    return out


def _bullets(texts: list[str]) -> list[str]:
    """'e Godkender …', '«+ Drøfter …': a bullet the engine read as letters or signs."""
    if len(texts) >= 2 and texts[0] in OCR_BULLET_LOOKALIKES and texts[1][:1].isupper():
        return ["•", *texts[1:]]
    return texts


def _section_signs(texts: list[str], uses_section_sign: bool) -> list[str]:
    """'8 12', 'S 12', '$ 12' before a paragraph number → '§ 12' where the document uses §;
    after a law's name ('servicelovens 88 107', 'vedtægternes & 5') in any document."""
    out: list[str] = []
    for n, text in enumerate(texts):
        next_word = texts[n + 1] if n + 1 < len(texts) else ""
        previous = out[-1].casefold() if out else ""
        after_law = previous.endswith(OCR_SECTION_SIGN_CONTEXT)
        if text in _SECTION_SIGN_LOOKALIKES and _SECTION_NUMBER.match(next_word):
            if after_law or (uses_section_sign and not any(char.isdigit() for char in previous)):
                text = "§" * (2 if len(text) == 2 else 1)
        out.append(text)
    return out
