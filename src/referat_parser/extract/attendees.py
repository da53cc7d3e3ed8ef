"""Attendee lists: who was present, absent, or there as a guest.

Forms: "Label: a, b og c", "Label<tab>a, b" (table rows), "Label a, b" (label, space,
capital), the label alone with one name per line below it, lists running over
several lines; entries "Name (Org)", "Name (formand, Org)", "A og B (begge X)",
"Title i Org Name"; and sentences "Der er afbud fra A og B.", "A og B var fraværende."
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from ..document import Line
from ..headings import heading_dates, heading_kind, names_a_body
from ..models import Attendee, Warning
from ..shapes import ITEM_LABEL, ITEM_WORD, TABLE_CELL_GAP, may_be_table_row
from ..textutil import LOWER, UPPER, LineFinder, collapse, key, split_top_level, strip_bullet
from ..vocabulary import (
    ALL_PRESENT_STATEMENTS,
    ABSENCE_AFTER_NAMES,
    ABSENCE_NOTES,
    ABSENCE_BEFORE_NAMES,
    ABSENCE_LABELS,
    AND_WORD,
    ACCESS_WORDS,
    ATTENDANCE_NOTES,
    ATTENDANCE_MARKS,
    ATTENDANCE_STATUS_VALUES,
    ATTENDEE_LABELS,
    ATTENDEE_TABLE_COLUMNS,
    CLAUSE_CONJUNCTIONS,
    LIST_ENDING_CONJUNCTIONS,
    LIST_EXCLUSION_LEADS,
    LIST_INTRODUCERS,
    LIST_EXCLUSION_WORDS,
    COURTESY_TITLES,
    DOCUMENT_TYPES,
    EMPLOYER_PREPOSITIONS,
    FIRST_NAMES,
    FROM_PREPOSITIONS,
    GROUP_HEADINGS,
    GUEST_AFTER_NAMES,
    GUEST_BEFORE_NAMES,
    GUEST_FROM_PREFIX,
    GUEST_FROM_VERBS,
    HEADER_GUEST_BEFORE_NAMES,
    INDEX_HEADINGS,
    ITEM_ONLY_ABSENCE_TAILS,
    ITEM_WORDS,
    LABEL_ROLES,
    MEMBER_GROUP_NOUNS,
    NAME_JOINERS,
    NAME_PARTICLES,
    NAME_SEPARATORS,
    NEXT_MEETING_TITLES,
    NOT_NAMES,
    NOTE_TAKER_LABELS,
    ORGANIZATION_ENDINGS,
    ORGANIZATION_LEADS,
    PRESENCE_AFTER_NAMES,
    PRESENCE_INTRODUCED,
    PRESENCE_STATED_AFTER_NAMES,
    RELATIVE_PRONOUNS,
    REPRESENTED_BY,
    ROLE_LABELS,
    ROLE_WORDS,
    SECTION_HEADINGS,
    SHARED_ATTRIBUTE_WORDS,
    STANDS_IN_FOR,
    SUBSTITUTE_CLAUSE_OPENERS,
    SUBSTITUTE_CLAUSE_VERBS,
    SUBSTITUTE_VERBS,
    SUBSTITUTE_WORDS,
    TITLE_FOR_PREPOSITIONS,
    TITLE_SUFFIXES,
)
from .labels import HEADER_FIELD_LABELS, split_at_labels, split_label

MAX_NAME_TOKENS = 6
MAX_LIST_LINE_CHARS = 20000  # an attendee list line is never longer; a huge line is read at its start
MAX_ONE_PER_LINE_WORDS = 8  # a line of a one-name-per-line list
LONG_LINE_SHARE = 0.6  # a list line this long (vs. the longest in the list) wraps onto the next
WRAPPED_NAME_LINE_SHARE = 0.8  # the same where the list starts under its label (names one per line)
MIN_WRAPPED_CHARS = 40  # shorter lines are a name each, not a wrapped list
MAX_PRINTED_LINE_CHARS = 160  # a longer line is a paragraph of its own (text without line breaks), never wrapped
MAX_SHOWN_ENTRIES = 5  # entries quoted in a warning
MAX_SHOWN_CHARS = 60
MAX_LINES_UNDER_HEADING = 60  # how far above a line its section heading is looked for

AND_WORDS = tuple(f" {word} " for word in NAME_JOINERS)  # " og ", " & ", " samt "
MIN_NAMED_IN_PARENTHESES = 2  # "bestyrelsen (Anna Holm, Bo Kirk)": a group's members named in full
MIN_TITLE_WORD_CHARS = 4  # a job title before a name is a word ("ejendomsmester"), not "hr." or "fru"
MAX_ABBREVIATION_CHARS = 6  # 'DH', 'FOA', 'KL': an organisation's initials
_LABELS = tuple(ATTENDEE_LABELS)
_ROLE_LABELS = tuple(ROLE_LABELS)
_HEADER_LABELS = (*HEADER_FIELD_LABELS, *NEXT_MEETING_TITLES, *INDEX_HEADINGS)
_NAME_TOKEN = re.compile(rf"^{UPPER}(?:{UPPER}|{LOWER}|['’\-])*\.?$")  # "Páll", "O'Neill", "Aarup-Kristensen", "Chr."
_INITIAL = re.compile(rf"^{UPPER}\.$")
_JOINED_INITIALS = re.compile(rf"^(?:{UPPER}\.){{2,3}}$")
# "V.", "Chr.", "m.fl."; not a surname of four letters ending a sentence ("… og Svend Aage Bach.")
_ABBREVIATION = re.compile(rf"^(?:{UPPER}{LOWER}{{0,2}}|{LOWER}{{1,3}}\.{LOWER}{{1,3}})\.$")
_FROM_ORG = re.compile(
    rf"^(?P<label>{GUEST_FROM_PREFIX}\s+(?P<org>{UPPER}[^:\t]{{1,60}}?)(?:\s+(?:{'|'.join(GUEST_FROM_VERBS)}))?)\s*[:\t]\s*(?P<value>.*)$", re.IGNORECASE
)
MAX_FROM_ORG_WORDS = 4
# Without a colon the verb ends the label: "Fra kommunen deltog ældrechef Pia Skov under pkt. 2."
_FROM_ORG_VERB = re.compile(
    rf"^(?P<label>{GUEST_FROM_PREFIX}\s+(?P<org>{UPPER}[^\s:]*(?:\s+[^\s:]+){{0,{MAX_FROM_ORG_WORDS - 1}}}?)\s+(?:{'|'.join(GUEST_FROM_VERBS)}))\s+(?P<value>\S.*)$",
    re.IGNORECASE,
)
# "… fra Skovby Borgerforening", "… fra forvaltningen" (one word in its definite form)
_ORG_AFTER_NAME = re.compile(rf"^(?P<name>.+?)\s+(?:{'|'.join(FROM_PREPOSITIONS)})\s+(?P<org>{UPPER}.*|{LOWER}{{3,}}(?:en|et))$")
# "Politiet v/ Rene Holm", "Ældrerådet ved Anna Berg": the organisation, then the person who came for it
_REPRESENTED_WORDS = "|".join(re.escape(w) + (r"\s*" if w.endswith("/") else r"\s+") for w in REPRESENTED_BY)
_REPRESENTED = re.compile(rf"^(?P<org>{UPPER}.*?)\s+(?:{_REPRESENTED_WORDS})(?P<name>{UPPER}.*)$")
# "Sekretær for Seniorrådet, Lisa Møller", "Formand, Anna Holm": a title (and the body it serves) before the name
_TITLE_FIRST = re.compile(
    rf"^(?P<role>{UPPER}\w*\.?)(?:\s+(?:{'|'.join(TITLE_FOR_PREPOSITIONS)})\s+(?P<org>{UPPER}[^,()]*?))?\s*,\s*(?P<name>[^,()]+?)(?P<rest>\s*[,(].*)?$"
)
MAX_GROUP_LABEL_CHARS = 60  # "Repræsentanter for handicaporganisationerne: …"
_GROUP_LABEL = re.compile(rf"^(?P<group>{UPPER}[^:,;()]{{1,{MAX_GROUP_LABEL_CHARS}}}?)\s*:\s*(?P<rest>\S.*)$")
_PAREN = re.compile(r"^(?P<pre>[^()]*?)\s*\((?P<paren>[^()]*)\)\s*(?P<post>.*)$")
_SHARED = re.compile(rf"^(?:{'|'.join(SHARED_ATTRIBUTE_WORDS)})\s+", re.IGNORECASE)
_TITLED = re.compile(rf"^(?P<role>{UPPER}[^()]*?)\s+(?:{'|'.join(EMPLOYER_PREPOSITIONS)})\s+(?P<rest>{UPPER}.*)$")
# "(a) Anna Holm;", "b) Bo Kirk", "1. Carl Dahl", "ii. Eva Berg": an enumerated list entry
_ENUMERATOR = re.compile(rf"^(?:\(?{LOWER}{{1,2}}\)|\(?\d{{1,2}}[.)]|[ivx]{{1,4}}\.)\s+(?={UPPER})")
_RUN_IN = re.compile(rf"\)\s+(?={UPPER})")  # "Anna Holm (A) Bo Kirk (V)": entries without commas
_SUBSTITUTE = re.compile(
    rf"^(?P<member>.+?)\s+[-–]\s+(?P<substitute>.+?)\s+(?:(?:{'|'.join(SUBSTITUTE_VERBS)})\s+)?"
    rf"(?P<role>{'|'.join(SUBSTITUTE_WORDS)})\.?$",
    re.IGNORECASE,
)
_STANDS_IN = re.compile(
    rf"^(?P<substitute>.+?),?\s+(?:{'|'.join(re.escape(w) for w in STANDS_IN_FOR)})\s+(?P<member>.+?)\.?$", re.IGNORECASE
)
_CLAUSE_VERBS = "|".join(map(re.escape, SUBSTITUTE_CLAUSE_VERBS))
_SUBSTITUTE_CLAUSE = re.compile(
    rf"\s*(?:[-–,.;]\s*|\(\s*)(?P<opener>{'|'.join(map(re.escape, SUBSTITUTE_CLAUSE_OPENERS))})\b\s*:?\s*"
    rf"(?:(?:{_CLAUSE_VERBS})\s+)?(?P<substitute>[^()]+?(?:\([^()]*\))?)\s*(?:{_CLAUSE_VERBS})?\s*\)?\s*\.?$",
    re.IGNORECASE,
)
_ROLE_LABEL = re.compile(rf"^(?P<role>(?:\d+\.\s*)?(?:{'|'.join(map(re.escape, ROLE_WORDS))}))\s*:\s*(?P<rest>\S.*)$", re.IGNORECASE)
_ITEM_PREFIX = re.compile(rf"^(?:§\s*\d+\.?|\d{{1,3}}[.)]|(?:{ITEM_WORD})\s*\d+[.:)]?)\s+", re.IGNORECASE)
# A line that opens an item ("Sag nr. 12 …", "Punkt 4", "3 Sag nr. 12 …" with a page number before
# it in text that lost its line breaks): a list never goes on into it.
_ITEM_LABEL_START = re.compile(
    rf"^(?:\d{{1,4}}\s+)?{ITEM_LABEL}\d+\b",
    re.IGNORECASE,
)
# Lower-case words between a list label and its colon qualify it ("Til stede fra bestyrelsen:")
_QUALIFIED_LABEL = re.compile(rf"^{LOWER}\w*(?:\s+{LOWER}\w*){{0,2}}\s*:\s*(?P<rest>\S.*)$")
# A role label opening a sentence inside a list line: "Til stede: Anna Holm, Bo Kirk. Referent: Bo Kirk."
_ROLE_AFTER_SENTENCE = re.compile(rf"(?<=[\w)]\.)\s+(?=(?:{'|'.join(map(re.escape, sorted(ROLE_LABELS, key=len, reverse=True)))})\s*:)", re.IGNORECASE)
_AND_ALONE = frozenset(w.strip() for w in AND_WORDS)
_LIST_END_CLAUSE = re.compile(rf",\s+(?:{'|'.join(LIST_ENDING_CONJUNCTIONS)})\s+.*$", re.IGNORECASE | re.DOTALL)  # ", mens Eva Lund havde …"
# "…, men ikke Carl Dahl", "Hele bestyrelsen, undtagen Carl Dahl", "… (ikke Carl Dahl)": names set apart at the end
# of a list of those present. Searched only in list lines that hold one of the words (a literal test first).
_EXCLUSION_WORDS = "|".join(w.replace(" ", r"\s+") for w in LIST_EXCLUSION_WORDS)
_EXCLUSION = re.compile(
    rf"(?:,\s*|\s*\(\s*|\s+(?=(?:{'|'.join(LIST_EXCLUSION_LEADS)})\s))(?:(?:{'|'.join(LIST_EXCLUSION_LEADS)})\s+)?"
    rf"(?:{_EXCLUSION_WORDS})\s+(?P<names>{UPPER}[^()]*?)\)?[\s.]*$",
    re.IGNORECASE,
)
_RELATIVE_CLAUSE = re.compile(rf",\s+(?:{'|'.join(RELATIVE_PRONOUNS)})\b.*$", re.IGNORECASE | re.DOTALL)  # ", der havde …"
_INTRODUCED_WORDS = tuple(f"{lead} {verb}" for lead in LIST_INTRODUCERS for verb in PRESENCE_INTRODUCED)  # "følgende deltog"
_PROSE_WORDS = (
    *ABSENCE_LABELS, *ABSENCE_BEFORE_NAMES, *ABSENCE_AFTER_NAMES, *PRESENCE_AFTER_NAMES, *GUEST_BEFORE_NAMES, *GUEST_AFTER_NAMES,
    *HEADER_GUEST_BEFORE_NAMES, *PRESENCE_STATED_AFTER_NAMES, *_INTRODUCED_WORDS,
)


def _phrases(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace("\\ ", "\\s+") for w in sorted(words, key=len, reverse=True))


_NAMES_TEXT = rf"(?:[^.;:]|(?<=\b{UPPER})\.)"  # names, with initials ("Anne V. Kristensen")
# The names before "var fraværende" are a short subject: bounded, so that a long run of
# "a. a. a. …" (each dot after a letter, read as an initial) is not scanned again from every dot.
MAX_PROSE_SUBJECT_CHARS = 200
_SUBJECT_TEXT = rf"{_NAMES_TEXT}{{0,{MAX_PROSE_SUBJECT_CHARS}}}?"
_CLAUSE_START = rf"(?:^|[.:;]\s+|,\s+(?:{'|'.join(CLAUSE_CONJUNCTIONS)})\s+)"
# Sentences that tell who was there (pattern, status): "Der var afbud fra A og B.", "A og B var
# fraværende.", "1. suppleant C var indkaldt, men mødte ikke frem.", "D deltog i stedet."
# The names come after the words (leading names) or before them (the subject: trailing names).
_INFERRED_PRESENCE = re.compile(rf"{_CLAUSE_START}(?P<names>{UPPER}{_SUBJECT_TEXT})\s+(?:{_phrases(PRESENCE_AFTER_NAMES)})", re.IGNORECASE)
MAX_VERB_TAIL_CHARS = 30  # "… udeblev uden afbud:": words after the verb before the colon


def _introduced(verbs: tuple[str, ...], but_not: tuple[str, ...] = ()) -> re.Pattern[str]:
    """'Følgende udeblev uden afbud: A, B og C.': an introducer, one of `verbs` (not one of `but_not`),
    a few words, a colon, and the names after it."""
    unless = rf"(?!{_phrases(but_not)})" if but_not else ""
    return re.compile(
        rf"(?:{_phrases(LIST_INTRODUCERS)})\s+{unless}(?:{_phrases(verbs)})[^.:;]{{0,{MAX_VERB_TAIL_CHARS}}}:\s*(?P<names>{_NAMES_TEXT}+)",
        re.IGNORECASE,
    )


_PROSE = (
    (_introduced(ABSENCE_AFTER_NAMES), "absent", True),
    (_introduced(GUEST_AFTER_NAMES), "guest", True),
    (_introduced(PRESENCE_INTRODUCED, but_not=GUEST_AFTER_NAMES), "present", True),  # not "deltog som gæster": the guests
    (re.compile(rf"(?:{_phrases(ABSENCE_BEFORE_NAMES)}):?\s+(?P<names>{_NAMES_TEXT}+)", re.IGNORECASE), "absent", True),
    (re.compile(rf"{_CLAUSE_START}(?P<names>{UPPER}{_SUBJECT_TEXT})\s+(?:{_phrases(ABSENCE_AFTER_NAMES)})"
                rf"(?!\s+(?:{_phrases(ITEM_ONLY_ABSENCE_TAILS)}))", re.IGNORECASE), "absent", False),
    (_INFERRED_PRESENCE, "present", False),
    (re.compile(rf"{_CLAUSE_START}(?P<names>{UPPER}{_SUBJECT_TEXT})\s+(?:{_phrases(PRESENCE_STATED_AFTER_NAMES)})", re.IGNORECASE), "present", False),
    (re.compile(rf"(?:{_phrases(GUEST_BEFORE_NAMES)}):?\s+(?P<names>{_NAMES_TEXT}+)", re.IGNORECASE), "guest", True),
    (re.compile(rf"{_CLAUSE_START}(?P<names>{UPPER}{_SUBJECT_TEXT})\s+(?:{_phrases(GUEST_AFTER_NAMES)})", re.IGNORECASE), "guest", False),
)
_HEADER_PROSE = ((re.compile(rf"(?:{_phrases(HEADER_GUEST_BEFORE_NAMES)}):?\s+(?P<names>{_NAMES_TEXT}+)", re.IGNORECASE), "guest", True),)
_ABSENCE_LEAD = re.compile(rf"^(?:{'|'.join(p for p in ABSENCE_BEFORE_NAMES if p.split()[-1] in FROM_PREPOSITIONS)})\s+(?={UPPER})", re.IGNORECASE)
_ROLE_BEFORE = re.compile(rf"(?P<role>(?:\d+\.\s*)?(?:{'|'.join(SUBSTITUTE_WORDS)}))\s*$", re.IGNORECASE)


@dataclass
class _Person:
    name: str
    organization: str | None = None
    role: str | None = None
    status: str | None = None  # where the entry itself says it ("Per Lund Afbud"), not the list's label


# names -----------------------------------------------------------------------------------


def is_name(text: str) -> bool:
    """Capitalised words (initials, "Chr.", hyphenated names, particles inside); not "Ingen"."""
    if key(text) in NOT_NAMES:
        return False
    tokens = text.split()
    if not tokens or len(tokens) > MAX_NAME_TOKENS or tokens[-1].endswith(("-", "–")):
        return False
    if len(tokens) == 1 and (len(tokens[0].rstrip(".")) == 1 or names_a_body(tokens[0])):
        return False  # "V", "A": a party letter; "Bestyrelsen", "Udvalget": a body; not a person
    for position, token in enumerate(tokens):
        joined_initials = position < len(tokens) - 1 and _JOINED_INITIALS.match(token)  # "J.P. Holm", "H.C. Bak"
        if token.endswith(".") and position < len(tokens) - 1 and not _ABBREVIATION.match(token) and not joined_initials:
            return False  # "Bo Kirk. Carl Dahl": a full stop ends a sentence inside; "Anne V. Kristensen", "Chr. Holm" stay
        if _NAME_TOKEN.match(token) or joined_initials:
            continue
        if 0 < position < len(tokens) - 1 and token.lower() in NAME_PARTICLES:
            continue
        return False
    return not tokens[-1].endswith(".") or len(tokens) == 1 or _INITIAL.match(tokens[-1]) is None


def _name_start(tokens: list[str]) -> int:
    """Where the person's name begins in "Org words Firstname Lastname"."""
    for s in range(1, len(tokens) - 1):
        if tokens[s].lower() in FIRST_NAMES and all(_NAME_TOKEN.match(t) for t in tokens[s:]):
            return s
    for s in range(2, len(tokens)):
        if _INITIAL.match(tokens[s]) or re.match(rf"^{UPPER}{LOWER}{{0,3}}\.$", tokens[s]):
            return s - 1
    ends = [i for i, t in enumerate(tokens[:-1]) if t.lower().strip(",") in ORGANIZATION_ENDINGS]
    if ends and ends[-1] + 1 < len(tokens):
        return ends[-1] + 1
    return max(1, len(tokens) - 2)


