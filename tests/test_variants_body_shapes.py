"""Item, section and index shapes of minutes from bodies the seeds do not cover (tests/variants/),
each written with invented names and text after a shape seen in real minutes."""

from __future__ import annotations

from pathlib import Path

from referat_parser import parse_path

VARIANTS = Path(__file__).resolve().parent / "variants"


def test_attendance_notes_over_a_decision_stand_apart_from_it():
    """'Beslutning i … den …:' / 'Fraværende:' (left empty) / 'Godkendt.': the decision is 'Godkendt.';
    'Fraværende: Birthe Lunde' over it, or 'Fraværende:' over 'Hanne Lunde', is a paragraph of its own
    before the decision's text (it says who was absent; the decision keeps it)."""
    doc = parse_path(VARIANTS / "committee-decision-opens-with-attendance-label.txt")
    assert [i.decision for i in doc.items] == [
        "Godkendt.",
        "Fraværende: Birthe Lunde\n\nIndstillingen blev godkendt.",
        "Fraværende: Birthe Lunde\n\nFormanden orienterede om mødet med idrætsrådet. Orienteringen blev taget til efterretning.",
        "Fraværende: Hanne Lunde\n\nAnbefales.",
    ]
    assert [i.recommendations for i in doc.items[:2]] == [["at dagsordenen godkendes"], ["at der gives et tilskud på 40.000 kr."]]


def test_agenda_headed_by_the_meeting_it_is_for_gives_titles_to_ad_outcomes():
    """'Dagsorden til bestyrelsesmøde tirsdag den 4.3.2025' (no colon) over a numbered list, then
    'Ad 1: <outcome>': the list is the agenda and the items take their titles from it; an outcome
    that opens with its item's title ('Næste bestyrelsesmøde bliver holdt …') is kept whole."""
    doc = parse_path(VARIANTS / "board-agenda-for-the-meeting-then-ad-outcomes.txt")
    titles = ["Forberedelse af generalforsamlingen", "Nye regler for udlån af trailer", "Arbejdsdag i foråret",
              "Næste bestyrelsesmøde", "Eventuelt"]
    assert [(e.number, e.title) for e in doc.agenda] == [(str(n), t) for n, t in enumerate(titles, 1)]
    assert [(i.number, i.title) for i in doc.items] == [(str(n), t) for n, t in enumerate(titles, 1)]
    assert [i.sections[0].text for i in doc.items] == [
        "Indkaldelsen sendes ud senest den 15. marts. Kirsten bestiller lokale.",
        "Reglerne blev drøftet og sendes ud med nyhedsbrevet.",
        "Arbejdsdagen holdes lørdag den 26. april fra kl. 9.",
        "Næste bestyrelsesmøde bliver holdt umiddelbart efter generalforsamlingen.",
        "Intet.",
    ]


def test_headings_running_on_into_sentences_end_their_titles_before_them():
    """'Økonomi.  Budget 2026 vedtages …', a last sentence without its full stop ('Kirkekoret.  Det er
    besluttet at …'), and a colon before a sentence that a later full stop ends ('Evt: Flere medlemmer er
    på valg …. Man kan …'): the title ends before the sentence. 'Orientering: Status på tagrenoveringen.'
    keeps its colon: no sentence follows it."""
    doc = parse_path(VARIANTS / "parish-headings-run-on-into-sentences.txt")
    assert [i.title for i in doc.items] == [
        "Godkendelse af dagsorden", "Orientering: Status på tagrenoveringen", "Økonomi", "Kirkekoret", "Evt",
    ]
    assert doc.items[3].sections[0].text == "Det er besluttet at koret fortsætter i den nuværende form og med samme dirigent"
    assert doc.items[4].sections[0].text.startswith("Flere medlemmer er på valg i år")
    assert doc.items[4].sections[0].text.endswith("Man kan kontakte formanden for at høre mere.")


