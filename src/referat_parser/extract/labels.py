"""Labelled lines: "Sted: Rådhuset", "Sted<tab>Rådhuset", "Sted Rådhuset" (label, space,
capital letter), or a label alone on its line with the value below it."""

from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import (
    BODY_LABELS,
    COLON_ONLY_LABELS,
    DATE_LABELS,
    END_TIME_LABELS,
    LABEL_JOINERS,
    LOCATION_LABELS,
    OTHER_HEADER_LABELS,
    START_TIME_LABELS,
    TIME_LABELS,
)

# The labels of the header's fields (date, time, place, body, …): a line opening with one is
# another field, not the continuation of the one before.
HEADER_FIELD_LABELS = (
    *DATE_LABELS, *TIME_LABELS, *START_TIME_LABELS, *END_TIME_LABELS, *LOCATION_LABELS, *BODY_LABELS, *OTHER_HEADER_LABELS,
)


@lru_cache(maxsize=64)
def _label_pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    return re.compile(
        rf"^(?P<label>{alternatives})(?:\s*:\s*|\t+\s*|\s+(?=[A-ZÆØÅ0-9(])|\s*$)(?P<value>.*)$",
        re.IGNORECASE,
    )


def split_label(text: str, labels: tuple[str, ...]) -> tuple[str, str] | None:
    """(label as printed, value) when `text` opens with one of `labels`, else None."""
    m = _label_pattern(labels).match(text.strip())
    if not m or (m.group("label").casefold() in COLON_ONLY_LABELS and not text.strip()[m.end("label") :].lstrip().startswith(":")):
        return None
    return m.group("label"), m.group("value").replace("\t", " ").strip()


_JOINER = rf"(?:\s*(?:{'|'.join(re.escape(j) for j in LABEL_JOINERS if not j.isalpha())})\s*|\s+(?:{'|'.join(j for j in LABEL_JOINERS if j.isalpha())})\s+)-?"
_JOINER_SPLIT = re.compile(_JOINER, re.IGNORECASE)
_FIELD_ALTERNATIVES = "|".join(re.escape(label) for label in sorted(HEADER_FIELD_LABELS, key=len, reverse=True))
_JOINED_LABEL = re.compile(rf"^(?P<label>(?:{_FIELD_ALTERNATIVES})(?:{_JOINER}(?:{_FIELD_ALTERNATIVES}))+)\s*:\s*(?P<value>.*)$", re.IGNORECASE)


def split_joined_label(text: str, labels: tuple[str, ...]) -> tuple[str, str] | None:
    """(labels as printed, value) where header labels joined by '/', 'og', '&' or a comma share one
    value before a colon ("Dato/tid: …", "Tid og sted: …", "Mødedato og -tidspunkt: …") and one of
    them is among `labels`; else None."""
    if ":" not in text:
        return None
    m = _JOINED_LABEL.match(text.strip())
    if m is None:
        return None
    parts = {part.casefold() for part in _JOINER_SPLIT.split(m.group("label"))}
    if not parts & set(_folded(labels)):
        return None
    return m.group("label"), m.group("value").replace("\t", " ").strip()


@lru_cache(maxsize=16)
def _inline_label_pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    # with its colon after any space; without one after a full stop (see _opens_sentence)
    return re.compile(rf"(?<=\s)(?:{alternatives})\s*:|(?<=\.\s)(?:{alternatives})(?:\s+(?=\w)|\s*$)", re.IGNORECASE)


def _opens_sentence(text: str, m: re.Match[str]) -> bool:
    """A label without its colon opens a field only where a sentence has ended before it (a word
    in lower case or a ")" before the full stop, not an abbreviation like "kl. 19.") and a capital
    follows: "… Ahmad og Jonna. Afbud fra Carsten."."""
    before = text[m.start() - 3] if m.start() >= 3 else ""
    at_end = m.end() >= len(text)  # "… og Lone Friis. Afbud" / "fra Tina Holm.": the label ends the line, its value under it
    return (before.islower() or before == ")") and (at_end or text[m.end()].isupper())


@lru_cache(maxsize=16)
def _folded(labels: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(label.casefold() for label in labels)


def _label_before_colon(text: str, labels: tuple[str, ...]) -> bool:
    """Does one of `labels` stand right before a colon in `text` (case and spaces aside)?"""
    folded = _folded(labels)
    return any(part.rstrip().casefold().endswith(folded) for part in text.split(":")[:-1])


def _label_after_full_stop(text: str, labels: tuple[str, ...]) -> bool:
    """Does one of `labels` open a sentence after a full stop ("… Jonna. Afbud fra Carsten.")?"""
    folded = _folded(labels)
    return any(part.casefold().startswith(folded) for part in text.split(". ")[1:])


def split_at_labels(text: str, labels: tuple[str, ...]) -> list[str]:
    """'Til stede: Anna, Bo. Gæst: Eva.' → ['Til stede: Anna, Bo.', 'Gæst: Eva.']: a capitalised
    label with its colon inside a line starts a field of its own (a second label in a list, a
    table flattened into one line of text); so does one opening a sentence over a name ('Tilstede
    var Anna og Bo. Afbud fra Carl.')."""
    if not ((":" in text and _label_before_colon(text, labels)) or (". " in text and _label_after_full_stop(text, labels))):
        return [text]  # most lines: the pattern below (slow: many labels at every position) finds nothing
    starts = [m.start() for m in _inline_label_pattern(labels).finditer(text)
              if text[m.start()].isupper() and (m.group().rstrip().endswith(":") or _opens_sentence(text, m))]
    bounds = [0, *starts, len(text)]
    return [part for a, b in zip(bounds, bounds[1:]) if (part := text[a:b].strip())] or [text]
