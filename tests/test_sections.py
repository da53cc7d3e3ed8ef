"""Sections of an item: headings and their kinds, paragraphs, recommendations, attachments."""

import pytest
from conftest import cleaned, parse_text

from referat_parser.extract.agenda import lines_to_agenda
from referat_parser.extract.items import lines_to_items
from referat_parser.extract.sections import attachments_from, recommendations_from
from referat_parser.headings import heading_kind


def items(text: str):
    lines = cleaned(text)
    return lines_to_items(lines, lines_to_agenda(lines))[0]


@pytest.mark.parametrize(
    "heading, kind",
    [
        ("Resumé", "summary"), ("Resume", "summary"), ("Baggrund", "background"), ("Sagsfremstilling", "case"),
        ("Beskrivelse af sagen", "case"), ("Indstilling", "recommendation"), ("Forvaltningens indstilling", "recommendation"),
        ("Bilag:", "attachments"), ("Beslutning:", "decision"), ("Beslutninger", "decision"), ("Referat", "decision"),
        ("Økonomiudvalgets beslutning", "decision"), ("Beslutning i Byrådet", "decision"), ("Orientering", "orientation"),
        ("Økonomiske konsekvenser og finansiering", "economy"), ("Høring", "hearing"), ("Lovgrundlag", "other"),
        ("BESLUTNING", "decision"), ("Drøftelse og beslutning", "decision"), ("Referat/beslutning", "decision"),
        ("Sagsfremstilling og indstilling", "recommendation"), ("Baggrund og sagsfremstilling", "background"),
        ("Sagens kerne", "summary"), ("Sagens resumé", "summary"), ("Bilagsoversigt", "attachments"),
        ("Teknik- og Miljøudvalgets beslutning", "decision"), ("Børne- og Ungeudvalgets beslutning den 4. marts 2024", "decision"),
        ("Kultur- og Fritidsudvalgets indstilling", "recommendation"),
    ],
)
def test_heading_vocabulary(heading, kind):
    assert heading_kind(heading) == kind


@pytest.mark.parametrize(
    "line", ["Omlægning af takstopkrævningen", "Beslutningen blev udsat til næste møde.", "Bilag 1: Notat", "Børn og unge"]
)
def test_not_headings(line):
    assert heading_kind(line) is None


@pytest.mark.parametrize(
    "lines, expected",
    [
        (["Det indstilles, at", "", "• Udvalget godkender budgettet", "• Udvalget drøfter takster"], 2),
        (["Det indstilles, at Den Administrative Styregruppe", "1. Godkender dagsordenen"], 1),
        (["Forvaltningen indstiller, at", "", " 1. Rådet godkender dagsordenen.", " 2. beslutte om mere."], 2),
        (["Det indstilles, at Byrådet godkender budgettet."], 1),
        (["Det indstilles, at Udvalget:", "- Drøfter status", "  og følger op", "- Godkender planen"], 2),
        (["• Punkt et", "  o underpunkt", "• Punkt to"], 2),
    ],
)
def test_recommendations(lines, expected):
    assert len(recommendations_from(lines)) == expected


def test_recommendation_text_without_leadin():
    assert recommendations_from(["Det indstilles, at Byrådet godkender budgettet."]) == ["Byrådet godkender budgettet."]


def test_attachments():
    assert attachments_from(["Bilag 1: Notat", "Bilag 2: Oversigt"]) == ["Bilag 1: Notat", "Bilag 2: Oversigt"]
    assert attachments_from(["- Notat om budget", "- Bilag - takster (2024)", "  fortsat navn"]) == [
        "Notat om budget", "Bilag - takster (2024) fortsat navn",
    ]


def test_sections_text_paragraphs_and_inline_heading():
    doc = parse_text(
        "1. Budget\n\nSagsfremstilling\n\nFørste linje af afsnit\nfortsætter her.\n\nNyt afsnit.\n\nBeslutning: Godkendt uden bemærkninger."
    )
    item = doc.items[0]
    assert [(s.kind, s.heading) for s in item.sections] == [("case", "Sagsfremstilling"), ("decision", "Beslutning:")]
    assert item.sections[0].text == "Første linje af afsnit fortsætter her.\n\nNyt afsnit."
    assert item.decision == "Godkendt uden bemærkninger."


@pytest.mark.parametrize(
    "heading",
    ["Beslutning i Økonomiudvalget den 12. marts 2024", "Beslutning Byrådet 26-01-2023", "Byrådets beslutning den 3. maj 2022"],
)
def test_decision_headings_with_body_and_date(heading):
    assert heading_kind(heading) == "decision"


