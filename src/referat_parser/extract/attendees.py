"""Attendee lists: who was present, absent, or there as a guest.

Forms: "Label: a, b og c", "Label<tab>a, b" (table rows), "Label a, b" (label, space,
capital), the label alone with one name per line below it, lists running over
several lines; entries "Name (Org)", "Name (formand, Org)", "A og B (begge X)",
"Title i Org Name"; and sentences "Der er afbud fra A og B.", "A og B var fraværende."
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Line
from ..headings import names_a_body
from ..models import Attendee
from ..textutil import collapse, key, lines_with_words, split_top_level
from ..vocabulary import (
    ABSENCE_AFTER_NAMES,
    ABSENCE_BEFORE_NAMES,
    ABSENCE_LABELS,
    ACCESS_WORDS,
    ATTENDANCE_NOTES,
    ATTENDEE_LABELS,
    DOCUMENT_TYPES,
    FIRST_NAMES,
    GROUP_HEADINGS,
    GUEST_FROM_PREFIX,
    INDEX_HEADINGS,
    ITEM_WORDS,
    NAME_PARTICLES,
    NEXT_MEETING_TITLES,
    NOT_NAMES,
    ORGANIZATION_ENDINGS,
    ROLE_LABELS,
    ROLE_WORDS,
    SECTION_HEADINGS,
    SHARED_ATTRIBUTE_WORDS,
    TITLE_SUFFIXES,
)
from .labels import HEADER_FIELD_LABELS, split_label

MAX_NAME_TOKENS = 6
MAX_LIST_LINE_CHARS = 20000  # an attendee list line is never longer; a huge line is read at its start
MAX_ONE_PER_LINE_WORDS = 8  # a line of a one-name-per-line list
LONG_LINE_SHARE = 0.6  # a list line this long (vs. the longest in the list) wraps onto the next
WRAPPED_NAME_LINE_SHARE = 0.8  # the same where the list starts under its label (names one per line)
MIN_WRAPPED_CHARS = 40  # shorter lines are a name each, not a wrapped list

AND_WORDS = (" og ", " & ", " samt ")
MAX_ABBREVIATION_CHARS = 6  # 'DH', 'FOA', 'KL': an organisation's initials
_LABELS = tuple(ATTENDEE_LABELS)
_ROLE_LABELS = tuple(ROLE_LABELS)
_HEADER_LABELS = (*HEADER_FIELD_LABELS, *NEXT_MEETING_TITLES, *INDEX_HEADINGS)
_NAME_TOKEN = re.compile(r"^[A-ZÆØÅÉÜÖÄ][a-zæøåéüöäA-ZÆØÅÉÜÖÄ'’\-]*\.?$")
_INITIAL = re.compile(r"^[A-ZÆØÅ]\.$")
_FROM_ORG = re.compile(
    rf"^(?P<label>{GUEST_FROM_PREFIX}\s+(?P<org>[A-ZÆØÅ][^:\t]{{1,60}}?)(?:\s+deltog)?)\s*[:\t]\s*(?P<value>\S.*)$", re.IGNORECASE
)
_GROUP_LABEL = re.compile(r"^(?P<group>[A-ZÆØÅ][^:,;()]{1,40}?)\s*:\s*(?P<rest>\S.*)$")
_PAREN = re.compile(r"^(?P<pre>[^()]*?)\s*\((?P<paren>[^()]*)\)\s*(?P<post>.*)$")
_SHARED = re.compile(rf"^(?:{'|'.join(SHARED_ATTRIBUTE_WORDS)})\s+", re.IGNORECASE)
_TITLED = re.compile(r"^(?P<role>[A-ZÆØÅ][^()]*?)\s+i\s+(?P<rest>[A-ZÆØÅ].*)$")
_ABSENCE_WORDS = (*ABSENCE_LABELS, *ABSENCE_BEFORE_NAMES, *ABSENCE_AFTER_NAMES)
_BEFORE = "|".join(re.escape(w).replace("\\ ", "\\s+") for w in ABSENCE_BEFORE_NAMES)
_AFTER = "|".join(re.escape(w).replace("\\ ", "\\s+") for w in ABSENCE_AFTER_NAMES)
_PROSE_ABSENT = (
    re.compile(rf"(?:{_BEFORE}):?\s+(?P<names>[^.;:]+)", re.IGNORECASE),
    re.compile(rf"(?:^|[.:]\s+)(?P<names>[A-ZÆØÅ][^.;:]*?)\s+(?:{_AFTER})\b", re.IGNORECASE),
)


@dataclass
class _Person:
    name: str
    organization: str | None = None
    role: str | None = None


# names -----------------------------------------------------------------------------------


def is_name(text: str) -> bool:
    """Capitalised words (initials, "Chr.", hyphenated names, particles inside); not "Ingen"."""
    if key(text) in NOT_NAMES:
        return False
    tokens = text.split()
    if not tokens or len(tokens) > MAX_NAME_TOKENS or tokens[-1].endswith(("-", "–")):
        return False
    for position, token in enumerate(tokens):
        if _NAME_TOKEN.match(token):
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
        if _INITIAL.match(tokens[s]) or re.match(r"^[A-ZÆØÅ][a-zæøå]{0,3}\.$", tokens[s]):
            return s - 1
    ends = [i for i, t in enumerate(tokens[:-1]) if t.lower().strip(",") in ORGANIZATION_ENDINGS]
    if ends and ends[-1] + 1 < len(tokens):
        return ends[-1] + 1
    return max(1, len(tokens) - 2)


def split_titled(text: str) -> _Person | None:
    """'Chefkonsulent i KKR Sjælland Jens K. Holm' → role, organisation, name."""
    m = _TITLED.match(text)
    if not m:
        return None
    tokens = m.group("rest").split()
    if len(tokens) < 2:
        return None
    start = _name_start(tokens)
    name = " ".join(tokens[start:])
    if not is_name(name):
        return None
    return _Person(name=name, organization=" ".join(tokens[:start]) or None, role=m.group("role").strip())


def _paren_info(paren: str) -> tuple[str | None, str | None, bool]:
    """'formand, Vejle Kommune' → (org, role, shared); shared for 'begge …'."""
    shared = bool(_SHARED.match(paren))
    paren = _SHARED.sub("", paren).strip()
    org_parts: list[str] = []
    role: str | None = None
    for part in (p.strip() for p in paren.split(",")):
        if not part or part.lower().startswith(ATTENDANCE_NOTES):
            continue
        if "/" in part:
            left, _, right = part.rpartition("/")
            if _is_role(right):
                role = role or right.strip()
                part = left.strip()
        if _is_role(part) and role is None:
            role = part
        elif part:
            org_parts.append(part)
    return (", ".join(org_parts) or None), role, shared


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
    return w in ROLE_WORDS or any(w.endswith(suffix) for suffix in TITLE_SUFFIXES)


def _is_role(text: str) -> bool:
    k = text.strip().lower()
    return k in ROLE_WORDS or k.rstrip(".") in ROLE_WORDS


def parse_person(text: str) -> _Person | None:
    text = collapse(text).strip(" .,;")
    if not text:
        return None
    text, org, role, _ = _take_parens(text)
    titled = split_titled(text)
    if titled:
        titled.organization = titled.organization or org
        titled.role = titled.role or role
        return titled
    words = text.split()
    if len(words) > 1 and (words[0].lower() in ROLE_WORDS or (len(words) > 2 and _is_title_word(words[0]))):
        role, text = role or words[0], " ".join(words[1:])
    for dash in (" - ", " – "):
        if dash in text:
            left, _, right = text.partition(dash)
            if _is_role(right):
                text, role = left.strip(), role or right.strip()
            elif is_name(left.strip()):
                text, org = left.strip(), org or right.strip()
    if not is_name(text):
        return None
    return _Person(name=text, organization=org, role=role)


def _split_and(chunk: str) -> list[str]:
    """'A og B' → ['A', 'B']; a piece that is no name joins the next ('Chef for X og Y i Z Name')."""
    pieces = split_top_level(chunk, AND_WORDS)
    merged: list[str] = []
    carry = ""
    for n, piece in enumerate(pieces):
        candidate = f"{carry} og {piece}" if carry else piece
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


def _as_attribute(chunk: str) -> tuple[str | None, str | None] | None:
    """(organisation, role) when a list chunk after a person describes that person rather
    than naming another one: "Karin Olsen, DH (formand)", "Signe Mørk, byrådsmedlem",
    "Lars Poulsen, Social- og Sundhedsforvaltningen". None when the chunk may be a name."""
    head, org, role, _ = _take_parens(chunk)
    if not head:
        return None
    if _is_role(head) or (len(head.split()) == 1 and _is_title_word(head)):
        return org, role or head
    if (
        _is_abbreviation(head)
        or _is_organisation(head)
        or (head[:1].isupper() and not any(parse_person(p) for p in _split_and(chunk)))
    ):
        return ", ".join(p for p in (head, org) if p), role
    return None


def _is_organisation(text: str) -> bool:
    """'Byrådet', 'Ældrerådet', 'Vejle Kommune': a body or an organisation, not a person."""
    words = text.split()
    return bool(words) and (names_a_body(words[-1]) or words[-1].lower() in ORGANIZATION_ENDINGS)


def _describe(person: _Person, org: str | None, role: str | None) -> None:
    if org and not person.organization:
        person.organization = org
    if role and not person.role:
        person.role = role


def parse_people(text: str) -> list[_Person] | None:
    """Every person in a list text; None when some entry is not a person (not a list).
    A chunk after a person on the same line may describe that person (organisation, role)."""
    people: list[_Person] = []
    for line in split_top_level(text.strip().rstrip("."), ("\n",)):
        line_start = len(people)
        group = None
        for chunk in split_top_level(line, (",", ";")):
            new_group, chunk = _group_label(chunk)
            group = new_group or group
            before = len(people)
            if not _add_chunk(chunk, people, same_line=len(people) > line_start and not new_group):
                return None
            for person in people[before:]:
                _describe(person, group, None)
    return people


def _group_label(line: str) -> tuple[str | None, str]:
    """'Socialdemokratiet: Anne Holm' → ('Socialdemokratiet', 'Anne Holm'): the people that
    follow in the list belong to a party or organisation (a name before the colon is no group)."""
    m = _GROUP_LABEL.match(line)
    if not m:
        return None, line
    group = m.group("group").strip()
    if _is_role(group):
        return None, f"{m.group('rest')} ({group})"  # "Formand: Anne Holm" → "Anne Holm (Formand)"
    words = group.split()
    is_person = group.lower() in FIRST_NAMES if len(words) == 1 else parse_person(group) is not None
    return (None, line) if is_person else (group, m.group("rest"))


def _add_chunk(chunk: str, people: list[_Person], same_line: bool) -> bool:
    """Add the people of one list chunk; False when the chunk is not a person."""
    group: list[_Person] = []
    shared_org = shared_role = None
    if _is_role(chunk) and people:
        people[-1].role = people[-1].role or chunk.strip()  # "Anne Holm (V), formand, …"
        return True
    attribute = _as_attribute(chunk) if same_line else None
    if attribute:
        _describe(people[-1], *attribute)
        return True
    for piece in _split_and(chunk):
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


# lists in the header ---------------------------------------------------------------------


def _is_other_label(text: str) -> bool:
    """A line that ends a list: another label, a heading, a title word of the document, a
    table's header row ("Dagsorden<tab>Beslutning", "Punkt<tab>Titel")."""
    k = key(text)
    return bool(
        split_label(text, _LABELS)
        or split_label(text, _ROLE_LABELS)
        or split_label(text, _HEADER_LABELS)
        or _FROM_ORG.match(text)
        or k in SECTION_HEADINGS
        or k in INDEX_HEADINGS
        or k in GROUP_HEADINGS
        or k in DOCUMENT_TYPES
        or k in ACCESS_WORDS
        or ("\t" in text and any(key(cell) in SECTION_HEADINGS or key(cell) in INDEX_HEADINGS or key(cell) in ITEM_WORDS
                                  for cell in text.split("\t")))
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
            if k is None or _is_other_label(texts[k]):
                break
            joined = " ".join(parts)
            if one_per_line:
                if len(texts[k].split()) > MAX_ONE_PER_LINE_WORDS or texts[k].endswith(":"):
                    break
            elif joined.endswith(".") or not (
                joined.endswith(",") or texts[k][:1].islower() or texts[k].startswith("(") or _wraps(parts)
            ):
                break
            j = k
            continue
        if _is_other_label(text) or (parts and _ends_list(parts[-1])):
            break
        parts.append(text.replace("\t", ", "))  # a table row of name, organisation, role
        j += 1
    return _join_list_lines(parts, one_per_line), j


def _ends_list(text: str) -> bool:
    """A list ends with a full stop, not with an abbreviation ("Hans Chr.", "m.fl.")."""
    if not text.endswith("."):
        return False
    last = text.split()[-1]
    return not re.match(r"^(?:[A-ZÆØÅ][a-zæøå]{0,3}|[a-zæøå]{1,3}\.[a-zæøå]{1,3})\.$", last)


def _wraps(parts: list[str]) -> bool:
    longest = max((len(p) for p in parts), default=0)
    return bool(parts) and longest > 40 and len(parts[-1]) >= longest * LONG_LINE_SHARE


def _join_list_lines(parts: list[str], one_per_line: bool) -> str:
    """Lines of a list joined: a wrapped line continues its entry (" "), a short line that
    ends no entry ("," or "-") stands for an entry of its own ("\n")."""
    text = ""
    longest = max((len(p) for p in parts), default=0)
    for part in parts:
        last = text.split("\n")[-1]
        continues = last.endswith((",", "-")) or part[:1].islower() or part.startswith("(")
        if one_per_line:
            wrapped = len(last) > MIN_WRAPPED_CHARS and len(last) >= longest * WRAPPED_NAME_LINE_SHARE
        else:  # a short line that ends a whole entry ("Lene Vinter (A), formand") is a table cell's line
            wrapped = len(last) >= longest * LONG_LINE_SHARE and (len(last) > MIN_WRAPPED_CHARS or not _ends_entry(last))
        if not text:
            text = part
        elif continues or wrapped:
            text += " " + part
        else:
            text += "\n" + part
    return text


def _ends_entry(text: str) -> bool:
    """The line ends with a whole list entry: "… (V)", "…, formand", "Jakob Ring"; not with a
    name cut short ("…, Peter", "Hans Chr.")."""
    last = text.rsplit(",", 1)[-1].strip()
    if last.endswith(")") or _is_role(last):
        return True
    tokens = last.split()
    return len(tokens) > 1 and not tokens[-1].endswith(".") and is_name(last)


def _attendees(people: list[_Person], status: str, label: str) -> list[Attendee]:
    return [
        Attendee(name=p.name, status=status, organization=p.organization, role=p.role, label=label)  # type: ignore[arg-type]
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


def header_attendees(lines: list[Line]) -> list[Attendee]:
    texts = merge_split_labels([line.text.strip()[:MAX_LIST_LINE_CHARS] for line in lines], _LABELS)
    found: list[Attendee] = []
    i = 0
    while i < len(texts):
        text = texts[i]
        labelled = split_label(text, _LABELS) if text else None
        role_labelled = split_label(text, _ROLE_LABELS) if text and not labelled else None
        if labelled:
            label, value = labelled
            if value.lower().startswith("fra ") and key(label) == "afbud":
                value = value[4:]
            list_text, i = _collect_list(texts, i, value)
            people = parse_people(list_text) or _lenient(list_text)
            found.extend(_attendees(people, ATTENDEE_LABELS[key(label)], label))
            continue
        if role_labelled and role_labelled[1]:
            label, value = role_labelled
            person = parse_person(value)
            if person:
                person.role = person.role or ROLE_LABELS[key(label)]
                found.extend(_attendees([person], "present", label))
        elif not role_labelled and (from_org := _FROM_ORG.match(text)):
            list_text, i = _collect_list(texts, i, from_org.group("value"))
            people = parse_people(list_text) or []
            for person in people:
                _describe(person, from_org.group("org"), None)
            found.extend(_attendees(people, "guest", from_org.group("label")))
            continue
        i += 1
    return found


def _lenient(text: str) -> list[_Person]:
    """Entries of a labelled list that parse as people, when not all of them do."""
    people: list[_Person] = []
    for chunk in split_top_level(text.strip().rstrip("."), (",", ";", "\n")):
        if _is_role(chunk) and people:
            people[-1].role = people[-1].role or chunk.strip()
            continue
        for piece in _split_and(chunk):
            person = parse_person(piece)
            if person:
                people.append(person)
    return people


# absence anywhere ------------------------------------------------------------------------


def _cut_at_lowercase(text: str) -> str:
    """'Martin Bech pga. ferie' → 'Martin Bech'."""
    words = text.split()
    kept: list[str] = []
    for word in words:
        if word[:1].islower() and word not in ("og",) and word.lower() not in NAME_PARTICLES:
            break
        kept.append(word)
    return " ".join(kept)


def body_absences(lines: list[Line], read_labels: bool = True) -> list[Attendee]:
    """People reported absent in the text: "Afbud: …", "Der er afbud fra …", "… var fraværende".
    With read_labels=False only the sentences count (the header's labelled lists are read whole
    by header_attendees)."""
    found: list[Attendee] = []
    for index in sorted(lines_with_words([line.text for line in lines], _ABSENCE_WORDS)):
        text = lines[index].text.strip()[:MAX_LIST_LINE_CHARS]
        if not read_labels and split_label(text, _LABELS):
            continue
        labelled = split_label(text, ABSENCE_LABELS)
        if labelled and labelled[1]:
            people = parse_people(labelled[1])
            if people:
                found.extend(_attendees(people, "absent", labelled[0]))
            continue
        for pattern in _PROSE_ABSENT:
            for m in pattern.finditer(text):
                names = _cut_at_lowercase(m.group("names")).rstrip(" ,")
                people = parse_people(names) if names else None
                if people:
                    found.extend(_attendees(people, "absent", None))  # type: ignore[arg-type]
    return found


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


def lines_to_attendees(header: list[Line], body: list[Line]) -> list[Attendee]:
    return dedupe(header_attendees(header) + body_absences(header, read_labels=False) + body_absences(body))
