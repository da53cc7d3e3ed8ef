"""Small pure helpers on strings shared by the cleaning stage and the extractors."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from itertools import accumulate

def _letters(test) -> str:
    """The Latin letters (Basic Latin to Latin Extended-B, and Latin Extended Additional) that pass `test`."""
    chars = (chr(c) for c in (*range(0x41, 0x250), *range(0x1E00, 0x1F00)))
    return "".join(ch for ch in chars if ch.isalpha() and test(ch))


# Regex classes of upper- and lower-case letters in any Latin script (Á, Ø, Ž, Ł, Ő, …), for
# names and title words: "[A-ZÆØÅ]" would drop "Ásta" or "Łukasz".
UPPER = f"[{_letters(str.isupper)}]"
LOWER = f"[{_letters(str.islower)}]"

_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
_EDGE_PUNCT = " .:;,\t"
BULLET_CHARS = "•·▪●◦○■□►▶➢✓✔*‣⁃–-"
_BULLET = re.compile(r"^\s*(?:[•·▪●◦○■□►▶➢✓✔*‣⁃]|[-–](?=\s)|o(?=\s))\s*")
_BULLET_INITIALS = BULLET_CHARS + "o"  # what a bullet opens with


def collapse(text: str) -> str:
    """Whitespace runs (tabs included) to one space, ends trimmed."""
    return " ".join(text.split())


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """A comparison key: case-folded, whitespace collapsed, edge punctuation trimmed."""
    return collapse(text).casefold().strip(_EDGE_PUNCT)


def word_hint(words: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    """A quick pre-check for lines that may hold one of `words`: search it in `text.lower()`.
    (A case-sensitive search on lowered text is several times faster than re.IGNORECASE.)"""
    return re.compile("|".join(re.escape(w) for w in _needed_words(tuple(words))))


@lru_cache(maxsize=64)
def _needed_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The lower-cased words, without those that hold a shorter one ("afbud fra" holds "afbud")."""
    lowered = sorted({w.lower().rstrip(".") for w in words if w.strip()}, key=len)
    return tuple(w for i, w in enumerate(lowered) if not any(shorter in w for shorter in lowered[:i]))


@lru_cache(maxsize=64)
def _by_anchor(words: tuple[str, ...]) -> tuple[tuple[str | None, tuple[str, ...]], ...]:
    """The needed words (see _needed_words) grouped under the longest word of each where two or
    more share it ("deltog ikke", "deltog via": "deltog"); a word sharing it with none stands alone
    (anchor None): a scan of the whole text for a shared anchor serves its whole group."""
    groups: dict[str, list[str]] = {}
    for word in _needed_words(words):
        groups.setdefault(max(word.split(), key=len), []).append(word)
    return tuple((anchor if len(group) > 1 else None, tuple(group)) for anchor, group in groups.items())


@lru_cache(maxsize=65536)
def _lowered(text: str) -> str:
    """text.lower(), kept per line: several finders read the same lines (the attendees, the next
    meeting), and lowering is slow for any text that is not plain ASCII."""
    return text.lower()


# A scan of a long text for one word costs about what splitting it into its distinct words once
# costs for ten: where one look-up needs this many scans, the words are gathered first, and a word
# none of whose parts is among them is not looked for.
VOCABULARY_MIN_SCANS = 10


class LineFinder:
    """Texts joined and lower-cased once, to find which of them hold any of one or more word
    lists (case-insensitively): one `str.find` per word over the joined text, instead of a
    search per line; each word's lines are kept, for the lists that share words."""

    def __init__(self, texts: list[str]):
        self.texts = texts
        self.lowered = "\n".join([_lowered(text) for text in texts])
        joined_length = sum(map(len, texts)) + max(len(texts) - 1, 0)
        self.by_line = len(self.lowered) != joined_length  # a character whose lower case is longer: search line by line
        self.starts: list[int] = []  # where each text starts in the joined text; counted at the first word found
        self.found: dict[str, set[int]] = {}
        self.vocabulary: str | None = None  # the texts' distinct words, made for a long list of words (see lines_with)

    def lines_with(self, words: tuple[str, ...] | list[str]) -> set[int]:
        """Indexes of the texts that hold any of `words`. Words that share their longest word
        ("deltog ikke", "deltog via") are looked for only in the texts holding that word."""
        found: set[int] = set()
        groups = _by_anchor(tuple(words))
        if self.vocabulary is None and len(groups) >= VOCABULARY_MIN_SCANS:
            self.vocabulary = "\n".join(set(self.lowered.split()))
        for anchor, group in groups:
            for word in group:
                found |= self._word_lines(word, anchor)
        return found

    def _word_lines(self, word: str, anchor: str | None = None) -> set[int]:
        """The texts holding `word` (kept): looked for among those holding `anchor` where one is given."""
        if word not in self.found:
            self.found[word] = (self._lines_with_word(word) if anchor is None
                                else {i for i in self._word_lines(anchor) if word in _lowered(self.texts[i])})
        return self.found[word]

    def _lines_with_word(self, word: str) -> set[int]:
        if self.vocabulary is not None and not all(part in self.vocabulary for part in word.split()):
            return set()  # a part of the word is in no word of the texts
        if self.by_line:
            return {i for i, text in enumerate(self.texts) if word in text.lower()}
        found: set[int] = set()
        position = self.lowered.find(word)
        if position != -1 and not self.starts:
            self.starts = list(accumulate((len(text) + 1 for text in self.texts), initial=0))
        while position != -1:
            index = bisect_right(self.starts, position) - 1
            found.add(index)
            position = self.lowered.find(word, self.starts[index + 1])
        return found