_TITLED_FOR = re.compile(rf"^(?P<role>{UPPER}\w*)\s+(?:{'|'.join(TITLE_FOR_PREPOSITIONS)})\s+(?P<rest>{UPPER}.*)$")


def split_titled(text: str) -> _Person | None:
    """'Chefkonsulent i KKR Sjælland Jens K. Holm', 'Direktør for Social og Sundhed Eva Dahl' → role, organisation,
    name ("for" only after a word that is a title: "Rolf Sand for Ilse Gram" names a substitute)."""
    m = _TITLED.match(text)
    if not m:
        m = _TITLED_FOR.match(text)
        if not m or not (_is_role(m.group("role")) or _is_title_word(m.group("role"))):
            return None
    tokens = m.group("rest").split()
    if len(tokens) < 2:
        return None
    start = _name_start(tokens)
    name = " ".join(tokens[start:])
    if not is_name(name):
        return None
    return _Person(name=name, organization=" ".join(tokens[:start]) or None, role=m.group("role").strip())


@lru_cache(maxsize=8192)
def _led_organisation(text: str) -> tuple[str, str | None] | None:
    """'udpeget af Beboerforeningen X' → ('Beboerforeningen X', None), 'repræsentant for Y' →
    ('Y', 'repræsentant'): an organisation after the words that say how a member sits for it."""
    lowered = text.lower()
    for lead, role in ORGANIZATION_LEADS.items():
        rest = text[len(lead):].strip()
        if lowered.startswith(lead + " ") and rest[:1].isupper():
            return rest, role
    return None


_TITLE_OF_ORGANISATION = re.compile(
    rf"^(?P<role>\w[\w.]*(?:\s+{LOWER}[\w.]*){{0,2}})\s+(?:{'|'.join(TITLE_FOR_PREPOSITIONS)})\s+(?P<org>{UPPER}.*)$"
)


def _title_of_organisation(text: str) -> tuple[str, str] | None:
    """'direktør for Social og Sundhed', 'chef i Kulturforvaltningen' → (organisation, role)."""
    m = _TITLE_OF_ORGANISATION.match(text.strip())
    if m and (_is_role(m.group("role")) or _is_title_word(m.group("role").split()[-1])):
        return m.group("org").strip(), m.group("role")
    return None


def _paren_info(paren: str) -> tuple[str | None, str | None, bool]:
    """'formand, Vejle Kommune' → (org, role, shared); shared for 'begge …'."""
    shared = bool(_SHARED.match(paren))
    paren = _SHARED.sub("", paren).strip()
    org_parts: list[str] = []
    role: str | None = None
    for part in (p.strip() for p in paren.split(",")):
        if not part or part.lower().startswith(ATTENDANCE_NOTES) or (_status_word(part) and not _is_role(part)):
            continue
        if "/" in part and not _is_role(part):
            left, _, right = part.rpartition("/")
            if _is_role(right):
                role = role or right.strip()
                part = left.strip()
        if led := _led_organisation(part):
            part, role = led[0], role or led[1]
        elif titled := _title_of_organisation(part):
            part, role = titled[0], role or titled[1]
            if _ROLE_BEFORE.search(titled[1]) and _names_a_person(part):
                part = ""  # "(suppleant for Ole Berg)": whom the substitute stands in for, no organisation
        if (_is_role(part) or _is_job_title(part) or _is_title(part)) and role is None:
            role = part
        elif part and not _is_note(part):
            org_parts.append(part)
    return (", ".join(org_parts) or None), role, shared


MIN_NOTE_WORDS = 5  # "sekretariat for rammeaftaler" is an organisation in lower case


def _is_note(text: str) -> bool:
    """'måske er det gået galt mht. dagsordenen?': a question or a sentence in lower case in parentheses after
    a name remarks on the person; it names no organisation."""
    words = text.split()
    return all(not w[:1].isupper() for w in words) and (text.rstrip().endswith("?") or len(words) >= MIN_NOTE_WORDS)


def _names_a_person(text: str) -> bool:
    """'Ole Berg': a first name and a surname, no organisation's name ('Skovby Skole', 'Vejle Kommune')."""
    return len(text.split()) > 1 and is_name(text) and not _is_organisation(text)


@lru_cache(maxsize=8192)
def _take_parens(text: str) -> tuple[str, str | None, str | None, bool]:
    """'Søren Kjær (A) (formand)' → ('Søren Kjær', 'A', 'formand', False): the text without
    its parentheses, and the organisation, role and 'begge'-sharing they hold."""
    orgs: list[str] = []
    role: str | None = None
    shared = False
    text = collapse(text)
    while m := _PAREN.match(text):
        org, found_role, found_shared = _paren_info(m.group("paren"))
        orgs += [org] if org else []
        role = role or found_role
        shared = shared or found_shared
        text = collapse(f"{m.group('pre')} {m.group('post')}")
    return text.strip(" .,;"), (", ".join(orgs) or None), role, shared


def _is_title_word(word: str) -> bool:
    """'Kommunaldirektør', 'præst', 'Chefkonsulent': a job title before a name."""
    w = word.lower()
    return w in ROLE_WORDS or w.endswith(TITLE_SUFFIXES)


def _title_words(words: list[str]) -> int:
    """How many words open the entry as a job title of several words before a name of two or more:
    'Adm. direktør Rasmus Kjær' → 2, 'Konstitueret skolechef Bo Kirk' → 2; 0 where none does. The
    title ends in a title word; the words inside it are in lower case or abbreviated."""
    for end in range(len(words) - 2, 0, -1):
        inside = words[1:end]
        if (
            _is_title_word(words[end])
            and all(w[:1].islower() or _ABBREVIATION.match(w) for w in inside)
            and (words[0][:1].islower() or _ABBREVIATION.match(words[0]) or words[0][:1].isupper())
            and is_name(" ".join(words[end + 1 :]))
        ):
            return end + 1
    return 0


def _is_lowercase_title(word: str) -> bool:
    """'ejendomsmester', 'skoleleder': one lower-case word before a name, no joining word ('og', 'samt')."""
    return word.isalpha() and word.islower() and len(word) >= MIN_TITLE_WORD_CHARS and f" {word} " not in AND_WORDS


def _is_title(text: str) -> bool:
    """'Direktionssekretær', 'Adm. Direktør': a capitalised job title (a title word, abbreviations before it)."""
    words = text.split()
    return bool(words) and len(words) <= MAX_TITLE_PHRASE_WORDS and _is_title_word(words[-1]) and all(_ABBREVIATION.match(w) for w in words[:-1])


MAX_TITLE_PHRASE_WORDS = 2


