"""An item's body: section headings, section texts, recommendations, attachments.

Headings are lines of their own, with or without a colon ("Beslutning", "Beslutning:",
"Økonomiudvalgets beslutning"), or a heading followed by its first words on the same
line ("Beslutning: Godkendt."). Sub-headings that are not in the vocabulary stay text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from ..dates import has_date
from ..document import Line
from ..headings import capitals_heading_kind, combined_kinds, heading_kind, history_heading_kind, is_capitals_heading
from ..models import Section
from .titles import is_sentence
from ..textutil import BULLET_CHARS, collapse, collapse_line, has_bullet, key, strip_bullet, word_hint
from ..vocabulary import (
    ATTACHMENT_LABEL_WORDS,
    ATTENDEE_LABELS,
    FIRST_NAMES,
    LIST_CONJUNCTIONS,
    MEETING_TIME_SENTENCES,
    NO_ATTACHMENTS,
    NOTHING,
    PROPOSAL_CONJUNCTIONS,
    RECOMMENDATION_LEADIN_VERBS,
    RECOMMENDATION_LEADINS,
)

MAX_HEADING_TAIL_WORDS = 6
MAX_HEADING_LINE_CHARS = 120  # longer than any heading ("Beslutning i Teknik- og Miljøudvalget den 11. marts 2024")
MAX_INLINE_HEADING_CHARS = 45  # a heading before its text on the same line ends this early
SENTENCE_END = (".", ":", "!", "?", ";")
MAX_STRAY_MARK_CHARS = 3
MIN_PROSE_WORDS = 4  # a line ending a sentence after this many words is prose, not a list entry
QUOTE_ENDING_KINDS = ("decision", "attachments")  # headings that end a quoted document's block
LEADIN_OPENS_RECOMMENDATION = ("text", "case", "summary")  # sections in which a lead-in over a list opens the proposals

_INLINE_HEADING = re.compile(r"^(?P<heading>[^:\t]{3,40}?)\s*[:\t]\s*(?P<rest>\S.*)$")
_AT = "|".join(PROPOSAL_CONJUNCTIONS)  # "at"
_AT_ENDINGS = tuple(f"{before}{word}" for word in PROPOSAL_CONJUNCTIONS for before in " ,")  # "…, at", "…,at"
_LEADIN = re.compile(rf"^(?:{'|'.join(RECOMMENDATION_LEADINS)})\b[^.]*?,?\s*\b(?:{_AT})\b\s*:?\s*", re.IGNORECASE)
_LIST_MARKER = re.compile(  # "2. …", "a) …", and "2.1 Fra formanden" (a sub-point; not "12.30 Frokost", a time)
    r"^\s*(?:\d{1,2}[.)]|(?!\d{1,2}\.[0-5]\d\b)\d{1,2}(?:\.\d{1,2})+\.?(?=\s+[A-ZÆØÅ])|[a-zæøå][.)])\s+(?=\S)"
)
_SUB_BULLET = re.compile(r"^\s*o\s+")
_AT_START = re.compile(rf"^(?:{_AT})\s+\S")
_LABEL_LINE = re.compile(r"^(?P<label>[^:]{3,30}):\s*(?P<rest>.*)$")  # "Fraværende: Bo Ek", "Fraværende:" left empty
_LEADIN_START = re.compile(rf"^(?:{'|'.join(RECOMMENDATION_LEADINS)})\b", re.IGNORECASE)
_ENDS_WITH_AT = re.compile(rf"\b(?:{_AT})\s*:?$", re.IGNORECASE)
_AT_MARKER = re.compile(rf"^(?:{_AT})\s*\d{{0,2}}\)\s*", re.IGNORECASE)  # "At 1) der gives …", "At) …" (number lost)
_NUMBERED_ATTACHMENT = re.compile(  # "Bilag 1: Oversigt", "Bilag 2 – Kort": one attachment, labelled and numbered
    rf"^(?:{'|'.join(ATTACHMENT_LABEL_WORDS)})\s+\d{{1,2}}[a-z]?\s*[:.\-–]\s*\S", re.IGNORECASE
)
_ATTACHMENT_INITIALS = frozenset(word[0] for word in ATTACHMENT_LABEL_WORDS)  # the cheap test before _NUMBERED_ATTACHMENT
_LEADIN_VERB_HINT = word_hint(RECOMMENDATION_LEADIN_VERBS)  # the cheap test before _LEADIN_START
_AT_LAST_LETTERS = frozenset(word[-1] for word in PROPOSAL_CONJUNCTIONS)  # the cheap test before _ENDS_WITH_AT
_AT_TAIL = re.compile(rf"(?:,?\s+(?:{'|'.join(LIST_CONJUNCTIONS)})|[,;])\s*$")


def split_heading(text: str) -> tuple[str, str, str] | None:
    """(kind, heading, rest) for a heading line; rest is text on the same line after a colon. A bullet
    opens a heading only as a decision's label with its text ('- Beslutning: Godkendt.')."""
    stripped = text.strip()
    if stripped[:1] in BULLET_CHARS and has_bullet(stripped):
        found = split_heading(strip_bullet(stripped))
        return found if found and found[0] == "decision" and found[2] else None
    if len(stripped) > MAX_HEADING_LINE_CHARS and ":" not in stripped[:MAX_INLINE_HEADING_CHARS] and "\t" not in stripped:
        return None  # a long line is a heading only with its text after a colon
    kind = heading_kind(stripped) if "\t" not in stripped else None  # "Beslutning<tab>Anbefales.": a heading cell, then its text
    if kind:
        return kind, stripped, ""
    m = _INLINE_HEADING.match(stripped) if (":" in stripped or "\t" in stripped) else None
    if m:
        kind = heading_kind(m.group("heading"))
        if kind:
            return kind, m.group("heading").strip() + (":" if ":" in stripped[: len(m.group("heading")) + 3] else ""), m.group("rest")
    kind = heading_kind(stripped) if "\t" in stripped else None
    return (kind, stripped, "") if kind else None


