import pytest

from referat_parser.extract.titles import (
    split_access,
    split_access_prefix,
    split_case_number_head,
    split_case_number_tail,
    split_run_on,
    split_short_run_on,
    without_page_leader,
)


@pytest.mark.parametrize(
    "printed, title, access",
    [
        ("Lukket: Køb af ejendom", "Køb af ejendom", "closed"),
        ("Lukket punkt: Køb af ejendom", "Køb af ejendom", "closed"),
        ("Åben sag - Budget 2025", "Budget 2025", "open"),
        ("(Lukket) Personalesag", "Personalesag", "closed"),
        ("Lukning af skolen", "Lukning af skolen", None),
        ("Åbent hus i hallen", "Åbent hus i hallen", None),
    ],
)
def test_access_prefix_leaves_the_title(printed, title, access):
    assert split_access_prefix(printed) == (title, access)


@pytest.mark.parametrize(
    "printed, title, access",
    [
        ("Salg af grund på Industrivej (lukket punkt)", "Salg af grund på Industrivej", "closed"),
        ("Godkendelse af dagsorden (Åben)", "Godkendelse af dagsorden", "open"),
        ("Budget 2025 - åbent punkt", "Budget 2025", "open"),
        ("Personalesag [Lukket]", "Personalesag", "closed"),
        ("Fortroligt punkt: Personalesag", "Personalesag", "closed"),
        ("Køb af grund - ikke offentligt", "Køb af grund", "closed"),
        ("Lukket: Køb af ejendom", "Køb af ejendom", "closed"),
        ("Skolen er lukket", "Skolen er lukket", None),
        ("Forslag om åben skole", "Forslag om åben skole", None),
        ("(Lukket)", "(Lukket)", None),
    ],
)
def test_access_before_or_after_the_title_leaves_the_title(printed, title, access):
    assert split_access(printed) == (title, access)


@pytest.mark.parametrize(
    "printed, title, rest",
    [
        ("Valg af revisorer. På valg er Anna Berg og Bo Kirk.", "Valg af revisorer", "På valg er Anna Berg og Bo Kirk."),
        ("Bordet rundt: Hvem er vi, og hvad vil vi?", "Bordet rundt", "Hvem er vi, og hvad vil vi?"),
        ("Lokalplan nr. 35 for Havnen. Endelig vedtagelse", "Lokalplan nr. 35 for Havnen. Endelig vedtagelse", ""),
        ("Budgetopfølgning pr. 31. marts 2025", "Budgetopfølgning pr. 31. marts 2025", ""),
        ("Lokalplan 12: Erhvervsområde ved Nordvej", "Lokalplan 12: Erhvervsområde ved Nordvej", ""),
        ("Eventuelt.", "Eventuelt.", ""),
        ("Godkendelse af dagsorden. Beslutning: Godkendt.", "Godkendelse af dagsorden", "Beslutning: Godkendt."),
        ("Vejbelysning – Indstilling: Forvaltningen indstiller", "Vejbelysning", "Indstilling: Forvaltningen indstiller"),
        ("Orientering: Status på byggeriet", "Orientering: Status på byggeriet", ""),  # the label is the whole title
        ("Godkendelse af referat – Beslutning:", "Godkendelse af referat", "Beslutning:"),  # its text wrapped to the next line
    ],
)
def test_a_sentence_run_on_after_the_title_is_text(printed, title, rest):
    assert split_run_on(printed) == (title, rest)


@pytest.mark.parametrize(
    "heading, title, tail",
    [
        ("Tilskud til foreninger 2025 Sagsnr.: 25/0877", "Tilskud til foreninger 2025", "Sagsnr.: 25/0877"),
        ("Budget 2006 J.nr. 00.30.00-S00-2-05", "Budget 2006", "J.nr. 00.30.00-S00-2-05"),
        ("Orientering fra Sag nr. 12", "Orientering fra Sag nr. 12", ""),  # an item label, no case number
        ("Sagsnr.: 25/0877", "Sagsnr.: 25/0877", ""),  # nothing before it: no title to cut
    ],
)
def test_a_case_number_at_the_end_of_a_heading_is_cut_from_the_title(heading, title, tail):
    assert split_case_number_tail(heading) == (title, tail)


@pytest.mark.parametrize(
    "heading, title, head",
    [
        ("25/1234 Spildevandsplan 2025", "Spildevandsplan 2025", "25/1234"),
        ("2024-079097 - Ny skole i Nordby", "Ny skole i Nordby", "2024-079097"),
        ("2025 Budget", "2025 Budget", ""),  # a year, no case number
        ("25/1234", "25/1234", ""),  # nothing after it: no title to give
    ],
)
def test_a_case_number_before_the_title_is_split_off(heading, title, head):
    assert split_case_number_head(heading) == (title, head)


@pytest.mark.parametrize(
    "printed, title",
    [
        ("Godkendelse af referat ............ 1", "Godkendelse af referat"),
        ("Budget 2026 . . . . . 12", "Budget 2026"),
        ("Regnskab…………", "Regnskab"),
        ("Budget 2026", "Budget 2026"),
        ("Kontingent 2025", "Kontingent 2025"),  # a year ends the title, no leader leads to it
        ("...", "..."),
    ],
)
def test_leader_dots_and_their_page_leave_the_title(printed, title):
    assert without_page_leader(printed) == title


@pytest.mark.parametrize(
    "printed, title, rest",
    [
        ("Valg af dirigent – Jens Ulrik blev valgt.", "Valg af dirigent", "Jens Ulrik blev valgt."),
        ("Lokalplan 12 – Erhvervsområde ved Nordvej", "Lokalplan 12 – Erhvervsområde ved Nordvej", ""),
        ("Temamøde - Diger (B)", "Temamøde - Diger (B)", ""),
    ],
)
def test_a_sentence_after_a_dash_runs_on(printed, title, rest):
    assert split_run_on(printed) == (title, rest)


def test_a_short_outcome_runs_on_only_where_asked():
    assert split_run_on("Eventuelt: Intet.") == ("Eventuelt: Intet.", "")
    assert split_short_run_on("Eventuelt: Intet.") == ("Eventuelt", "Intet.")
    assert split_short_run_on("Eventuelt – Intet.") == ("Eventuelt", "Intet.")
    assert split_short_run_on("Budget: Status") == ("Budget: Status", "")  # no full stop: a title
