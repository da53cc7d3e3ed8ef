"""Shapes of municipal committee minutes as their web pages publish them, read as text (invented text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from referat_parser import parse_bytes, parse_path

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


def test_a_title_line_naming_the_body_before_the_documents_type_gives_the_body():
    doc = parse_path(VARIANTS / "committee-title-then-type-and-flattened-fields.txt")
    assert doc.meeting.body == "Byggeudvalget"  # 'Byggeudvalget Referat': the type word is no part of the name
    assert (doc.meeting.date, doc.meeting.start_time) == ("2022-05-12", "16:00")
    # 'Mødested: Mødelokale 3 Udsendelsesdato:': a field left empty after the place, its label unknown to us
    assert doc.meeting.location == "Mødelokale 3"


def test_the_end_time_told_first_in_the_item_approving_the_agenda_is_no_closing_block():
    # A page of one item: "Mødet sluttede kl. 20.45" opens it, its attendance and decision follow.
    doc = parse_path(VARIANTS / "committee-single-item-page-end-time-first.txt")
    assert [(i.number, i.title) for i in doc.items] == [("2", "Godkendelse af dagsorden")]
    assert doc.items[0].decision == "Dagsordenen blev godkendt som udsendt."
    assert doc.meeting.end_time == "20:45"
    assert "text-unplaced" not in [w.code for w in doc.warnings]


# Title lines of committee minutes as a PDF's text gives them (the times sometimes lost): body, date, times and place
_TITLE_LINES = [
    ("Teknikudvalget. Referat fra møde Torsdag den 6. september 2012 kl i Rådhusets mødelokale. Mødet slut kl. 17.",
     {"body": "Teknikudvalget", "date": "2012-09-06", "start_time": None, "end_time": "17:00", "location": "Rådhusets mødelokale"}),
    ("Byrådet Referat fra møde Onsdag den 4. december 2013 kl i Byrådssalen",
     {"body": "Byrådet", "date": "2013-12-04", "location": "Byrådssalen"}),
    ("Referat fra møde i Social- og sundhedsudvalget torsdag den 15. januar 2009 Kl i Byrådssalen, Vestby",
     {"body": "Social- og sundhedsudvalget", "date": "2009-01-15", "location": "Byrådssalen, Vestby"}),
    ("Referat fra møde i Udvalget for Kultur & Fritid onsdag den 13. januar 2010 Mødet startede kl. 17:00 i Mødelokale 1, Vestby",
     {"body": "Udvalget for Kultur & Fritid", "date": "2010-01-13", "start_time": "17:00", "location": "Mødelokale 1, Vestby"}),
    ("Referat Økonomiudvalget tirsdag den 16. november Kl. 15:00 i Rådssalen, Vestby",
     {"body": "Økonomiudvalget", "date": None, "start_time": "15:00", "location": "Rådssalen, Vestby"}),
    ("Møde i Kommunalbestyrelsen mandag den 25. september 2006, Kl i Kommunalbestyrelsens mødesal REFERAT",
     {"body": "Kommunalbestyrelsen", "date": "2006-09-25", "location": "Kommunalbestyrelsens mødesal"}),
]


@pytest.mark.parametrize(("title", "want"), _TITLE_LINES, ids=[t[:40] for t, _ in _TITLE_LINES])
def test_a_committees_title_line_gives_body_date_times_and_place(title, want):
    text = f"{title}\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n2. Orientering\nTaget til efterretning.\n"
    meeting = parse_bytes(text.encode(), "minutes.txt").meeting.model_dump()
    assert {k: meeting[k] for k in want} == want


def test_one_item_numbered_on_through_the_year_with_its_case_number_under_its_heading_is_an_item():
    doc = parse_path(VARIANTS / "council-single-item-page-case-number-under-heading.txt")
    assert [(i.number, i.title, i.case_number) for i in doc.items] == [("27", "Ny bænk ved Skovbrynet", "12.01.00-A00-3-22")]
    assert doc.items[0].decision == "Ældrerådet støtter ønsket."


def test_the_word_sag_before_a_case_number_alone_on_its_line_labels_it():
    doc = parse_path(VARIANTS / "committee-web-case-number-after-the-word-sag.txt")
    assert [(i.number, i.title, i.case_number, i.access) for i in doc.items] == [
        ("1", "Spørgetid for borgerne", "112-2021-430", "open"), ("2", "Sagen om den nye skolevej", "112-2023-871", "open"),
    ]
    assert doc.items[1].sections[0].text.startswith("Sagen blev rejst")  # a sentence opening with "Sagen" is no label


def test_lists_after_a_verb_and_a_colon_tell_who_was_absent():
    # "Følgende udeblev uden afbud: A, B og C.": the names after the colon, the verb before it says what they did
    doc = parse_path(VARIANTS / "committee-web-attendance-lists-after-foelgende.txt")
    assert [(a.name, a.status) for a in doc.attendees] == [
        ("Ida Brandt", "absent"), ("Otto Kjær", "absent"), ("Sanne Vedel Holm", "absent"), ("Lars Lind", "absent"), ("Mette Aagaard", "guest"),
    ]


def test_a_region_committees_field_after_for_and_labelled_case_numbers_above_the_items():
    doc = parse_path(VARIANTS / "region-committee-case-number-above-each-item.txt")
    assert doc.meeting.body == "Udvalg for regional trafik"  # the committee's field in lower case after "for"
    assert (doc.meeting.date, doc.meeting.start_time) == ("2023-03-07", "10:00")
    assert [(i.number, i.case_number, i.recommendations) for i in doc.items] == [
        ("1", "1-30-72-114-22", ["ruten godkendes."]), ("2", "1-30-72-201-22", ["taksterne godkendes."]),
    ]
    assert not any("Sagnr" in w.message for w in doc.warnings)  # "Sagnr.: …" above a heading is that item's, not unplaced


def test_the_body_cut_out_of_the_dated_line_under_a_bare_title():
    text = ("Referat\nSocial- og Sundhedsudvalget onsdag den 6. marts 2024 kl. 19.00\n\nMødelokale 2, Rådhuset\n\n"
            "1. Godkendelse af dagsorden\nGodkendt.\n\n2. Orientering\nTaget til efterretning.\n")
    meeting = parse_bytes(text.encode(), "minutes.txt").meeting
    assert (meeting.body, meeting.date, meeting.start_time) == ("Social- og Sundhedsudvalget", "2024-03-06", "19:00")


def test_a_numbered_list_inside_a_case_is_no_run_of_items_where_the_headings_are_folded_away():
    # A web page whose item titles are folded away: "Sagsfremstilling … Beslutning" again and again, and
    # in the last case a numbered list. The items are where the sections open again, not the list's entries.
    doc = parse_path(VARIANTS / "committee-web-folded-headings-list-inside-a-case.txt")
    assert [i.number for i in doc.items] == ["1", "2", "3"]
    assert [i.decision for i in doc.items] == ["Til efterretning.", "Tiltrådt.", None]
    assert "1. Børn og unges adgang til musikskolen." in doc.items[2].sections[0].text
    assert "items-without-headings" in [w.code for w in doc.warnings]
