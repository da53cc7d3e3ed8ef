import pytest
from conftest import cleaned, parse_text

from referat_parser.extract.agenda import lines_to_agenda
from referat_parser.extract.items import line_candidate, lines_to_items


def items(text: str):
    lines = cleaned(text)
    return lines_to_items(lines, lines_to_agenda(lines))[0]


@pytest.mark.parametrize(
    "line, style, number, title",
    [
        ("Punkt 3", "punkt", "3", ""),
        ("Punkt 3.", "punkt", "3", ""),
        ("Punkt 3: Budget 2026", "punkt", "3", "Budget 2026"),
        ("Pkt. 12 Eventuelt", "punkt", "12", "Eventuelt"),
        ("3. Budget 2026", "dot", "3", "Budget 2026"),
        ("3.\tBudget 2026", "dot", "3", "Budget 2026"),
        ("3) Budget", "paren", "3", "Budget"),
        ("A: Valg af ordstyrer.", "letter", "A", "Valg af ordstyrer."),
        ("D:Indkomne forslag.", "letter", "D", "Indkomne forslag."),
        ("§ 4 Regnskab", "paragraph", "4", "Regnskab"),
        ("## 3) Fremlæggelse af regnskab.", "paren", "3", "Fremlæggelse af regnskab."),
        ("**4. Valg**", "dot", "4", "Valg"),
    ],
)
def test_item_start_shapes(line, style, number, title):
    cand = line_candidate(line, 0)
    assert (cand.style, cand.number, cand.title) == (style, number, title)


@pytest.mark.parametrize(
    "line", ["Punkt 1 + 2", "Afslutning Punkt 11+12", "1. december blev", "1. stedfortræder på liste V", "2019. Budget"],
)
def test_not_item_starts(line):
    assert line_candidate(line, 0) is None


def test_a_number_within_the_year_is_an_item_only_in_a_run_from_one():
    assert line_candidate("Punkt 2/2025: Budget", 0).number == "2"  # not item 2 titled "/2025: Budget"
    assert line_candidate("Sag 12/2024 Lokalplan for Havnen", 0).title == "Lokalplan for Havnen"
    lone = "Sag 12/2024 Lokalplan for Havnen\nUdvalget drøftede planen.\n\nSag 14/2024 Lokalplan for Byen\nIngen bemærkninger.\n"
    assert items(lone) == []  # case references, not items 12 and 14
    run = "Punkt 1/2025 Godkendelse\nGodkendt.\n\nPunkt 2/2025 Budget\nSag 12/2024 Lokalplan for Havnen\nVedtaget.\n"
    assert [(i.number, i.title) for i in items(run)] == [("1", "Godkendelse"), ("2", "Budget")]


def test_numbered_lists_inside_items_are_not_items():
    text = (
        "1. Godkendelse af dagsorden\n\nIndstilling\n\nDet indstilles, at\n\n1. Udvalget godkender dagsordenen\n\n"
        "Beslutning\n\nGodkendt.\n\n2. Budget\n\nSagsfremstilling\n\nForslaget:\n1. Hvad sker der\n2. Status\n3. Tal\n\n"
        "Beslutning\n\nTaget til efterretning.\n\n3. Eventuelt\n\nIntet."
    )
    got = items(text)
    assert [(i.number, i.title) for i in got] == [("1", "Godkendelse af dagsorden"), ("2", "Budget"), ("3", "Eventuelt")]
    assert got[0].recommendations == ["Udvalget godkender dagsordenen"]
    assert got[1].decision == "Taget til efterretning."


def test_punkt_label_with_title_on_next_line_case_number_and_access():
    text = (
        "Mødet den 09.01.2025\nUdvalget\nÅben\nPunkt 1.\n\nGodkendelse af dagsorden\n\nBeslutning:\n\nGodkendt.\n\n"
        "Mødet den 09.01.2025\nUdvalget\nLukket\nPunkt 2.\n\nPersonalesag\n\nEMN-2025-003383\n\nBeslutning:\n\nDrøftet.\n\n"
        "Mødet den 09.01.2025\nUdvalget\nÅben\nPunkt 3.\n\nEventuelt\n\nSagsnr.: 19/1234\n\nBeslutning:\n\nIntet.\n"
    )
    got = items(text)
    assert [(i.number, i.title, i.access, i.case_number, i.decision) for i in got] == [
        ("1", "Godkendelse af dagsorden", "open", None, "Godkendt."),
        ("2", "Personalesag", "closed", "EMN-2025-003383", "Drøftet."),
        ("3", "Eventuelt", "open", "19/1234", "Intet."),
    ]


