"""Labelled lines: "Sted: Rådhuset", "Sted<tab>Rådhuset", "Sted Rådhuset" (label, space,
capital letter), or a label alone on its line with the value below it."""

from __future__ import annotations

import re
from functools import lru_cache


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
    if not m:
        return None
    return m.group("label"), m.group("value").replace("\t", " ").strip()