def test_two_line_decision_heading():
    got = items("1. Budget\n\nBeslutning\nØkonomiudvalget den 12-03-2024\nGodkendt.")
    assert got[0].decision == "Godkendt."
    assert got[0].sections[-1].heading == "Beslutning Økonomiudvalget den 12-03-2024"


def test_unmarked_proposals_one_per_at_line():
    lines = ["Direktionen foreslår,", "at orienteringen tages til efterretning, og", "at tidsplanen", "godkendes."]
    assert recommendations_from(lines) == ["at orienteringen tages til efterretning", "at tidsplanen godkendes."]
    assert recommendations_from(["Det indstilles, at", "sagen tages til efterretning."]) == ["sagen tages til efterretning."]


def test_list_entries_keep_their_own_lines_in_section_text():
    doc = parse_text("Referat\n\n1. Meddelelser\na) Formanden: Nyt tag.\nb) Præsten: Konfirmation\nden 5. maj.\n\nBeslutning\nTaget til efterretning.\n")
    assert doc.items[0].sections[0].text == "a) Formanden: Nyt tag.\nb) Præsten: Konfirmation den 5. maj."


@pytest.mark.parametrize(
    "heading", ["Beslutning Teknik- og Miljøudvalget den 11-03-2024", "Beslutning Byrådet", "Afgørelse Klagenævnet"]
)
def test_decision_headings_naming_the_body(heading):
    assert heading_kind(heading) == "decision"


@pytest.mark.parametrize("line", ["Beslutning blev udsat", "Beslutning om budget"])
def test_decision_word_before_other_words_is_no_heading(line):
    assert heading_kind(line) is None


def test_plain_decision_headings_are_joined_not_taken_as_history():
    doc = parse_text("Referat\n\n1. Budget\n\nBeslutning\nGodkendt.\n\nProtokol\nBo Ek stemte imod.\n")
    assert doc.items[0].decision == "Godkendt.\n\nBo Ek stemte imod."


@pytest.mark.parametrize(
    "heading, kind",
    [
        ("Beslutning Udvalget for teknik og miljø den 18-02-2019", "decision"), ("Administrativ indstilling", "recommendation"),
        ("Beslutningspunkter", "recommendation"), ("Borgmesterens Afdelings påtegning", "other"), ("Sagsforløb", "other"),
        ("Beslutning Udvalget for Børn, Unge og Familie den 3. maj 2024", "decision"),
        ("Beslutning om at udsætte sagen", None),
    ],
)
def test_headings_with_more_words_than_the_heading_word(heading, kind):
    assert heading_kind(heading) == kind


def test_history_headings_give_the_last_decision():
    item = items(
        "1. Skatepark\n\nIndstilling\nForvaltningen indstiller, at projektet godkendes.\n\n"
        "Kulturudvalget, 04-05-2021, pkt. 17\nAnbefales.\n\nByrådet, 18-05-2021, pkt. 40\nGodkendt.\n"
    )[0]
    assert [s.heading for s in item.sections] == ["Indstilling", "Kulturudvalget, 04-05-2021, pkt. 17", "Byrådet, 18-05-2021, pkt. 40"]
    assert item.decision == "Godkendt."


def test_numbered_at_recommendations_end_with_their_list():
    lines = ["Det indstilles:", "At 1) der gives en bevilling på 2 mio. kr. fordelt over", "2025 og 2026.",
             "At) resten finansieres af puljen.", "", "Fremsendes til Magistraten."]
    assert recommendations_from(lines) == [
        "der gives en bevilling på 2 mio. kr. fordelt over 2025 og 2026.", "resten finansieres af puljen.",
    ]


def test_unmarked_recommendation_is_the_paragraph_after_the_leadin():
    assert recommendations_from(["Det indstilles:", "", "Planen vedtages.", "", "Fremsendes til Magistraten."]) == ["Planen vedtages."]
    assert recommendations_from(["Det indstilles, at", "planen vedtages.", "", "Fremsendes til Magistraten."]) == ["planen vedtages."]


def test_decision_ends_at_a_heading_in_capitals_and_drops_a_stray_dot():
    item = items(
        "1. Forslag om bænke\n\nBeslutninger\nFremsendes til udvalget.\n\n.\nBESLUTNINGSFORSLAG FRA Ø\n"
        "Baggrund:\nDer mangler bænke.\nForslag\nVi foreslår, at\n- der opstilles bænke.\n"
    )[0]
    assert item.decision == "Fremsendes til udvalget."
    assert [s.kind for s in item.sections] == ["decision", "other"]  # the quoted proposal's own headings are its text
    assert item.recommendations == []