def test_page_labels_and_group_headings_leave_the_previous_item():
    text = (
        "1. Godkendelse\n\nReferat\n\nGodkendt.\n\nSager til orientering\n\nPunkt 2\n\n2. Orientering fra FU\n\n"
        "Referat\n\nTaget til efterretning.\n\nAfslutning Punkt 3+4\n\n3. Eventuelt\n\nReferat\n\nIntet."
    )
    got = items(text)
    assert [i.decision for i in got] == ["Godkendt.", "Taget til efterretning.", "Intet."]
    assert got[1].group == "Sager til orientering"


def test_lettered_items_and_paragraph_items():
    got = items("A: Valg af ordstyrer.\n    Jens blev valgt.\nB: Beretning.\n1. Suppleant Bo\nC: Eventuelt.")
    assert [(i.number, i.title) for i in got] == [("A", "Valg af ordstyrer."), ("B", "Beretning."), ("C", "Eventuelt.")]
    got = items("§ 1 Valg af dirigent\nTekst.\n§ 2 Beretning\nTekst.\n§ 3 Regnskab\nTekst.")
    assert [i.number for i in got] == ["1", "2", "3"]


def test_lost_automatic_numbering_every_item_one():
    got = items("Afbud: Bo.\n\n 1. Godkendelse af dagsorden\n\nOK.\n\n 1. Meddelelser\n\nIngen.\n\n 2.  \n\n 1. Økonomi\n\nGodt.\n")
    assert [(i.number, i.title) for i in got] == [("1", "Godkendelse af dagsorden"), ("1", "Meddelelser"), ("1", "Økonomi")]


def test_gap_in_numbers_for_closed_items():
    got = items("1. A-sag\n\nTekst.\n\n2. B-sag\n\nTekst.\n\n4. D-sag\n\nTekst.")
    assert [i.number for i in got] == ["1", "2", "4"]


def test_item_pages_from_form_feeds():
    doc = parse_text("1. Første\n\nTekst.\f2. Anden\n\nTekst\fmere tekst.\n\n3. Tredje\n\nSlut.")
    assert [(i.page_start, i.page_end) for i in doc.items] == [(1, 1), (2, 3), (3, 3)]


def test_labelled_case_number_with_more_fields_on_the_line():
    got = items("1. Budget\n\nSagsnr.: 24/1234   Dokumentnr.: 555\n\nBeslutning\n\nGodkendt.")
    assert got[0].case_number == "24/1234"


def test_access_from_index_group():
    doc = parse_text(
        "Indholdsfortegnelse\nÅben\n1.\tBudget\t2\nLukket\n2.\tPersonsag\t3\n\n1. Budget\n\nGodkendt.\n\n2. Personsag\n\nDrøftet."
    )
    assert [(i.number, i.access) for i in doc.items] == [("1", "open"), ("2", "closed")]


@pytest.mark.parametrize("line, number, title", [("Ad 1) Valg af dirigent", "1", "Valg af dirigent"), ("Ad pkt. 2: Beretning", "2", "Beretning"), ("3: Regnskab", "3", "Regnskab")])
def test_more_item_start_shapes(line, number, title):
    cand = line_candidate(line, 0)
    assert (cand.number, cand.title) == (number, title)


def test_list_numbering_continued_from_earlier_lists_is_not_an_item():
    text = "1. Budget\n\nIndstilling\n\nDet indstilles, at\n\n2. Udvalget godkender budgettet\n\nBeslutning\n\nGodkendt.\n\n2. Eventuelt\n\nIntet."
    assert [(i.number, i.title) for i in items(text)] == [("1", "Budget"), ("2", "Eventuelt")]


def test_zero_padded_numbers_and_access_in_title():
    got = items("01. Godkendelse\n\nOK.\n\n02. Personalesag (Lukket)\n\nDrøftet.\n\n03. Eventuelt\n\nIntet.")
    assert [(i.number, i.access) for i in got] == [("1", None), ("2", "closed"), ("3", None)]


