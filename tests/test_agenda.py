import pytest
from conftest import cleaned

from referat_parser import parse_bytes
from referat_parser.extract.agenda import lines_to_agenda
from referat_parser.extract.items import index_entries_in_order


def entries(text: str):
    return [(e.number, e.title, e.page, e.group) for e in lines_to_agenda(cleaned(text)).entries]


def test_side_references_with_groups_and_wrapped_title():
    text = (
        "Referat\n\nVelkomst\n\n1. Godkendelse af dagsorden (side 2)\n\nSager til behandling\n\n"
        "2. Budget 2026 for det specialiserede socialom-\n\nråde og takster (side 3)\n\n"
        "Sager til orientering  3. Orientering fra formanden (side 5)\n\n1. Godkendelse af dagsorden\n\nTekst."
    )
    assert entries(text) == [
        ("1", "Godkendelse af dagsorden", 2, "Velkomst"),
        ("2", "Budget 2026 for det specialiserede socialområde og takster", 3, "Sager til behandling"),
        ("3", "Orientering fra formanden", 5, "Sager til orientering"),
    ]


def test_tab_separated_index_under_heading():
    text = "Indholdsfortegnelse\n\nÅben\n\n1.\tGodkendelse af dagsorden\t4\n2.\tMeddelelser\t5\nLukket\n3.\tPersonalesag\t7\n\nReferat"
    assert entries(text) == [
        ("1", "Godkendelse af dagsorden", 4, "Åben"),
        ("2", "Meddelelser", 5, "Åben"),
        ("3", "Personalesag", 7, "Lukket"),
    ]


def test_dotted_leaders_with_and_without_numbers():
    text = "Indhold\n\nGodkendelse af dagsorden ........ 2\nBudgetopfølgning ....... 3\nEventuelt …… 9\n\nReferat"
    assert entries(text) == [
        ("1", "Godkendelse af dagsorden", 2, None),
        ("2", "Budgetopfølgning", 3, None),
        ("3", "Eventuelt", 9, None),
    ]
    assert entries("1. Godkendelse ....... 2\n2. Regnskab ....... 4\n\nTekst") == [
        ("1", "Godkendelse", 2, None), ("2", "Regnskab", 4, None),
    ]


def test_trailing_page_numbers_under_heading_as_pdf_text_gives_them():
    text = "Indholdsfortegnelse\n1. Godkendelse af dagsorden 4\n2. Pædagogdimensionering 2025 18\n\nReferat"
    assert entries(text) == [("1", "Godkendelse af dagsorden", 4, None), ("2", "Pædagogdimensionering 2025", 18, None)]


def test_index_without_pages_only_when_items_follow():
    text = "Dagsorden:\n1. Valg af dirigent\n2. Beretning\n\nReferat\n\n1. Valg af dirigent\nBo blev valgt.\n2. Beretning\nGodkendt."
    index = lines_to_agenda(cleaned(text))
    assert [(e.number, e.title, e.page) for e in index.entries] == [("1", "Valg af dirigent", None), ("2", "Beretning", None)]
    assert index.start == 0  # the heading line is part of the index block


def test_numbered_body_is_not_an_index():
    assert entries("Indholdsfortegnelse\n1. Fraværende\n\nResume\n\nSagsfremstilling\n\nDer er afbud fra Bo.") == []
    assert entries("1. Valg af dirigent\nBo blev valgt.\n2. Beretning\nGodkendt.") == []


def test_page_reference_wrapped_onto_the_next_line():
    text = "1. Godkendelse (side 2)\n2. Orienteringsskrivelse vedr. forsyningsforpligtelse (side\n12)\n3. Eventuelt (side 14)\n\nTekst"
    assert entries(text) == [("1", "Godkendelse", 2, None), ("2", "Orienteringsskrivelse vedr. forsyningsforpligtelse", 12, None), ("3", "Eventuelt", 14, None)]


def test_wrapped_title_after_its_page_number():
    text = "Indholdsfortegnelse\n1. Godkendelse ....... 4\n6. Orienteringsskrivelse vedr. botilbud til domfældte med\t12\nudviklingshæmning ...\n7. Eventuelt ....... 14\n\nReferat"
    assert entries(text)[1] == ("6", "Orienteringsskrivelse vedr. botilbud til domfældte med udviklingshæmning", 12, None)