def _is_job_title(text: str) -> bool:
    """'skoleleder', 'pædagogisk leder', 'afdelingschef': lower-case words ending in a job title."""
    words = text.split()
    return bool(words) and text[:1].islower() and _is_title_word(words[-1])


_ORDINAL = re.compile(r"^\d{1,2}\.\s*")  # "1. næstformand", "2. suppleant"


_ROLE_SLASH = re.compile(r"\s*/\s*")  # "Referent/ordstyrer", "Mødeleder / referent"
_ROLE_JOINER = re.compile(rf"{_ROLE_SLASH.pattern}|\s+{AND_WORD}\s+")  # … and "Dirigent og referent"


def _is_role(text: str) -> bool:
    parts = _ROLE_JOINER.split(text.strip())
    return all(_is_one_role(part) for part in parts) if len(parts) > 1 else _is_one_role(text)


def _is_one_role(text: str) -> bool:
    k = _ORDINAL.sub("", text.strip().lower())
    return k in ROLE_WORDS or k.rstrip(".") in ROLE_WORDS


def parse_person(text: str) -> _Person | None:
    """The person an entry names, or None when it names none. A new _Person each call (callers
    fill in what the list around it adds); the reading itself is cached, as list parsing asks
    about the same entry several times."""
    fields = _person_fields(text)
    return _Person(*fields) if fields else None


@lru_cache(maxsize=8192)
def _person_fields(text: str) -> tuple[str, str | None, str | None, str | None] | None:
    person = _read_person(text)
    return (person.name, person.organization, person.role, person.status) if person else None


def _read_person(text: str) -> _Person | None:
    text = collapse(text).strip(" .,;")
    if not text:
        return None
    in_parens = _status_in_parens(text)
    text, org, role, _ = _take_parens(text)
    text, status = _absence_note(text)
    status = status or in_parens
    text = _without_attendance_note(text)
    text, role = _slash_role(text, role)
    represented = _REPRESENTED.match(text)
    if represented and is_name(represented.group("name")):
        text, org = represented.group("name"), org or represented.group("org")
    words = text.split()
    if len(words) > 2 and words[0].lower() in COURTESY_TITLES and is_name(" ".join(words[1:])):
        text = " ".join(words[1:])  # "Hr. Jens Hansen", "fru Inge Holm"
    titled = split_titled(text)
    if titled:
        titled.organization = titled.organization or org
        titled.role = titled.role or role
        titled.status = status
        return titled
    words = text.split()
    if len(words) > 1 and (words[0].lower() in ROLE_WORDS or (len(words) > 2 and _is_title_word(words[0]))):
        role, text = role or words[0], " ".join(words[1:])
    elif title_words := _title_words(words):  # "Adm. direktør Rasmus Kjær"
        role, text = role or " ".join(words[:title_words]), " ".join(words[title_words:])
    elif len(words) > 2 and _is_lowercase_title(words[0]) and is_name(" ".join(words[1:])):
        role, text = role or words[0], " ".join(words[1:])  # "ejendomsmester Frank Dahl": a job title before the name
    for dash in (" - ", " – "):
        if dash in text:
            left, _, right = text.partition(dash)
            if _is_role(right) or _is_job_title(right.strip()):  # "Else Birk – regnskabsfører", "Bo Kirk - pædagogisk leder"
                text, role = left.strip(), role or right.strip()
            elif is_name(left.strip()):
                text, org = left.strip(), org or right.strip()
    from_org = _ORG_AFTER_NAME.match(text)
    if from_org and is_name(from_org.group("name")):
        text, org = from_org.group("name"), org or from_org.group("org")  # "Karina Ravn fra Skovby Borgerforening"
    if not is_name(text):
        return None
    if org and _are_initials(org, text):
        org = None  # "Anna Holm (AH)": her initials, not an organisation
    return _Person(name=text, organization=org, role=role, status=status)


MIN_STATUS_WORD_CHARS = 3  # "x", "ja" in a table's status column; never a note in parentheses


def _status_word(text: str) -> str | None:
    """'afbud', 'Til stede', 'Fraværende': the status a word of attendance gives."""
    k = key(text)
    return ATTENDANCE_STATUS_VALUES.get(k) if len(k) >= MIN_STATUS_WORD_CHARS else None


_PAREN_PARTS = re.compile(r"\(([^()]*)\)")


def _status_in_parens(text: str) -> str | None:
    """'Tove Ring (afbud)', 'Bo Kirk (V, fraværende)': a status noted in parentheses."""
    for group in _PAREN_PARTS.findall(text):
        for part in group.split(","):
            if status := _status_word(part):
                return status
    return None


def _are_initials(text: str, name: str) -> bool:
    """'AH', 'A.H.', 'ABH' for Anna B. Holm: the initials of the name's words."""
    letters = text.replace(".", "").replace(" ", "")
    initials = "".join(word[0] for word in name.replace("-", " ").split())
    return letters.isupper() and len(letters) > 1 and letters in (initials, initials[0] + initials[-1])


def _absence_note(text: str) -> tuple[str, str | None]:
    """'Per Lund Afbud', 'Per Lund - afbud' → ('Per Lund', 'absent')."""
    lowered = text.lower()
    for note in sorted(ABSENCE_NOTES, key=len, reverse=True):
        if lowered.endswith(" " + note) and len(text) > len(note) + 1:
            return text[: -len(note)].rstrip(" -–,:"), "absent"
    return text, None


_NOTE_AFTER_NAME = re.compile(  # the notes that tell no status: "under pkt. 2", "deltog under punkt 3", "via Teams";
    # in lower case, as notes run on after a name ("Aa Online", "Ib Via" are names)
    rf"\s(?:{'|'.join(re.escape(n.strip()) for n in sorted(ATTENDANCE_NOTES, key=len, reverse=True) if not ATTENDANCE_STATUS_VALUES.get(n.strip()))})(?!\w)",
)


def _without_attendance_note(text: str) -> str:
    """'Pia Skov under pkt. 2', 'Karina Ravn deltog under punkt 3' → the entry before the note
    (when and how the person took part; an absence note is read by _absence_note)."""
    m = _NOTE_AFTER_NAME.search(text)
    return text[: m.start()].rstrip(" ,-–") if m else text


def _slash_role(text: str, role: str | None) -> tuple[str, str | None]:
    """'Eva Dahl /formand' → ('Eva Dahl', 'formand')."""
    left, slash, right = text.rpartition("/")
    if slash and _is_role(right) and left.strip():
        return left.strip(), role or right.strip()
    return text, role


def _split_and(chunk: str) -> list[str]:
    """'A og B' → ['A', 'B']; a piece that is no name joins the next ('Chef for X og Y i Z Name')."""
    pieces = split_top_level(chunk, AND_WORDS)
    merged: list[str] = []
    carry = ""
    for n, piece in enumerate(pieces):
        candidate = f"{carry} {AND_WORD} {piece}" if carry else piece
        suspended = candidate.endswith("-")  # "Social- og Sundhedsforvaltningen"
        if (parse_person(candidate) and not suspended) or n == len(pieces) - 1:
            merged.append(candidate)
            carry = ""
        else:
            carry = candidate
    return merged


def _is_abbreviation(text: str) -> bool:
    """'DH', 'KL', 'FOA': an organisation's initials."""
    return 1 < len(text) <= MAX_ABBREVIATION_CHARS and text.isupper() and text.isalpha()


@lru_cache(maxsize=8192)
def _as_attribute(chunk: str) -> tuple[str | None, str | None] | None:
    """(organisation, role) when a list chunk after a person describes that person rather
    than naming another one: "Karin Olsen, DH (formand)", "Signe Mørk, byrådsmedlem",
    "Lars Poulsen, Social- og Sundhedsforvaltningen". None when the chunk may be a name."""
    head, org, role, _ = _take_parens(chunk)
    if not head or head.split()[0].lower() in LIST_ENDING_CONJUNCTIONS or ". " in head and _SENTENCE_START.search(head):
        return None  # "…, mens Eva Lund havde meldt afbud", "…, Bo Kirk. Carl Dahl kom …": a clause, not what the person before is
    if len(head) == 1 and head.isupper():
        return head, role  # "Anna Holm, V": a party letter
    if led := _led_organisation(head):
        return ", ".join(p for p in (led[0], org) if p), role or led[1]
    if (titled := _title_of_organisation(head)) and not any(parse_person(p) for p in _split_and(chunk)):
        return ", ".join(p for p in (titled[0], org) if p), role or titled[1]  # "direktør for Social og Sundhed"
    if _is_job_title(head) and not org:
        return None, role or head  # "Pernille Wolff, sekretariatsleder"
    if head[:1].islower() and not _is_role(head) and not any(parse_person(p) for p in _split_and(chunk)):
        return ", ".join(p for p in (head, org) if p), role  # "Jens Møller, løsgænger"
    if _is_role(head) or (len(head.split()) == 1 and _is_title_word(head)):
        return org, role or head
    if (
        _is_abbreviation(head)
        or _is_organisation(head)
        or (head[:1].isupper() and not any(parse_person(p) or _person_before_words(p) for p in _split_and(chunk)))
    ):
        return ", ".join(p for p in (head, org) if p), role
    return None


def _is_organisation(text: str) -> bool:
    """'Byrådet', 'Ældrerådet', 'Vejle Kommune': a body or an organisation, not a person."""
    words = text.split()
    return bool(words) and (names_a_body(words[-1]) or words[-1].lower() in ORGANIZATION_ENDINGS)


def _describe(person: _Person, org: str | None, role: str | None, status: str | None = None) -> None:
    if status and not person.status:
        person.status = status
    if org and not person.organization:
        person.organization = org
    if role and not person.role:
        person.role = role


def parse_people(text: str) -> list[_Person] | None:
    """Every person in a list text; None when some entry is not a person (not a list).
    A chunk after a person on the same line may describe that person (organisation, role);
    a group's heading alone on its line ("Socialdemokratiet:") names the group of the lines under it."""
    people: list[_Person] = []
    heading_group = None
    lines = [_without_item_note(line) for line in split_top_level(text.strip().rstrip("."), ("\n",))]
    if _second_column_describes(lines):
        lines = [_described_in_parentheses(line) for line in lines]
    for line in lines:
        if alone := group_heading(line):
            heading_group = alone
            continue
        line, substitute = _split_substitute(_list_entry(line))
        line_start = len(people)
        group = line_role = None
        for chunk in (piece for part in split_top_level(line, (",", ";")) for piece in _apart_at_full_stops(part)):
            if chunk.lower() in _AND_ALONE:
                continue  # "(j) Vivien Lund; og" / "(k) Eva Berg."
            new_group, chunk = _group_label(chunk)
            if new_group and key(new_group) in LABEL_ROLES:
                line_role = LABEL_ROLES[key(new_group)]  # "Suppleanter: Ole Lund og Eva Dahl": what they are, no organisation
            elif new_group:
                group = new_group
            if new_group and not chunk.strip(_EMPTY_VALUE):
                continue  # "Elevrepræsentanter: - -": a group with nobody in it
            lead = _ABSENCE_LEAD.match(chunk) if new_group else None  # "Forældrevalgte: Afbud fra Rikke Holm"
            chunk = chunk[lead.end() :] if lead else chunk
            before = len(people)
            if not _add_chunk(chunk, people, same_line=len(people) > line_start and not new_group):
                return None
            for person in people[before:]:
                _describe(person, group or heading_group, line_role, "absent" if lead else None)
        if substitute:
            people.append(substitute)
    return people


_EMPTY_VALUE = " -–—."
_FULL_STOP_BETWEEN = re.compile(rf"(?<=\w\w)\.\s+(?={UPPER})")


def _apart_at_full_stops(chunk: str) -> list[str]:
    """'Morten Legarth. Henrik Faurby (referent)': whole names apart by a full stop are two entries (a word of
    two letters or more before it: no initial, no abbreviation such as 'Chr.')."""
    if ". " not in chunk:
        return [chunk]
    pieces = _FULL_STOP_BETWEEN.split(chunk)
    if len(pieces) < 2 or any(_ABBREVIATION.match(piece.split()[-1] + ".") for piece in pieces[:-1]):
        return [chunk]
    names = [_take_parens(piece)[0] for piece in pieces]  # each piece a whole name, nothing said after it ("Bo Kirk. Carl Dahl kom kl. 20")
    return pieces if all(len(name.split()) > 1 and is_name(name) for name in names) else [chunk]


MIN_TWO_COLUMN_LINES = 2


def _second_column_describes(lines: list[str]) -> bool:
    """'Anna Holm, Ældresagen' / 'Bo Kirk, Danske Handicaporganisationer': one person a line, each line a full
    name and one more entry after a comma: the entry says who the person is. Not where every entry after the
    comma opens with a known first name ('Anna Holm, Bo Kirk' / 'Carl Dahl, Dorte Ravn': a list wrapped in pairs)."""
    rows = [split_top_level(strip_bullet(line), (",",)) for line in lines if line.strip()]
    pairs = [row for row in rows if len(row) == 2]
    if len(pairs) < MIN_TWO_COLUMN_LINES or any(len(row) > 2 for row in rows):
        return False  # some lines may name a person alone ("Carl Dahl" between "Anna Holm, Ældresagen" lines)
    for first, _ in pairs:
        person = parse_person(first)
        if person is None or len(person.name.split()) < 2:
            return False
    return not all(second.split()[:1] and second.split()[0].lower() in FIRST_NAMES for _, second in pairs)