def test_closing_block_is_not_part_of_the_last_item():
    got = items("1. Godkendelse\n\nBeslutning\n\nGodkendt.\n\n2. Eventuelt\n\nBeslutning\n\nIntet.\n\nMødet hævet kl. 21.15.\n\nReferent: Bo Ibsen\n\nUnderskrifter:\nAnne Holm   Carl Berg")
    assert [i.decision for i in got] == ["Godkendt.", "Intet."]


@pytest.mark.parametrize(
    "text, number, title",
    [
        ("Punkt nr. 1 - Godkendelse af dagsorden", "1", "Godkendelse af dagsorden"),
        ("Punkt nr 12: Budget", "12", "Budget"),
        ("Pkt. nr. 3 Valg af revisor", "3", "Valg af revisor"),
        ("Sag nr. 4 Tilsyn med plejecentre", "4", "Tilsyn med plejecentre"),
    ],
)
def test_item_words_with_nr(text, number, title):
    cand = line_candidate(text, 0)
    assert (cand.number, cand.title) == (number, title)


def test_access_printed_before_the_title_and_journal_plan_numbers():
    doc = parse_text(
        "Referat\n\n1. (Åben) Godkendelse af dagsorden\n1-01-72-3-24\n\nBeslutning\nGodkendt.\n\n"
        "2. Lukket punkt: Køb af ejendom\n\nBeslutning\nGodkendt.\n"
    )
    assert [(i.number, i.access, i.case_number) for i in doc.items] == [("1", "open", "1-01-72-3-24"), ("2", "closed", None)]


def test_one_stray_high_number_is_no_item_but_a_run_is():
    doc = parse_text("Referat\n\nDer blev talt om mange ting.\n\n7. Klasse fik nye bøger.\n\nIntet andet.\n")
    assert doc.items == []
    doc = parse_text("Referat\n\n12. Budget\nTekst.\n\nBeslutning\nGodkendt.\n\n13. Eventuelt\nIntet.\n")
    assert [i.number for i in doc.items] == ["12", "13"]


def test_bold_item_titles_win_over_a_numbered_list_with_gaps():
    from referat_parser.document import Line

    rows = [
        ("Referat", True), ("", False),
        ("1. Godkendelse af dagsorden", True), ("Udvalget drøftede:", False), ("", False),
        ("2. Økonomien i 2024", False), ("", False), ("3. Planen for 2025", False), ("", False),
        ("2. Budget", True), ("Godkendt.", False), ("", False),
        ("3. Eventuelt", True), ("Intet.", False),
    ]
    lines = [Line(text, page=1, bold=bold) for text, bold in rows]
    items, _ = lines_to_items(lines, lines_to_agenda(lines))
    assert [(i.number, i.title) for i in items] == [("1", "Godkendelse af dagsorden"), ("2", "Budget"), ("3", "Eventuelt")]


@pytest.mark.parametrize(
    "line, title, beside",
    [
        ("1. Budget\tGodkendt.", "Budget", "Godkendt."),
        ("1\tBudget\tGodkendt med bemærkninger.", "Budget", "Godkendt med bemærkninger."),
        ("1. Personalesag\t(Lukket)", "Personalesag (Lukket)", ""),  # a mark beside the title stays with it
        ("1. Budget\t24/1234", "Budget 24/1234", ""),
    ],
)
def test_text_in_the_cell_beside_a_title(line, title, beside):
    cand = line_candidate(line, 0)
    assert (cand.title, cand.beside) == (title, beside)


def test_number_alone_on_its_line_with_the_title_below():
    doc = parse_text("Bestyrelsen\nReferat af møde 3. april 2024\n\n1.\nGodkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n2.\nBudget 2025\n\nBeslutning\nVedtaget.\n")
    assert [(i.number, i.title, i.decision) for i in doc.items] == [
        ("1", "Godkendelse af dagsorden", "Godkendt."), ("2", "Budget 2025", "Vedtaget."),
    ]


@pytest.mark.parametrize("line", ["Sagsnr.: 24/1234", "Sagen blev drøftet.", "Sag 2024-1234 om tilsyn"])
def test_sag_lines_that_open_no_item(line):
    assert line_candidate(line, 0) is None