def test_an_empty_attendance_label_glued_onto_the_decision_is_left_out():
    assert items("1. Dagsorden\n\nBeslutning: Fraværende: Godkendt.\n")[0].decision == "Godkendt."
    assert items("1. Dagsorden\n\nBeslutning: Fraværende: Hanne Lind. Godkendt.\n")[0].decision == "Fraværende: Hanne Lind. Godkendt."


def test_bilag_list_entries_that_look_like_headings_are_attachments():
    item = items(
        "1. Regnskab\n\nIndstilling\nDet indstilles, at regnskabet godkendes.\n\nBilag\n\nIndstilling\n\n"
        "Bilag 1: Kort\n\nHøringssvar fra Ellebo (påført 01.02.2024)\n"
    )[0]
    assert item.attachments == ["Indstilling", "Bilag 1: Kort", "Høringssvar fra Ellebo (påført 01.02.2024)"]
    assert item.recommendations == ["regnskabet godkendes."]


def test_a_decision_after_a_bilag_list_is_a_heading_again():
    item = items("1. Regnskab\n\nBilag\n1. Regnskab 2023\n\nBeslutning Økonomiudvalget den 12-03-2024\nGodkendt.\n")[0]
    assert item.attachments == ["Regnskab 2023"] and item.decision == "Godkendt."


def test_capitals_that_end_a_sentence_are_no_heading():
    item = items("1. Vedtægter\n\nForslag om kontingentfrihed. Forslaget blev\nENSTEMMIGT VEDTAGET!\nNæste forslag.\n")[0]
    assert [s.kind for s in item.sections] == ["text"]


def test_a_heading_followed_by_prose_ends_a_bilag_list():
    item = items("1. Plan\n\nBilag\n1. Kort\n\nIndstilling\nForvaltningen indstiller, at planen godkendes.\n")[0]
    assert item.attachments == ["Kort"] and item.recommendations == ["planen godkendes."]


def test_without_an_empty_subject_slot_the_decision_keeps_its_last_sentence():
    text = "".join(
        f"{n}. Sag {n}\n\nBeslutning\nGodkendt.\nAnna Holm tog forbehold.\n\nResume\nTekst om sagen.\n\n" for n in (1, 2)
    )
    assert [i.decision for i in items(text)] == ["Godkendt. Anna Holm tog forbehold."] * 2


def test_a_history_heading_with_its_decision_on_the_same_line():
    item = items("1. Vintertjeneste\n\nBeslutning\nTaget til efterretning.\n\nØkonomiudvalget den 18-03-2024: Anbefales.\n")[0]
    assert [(s.kind, s.heading, s.text) for s in item.sections][-1] == ("decision", "Økonomiudvalget den 18-03-2024:", "Anbefales.")


def test_the_decision_dated_the_meeting_date_is_this_meetings_among_the_history():
    doc = parse_text(
        "Teknik- og Miljøudvalget\nReferat\nMødedato: 11. marts 2024\n\n1. Vintertjeneste\n\nSagsfremstilling\nTekst.\n\n"
        "Beslutning Teknik- og Miljøudvalget den 11-03-2024\nTaget til efterretning.\n\n"
        "Økonomiudvalget den 18-03-2024: Anbefales.\n"
    )
    assert doc.items[0].decision == "Taget til efterretning."


def test_a_wrapped_attachment_line_continues_its_entry():
    assert attachments_from(["Indstilling", "", "Bilag 1: Forslag til lokalplan nr. 12 med", "tillæg 1", "", "Bilag 2: Kort"]) == [
        "Indstilling", "Bilag 1: Forslag til lokalplan nr. 12 med tillæg 1", "Bilag 2: Kort",
    ]


def test_sub_numbered_points_are_list_entries_but_times_are_not():
    from referat_parser.extract.sections import _is_list_entry

    assert _is_list_entry("2.1 Fra formanden")
    assert _is_list_entry("3.2. Fra elevrådet")
    assert not _is_list_entry("12.30 Frokost og afslutning")
    assert not _is_list_entry("3.5 mio. kr. er afsat")


@pytest.mark.parametrize("printed", [["Ingen bilag."], ["Ingen"], ["-"], ["Der er ingen bilag."]])
def test_a_bilag_list_saying_there_are_none_lists_nothing(printed):
    assert attachments_from(printed) == []
    assert attachments_from(["Notat om vandløb", *printed]) == ["Notat om vandløb"]