def test_items_written_out_one_a_line_are_no_agenda():
    """Numbered lines closing the document, each an item with its outcome in sentences ('4. Fastelavnsfest
    søndag 2. marts. Vi mødes kl. 13.00 …'): the items, not also an index of titles."""
    doc = parse_path(VARIANTS / "residents-board-one-line-items-with-outcomes.txt")
    assert doc.agenda == []
    assert [i.number for i in doc.items] == ["1", "2", "3", "4", "5", "6", "7"]
    assert doc.items[3].title == "Fastelavnsfest søndag 2. marts"


def test_index_entries_with_numbers_set_apart_by_a_space_only():
    """'14 Høring: Forslag til lokalplan 210.4 -' / 'rækkehuse …' under 'Indholdsfortegnelse:' and a group
    'Åbne', the items printed '14. Høring: …': every entry is read, wrapped titles whole, with its group."""
    doc = parse_path(VARIANTS / "disability-council-index-numbers-without-marks.txt")
    titles = ["Høring: Forslag til lokalplan 210.4 - rækkehuse ved Skovbrynet i Vestby",
              "Hvem skal modtage årets tilgængelighedspris?", "Årsberetning 2024"]
    assert [(e.number, e.title, e.group) for e in doc.agenda] == [(str(n), t, "Åbne") for n, t in zip((14, 15, 16), titles)]
    assert [(i.number, i.title, i.access) for i in doc.items] == [(str(n), t, "open") for n, t in zip((14, 15, 16), titles)]
    assert [i.decision for i in doc.items] == [
        "Rådet ønsker niveaufri adgang til alle boliger.", "Prisen gives til biblioteket i Vestby.", "Godkendt.",
    ]


def test_index_glued_to_the_first_item_of_a_web_page_stopping_early():
    """A web page's blocks flattened without line breaks: '6. Eventuelt1. Besøg på Lindegården' (the
    index's last entry and the first item's heading) and 'Sagsfremstilling2. Godkendelse af dagsorden'
    are two lines each. The list whose first entry comes again right under it is the index, though the
    page stops before the other items; a long lead-in with nothing after it proposes nothing."""
    doc = parse_path(VARIANTS / "web-committee-index-glued-to-first-item.txt")
    assert [(e.number, e.title) for e in doc.agenda] == [
        ("1", "Besøg på Lindegården"), ("2", "Godkendelse af dagsorden"), ("3", "Høring om kvalitetsstandarder for madservice"),
        ("4", "Orientering fra formanden"), ("5", "Mødeplan for 2026"), ("6", "Eventuelt"),
    ]
    assert [(i.number, i.title) for i in doc.items] == [("1", "Besøg på Lindegården"), ("2", "Godkendelse af dagsorden")]
    assert [i.decision for i in doc.items] == ["Rådet blev vist rundt og hørte om de nye aktiviteter i caféen.", "Godkendt."]
    assert doc.items[0].recommendations == []
    assert [w.code for w in doc.warnings].count("agenda-item-missing-in-body") == 4


def test_label_headings_with_colons_over_paragraphs_are_items():
    """'Grønt udvalg:' alone on its line over its paragraph, no numbers anywhere: the items, numbered by
    position (with a warning); the attendance labels of the header ('Tilstede: …', 'Ref: …') are none."""
    doc = parse_path(VARIANTS / "landowners-board-label-headings-with-colons.txt")
    assert [(i.number, i.title) for i in doc.items] == [
        ("1", "Formanden:"), ("2", "Godkendelse af sidste referat:"), ("3", "Økonomi:"), ("4", "Vejudvalget:"), ("5", "Eventuelt:"),
    ]
    assert doc.items[3].sections[0].text == "Der er indhentet to tilbud på ny asfalt. Bestyrelsen valgte det billigste."
    assert "item-numbers-not-printed" in [w.code for w in doc.warnings]