def _paragraph_entries(lines: list[str]) -> list[list[list[str]]]:
    """The paragraphs, each as its list entries, each entry as its lines (stripped). Paragraphs
    part at blank lines, but a sentence stays together when a blank line falls inside it (the
    line before does not end a sentence and the next starts in lower case). In a paragraph, an
    entry opens at each list mark ("• …", "a) …", "2. …"); the text before a list is one entry."""
    paragraphs: list[list[list[str]]] = []
    previous = ""  # the last line kept
    blank_seen = False
    for text in lines:
        stripped = text.strip()
        if not stripped or (len(stripped) <= MAX_STRAY_MARK_CHARS and _is_stray_mark(stripped)):
            blank_seen = True
            continue
        if not paragraphs or (blank_seen and (previous.endswith(SENTENCE_END) or not text[:1].islower())):
            paragraphs.append([[stripped]])
        elif _is_list_entry(stripped):
            paragraphs[-1].append([stripped])
        else:
            paragraphs[-1][-1].append(stripped)
        previous = stripped
        blank_seen = False
    return paragraphs


def _is_stray_mark(text: str) -> bool:
    """'.', ',', '–' alone on a line: a template's empty field, no text."""
    stripped = text.strip()
    return bool(stripped) and len(stripped) <= MAX_STRAY_MARK_CHARS and not any(ch.isalnum() for ch in stripped) and not has_bullet(stripped + " x")


def section_text(lines: list[str]) -> str:
    """Paragraphs apart by a blank line; inside one, each list entry ("• …", "a) …", "2. …")
    on a line of its own, its wrapped lines joined."""
    return "\n\n".join(
        "\n".join(collapse_line(" ".join(entry)) for entry in paragraph) for paragraph in _paragraph_entries(lines)
    )


def _is_list_entry(text: str) -> bool:
    """'• …', '- …', 'o …', '2. …', 'a) …': a list entry's first line (`text` stripped)."""
    first, second = text[:1], text[1:2]
    if not (first.isdigit() or first in BULLET_CHARS or first == "o" or (second and second in ".)")):
        return False  # most lines: a word's first letters
    return has_bullet(text) or bool(_LIST_MARKER.match(text))


@dataclass
class RawSection:
    """A section before its text is assembled: the lines keep list structure visible."""

    kind: str
    heading: str | None
    lines: list[str] = field(default_factory=list)

    def to_section(self) -> Section:
        return Section(kind=self.kind, heading=self.heading, text=section_text(self.lines))


