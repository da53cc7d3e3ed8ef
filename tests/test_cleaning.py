from conftest import cleaned, parse_text

from referat_parser.cleaning import clean, join_hyphenated, remove_furniture, underlines_apart
from referat_parser.shapes import is_page_number
from referat_parser.document import Line, RawDocument


def texts(text: str) -> list[str]:
    return [line.text for line in cleaned(text)]


def test_page_numbers_are_dropped():
    for number in ["12/16", "Side 3 af 9", "side 3 af 9", "- 4 -", "Page 2 of 5", "7"]:
        assert is_page_number(number), number
    assert not is_page_number("12 pladser")
    assert texts("Første afsnit.\n\nSide 2 af 9\n\nAndet afsnit.") == ["Første afsnit.", "", "Andet afsnit."]


def test_template_residue_and_footer_fields_are_dropped():
    text = "Sidste linje.\nClick here to enter text.\nDokument: Neutral titel\n\n12/16\n\nNæste linje."
    assert "Click here to enter text." not in texts(text)
    assert "Dokument: Neutral titel" not in texts(text)
    assert "Klik her for at angive tekst." not in texts("A.\nKlik her for at angive tekst.\nB.")


def test_dokument_label_away_from_page_numbers_stays():
    assert "Dokument: budgetnotat" in texts("Se bilaget.\nDokument: budgetnotat\nmere tekst")


def test_web_navigation_is_dropped():
    assert "Til toppen" not in texts("Beslutning\n\nGodkendt.\n\nTil toppen\n\n2. Næste punkt")


def test_bare_url_lines_are_dropped_but_urls_in_sentences_stay():
    out = texts("Referatet blev godkendt\n\nhttp://www.example.dk/referat.pdf\n\nLæs mere på https://kommune.dk i dag.")
    assert "http://www.example.dk/referat.pdf" not in out
    assert "Læs mere på https://kommune.dk i dag." in out


def test_running_header_with_date_and_its_neighbours_are_dropped():
    page = "Økonomiudvalget\n\nMødet den 03.03.2025\n\nTekst på side {n}.\nMere tekst.\n\n"
    text = "Referat\n\nØkonomiudvalget\n\nMødet den 3. marts 2025\n\n" + "".join(page.format(n=n) for n in range(8))
    out = texts(text)
    assert out[:5] == ["Referat", "", "Økonomiudvalget", "", "Mødet den 3. marts 2025"]  # the title block stays
    body = out[out.index("Tekst på side 3."):]
    assert "Mødet den 03.03.2025" not in body and "Økonomiudvalget" not in body  # running headers go
    assert "Tekst på side 7." in body


def test_repeated_decisions_are_not_furniture():
    text = "\n\n".join(f"{n}. Punkt {n}\n\nBeslutning\n\nGodkendt." for n in range(1, 6))
    assert texts(text).count("Godkendt.") == 5


def test_hyphenated_words_are_joined():
    assert texts("Hen-\nrik Aarup-Kristensen kom") == ["Henrik Aarup-Kristensen kom"]
    assert texts("i Nord-\n\njylland og") == ["i Nordjylland og"]
    assert texts("på børne-\nog ungeområdet") == ["på børne-", "og ungeområdet"]
    assert texts("aftalen 2021-\n2022 blev") == ["aftalen 2021-2022 blev"]
    assert texts("nye P-\nhuse") == ["nye P-huse"]
    assert texts("DAS Social -\nreferat") == ["DAS Social -", "referat"]


def test_soft_hyphen_from_pdf_always_joins():
    lines = join_hyphenated([Line("socialaf\u00ad"), Line("taletilbud og Region\u00ad"), Line("Nordjylland")])
    assert [line.text for line in lines] == ["socialaftaletilbud og RegionNordjylland"]


def test_glued_labels_are_split():
    out = texts("MødestedRådssalen\nUdvalgÆldreråd\nIndholdsfortegnelse1. Fraværende")
    assert out == ["Mødested\tRådssalen", "Udvalg\tÆldreråd", "Indholdsfortegnelse", "1. Fraværende"]


def test_blank_runs_collapse():
    assert texts("\n\nA\n\n\n\nB\n\n") == ["A", "", "B"]


def test_symbol_font_bullets_hyphens_and_ligatures_from_word_pdfs():
    text = "\uf0b7\tat budgettet godkendes\n\uf0a7 at takster\uf02dne fastholdes\nDen ﬁnansielle ramme er ﬂyttet\n"
    assert [line.text for line in cleaned(text) if line.text] == [
        "• at budgettet godkendes", "• at takster-ne fastholdes", "Den finansielle ramme er flyttet",
    ]


def test_bullets_from_word_pdfs_become_recommendations():
    doc = parse_text("Referat\n\n1. Budget\n\nIndstilling\nDet indstilles, at\n\uf0b7 budgettet godkendes\n\uf0b7 taksterne fastholdes\n")
    assert doc.items[0].recommendations == ["budgettet godkendes", "taksterne fastholdes"]