def test_a_letters_closing_greeting_is_not_part_of_the_last_item():
    doc = parse_text("Bestyrelsen\nReferat af møde 3. april 2024\n\n1. Budget\nVedtaget.\n\n2. Eventuelt\nIntet.\n\nMed venlig hilsen\nBente Holm, sekretær\n")
    assert doc.items[-1].sections[0].text == "Intet."


def test_a_title_ending_in_a_preposition_continues_on_the_next_line():
    doc = parse_text(
        "Kulturudvalget\nReferat\nDato: 3. april 2024\n\n1. Ansøgning om tilskud fra udvalgets pulje til\nForeningen Solsikken\n\n"
        "Beslutning\nBevilget.\n\n2. Eventuelt\n\nBeslutning\nIntet.\n"
    )
    assert doc.items[0].title == "Ansøgning om tilskud fra udvalgets pulje til Foreningen Solsikken"


def test_a_heading_wrapped_over_a_blank_line_is_completed_from_the_index():
    doc = parse_text(
        "Indholdsfortegnelse\nSvar på forslag fra Ø om bedre cykelstier langs Strandvejen ........ 2\n"
        "Lukket: Køb af ejendom ........ 3\n\n"
        "Punkt 1: Svar på forslag fra Ø om bedre cykelstier langs\n\nStrandvejen\n\nEMN-2024-000123\nBeslutning\nGodkendt.\n\n"
        "Punkt 2: Lukket: Køb af ejendom\n\nBeslutning\nGodkendt.\n"
    )
    assert [(i.number, i.title, i.access) for i in doc.items] == [
        ("1", "Svar på forslag fra Ø om bedre cykelstier langs Strandvejen", None),
        ("2", "Køb af ejendom", "closed"),
    ]
    assert doc.items[0].case_number == "EMN-2024-000123"


def test_description_run_on_after_the_title_stays_as_the_items_text():
    doc = parse_text(
        "Referat\n\n1. Valg af dirigent\nBo Berg blev valgt.\n\n2. Valg af revisorer. På valg er Anna Holm og Per Lund.\n"
        "Begge blev genvalgt.\n\n3. Eventuelt\nIntet.\n"
    )
    item = doc.items[1]
    assert item.title == "Valg af revisorer"
    assert item.sections[0].text.startswith("På valg er Anna Holm og Per Lund.")


UNNUMBERED = """Referat for Havkajakklubben Bølgen ekstraordinær generalforsamling d. 2022.04.21 kl 19:00

8 deltagere ved mødet.
Generalforsamlingen har følgende dagsorden:

    Valg af ordstyrer.
    Ole Berg blev valgt til ordstyrer og referent.

    Orientering om klubhuset.
    Klubhuset skal have nyt tag. Bestyrelsen indhenter tilbud.
    Arbejdet ventes afsluttet til sommer.

    Valg af ny kasserer.
    Karin Lund blev enstemmigt valgt som kasserer.

    Eventuelt.
    Der blev spurgt til sommerturen.

Dirigent og referent:
Ole Berg
"""


def test_unnumbered_items_under_a_dagsorden_lead_in_are_numbered_by_position_with_a_warning():
    # Paragraphs of a heading line and its outcome; a Word rendition (one paragraph per line) is
    # not read this way: there the heading cannot be told from the outcome by layout.
    doc = parse_text(UNNUMBERED)
    assert [(i.number, i.title) for i in doc.items] == [
        ("1", "Valg af ordstyrer."), ("2", "Orientering om klubhuset."), ("3", "Valg af ny kasserer."), ("4", "Eventuelt."),
    ]
    assert "Karin Lund" in doc.items[2].sections[0].text
    assert "Dirigent og referent" not in doc.items[3].sections[0].text
    assert [w.code for w in doc.warnings].count("item-numbers-not-printed") == 1


def test_a_long_title_wraps_onto_a_short_lower_case_line_ending_it():
    doc = parse_text(
        "Referat\n\n1.\tValg af dirigent og referent.\nBo Holm blev valgt.\n"
        "2.\tBeretning fra formanden om foreningens virksomhed i det\nforløbne år.\nÅret har været travlt.\n"
        "3.\tBudget\ngodkendt.\n"
    )
    assert [i.title for i in doc.items] == [
        "Valg af dirigent og referent.", "Beretning fra formanden om foreningens virksomhed i det forløbne år.", "Budget",
    ]
    assert doc.items[2].sections[0].text == "godkendt."


