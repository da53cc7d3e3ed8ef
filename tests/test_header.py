import pytest
from conftest import cleaned

from referat_parser.extract.header import (
    body_from_title,
    definite_body,
    document_type,
    lines_to_meeting,
)


def meeting(text: str):
    return lines_to_meeting(cleaned(text), text)


def test_labelled_header_with_colons():
    m = meeting("Økonomiudvalget\nReferat\n\nDato: 12. marts 2024\nTidspunkt: 16:00 - 18:30\nMødested: Rådhuset, mødelokale 1\n")
    assert (m.body, m.document_type, m.date) == ("Økonomiudvalget", "referat", "2024-03-12")
    assert (m.start_time, m.end_time, m.location) == ("16:00", "18:30", "Rådhuset, mødelokale 1")


def test_labels_without_colon_and_table_rows():
    m = meeting("Referat\n\nMøde Børne- og Skoleudvalget\n\nTid 3. februar 2020, kl. 8.30-10.00\n\nSted\tByrådssalen, Torvet 1, 7400 Herning\n")
    assert m.body == "Børne- og Skoleudvalget"
    assert (m.date, m.start_time, m.end_time) == ("2020-02-03", "08:30", "10:00")
    assert m.location == "Byrådssalen, Torvet 1, 7400 Herning"


def test_title_block_body_under_document_type():
    m = meeting("Referat\n\nSocialudvalget\n\nMødet den 9. januar 2025, kl. 12.00 - 16.00\n\nRådhuset, Torvet 2, 8000 Aarhus, lokale 3")
    assert (m.body, m.date, m.start_time, m.end_time) == ("Socialudvalget", "2025-01-09", "12:00", "16:00")
    assert m.location == "Rådhuset, Torvet 2, 8000 Aarhus, lokale 3"


@pytest.mark.parametrize(
    "line, place",
    [
        ("Mødelokale A, Rådhuset, Skovvej 2", "Mødelokale A, Rådhuset, Skovvej 2"),
        ("Lokale 114 på Rådhuset", "Lokale 114 på Rådhuset"),
        ("Mødested Rådhuset, lokale 3", "Rådhuset, lokale 3"),
        ("Mødested: Lokale 2", "Lokale 2"),
    ],
)
def test_a_room_named_by_its_label_word_is_the_whole_place(line, place):
    m = meeting(f"Referat\nMiljøudvalget\n{line}\nMandag den 7. april 2014 kl. 16:00\n")
    assert m.location == place


@pytest.mark.parametrize(
    "title, body",
    [
        ("Byrådet - Referat", "Byrådet"),
        ("Referat – Teknik- og Miljøudvalget", "Teknik- og Miljøudvalget"),
        ("Referat fra møde i Ældrerådet den 3. marts 2023", "Ældrerådet"),
        ("Referat af ordinær generalforsamling i Vandværket Nord, lørdag den 4. maj 2024", "Vandværket Nord"),
        ("Referat fra menighedsrådsmødet 27. marts 2019", "Menighedsrådet"),
        ("Referat af bestyrelsesmøde", "Bestyrelsen"),
        ("Referat af styregruppemøde 2. maj", "Styregruppen"),
        ("Referat af udvalgsmødet", "Udvalget"),
        ("Referat af fællesmøde", None),
        ("Godkendelse af regnskab", None),
        ("REFERAT Vestby Byråd d. 14-03-2024", "Vestby Byråd"),
        ("Referat for Søvang Løbeklub generalforsamling d. 3. maj 2022", "Søvang Løbeklub"),
        ("Referat for Søvang Løbeklub ekstraordinære generalforsamling d. 2021.05.13 kl 19:00", "Søvang Løbeklub"),
        ("Nordby Kommune. Kommunalbestyrelsen. Referat", "Kommunalbestyrelsen"),
        ("Anne Holm, formand", None),
        ("TIRSDAG 9. FEBRUAR KLOKKEN 18.00", None),
    ],
)
def test_body_from_title(title, body):
    assert body_from_title(title) == body


def test_definite_forms():
    assert definite_body("bestyrelse") == "Bestyrelsen"
    assert definite_body("byråd") == "Byrådet"


@pytest.mark.parametrize(
    "lines, expected",
    [
        (["Referat"], "referat"),
        (["DAGSORDEN", "Kultur- og Fritidsudvalget"], "dagsorden"),
        (["Dagsorden og referat"], "referat"),  # minutes that print the agenda with them
        (["Dagsorden", "Byrådet"], "dagsorden"),
        (["Beslutningsprotokol", "Byrådet"], "referat"),
        (["Find dagsorden eller referat ved at sortere på udvalg i listen herunder", "Referat"], "referat"),
        (["Generalforsamling 2013"], None),
        (["Referat 3. marts 2024", "Dagsorden"], "referat"),  # the minutes' title over their agenda's heading
        (["Referat af bestyrelsesmøde", "", "DAGSORDEN"], "referat"),
        (["Dagsorden", "Referat fra sidste møde godkendes"], "dagsorden"),  # below the heading: an item, no title
    ],
)
def test_document_type(lines, expected):
    assert document_type(lines, "\n".join(lines)) == expected