def lines_to_sections(lines: list[Line]) -> list[RawSection]:
    """Split an item's body lines into sections at headings; text before the first
    heading is a section of kind "text".

    Two kinds of block read their headings differently:
    - a document quoted in the item under a heading in capitals the vocabulary does not know
      ("BESLUTNINGSFORSLAG FRA C"): its own headings ("Baggrund:", "Forslag") are its text,
      up to the next heading in capitals, a decision or a Bilag list;
    - a Bilag list: its entries may look like headings ("Indstilling", the document that holds
      the recommendation); such a line is an entry where the item already has a section of its
      kind or nothing but entries follow it.
    """
    sections: list[RawSection] = []
    current = RawSection("text", None)
    has_text = False  # the current section has a non-blank line
    quoted = False  # inside a quoted document's block
    notes_only = False  # the current decision holds only attendance notes so far
    names_below = False  # an attendance label over the decision lists its names on the next line
    previous = ""  # the last non-blank line
    for n, line in enumerate(lines):
        stripped = line.text.strip()
        if not stripped:
            current.lines.append(line.text)  # a blank line: no heading, no text
            continue
        if names_below:  # "Fraværende:" / "Bo Ek": the names close the note's paragraph
            current.lines.extend([line.text, ""])
            names_below = False
            continue
        if current.kind == "decision" and (notes_only or not has_text) and (note := _attendance_note(stripped)) is not None:
            if note or not _is_empty_label_over(stripped, lines[n + 1:]):  # "Fraværende: Bo Ek": a paragraph of its own, kept
                current.lines.extend([line.text, ""] if note else [line.text])
                has_text = notes_only = True
                names_below = not note
            continue  # "Fraværende:" left empty by the template: no text
        if current.heading and not has_text and current.kind != "attachments" and _continues_heading(line.text, current.heading):
            current.heading = f"{current.heading} {stripped}"  # "Beslutning" / "Byrådet den 3. maj 2024"
            continue
        if current.kind == "decision" and has_text and stripped.lower().startswith(MEETING_TIME_SENTENCES):
            _close(sections, current)  # "Mødet sluttede kl. 21.05" after the decision: the meeting's, not the item's
            current, has_text, previous = RawSection("text", None, [line.text]), True, stripped
            continue
        if current.kind != "attachments" and _is_numbered_attachment(stripped):
            _close(sections, current)  # "Bilag 1: Oversigt" under the text, no Bilag heading: the list starts here
            current, has_text, previous, quoted = RawSection("attachments", None, [line.text]), True, stripped, False
            continue
        if current.kind in LEADIN_OPENS_RECOMMENDATION and _leadin_over_list(stripped, lines, n):
            _close(sections, current)  # "Direktionen indstiller," / "1. at …" under the case: the proposals, no heading printed
            current, has_text, previous = RawSection("recommendation", None, [line.text]), True, stripped
            continue
        found = _heading_in_item(line.text, previous)
        previous = stripped
        if found and current.kind == "attachments" and _is_attachment_entry(found[0], sections, lines[n + 1:]):
            found = None
        if found and quoted and found[0] not in QUOTE_ENDING_KINDS and not is_capitals_heading(line.text):
            found = None
        if found:
            _close(sections, current)
            kind, heading, rest = found
            rest = _without_empty_label(rest) if kind == "decision" else rest
            current = RawSection(kind, heading, [rest] if rest else [])
            has_text, notes_only = bool(rest.strip()), False
            quoted = is_capitals_heading(line.text) and heading_kind(line.text) is None and kind == "other"
            continue
        current.lines.append(line.text)
        has_text = True
    _close(sections, current)
    return _recommendation_before_its_decision(sections)


def _is_numbered_attachment(stripped: str) -> bool:
    """'Bilag 1: Oversigt': one attachment, labelled and numbered (`stripped` a stripped line)."""
    return stripped[:1].lower() in _ATTACHMENT_INITIALS and bool(_NUMBERED_ATTACHMENT.match(stripped))


def _leadin_over_list(stripped: str, lines: list[Line], n: int) -> bool:
    """'Direktionen indstiller,' / 'Det indstilles:' ending its line, over a list of proposals
    ("1. at …", "- at …", "At 1) …") on the next non-blank line."""
    ends_with_mark = stripped.endswith((",", ":"))
    if not ends_with_mark and stripped[-1:].lower() not in _AT_LAST_LETTERS:
        return False  # most lines: they end neither in "," or ":" nor in "at"
    if not _LEADIN_VERB_HINT.search(stripped.lower()):
        return False  # no lead-in verb in the line
    if not _LEADIN_START.match(stripped) or not (ends_with_mark or _ENDS_WITH_AT.search(stripped)):
        return False
    following = next((line.text.strip() for line in lines[n + 1:] if line.text.strip()), "")
    return bool(_AT_MARKER.match(following) or _AT_START.match(following) or _is_list_entry(following))


