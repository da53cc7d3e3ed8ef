"""Danish words live in vocabulary.py: the short words around dates, times, names and sentences
are not spelled again inside the patterns of other modules, and the labels that structured
readers write are labels the extractors read."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import referat_parser
from referat_parser import vocabulary as v

PACKAGE_DIR = Path(referat_parser.__file__).parent

# Groups of short words that patterns are built from; every one is a whole word in a pattern.
PATTERN_WORD_GROUPS = {
    "TIME_WORDS": v.TIME_WORDS,
    "TIME_SPAN_WORDS": v.TIME_SPAN_WORDS,
    "APPROXIMATION_WORDS": v.APPROXIMATION_WORDS,
    "DATE_LEAD_WORDS": v.DATE_LEAD_WORDS,
    "NAME_JOINERS": v.NAME_JOINERS,
    "LIST_CONJUNCTIONS": v.LIST_CONJUNCTIONS,
    "CLAUSE_CONJUNCTIONS": v.CLAUSE_CONJUNCTIONS,
    "PROPOSAL_CONJUNCTIONS": v.PROPOSAL_CONJUNCTIONS,
    "TITLE_PREPOSITIONS": v.TITLE_PREPOSITIONS,
    "MEETING_BODY_PREPOSITIONS": v.MEETING_BODY_PREPOSITIONS,
    "MEETING_HOST_PREPOSITIONS": v.MEETING_HOST_PREPOSITIONS,
    "BODY_NAME_SMALL_WORDS": v.BODY_NAME_SMALL_WORDS,
    "PLACE_PREPOSITIONS": v.PLACE_PREPOSITIONS,
    "EMPLOYER_PREPOSITIONS": v.EMPLOYER_PREPOSITIONS,
    "MEETING_NOUN_FORMS": v.MEETING_NOUN_FORMS,
    "PLACE_WORD_ENDINGS": v.PLACE_WORD_ENDINGS,
    "PLACE_WORD_PARTS": v.PLACE_WORD_PARTS,
    "CLOSING_AUXILIARIES": v.CLOSING_AUXILIARIES,
    "GUEST_FROM_VERBS": v.GUEST_FROM_VERBS,
    "WEEKDAYS": v.WEEKDAYS,
}
_NOT_WORDS_ALONE = {"i", "&"}  # alone in a string, a roman numeral's letter or a sign, not the word
_ESCAPE = re.compile(r"\\[A-Za-z]")  # \s, \d, \b: pattern syntax, not words
_CHARACTER_CLASS = re.compile(r"\[[^\]]*\]")  # [a-zæøå]: letters, not words
_GROUP_NAME = re.compile(r"\(\?P(?:<\w+>|=\w+\))")  # (?P<name>: a group's name, not a word
_WORD = re.compile(r"[A-Za-zÆØÅæøå]+")  # compared as spelled: the groups are lower case, "I" is a roman numeral


def _string_constants(path: Path) -> list[tuple[int, str]]:
    """The string constants of a module that are not docstrings, with their line numbers (the
    constant pieces of f-strings included)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


def _pattern_words(text: str) -> set[str]:
    """The words a pattern spells (or a plain string is), its syntax left out."""
    bare = _GROUP_NAME.sub(" ", _CHARACTER_CLASS.sub(" ", _ESCAPE.sub(" ", text)))
    return set(_WORD.findall(bare))


def _spelled_words(path: Path, words: set[str]) -> list[tuple[str, int, str, str]]:
    """(module, line, word, string) for each word of `words` a pattern spells or a string is."""
    found = []
    for line, text in _string_constants(path):
        looks_like_pattern = "\\" in text or "(?" in text or "|" in text
        spelled = _pattern_words(text) if looks_like_pattern else {text.strip()} - _NOT_WORDS_ALONE
        spelled &= words
        found += [(path.name, line, word, text) for word in sorted(spelled)]
    return found


def _code_modules() -> list[Path]:
    """The modules that read documents (outputs and commands write no Danish patterns)."""
    return sorted(
        p for p in PACKAGE_DIR.rglob("*.py")
        if p.name != "vocabulary.py" and p.parent.name not in ("exporters", "commands")
    )


def test_short_words_are_not_spelled_in_patterns():
    """'kl.', 'den', 'og', 'i', 'vej', 'møde' …: patterns take them from vocabulary.py (re.escape
    and '|'.join), so a word added there is known everywhere it is looked for."""
    words = {w.rstrip(".") for group in PATTERN_WORD_GROUPS.values() for w in group}  # "d." is spelled d\. in a pattern
    found = [hit for path in _code_modules() for hit in _spelled_words(path, words)]
    assert found == []


def test_the_scan_finds_a_word_spelled_in_a_pattern_or_alone(tmp_path):
    module = tmp_path / "extractor.py"
    module.write_text(
        '"""Docstrings may say kl. 19 and den 3. maj."""\n'
        'TIME = r"\\b(?:kl\\.?|klokken)\\s*\\d"\n'
        'ROLE = re.compile(r"\\s+og\\s+|[/,]")\n'
        'JOIN = ("og",)\n'
        'NAME = r"(?P<den>[a-zæøå]+)\\s\\d"\n',
        encoding="utf-8",
    )
    hits = _spelled_words(module, {"kl", "klokken", "og", "den"})
    assert [(line, word) for _, line, word, _ in hits] == [(2, "kl"), (2, "klokken"), (3, "og"), (4, "og")]


@pytest.mark.parametrize("name, group", PATTERN_WORD_GROUPS.items())
def test_pattern_words_are_lower_case_without_spaces(name, group):
    assert all(word == word.lower() and word.strip() == word and word for word in group), name


def test_structured_labels_are_labels_the_extractors_read():
    """The web and API readers write these labels before values they know; each must be one the
    extractors look for, with the meaning the reader gives it."""
    labels = {name: label.lower() for name, label in v.STRUCTURED_LABELS.items()}
    assert labels["case_number"] in v.CASE_NUMBER_LABELS
    assert labels["body"] in v.BODY_LABELS
    assert labels["date"] in v.DATE_LABELS
    assert labels["location"] in v.LOCATION_LABELS
    assert v.ATTENDEE_LABELS[labels["members"]] == "present"
    assert v.ATTENDEE_LABELS[labels["absent"]] == "absent"
    assert v.SECTION_HEADINGS[labels["attachments"]] == "attachments"
    assert labels["time"] in v.TIME_WORDS
    assert v.DOCUMENT_TYPES[labels["minutes"]] == "referat"
    assert v.DOCUMENT_TYPES[labels["agenda"]] == "dagsorden"
    assert set(labels) == {
        "case_number", "body", "date", "location", "members", "absent", "attachments", "time", "minutes", "agenda",
    }


def test_no_word_is_listed_twice_in_a_group():
    groups = {name: value for name, value in vars(v).items() if name.isupper() and isinstance(value, tuple)}
    assert {name: group for name, group in groups.items() if len(set(group)) != len(group)} == {}


def test_every_recommendation_leadin_is_built_on_a_listed_verb():
    """The lead-in patterns run only on lines holding one of RECOMMENDATION_LEADIN_VERBS: a
    pattern built on another verb would never be tried."""
    for pattern in v.RECOMMENDATION_LEADINS:
        assert any(verb in pattern for verb in v.RECOMMENDATION_LEADIN_VERBS), pattern