def test_document_type_from_evidence_when_no_title_word():
    assert document_type(["Generalforsamling: 27. februar 2013"], "... Referent: Bo Jensen") == "referat"


def test_place_after_date_on_title_line():
    m = meeting("Generalforsamling: 27. februar 2013 på Skovhuset.\n\n1) Valg af dirigent")
    assert (m.date, m.location) == ("2013-02-27", "Skovhuset")


def test_next_meeting_line_is_not_the_meeting_date():
    m = meeting("Næste møde: 5. juni 2024\nBestyrelsesmøde 2. maj 2024 kl. 19")
    assert m.date == "2024-05-02" and m.start_time == "19:00"


def test_compact_date_in_title_and_glued_web_labels():
    assert meeting("091110 Referat af bestyrelsesmøde").date == "2009-11-10"
    m = meeting("Referat\n\nMandag d. 7 februar 2022, kl. 10:15\nMødestedRådssalen\nUdvalgÆldreråd\n")
    assert (m.body, m.location, m.start_time) == ("Ældreråd", "Rådssalen", "10:15")


@pytest.mark.parametrize(
    "title, body",
    [
        ("Referat fra Økonomiudvalget", "Økonomiudvalget"),
        ("Referat for Kultur- og Fritidsudvalget", "Kultur- og Fritidsudvalget"),
        ("Referat fra Økonomiudvalgets møde den 3. marts 2024", "Økonomiudvalget"),
        ("Referat af Ordinær generalforsamling", None),
    ],
)
def test_body_after_type_word(title, body):
    assert body_from_title(title) == body


@pytest.mark.parametrize("label", ["Sted", "Mødested", "Lokale", "Mødelokale", "Adresse"])
def test_location_labels(label):
    assert meeting(f"Referat\nDato: 3. maj 2024\n{label}: Rådhuset, Torvet 1\n").location == "Rådhuset, Torvet 1"


def test_end_time_from_the_closing_sentence():
    text = "Referat af bestyrelsesmøde 3. maj 2024 kl. 19.00\n\n1. Godkendelse\n\nOK.\n\nMødet sluttede kl. 21.30."
    m = lines_to_meeting(cleaned(text)[:1], text)
    assert (m.start_time, m.end_time) == ("19:00", "21:30")


def test_closing_sentence_with_any_time_word():
    """The closing sentence knows every word of TIME_WORDS, as the other time patterns do."""
    text = "Referat af bestyrelsesmøde 3. maj 2024 kl. 19.00\n\n1. Godkendelse\n\nOK.\n\nMødet blev hævet ca. klokken 21.30."
    assert lines_to_meeting(cleaned(text)[:1], text).end_time == "21:30"


@pytest.mark.parametrize("closing", ["Mødet slut: 21.30", "Mødet var slut kl. 21.30."])
def test_closing_sentence_with_a_colon_or_was_over(closing):
    text = f"Referat af bestyrelsesmøde 3. maj 2024 kl. 19.00\n\n1. Godkendelse\n\nOK.\n\n{closing}"
    assert lines_to_meeting(cleaned(text)[:1], text).end_time == "21:30"


def test_compound_meeting_title_and_place_line():
    m = meeting("Bestyrelsesmøde i Grundejerforeningen Søholm\nDato: 12/3-2024 kl. 19.30\n")
    assert (m.body, m.date, m.start_time) == ("Grundejerforeningen Søholm", "2024-03-12", "19:30")
    m = meeting("REFERAT\nfra mødet i Kultur- og Fritidsudvalget\ntirsdag den 5. marts 2024 kl. 16.30 – 18.00\npå Rådhuset, mødelokale 3\n")
    assert (m.body, m.end_time, m.location) == ("Kultur- og Fritidsudvalget", "18:00", "Rådhuset, mødelokale 3")


def test_body_on_the_line_before_a_long_title_line_and_place_after_hos():
    m = meeting("Handicaprådet\n\nReferat af møde torsdag den 14. marts 2024\n\nTid: Kl. 14.00 - 16.00\n")
    assert (m.body, m.date, m.start_time) == ("Handicaprådet", "2024-03-14", "14:00")
    m = meeting("Referat fra bestyrelsesmøde\ntirsdag den 5. marts 2024 kl. 19.00-21.30 hos Jens Holm, Skovvej 12, Ry\n")
    assert (m.location, m.end_time) == ("hos Jens Holm, Skovvej 12, Ry", "21:30")


