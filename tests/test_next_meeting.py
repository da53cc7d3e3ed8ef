from datetime import date

import pytest

from conftest import cleaned, parse_text

from referat_parser.extract.next_meeting import find_next_meeting


def next_meeting_of(text: str, reference: date):
    """The next meeting read from the cleaned lines of `text` alone (no items), a meeting on `reference`."""
    return find_next_meeting([], cleaned(text), reference)


def when_and_where(text: str, reference: date):
    """(date, start time, place) of the next meeting in `text`, or None."""
    nm = next_meeting_of(text, reference)
    return (nm.date, nm.start_time, nm.location) if nm else None


def test_next_meeting_item():
    doc = parse_text(
        "Referat\n\nDato: 9. januar 2025\n\n1. Eventuelt\n\nIntet.\n\n2. Næste møde\n\n"
        "Næste møde finder sted d. 17. marts 2025, kl. 12.00-16.00 på Rådhuset. Mødet er virtuelt."
    )
    nm = doc.next_meeting
    assert (nm.date, nm.start_time, nm.end_time, nm.location) == ("2025-03-17", "12:00", "16:00", "Rådhuset")


def test_next_meeting_line_in_header_without_year():
    doc = parse_text("091110 Referat af bestyrelsesmøde\nTil stede: Kim.\nNæste møde: Tirsdag 1. december.\n1. Godkendelse\nOK.")
    assert doc.next_meeting.date == "2009-12-01"


def test_no_next_meeting():
    assert parse_text("Referat\n\n1. Godkendelse\n\nOK.").next_meeting is None


def test_next_compound_meeting_line():
    doc = parse_text("Referat af bestyrelsesmøde 3. maj 2024\n\nNæste bestyrelsesmøde: 7. juni 2024 kl. 19.\n\n1. Godkendelse\n\nOK.")
    assert (doc.next_meeting.date, doc.next_meeting.start_time) == ("2024-06-07", "19:00")


def test_next_meeting_in_its_usual_phrasings():
    def read(text: str):
        return when_and_where(text, date(2024, 10, 2))

    assert read("Næste MR møde 12. december.") == ("2024-12-12", None, None)  # the year from the meeting
    assert read("Næste telemøde tirsdag den 3. juni kl 10:00") == ("2025-06-03", "10:00", None)
    assert read("Næste møde: 4. marts 2025 kl. 10 på rådhuset") == ("2025-03-04", "10:00", "rådhuset")


def test_next_meeting_labelled_as_its_date_and_with_a_day_month_date():
    def read(text: str):
        nm = next_meeting_of(text, date(2024, 11, 4))
        return (nm.date, nm.start_time, nm.text) if nm else None

    assert read("Dato for næste møde: 12.03.2025") == ("2025-03-12", None, "12.03.2025")
    assert read("Næste møde er mandag d. 6/5 kl. 16-18 på rådhuset")[:2] == ("2025-05-06", "16:00")
    # a line about the next meeting without a date we can read keeps its text, never vanishes
    assert read("Næste møde aftales pr. mail.") == (None, None, "Næste møde aftales pr. mail.")


def test_a_sentence_that_mentions_the_next_meeting_before_a_colon_is_no_next_meeting_line():
    from referat_parser.extract.next_meeting import is_next_meeting

    assert is_next_meeting("Tidspunkt for næste møde: 3. juni")
    assert not is_next_meeting("Formanden foreslog, at bestyrelsen på næste møde drøfter følgende:")


def test_a_next_meeting_year_taken_from_the_meeting_is_a_warning():
    doc = parse_text("Referat\n\nDato: 4. november 2024\n\n1. Eventuelt\n\nIntet.\n\nNæste møde: mandag d. 6/5 kl. 16.")
    assert doc.next_meeting.date == "2025-05-06"
    assert [(w.code, w.field) for w in doc.warnings] == [("value-inferred", "next_meeting.date")]
    printed = parse_text("Referat\n\nDato: 4. november 2024\n\n1. Eventuelt\n\nIntet.\n\nNæste møde: 6. maj 2025 kl. 16.")
    assert printed.warnings == []


def test_next_meeting_of_a_hyphenated_compound_and_with_a_bare_day_and_month():
    def read(text: str):
        nm = next_meeting_of(text, date(2025, 5, 3))
        return (nm.date, nm.start_time, nm.location, nm.text) if nm else None

    assert read("Næste MR-møde: 10. juni kl. 19") == ("2025-06-10", "19:00", None, "10. juni kl. 19")
    assert read("Næste bestyrelsesmøde: 12/8 kl. 19 hos Bodil.") == ("2025-08-12", "19:00", "hos Bodil", "12/8 kl. 19 hos Bodil.")