@lru_cache(maxsize=2)
def folded(text: str) -> str:
    """text.casefold(), kept for the last two texts: several look-ups read one document's whole text."""
    return text.casefold()


def search_at_words(pattern: re.Pattern[str], text: str, words: tuple[str, ...]) -> re.Match[str] | None:
    """`pattern.search(text)` for a pattern (re.IGNORECASE) whose every match opens with one of
    `words` (lower-case): the pattern is tried only where a word stands, found by a literal
    search of the case-folded text, not at every position of a long text."""
    lowered = folded(text)
    if len(lowered) != len(text):  # a letter whose case-folding is longer ('ß' → 'ss'): positions differ
        return pattern.search(text)
    for start in sorted({at for word in _prefixes_needed(words) for at in _positions(lowered, word)}):
        if m := pattern.match(text, start):
            return m
    return None


def _prefixes_needed(words: tuple[str, ...]) -> list[str]:
    """The words without those that open with a shorter one ("mødet" opens with "møde")."""
    ordered = sorted(set(words), key=len)
    return [w for i, w in enumerate(ordered) if not any(w.startswith(shorter) for shorter in ordered[:i])]


def _positions(text: str, word: str) -> list[int]:
    found: list[int] = []
    at = text.find(word)
    while at != -1:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def lines_with_words(texts: list[str], words: tuple[str, ...] | list[str]) -> set[int]:
    """Indexes of the texts that hold any of `words` (case-insensitively)."""
    return LineFinder(texts).lines_with(words)


def tokens(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def token_f1(a: str, b: str) -> float:
    return counts_f1(Counter(tokens(a)), Counter(tokens(b)))


def counts_f1(ta: Counter[str], tb: Counter[str]) -> float:
    """token_f1 of two texts given their word counts (for counts made once, compared often)."""
    if not ta or not tb:
        return 0.0
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(tb.values()), common / sum(ta.values())
    return 2 * p * r / (p + r)


def strip_bullet(text: str) -> str:
    """'• text', '- text', 'o text' → 'text'."""
    stripped = text.strip()
    if stripped and stripped[0] not in _BULLET_INITIALS:
        return stripped  # most lines: no bullet can open them
    return _BULLET.sub("", text, count=1).strip()


def has_bullet(text: str) -> bool:
    return bool(_BULLET.match(text))


def collapse_line(line: str) -> str:
    """collapse(), skipped for the many lines that need nothing done."""
    return collapse(line) if "  " in line or "\t" in line or line[:1].isspace() or line[-1:].isspace() else line


_OPENING = ("(", "[")
_CLOSING = (")", "]")


def split_top_level(text: str, separators: tuple[str, ...]) -> list[str]:
    """Split on any of `separators` where they are not inside parentheses (the separators
    hold no brackets)."""
    return list(_split_top_level(text, separators))


@lru_cache(maxsize=8192)
def _split_top_level(text: str, separators: tuple[str, ...]) -> tuple[str, ...]:
    """split_top_level, kept per text (lists are split again and again while they are read)."""
    parts: list[str] = []
    depth = 0
    start = 0
    for m in _brackets_and_separators(separators).finditer(text):
        found = m.group()
        if found in _OPENING:
            depth += 1
        elif found in _CLOSING:
            depth = max(depth - 1, 0)
        elif depth == 0:
            parts.append(text[start : m.start()])
            start = m.end()
    parts.append(text[start:])
    return tuple(p.strip() for p in parts if p.strip())


@lru_cache(maxsize=32)
def _brackets_and_separators(separators: tuple[str, ...]) -> re.Pattern[str]:
    """A bracket, else the first of the separators (in their order) that stands there."""
    return re.compile("|".join(re.escape(token) for token in (*_OPENING, *_CLOSING, *separators)))


# Code pages that decoded UTF-8 bytes in DOS programs ("Regionsr├ądet"), which ftfy does not try.
DOS_CODE_PAGES = ("cp852", "cp850", "cp437", "cp865")


# Characters that UTF-8 text decoded with a Western or DOS code page is full of ("MÃ¸de", "â€“",
# "Regionsr├ądet") and Danish text written as it should be never holds: only text with one of them
# is handed to ftfy, whose own check is far too slow to run over every document.
MOJIBAKE_MARKS = ("Ã", "Â", "â€", "├", "┬", "┼", "┤")


def has_mojibake_marks(text: str) -> bool:
    return any(mark in text for mark in MOJIBAKE_MARKS)


def repair_mojibake(text: str) -> str:
    """Text decoded with the wrong code page somewhere upstream, repaired: "MÃ¸dedato" →
    "Mødedato" (ftfy), "Regionsr├ądet" → "Regionsrådet" (a DOS code page, tried where ftfy
    says the text is still bad). Text that is not bad comes back as it is."""
    from ftfy import fix_encoding
    from ftfy.badness import is_bad

    if text.isascii() or not is_bad(text):
        return text
    fixed = fix_encoding(text)
    if not is_bad(fixed):
        return fixed
    return "\n".join(_repair_line(line) for line in fixed.split("\n"))


def _repair_line(line: str) -> str:
    from ftfy.badness import is_bad

    if not is_bad(line):
        return line
    for code_page in DOS_CODE_PAGES:
        try:
            candidate = line.encode(code_page).decode("utf-8")
        except UnicodeError:
            continue
        if not is_bad(candidate):
            return candidate
    return line
