"""Extractors: cleaned lines in, pydantic models out. `extract_referat` runs them in order."""

from __future__ import annotations

from ..document import RawDocument
from ..models import Referat, Source


def extract_referat(raw: RawDocument, source: Source) -> Referat:
    return Referat(source=source, warnings=list(raw.warnings))
