from datetime import date

import pytest

from referat_parser.dates import find_dates, find_times, first_date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("26. august 2019", date(2019, 8, 26)),
        ("Tid 26. august 2019, kl. 13.00-16.00", date(2019, 8, 26)),
        ("Mødet den 9. januar 2025, kl. 12.00 - 16.00", date(2025, 1, 9)),
        ("09.01.2025", date(2025, 1, 9)),
        ("Mødet den 09.01.2025", date(2025, 1, 9)),
        ("d. 27-08-2025", date(2025, 8, 27)),
        ("Onsdag d. 27. august 2025", date(2025, 8, 27)),
        ("onsdag den 1. oktober 2025 kl. 15.45", date(2025, 10, 1)),
        ("1. okt. 2025", date(2025, 10, 1)),
        ("den 3. dec 2024", date(2024, 12, 3)),
        ("torsdag den 4.september 2008 .", date(2008, 9, 4)),
        ("Mandag d. 7 februar 2022, kl. 10:15", date(2022, 2, 7)),
        ("Fælles møde med KDK 24.1.25", date(2025, 1, 24)),
        ("2025-01-09", date(2025, 1, 9)),
        ("091110 Referat af bestyrelsesmøde", date(2009, 11, 10)),
        ("20250311 Dagsorden", date(2025, 3, 11)),
        ("Mødedato: 3/2/2020", date(2020, 2, 3)),
        ("Referat af møde den 12/3 2024 kl. 10-12", date(2024, 3, 12)),
        ("Referat for Søvang Løbeklub generalforsamling d. 2021.05.13 kl 19:00", date(2021, 5, 13)),
        ("13/5-2021", date(2021, 5, 13)),
        ("14-06-2021 16:00", date(2021, 6, 14)),
        ("Tirsdag, May 9, 2023", date(2023, 5, 9)),
        ("Onsdag den 15-maj-2002", date(2002, 5, 15)),
        ("Dato: 3/5 24", date(2024, 5, 3)),
        ("tirsdag d. 3/5 24 kl. 19.00", date(2024, 5, 3)),
        ("Mødet blev holdt den 3/5 24.", date(2024, 5, 3)),
        ("Dato: 3. mai 2024", date(2024, 5, 3)),
        ("fredag den 6. desember 2024", date(2024, 12, 6)),
        ("Dato: 9. febuar 2024", date(2024, 2, 9)),
        ("Dato: 3. maj 24 kl. 19", date(2024, 5, 3)),
        ("torsdag den 3. maj 24", date(2024, 5, 3)),
    ],
)
def test_first_date(text, expected):
    assert first_date(text) == expected


@pytest.mark.parametrize("text", ["Budget 2020", "kl. 13.00", "11 pladser i brug", "32. januar 2020", "0,2 mia. kr. i 2024", "side 12/3 24", "3/5 24 deltagere", "de 3 mails", "3. maj 24 deltagere"])
def test_no_date(text):
    assert first_date(text) is None


def test_year_inferred_from_reference():
    assert first_date("Næste møde: Tirsdag 1. december.", date(2009, 11, 10)) == date(2009, 12, 1)
    assert first_date("Næste møde 12. januar", date(2009, 11, 10)) == date(2010, 1, 12)
    assert first_date("Tirsdag 1. december") is None


@pytest.mark.parametrize(
    "text, bare, expected",
    [
        ("kl. 13.00-16.00", False, ("13:00", "16:00")),
        ("kl. 12.00 - 16.00", False, ("12:00", "16:00")),
        ("Tidspunkt: Kl. 19:00", False, ("19:00", None)),
        ("onsdag den 1. oktober 2025 kl. 15.45", False, ("15:45", None)),
        ("Fredag kl. 9-13 den 16. maj 2025", False, ("09:00", "13:00")),
        ("kl. 8.30 til 10.00", False, ("08:30", "10:00")),
        ("16:00", True, ("16:00", None)),
        ("09.01.2025 16:00-18:30", True, ("16:00", "18:30")),
        ("09.01.2025", True, (None, None)),
        ("16:00", False, (None, None)),
    ],
)
def test_find_times(text, bare, expected):
    assert find_times(text, bare=bare) == expected


def test_slash_dash_dates():
    assert first_date("Dato: 12/3-2024 kl. 19.30") == date(2024, 3, 12)
    assert first_date("d. 5/11-24") == date(2024, 11, 5)


def test_more_time_forms():
    from referat_parser.dates import time_after_date

    assert find_times("TIRSDAG 9. FEBRUAR KLOKKEN 19.30") == ("19:30", None)
    assert find_times("kl 19") == ("19:00", None)
    assert find_times("kl. 2024") == (None, None)  # a year, not a time
    assert time_after_date("22-12-2020 13:00") == ("13:00", None)
    assert time_after_date("14-06-2021 16:00-18:00") == ("16:00", "18:00")
    assert time_after_date("3. maj 2021, punkt 4") == (None, None)


def test_a_month_name_in_an_old_spelling_or_capitals_is_read_not_a_crash():
    from datetime import date

    from referat_parser.dates import find_dates

    assert [m.value for m in find_dates("12. ſep 2024")] == [date(2024, 9, 12)]
    assert [m.value for m in find_dates("12. SEPTEMBER 2024")] == [date(2024, 9, 12)]


def test_an_approximate_end_time_and_a_span_after_the_date_introduced_by_fra():
    from referat_parser.dates import find_times, time_after_date

    assert find_times("Tirsdag den 4. marts 2025 kl. 19.00 – ca. 21.00") == ("19:00", "21:00")
    assert find_times("kl. 19 til ca. kl. 21.30") == ("19:00", "21:30")
    assert time_after_date("4. marts 2025 fra 19.00-21.30") == ("19:00", "21:30")
    assert time_after_date("4. marts 2025 fra Rådhuset") == (None, None)


def test_a_day_and_month_after_a_weekday_is_a_date_without_its_year():
    from referat_parser.dates import find_dates

    assert [(m.day, m.month) for m in find_dates("Næste møde er mandag 7/4 kl. 19")] == [(7, 4)]
    assert find_dates("Vi mødes 7/4 og 8/4") == []  # without a lead word or weekday: no date


def test_a_month_name_with_a_two_digit_year_after_an_apostrophe():
    assert [d.value for d in find_dates("Bestyrelsesmøde 3. maj '24 kl. 19")] == [date(2024, 5, 3)]
    assert [d.value for d in find_dates("d. 14. nov. ’23")] == [date(2023, 11, 14)]


@pytest.mark.parametrize("text, expected", [
    ("Tid: 19-21.30", ("19:00", "21:30")),
    ("Tid: 16.30-18", ("16:30", "18:00")),
    ("Tid: 17-19", ("17:00", "19:00")),
    ("Tidspunkt: 19:00 til 21:30", ("19:00", "21:30")),
])
def test_a_labelled_span_whose_times_need_not_both_give_minutes(text, expected):
    assert find_times(text, bare=True) == expected


def test_day_dot_month_dash_year_is_a_date_but_not_after_a_time_word():
    assert [m.value for m in find_dates("Referat bestyrelsesmøde den 26.2-23")] == [date(2023, 2, 26)]
    assert [m.value for m in find_dates("Referat 14.03-2024")] == [date(2024, 3, 14)]
    assert find_dates("Mødet varede kl. 10.05-12") == []  # a time span
    assert find_dates("klokken 9.10-11") == []
