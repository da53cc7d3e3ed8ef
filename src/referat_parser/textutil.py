"""Small pure helpers on strings shared by the cleaning stage and the extractors."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
_EDGE_PUNCT = " .:;,\t"
BULLET_CHARS = "•·▪●◦○■□►▶➢✓✔*‣⁃–-"
_BULLET = re.compile(r"^\s*(?:[•·▪●◦○■□►▶➢✓✔*‣⁃]|[-–](?=\s)|o(?=\s))\s*")


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
    lowered = sorted({w.lower().rstrip(".") for w in words if w.strip()}, key=len)
    needed = [w for i, w in enumerate(lowered) if not any(shorter in w for shorter in lowered[:i])]
    return re.compile("|".join(re.escape(w) for w in needed))


def tokens(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def token_f1(a: str, b: str) -> float:
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    if not ta or not tb:
        return 0.0
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(tb.values()), common / sum(ta.values())
    return 2 * p * r / (p + r)


def strip_bullet(text: str) -> str:
    """'• text', '- text', 'o text' → 'text'."""
    return _BULLET.sub("", text, count=1).strip()


def has_bullet(text: str) -> bool:
    return bool(_BULLET.match(text))


def join_paragraph(lines: list[str]) -> str:
    """Lines of one paragraph joined with single spaces."""
    return collapse(" ".join(lines))


def paragraphs_text(paragraphs: list[list[str]]) -> str:
    """Paragraphs (each a list of lines) as text: lines joined by ' ', paragraphs by a blank line."""
    return "\n\n".join(p for p in (join_paragraph(lines) for lines in paragraphs) if p)


def split_top_level(text: str, separators: tuple[str, ...]) -> list[str]:
    """Split on any of `separators` where they are not inside parentheses."""
    parts: list[str] = []
    depth = 0
    start = 0
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        elif depth == 0:
            for sep in separators:
                if text.startswith(sep, i):
                    parts.append(text[start:i])
                    i += len(sep)
                    start = i
                    break
            else:
                i += 1
                continue
            continue
        i += 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]