def test_a_list_numbered_from_1_under_a_lead_in_inside_an_item_is_no_new_item():
    doc = parse_text(
        "Referat\n\n1. Meddelelse fra formanden\n\nReferat\n\nFølgende emner blev nævnt under dette punkt:\n\n"
        "1. Afbud. Der var afbud fra Anna Holm.\n\n2. Formandsbeslutning. Bo Kirk orienterede om en beslutning.\n\n"
        "2. Eventuelt\n\nIntet.\n"
    )
    assert [(i.number, i.title) for i in doc.items] == [("1", "Meddelelse fra formanden"), ("2", "Eventuelt")]
    assert "Formandsbeslutning" in doc.items[0].decision


def test_numbers_without_punctuation_as_a_run():
    doc = parse_text(
        "Referat af bestyrelsesmøde\n\n1 Godkendelse af dagsorden\nGodkendt\n\n2 Regnskab 2023\nRegnskabet blev godkendt.\n\n"
        "3 Eventuelt\nIntet.\n"
    )
    assert [(i.number, i.title) for i in doc.items] == [("1", "Godkendelse af dagsorden"), ("2", "Regnskab 2023"), ("3", "Eventuelt")]
    assert items("Referat\n\n12 Deltagere var mødt.\n\nDer blev talt om mange ting.\n") == []


# Items told only by their face: bold or heading-styled lines, no numbers, no lead-in -----------


def _faced(rows: list[tuple[str, bool]]):
    from referat_parser.document import Line
    from referat_parser.extract.items import build_items, item_warnings, locate_items

    lines = [Line(text=text, bold=bold) for text, bold in rows]
    agenda = lines_to_agenda(lines)
    spans = locate_items(lines, agenda)
    found = build_items(lines, spans, agenda)
    return found, item_warnings(spans, found)


FACED_MINUTES = [
    ("Beboerrådet i Kastanjeparken", True),
    ("Referat fra møde 3. marts 2025", False),
    ("Deltagere: Jonna Dahl, Ivan Berg, Maja Lind", False),
    ("", False),
    ("Velkomst", True),
    ("Jonna bød velkommen.", False),
    ("", False),
    ("Affaldssortering", True),
    ("Der kommer nye containere til pap i maj.", False),
    ("Beslutning", True),
    ("Bestyrelsen bestiller to ekstra containere.", False),
    ("", False),
    ("Sommerfest", True),
    ("Maja og Ivan arrangerer festen den 14. juni.", False),
]


def test_bold_headings_without_numbers_are_items_numbered_by_position_with_a_warning():
    found, warnings = _faced(FACED_MINUTES)
    assert [(i.number, i.title) for i in found] == [("1", "Velkomst"), ("2", "Affaldssortering"), ("3", "Sommerfest")]
    assert found[1].decision == "Bestyrelsen bestiller to ekstra containere."
    assert "item-numbers-not-printed" in [w.code for w in warnings]


def test_the_bold_title_before_any_plain_text_and_fewer_than_three_headings_are_no_items():
    found, _ = _faced(FACED_MINUTES[:10])  # the title, then only two headings
    assert found == []


def test_bold_headings_in_a_word_file_are_items(tmp_path):
    import docx

    from referat_parser import parse_path

    document = docx.Document()
    for text, bold in FACED_MINUTES:
        if text:
            document.add_paragraph().add_run(text).bold = bold
    path = tmp_path / "minutes.docx"
    document.save(path)
    assert [i.title for i in parse_path(path).items] == ["Velkomst", "Affaldssortering", "Sommerfest"]


def test_a_list_entry_that_wraps_into_a_sentence_is_no_new_item():
    text = (
        "Referat\n\n1. Meddelelser fra formanden\n\nReferat\n\nFølgende emner blev nævnt:\n\n"
        "1. Afbud. Der var afbud fra Anna Holm og Bo\nKirk.\n\n"
        "2. Formandsbeslutning. Formanden orienterede om, at hun havde\ntruffet en beslutning om lukning af hallen.\n"
    )
    assert [(i.number, i.title) for i in items(text)] == [("1", "Meddelelser fra formanden")]