def test_twins_of_page_headers_go_except_in_the_title_block():
    body = ["Børne- og Skoleudvalget", "Referat", ""] + [f"Linje {n} i sagen." for n in range(20)] + ["Børne- og Skoleudvalget", "Mere tekst."]
    raw = RawDocument(lines=[Line(t) for t in body], format="docx", furniture=[Line("Børne- og Skoleudvalget")])
    texts = [line.text for line in clean(raw) if line.text]
    assert texts[0] == "Børne- og Skoleudvalget"  # the title stays
    assert texts.count("Børne- og Skoleudvalget") == 1  # its twin further down is page furniture


def test_a_repeated_contact_line_is_a_footer_but_a_repeated_decision_is_not():
    page = ["Der blev talt om sagen i lang tid.", "Taget til efterretning", ""]
    footer = ["Grundejerforeningen Engparken · Engvej 1 · 8000 Aarhus · www.engparken.dk", ""]
    text = "\n".join(["Referat", ""] + (page + footer) * 3)
    kept = texts(text)
    assert not any("Engvej" in t for t in kept)
    assert kept.count("Taget til efterretning") == 3
    assert sum("www.engparken.dk" in t for t in texts("Kontakt: www.engparken.dk\n\nMere tekst.")) == 1  # once is no footer


def test_repeated_dated_lines_at_changing_heights_are_body_text_not_running_headers():
    # an item history ("Dato: …") and an attachment named in several items repeat, but not at one place on the page
    lines = []
    for page in range(1, 6):
        top = 100.0 + 37 * page
        lines += [Line("Udvalg: Magistraten", page, 40, top), Line("Dato: 19-08-2025", page, 40, top + 12),
                  Line("Byrådsdebat 09.04.2025", page, 40, top + 200), Line("Tekst.", page, 40, top + 220)]
    out = [line.text for line in remove_furniture(lines, [])]
    assert out.count("Dato: 19-08-2025") == 5 and out.count("Byrådsdebat 09.04.2025") == 5


def test_repeated_dated_line_at_one_place_on_every_page_is_a_running_header():
    lines = []
    for page in range(1, 6):
        lines += [Line("Byrådet 12.06.2024", page, 40, 20.0), Line(f"Tekst på side {page}.", page, 40, 100.0 + page)]
    out = [line.text for line in remove_furniture(lines, [])]
    assert "Byrådet 12.06.2024" not in out[2:]


def test_case_numbers_are_not_page_numbers():
    assert is_page_number("3/9") and is_page_number("Side 3 af 9")
    assert not is_page_number("24/4567") and not is_page_number("12/3")


def test_web_furniture_lines_with_varying_tails_are_dropped():
    out = texts("Du er her: Forside › Politik › Referater\n\nBeslutning\n\nGodkendt.\n\nSidst opdateret den 3. februar 2025")
    assert out == ["Beslutning", "", "Godkendt."]


def test_web_pages_have_no_running_headers():
    lines = [Line(t) for t in ["Dato: 02-09-2025", "", "Godkendt.", "", "Dato: 02-09-2025", "", "Udsat.", "", "Dato: 02-09-2025"]]
    printed = [line.text for line in clean(RawDocument(lines=lines, format="txt")) if line.text]
    web = [line.text for line in clean(RawDocument(lines=lines, format="html", printed=False)) if line.text]
    assert printed.count("Dato: 02-09-2025") == 1  # the first stays, in the title block
    assert web.count("Dato: 02-09-2025") == 3


def test_a_web_page_holding_a_printed_documents_pages_loses_their_running_headers():
    texts_ = ["Byrådet - Referat - 4. juni 2024", "", "Tekst.", "", "Side 1 af 3", "", "Byrådet - Referat - 4. juni 2024", "",
              "Mere.", "", "Side 2 af 3", "", "Byrådet - Referat - 4. juni 2024", "", "Slut.", "", "Side 3 af 3"]
    web = [line.text for line in clean(RawDocument(lines=[Line(t) for t in texts_], format="html", printed=False)) if line.text]
    assert web == ["Byrådet - Referat - 4. juni 2024", "Tekst.", "Mere.", "Slut."]


def _cued(lines) -> list[tuple[str, bool]]:
    return [(line.text, line.heading) for line in lines]


def test_an_underline_makes_the_line_above_a_heading_and_leaves_no_text():
    lines = [Line(t) for t in ("Referat", "=======", "", "1. Budget", "---------", "Godkendt.")]
    assert _cued(underlines_apart(lines)) == [
        ("Referat", True), ("", False), ("", False), ("1. Budget", True), ("", False), ("Godkendt.", False)]


def test_rules_of_other_marks_or_between_blank_lines_are_blank_and_table_rules_and_lists_stay():
    lines = [Line(t) for t in ("Tekst.", "________________", "", "*****", "", "Navn      Parti", "----      -----", "- en", "--")]
    assert _cued(underlines_apart(lines)) == [
        ("Tekst.", False), ("", False), ("", False), ("", False), ("", False), ("Navn      Parti", False),
        ("----      -----", False), ("- en", False), ("--", False)]


def test_an_underlined_line_keeps_its_other_cues():
    line = underlines_apart([Line("Eventuelt", page=2, x0=50.0, top=100.0, bold=True, number=7), Line("=========")])[0]
    assert (line.text, line.page, line.x0, line.top, line.bold, line.heading, line.number) == ("Eventuelt", 2, 50.0, 100.0, True, True, 7)