def _recommendation_before_its_decision(sections: list[RawSection]) -> list[RawSection]:
    """'Indstilling og beslutning' over the proposals, then 'Beslutning' with the decision: the
    combined heading holds the recommendation. (Alone, it holds the decision too.)"""
    for n, section in enumerate(sections):
        if (
            section.kind == "decision"
            and section.heading
            and "recommendation" in combined_kinds(section.heading)
            and any(later.kind == "decision" for later in sections[n + 1:])
        ):
            section.kind = "recommendation"
    return sections


def _without_empty_label(text: str) -> str:
    """'Fraværende: Godkendt.' → 'Godkendt.': an attendance label left empty by the template,
    glued before the decision (what follows it is no name)."""
    rest = _attendance_note(text.strip())
    return rest if rest and not _opens_with_a_name(rest) else text


def _is_empty_label_over(stripped: str, following: list[Line]) -> bool:
    """'Fraværende:' alone on its line, the template's field left empty, over text that opens
    with no name ('Godkendt med den ændring, …') or is a sentence ('Ole Berg orienterede om …'): no
    text of the decision under it."""
    if not stripped.endswith(":") or key(stripped) not in ATTENDEE_LABELS:
        return False
    below = next((line.text.strip() for line in following if line.text.strip()), "")
    return not _opens_with_a_name(below) or is_sentence(below)


def _opens_with_a_name(text: str) -> bool:
    words = text.split()
    return bool(words) and words[0].strip(".,;:").lower() in FIRST_NAMES


def _attendance_note(stripped: str) -> str | None:
    """'Fraværende: Bo Ek' → 'Bo Ek', 'Afbud:' → '': a line of an attendance label and what it
    lists (perhaps nothing); None for other lines (`stripped` a stripped line)."""
    if ":" not in stripped:
        return None  # most lines
    m = _LABEL_LINE.match(stripped)
    return m.group("rest").strip() if m and key(m.group("label")) in ATTENDEE_LABELS else None


def _heading_in_item(text: str, previous: str) -> tuple[str, str, str] | None:
    """A section heading inside an item: one of the vocabulary, one in capitals, or a history
    heading naming the body and date of an earlier treatment. The last two stand alone: not
    after a line that breaks off mid-sentence ("Forslaget blev" / "ENSTEMMIGT VEDTAGET")."""
    return _line_heading(text, _breaks_off(previous))


@lru_cache(maxsize=65536)
def _line_heading(text: str, after_break: bool) -> tuple[str, str, str] | None:
    """_heading_in_item for a line, told whether the line before breaks off (kept per line:
    headings and many lines of text come again from item to item)."""
    found = split_heading(text)
    if found:
        return found
    stripped = text.strip()
    if after_break:
        return None
    if is_capitals_heading(stripped):
        return capitals_heading_kind(stripped), stripped, ""
    if len(stripped) > MAX_HEADING_LINE_CHARS:
        return None
    if history_heading_kind(stripped):
        return "decision", stripped, ""
    head, colon, rest = stripped.partition(": ")  # "Økonomiudvalget den 18-03-2024: Anbefales."
    if colon and rest.strip() and history_heading_kind(head):
        return "decision", head + ":", rest.strip()
    return None


def subject_slot_kind(bodies: list[list[Line]]) -> str | None:
    """Templates that print the decision first and then the case open the case with a subject
    line, printed as '.' where an item has none ("Beslutninger" / decision / "." / "Resume").
    Where some item shows that empty slot, the kind of the heading after it ("summary");
    None where no item does."""
    kinds = Counter(kind for kind in map(_empty_slot_after_decision, bodies) if kind)
    return kinds.most_common(1)[0][0] if kinds else None


def _empty_slot_after_decision(lines: list[Line]) -> str | None:
    """The kind of the heading after a stray mark that closes the item's first section, a decision."""
    headings = 0
    first_kind = None
    mark_seen = False
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        found = split_heading(text)
        if found:
            if mark_seen:
                return found[0]
            headings += 1
            first_kind = first_kind or found[0]
            if headings > 1:
                return None
        elif first_kind == "decision" and _is_stray_mark(text):
            mark_seen = True
        elif mark_seen:
            return None
    return None