def test_start_and_end_time_labels():
    m = meeting("Ældrerådet\nReferat\nMødedato: 12.03.2024\nStarttidspunkt: 15:00\nSluttidspunkt: 17.00\n")
    assert (m.body, m.date, m.start_time, m.end_time) == ("Ældrerådet", "2024-03-12", "15:00", "17:00")


@pytest.mark.parametrize("title", ["Dagsorden og referat", "Dagsorden med beslutninger", "Åben dagsorden med referat"])
def test_agenda_titles_that_carry_the_minutes(title):
    assert document_type([title], title) == "referat"


def test_body_from_a_meeting_compound_opening_a_short_line():
    m = meeting("Dagsorden\nBestyrelsesmøde 3. april 2024 kl. 19\n")
    assert (m.body, m.date, m.start_time) == ("Bestyrelsen", "2024-04-03", "19:00")


def test_labels_alone_on_their_line_with_the_value_below():
    m = meeting("Referat\nSted\nRådhuset\nDato\n12.03.2024\nTid\n16.00-18.00\nMøde\nMiljøudvalget\n")
    assert (m.body, m.date, m.start_time, m.end_time, m.location) == ("Miljøudvalget", "2024-03-12", "16:00", "18:00", "Rådhuset")


def read(text: str):
    from referat_parser.extract.header import read_meeting

    m, warnings = read_meeting(cleaned(text), text)
    return m, [(w.code, w.field) for w in warnings]


def test_body_on_the_first_line_before_its_date_and_never_a_web_banner():
    m, _ = read("Skip til hovedindholdet\nMiljøudvalget onsdag den 3. maj 2023 kl. 15.00\nReferat")
    assert (m.body, m.date, m.start_time) == ("Miljøudvalget", "2023-05-03", "15:00")
    m, _ = read("Gå til indhold\nDagsorden\n\nTorsdag 10. nov 2016 kl. 10:30\n\nSeniorrådet\n\nTorvegade 6 - Festsalen\n\nReferat")
    assert (m.body, m.document_type, m.location) == ("Seniorrådet", "referat", "Torvegade 6 - Festsalen")


def test_a_title_in_capitals_wrapped_over_two_lines_and_klokken():
    m, warnings = read("GENERALFORSAMLING I NORDSKOV\nROKLUB\n\nTIRSDAG 9. FEBRUAR 2010 KLOKKEN 18.00\n\nREFERAT")
    assert (m.body, m.date, m.start_time) == ("NORDSKOV ROKLUB", "2010-02-09", "18:00")
    assert ("value-inferred", "meeting.body") in warnings


def test_location_without_a_label():
    assert read("Referat af møde den 3. maj 2022 i Mødesal B, Rådhuset kl. 9.30")[0].location == "Mødesal B, Rådhuset"
    assert read("Referat af bestyrelsesmøde\nTirsdag den 3. maj 2023 kl. 19\nI Birkeskolens aula, Skolevej 4.")[0].location == (
        "Birkeskolens aula, Skolevej 4"
    )
    assert read("Referat\n\nMiljøudvalget\n\nMødet holdes onsdag den 3. maj 2023 kl. 18 på Kirkevej 9")[0].location == "Kirkevej 9"


def test_the_meeting_date_not_the_date_written_sent_or_updated():
    assert read("Viborg, den 15. november 2007\nReferat af mødet i Regionsrådet 14. november 2007 kl. 14:00")[0].date == "2007-11-14"
    assert read("Sendt 28. oktober 2023\nReferat\nBestyrelsesmøde 2. november 2023")[0].date == "2023-11-02"
    assert read("Sidst opdateret 5. maj 2024\nReferat fra møde i Miljøudvalget den 3. maj 2024")[0].date == "2024-05-03"


def test_a_year_taken_from_elsewhere_is_a_warning():
    m, warnings = read("GENERALFORSAMLING 2010\nTIRSDAG 9. FEBRUAR KLOKKEN 18.00\nREFERAT")
    assert (m.body, m.date) == (None, "2010-02-09")
    assert warnings == [("value-inferred", "meeting.date")]


def test_a_labelled_day_and_month_takes_the_year_from_elsewhere_and_says_so():
    m, warnings = read("Referat af bestyrelsesmøde 2024\nDato: 3/5\nSted: Klubhuset")
    assert (m.date, m.location) == ("2024-05-03", "Klubhuset")
    assert ("value-inferred", "meeting.date") in warnings


def test_a_date_without_a_year_anywhere_gives_no_date_and_says_so():
    m, warnings = read("Grundejerforeningen Lyngtoften\nBestyrelsesmøde\nMandag d. 3. maj kl. 19")
    assert (m.date, m.start_time) == (None, "19:00")
    assert ("date-without-year", "meeting.date") in warnings


