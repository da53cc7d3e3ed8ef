"""Big meetings cost the same per page as small ones (issue 17).

The index-to-body matching looks titles up by their words instead of comparing every
index entry with every line; it must find exactly what the full comparison finds. And the
parse time per page of a generated 240-item meeting must stay near that of a 30-item one:
a ratio of two times measured in the same run (so a slow or busy machine slows both), not
an absolute time.
"""

from __future__ import annotations

import importlib.util
import random
import sys
import time
from pathlib import Path

import pytest

from referat_parser import parse_bytes
from referat_parser.extract.agenda import SAME_TITLE_F1, _Entry, _numbered_heading, _reappears
from referat_parser.textutil import token_f1

ROOT = Path(__file__).resolve().parent.parent
MAX_PER_PAGE_GROWTH = 2.0  # issue 17: 240 items may cost at most twice as much per page as 30
TIMING_RUNS = 3  # best of, for each size, alternated

WORDS = ["budget", "lokalplan", "for", "og", "skolen", "vej", "2025", "godkendelse", "af", "status", "på",
         "høring", "takster", "regnskab", "bevilling", "til", "boliger", "i", "nord", "syd"]


def _reappears_by_comparing_all(entries: list[_Entry], texts: list[str], after: int) -> bool:
    """The rule written plainly: every entry's title against every later line's title (the line
    without its item number: "Ad 2. Økonomi" is compared as "Økonomi")."""
    rest = [t for t in texts[after:] if t]
    found = sum(
        1 for entry in entries
        if any(token_f1(entry.title, _numbered_heading(t)[1]) >= SAME_TITLE_F1 and len(t) < len(entry.title) * 2 + 20 for t in rest)
    )
    return found * 2 > len(entries)


def _phrase(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high)))


@pytest.mark.parametrize("seed", range(300))
def test_looking_titles_up_by_their_words_finds_what_comparing_all_lines_finds(seed):
    rng = random.Random(seed)
    entries = [_Entry(str(n), _phrase(rng, 0, 6), None, None, n) for n in range(1, rng.randint(2, 7))]
    texts = [rng.choice(("", f"{rng.randint(1, 6)}. ")) + rng.choice((_phrase(rng, 0, 12), rng.choice(entries).title + " " + _phrase(rng, 0, 3)))
             for _ in range(30)]
    assert _reappears(entries, texts, 0) == _reappears_by_comparing_all(entries, texts, 0)


def test_an_index_without_pages_is_taken_when_its_titles_come_again_as_items():
    entries = [_Entry("1", "Budget 2025 for skolen", None, None, 0), _Entry("2", "Lokalplan for Nordvej", None, None, 1)]
    assert _reappears(entries, ["", "1. Budget 2025 for skolen", "tekst", "2. Lokalplan for Nordvej"], 0)
    assert not _reappears(entries, ["", "1. Regnskab", "tekst", "2. Takster"], 0)


def _large_meeting():
    spec = importlib.util.spec_from_file_location("large_meeting", ROOT / "benchmarks" / "large_meeting.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["large_meeting"] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_parse_time_per_page_stays_flat_from_30_to_240_items():
    large_meeting = _large_meeting()
    documents = {}
    for items in (30, 240):
        pages = large_meeting.meeting_pages(items)
        documents[items] = (large_meeting.to_text(pages).encode("utf-8"), len(pages))
    best = {items: float("inf") for items in documents}
    for _ in range(TIMING_RUNS):
        for items, (data, pages) in documents.items():
            start = time.process_time()  # CPU time of this process: other work on the machine does not count
            referat = parse_bytes(data, f"meeting-{items}.txt")
            best[items] = min(best[items], (time.process_time() - start) / pages)
            assert len(referat.items) == items and len(referat.agenda) == items
    assert best[240] <= MAX_PER_PAGE_GROWTH * best[30], f"per page: {best[240] * 1000:.2f} ms at 240 items, {best[30] * 1000:.2f} ms at 30"