def test_a_recommendation_saying_none_proposes_nothing():
    doc = parse_text("Referat\n\n1. Vandplan\nIndstilling\nIngen.\nBeslutning\nGodkendt.\n\n2. Eventuelt\nBeslutning\nIntet.\n")
    assert [i.recommendations for i in doc.items] == [[], []]


@pytest.mark.parametrize("line, kind", [
    ("Byrådet behandler sagen den 26. februar 2025.", None),
    ("Økonomiudvalget godkendte planen den 3. marts 2025", None),
    ("Udvalget for Teknik og Miljø, 04-05-2021, pkt. 17", "decision"),
    ("Teknik- og Miljøudvalget den 3. maj 2021", "decision"),
    ("Byrådet, 18-05-2021, pkt. 40", "decision"),
    ("Provstiet holder budgetsamråd 12. marts.", None),  # the body's name ends a sentence
    ("• Formanden: Provstiet holder budgetsamråd 12. marts.", None),  # a list entry, a label's sentence
    ("Børne- og Ungeudvalget den 3. marts 2025", "decision"),
    ("Udvalget for Klima, Miljø og Natur 3. marts 2025", "decision"),
])
def test_a_sentence_about_a_body_and_a_date_is_no_history_heading(line, kind):
    from referat_parser.headings import history_heading_kind

    assert history_heading_kind(line) == kind


@pytest.mark.parametrize("line, found", [
    ("Beslutning\tAnbefales.", ("decision", "Beslutning", "Anbefales.")),
    ("Beslutning\tGodkendt.", ("decision", "Beslutning", "Godkendt.")),
    ("Beslutning Byrådet", ("decision", "Beslutning Byrådet", "")),
])
def test_a_heading_cell_beside_its_one_word_text_is_the_heading_and_the_text(line, found):
    from referat_parser.extract.sections import split_heading

    assert split_heading(line) == found


def test_template_headings_after_the_recommendation_are_sections_of_their_own():
    doc = parse_text("Referat\nByrådet\n\n1. Lokalplan\n\nIndstilling\nDirektionen indstiller,\n- at planen godkendes\n"
                     "- at den offentliggøres\n\nBeslutningskompetence\nByrådet\n\nBorgerinddragelse\nDer holdes borgermøde.\n\n"
                     "Beslutning\nGodkendt.\n")
    item = doc.items[0]
    assert [(s.kind, s.heading) for s in item.sections] == [
        ("recommendation", "Indstilling"), ("other", "Beslutningskompetence"), ("other", "Borgerinddragelse"), ("decision", "Beslutning"),
    ]
    assert item.recommendations == ["at planen godkendes", "at den offentliggøres"]


def test_a_decision_heading_whose_date_wraps_before_the_year():
    doc = parse_text("Referat\nByrådet\nDato: 26.03.2025\n\n1. Lokalplan 45\n\nSagsfremstilling\nPlanen er klar.\n\n"
                     "Beslutning i Teknik- og Miljøudvalget den\n10. februar 2025\nAnbefales.\n\n"
                     "Beslutning i Byrådet den 26. marts\n2025\nGodkendt.\n")
    item = doc.items[0]
    assert [s.heading for s in item.sections][1:] == [
        "Beslutning i Teknik- og Miljøudvalget den 10. februar 2025", "Beslutning i Byrådet den 26. marts 2025",
    ]
    assert item.decision == "Godkendt."  # '2025' alone is the heading's year, no page number and no decision text


def test_a_combined_recommendation_and_decision_heading_alone_holds_the_decision():
    doc = parse_text("Referat\nByrådet\n\n1. Budget\n\nIndstilling og beslutning\nForvaltningen indstiller, at budgettet godkendes.\n"
                     "Godkendt.\n\n2. Eventuelt\n\nBeslutning\nIntet.\n")
    assert [s.kind for s in doc.items[0].sections] == ["decision"]


def test_a_leadin_in_the_text_opens_the_recommendations_only_over_a_list():
    listed = items("1. Budget\nSagsfremstilling\nBudgettet er lagt.\nDet indstilles:\n- at budgettet godkendes\n\n2. Eventuelt\nIntet.\n")
    assert [s.kind for s in listed[0].sections] == ["case", "recommendation"] and listed[0].recommendations == ["at budgettet godkendes"]
    prose = items("1. Budget\nSagsfremstilling\nBudgettet er lagt.\nDet indstilles:\nBudgettet blev drøftet.\n\n2. Eventuelt\nIntet.\n")
    assert [s.kind for s in prose[0].sections] == ["case"] and prose[0].recommendations == []