def test_entries_numbered_with_punkt_nr_and_a_dash():
    text = (
        "Indholdsfortegnelse\nPunkt nr. 1 - Godkendelse af dagsorden ........ 2\nPunkt nr. 2 - Budget 2025 ........ 3\n\n"
        "Punkt nr. 1 - Godkendelse af dagsorden\nTekst."
    )
    assert entries(text) == [("1", "Godkendelse af dagsorden", 2, None), ("2", "Budget 2025", 3, None)]


def test_a_year_ending_a_title_is_no_page_reference():
    text = "Dagsorden:\n1. Godkendelse af referat\n2. Sommerfesten 2024\n3. Eventuelt\n\nAd 1. Godkendelse af referat\nGodkendt.\n\nAd 2. Sommerfesten 2024\nTekst.\n\nAd 3. Eventuelt\nIntet."
    assert entries(text) == [("1", "Godkendelse af referat", None, None), ("2", "Sommerfesten 2024", None, None), ("3", "Eventuelt", None, None)]


def test_bare_page_numbers_in_a_rising_column_are_pages():
    text = "Indholdsfortegnelse\n1. Godkendelse af dagsorden 2\n2. Budget 3\n3. Eventuelt 5\n\n1. Godkendelse af dagsorden\nGodkendt."
    assert [e[2] for e in entries(text)] == [2, 3, 5]


def test_contents_entry_without_leader_dots_keeps_the_list_going():
    # PDF contents: a title too long for its leader dots ends in the page number alone.
    text = (
        "Indholdsfortegnelse\nGodkendelse af dagsorden ........ 3\nSvar på forslag om cykelstier ........ 4\n"
        "Lokalplan 12 – Erhvervsområde ved Nordvej, med ti 6\nBro over åen ........ 8\n"
        "Lukket: Køb af ejendom ........ 9\n\nPunkt 1: Godkendelse af dagsorden\nGodkendt."
    )
    assert entries(text) == [
        ("1", "Godkendelse af dagsorden", 3, None),
        ("2", "Svar på forslag om cykelstier", 4, None),
        ("3", "Lokalplan 12 – Erhvervsområde ved Nordvej, med ti", 6, None),
        ("4", "Bro over åen", 8, None),
        ("5", "Køb af ejendom", 9, None),  # the access prefix is no part of the title
    ]


def test_a_page_closing_with_a_list_of_item_titles_gives_the_agenda():
    text = "Regionsrådet - Referat - 4. marts 2024\n\nMødested\nRegionshuset\n\nLuk alle punkter\n\n1. Budget 2025\n2. Ny sygehusplan\n3. Eventuelt\n"
    assert entries(text) == [("1", "Budget 2025", None, None), ("2", "Ny sygehusplan", None, None), ("3", "Eventuelt", None, None)]
    # a numbered list closing an item is no agenda
    assert entries("Referat\n\n1. Budget\nTekst.\n\n2. Indstilling\nDet indstilles:\n1. At budgettet godkendes\n2. At det sendes videre\n3. At det offentliggøres\n") == []


def test_agenda_announced_in_a_sentence_with_lettered_points_and_names_under_entries():
    text = (
        "Referat af generalforsamling i Vejforeningen Kløverengen\n\n"
        "Ifølge vedtægterne havde generalforsamlingen følgende dagsorden:\n\n"
        "1. Valg af dirigent\n2. Formandens beretning\n3. Indkomne forslag\na. Ny belægning på stien\n"
        "4. Valg til bestyrelsen:\na. På valg er:\nLise Dam, Engvej 4\nPer Kro, Engvej 9\nb. Suppleant:\nOle Sand, Engvej 2\n"
        "5. Eventuelt\n\n"
        "Ad 1: Valg af dirigent\nLise Dam blev valgt.\n\nAd 2: Formandens beretning\nGodkendt.\n\n"
        "Ad 3: Indkomne forslag\nVedtaget.\n\nAd 4: Valg til bestyrelsen\nGenvalgt.\n\nAd 5: Eventuelt\nIntet."
    )
    assert [(number, title) for number, title, _, _ in entries(text)] == [
        ("1", "Valg af dirigent"), ("2", "Formandens beretning"), ("3", "Indkomne forslag"),
        ("4", "Valg til bestyrelsen:"), ("5", "Eventuelt"),
    ]