def _described_in_parentheses(line: str) -> str:
    """'Anna Holm, Ældresagen' → 'Anna Holm (Ældresagen)'; a line that names a substitute stays as it is."""
    if "," not in line or _split_substitute(line)[1] is not None:
        return line  # "Villy Holm, F - Tine Berg stedfortræder"
    first, second = split_top_level(strip_bullet(line), (",",))
    head = _PAREN_PARTS.sub("", second).strip().rstrip(".")  # "DH (formand)" → "(DH) (formand)"
    return " ".join([first.strip(), *([f"({head})"] if head else []), *(f"({p})" for p in _PAREN_PARTS.findall(second))])


_GROUP_ALONE = re.compile(rf"^(?P<group>{UPPER}[^:,;()\t]{{1,{MAX_GROUP_LABEL_CHARS}}}?)\s*:$")


def group_heading(line: str) -> str | None:
    """'Socialdemokratiet:', 'Forældrerepræsentanter:' alone on a line of a list: the group the lines
    under it belong to; not a list, field or role label, nor a person."""
    m = _GROUP_ALONE.match(line.strip())
    if m is None:
        return None
    group = m.group("group").strip()
    if _is_other_label(line.strip()) or _is_role(group) or group.lower() in FIRST_NAMES or (len(group.split()) > 1 and parse_person(group)):
        return None
    return group


_CHECKBOX = re.compile(r"^\[[ xX✓✔]?\]\s*")  # "- [x] Anna Holm": a Markdown task list's box


_ITEM_NUMBERS = rf"\d+[a-z]?(?:\s*(?:[,\-–]|{AND_WORD})\s*\d+[a-z]?)*"
_ITEM_NOTE_AT_END = re.compile(rf",\s*(?:{LOWER}+\s+){{0,2}}(?:{ITEM_WORD})\s*{_ITEM_NUMBERS}\.?\s*$", re.IGNORECASE)


def _without_item_note(line: str) -> str:
    """'Jesper Holm, deltog under punkt 8, 9' → 'Jesper Holm': when the person took part ends the entry."""
    return _ITEM_NOTE_AT_END.sub("", line) if any(c.isdigit() for c in line) else line


def _list_entry(line: str) -> str:
    """A list line without its bullet or enumerator, and with run-in entries apart:
    "(a) Anna Holm;" → "Anna Holm;", "Anna Holm (A) Bo Kirk (V)" → "Anna Holm (A), Bo Kirk (V)"."""
    line = _ENUMERATOR.sub("", _CHECKBOX.sub("", strip_bullet(line), count=1), count=1)
    return _title_first(_separated(_RUN_IN.sub("), ", line)))


def _separated(line: str) -> str:
    """'Eva Holm - Bo Kirk - Carl Dahl', 'Eva Holm / Bo Kirk' → commas between the names: every part is a
    name, and there are three or more of them or each after the first opens with a known first name
    ('Anna Holm - Vestby Kommune' is a name and her organisation)."""
    for separator in NAME_SEPARATORS:
        if separator not in line:
            continue
        parts = [part.strip() for part in line.split(separator)]
        plain = [_take_parens(part)[0] for part in parts]
        if all(is_name(p) for p in plain) and (len(parts) > 2 or all(p.split()[0].lower() in FIRST_NAMES for p in plain[1:])):
            return ", ".join(parts)
    return line


def _title_first(line: str) -> str:
    """'Sekretær for Seniorrådet, Lisa Møller' → 'Lisa Møller (Sekretær, Seniorrådet)': a title, and the body it
    serves, before the name it belongs to."""
    m = _TITLE_FIRST.match(line)
    if not m or not (_is_role(m.group("role")) or _is_title_word(m.group("role"))):
        return line
    person = parse_person(m.group("name"))
    if person is None or person.organization or person.role:
        return line
    described = ", ".join(p for p in (m.group("role"), m.group("org")) if p)
    return f"{m.group('name').strip()} ({described}){m.group('rest') or ''}"


def _split_substitute(line: str) -> tuple[str, _Person | None]:
    """'Per Lund (C) - Eva Dahl (C) mødte som stedfortræder' → ('Per Lund (C)', Eva Dahl present,
    role 'stedfortræder'): the member keeps the list's status, the substitute took part."""
    m = _SUBSTITUTE.match(line)
    if not m:
        return _split_substitute_clause(line) or _split_stands_in(line)
    substitute = parse_person(m.group("substitute"))
    if substitute is None:
        return line, None
    substitute.status = "present"
    substitute.role = m.group("role").lower()
    return m.group("member"), substitute


def _split_substitute_clause(line: str) -> tuple[str, _Person] | None:
    """'Anne Holm (A) - stedfortræder Bo Kirk (A) deltog', 'Anne Holm (A), i stedet deltog Bo
    Kirk (A)', 'Anne Holm (A) (stedfortræder: Bo Kirk (A))' → ('Anne Holm (A)', Bo Kirk present):
    the member keeps the list's status; the substitute took part (role 'stedfortræder' or
    'suppleant' where the clause names it)."""
    m = _SUBSTITUTE_CLAUSE.search(line)
    if not m or m.start() == 0:
        return None
    substitute = parse_person(m.group("substitute"))
    if substitute is None:
        return None
    opener = m.group("opener").lower().split()[-1]
    substitute.status = "present"
    substitute.role = substitute.role or (opener if opener in SUBSTITUTE_WORDS else None)
    return line[: m.start()], substitute


def _split_stands_in(line: str) -> tuple[str, _Person | None]:
    """'Rolf Sand for Ilse Gram' → ('Rolf Sand', Ilse Gram absent): the substitute keeps the
    list's status, the member stood in for was absent. Both must be whole names (first and last)."""
    m = _STANDS_IN.match(line)
    if not m:
        return line, None
    member = parse_person(m.group("member"))
    substitute = parse_person(m.group("substitute"))
    if member is None or substitute is None or len(member.name.split()) < 2 or len(substitute.name.split()) < 2:
        return line, None
    member.status = "absent"
    return m.group("substitute"), member


def _group_label(line: str) -> tuple[str | None, str]:
    """'Socialdemokratiet: Anne Holm' → ('Socialdemokratiet', 'Anne Holm'): the people that
    follow in the list belong to a party or organisation (a name before the colon is no group)."""
    if _ROLE_LABEL.match(line):
        return None, _role_labelled(line)
    if any(word in line for word in AND_WORDS) and _ROLE_LABEL.match(split_top_level(line, AND_WORDS)[-1]):
        return None, line  # "Eva Holm samt suppleant: Ole Lund": a role's label after the joiner, no group before a colon
    m = _GROUP_LABEL.match(line)
    if not m:
        return None, line
    group = m.group("group").strip()
    if _is_role(group):
        return None, f"{m.group('rest')} ({group})"  # "Formand: Anne Holm" → "Anne Holm (Formand)"
    words = group.split()
    is_person = group.lower() in FIRST_NAMES if len(words) == 1 else parse_person(group) is not None
    return (None, line) if is_person else (group, m.group("rest"))


def _role_labelled(text: str) -> str:
    """'suppleant: Ole Lund', 'Formand: Anne Holm' → 'Ole Lund (suppleant)': the role in parentheses."""
    m = _ROLE_LABEL.match(text)
    return f"{m.group('rest')} ({m.group('role')})" if m else text


_JOINER_FIRST = re.compile(rf"^\s*(?:{'|'.join(map(re.escape, NAME_JOINERS))})\s+(?P<rest>.+)$", re.IGNORECASE)


def _add_chunk(chunk: str, people: list[_Person], same_line: bool) -> bool:
    """Add the people of one list chunk; False when the chunk is not a person."""
    group: list[_Person] = []
    shared_org = shared_role = None
    if _is_role(chunk) and people:
        people[-1].role = people[-1].role or chunk.strip()  # "Anne Holm (V), formand, …"
        return True
    joined = _JOINER_FIRST.match(chunk)
    if joined and _ROLE_LABEL.match(joined.group("rest")):
        chunk = joined.group("rest")  # "…, samt suppleant: Ole Lund": a second labelled group, no part of the person before
    attribute = _as_attribute(chunk) if same_line and not _ROLE_LABEL.match(chunk) and not _initials_among_initials(chunk, people) else None
    if attribute:
        org, role = attribute
        if org and people[-1].organization and org != people[-1].organization:
            return False  # a second organisation: "Bo Kirk (V), Side 1 af 56" is not read as one
        _describe(people[-1], org, role, _status_in_parens(chunk))  # "Bo Kirk, V (afbud)"
        return True
    for piece in map(_role_labelled, _split_and(chunk)):
        person = parse_person(piece)
        if person is None:
            return False
        _, org, role, shared = _take_parens(piece)
        if shared:
            shared_org, shared_role = org, role
        group.append(person)
    for person in group:
        _describe(person, shared_org, shared_role)
    people.extend(group)
    return True


def _initials_among_initials(chunk: str, people: list[_Person]) -> bool:
    """'EPV, FL': initials after a person named by initials are the next person, not an organisation."""
    return bool(people) and _is_abbreviation(chunk.strip()) and _is_abbreviation(people[-1].name)


# lists in the header ---------------------------------------------------------------------


def _is_other_label(text: str) -> bool:
    """A line that ends a list: another label, a heading, a title word of the document, a
    table's header row ("Dagsorden<tab>Beslutning", "Punkt<tab>Titel")."""
    k = key(text)
    return bool(
        split_label(text, _LABELS)
        or (":" in text and label_phrase(text))
        or _role_label(text)
        or split_label(text, _HEADER_LABELS)
        or _from_org(text)
        or k in SECTION_HEADINGS
        or k in INDEX_HEADINGS
        or k in GROUP_HEADINGS
        or k in DOCUMENT_TYPES
        or k in ACCESS_WORDS
        or (may_be_table_row(text)
            and any(key(cell) in SECTION_HEADINGS or key(cell) in INDEX_HEADINGS or key(cell) in ITEM_WORDS
                    for cell in TABLE_CELL_GAP.split(text)))
    )


def _collect_list(texts: list[str], i: int, value: str) -> tuple[str, int]:
    """The list's whole text starting with `value` on line i; returns it and the next line."""
    parts = [value] if value else []
    one_per_line = not value
    j = i + 1
    while j < len(texts):
        text = texts[j]
        if not text:
            k = next((n for n in range(j + 1, len(texts)) if texts[n]), None)
            role_entry = k is not None and one_per_line and _role_entries_go_on(texts, k, parts)
            if k is None or (_is_other_label(texts[k]) and not role_entry) or _ITEM_LABEL_START.match(texts[k]):
                break
            joined = " ".join(parts)
            if role_entry:
                pass  # "Formand: Ole Sand" / "" / "Kasserer: Jette Juhl": a Word paragraph per entry
            elif one_per_line:
                entry = _group_label(texts[k])[1] if _opens_group(texts[k]) else texts[k]  # "Elevråd: Ida Kjeldsen"
                too_long = len(entry.split()) > MAX_ONE_PER_LINE_WORDS and parse_people(entry) is None  # a whole list is no entry
                if too_long or entry.endswith(":") or not _lenient(entry)[0]:
                    break
            elif joined.endswith(".") or not (
                joined.endswith(",") or texts[k][:1].islower() or texts[k].startswith("(") or (_wraps(parts) and not texts[k][:1].isdigit())
                or _names_only(texts[k])
            ):
                break
            j = k
            continue
        if (_is_other_label(text) and not (one_per_line and _role_entries_go_on(texts, j, parts))) or (parts and _ends_list(parts[-1]) and not (_opens_group(parts[-1]) and _opens_group(text))) or (
            parts and _leaves_enumeration(parts, text)
        ) or (parts and (_tells_attendance(text) or (_is_sentence(text) and not parts[-1].endswith(_ENTRY_GOES_ON)))):
            break
        if parts and text.endswith(":") and not _ROLE_LABEL.match(text + " x") and parse_person(text[:-1]) is None and not (
            one_per_line and group_heading(text) and _person_follows(texts, j)
        ):
            break  # "Dagsorden var:": a heading over what follows
        parts.append(_without_item_note(_row_entry(text)))  # a table row of name, organisation, role, status
        j += 1
    return _join_list_lines(parts, one_per_line), j


_ROLES_LABEL = re.compile(r"^(?P<label>[^:\t]{3,40}?)\s*:\s*(?P<value>\S.*)$")
_PARENTHESES = re.compile(r"\s*\([^()]*\)")


def _role_label(text: str) -> tuple[str, str] | None:
    """'Referent: Bo Kirk', 'Referent Bo Kirk', 'Dirigent og referent: Bo Kirk', 'Referat: Bo Kirk' → (label,
    value); not a title running on in lower case ('Sekretær for Seniorrådet, Lisa Møller': an entry with its
    title first)."""
    labelled = split_label(text, _ROLE_LABELS)
    after = text.strip()[len(labelled[0]) :] if labelled else ""
    if labelled and not (after[:1] == " " and after.strip()[:1].islower()) and not labelled[1].startswith("("):
        return labelled
    m = _ROLES_LABEL.match(text.strip())
    if m is None:
        return _note_taker_without_colon(text.strip())
    label, value = m.group("label").strip(), m.group("value").strip()
    if (_ROLE_JOINER.search(label) and _is_role(label)) or (key(label) in NOTE_TAKER_LABELS and _names_one_person(value)):
        return label, value
    if "(" in label and key(_PARENTHESES.sub("", label)) in ROLE_LABELS and _names_one_person(value):
        return label, value  # "Formand (mødeleder): Anna Holm"
    return None


