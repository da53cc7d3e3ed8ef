"""Whole documents in templates the seeds do not use (tests/variants/), read end to end."""

from __future__ import annotations

from pathlib import Path

from referat_parser import parse_path

VARIANTS = Path(__file__).resolve().parent / "variants"


def test_municipal_committee_with_dotted_index_running_headers_and_dated_decision_headings():
    doc = parse_path(VARIANTS / "municipal-economy-committee.txt")
    m = doc.meeting
    assert (m.body, m.document_type, m.date, m.start_time, m.end_time) == ("Økonomiudvalget", "referat", "2024-03-12", "15:00", "17:30")
    assert m.location == "Mødelokale 1, Rådhuset, Torvet 1, 6700 Esbjerg"
    assert [(a.name, a.status, a.organization, a.role) for a in doc.attendees] == [
        ("Jesper Frost Rasmussen", "present", "V", "Formand"),
        ("Karsten Degn", "present", "A", None),
        ("Lise Bertelsen", "absent", "C", None),
        ("Hans Erik Møller", "present", "F", None),
        ("Torben Sørensen", "guest", None, "Kommunaldirektør"),
        ("Marie Kjær", "guest", None, "referent"),
    ]
    assert [(e.number, e.page) for e in doc.agenda] == [("1", 2), ("2", 2), ("3", 3)]
    assert [(i.number, i.case_number, i.page_start) for i in doc.items] == [("1", "24/1204", 2), ("2", "24/883", 2), ("3", "23/9911", 3)]
    budget = doc.items[1]
    assert [s.kind for s in budget.sections] == ["summary", "economy", "recommendation", "attachments", "decision"]
    assert budget.recommendations == ["budgetopfølgningen tages til efterretning", "mindreforbruget overføres til 2025"]
    assert budget.attachments == ["Budgetopfølgning, samlet oversigt", "Notat om anlæg"]
    assert budget.decision == "Indstillingen blev godkendt."
    assert doc.items[2].access == "closed"
    assert doc.items[2].decision == "Godkendt."  # the closing "Næste møde afholdes …" is not part of it
    assert (doc.next_meeting.date, doc.next_meeting.start_time, doc.next_meeting.location) == ("2024-04-09", "15:00", "Rådhuset")
    texts = [s.text for i in doc.items for s in i.sections]
    assert not any("Side 2 af 3" in t or "Referat - 12. marts" in t for t in texts)


def test_association_with_paragraph_items_and_inline_decision():
    doc = parse_path(VARIANTS / "association-paragraph-items.txt")
    m = doc.meeting
    assert (m.body, m.document_type, m.date, m.start_time, m.location) == (
        "Andelsboligforeningen Solgården", "referat", "2024-11-14", "19:00", "fælleshuset",
    )
    assert [(a.name, a.role) for a in doc.attendees] == [("Birgitte Holm", "referent")]  # "23 andelshavere" is no name
    assert [(i.number, i.title) for i in doc.items] == [
        ("1", "Valg af dirigent"), ("2", "Forslag om ny vedligeholdelsesplan"), ("3", "Eventuelt"),
    ]
    assert doc.items[1].decision == "Forslaget blev vedtaget med 20 stemmer for og 3 imod."
    assert doc.items[0].decision is None


def test_parish_council_with_punkt_colon_items_and_title_prefixed_names():
    doc = parse_path(VARIANTS / "parish-punkt-colon.txt")
    m = doc.meeting
    assert (m.body, m.document_type, m.date, m.start_time) == ("Menighedsrådet", "referat", "2024-10-02", "18:30")
    assert [(a.name, a.status, a.role) for a in doc.attendees] == [
        ("Hanne Lind", "present", "formand"), ("Erik Bak", "present", None), ("Sofie Møller", "present", None),
        ("Jens Aagaard", "present", "præst"), ("Karin Friis", "absent", None),
    ]
    assert [(i.number, i.title, i.decision) for i in doc.items] == [
        ("1", "Godkendelse af dagsorden", "Godkendt."),
        ("2", "Kirkegårdens budget 2025", "Budgettet blev vedtaget."),
        ("3", "Eventuelt", None),
    ]
