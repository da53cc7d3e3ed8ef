from conftest import parse_text

from referat_parser.document import Line
from referat_parser.flattened import split_flattened

# A web transcript of a council PDF: each page run together into one line.
TRANSCRIPT = (
    "Transkript\n\n"
    "1 Vestby Kommune Byrådet Referat Dato: Onsdag den 12-juni-2024 Mødested: Byrådssalen Fraværende: Ingen. "
    "Mødedeltagere: Anna Holm, Bo Kirk, Carl Dahl, Dorte Lund, Erik Ravn, Frida Sand, Gustav Borg, Hanne Friis, "
    "Ib Krogh, Jytte Lind Side 1 af 40\n\n"
    "2 Indholdsfortegnelse Til orientering - for åbne døre...i 41. Kvartalsrapport for hele kommunen...i "
    "42. Status på skolebyggeriet...ii Til behandling - for åbne døre...iii 43. Klage over busplanen...iii "
    "44. Regnskab 2023 iv 45. Lokalplan for Havnen...v Til behandling - for lukkede døre...vi "
    "46. Lukket sag: Køb af grund ved Nordvej...vi åben Side 2 af 40\n\n"
    "3 Side i Til orientering - for åbne døre 41. Kvartalsrapport for hele kommunen J.nr.: 00.01 Sagsid.: 24/1 "
    "Økonomiafdelingen fremsender kvartalsrapporten for hele kommunen med bemærkninger om forbruget. "
    "Beslutning: Taget til efterretning. Side 3 af 40\n"
)


def test_a_transcript_that_lost_its_line_breaks_gives_its_index_and_items_and_says_so():
    doc = parse_text(TRANSCRIPT)
    assert [(e.number, e.title, e.group) for e in doc.agenda] == [
        ("41", "Kvartalsrapport for hele kommunen", "Til orientering - for åbne døre"),
        ("42", "Status på skolebyggeriet", "Til orientering - for åbne døre"),
        ("43", "Klage over busplanen", "Til behandling - for åbne døre"),
        ("44", "Regnskab 2023", "Til behandling - for åbne døre"),
        ("45", "Lokalplan for Havnen", "Til behandling - for åbne døre"),
        ("46", "Køb af grund ved Nordvej", "Til behandling - for lukkede døre"),
    ]
    assert [(i.number, i.title, i.access) for i in doc.items] == [("41", "Kvartalsrapport for hele kommunen", "open")]
    assert "Økonomiafdelingen fremsender" in " ".join(s.text for s in doc.items[0].sections)
    assert "text-without-line-breaks" in [w.code for w in doc.warnings]
    texts = [s.text for i in doc.items for s in i.sections]
    assert not any("Side 3 af 40" in t for t in texts)


def test_labels_printed_apart_from_their_titles_are_left_out_with_a_warning():
    text = (
        "Indhold\nÅben dagsorden\nSag nr. 12 Budget 2025\nSag nr. 13 Regnskab 2024\nSag nr. 14\nSag nr. 15\n"
        "Sag nr. 16 Lokalplan for Havnen Vejplan for Nordbyen Skolestruktur\nSag nr. 17 Eventuelt\n"
    )
    doc = parse_text(text)
    assert [(e.number, e.title) for e in doc.agenda] == [("12", "Budget 2025"), ("13", "Regnskab 2024"), ("17", "Eventuelt")]
    assert "agenda-titles-unpaired" in [w.code for w in doc.warnings]


def test_ordinary_long_paragraphs_are_not_split():
    paragraph = "Byrådet drøftede sagen. " * 30 + "Sagen blev sendt til 2. behandling i Økonomiudvalget."
    lines = [Line("Referat"), Line(paragraph)]
    assert split_flattened(lines) == lines


def test_a_short_last_page_run_together_is_broken_too_where_its_footer_shows():
    text = TRANSCRIPT + (
        "\n4 42. Status på skolebyggeriet Beslutning: Taget til efterretning. Side 4 af 40\n"
    )
    doc = parse_text(text)
    assert [(i.number, i.title) for i in doc.items] == [("41", "Kvartalsrapport for hele kommunen"), ("42", "Status på skolebyggeriet")]
    assert doc.items[1].decision == "Taget til efterretning."