_NOTE_TAKER_PHRASES = tuple(sorted((label for label in NOTE_TAKER_LABELS if " " in label), key=len, reverse=True))


def _note_taker_without_colon(text: str) -> tuple[str, str] | None:
    """'Referat ved Anna Holm', 'Referatet skrevet af Anna Holm': a phrase of the minute-taker (a phrase of
    several words, not the document's word alone: 'Referat Bestyrelsesmøde' is a title) before one person's name."""
    lowered = text.casefold()
    for phrase in _NOTE_TAKER_PHRASES:
        if lowered.startswith(phrase + " "):
            value = text[len(phrase) :].strip()
            return (text[: len(phrase)], value) if _names_one_person(value) else None
    return None


def _names_one_person(text: str) -> bool:
    """'Bo Kirk', 'Bo': one person's name (a lone word only as a known first name; 'Godkendt' is none)."""
    person = parse_person(text)
    return person is not None and (len(person.name.split()) > 1 or person.name.lower() in FIRST_NAMES)


def _person_follows(texts: list[str], i: int) -> bool:
    """The next line with text after line i names a person ('Socialdemokratiet:' over 'Anna Holm')."""
    following = next((t for t in texts[i + 1 :] if t), "")
    return parse_person(following) is not None


def _sentence_after_label(text: str, labels: tuple[str, ...]) -> bool:
    """'Afbud modtaget fra Carl Dahl.': a label's word opening a sentence that tells attendance (read as one),
    no label over a list."""
    labelled = split_label(text, labels)
    return bool(labelled and labelled[1][:1].islower() and ":" not in text[: len(labelled[0]) + 2] and _tells_attendance(text))


MIN_SENTENCE_WORDS = 2  # lower-case words that make a line a sentence, not a list entry ("Vibeke Dahl åben" is one)


def _is_sentence(text: str) -> bool:
    """'Carl Dahl kom med kage til mødet.': a line ending in a full stop with lower-case words in it, no list's line."""
    lower = [w for w in text.split() if w[:1].islower() and w not in _AND_ALONE and w not in NAME_PARTICLES]
    return text.rstrip().endswith(".") and len(lower) >= MIN_SENTENCE_WORDS and parse_people(text) is None


def _tells_attendance(text: str) -> bool:
    """'Alle var mødt undtagen Carl Dahl.': a sentence that tells attendance (read as one), no list line."""
    lowered = text.lower()
    return any(word in lowered for word in _PROSE_WORDS) and parse_people(text) is None and any(
        pattern.search(text) for pattern, _, _ in _PROSE
    )


def _continues_role_entries(parts: list[str], text: str) -> bool:
    """'Formand: Ole Sand' / 'Kasserer: Jette Juhl' under a list's label: the line is an entry with its role
    before it, as every entry above it is ('Referent: Bo Kirk' after names is a label of its own)."""
    return _is_role_entry(text) and all(_is_role_entry(part) for part in parts)


def _role_entries_go_on(texts: list[str], j: int, parts: list[str]) -> bool:
    """Line j is an entry of a list of people with their roles before them. Right under the list's label it
    opens one only where another role entry follows it: 'Afbud:' / 'Referent: Bo Kirk' is an empty list over
    a label of its own, 'Deltagere:' / 'Formand: Ole Sand' / 'Kasserer: Jette Juhl' a list of role entries."""
    if not _continues_role_entries(parts, texts[j]):
        return False
    return bool(parts) or _is_role_entry(next((t for t in texts[j + 1 :] if t), ""))


def _is_role_entry(text: str) -> bool:
    """'Formand: Rikke Storm', 'Formand Rikke Storm' in a list of one person per line: an entry with its role
    before it, no other label."""
    m = _ROLE_LABEL.match(text)
    if m is not None:
        return parse_person(m.group("rest")) is not None
    person = parse_person(text)  # one role word before the name without a colon ("Formand Susanne Krag")
    role = person.role if person is not None else None
    return role is not None and len(role.split()) == 1 and key(text).startswith(key(role)) and not split_label(text, _LABELS)


def _row_entry(text: str) -> str:
    """A table row as a list entry: 'Bo Kirk<tab>V<tab>Afbud' → 'Bo Kirk (Afbud), V' (a status
    cell becomes a note on the name), other cells after commas."""
    cells = [cell.strip() for cell in text.split("\t") if cell.strip()]
    if len(cells) < 2:
        return text.replace("\t", ", ")
    notes = [cell for cell in cells[1:] if _status_word(cell) and not _is_role(cell)]
    rest = [cell for cell in cells[1:] if cell not in notes]
    name = f"{cells[0]} ({notes[0]})" if notes else cells[0]
    return ", ".join([name, *rest])


def _names_only(text: str) -> bool:
    """A line that is nothing but two or more names goes on with the list above it, also after a
    blank line (a Word paragraph per printed line): 'Til stede: Anna, Bo' / '' / 'Carl, Dorte'."""
    return len(_prose_people(text)) > 1 and not _is_other_label(text) and ":" not in text


def _is_enumerated(text: str) -> bool:
    return bool(_ENUMERATOR.match(text))


def _leaves_enumeration(parts: list[str], text: str) -> bool:
    """In an enumerated list ("(a) Anna Holm;" / "(b) Bo Kirk."), a line without its
    enumerator that does not continue an entry ends the list ("§2 Valg af dirigent")."""
    return _is_enumerated(parts[0]) and not _is_enumerated(text) and not parts[-1].endswith(_ENTRY_GOES_ON) and not text[:1].islower()


_ENTRY_GOES_ON = (",", "-", "–", "—")  # a list line ending so goes on in the next: "Poul Engsig –" / "graver, …"


def _ends_list(text: str) -> bool:
    """A list ends with a full stop, not with an abbreviation ("Hans Chr.", "m.fl.")."""
    if not text.endswith("."):
        return False
    return not _ABBREVIATION.match(text.split()[-1])


def _wraps(parts: list[str]) -> bool:
    """The last line is as long as a printed line gets: the list goes on in the next."""
    longest = max((len(p) for p in parts), default=0)
    return bool(parts) and MIN_WRAPPED_CHARS < longest <= MAX_PRINTED_LINE_CHARS and len(parts[-1]) >= longest * LONG_LINE_SHARE


def _join_list_lines(parts: list[str], one_per_line: bool) -> str:
    """Lines of a list joined: a wrapped line continues its entry (" "), a short line that
    ends no entry ("," or "-") stands for an entry of its own ("\n")."""
    text = ""
    longest = max((len(p) for p in parts), default=0)
    entry_words = _usual_entry_words(parts)
    for part in parts:
        last = text.split("\n")[-1]
        continues = (last.endswith(_ENTRY_GOES_ON) or part[:1].islower() or part.startswith("(") or _name_cut_short(last, part)) and not _is_enumerated(part)
        if _opens_group(part):
            wrapped = continues = False  # "Medarbejderrepræsentanter: Brian Holst": a line of its own group
            text += ("\n" if text else "") + part
            continue
        if one_per_line:
            wrapped = (
                len(last) > MIN_WRAPPED_CHARS and len(last) >= longest * WRAPPED_NAME_LINE_SHARE and not _SUBSTITUTE.match(last)
                and not (_ends_entry(last) and _opens_with_full_name(part))  # "Per Thorsen, Danske Handicaporganisationer" / "Kirsten Dam, …"
            )
        else:  # a short line that ends a whole entry ("Lene Vinter (A), formand") is a table cell's line
            wrapped = len(last) >= longest * LONG_LINE_SHARE and (len(last) > MIN_WRAPPED_CHARS or not _ends_entry(last, entry_words))
        if not text:
            text = part
        elif continues or wrapped:
            text += " " + part
        else:
            text += "\n" + part
    return text


def _opens_with_full_name(part: str) -> bool:
    """'Kirsten Dam, Ældresagen': the line opens with a whole name (two words or more) before a comma or its end."""
    first = split_top_level(part, (",", ";"))[0]
    person = parse_person(first)
    return person is not None and len(person.name.split()) > 1 and not first[:1].islower()


def _opens_group(part: str) -> bool:
    """'Forældrerepræsentanter: Anja Lykke, …': a line that opens with a group's label over its people."""
    m = _GROUP_LABEL.match(part)
    return bool(m) and _group_label(part)[0] is not None


def _name_cut_short(line: str, following: str) -> bool:
    """'Deltagere: Anna Holm, Bo' / 'Kirk, Carl Dahl': a name wrapped after its first name (the
    line's last entry is a lone first name, the next line opens with a lone word that is none)."""
    last = line.rsplit(",", 1)[-1].split()
    first = split_top_level(following, (",", ";"))[:1]
    return (
        len(last) == 1 and last[0].lower() in FIRST_NAMES and bool(first) and len(first[0].split()) == 1
        and first[0][:1].isupper() and first[0].lower().strip(".") not in FIRST_NAMES
    )


def _usual_entry_words(parts: list[str]) -> int:
    """Words in a whole entry of this list: 1 where every entry that a line does not end is a
    single word ("Anna, Bo" / "Carl, Dorte": first names only), else 2 (first and last name)."""
    entries = [entry for part in parts for entry in split_top_level(part, (",", ";"))[:-1] if entry.strip()]
    return 1 if entries and all(len(entry.split()) == 1 for entry in entries) else 2


def _ends_entry(text: str, entry_words: int = 2) -> bool:
    """The line ends with a whole list entry: "… (V)", "…, formand", "Jakob Ring" (or "Bo" in a
    list of first names); not with a name cut short ("…, Peter", "Hans Chr.")."""
    last = text.rsplit(",", 1)[-1].strip()
    if last.endswith(")") or _is_role(last):
        return True
    tokens = last.split()
    return len(tokens) >= entry_words and bool(tokens) and not tokens[-1].endswith(".") and is_name(last)


def _attendees(people: list[_Person], status: str, label: str | None) -> list[Attendee]:
    """The people as attendees of the list's status; a label that names what they are ("Stedfortrædere")
    gives the role of those the entry gives none."""
    label_role = LABEL_ROLES.get(key(label)) if label else None
    return [
        Attendee(name=p.name, status=p.status or status, organization=p.organization, role=p.role or label_role, label=label)  # type: ignore[arg-type]
        for p in people
    ]


def merge_split_labels(texts: list[str], labels: tuple[str, ...]) -> list[str]:
    """A label wrapped in a narrow table column becomes one line again: "Øvrige" / "deltagere",
    or as table rows "Øvrige<tab>Chefkonsulent …" / "deltagere<tab>Specialkonsulent …"."""
    out: list[str] = []
    i = 0
    while i < len(texts):
        if i + 1 < len(texts) and texts[i] and texts[i + 1]:
            first, _, rest = texts[i].partition("\t")
            second, _, more = texts[i + 1].partition("\t")
            if key(f"{first} {second}") in labels:
                value = " ".join(v for v in (rest.strip(), more.strip()) if v)
                out.append(f"{first} {second}\t{value}" if value else f"{first} {second}")
                i += 2
                continue
        out.append(texts[i])
        i += 1
    return out


# tables of people ------------------------------------------------------------------------


def table_columns(text: str) -> list[str] | None:
    """'Navn<tab>Parti<tab>Fremmøde': the header row of a table of people, as the field of each
    column ("name", "organization", "role", "status"); None for any other line. The first
    cell may be the list's label ("Deltagere<tab>Parti")."""
    if "\t" not in text:
        return None
    cells = [key(cell) for cell in text.split("\t")]
    fields = ["name" if n == 0 and cell in _LABELS else _column_field(cell) for n, cell in enumerate(cells)]
    if "name" not in fields or None in fields or len(set(fields)) != len(fields):
        return None
    return fields  # type: ignore[return-value]


MARK_FIELD = "mark:"  # a column headed by a status ("Deltog", "Afbud") whose cells mark it ("X"): "mark:present"


def _column_field(cell: str) -> str | None:
    """The field of a table's column from its heading: 'Parti' → "organization"; a status as the heading
    ('Deltog', 'Afbud') → a column of marks for that status."""
    if cell in ATTENDEE_TABLE_COLUMNS:
        return ATTENDEE_TABLE_COLUMNS[cell]
    status = ATTENDANCE_STATUS_VALUES.get(cell)
    return f"{MARK_FIELD}{status}" if status else None


def _marked_status(cells: dict[str, str]) -> str | None:
    """The status of the one column a row marks ('X' under 'Afbud' → absent); None where it marks none or several."""
    marked = {field.removeprefix(MARK_FIELD) for field, cell in cells.items() if field.startswith(MARK_FIELD) and key(cell) in ATTENDANCE_MARKS}
    return marked.pop() if len(marked) == 1 else None


def _table_rows(texts: list[str], i: int) -> tuple[list[str], int]:
    """The rows of cells from line i on (a blank line between rows is skipped); returns them and the next line."""
    rows: list[str] = []
    j = i
    while j < len(texts):
        if not texts[j]:
            k = next((n for n in range(j + 1, len(texts)) if texts[n]), len(texts))
            if k == len(texts) or "\t" not in texts[k]:
                break
            j = k
        if "\t" not in texts[j] or _is_other_label(texts[j]):
            break
        rows.append(texts[j])
        j += 1
    return rows, j


