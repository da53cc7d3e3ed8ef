"""What OCR typically gets wrong in minutes, mended on small invented lines (readers/ocr_cleanup.py)."""

from __future__ import annotations

from referat_parser.readers.ocr_cleanup import LEADER, OcrLine, OcrWord, fix_line, is_leader, renumbered

HEIGHT = 40


def line(text: str, top: float = 0, left: float = 100, unknown: tuple[str, ...] = ()) -> OcrLine:
    """Words 10 px apart; words in `unknown` are not in the engine's dictionary."""
    words, x = [], left
    for word in text.split():
        words.append(OcrWord(word, word not in unknown, x, top, x + 20 * len(word), top + HEIGHT * 0.8))
        x += 20 * len(word) + 10
    return OcrLine(tuple(words), left, top, HEIGHT)


def fixed(text: str, known: tuple[str, ...] = (), unknown: tuple[str, ...] = (), uses_section_sign: bool = False) -> str:
    return fix_line(line(text, unknown=unknown), frozenset(known), uses_section_sign)


def test_dots_and_letter_runs_of_a_leader_become_one_leader():
    assert fixed("Budget ......... 4") == f"Budget {LEADER} 4"
    assert fixed("Budget …….......u.u ... 4") == f"Budget {LEADER} 4"
    assert fixed("Se punkt 3 ... og 4") == "Se punkt 3 ... og 4"  # an ellipsis stays
    assert fixed("a.. Spotlys under egen") == "a.. Spotlys under egen"


def test_a_low_box_with_letters_is_a_leader_and_a_dash_is_not():
    row = OcrLine((), 0, 0, HEIGHT)
    assert is_leader(OcrWord("sseeenn", False, 0, 30, 200, 36), row)
    assert not is_leader(OcrWord("-", True, 0, 20, 10, 24), row)
    assert not is_leader(OcrWord("sene", True, 0, 10, 80, 36), row)


def test_pipe_for_capital_i_and_as_a_table_rule():
    assert fixed("| henhold til vedtægterne") == "I henhold til vedtægterne"
    assert fixed("Det blev vedtaget. | alt fem stemmer.") == "Det blev vedtaget. I alt fem stemmer."
    assert fixed("|følge planen") == "Ifølge planen"
    assert fixed("Møde | Bestyrelsen") == "Møde\tBestyrelsen"
    assert fixed("| Dato | 4. maj |") == "Dato\t4. maj"


def test_section_signs_where_the_document_uses_them_or_after_a_law():
    assert fixed("jf. vedtægternes 8 12 stk. 2", uses_section_sign=True) == "jf. vedtægternes § 12 stk. 2"
    assert fixed("efter S 5 i loven", uses_section_sign=True) == "efter § 5 i loven"
    assert fixed("efter S 5 i loven") == "efter S 5 i loven"  # no § elsewhere: perhaps an S
    assert fixed("servicelovens 88 107-108 og servicelovens & 85.") == "servicelovens §§ 107-108 og servicelovens § 85."
    assert fixed("kl. 19 8 deltagere", uses_section_sign=True) == "kl. 19 8 deltagere"  # after a number: a number


def test_bullets_read_as_letters():
    assert fixed("e Godkender dagsordenen") == "• Godkender dagsordenen"
    assert fixed("«+ Drøfter budgettet") == "• Drøfter budgettet"
    assert fixed("e-mail sendes") == "e-mail sendes"
    assert fixed("o og e er bogstaver") == "o og e er bogstaver"  # no capital after: text


def test_lost_spaces_after_short_words():
    known = ("valg", "dirigent", "bestyrelsen")
    assert fixed("Valgtil bestyrelsen", known, unknown=("Valgtil",)) == "Valg til bestyrelsen"
    assert fixed("Valg afdirigent:", known, unknown=("afdirigent:",)) == "Valg af dirigent:"
    assert fixed("Valgtil", known) == "Valgtil"  # a word the engine knows is left alone
    assert fixed("Udvalget", ("udvalg",), unknown=("Udvalget",)) == "Udvalget"  # an ending, not a glued word


def test_em_dash_is_the_en_dash_of_danish_text():
    assert fixed("Orientering — status") == "Orientering – status"


def test_misread_list_numbers_are_restored_from_the_sequence():
    def row(number: str, title: str, top: float) -> OcrLine:
        return OcrLine((OcrWord(number, False, 100, top, 140, top + 32), OcrWord(title, True, 300, top, 600, top + 32)), 100, top, HEIGHT)

    rows = [row("1.", "Valg", 0), row("va", "Beretning", 50), row("3.", "Regnskab", 100), row("ol", "Forslag", 150),
            row("&", "Budget", 200), row("6:", "Eventuelt", 250)]
    assert [r.words[0].text for r in renumbered(rows)] == ["1.", "2.", "3.", "4.", "5.", "6."]


def test_misread_numbers_before_the_first_number_of_a_list():
    def row(first: str, rest: str, top: float, left: float = 100) -> OcrLine:
        return OcrLine((OcrWord(first, False, left, top, left + 30, top + 32), OcrWord(rest, True, left + 60, top, left + 300, top + 32)), left, top, HEIGHT)

    rows = [row("I", "Skolens kantine", 0), row("i.", "Valg af dirigent", 50), row("Leif", "valgt", 100, left=160),
            row("Z.", "Beretning", 150), row("3.", "Regnskab", 200)]
    assert [r.words[0].text for r in renumbered(rows)] == ["I", "1.", "Leif", "2.", "3."]
    assert [r.words[0].text for r in renumbered([rows[3], rows[4]])] == ["Z.", "3."]  # one mark for two numbers


def test_list_numbers_are_left_alone_where_the_sequence_does_not_say():
    rows = [line("1. Valg", 0), line("Anne Holm blev valgt", 50, left=140), line("3. Regnskab", 100)]
    assert [r.words[0].text for r in renumbered(rows)] == ["1.", "Anne", "3."]
    gap = [line("1. Valg", 0), line("xx Beretning", 50), line("4. Regnskab", 100)]  # one row, two numbers missing
    assert [r.words[0].text for r in renumbered(gap)] == ["1.", "xx", "4."]