def test_a_time_right_after_the_date():
    m, _ = read("Regionsrådet\n22-12-2020 13:00\n")
    assert (m.body, m.date, m.start_time) == ("Regionsrådet", "2020-12-22", "13:00")


def test_a_body_decoded_with_a_dos_code_page_is_repaired_before_the_header_is_read():
    from referat_parser import parse_bytes

    m = parse_bytes("Regionsr├ądet\n22-12-2020 13:00\n\n1. Godkendelse\nGodkendt.\n".encode(), "web.txt").meeting
    assert (m.body, m.date, m.start_time) == ("Regionsrådet", "2020-12-22", "13:00")


def test_dagsorden_over_items_with_decisions_is_minutes():
    from referat_parser.extract.header import type_from_content
    from referat_parser.models import Item, Meeting

    meeting = Meeting(document_type="dagsorden")
    warnings = type_from_content(meeting, [Item(number="1", title="Budget", decision="Godkendt.")])
    assert meeting.document_type == "referat"
    assert [(w.code, w.field) for w in warnings] == [("value-inferred", "meeting.document_type")]
    assert document_type(["Dagsorden var:", "Referat:"], "Referat: 1. Godkendt.") == "referat"


@pytest.mark.parametrize("sentence, times", [
    ("Mødet startede kl. 15.30 og sluttede kl. 17.10.", ("15:30", "17:10")),
    ("Mødet begyndte kl. 9 og blev hævet kl. 11.45", ("09:00", "11:45")),
    ("Mødet startede kl. 16.00.", ("16:00", None)),
])
def test_start_and_end_told_in_one_closing_sentence(sentence, times):
    text = f"Referat\nMiljøudvalget\nMødedato: 3. maj 2024\n\n1. Godkendelse\n\nOK.\n\n{sentence}"
    m = lines_to_meeting(cleaned(text)[:3], text)
    assert (m.start_time, m.end_time) == times


@pytest.mark.parametrize("lines", [
    "Mødet startede: 17:00\nMødet sluttede: 19:25", "Mødestart: 17.00\nMødeafslutning: 19.25", "Mødet start: 17.00\nMødet slut: 19.25",
])
def test_start_and_end_labelled_with_the_meetings_verbs(lines):
    text = f"Referat\nByrådet\nMødedato: 26.02.2025\n{lines}\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt."
    m = lines_to_meeting(cleaned(text)[:5], text)
    assert (m.start_time, m.end_time) == ("17:00", "19:25")


@pytest.mark.parametrize("title, body", [
    ("Økonomiudvalgets møde 3. marts 2025 - Referat", "Økonomiudvalget"),
    ("Kommunalbestyrelsens møde den 3. marts 2025", "Kommunalbestyrelsen"),
    ("Teknik- og Miljøudvalgets møde den 3. marts 2025", "Teknik- og Miljøudvalget"),
    ("Formandens møde med borgmesteren 3. marts 2025", None),  # a person's meeting names no body
])
def test_body_in_the_genitive_before_its_meeting(title, body):
    assert body_from_title(title) == body


def test_the_body_named_above_the_title_wins_over_a_place_line_under_it():
    m = meeting("Lokalrådet for Nørreby og Omegn\n\nReferat af møde den 12.11.2024, kl. 19.00-21.00\nNørreby Forsamlingshus, Hovedgaden 33\n")
    assert (m.body, m.date, m.location) == ("Lokalrådet for Nørreby og Omegn", "2024-11-12", "Nørreby Forsamlingshus, Hovedgaden 33")
    m = meeting("Byrådet i Vestmark Kommune\nREFERAT\nOrdinært møde\nMødedato: Torsdag den 20. marts 2025\n")
    assert (m.body, m.organization) == ("Byrådet", "Vestmark Kommune")


def test_an_end_time_label_after_a_date_label_that_gives_the_start_only():
    m = meeting("Skoleudvalget\nReferat\nMødetidspunkt: 02.04.2025 kl. 15:00\nSluttidspunkt: 17:30\n")
    assert (m.date, m.start_time, m.end_time) == ("2025-04-02", "15:00", "17:30")


@pytest.mark.parametrize(("line", "place"), [
    ("Sted: Hos Jonas Friis, Lærkevej 12, 2. th.", "Hos Jonas Friis, Lærkevej 12, 2. th"),
    ("Mødested: hos formanden", "hos formanden"),
    ("Sted: på Rådhuset, mødelokale 3.", "Rådhuset, mødelokale 3"),
])
def test_a_host_is_part_of_a_labelled_place(line, place):
    assert meeting(f"Referat af bestyrelsesmøde\nDato: 4. marts 2025\n{line}\n").location == place


