"""Shapes of municipal committee minutes as their web pages publish them, read as text (invented text)."""

from __future__ import annotations

from pathlib import Path

from referat_parser import parse_path

VARIANTS = Path(__file__).resolve().parent / "variants"


def test_a_dated_heading_over_each_items_decision_is_no_running_header():
    # "Byggeudvalget, 12-05-2022, pkt. 7", "… pkt. 8", "… pkt. 9": printed once in each item, a
    # different item each time, in a text without pages: the heading over that item's decision.
    doc = parse_path(VARIANTS / "committee-web-history-heading-over-each-decision.txt")
    assert [(i.number, i.title) for i in doc.items] == [
        ("7", "Godkendelse af dagsorden"), ("8", "Orientering fra formanden"), ("9", "Nyt tag på Vestskolen"),
    ]
    assert [i.decision for i in doc.items] == [
        "Godkendt.",
        "Formanden orienterede om:\n- indvielsen af den nye gangbro\n- et møde med grundejerforeningen",
        "Godkendt.",
    ]
    assert doc.items[2].sections[-2].text == "Udgiften afholdes af anlægspuljen."  # the economy section ends at the heading


def test_an_empty_absence_field_over_the_decision_is_no_text_of_it():
    doc = parse_path(VARIANTS / "committee-decision-after-empty-absence-field.txt")
    assert doc.items[0].decision == "Godkendt med den ændring, at punkt 3 udsættes til næste møde."
    assert doc.items[1].decision.startswith("Fraværende: Lone Vind")  # a filled field stays, and says who was absent
    assert [(a.name, a.status) for a in doc.attendees] == [("Lone Vind", "absent")]