def _cells_by_field(row: str, columns: list[str]) -> dict[str, str]:
    """A row's cells under its columns. Where the row has fewer cells than the table has columns
    (an empty cell left out), a cell that is a status word goes to the status column and the
    others fill the rest in order."""
    cells = [cell.strip() for cell in row.split("\t")]
    if len(cells) >= len(columns) or "status" not in columns:
        return dict(zip(columns, cells))
    status = [c for c in cells if key(c) in ATTENDANCE_STATUS_VALUES]
    others = [c for c in cells if key(c) not in ATTENDANCE_STATUS_VALUES]
    found = dict(zip([c for c in columns if c != "status"], others))
    if status:
        found["status"] = status[0]
    return found


def _table_people(rows: list[str], columns: list[str], label: str, warnings: list[Warning]) -> list[_Person]:
    """The people of a table's rows: the name cell read as a person, the other cells as its
    organisation, role and status. Rows whose name cell is no person, and status cells whose
    word is unknown, are named in a warning."""
    people: list[_Person] = []
    left_out: list[str] = []
    reordered: list[str] = []
    has_marks = any(field.startswith(MARK_FIELD) for field in columns)
    for row in rows:
        cells = _cells_by_field(row, columns)
        person = parse_person(cells.get("name", "")) or _one_described_person(cells.get("name", ""))
        if person is None and (person := _surname_first(cells.get("name", ""))):
            reordered.append(cells["name"])
        if person is None:
            left_out.append(row.replace("\t", " | "))
            continue
        status_cell = cells.get("status", "")
        status, role = _status_cell(status_cell)
        if status_cell and status is None:
            left_out.append(f"{person.name}: {status_cell}")
        if status is None and not status_cell and has_marks:
            status = _marked_status(cells)
            if status is None:
                left_out.append(f"{person.name}: {' | '.join(c for f, c in cells.items() if f.startswith(MARK_FIELD) and c) or 'no column marked'}")
        _describe(person, cells.get("organization") or None, cells.get("role") or role, status)
        people.append(person)
    if left_out:
        shown = "; ".join(collapse(t)[:MAX_SHOWN_CHARS] for t in left_out[:MAX_SHOWN_ENTRIES])
        warnings.append(Warning(
            code="attendee-list-unclear", field="attendees",
            message=f"The table '{label}' could not be read cleanly: {len(people)} people read, not understood: {shown}.",
        ))
    if reordered:
        shown = "; ".join(reordered[:MAX_SHOWN_ENTRIES])
        warnings.append(Warning(
            code="value-inferred", field="attendees",
            message=f"The table '{label}' prints names surname first; read first name first: {shown}.",
        ))
    return people


MAX_SURNAME_WORDS = 2  # "Holm", "Aagaard Kirk"
MAX_GIVEN_NAME_WORDS = 3  # "Anna", "Bo Erik", "Anne Marie V."


def _surname_first(cell: str) -> _Person | None:
    """'Holm, Anna', 'Aagaard-Kirk, Bo Erik' in a table's name cell: the name printed surname first, as
    the person first name first; None where either side is not name words ('Holm, formand')."""
    surname, comma, given = cell.partition(",")
    last, first = surname.split(), given.split()
    if not comma or not (0 < len(last) <= MAX_SURNAME_WORDS and 0 < len(first) <= MAX_GIVEN_NAME_WORDS):
        return None
    if not all(_NAME_TOKEN.match(word) for word in (*last, *first)) or _is_role(given) or _is_abbreviation(given.strip()):
        return None
    if len(first[0]) == 1:
        return None  # "Holm, V": a party letter, no given name
    return parse_person(f"{' '.join(first)} {' '.join(last)}")


def _one_described_person(text: str) -> _Person | None:
    """'Karin Munk, formand': a cell that names one person and what she is."""
    people = parse_people(text) or []
    return people[0] if len(people) == 1 else None


def _status_cell(cell: str) -> tuple[str | None, str | None]:
    """A status cell's status, and the role it names: 'Afbud' → absent; 'Stedfortræder for Bo
    Kirk' → present, role 'stedfortræder' (the status word opens the cell, a note follows)."""
    k = key(cell)
    words = k.split()
    for size in range(len(words), 0, -1):
        status = ATTENDANCE_STATUS_VALUES.get(" ".join(words[:size]))
        if status:
            head = " ".join(words[:size])
            return status, head if head in ROLE_WORDS else None
    return None, None


MAX_LABEL_PHRASE_WORDS = 5  # "Mødedeltagere fra administrationen", "Deltagende medlemmer", "Afbud/fravær"
MIN_COMPOUND_LABEL_CHARS = 6  # "udvalgsmedlemmer" ends in the label "medlemmer"
_LABEL_PHRASE = re.compile(r"^(?P<label>[^:\t\d]{3,60}?)\s*:\s*(?P<value>.*)$")
_STATUS_PRECEDENCE = ("absent", "guest", "present")  # "Fraværende medlemmer" are absent; "Til stede fra administrationen" guests


def label_phrase(text: str) -> tuple[str, str, str] | None:
    """A list label of a few words before a colon that holds a known label ("Deltagende
    medlemmer: …", "Mødedeltagere fra administrationen: …", "Afbud/fravær: …", "Udvalgsmedlemmer:
    …"): the label as printed, the value and the status. Where it holds labels of several
    statuses, absence before guests before presence."""
    m = _LABEL_PHRASE.match(text.strip())
    if not m or not m.group("label")[:1].isupper():
        return None
    label = m.group("label").strip()
    words = key(label).replace("/", " ").split()
    if len(words) > MAX_LABEL_PHRASE_WORDS:
        return None
    padded = f" {' '.join(words)} "
    statuses = {status for phrase, status in ATTENDEE_LABELS.items() if f" {phrase} " in padded}
    if not statuses:
        statuses = {status for phrase, status in ATTENDEE_LABELS.items()
                    if " " not in phrase and len(phrase) >= MIN_COMPOUND_LABEL_CHARS and words[-1].endswith(phrase)}
    status = next((s for s in _STATUS_PRECEDENCE if s in statuses), None)
    return (label, m.group("value").strip(), status) if status else None


def _longer_label(text: str, labelled: tuple[str, str] | None) -> tuple[str, str, str] | None:
    """A label phrase where no known label opens the line, or where one does but the phrase
    goes on past it to the colon ("Mødedeltagere fra administrationen: …")."""
    if labelled and not labelled[1][:1].islower():
        return None
    phrase = label_phrase(text)
    return phrase if phrase and not (labelled and key(phrase[0]) == key(labelled[0])) else None


def _table_start(texts: list[str], i: int) -> tuple[list[str], str | None, int] | None:
    """A table of people starting at line i: its columns, its label and the line of its header
    row. The header row is line i itself ("Navn<tab>Parti", or "Deltagere<tab>Parti" with the
    label in its first cell), or the line under a label standing alone ("Medlemmer")."""
    columns = table_columns(texts[i])
    if columns:
        first = texts[i].split("\t")[0]
        return columns, first if key(first) in _LABELS else None, i
    labelled = split_label(texts[i], _LABELS)
    label = labelled[0] if labelled and not labelled[1] else texts[i].strip() if _names_a_group(texts[i]) else None
    if label is None:
        return None
    under = _line_under(texts, i)
    columns = table_columns(texts[under]) if under is not None else None
    return (columns, label, under) if columns and under is not None else None


MAX_GROUP_TITLE_WORDS = 3


def _names_a_group(text: str) -> bool:
    """'Bestyrelsen', 'Udvalgets medlemmer': a short line naming a body, standing over a table of people
    (the caller checks the table's header row under it)."""
    words = text.split()
    return 0 < len(words) <= MAX_GROUP_TITLE_WORDS and ":" not in text and any(names_a_body(w) for w in words)


def header_attendees(lines: list[Line], warnings: list[Warning] | None = None) -> list[Attendee]:
    """The labelled lists of the header ("Deltagere: …", "Afbud" with one name per line under
    it, "Referent: …", "Fra Nordby Kommune: …"); where a list cannot be read cleanly, the names
    that can be and a warning."""
    texts = merge_split_labels(_field_texts(line.text for line in lines), _LABELS)
    warnings = [] if warnings is None else warnings
    found: list[Attendee] = []
    i = 0
    while i < len(texts):
        text = texts[i]
        table = _table_start(texts, i) if text else None
        if table:
            columns, label, header_row = table
            rows, i = _table_rows(texts, header_row + 1)
            status = ATTENDEE_LABELS.get(key(label or ""), "present")
            found.extend(_attendees(_table_people(rows, columns, label or "", warnings), status, label))
            continue
        if text and _people_under_group(texts, i):  # "Bestyrelsen" over "Anna Holm<tab>Formand", one person a line
            label = text.strip().rstrip(":").strip()
            list_text, i = _collect_list(texts, i, "")
            found.extend(_attendees(_read_list(list_text, label, warnings), "present", label))
            continue
        labelled = split_label(text, _LABELS) if text and not _sentence_after_label(text, _LABELS) else None
        role_labelled = _role_label(text) if text and not labelled else None
        phrase = _longer_label(text, labelled) if text and not role_labelled and not _from_org(text) else None
        if phrase:
            label, value, status = phrase
            list_text, i = _collect_list(texts, i, value)
            found.extend(_attendees(_read_list(list_text, label, warnings), status, label))
            continue
        if labelled and _note_taker_after_empty_absence(*labelled):
            texts[i] = labelled[1]  # "Afbud: Referent: Bo Kirk" (line breaks lost): nobody sent word; the note-taker's label follows
            continue
        if labelled:
            label, value = labelled
            value, excluded = _split_exclusion(_without_label_tail(label, value), ATTENDEE_LABELS[key(label)])
            qualified = _QUALIFIED_LABEL.match(value)
            if qualified:  # "Til stede fra bestyrelsen: Anna Holm", "Fremmødte bestyrelsesmedlemmer: …"
                value = qualified.group("rest")
            people = parse_people(value)
            if people is None:
                value = _without_sentence_after(value)  # "… og Tobias. Mette havde meldt afbud."
                people = parse_people(value)
            if people is None and _tells_attendance(value):
                i += 1  # "Fremmødt: Hele bestyrelsen undtagen Dorte Ravn": a sentence, read as one
                continue
            if key(value).rstrip(".") in NOT_NAMES:
                i += 1  # "Fraværende: ingen": the list is told whole; the line under it is no part of it
                found.extend(_attendees(excluded, "absent", label))
                continue
            list_text, i = _collect_list(texts, i, value)
            list_text, excluded_below = _split_exclusion(list_text, ATTENDEE_LABELS[key(label)]) if not excluded else (list_text, [])
            found.extend(_attendees(_read_list(list_text, label, warnings), ATTENDEE_LABELS[key(label)], label))
            found.extend(_attendees(excluded + excluded_below, "absent", label))  # "…, men ikke" wrapped over "Carl Dahl"
            continue
        if role_labelled and not role_labelled[1] and (under := _line_under(texts, i)) is not None and _names_one_person(texts[under]):
            role_labelled, i = (role_labelled[0], texts[under]), under  # "Referent:" alone, the name on the line under it
        if role_labelled and role_labelled[1]:
            label, value = role_labelled
            for role, person in _people_in_roles(label, value):
                person.role = person.role or role
                found.extend(_attendees([person], "present", label))
        elif not role_labelled and (from_org := _from_org(text)):
            list_text, i = _collect_list(texts, i, from_org.group("value"))
            people = _read_list(list_text, from_org.group("label"), warnings) if list_text else []
            for person in people:
                _describe(person, from_org.group("org"), None)
            found.extend(_attendees(people, _from_group_status(from_org.group("org")), from_org.group("label")))
            continue
        elif not role_labelled and (board := _board_list(text)):
            list_text, i = _collect_list(texts, i, board[1])
            found.extend(_attendees(_read_list(list_text, board[0], warnings), "present", board[0]))
            continue
        i += 1
    return found


MIN_BOARD_MEMBERS = 2


_NOTE_TAKER_ROLE = ROLE_LABELS["referent"]


def _note_taker_after_empty_absence(label: str, value: str) -> bool:
    """'Afbud: Referent: Bo Kirk': an absence label left empty, the minute-taker's label after it (who took the
    minutes was there)."""
    if ATTENDEE_LABELS[key(label)] != "absent" or ":" not in value:
        return False
    role = _role_label(value)
    return role is not None and (ROLE_LABELS.get(key(role[0])) or NOTE_TAKER_LABELS.get(key(role[0]))) == _NOTE_TAKER_ROLE


def _people_under_group(texts: list[str], i: int) -> bool:
    """'Bestyrelsen' or a group's label ('Suppleanter:') alone on its line over people one a line ('Anna
    Holm<tab>Formand', 'Bo Kirk, kasserer'), with no table header row: the group's members, listed under its
    name (the first lines under it each name one person in full)."""
    if not (_names_a_group(texts[i]) or group_heading(texts[i])) or split_label(texts[i], _LABELS):
        return False  # "Bestyrelsen", "Suppleanter:" alone on the line
    under = texts[i + 1 : i + 1 + MIN_BOARD_MEMBERS]
    return len(under) == MIN_BOARD_MEMBERS and all(text and _names_one_person_in_full(_row_entry(text)) for text in under)


def _names_one_person_in_full(text: str) -> bool:
    person = _one_described_person(text)
    return person is not None and len(person.name.split()) > 1


_ONE_WORD_LABEL = re.compile(rf"^(?P<label>{UPPER}\w+)\s*:\s*(?P<value>\S.*)$")