@pytest.mark.parametrize(("line", "place"), [
    ("Afholdt i fælleshuset, Solgårdsvej 14, 4700 Næstved", "fælleshuset, Solgårdsvej 14, 4700 Næstved"),
    ("Hos Anne Berg, Kirkevej 7, Lindegård", "Hos Anne Berg, Kirkevej 7, Lindegård"),
])
def test_a_place_line_under_the_date_line(line, place):
    assert meeting(f"Referat af menighedsrådsmøde\nOnsdag d. 4/3 2025 kl. 19.00-21.30\n{line}\n").location == place


def test_a_labelled_time_of_whole_hours():
    m = meeting("Bestyrelsen for Ungdomsskolen\nReferat\nDato: 4. marts 2025\nTid: 17-19\n")
    assert (m.start_time, m.end_time) == ("17:00", "19:00")


def test_the_body_named_in_full_over_a_title_made_of_its_meeting_word():
    m = meeting("Kirkeby Sogns Menighedsråd\n\nReferat af menighedsrådsmøde onsdag den 9. april 2025 kl. 19.00 i Sognegården\n")
    assert (m.body, m.location) == ("Kirkeby Sogns Menighedsråd", "Sognegården")


def test_a_body_made_from_the_titles_compound_is_named_in_full_by_the_running_header():
    text = "Referat af bestyrelsesmøde mandag den 13. januar 2025\n"
    assert lines_to_meeting(cleaned(text), text).body == "Bestyrelsen"
    running = ["Vestbjerg Idrætsforening – Hovedbestyrelsen"]
    assert lines_to_meeting(cleaned(text), text, running).body == "Vestbjerg Idrætsforening – Hovedbestyrelsen"


def test_the_association_named_under_a_title_made_of_its_meeting_word():
    m = meeting("REFERAT AF BESTYRELSESMØDE\nBoligforeningen Enghave, afdeling 7\n\nDato: 27.01.2025\n")
    assert m.body == "Boligforeningen Enghave, afdeling 7"


@pytest.mark.parametrize("title, body", [
    ("Referat af bestyrelsesmøde i Nordlys Energi A/S", "Nordlys Energi A/S"),  # a company name with its legal form
    ("Referat af møde i Menighedsrådet ved Sankt Jakobs Kirke", "Menighedsrådet ved Sankt Jakobs Kirke"),  # a body named with 'ved'
])
def test_a_body_cut_from_a_title_keeps_its_legal_form_and_ved(title, body):
    assert body_from_title(title) == body


def test_a_place_at_someones_home_keeps_hos():
    m = meeting("Vestkystens Sejlklub\nReferat fra bestyrelsesmøde den 10/3-2025 kl. 19.00 hos Henning\n")
    assert (m.date, m.start_time, m.location) == ("2025-03-10", "19:00", "hos Henning")


def test_a_time_after_the_place_on_its_line_is_no_part_of_it():
    m = meeting("Referat fra Seniorrådets møde den 18. februar 2025\n\nMødet blev holdt på Plejecenter Solbakken, Solbakkevej 2, kl. 13.00-15.30.\n")
    assert (m.body, m.location, m.start_time, m.end_time) == ("Seniorrådet", "Plejecenter Solbakken, Solbakkevej 2", "13:00", "15:30")


def test_a_meeting_compound_under_the_title_is_no_body_of_its_own():
    m = meeting("Referat\nMenighedsrådsmøde\nTirsdag d. 18.03.2025 kl. 19.00\nSted: Konfirmandstuen\n")
    assert (m.body, m.date, m.location) == ("Menighedsrådet", "2025-03-18", "Konfirmandstuen")


def test_an_association_whose_name_ends_in_a_place_word():
    m = meeting("Referat af bestyrelsesmøde\nAndelsboligforeningen Lindehuset\n\nTid og sted: Torsdag den 6. marts 2025 kl. 19.00\n")
    assert m.body == "Andelsboligforeningen Lindehuset"


def test_a_dashed_title_part_naming_the_meeting_of_a_body():
    assert body_from_title("Referat – Bestyrelsesmøde i Idrætsforeningen Fremad") == "Idrætsforeningen Fremad"
    assert body_from_title("Referat – Socialudvalget – 9. januar 2025") == "Socialudvalget"


