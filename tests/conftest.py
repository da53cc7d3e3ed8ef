from __future__ import annotations

from pathlib import Path

import pytest

from referat_parser import parse_bytes
from referat_parser.cleaning import clean
from referat_parser.document import Line, RawDocument
from referat_parser.models import Referat

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def parse_text(text: str) -> Referat:
    """Parse a text snippet as a .txt document."""
    return parse_bytes(text.encode("utf-8"), "snippet.txt")


def cleaned(text: str) -> list[Line]:
    """The cleaned lines of a text snippet."""
    raw = RawDocument(lines=[Line(t) for t in text.split("\n")], format="txt")
    return clean(raw)


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES
