"""Shapes of minutes as parishes and associations publish them on their web pages (invented text)."""

from __future__ import annotations

from pathlib import Path

from referat_parser import parse_bytes, parse_path

VARIANTS = Path(__file__).resolve().parent / "variants"


def test_attendance_list_wrapped_after_a_dash_keeps_every_person():
    doc = parse_path(VARIANTS / "parish-attendance-wrapped-after-a-dash.txt")
    assert [(a.name, a.status, a.role) for a in doc.attendees] == [
        ("Grete Holmgaard", "present", "formand"),
        ("Hans Vestergaard", "present", None),
        ("Anne Lindberg", "present", None),
        ("Søren Kjær Thomsen", "present", None),
        ("Mette Rask Olesen", "present", "sognepræst"),
        ("Poul Engsig", "present", "graver"),  # "Poul Engsig –" / "graver, …": the entry goes on after the dash
        ("Karen Bøgh", "present", "kasserer"),
        ("Lise Dam Kristoffersen", "present", "suppleant"),
    ]


def test_every_item_printed_as_one_keeps_the_numbers_and_says_so():
    doc = parse_path(VARIANTS / "parish-web-page-every-item-numbered-one.txt")
    assert [(i.number, i.title) for i in doc.items] == [
        ("1", "Godkendelse af dagsorden"), ("1", "Meddelelser"), ("1", "Økonomi"), ("1", "Eventuelt"),
    ]
    assert [w.code for w in doc.warnings if w.code.startswith("item")] == ["item-numbers-lost"]
    assert "Tagrenderne er skiftet." in doc.items[1].sections[0].text


def test_column_headings_of_a_flattened_web_table_are_no_body_and_no_stray_text():
    doc = parse_path(VARIANTS / "parish-web-table-flattened-column-headings.txt")
    assert doc.meeting.body is None  # not 'PUNKT' or 'SAGSINDHOLD': column headings name no body
    assert doc.meeting.date == "2024-09-04"
    assert [(i.number, i.title) for i in doc.items] == [("1", "Godkendelse af dagsorden"), ("2", "Kirkegården"), ("3", "Evt.")]
    assert [(a.name, a.status) for a in doc.attendees] == [
        ("AKS", "present"), ("BLT", "present"), ("CM", "present"), ("DH", "present"), ("EPV", "absent"), ("FL", "absent"),
    ]
    assert doc.warnings == []  # the headings are placed as the items' column headings


def test_a_line_under_the_attendee_list_that_the_list_did_not_take_is_reported():
    text = (
        "Referat af bestyrelsesmøde 3. maj 2024\n\nDeltagere: Anna Holm, Bo Kirk\nKaffen var god og kagen ligeså\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n"
    )
    doc = parse_bytes(text.encode(), "minutes.txt")
    assert [a.name for a in doc.attendees] == ["Anna Holm", "Bo Kirk"]
    assert [w.code for w in doc.warnings if w.code == "text-unplaced"] == ["text-unplaced"]
    assert "Kaffen var god og kagen ligeså" in next(w.message for w in doc.warnings if w.code == "text-unplaced")


def test_a_bulleted_label_an_empty_bullet_and_the_next_meeting_in_the_header_are_placed():
    text = (
        "Referat af bestyrelsesmøde 3. maj 2024\n\nDeltagere\n• Anna Holm, V\n• Carl Dahl, A\n• Afbud\n• Bo Kirk, A\n•\n"
        "Næste møde: Tirsdag 4. juni.\n\n1. Godkendelse af dagsorden\nGodkendt.\n"
    )
    doc = parse_bytes(text.encode(), "minutes.txt")
    assert [(a.name, a.status) for a in doc.attendees] == [("Anna Holm", "present"), ("Carl Dahl", "present"), ("Bo Kirk", "absent")]
    assert doc.next_meeting is not None and doc.next_meeting.date == "2024-06-04"
    assert [w.code for w in doc.warnings if w.code == "text-unplaced"] == []