@pytest.mark.parametrize("text, body", [
    # the organisation's own name over a title that names only the kind of meeting: the organisation whose board met
    ("Vandværket Sønderby A.m.b.a.\nReferat af bestyrelsesmøde\nDato: 3. maj 2023", "Vandværket Sønderby A.m.b.a."),
    ("Vestby Boligselskab A/S\nReferat af bestyrelsesmøde\nDato: 3. maj 2023", "Vestby Boligselskab A/S"),
    # the body under a label of its own
    ("Forening: Grundejerforeningen Bakkedraget\nReferat af bestyrelsesmøde", "Grundejerforeningen Bakkedraget"),
    ("Referat\nOrganisation: Nordby Vandværk\nDato: 3. maj 2023", "Nordby Vandværk"),
    # a housing association's department: the numbered department and its name
    ("Afdelingsmøde i afdeling 12, Solbakken\nReferat\nDato: 14. marts 2024 kl. 19.00", "afdeling 12, Solbakken"),
    ("Referat af afdelingsmøde i afdeling 12, Solbakken\nDato: 14. marts 2024", "afdeling 12, Solbakken"),
    # the municipality after a comma is whose body it is, not part of its name
    ("Ældrerådet, Vestby Kommune\nReferat\nDato: 3. maj 2023", "Ældrerådet"),
    # a line that gives only the time names no body
    ("Referat\nDato: 3. maj 2023\nFra kl. 17.00 til kl. 19.00", None),
])
def test_body_in_further_header_shapes(text, body):
    assert meeting(text).body == body


@pytest.mark.parametrize("text, times", [
    ("Referat\nMødedato: 03.05.2023\nTidspunkt: 16:00 - 18:30", ("16:00", "18:30")),
    ("Referat\nDato: 3. maj 2023\nFra kl. 17.00 til kl. 19.00", ("17:00", "19:00")),
    ("Referat\nDato: 3. maj 2023\nStart: 16.00 Slut: 17.45", ("16:00", "17:45")),
])
def test_times_in_further_header_shapes(text, times):
    m = meeting(text)
    assert (m.date, m.start_time, m.end_time) == ("2023-05-03", *times)


@pytest.mark.parametrize("title, body", [
    ("Referat af møde i Skolebestyrelsen på Nordby Skole", "Skolebestyrelsen på Nordby Skole"),
    ("Referat af møde i Skolebestyrelsen på Nordby Skole den 3. maj 2023 kl. 17", "Skolebestyrelsen på Nordby Skole"),
    ("Referat af møde i Byrådet på Rådhuset", "Byrådet"),  # where it met, not whose body it is
    ("Referat af bestyrelsesmødet i Boligforeningen Lyngbo afd. 3", "Boligforeningen Lyngbo afd. 3"),
])
def test_body_with_its_institution_or_unit_after_its_name(title, body):
    assert body_from_title(title) == body


@pytest.mark.parametrize("sentence, end", [
    ("Mødet sluttede 21.10.", "21:10"),
    ("Mødet sluttede ca. 21.30", "21:30"),
    ("Mødet hævet 21.45", "21:45"),
    ("Formanden afsluttede mødet kl. 21.20", "21:20"),
    ("Formanden lukkede mødet kl. 21.20.", "21:20"),
    ("Mødet slutter kl. 16", "16:00"),
    ("Mødet sluttede 3 timer senere.", None),  # no time of day
])
def test_closing_sentences_without_kl_or_with_the_chair_as_subject(sentence, end):
    from referat_parser.extract.header import closing_time

    assert closing_time(f"Referat\n1. Eventuelt\nIntet.\n{sentence}") == end


@pytest.mark.parametrize("text, body", [
    ("Generalforsamling 2024\nNordby Idrætsforening\nDato: 3. marts 2024", "Nordby Idrætsforening"),
    ("A/B Lærkehøj\nReferat af bestyrelsesmøde 3. maj 2023", "A/B Lærkehøj"),  # an andelsboligforening's legal form first
    ("E/F Hjørnegården – referat af bestyrelsesmøde", "E/F Hjørnegården"),
    ("Referat af bestyrelsesmøde i Ejerforeningen Strandvejen 12", "Ejerforeningen Strandvejen 12"),
    ("Referat af Handicaprådets møde 4. april 2024", "Handicaprådet"),
])
def test_association_names_in_further_title_shapes(text, body):
    assert meeting(text).body == body


def test_a_year_on_a_line_of_its_own_is_no_postcode_of_a_place():
    m = meeting("Bestyrelsesmøde 4. maj\nReferat 2023")
    assert (m.date, m.location) == ("2023-05-04", None)
    assert meeting("Referat\nDato: 4. maj 2023 kl. 19\nSkolevej 4, 8600 Silkeborg").location == "Skolevej 4, 8600 Silkeborg"