def _board_list(text: str) -> tuple[str, str] | None:
    """'Bestyrelsen: Anna Holm, Bo Kirk og Carl Dahl': the body whose members are listed after its name, as
    the list's label; every entry a person ('Udvalg: Økonomiudvalget' names the body, no one)."""
    m = _ONE_WORD_LABEL.match(text.strip())
    if m is None or not names_a_body(m.group("label")) or split_label(text, _HEADER_LABELS):
        return None  # "Udvalg: DAS Social": the header's field naming the body
    people = parse_people(m.group("value"))
    if not people or len(people) < MIN_BOARD_MEMBERS or any(names_a_body(p.name.split()[-1]) or (len(p.name.split()) == 1 and p.name.lower() not in FIRST_NAMES) for p in people):
        return None
    return m.group("label"), m.group("value")


def _line_under(texts: list[str], i: int) -> int | None:
    """The index of the next line with text after line i."""
    return next((n for n in range(i + 1, len(texts)) if texts[n]), None)


def _from_org(text: str) -> re.Match[str] | None:
    """'Fra Nordby Kommune: …', 'Fra Nordby Kommune deltog:' over a list, 'Fra kommunen deltog ældrechef Pia Skov.'"""
    return _FROM_ORG.match(text) or _FROM_ORG_VERB.match(text)


def _from_group_status(group: str) -> str:
    """'Fra bestyrelsen deltog: …' names members of the board (present); 'Fra Nordby Kommune: …' guests."""
    words = group.split()
    return "present" if len(words) == 1 and words[0].lower().endswith(MEMBER_GROUP_NOUNS) else "guest"


_FIELD_LABELS = (*_LABELS, *_HEADER_LABELS)  # not the role labels: "Deltagere: Formand: Anne Holm, …"


def _field_texts(texts) -> list[str]:
    """Header lines as fields: bullets off, and a line holding several labelled fields
    ("Fraværende: Ingen. Mødedeltagere: …", "Til stede: Anna, Bo. Gæst: Eva.") cut at each label,
    and at a role label opening a sentence ("Til stede: Anna, Bo. Referent: Bo.")."""
    return [
        piece
        for text in texts
        for part in split_at_labels(strip_bullet(text.strip()[:MAX_LIST_LINE_CHARS]), _FIELD_LABELS)
        for piece in _ROLE_AFTER_SENTENCE.split(part)
    ]


_SENTENCE_START = re.compile(rf"\.\s+(?={UPPER}{LOWER}+(?:\s+{UPPER}{LOWER}+)*\s+{LOWER})")  # ". Mette havde …", ". Dorte Ravn deltog …"


def _split_exclusion(value: str, status: str) -> tuple[str, list[_Person]]:
    """'Anna Holm, Bo Kirk, men ikke Carl Dahl' under a label of those present → ('Anna Holm, Bo Kirk',
    [Carl Dahl]): the names set apart are absent, never dropped."""
    if status != "present" or not any(word in value.lower() for word in LIST_EXCLUSION_WORDS):
        return value, []
    m = _EXCLUSION.search(value)
    people = parse_people(m.group("names")) if m and m.group("names")[:1].isupper() else None
    if not m or not people:
        return value, []
    return value[: m.start()], people


def _without_sentence_after(value: str) -> str:
    """'Henning, Bo og Tobias. Mette havde meldt afbud.' → 'Henning, Bo og Tobias.': a sentence or a clause ('…, mens …') after
    the names on the list's line (a full stop after a word, not after an initial or 'Chr.', then a
    capitalised word and one in lower case) is no part of the list; it is read as a sentence
    (body_absences)."""
    for m in _SENTENCE_START.finditer(value):
        before = value[: m.start() + 1].split()
        if before and not _ABBREVIATION.match(before[-1]) and not _INITIAL.match(before[-1]):
            return value[: m.start() + 1]
    return _LIST_END_CLAUSE.sub("", value)  # "A, B og C, mens D havde meldt afbud": the clause as well


WIDE_GAP = "   "  # three spaces or more between two words of a list line: two entries, as columns print them
_WIDE_GAP = re.compile(rf"(?<=[^\s,;]){WIDE_GAP} *(?={UPPER})")


def _apart_at_wide_gaps(text: str) -> str:
    """'Anna Holm    Bo Kirk' → 'Anna Holm, Bo Kirk': names apart by a wide gap, as a page's columns print them."""
    return _WIDE_GAP.sub(", ", text) if WIDE_GAP in text else text


def _read_list(text: str, label: str, warnings: list[Warning]) -> list[_Person]:
    """The people of a labelled list; where some entry is not a person, the entries that are
    (a name followed by other words is cut before them) and a warning naming what was left out,
    also where no one is read from entries with a capital ('Hele bestyrelsen'; not 'Ingen')."""
    text = _apart_at_wide_gaps(text)
    people = parse_people(text)
    if people is not None:
        return people
    people, left_out = _lenient(text)
    if left_out and (people or any(key(t) not in NOT_NAMES and re.search(UPPER, t) for t in left_out)):
        shown = "; ".join(collapse(t)[:MAX_SHOWN_CHARS] for t in left_out[:MAX_SHOWN_ENTRIES])
        warnings.append(Warning(
            code="attendee-list-unclear", field="attendees",
            message=f"The list '{label}' could not be read cleanly: {len(people)} names read, left out: {shown}.",
        ))
    return people


def _lenient(text: str) -> tuple[list[_Person], list[str]]:
    """Entries of a labelled list that parse as people, when not all of them do, and the
    entries left out. "Vibeke Dahl åben" (a word run on from the next cell) gives "Vibeke Dahl"."""
    people: list[_Person] = []
    left_out: list[str] = []
    for line in split_top_level(text.strip().rstrip("."), ("\n",)):
        if group_heading(line):
            continue  # read by parse_people, which a list of some entries that are no person did not get to
        line, substitute = _split_substitute(_list_entry(line))
        for chunk in split_top_level(line, (",", ";")):
            if _is_role(chunk) and people:
                people[-1].role = people[-1].role or chunk.strip()
                continue
            for piece in _split_and(chunk):
                named = _named_in_parentheses(piece)
                if named:  # "17 beboere samt afdelingsbestyrelsen (Kim Lauridsen, Pia Rasmussen)"
                    people.extend(named)
                    continue
                person = parse_person(piece) or _person_before_words(piece)
                if person:
                    people.append(person)
                    if key(person.name) != key(_take_parens(piece)[0]):
                        left_out.append(piece)
                elif piece.lower() not in _AND_ALONE:
                    left_out.append(piece)
        people += [substitute] if substitute else []
    return people, left_out


def _named_in_parentheses(text: str) -> list[_Person]:
    """'afdelingsbestyrelsen (Kim Lauridsen, Pia Rasmussen)': a group of people named in full in
    parentheses after words that name no one; empty where the words before are a name."""
    m = _PAREN.match(text)
    if m is None or parse_person(m.group("pre")) is not None:
        return []
    named = parse_people(m.group("paren")) or []
    return named if len(named) >= MIN_NAMED_IN_PARENTHESES and all(len(p.name.split()) > 1 for p in named) else []


def _person_before_words(text: str) -> _Person | None:
    """'Vibeke Dahl åben' → Vibeke Dahl: a full name (two words or more) before other words."""
    cut = _cut_at_lowercase(text)
    return parse_person(cut) if len(cut.split()) > 1 and cut != text else None


# attendance anywhere ---------------------------------------------------------------------


def _without_label_tail(label: str, value: str) -> str:
    """'Afbud: fra Anna Holm' → 'Anna Holm': the last word of a longer label of the same status
    ('afbud fra') printed after the colon."""
    first, _, rest = value.partition(" ")
    longer = f"{key(label)} {first.lower()}"
    return rest if rest and ATTENDEE_LABELS.get(longer) == ATTENDEE_LABELS[key(label)] else value


def _cut_at_lowercase(text: str) -> str:
    """'Martin Bech pga. ferie' → 'Martin Bech'."""
    words = text.split()
    kept: list[str] = []
    for word in words:
        if word[:1].islower() and word != AND_WORD and word.lower() not in NAME_PARTICLES:
            break
        kept.append(word)
    return " ".join(kept)


def _line_finder(lines: list[Line]) -> LineFinder:
    """The lines' texts (stripped, a huge line cut to its start), ready for word look-ups."""
    return LineFinder([line.text.strip()[:MAX_LIST_LINE_CHARS] for line in lines])


def body_absences(
    finder: LineFinder, read_labels: bool = True, warnings: list[Warning] | None = None, meeting_date: str | None = None,
) -> list[Attendee]:
    """Who was there or not, told anywhere in the text: "Afbud: …", "Der er afbud fra …",
    "… var fraværende", "X havde meldt afbud, og Y deltog i stedet", "X forlod mødet".
    With read_labels=False only the sentences count (the header's labelled lists are read whole
    by header_attendees). Presence inferred from what someone did is said so in a warning.
    What is told under another meeting's decision (`_about_another_meeting`) does not count;
    its text stays in that decision."""
    found: list[Attendee] = []
    texts = finder.texts
    other_meetings = {i for i in finder.lines_with(_PROSE_WORDS) if _about_another_meeting(texts, i, meeting_date)}
    labelled_lines = set(other_meetings)
    for index in sorted(finder.lines_with(ABSENCE_LABELS) - other_meetings):
        text = _ITEM_PREFIX.sub("", texts[index], count=1)  # "1. Fraværende: Anna Holm og Bo Kirk": the first item tells it
        labelled = split_label(text, ABSENCE_LABELS) if not _sentence_after_label(text, ABSENCE_LABELS) else None
        people = parse_people(_apart_at_wide_gaps(labelled[1])) if labelled and labelled[1] and read_labels else None
        if labelled and read_labels and text != texts[index] and people is None:
            continue  # "5. Fravær: status på sygefraværet": an item's title, no list
        if labelled:
            labelled_lines.add(index)
            found.extend(_attendees(people or [], "absent", labelled[0]))
            if people is None and labelled[1] and read_labels and warnings is not None:
                warnings.append(Warning(
                    code="attendee-list-unclear", field="attendees",
                    message=f"The list '{labelled[0]}' in the text could not be read as names; left out: {collapse(labelled[1])[:MAX_SHOWN_CHARS]}.",
                ))
    inferred: list[str] = []
    for paragraph in _paragraphs(finder, labelled_lines if read_labels else _labelled_line_indexes(finder) | other_meetings):
        patterns = _PROSE if read_labels else (*_PROSE, *_HEADER_PROSE)  # read_labels is False for the header
        matches = sorted(((m, status, leading) for pattern, status, leading in patterns for m in pattern.finditer(paragraph)), key=lambda found: found[0].start("names"))
        for m, status, leading in matches:  # in the order the text tells them
            if not leading and paragraph[m.end("names") : m.end()].lstrip()[:1].isupper():
                continue  # "Bo Kirk Ankom" in a list: a capital word after the names is a part of a name, no verb
            names, role = (_cut_at_lowercase(m.group("names")), None) if leading else _trailing_names(paragraph[: m.end("names")])
            # "Som gæst deltog Lis Krog fra Vestby Kommune": the names with where they came from, where that reads as people
            people = (leading and _prose_people(m.group("names").strip())) or _prose_people(names)
            for person in people:
                person.role = person.role or role
            found.extend(_attendees(people, status, None))
            inferred += [p.name for p in people if m.re is _INFERRED_PRESENCE]
    if inferred and warnings is not None:
        shown = ", ".join(inferred[:MAX_SHOWN_ENTRIES]) + (" …" if len(inferred) > MAX_SHOWN_ENTRIES else "")
        warnings.append(Warning(
            code="attendee-status-inferred", field="attendees",
            message=f"Taken as present from what the text says they did (left the meeting, stood in, …), not from a list: {shown}.",
        ))
    return found


def _about_another_meeting(texts: list[str], index: int, meeting_date: str | None) -> bool:
    """Whether line `index` stands under a decision heading dated another day than the meeting
    ("Beslutning i Økonomiudvalget den 14-01-2020" in the council's minutes of 28-01-2020): an
    absence told there is from that earlier meeting."""
    if not meeting_date:
        return False
    for j in range(index - 1, max(-1, index - 1 - MAX_LINES_UNDER_HEADING), -1):
        kind = heading_kind(texts[j])
        if kind is not None:
            dates = heading_dates(texts[j])
            return kind == "decision" and bool(dates) and meeting_date not in dates
    return False


def _labelled_line_indexes(finder: LineFinder) -> set[int]:
    """The lines of labelled lists read as names; not a label over a sentence ('Til stede var hele
    bestyrelsen undtagen Lise Kamp.'), which is read as one."""
    found = set()
    for i in finder.lines_with(_LABELS):
        labelled = split_label(finder.texts[i], _LABELS)
        if labelled and (not labelled[1] or parse_people(labelled[1]) is not None):
            found.add(i)
    return found


def _paragraphs(finder: LineFinder, skip: set[int]) -> list[str]:
    """The paragraphs (runs of lines between blank, labelled or section heading lines) that hold
    a word that may tell attendance: a sentence wrapped over lines is read whole, a heading
    above it is not part of it."""
    texts = finder.texts

    def in_paragraph(i: int) -> bool:
        return 0 <= i < len(texts) and bool(texts[i]) and i not in skip and heading_kind(texts[i]) is None

    def joins(i: int) -> bool:
        """Line i goes on in line i + 1: not a short line that ends no sentence over a capital ("1. Godkendelse")."""
        return in_paragraph(i) and in_paragraph(i + 1) and not _heading_over(texts[i], texts[i + 1])

    paragraphs: list[str] = []
    end = 0  # the end of the last paragraph taken
    for hit in sorted(finder.lines_with(_PROSE_WORDS) - skip):
        if hit < end or not in_paragraph(hit):
            continue
        start, end = hit, hit + 1
        while joins(start - 1):
            start -= 1
        while joins(end - 1):
            end += 1
        paragraphs.append(" ".join(texts[start:end]))
    return paragraphs