def test_signatures_under_role_labels_end_the_last_item():
    doc = parse_text(
        "Referat\n\n1. Budget\nGodkendt.\n\n2. Eventuelt\nIntet.\n\n"
        "Dirigent og Referent:\nSten Holm\n\nFormand:\nHenning Lund\n\nKasserer:\nPer F Larsen\n"
    )
    assert [s.text for s in doc.items[-1].sections] == ["Intet."]


def test_plain_short_lines_standing_over_their_paragraphs_are_items_three_or_more():
    text = (
        "Referat af møde i Ejerforeningen Toften\nDeltagere: Lis, Bo og Ane\n\n"
        "Vinduer\nDer er indhentet tilbud på nye vinduer.\n\nTilbuddet fra firma A er billigst.\n\n"
        "Haven\nHækken klippes i juni.\n\nEventuelt\nIntet.\n"
    )
    assert [(i.number, i.title) for i in items(text)] == [("1", "Vinduer"), ("2", "Haven"), ("3", "Eventuelt")]
    assert items(text.replace("Haven\nHækken", "Haven blev luget.\nHækken")) == []  # two: too few to be a pattern


def test_access_printed_before_the_case_number_label_on_a_metadata_line():
    from referat_parser import parse_bytes

    text = ("Referat\nByrådet\n\n1. Godkendelse af dagsorden\nÅbent punkt   Sagsnummer: 25/00101\n\nBeslutning\nGodkendt.\n\n"
            "2. Salg af grund\nLukket punkt Sagsnr.: 24/11230\n\nBeslutning\nGodkendt.\n")
    doc = parse_bytes(text.encode(), "x.txt")
    assert [(i.case_number, i.access) for i in doc.items] == [("25/00101", "open"), ("24/11230", "closed")]
    assert all(s.kind == "decision" for i in doc.items for s in i.sections)  # the metadata line left no text behind


def test_a_closed_item_whose_title_is_only_its_access():
    from referat_parser import parse_bytes

    text = "Referat\nByrådet\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n2. Lukket punkt\n\nBeslutning\nGodkendt.\n"
    doc = parse_bytes(text.encode(), "x.txt")
    assert [(i.number, i.title, i.access) for i in doc.items] == [("1", "Godkendelse af dagsorden", None), ("2", "Lukket punkt", "closed")]


def test_a_sentence_ending_in_an_item_reference_is_no_item_label():
    from referat_parser.extract.items import is_label_line

    assert is_label_line("Punkt 3") and is_label_line("Pkt. 4 og 5")
    assert is_label_line("Kulturudvalget, 04-05-2021, pkt. 17")  # a history heading
    assert not is_label_line("Godkendt med tilføjelse af punkt 4a.")
    doc = parse_text("Referat\n\n1. Godkendelse af dagsorden\nGodkendt med tilføjelse af punkt 4a.\n\n2. Budget\nGodkendt.\n\n3. Eventuelt\nIntet.\n")
    assert doc.items[0].sections[0].text == "Godkendt med tilføjelse af punkt 4a."


def test_a_title_in_a_face_of_its_own_over_bold_item_headings_is_no_item():
    from referat_parser.document import Line

    rows = [
        ("Ældrerådet i Nordby Kommune", False, False), ("Referat af møde den 11. juni 2025", False, True),
        ("Til stede: Birte Holm, Erik Fog", False, False),
        ("Godkendelse af dagsorden", True, False), ("Godkendt.", False, False),
        ("Budget 2026", True, False), ("Rådet drøftede budgettet.", False, False),
        ("Besøg på plejecentret", True, False), ("Besøget var godt.", False, False),
        ("Eventuelt", True, False), ("Intet.", False, False),
    ]
    lines = [Line(text, page=1, bold=bold, heading=heading) for text, bold, heading in rows]
    items, first = lines_to_items(lines, lines_to_agenda(lines))
    assert [(i.number, i.title) for i in items] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Budget 2026"), ("3", "Besøg på plejecentret"), ("4", "Eventuelt"),
    ]
    assert first == 3