def test_numbering_lost_to_bullets_after_the_first_item():
    """'1. Generalforsamling' printed under the agenda, then '• Altanrenovering', '• Gårdfest', '• Evt.'
    (a list's numbers turned into bullets): the bulleted lines that print the index's titles again are the
    other items, numbered as the index numbers them; 'Evt.' is the index's 'Evt. (kort)'."""
    doc = parse_path(VARIANTS / "housing-board-numbering-lost-to-bullets-after-first-item.txt")
    assert [(i.number, i.title) for i in doc.items] == [
        ("1", "Generalforsamling"), ("2", "Altanrenovering"), ("3", "Gårdfest"), ("4", "Evt."),
    ]
    assert doc.items[1].sections[0].text == "Ingeniøren har set på altanerne. To altaner skal have nye gelændere."
    assert doc.items[3].sections[0].text == "Intet."
    assert "agenda-item-missing-in-body" not in [w.code for w in doc.warnings]


def test_decision_and_discussion_point_groups_between_items():
    """'Beslutningspunkter' and 'Punkter til drøftelse' standing alone before an item's heading: group
    headings of the items under them, no section of the item before."""
    doc = parse_path(VARIANTS / "parish-decision-and-discussion-point-groups.txt")
    assert [(i.number, i.group) for i in doc.items] == [("1", None), ("2", "Beslutningspunkter"), ("3", "Punkter til drøftelse")]
    assert [s.kind for s in doc.items[0].sections] == ["text"]
    assert [i.decision for i in doc.items] == [None, "Forslaget blev vedtaget.", "Graveren indhenter tilbud på ny belægning."]


def test_type_tags_and_lettered_sub_points_under_a_long_heading():
    """'2. (B) Indsamling … v. Lise Holm Sørensen' over 'a. Indsamlingen nævnes …': the lettered line is
    the item's first sub-point, not the end of a wrapped title; '(O/B)' is a type tag like '(B)'."""
    doc = parse_path(VARIANTS / "parish-type-tags-and-lettered-sub-points.txt")
    assert [(i.number, i.title) for i in doc.items] == [
        ("1", "Godkendelse af dagsorden"),
        ("2", "Indsamling til Folkekirkens Nødhjælp - i år og fremover v. Lise Holm Sørensen"),
        ("3", "Informationer og indstillinger fra udvalgene:"),
        ("4", "Eventuelt"),
    ]
    assert doc.items[1].sections[0].text.startswith("(B)\na. Indsamlingen nævnes ved kirkekaffen den 9. marts")
    assert doc.items[2].sections[0].text.startswith("(O/B)\na. Kirkeværge v. Rune")


def test_zero_padded_numbers_in_the_index_and_the_items():
    """'01. Valg af dirigent' in the agenda and again over the outcome: entry and item are both number
    '1' (as the spec writes numbers), and each finds the other."""
    doc = parse_path(VARIANTS / "bowling-club-zero-padded-item-numbers.txt")
    assert [e.number for e in doc.agenda] == ["1", "2", "3", "4", "5"]
    assert [i.number for i in doc.items] == ["1", "2", "3", "4", "5"]
    codes = [w.code for w in doc.warnings]
    assert "agenda-item-missing-in-body" not in codes and "item-missing-in-agenda" not in codes


def test_a_heading_printed_twice_starts_the_item_at_its_first_copy():
    """'2. Vintertjeneste … (O)' over '2.     Vintertjeneste … (O)' and the case number (a web page's link
    over the item's own heading): the item starts at the first copy, so the decision before ends above
    it; 'Fraværende:' over a sentence that opens with a name ('Karen Holt orienterede …') is an empty field."""
    doc = parse_path(VARIANTS / "committee-web-heading-printed-twice-over-case-number.txt")
    assert [(i.number, i.case_number) for i in doc.items] == [("1", "450-2025-210"), ("2", "450-2025-233")]
    assert [i.decision for i in doc.items] == ["Godkendt.", "Karen Holt orienterede om saltning af de nye stier."]