# Numbers printed apart from their titles ("Sag nr. 14" / "Sag nr. 15 <both titles>"): a column of
# labels and a column of titles read one after the other.
APART = "Indhold\nSag nr. 14\nSag nr. 15 {titles}\nSag nr. 16 Eventuelt\n"


def test_titles_apart_from_their_numbers_cut_where_only_one_cut_shows():
    titles = [(e.number, e.title) for e in lines_to_agenda(cleaned(APART.format(titles="Status på byggeriet ved skolen Ny parkeringsplan for Torvet"))).entries]
    assert titles == [("14", "Status på byggeriet ved skolen"), ("15", "Ny parkeringsplan for Torvet"), ("16", "Eventuelt")]


def test_titles_apart_from_their_numbers_stay_out_where_two_cuts_could_be_made():
    titles = "Plan for vejene i byen Ny belysning langs stien Fornyet aftale"  # cut before "Ny" or before "Fornyet"?
    index = lines_to_agenda(cleaned(APART.format(titles=titles)))
    assert [e.number for e in index.entries] == ["16"]
    assert [w.code for w in index.warnings] == ["agenda-titles-unpaired"] and titles in index.warnings[0].message


def test_titles_apart_from_their_numbers_cut_before_a_phrase_printed_twice():
    text = APART.format(titles="Pulje til landsbyer - Nordby Forsamlingshus Pulje til landsbyer - Sønderby Hal")
    assert [e.title for e in lines_to_agenda(cleaned(text)).entries][:2] == ["Pulje til landsbyer - Nordby Forsamlingshus", "Pulje til landsbyer - Sønderby Hal"]


def test_titles_apart_from_their_numbers_not_cut_inside_a_name_where_there_are_too_many_cuts():
    text = ("Indhold\nSag nr. 14\nSag nr. 15\nSag nr. 16 Ny belysning, bygherre Nordby Kommune i vest "
            "Tilskud til foreningen Halleje i vintersæsonen\nSag nr. 17 Eventuelt\n")
    assert [(e.number, e.title) for e in lines_to_agenda(cleaned(text)).entries] == [
        ("14", "Ny belysning, bygherre Nordby Kommune i vest"), ("15", "Tilskud til foreningen"),
        ("16", "Halleje i vintersæsonen"), ("17", "Eventuelt")]


def test_titles_apart_from_their_numbers_paired_by_the_item_headings_that_follow():
    text = APART.format(titles="Tilskud til Nordby Hal Halleje i Sønderby") + "\nSag nr. 14 Tilskud til Nordby Hal\nTekst.\nSag nr. 15 Halleje i Sønderby\nTekst.\n"
    index = lines_to_agenda(cleaned(text))
    assert [(e.number, e.title) for e in index.entries] == [("14", "Tilskud til Nordby Hal"), ("15", "Halleje i Sønderby"), ("16", "Eventuelt")]
    assert index.warnings == []


def test_an_index_entry_cut_off_where_the_input_stops_is_left_out_with_a_warning():
    text = "Referat\n\n1. Godkendelse af dagsorden\n2. Budget for 2025\n3. Aktivitetsplan for foråret og som"
    whole = parse_bytes(text.encode() + b"\n", "x.txt")
    cut = parse_bytes(text.encode(), "x.txt")
    assert [e.number for e in whole.agenda] == ["1", "2", "3"] and "agenda-entry-cut-off" not in [w.code for w in whole.warnings]
    assert [e.number for e in cut.agenda] == ["1", "2"]
    assert any(w.code == "agenda-entry-cut-off" and "Aktivitetsplan for foråret og som" in w.message for w in cut.warnings)


def test_a_numbered_list_under_no_index_heading_is_the_index_where_the_items_repeat_it():
    text = (
        "Referat\nBeboerrådet\n\n1. Godkendelse af dagsorden\n2. Nye cykelstativer\n3. Eventuelt\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n\n2. Nye cykelstativer\nDer bestilles 20 stativer.\n\n3. Eventuelt\nIntet."
    )
    assert [e[:2] for e in entries(text)] == [("1", "Godkendelse af dagsorden"), ("2", "Nye cykelstativer"), ("3", "Eventuelt")]