def test_access_in_brackets_on_the_line_under_the_title():
    got = items("1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n2. Klage over afslag på dispensation, Strandvejen 12\n"
                "(lukket punkt)\n\nBeslutning\nFastholdt.\n\n3. Eventuelt\n[Åben]\nBeslutning\nIntet.")
    assert [(i.number, i.title, i.access) for i in got] == [
        ("1", "Godkendelse af dagsorden", None), ("2", "Klage over afslag på dispensation, Strandvejen 12", "closed"),
        ("3", "Eventuelt", "open"),
    ]
    assert [[s.kind for s in i.sections] for i in got] == [["decision"]] * 3


@pytest.mark.parametrize("label", ["Til punkt 2:", "Vedr. punkt 2", "ad pkt. 2", "Vedrørende pkt. 2:"])
def test_labels_answering_the_agenda_point_by_point(label):
    cand = line_candidate(label, 0)
    assert (cand.style, cand.number, cand.title) == ("punkt", "2", "")


@pytest.mark.parametrize("line", ["Til slut blev punkt 2 drøftet.", "Vedr. sag 12/2024 henvises til bilag."])
def test_sentences_opening_with_a_reference_word_are_no_labels(line):
    assert line_candidate(line, 0) is None


def test_a_body_heading_that_goes_on_past_the_index_title_keeps_its_whole_title():
    doc = parse_text("Dagsorden:\n1. Referat\n2. Økonomi\n3. Stævner\n\nAd 1: Referat\nGodkendt.\n\n"
                     "Ad 2: Økonomi – herunder kontingentstigning fra 2026 og nye takster\nBesluttet.\n\nAd 3: Stævner\nTo stævner.")
    assert [(i.number, i.title) for i in doc.items] == [
        ("1", "Referat"), ("2", "Økonomi – herunder kontingentstigning fra 2026 og nye takster"), ("3", "Stævner"),
    ]


def test_groups_under_a_closed_heading_keep_its_access_and_a_group_after_a_closed_group_drops_it():
    nested = items(
        "1. Budget\n\nBeslutning\n\nGodkendt.\n\nLukket dagsorden\n\nSager til beslutning\n\n2. Køb af jord\n\n"
        "Beslutning\n\nGodkendt.\n\nSager til orientering\n\n3. Retssag\n\nBeslutning\n\nTaget til efterretning."
    )
    assert [(i.group, i.access) for i in nested] == [
        (None, None), ("Sager til beslutning", "closed"), ("Sager til orientering", "closed"),
    ]
    flat = items(
        "Lukkede sager\n\n1. Køb af jord\n\nBeslutning\n\nGodkendt.\n\nSager til orientering\n\n2. Status\n\n"
        "Beslutning\n\nTaget til efterretning."
    )
    assert [(i.group, i.access) for i in flat] == [("Lukkede sager", "closed"), ("Sager til orientering", None)]


def test_names_each_over_their_role_end_the_last_item_as_signatures():
    got = items(
        "1. Budget\n\nBeslutning\n\nGodkendt.\n\n2. Eventuelt\n\nIntet.\n\n\n"
        "Karen Vestergaard\nformand\n\nNiels Bonde\nnæstformand\n"
    )
    assert got[-1].sections[0].text == "Intet."


def test_numbering_restarted_under_a_group_heading_with_a_colon_is_items_not_a_list():
    text = (
        "Dagsorden\n1. Godkendelse af dagsorden\n2. Budget\nMeddelelser:\n1. Status på ombygningen\n2. Årsberetning\n\n"
        "1. Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n\n2. Budget\nBeslutning:\nUdsat.\n\n"
        "Meddelelser:\n\n1. Status på ombygningen\nByggeriet følger tidsplanen.\n\n2. Årsberetning\nTaget til efterretning.\n"
    )
    assert [(i.number, i.title) for i in items(text)] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Budget"), ("1", "Status på ombygningen"), ("2", "Årsberetning"),
    ]


def test_a_numbered_heading_printed_again_with_fortsat_goes_on_with_its_item():
    doc = parse_text("Referat\n\n1. Budget\nGodkendt.\n\n2. Økonomi\nKassen er gjort op.\n\n2. Økonomi (forts.)\n"
                     "Der er 4.000 kr. i overskud.\n\n3. Eventuelt\nIntet.\n")
    assert [i.number for i in doc.items] == ["1", "2", "3"]
    assert doc.items[1].sections[0].text == "Kassen er gjort op.\n\nDer er 4.000 kr. i overskud."