def test_groups_under_a_list_label_each_ending_with_a_full_stop_are_all_read():
    doc = parse_path(VARIANTS / "school-board-groups-each-ending-with-a-full-stop.txt")
    assert sorted((a.name, a.status, a.organization) for a in doc.attendees) == sorted([
        ("Søren Vinther", "present", "Forældrevalgte"), ("Maja Lund", "present", "Forældrevalgte"),
        ("Per Hvid", "present", "Forældrevalgte"), ("Ida Krogh", "present", "Medarbejdere"),
        ("Tove Dahl", "present", "Medarbejdere"), ("Noah Bech", "present", "Elevrådet"),
        ("Kim Rask", "absent", "Forældrevalgte"),
    ])


def test_a_whole_list_on_the_line_after_the_label_and_a_blank_line_is_read():
    doc = parse_path(VARIANTS / "school-board-whole-list-on-the-line-after-a-blank.txt")
    assert [(a.name, a.status) for a in doc.attendees] == [
        ("Jonas Bak Rasmussen", "present"), ("Helle Krag Vinther", "present"), ("Ole Frost Madsen", "present"),
        ("Line Bøgh", "present"), ("Tina Holm Dalsgaard", "present"), ("Rune Skov", "absent"),
    ]


def test_short_headings_over_bulleted_notes_are_items_numbered_by_position():
    doc = parse_path(VARIANTS / "school-board-headings-over-bulleted-notes.txt")
    assert [(i.number, i.title) for i in doc.items] == [("1", "Skolens økonomi"), ("2", "Trafik ved skolen"), ("3", "Konstituering")]
    assert "Jens følger op i april." in doc.items[1].sections[0].text
    assert "item-numbers-not-printed" in [w.code for w in doc.warnings]
    assert [(a.name, a.status) for a in doc.attendees] == [("Helle", "absent")]


def test_roles_paired_with_names_by_slashes():
    text = (
        "Referat 6. oktober 2022\n\nDeltagere: Marianne, Lars, Ditte, Kasper\n\nMødeleder / referent: Lars / Ditte\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n"
    )
    doc = parse_bytes(text.encode(), "minutes.txt")
    assert [(a.name, a.role) for a in doc.attendees] == [("Marianne", None), ("Lars", "mødeleder"), ("Ditte", "referent"), ("Kasper", None)]


def test_a_room_after_the_time_or_alone_under_the_date_line_is_the_place():
    def location(text: str) -> str | None:
        return parse_bytes(text.encode(), "minutes.txt").meeting.location

    items = "\n\n1. Godkendelse af dagsorden\nGodkendt.\n"
    assert location("Referat 14. maj 2024\n\nTirsdag den 14. maj 2024 kl. 19.00 - 21.00\n\ni personalerummet\n" + items) == "personalerummet"
    assert location("Referat 14. maj 2024\n\nBestyrelsesmøde den 14. maj 2024 kl.19.00-21.00 - Mødestuen\n" + items) == "Mødestuen"


def test_a_qualified_meeting_compound_names_its_body_and_a_place_keeps_its_abbreviation():
    text = (
        "Ekstraordinært Seniorrådsmøde – Referat 3. april 2024\n\nEkstraordinært Seniorrådsmøde – Referat\n\n"
        "Referat fra Seniorrådets møde den 3. april 2024 i Gl. Vestby Stuen, Rådhuset kl. 10.00 – 12.00\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n"
    )
    meeting = parse_bytes(text.encode(), "minutes.txt").meeting
    assert meeting.body == "Seniorrådet"  # not the title line under it, nor 'Ekstraordinært Seniorrådsmøde'
    assert meeting.location == "Gl. Vestby Stuen, Rådhuset"


def test_a_title_line_flattened_with_its_header_fields_and_a_list_line_read_into_nobody():
    text = (
        "REFERAT. Ordinært møde i Seniorrådet Dato: Onsdag den 11. december 2024 kl Sted: Vestby Rådhus, Mødesal 2.\n\n"
        "Afbud: Jens Ravn Mortensen Eksterne gæster deltog under punkt 3 fra kl\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n"
    )
    doc = parse_bytes(text.encode(), "minutes.txt")
    assert (doc.meeting.body, doc.meeting.date) == ("Seniorrådet", "2024-12-11")
    unplaced = [w.message for w in doc.warnings if w.code == "text-unplaced"]
    assert doc.attendees or any("Jens Ravn Mortensen" in m for m in unplaced)  # never read into nothing silently