def _heading_over(line: str, following: str) -> bool:
    """'1. Godkendelse af referat' over 'Carl Dahl havde meldt afbud.': a short line that ends no sentence,
    a capital opening the next, is a heading over it, not the start of its sentence."""
    return len(line) < MIN_WRAPPED_CHARS and not line.rstrip().endswith(_ENTRY_GOES_ON) and following[:1].isupper() and not (
        line.split()[-1:] and line.split()[-1].lower() in (*_AND_ALONE, *NAME_PARTICLES)
    )


def body_attendance_lists(lines: list[Line]) -> list[Attendee]:
    """Lists under an attendance label in the body, the label often an item of its own
    ("§1 Til stede:" over "(a) Anna Holm;" …). Only lists whose every entry is a person count:
    the body is mostly text about other people."""
    with_colon = [line.text for line in lines if ":" in line.text]
    if not any(_list_label(text) for text in _field_texts(with_colon)):
        return []  # most bodies (a label needs a colon): the fields of every line are not needed
    texts = _field_texts(line.text for line in lines)
    found: list[Attendee] = []
    for i, text in enumerate(texts):
        label = _list_label(text)
        if label is None:
            continue
        list_text, _ = _collect_list(texts, i, "")
        people = parse_people(list_text)
        if people:
            found.extend(_attendees(people, ATTENDEE_LABELS[key(label)], label))
    return found


def _list_label(text: str) -> str | None:
    """The attendance label of a line that is that label alone ("Til stede:", "§1 Til stede:"),
    the list below it; None for other lines."""
    if not text.rstrip().endswith(":"):
        return None
    labelled = split_label(_ITEM_PREFIX.sub("", text, count=1), _LABELS) if text[:1].isupper() or text[:1] in "§" or text[:1].isdigit() else None
    if not labelled or labelled[1]:
        return None
    return labelled[0]


_PARTY_MARK = re.compile(rf"^\({UPPER}{{1,3}}\)[,]?$")  # "Kirsten Lund (A) forlod mødet": a party letter after the name


def _trailing_names(text: str) -> tuple[str, str | None]:
    """The names that end `text`, the subject of the words after it, and a substitute's role
    before them: 'Mikkel Dam havde meldt afbud, og Peter Holm' → ('Peter Holm', None);
    '1. suppleant Thomas Lund' → ('Thomas Lund', '1. suppleant')."""
    words = text.split()
    start = len(words)
    while start > 0 and (words[start - 1][:1].isupper() or words[start - 1] in (AND_WORD, "&") or words[start - 1] in NAME_PARTICLES
                         or _PARTY_MARK.match(words[start - 1])):
        if start < len(words) and _ends_sentence(words[start - 1]):
            break  # "Godkendt. Inger Skov deltog ikke": the names start after the full stop
        if key(words[start - 1]) in NOT_NAMES:
            break  # "… Jonas Vestergaard Alle var mødt": "Alle" opens the sentence, no name comes before it in it
        start -= 1
    while start < len(words) and not words[start][:1].isupper():
        start += 1  # not "og" first
    role = _ROLE_BEFORE.search(" ".join(words[:start]))
    return " ".join(words[start:]), role.group("role") if role else None


def _ends_sentence(word: str) -> bool:
    """'Godkendt.' ends a sentence; an initial or abbreviation inside a name ('V.', 'Chr.') does not."""
    return word.endswith((".", ":", ";", "!", "?")) and not _ABBREVIATION.match(word)


def _prose_people(names: str) -> list[_Person]:
    """The people a sentence names: 'Anne V. Kristensen, Bo Kirk og Ib Holm' → three; a single
    word counts only as a known first name ("Formanden", "Bestyrelsen" are no one)."""
    names = _RELATIVE_CLAUSE.sub("", names).rstrip(" ,")
    first, _, rest = names.partition(" ")
    if not names[:1].isupper() and not (_is_title_word(first) and rest[:1].isupper()):
        return []  # "revisor Eva Bak": a job title before the name
    people = parse_people(names) or []
    if any(len(p.name.split()) == 1 and p.name.lower() not in FIRST_NAMES for p in people):
        return []
    return people


def dedupe(attendees: list[Attendee]) -> list[Attendee]:
    """One entry per name. A member listed as present and again as absent ("Medlemmer: …",
    "Fraværende: …") was absent: the absence is the more specific statement. What a later
    mention adds ("Referent: Bente" after "Til stede: …, Bente") fills what the first lacks."""
    out: list[Attendee] = []
    where: dict[str, int] = {}
    for attendee in attendees:
        k = key(attendee.name)
        if k not in where:
            where[k] = len(out)
            out.append(attendee)
            continue
        first = out[where[k]]
        update = {field: getattr(attendee, field) for field in ("organization", "role") if getattr(first, field) is None and getattr(attendee, field)}
        if attendee.status == "absent" and first.status == "present":
            update.update(status="absent", label=attendee.label or first.label)
        if update:
            out[where[k]] = first.model_copy(update=update)
    return out


MAX_INITIALS = 4


def _short_names_resolved(attendees: list[Attendee]) -> list[Attendee]:
    """'Referent: BK' or 'Mødeleder: Anna' beside 'Bo Kirk (BK)' and 'Anna Holm' in the list: the role is that listed
    person's, no attendee named 'BK' or 'Anna' (only where the initials or the first name fit one listed person)."""
    out = list(attendees)
    for entry in attendees:
        fits = _short_name_fit(entry.name)
        if fits is None:
            continue
        matches = [i for i, a in enumerate(out) if a is not entry and " " in a.name and fits(a.name)]
        if len(matches) != 1:
            continue
        person = out[matches[0]]
        update: dict[str, str | None] = {
            field: getattr(entry, field) for field in ("organization", "role") if getattr(person, field) is None and getattr(entry, field)
        }
        if entry.status == "absent" and person.status == "present":
            update.update(status="absent", label=entry.label or person.label)  # as dedupe: the absence is the more specific
        out[matches[0]] = person.model_copy(update=update)
        out = [a for a in out if a is not entry]
    return out


def _short_name_fit(name: str) -> Callable[[str], bool] | None:
    """How a short name ('BK', 'Anna') fits a full one: by its initials, or as its first name; None for a full name."""
    letters = name.replace(".", "")
    if letters.isupper() and 1 < len(letters) <= MAX_INITIALS and " " not in letters:
        return lambda full: _are_initials(letters, full)
    if " " not in name and name[:1].isupper():
        first = key(name)
        return lambda full: key(full.split()[0]) == first
    return None


def lines_to_attendees(header: list[Line], body: list[Line], meeting_date: str | None = None) -> list[Attendee]:
    return read_attendees(header, body, meeting_date)[0]


def read_attendees(header: list[Line], body: list[Line], meeting_date: str | None = None) -> tuple[list[Attendee], list[Warning]]:
    """The attendees, and warnings where a list could not be read cleanly or a status was read
    from a sentence; `meeting_date` (ISO) tells this meeting's decisions from earlier ones."""
    warnings: list[Warning] = []
    body_finder = _line_finder(body)
    attendance_item = _attendance_item(body)
    found = header_attendees(header, warnings) + header_attendees(attendance_item, warnings)
    found += body_absences(_line_finder(header), read_labels=False, warnings=warnings)
    found += body_attendance_lists(body) + body_absences(body_finder, warnings=warnings, meeting_date=meeting_date)
    attendees = _short_names_resolved(body_roles(body_finder, dedupe(found), warnings))
    if unnamed := _present_not_named([*header, *attendance_item], attendees):
        warnings.append(unnamed)
    return attendees, warnings


def tells_all_present(text: str) -> bool:
    """'Alle var mødt.', 'Alle mødt undtagen Bo Kirk.': everyone there, no one named."""
    return key(text).startswith(ALL_PRESENT_STATEMENTS)


def _present_not_named(header: list[Line], attendees: list[Attendee]) -> Warning | None:
    """A warning where the header tells that all were present ('Alle var mødt') and no list names
    them (a note-taker or chair under their role label is no list of members): none is invented."""
    told = next((line.text for line in header if tells_all_present(line.text)), None)
    listed = any(a.status == "present" and not (a.label and key(a.label) in ROLE_LABELS) for a in attendees)
    if told is None or listed:
        return None
    return Warning(
        code="attendees-not-named", field="attendees",
        message=f"The minutes tell attendance as '{collapse(told)[:MAX_SHOWN_CHARS]}' without naming those present: no present members are listed.",
    )


MAX_ATTENDANCE_ITEM_LINES = 30


def _attendance_item(body: list[Line]) -> list[Line]:
    """The first item's lines where its title is an attendance label ("1. Tilstedeværende", "Punkt 1: Fremmødte"),
    read like the header's, the title standing as the label over them."""
    start = next((i for i, line in enumerate(body) if line.text.strip()), None)
    if start is None:
        return []
    title = _ITEM_PREFIX.sub("", body[start].text.strip(), count=1).strip(" :.")
    status = ATTENDEE_LABELS.get(key(title))
    if status != "present" or title == body[start].text.strip(" :."):
        return []  # a numbered item titled as the list of those present, nothing else
    lines = [body[start].with_text(f"{title}:")]  # the title as the label over the list under it
    for line in body[start + 1 : start + 1 + MAX_ATTENDANCE_ITEM_LINES]:
        text = line.text.strip()
        if _ITEM_PREFIX.match(text) or _ITEM_LABEL_START.match(text):
            break
        if text or len(lines) > 1:  # the list starts at the first line with text (a Word file sets a blank line between)
            lines.append(line)
    return lines


MAX_CLOSING_LINES = 8  # the lines with text at the end of the minutes: the closing block and its signatures


def body_roles(finder: LineFinder, attendees: list[Attendee], warnings: list[Warning] | None = None) -> list[Attendee]:
    """'Referent: Lise Bak', 'Dirigent: Jens Bruun' after the items (the closing block, the
    signatures): the role of a person the lists already name, where they gave none. Nobody new is
    taken from the body, which names many who were not there, but for a role label in the closing
    block ('Referent: Eva Holm' or 'Referent' over 'Eva Holm' as the last lines) whose office nobody
    listed holds: who held the meeting's office was there, said to be inferred."""
    where = {key(a.name): i for i, a in enumerate(attendees)}
    out = list(attendees)
    texts = finder.texts
    with_text = [n for n in range(len(texts)) if texts[n].strip()]
    closing = set(with_text[-MAX_CLOSING_LINES:])
    added: list[str] = []
    for index in sorted(finder.lines_with(_ROLE_LABELS)):
        for part in split_at_labels(strip_bullet(texts[index]), _ROLE_LABELS):
            labelled = _closing_role_alone(texts, index) if index in closing else None
            labelled = labelled or _role_label(part)
            if not labelled or not labelled[1]:
                continue
            pairs = _people_in_roles(*labelled)  # one person, or roles paired with names ("Mødeleder / referent: Lars / Ditte")
            for role, person in pairs:
                at = where.get(key(person.name))
                if at is not None:
                    if out[at].role is None:
                        out[at] = out[at].model_copy(update={"role": role})
                elif len(pairs) == 1 and index in closing and _names_one_person(labelled[1]) and not any(
                    a.role and key(a.role) == key(role) for a in out
                ):  # a second 'Referent: …' where someone already holds the office adds nobody
                    where[key(person.name)] = len(out)
                    out.append(Attendee(name=person.name, status="present", role=role, label=labelled[0]))
                    added.append(f"{person.name} ({role})")
    if added and warnings is not None:
        warnings.append(Warning(
            code="attendee-status-inferred", field="attendees",
            message=f"Taken as present from a role signed at the end of the minutes, not from a list: {', '.join(added[:MAX_SHOWN_ENTRIES])}.",
        ))
    return out


def _closing_role_alone(texts: list[str], index: int) -> tuple[str, str] | None:
    """'Referent' alone on a closing line over 'Eva Holm': the label and the name under it."""
    label = texts[index].strip().rstrip(":").strip()
    if key(label) not in ROLE_LABELS:
        return None
    under = _line_under(texts, index)
    return (label, texts[under].strip()) if under is not None and _names_one_person(texts[under].strip()) else None


def _people_in_roles(label: str, value: str) -> list[tuple[str, _Person]]:
    """(role, person) named by a role label: 'Referent: Bo Kirk', 'Kirsten Bay, sekretær' after it, and
    roles paired with names by slashes ('Mødeleder / referent: Lars / Ditte')."""
    roles, names = _ROLE_SLASH.split(label), _ROLE_SLASH.split(value)
    if len(roles) > 1 and len(roles) == len(names):
        pairs = [(_label_role(role), parse_person(name)) for role, name in zip(roles, names)]
        if all(person is not None for _, person in pairs):
            return [(role, person) for role, person in pairs if person is not None]
    person = parse_person(value) or _one_described_person(value)  # "Kirsten Bay, sekretær"
    return [(_label_role(label), person)] if person else []


def _label_role(label: str) -> str:
    """The role a role label records: 'Ref.' → 'referent', 'Referat' → 'referent', 'Dirigent og referent' as printed."""
    return ROLE_LABELS.get(key(label)) or NOTE_TAKER_LABELS.get(key(label)) or label
