from referat_parser.textutil import (
    collapse,
    collapse_line,
    key,
    lines_with_words,
    word_hint,
)


def test_word_hint_finds_any_word_whatever_its_case_and_keeps_only_needed_alternatives():
    hint = word_hint(("Afbud", "afbud fra", "Deltog ikke", "Pkt."))
    assert hint.pattern.count("|") == 2  # "afbud fra" is covered by "afbud"
    assert hint.search("Der var AFBUD fra Jens".lower())
    assert hint.search("pkt. 4".lower())
    assert not hint.search("alle deltog".lower())


def test_key_folds_case_space_and_edge_punctuation():
    assert key("  Beslutning:\t ") == "beslutning"
    assert collapse("a \t b\n c") == "a b c"
    assert collapse_line("Udvalget  godkendte\t") == "Udvalget godkendte"
    assert collapse_line("Ny sag.") == "Ny sag."


def test_lines_with_words_finds_each_line_once_whatever_the_case():
    texts = ["Afbud: Ida Holm", "", "Der var AFBUD fra Bo Ek og afbud fra Jens", "Alle deltog", "Poul var fraværende"]
    assert lines_with_words(texts, ("afbud", "afbud fra", "Fraværende")) == {0, 2, 4}


def test_lines_with_words_when_lowering_changes_lengths():
    texts = ["İstanbul-kontoret", "Afbud: Ida Holm"]  # "İ".lower() is two characters
    assert lines_with_words(texts, ("afbud",)) == {1}


def test_lines_with_words_in_no_lines_or_in_empty_lines():
    assert lines_with_words([], ("afbud",)) == set()
    assert lines_with_words(["", "AFBUD", ""], ("afbud",)) == {1}