def test_a_numbered_list_whose_titles_do_not_come_again_is_no_index():
    text = (
        "Referat\nBeboerrådet\n\n1. Godkendelse af dagsorden\n2. Nye cykelstativer\n3. Eventuelt\n\n"
        "Dagsordenen blev godkendt. Der bestilles 20 stativer."
    )
    assert entries(text) == []


def test_a_title_naming_an_index_word_above_the_header_does_not_swallow_it():
    text = (
        "Dagsorden og referat\nPlanudvalget\nMødedato: 3. juni 2024\nMedlemmer: Anna Holm, Bo Kirk\n\n"
        "Indholdsfortegnelse\nPunkt  Titel  Side\n1  Godkendelse af dagsorden  2\n2  Lokalplan 12  3\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n\n2. Lokalplan 12\nVedtaget."
    )
    index = lines_to_agenda(cleaned(text))
    assert [(e.number, e.title, e.page, e.group) for e in index.entries] == [
        ("1", "Godkendelse af dagsorden", 2, None), ("2", "Lokalplan 12", 3, None),
    ]
    assert index.start == 5


def test_bare_numbers_each_over_its_title_line():
    text = "Dagsorden\n1.\nGodkendelse af dagsorden\n2.\nBudget for 2025\n\n1. Godkendelse af dagsorden\nGodkendt.\n2. Budget for 2025\nVedtaget.\n"
    assert [(e.number, e.title) for e in lines_to_agenda(cleaned(text)).entries] == [("1", "Godkendelse af dagsorden"), ("2", "Budget for 2025")]


def test_a_column_of_numbers_then_title_lines_wrapped_or_too_few():
    body = "\n1. Godkendelse af dagsorden\nGodkendt.\n2. Orientering\nTaget til efterretning.\n3. Eventuelt\nIntet.\n"
    text = "Dagsorden\n1.\n2.\n3.\nGodkendelse af dagsorden\nOrientering fra\nNordby Kommune\nEventuelt\n" + body
    assert [e.title for e in lines_to_agenda(cleaned(text)).entries] == ["Godkendelse af dagsorden", "Orientering fra Nordby Kommune", "Eventuelt"]
    index = lines_to_agenda(cleaned("Dagsorden\n1.\n2.\n3.\nGodkendelse af dagsorden\nOrientering\n" + body))
    assert [w.code for w in index.warnings] == ["agenda-titles-unpaired"] and index.entries == []


def test_a_heading_word_in_lower_case_after_the_last_entry_does_not_continue_its_title():
    text = "Dagsorden var:\n1. Regnskab\n2. Sommerfest\n3. Evt\nreferat\n1. Regnskabet blev godkendt.\n2. Festen holdes i juni.\n3. Intet."
    assert [e[:2] for e in entries(text)] == [("1", "Regnskab"), ("2", "Sommerfest"), ("3", "Evt")]


@pytest.mark.parametrize("first, second", [
    ("Ny struktur for akutberedskabet i den nordlige del af", "regionen - endelig vedtagelse"),
    ("Ny struktur for akutberedskabet i", "Region Nord - endelig vedtagelse"),  # ends in "i": no roman page 1
])
def test_a_table_row_of_number_and_title_wrapped_with_its_page_on_the_last_line(first, second):
    text = (f"Indholdsfortegnelse\nNr.\tPunkt\tSide\n1\tGodkendelse af dagsorden\t2\n2\t{first}\n{second}\t2\n"
            "3\tRegnskab 2024\t3\n\n1 Godkendelse af dagsorden\n\nBeslutning\nGodkendt.")
    assert entries(text) == [
        ("1", "Godkendelse af dagsorden", 2, None), ("2", f"{first} {second}", 2, None), ("3", "Regnskab 2024", 3, None),
    ]


def test_case_numbers_printed_under_the_index_entries_are_no_groups():
    text = ("Indholdsfortegnelse\n1. Godkendelse af dagsorden\t2\nSagsnr. 25/14021\n2. Budgetopfølgning 2, 2025\t2\n"
            "Sagsnr.: 25/10988\n3. Handleplan for udsatte borgere\t3\nSagsnr. 24/22190\n\n1. Godkendelse af dagsorden\n\nGodkendt.")
    assert entries(text) == [
        ("1", "Godkendelse af dagsorden", 2, None), ("2", "Budgetopfølgning 2, 2025", 2, None),
        ("3", "Handleplan for udsatte borgere", 3, None),
    ]