@pytest.mark.parametrize("text, body", [
    ("Vestby Kommune - Økonomiudvalget\nReferat fra mødet den 3. maj 2023", "Økonomiudvalget"),
    ("Referat\nØkonomiudvalget - Vestby Kommune\n3. maj 2023", "Økonomiudvalget"),
    ("Referat\nÆldrerådet i Vestby Kommune", "Ældrerådet"),  # the municipality after "i" is the owner as well
    ("Referat\nRegionsrådet i Region Syddanmark", "Regionsrådet"),
    ("Referat\nUdvalget for Teknik og Miljø", "Udvalget for Teknik og Miljø"),  # no owner after "for"
    ("Referat\nBoligforeningen Enghave, afdeling 7", "Boligforeningen Enghave, afdeling 7"),
])
def test_the_municipality_or_region_around_the_body_is_not_part_of_its_name(text, body):
    assert meeting(text).body == body


@pytest.mark.parametrize("title", ["Mødeprotokol", "Forhandlingsprotokol for menighedsrådet"])
def test_protocols_are_minutes(title):
    assert document_type([title], title) == "referat"


@pytest.mark.parametrize("fields, date_, start, end, place", [
    ("Hvornår: Tirsdag den 4. juni 2024 kl. 19.00-21.00\nHvor: Fælleshuset, Mosevej 2", "2024-06-04", "19:00", "21:00", "Fælleshuset, Mosevej 2"),
    ("Dato/tid: 4.6.2024 kl. 19-21\nSted/lokale: Klubhuset", "2024-06-04", "19:00", "21:00", "Klubhuset"),
    ("Mødedato og -tidspunkt: 4. juni 2024, kl. 19.00\nMødested og lokale: Klubhuset, 1. sal", "2024-06-04", "19:00", None, "Klubhuset, 1. sal"),
    ("Dato: 4. juni 2024\nKl.: 19.00 - 21.00\nLokale: Klubhuset", "2024-06-04", "19:00", "21:00", "Klubhuset"),
    ("Dato: 4. juni 2024\nKlokken: 19.30\nPlacering: Klubhuset", "2024-06-04", "19:30", None, "Klubhuset"),
    ("Tid og sted: Tirsdag den 4. juni 2024 kl. 19.00, Fælleshuset, Mosevej 2", "2024-06-04", "19:00", None, "Fælleshuset, Mosevej 2"),
    ("Dato og sted: 4. juni 2024, Klubhuset\nTid: 19.00-21.00", "2024-06-04", "19:00", "21:00", "Klubhuset"),
])
def test_header_label_spellings_and_joined_labels(fields, date_, start, end, place):
    m = meeting(f"Referat af bestyrelsesmøde\n\n{fields}\n")
    assert (m.date, m.start_time, m.end_time, m.location) == (date_, start, end, place)


def test_a_question_word_opening_a_sentence_is_no_label():
    m = meeting("Referat af bestyrelsesmøde\nHvor intet andet er nævnt, er punkterne godkendt.\nSted: Klubhuset\nDato: 4. juni 2024")
    assert m.location == "Klubhuset"


def test_a_joined_label_whose_value_names_no_place_gives_no_place():
    assert meeting("Referat af bestyrelsesmøde\n\nTid og sted: 4. juni 2024 kl. 19.00\n").location is None


@pytest.mark.parametrize("text, body, owner", [
    ("Ældrerådet, Vestby Kommune\nReferat af møde 3. maj 2023", "Ældrerådet", "Vestby Kommune"),
    ("Vestby Kommune - Økonomiudvalget\nReferat fra mødet den 3. maj 2023", "Økonomiudvalget", "Vestby Kommune"),
    ("Referat – Handicaprådet, Region Vest – 3. maj 2023", "Handicaprådet", "Region Vest"),
    ("Referat\nÆldrerådet i Vestby Kommune", "Ældrerådet", "Vestby Kommune"),
    ("Referat\nBoligforeningen Enghave, afdeling 7", "Boligforeningen Enghave, afdeling 7", None),
    ("Vestby Kommune\nØkonomiudvalget\n\nReferat\nDato: 4. juni 2024", "Økonomiudvalget", "Vestby Kommune"),  # on a line of its own
    ("Referat\nVestby Kommune\nÆldrerådet\nDato: 4. juni 2024", "Ældrerådet", "Vestby Kommune"),
])
def test_the_municipality_cut_from_the_body_is_kept_apart(text, body, owner):
    assert (meeting(text).body, meeting(text).organization) == (body, owner)


@pytest.mark.parametrize("table", [
    "Dato\tTid\tSted\n4. juni 2024\t19.00-21.00\tKlubhuset, Skovvej 2",
    "Mødedato:\tMødested:\n4. juni 2024 kl. 19.00-21.00\tKlubhuset, Skovvej 2",
])
def test_a_row_of_labels_over_a_row_of_values(table):
    m = meeting(f"Referat af bestyrelsesmøde i Vestby Roklub\n\n{table}\n")
    assert (m.body, m.date, m.start_time, m.end_time, m.location) == ("Vestby Roklub", "2024-06-04", "19:00", "21:00", "Klubhuset, Skovvej 2")