def test_next_meeting_label_alone_over_its_date_and_a_place_after_a_comma():
    def read(text: str):
        return when_and_where(text, date(2025, 3, 4))

    assert read("Næste møde:\nTirsdag den 13. maj 2025 kl. 17.00 på Ungdomsskolen") == ("2025-05-13", "17:00", "Ungdomsskolen")
    assert read("Næste møde: 1. april 2025 kl. 19.00, Vandværkets kontor") == ("2025-04-01", "19:00", "Vandværkets kontor")
    assert read("Næste møde: 7. maj 2025, kl. 16.00-18.00, Kulturhuset, lokale 2.") == ("2025-05-07", "16:00", "Kulturhuset, lokale 2")
    assert read("Næste møde: 3. juni 2025, hvor budgettet behandles.") == ("2025-06-03", None, None)


def test_a_next_meeting_at_someones_home_keeps_hos():
    nm = next_meeting_of("Næste møde: 7/4 kl. 19 hos Lise.", date(2025, 3, 10))
    assert (nm.date, nm.location) == ("2025-04-07", "hos Lise")


def test_a_place_after_a_time_span_opened_by_fra():
    nm = next_meeting_of("Næste møde: 5. maj 2025 fra kl. 16 til 18 på Rådhuset", date(2025, 3, 4))
    assert (nm.date, nm.start_time, nm.end_time, nm.location) == ("2025-05-05", "16:00", "18:00", "Rådhuset")


def test_next_meeting_as_a_table_under_its_title_and_undecided():
    def read(text: str):
        return when_and_where(text, date(2024, 10, 2))

    assert read("Næste møde\nDato\tTid\tSted\n12.11.2024\tkl. 19.00\tHos Bo Kirk, Skovvej 3") == ("2024-11-12", "19:00", "Hos Bo Kirk, Skovvej 3")
    assert read("Næste møde\n\nTorsdag den 7. november kl. 19.00 i klubhuset") == ("2024-11-07", "19:00", "klubhuset")
    assert read("Næste møde: Aftales senere.") == (None, None, None)  # no date, none guessed


def test_next_meeting_place_under_its_own_label_after_the_date():
    nm = next_meeting_of("Næste møde: 12. november kl. 19. Sted: Klubhuset, Skovvej 3.", date(2024, 10, 2))
    assert (nm.date, nm.start_time, nm.location) == ("2024-11-12", "19:00", "Klubhuset, Skovvej 3")


def test_next_meeting_place_labelled_on_the_line_under_it():
    nm = next_meeting_of("Næste møde: d. 12. juni kl. 19\nSted: Sognegården, Kirkevej 2\n\nReferent: Bo", date(2024, 10, 2))
    assert (nm.date, nm.start_time, nm.location) == ("2025-06-12", "19:00", "Sognegården, Kirkevej 2")


def test_next_time_as_a_label_names_the_next_meeting_and_in_a_sentence_does_not():
    nm = next_meeting_of("Næste gang: 12. november kl. 19 hos Bo Kirk", date(2024, 10, 2))
    assert (nm.date, nm.start_time, nm.location) == ("2024-11-12", "19:00", "hos Bo Kirk")
    assert next_meeting_of("Næste gang der er arbejdsdag, den 12. november, tager vi hækken.", date(2024, 10, 2)) is None


def test_next_meeting_told_as_we_meet_again():
    def read(text: str):
        return when_and_where(text, date(2024, 11, 2))

    assert read("Vi mødes igen tirsdag den 4. marts kl. 19.") == ("2025-03-04", "19:00", None)
    assert read("Bestyrelsen mødes igen den 4. marts 2025 kl. 19 i klubhuset.") == ("2025-03-04", "19:00", "klubhuset")
    assert read("Vi ses igen 4/3 kl. 19 hos Lise.") == ("2025-03-04", "19:00", "hos Lise")
    # someone meeting again about a case is no next meeting of the body
    assert read("Formanden og kassereren mødes igen med kommunen om sagen, når svaret foreligger den 4. marts.") is None


def test_next_meeting_held_wrapped_onto_the_next_line():
    nm = next_meeting_of("Næste møde afholdes\ntirsdag den 4. marts 2025 kl. 19 i klubhuset.\n\nReferent: Bo", date(2024, 11, 2))
    assert (nm.date, nm.start_time, nm.location) == ("2025-03-04", "19:00", "klubhuset")


