import re

from hypothesis import given
from hypothesis import strategies as st

from referat_parser.textutil import (
    collapse,
    collapse_line,
    key,
    lines_with_words,
    search_at_words,
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


_ENDED = re.compile(r"\b(?:mødet|møde|forsamlingen)\s+(?:blev\s+)?hævet\s+kl\.\s*\d{1,2}[.:]\d{2}", re.IGNORECASE)
_ENDED_WORDS = ("mødet", "møde", "forsamlingen")


def test_search_at_words_finds_the_first_match_as_a_search_does():
    text = "Beslutning: godkendt.\nUdvalgsmødet hævet kl. 20.00\nMØDET blev\nhævet kl. 21.15. Forsamlingen hævet kl. 22.00"
    found = search_at_words(_ENDED, text, _ENDED_WORDS)
    assert found is not None and found.group(0) == "MØDET blev\nhævet kl. 21.15"  # not inside "Udvalgsmødet"
    assert found.span() == _ENDED.search(text).span()
    assert search_at_words(_ENDED, "Mødet fortsatte. Ingen tid.", _ENDED_WORDS) is None


def test_search_at_words_where_case_folding_changes_lengths():
    text = "Straße 4. Mødet hævet kl. 21.15"  # "ß" folds to "ss": positions in the folded text move
    assert search_at_words(_ENDED, text, _ENDED_WORDS).group(0) == "Mødet hævet kl. 21.15"


_PIECES = st.sampled_from(["Mødet", "mødet", "MØDE", "udvalgsmødet", " ", "\n", "blev", "hævet", "kl.", "21.15", "9:30", "x", "Forsamlingen", "ß", "İ"])


@given(st.lists(_PIECES, max_size=14))
def test_search_at_words_agrees_with_search_on_any_text(pieces):
    text = " ".join(pieces)
    found, expected = search_at_words(_ENDED, text, _ENDED_WORDS), _ENDED.search(text)
    assert (found and found.span()) == (expected and expected.span())


_MANY_WORDS = ("afbud", "deltog ikke", "deltog via", "mødte ikke", "kom kl", "var syg", "forlod mødet", "fraværende",
               "til stede", "meldte fra", "udeblev", "på nær")  # more than VOCABULARY_MIN_SCANS look-ups: the vocabulary path
_LINE_PIECES = st.sampled_from(["Afbud", "afbud:", "deltog", "ikke", "via", "Mødte", "kom", "kl.", "var", "syg", "forlod",
                                "mødet", "FRAVÆRENDE", "til", "stede", "x", "ß", "İ", ",", "på", "nær"])


@given(st.lists(st.lists(_LINE_PIECES, max_size=6).map(" ".join), max_size=8))
def test_lines_with_words_over_a_long_word_list_agrees_with_a_search_per_line(texts):
    expected = {i for i, text in enumerate(texts) if any(word in text.lower() for word in _MANY_WORDS)}
    assert lines_with_words(texts, _MANY_WORDS) == expected
