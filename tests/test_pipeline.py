"""The pipeline's own promises: the garbage collector is paused for a parse only."""

from __future__ import annotations

import gc

import pytest

from referat_parser import parse_bytes
from referat_parser.errors import ReferatError


def test_the_collector_runs_again_after_a_parse_and_after_a_failed_one():
    assert gc.isenabled()
    parse_bytes("Referat\n\n1. Budget\nGodkendt.\n".encode(), "x.txt")
    assert gc.isenabled()
    with pytest.raises(ReferatError):
        parse_bytes(b"%PDF-1.7 broken", "x.pdf")
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off():
    gc.disable()
    try:
        parse_bytes("Referat\n".encode(), "x.txt")
        assert not gc.isenabled()
    finally:
        gc.enable()