@pytest.mark.parametrize("title, body", [
    ("Referat fra bestyrelsesmøde (Vestby Roklub)", "Vestby Roklub"),
    ("Vestby Roklub: Referat af bestyrelsesmøde", "Vestby Roklub"),
    ("Referat af bestyrelsesmøde nr. 3/2024 i Vestby Roklub", "Vestby Roklub"),
    ("Referat af bestyrelsesmøde nr. 3 i Boligforeningen Enghave (afd. 3)", "Boligforeningen Enghave (afd. 3)"),
])
def test_the_association_named_around_the_meeting_word(title, body):
    assert meeting(f"{title}\nDato: 4. juni 2024").body == body


def test_a_note_taker_label_before_a_colon_names_no_body():
    assert meeting("Referat: Anna Holm\nBestyrelsesmøde 4. juni 2024").body == "Bestyrelsen"


def test_the_end_the_minutes_record_beats_the_scheduled_span_with_a_warning():
    from referat_parser.extract.header import read_meeting

    head = "Bestyrelsesmøde i Søvang Løbeklub\nDato: 3. maj 2024 kl. 17.00-19.00\n"
    m, warnings = read_meeting(cleaned(head), head + "1. Eventuelt\nIntet.\nMødet hævet kl. 18.40\n")
    assert (m.start_time, m.end_time) == ("17:00", "18:40")
    assert [(w.code, w.field) for w in warnings] == [("end-time-from-closing", "meeting.end_time")]
    m, warnings = read_meeting(cleaned(head), head + "1. Eventuelt\nIntet.\nMødet sluttede kl. 19.00\n")
    assert (m.end_time, warnings) == ("19:00", [])  # the same time: nothing to say


@pytest.mark.parametrize("text, body", [
    ("Referat af byrådsmøde i Vestby Kommune\nDato: 3. maj 2024", "Byrådet"),
    ("Referat af menighedsrådsmøde i Søby Sogn\nDato: 3. maj 2024", "Menighedsrådet"),
    ("Menighedsrådet i Søby Sogn\nReferat\nDato: 3. maj 2024", "Menighedsrådet"),
    ("Referat af bestyrelsesmøde i Søvang Løbeklub\nDato: 3. maj 2024", "Søvang Løbeklub"),  # the club is the body
])
def test_a_meeting_in_a_municipality_or_parish_is_the_councils(text, body):
    assert meeting(text).body == body


def test_a_weekday_and_a_comma_before_den_is_the_meeting_day_not_a_place_of_writing():
    from datetime import date

    from referat_parser.extract.header import find_date

    assert find_date(["Referat fra klubbens generalforsamling torsdag, den 9. september 2021"])[0] == date(2021, 9, 9)
    assert find_date(["Vestby, den 15. november 2021", "Referat"]) == (None, None)  # written at a place, on a day


def test_a_title_line_ending_in_the_documents_type_gives_the_body_before_it():
    from referat_parser.extract.header import find_body_and_how

    for title, body in [("Økonomiudvalget Referat", "Økonomiudvalget"), ("Menighedsrådet REFERAT", "Menighedsrådet"),
                        ("Teknisk Udvalg Dagsorden", "Teknisk Udvalg"), ("Kommunalbestyrelsen Referat 2010", "Kommunalbestyrelsen")]:
        assert find_body_and_how([title, "Dato: 4. maj 2020"]) == (body, False)


def test_the_place_after_a_day_printed_without_its_year_is_read_though_no_date_is_given():
    m = meeting("Referat fra MR møde tirsdag d. 4. marts kl 19.00 i Konfirmandstuen\nTil stede: Anna Holm, Bo Kirk\n")
    assert (m.date, m.start_time, m.location) == (None, "19:00", "Konfirmandstuen")


def test_the_meetings_day_again_without_its_year_under_the_title_gives_the_place_after_the_time():
    m = meeting("Referat 12. maj 2023\n\nBestyrelsesmøde den 12. maj kl.17.30-19.00 - Lærerværelset\n\nDeltagere:\n\nAnna Holm, Bo Kirk\n")
    assert (m.date, m.start_time, m.end_time, m.location) == ("2023-05-12", "17:30", "19:00", "Lærerværelset")


def test_a_short_line_opening_with_a_place_preposition_under_the_date_line_is_the_place():
    m = meeting("Referat af ordinær generalforsamling i Grundejerforeningen Søvang\ntirsdag den 19. november 2024, kl. 18.30\ni Søvangskolens Multisal\nVelkomst ved formand Anna Holm\n")
    assert (m.date, m.start_time, m.location) == ("2024-11-19", "18:30", "Søvangskolens Multisal")