def split_subject(sections: list[RawSection], slot_kind: str | None) -> list[RawSection]:
    """In a decision-first template (see subject_slot_kind), the last sentence before the case's
    first heading is the case's subject line, not part of the decision: it becomes text."""
    headed = [k for k, section in enumerate(sections) if section.heading]
    if slot_kind is None or len(headed) < 2:
        return sections
    k = headed[0]
    if sections[k].kind != "decision" or k + 1 >= len(sections) or sections[k + 1].kind != slot_kind:
        return sections
    decision, subject = _last_sentence_apart(sections[k].lines)
    if not subject:
        return sections
    return [*sections[:k], RawSection("decision", sections[k].heading, decision), RawSection("text", None, subject), *sections[k + 1:]]


def _last_sentence_apart(lines: list[str]) -> tuple[list[str], list[str]]:
    """(the lines before the last sentence, the last sentence's lines); the last sentence starts
    after the last line before the final one that ends a sentence (none: nothing apart)."""
    filled = [i for i, text in enumerate(lines) if text.strip() and not _is_stray_mark(text)]
    ends = [i for i in filled[:-1] if lines[i].rstrip().endswith(SENTENCE_END)]
    if not ends:
        return lines, []
    cut = ends[-1] + 1
    return lines[:cut], lines[cut:]


def _breaks_off(text: str) -> bool:
    """'… og stemmeret er', '… Anna Holm,': a line whose sentence goes on on the next line."""
    return bool(text) and (text[-1].islower() or text.endswith(","))


def _is_attachment_entry(kind: str, sections: list[RawSection], following: list[Line]) -> bool:
    """In a Bilag list, a line that reads as a heading is an attachment when the item already has
    a section of that kind ("Indstilling" after the recommendation: the document holding it) or
    when only list lines follow it to the item's end (it heads nothing)."""
    if kind in ("decision", "attachments"):
        return False
    if any(s.kind == kind for s in sections):
        return True
    return not any(split_heading(line.text) or _reads_as_prose(line.text) for line in following)


def _reads_as_prose(text: str) -> bool:
    """A sentence of some words ('Forvaltningen indstiller, at planen godkendes.') or a long
    line: text under a heading, not one more entry of a list."""
    stripped = text.strip()
    words = stripped.split()
    return len(stripped) > MAX_HEADING_LINE_CHARS or (len(words) >= MIN_PROSE_WORDS and stripped.endswith(SENTENCE_END))


def _continues_heading(text: str, heading: str = "") -> bool:
    """A short dated line right under a heading ("Økonomiudvalget den 12-03-2024") is part of it,
    as is the year that completes the heading's date ("… den 26. marts" / "2025")."""
    stripped = text.strip()
    if stripped.isdigit() and heading and not has_date(heading) and has_date(f"{heading} {stripped}"):
        return True
    return bool(stripped) and len(stripped.split()) <= MAX_HEADING_TAIL_WORDS and not stripped.endswith(".") and has_date(stripped)


def _close(sections: list[RawSection], section: RawSection) -> None:
    if section.heading is None and not any(t.strip() for t in section.lines):
        return
    sections.append(section)


def _list_entries(lines: list[str]) -> list[str]:
    """Entries of a bulleted or numbered list."""
    return _entries(lines, _bulleted_entry)


def _bulleted_entry(text: str) -> str | None:
    if _is_list_entry(text):
        return _LIST_MARKER.sub("", strip_bullet(text), count=1).strip()
    return None


def _entries(lines: list[str], entry_start: Callable[[str], str | None], stop_at_new_sentence: bool = True) -> list[str]:
    """Entries of a list whose entries open where `entry_start` gives their first text. An
    unmarked line continues the entry before it, unless a blank line stands between them
    and it starts a new sentence: then the list has ended (text after a list is no entry) —
    or, with `stop_at_new_sentence` off, a new entry opens (paragraphs)."""
    entries: list[str] = []
    blank = False
    for text in lines:
        stripped = text.strip()
        if not stripped:
            blank = True
            continue
        opened = entry_start(stripped)
        if _SUB_BULLET.match(stripped) and entries:
            entries[-1] += " " + stripped
        elif opened is not None:
            entries.append(opened)
        elif entries and blank and not stripped[:1].islower():
            if stop_at_new_sentence:
                break
            entries.append(stripped)
        elif entries:
            entries[-1] += " " + stripped
        else:
            entries.append(stripped)
        blank = False
    return [collapse(e) for e in entries if e.strip()]