def test_next_meeting_undecided_has_no_date_and_keeps_its_text():
    for text in ("Næste møde: fastsættes senere", "Næste møde: aftales senere.", "Næste bestyrelsesmøde: Aftales senere"):
        nm = next_meeting_of(text, date(2024, 11, 2))
        assert (nm.date, nm.start_time, nm.location) == (None, None, None) and nm.text == text


def test_next_meeting_as_a_sentence_inside_the_last_items_text():
    doc = parse_text(
        "Referat af bestyrelsesmøde\n\nDato: 2. november 2024\n\n1. Godkendelse\n\nOK.\n\n2. Eventuelt\n\n"
        "Intet at bemærke. Næste møde holdes den 4. december kl. 19 hos Bo Kirk.\n"
    )
    nm = doc.next_meeting
    assert (nm.date, nm.start_time, nm.location) == ("2024-12-04", "19:00", "hos Bo Kirk")
    assert nm.text == "Næste møde holdes den 4. december kl. 19 hos Bo Kirk."


def test_a_line_opened_by_the_next_meeting_wins_over_a_sentence_inside_a_line():
    nm = next_meeting_of("Kassereren orienterede. Næste møde i kommunen er den 1. december.\n\nNæste møde: 4. december kl. 19.", date(2024, 11, 2))
    assert (nm.date, nm.start_time) == ("2024-12-04", "19:00")


def test_next_meeting_place_told_before_its_date():
    def read(text: str):
        return when_and_where(text, date(2025, 2, 4))

    assert read("Næste møde holdes i Rådhuset den 4. marts 2025 kl. 19") == ("2025-03-04", "19:00", "Rådhuset")
    assert read("Næste møde afholdes hos Lise den 4.3. kl. 19") == ("2025-03-04", "19:00", "hos Lise")
    # the body whose meeting it is, after "i", is no place
    assert read("Næste møde afholdes i Ældrerådet den 4. marts") == ("2025-03-04", None, None)


def test_next_meeting_told_by_when_it_is_or_next_time_we_meet():
    def read(text: str):
        return when_and_where(text, date(2025, 2, 4))

    assert read("Datoen for næste møde blev fastsat til den 4. marts 2025.") == ("2025-03-04", None, None)
    assert read("Tidspunkt for næste bestyrelsesmøde er tirsdag d. 4. marts kl. 19") == ("2025-03-04", "19:00", None)
    assert read("Næste gang vi mødes er den 4. marts") == ("2025-03-04", None, None)
    # what is sent before the next meeting tells no date of it
    assert read("Dagsorden for næste møde udsendes den 1. marts.") is None


@pytest.mark.parametrize("line, expected", [
    ("Next meeting: 12/12 at 19", ("2024-12-12", "19:00", None)),
    ("Next meeting 12/12 at 19:30", ("2024-12-12", "19:30", None)),
    ("Next meeting: December 12, 2024 at 7 pm", ("2024-12-12", "19:00", None)),
    ("Næste møde 12/12 kl. 19 hos Anna Holm", ("2024-12-12", "19:00", "hos Anna Holm")),
    ("Næste møde afholdes 12/12 kl. 19.", ("2024-12-12", "19:00", None)),
    ("Næste møde er 12/12.", ("2024-12-12", None, None)),
])
def test_next_meeting_in_english_and_a_day_and_month_in_digits_after_the_title_or_a_verb(line, expected):
    assert when_and_where(f"Eventuelt\nIntet.\n{line}\n", date(2024, 5, 3)) == expected


def test_at_is_no_time_word_in_danish():
    """'at' opens a clause in Danish ('… at 12 medlemmer …'): read as 'kl.' only after an English title."""
    assert when_and_where("Næste møde: 12. juni 2024, hvor vi håber at 12 medlemmer kommer.", date(2024, 5, 3))[1] is None


def test_a_next_meeting_not_fixed_gives_no_date():
    nm = next_meeting_of("Eventuelt\nIntet.\nNæste møde: Ikke fastsat\n", date(2024, 5, 3))
    assert (nm.date, nm.start_time, nm.text) == (None, None, "Næste møde: Ikke fastsat")


def test_an_english_next_meeting_keeps_its_text_as_printed():
    assert next_meeting_of("Eventuelt\nIntet.\nNext meeting: 12/12 at 19\n", date(2024, 5, 3)).text == "12/12 at 19"