def test_index_in_roman_numerals_or_letters_where_no_entry_is_numbered():
    body = "\n\nI. Regnskab\nGodkendt.\n\nII. Kontingent\nUændret.\n\nIII. Eventuelt\nIntet."
    assert entries("Dagsorden:\nI. Regnskab\nII. Kontingent\nIII. Eventuelt" + body) == [
        ("I", "Regnskab", None, None), ("II", "Kontingent", None, None), ("III", "Eventuelt", None, None),
    ]
    body = "\n\nA. Regnskab\nGodkendt.\n\nB. Kontingent\nUændret."
    assert entries("Dagsorden:\nA. Regnskab\nB. Kontingent" + body) == [("A", "Regnskab", None, None), ("B", "Kontingent", None, None)]


def test_header_lines_between_a_document_title_and_the_index_are_no_part_of_it():
    text = ("Dagsorden og referat\nHandicaprådet\nMødedato: 7. april 2025\n\nPunkt\tTitel\tSide\n1\tGodkendelse\t2\n2\tBudget\t3\n\n"
            "1\tGodkendelse\nGodkendt.\n\n2\tBudget\nVedtaget.")
    index = lines_to_agenda(cleaned(text))
    assert [(e.number, e.group) for e in index.entries] == [("1", None), ("2", None)]  # "Handicaprådet" is no group
    assert index.start == 4  # the table's header row, not the document's title


def test_a_lower_case_item_label_after_the_last_entry_does_not_continue_it():
    text = ("Dagsorden i henhold til vedtægterne:\n1. Valg af dirigent\n2. Eventuelt\n\n"
            "ad pkt. 1\nBo Holm blev valgt.\n\nad pkt. 2\nIntet.")
    assert entries(text) == [("1", "Valg af dirigent", None, None), ("2", "Eventuelt", None, None)]


def test_page_word_before_the_page_without_parentheses():
    text = ("Dagsordenspunkter:\nPunkt 1   Godkendelse af dagsorden          side 1\n"
            "Punkt 2   Salg af areal ved Havnevej (Lukket)      side 4\n\n"
            "Punkt 1 Godkendelse af dagsorden\nGodkendt.\n\nPunkt 2 Salg af areal ved Havnevej (Lukket)\nGodkendt.")
    assert entries(text) == [("1", "Godkendelse af dagsorden", 1, None), ("2", "Salg af areal ved Havnevej", 4, None)]


def test_a_wrapped_index_title_goes_on_after_a_dash_even_in_a_heading_word():
    text = ("Dagsorden\n1. Syn over kirke og kirkegård –\nopfølgning\n2. Meddelelser\n- formand\n- præst\n3. Eventuelt\n\n"
            "1. Syn over kirke og kirkegård – opfølgning\nUdført.\n\n2. Meddelelser\nIntet.\n\n3. Eventuelt\nIntet.")
    assert entries(text) == [
        ("1", "Syn over kirke og kirkegård – opfølgning", None, None), ("2", "Meddelelser", None, None),
        ("3", "Eventuelt", None, None),
    ]


def test_numbering_that_starts_again_under_a_group_the_index_has_not_had_is_the_items_when_they_do_not_come_again():
    text = ("Dagsorden\nÅbne punkter\n1. Godkendelse af dagsorden\n2. Budget 2026\n\n"
            "Sager til beslutning\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
            "2. Budget 2026\nBeslutning\nVedtaget.\n")
    assert entries(text) == [("1", "Godkendelse af dagsorden", None, "Åbne punkter"), ("2", "Budget 2026", None, "Åbne punkter")]


def test_index_items_in_document_order_take_the_entry_printed_as_often_before():
    index = lines_to_agenda(cleaned(
        "Dagsorden\nÅbne punkter\n1. Regnskab\n2. Valg\nLukkede punkter\n1. Personalesag\n\n"
        "Åbne punkter\n1. Regnskab\nGodkendt.\n2. Valg\nValgt.\nLukkede punkter\n1. Personalesag\nDrøftet.\n"))
    entries = index_entries_in_order(index, ["1", "2", "1", "3"])
    assert [e.title if e else None for e in entries] == ["Regnskab", "Valg", "Personalesag", None]