def _has_list(lines: list[str]) -> bool:
    return any(_is_list_entry(t.strip()) for t in lines if t.strip())


def is_recommendation_leadin(text: str) -> bool:
    """'Det indstilles, at', 'Forvaltningen indstiller, at Udvalget:' — a list of proposals follows."""
    stripped = text.strip()
    return bool(_LEADIN.match(stripped)) and stripped.rstrip(":").rstrip().endswith(_AT_ENDINGS) or (
        bool(_LEADIN.match(stripped)) and stripped.endswith(":")
    )


def recommendations_from(lines: list[str]) -> list[str]:
    """The proposals of an Indstilling section, one per bullet or number ("• …", "1. …",
    "At 1) …"), lead-in left out; without marks, one per line opening with "at", else the
    first paragraph after the lead-in (what follows it is text, e.g. a note that it was sent on)."""
    numbered_at = [i for i, t in enumerate(lines) if _AT_MARKER.match(t.strip())]
    if numbered_at:
        return _entries(lines[numbered_at[0]:], _numbered_at_entry)
    marked = [i for i, t in enumerate(lines) if t.strip() and _is_list_entry(t.strip())]
    if marked:
        return [e for e in _list_entries(lines[marked[0]:]) if e]
    starts = [i for i, t in enumerate(lines) if _AT_START.match(t.strip())]
    if len(starts) >= 2:
        return _at_entries(lines[starts[0]:])
    paragraphs = _entries(lines, lambda text: None, stop_at_new_sentence=False)
    if paragraphs and _is_bare_leadin(paragraphs[0]):
        paragraphs = paragraphs[1:]  # "Det indstilles:" alone: the proposal is the next paragraph
    body = _LEADIN.sub("", paragraphs[0], count=1).strip() if paragraphs else ""
    return [body] if body else []


def _is_bare_leadin(text: str) -> bool:
    """'Det indstilles:', 'Forvaltningen indstiller, at': a lead-in with nothing after it."""
    stripped = text.rstrip()
    if _ENDS_WITH_AT.search(stripped) and _LEADIN_VERB_HINT.search(stripped.lower()):
        return True  # "Chef for Aktiv hele livet Karen Schur indstiller, at": a long lead-in, nothing after it
    return bool(_LEADIN_START.match(stripped)) and (stripped.endswith(":") or bool(_ENDS_WITH_AT.search(stripped)))


def has_proposals(lines: list[str]) -> bool:
    """A recommendation section that lists proposals (marks, "at …" lines) or opens them with a
    lead-in ("Det indstilles, at")."""
    return any(
        _AT_MARKER.match(t.strip()) or _is_list_entry(t.strip()) or _AT_START.match(t.strip()) or _LEADIN.match(t.strip())
        for t in lines if t.strip()
    )


def item_recommendations(sections: list[RawSection]) -> list[str]:
    """The item's proposals. Where some recommendation section lists them or opens them with a
    lead-in, only such sections count: another one ("INDSTILLING FRA FORVALTNINGEN" over an
    introduction) holds no proposal of its own. "Ingen." proposes nothing."""
    candidates = [s for s in sections if s.kind == "recommendation"]
    listed = [s for s in candidates if has_proposals(s.lines)]
    return [r for s in (listed or candidates) for r in recommendations_from(s.lines) if key(r) not in NOTHING]


def _numbered_at_entry(text: str) -> str | None:
    m = _AT_MARKER.match(text)
    return text[m.end():].strip() if m else None


def _at_entries(lines: list[str]) -> list[str]:
    """Unmarked proposals one per line, each opening with "at" ("at orienteringen tages til
    efterretning, og" / "at tidsplanen godkendes."); the joining "og" is left out."""
    return [_AT_TAIL.sub("", e) for e in _entries(lines, lambda text: text if _AT_START.match(text) else None)]


def attachments_from(lines: list[str]) -> list[str]:
    """The Bilag list: one entry per bullet where bullets are used, else one per line; a line
    that opens in lower case under an entry is that entry wrapped ('… med' / 'tillæg 1').
    "Ingen bilag." lists nothing."""
    if _has_list(lines):
        entries = _list_entries(lines)
    else:
        entries = _entries(lines, lambda text: None if text[:1].islower() else text, stop_at_new_sentence=False)
    return [entry for entry in entries if key(entry) not in NO_ATTACHMENTS]
