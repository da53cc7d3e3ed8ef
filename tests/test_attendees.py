import pytest
from conftest import cleaned

from referat_parser.extract.attendees import (
    is_name,
    lines_to_attendees,
    parse_people,
    read_attendees,
    split_titled,
)


def people(text: str, body: str = ""):
    return [(a.name, a.status) for a in lines_to_attendees(cleaned(text), cleaned(body))]


def test_colon_lists_with_og():
    assert people("Til stede: Caroline, Christian, Jeppe og Kim.\nAfbud: Thomas.\nPå besøg: Erik, Kristian.") == [
        ("Caroline", "present"), ("Christian", "present"), ("Jeppe", "present"), ("Kim", "present"),
        ("Thomas", "absent"), ("Erik", "guest"), ("Kristian", "guest"),
    ]


@pytest.mark.parametrize(
    "label, status",
    [
        ("Deltagere", "present"), ("Til stede", "present"), ("Tilstede", "present"), ("Mødedeltagere", "present"),
        ("Medlemmer", "present"), ("Fremmødte", "present"), ("Afbud", "absent"), ("Afbud fra", "absent"),
        ("Fraværende", "absent"), ("Deltog ikke", "absent"), ("Øvrige deltagere", "guest"), ("Gæster", "guest"),
        ("Fra forvaltningen", "guest"), ("Udeblevet", "absent"), ("Deltagende", "present"), ("Observatør", "guest"),
    ],
)
def test_every_label(label, status):
    found = lines_to_attendees(cleaned(f"{label}: Anne Hansen og Bo Ibsen"), [])
    assert [(a.name, a.status, a.label) for a in found] == [("Anne Hansen", status, label), ("Bo Ibsen", status, label)]


def test_the_last_word_of_a_longer_label_printed_after_the_colon_is_no_name():
    """'Afbud: fra …' is the label 'Afbud fra'; 'Deltog: ikke' would change the status, so it stays."""
    assert people("Afbud: fra Anne Hansen og Bo Ibsen") == [("Anne Hansen", "absent"), ("Bo Ibsen", "absent")]
    assert people("Fra forvaltningen: deltog Carl Holm") == [("Carl Holm", "guest")]


def test_table_row_and_label_without_colon():
    assert people("Fraværende\tTue Von Pålman, Hanne Madsen") == [("Tue Von Pålman", "absent"), ("Hanne Madsen", "absent")]
    assert people("Deltagere Anne Krøjer (Vesthimmerland), Carsten Kaalbye (Jammerbugt)") == [
        ("Anne Krøjer", "present"), ("Carsten Kaalbye", "present"),
    ]


def test_organisations_roles_and_begge():
    found = lines_to_attendees(
        cleaned(
            "Deltagere: Jens Hansen (formand, Vejle Kommune), Lise Berg (Region Syddanmark), "
            "Ole Dam og Eva Lund (begge sekretariatet/ref.)."
        ),
        [],
    )
    got = [(a.name, a.organization, a.role) for a in found]
    assert got == [
        ("Jens Hansen", "Vejle Kommune", "formand"),
        ("Lise Berg", "Region Syddanmark", None),
        ("Ole Dam", "sekretariatet", "ref."),
        ("Eva Lund", "sekretariatet", "ref."),
    ]


def test_list_broken_over_lines_and_blank_lines():
    text = (
        "Afbud Hanne Madsen (Jammerbugt Kommune), Henrik Rene Christensen (Morsø Kommune), Peter Lange-\n\n"
        "Rasmussen (Mariagerfjord Kommune), Kirstine Kejser (Aalborg Kommune), Lone Becker and more text here\n\n"
        "(Thisted Kommune).\n\nVelkomst"
    )
    names = [n for n, _ in people(text)]
    assert names[:3] == ["Hanne Madsen", "Henrik Rene Christensen", "Peter Lange-Rasmussen"]


def test_label_alone_with_one_name_per_line():
    text = "Deltagere:\nAnne Hansen (formand)\nBo Ibsen\nCarl Nielsen\n\nAfbud:\nDorthe Holm\n\n1. Godkendelse af dagsorden"
    assert people(text) == [
        ("Anne Hansen", "present"), ("Bo Ibsen", "present"), ("Carl Nielsen", "present"), ("Dorthe Holm", "absent"),
    ]


def test_titled_guests():
    text = (
        "Øvrige deltagere\tChefkonsulent i Sekretariat for Socialaftalen Nanna Holm, Specialkonsulent i KKR "
        "Sjælland Haukur S. Jensen, Chef for Handicap og Psykiatri i Vejle Kommune Nikolaj Bak og Myndighedschef "
        "i Odense Kommune Mia Riis"
    )
    found = lines_to_attendees(cleaned(text), [])
    assert [(a.name, a.organization, a.role, a.status) for a in found] == [
        ("Nanna Holm", "Sekretariat for Socialaftalen", "Chefkonsulent", "guest"),
        ("Haukur S. Jensen", "KKR Sjælland", "Specialkonsulent", "guest"),
        ("Nikolaj Bak", "Vejle Kommune", "Chef for Handicap og Psykiatri", "guest"),
        ("Mia Riis", "Odense Kommune", "Myndighedschef", "guest"),
    ]


def test_split_titled_without_known_first_name_uses_organisation_ending():
    person = split_titled("Direktør i Holbæk Kommune Xyla Brand")
    assert (person.name, person.organization, person.role) == ("Xyla Brand", "Holbæk Kommune", "Direktør")


def test_absences_in_prose_anywhere():
    body = "Der er til dette byrådsmøde afbud fra Martin Bech pga. ferie.\n\nMartin Bech, Bettina Kjeldsen og Niels Salling var fraværende."
    assert people("", body) == [("Martin Bech", "absent"), ("Bettina Kjeldsen", "absent"), ("Niels Salling", "absent")]


def test_absence_label_inside_items_and_duplicates():
    assert people("Afbud fra: Britta Jensen-Terpet.", "Deltog ikke: Britta Jensen-Terpet.") == [("Britta Jensen-Terpet", "absent")]


def test_an_absence_under_an_earlier_meetings_decision_is_not_this_meetings():
    body = (
        "2. Anlægsregnskab\nBeslutning i Økonomiudvalget den 14-01-2020\nAnbefales.\nFraværende: Ib Holt (V)\n"
        "Beslutning i Byrådet den 28-01-2020\nGodkendt.\nAfbud: Eva Dam (A)\n"
        "3. Lokalplan\nBeslutning i Økonomiudvalget den 14-01-2020\nAnbefales. Mads Kro var fraværende.\n"
    )
    found = [(a.name, a.status) for a in lines_to_attendees([], cleaned(body), "2020-01-28")]
    assert found == [("Eva Dam", "absent")]
    assert ("Ib Holt", "absent") in [(a.name, a.status) for a in lines_to_attendees([], cleaned(body))]  # no date: no history


def test_a_table_header_row_opened_by_the_label_names_nobody():
    header = "Medlemmer\tFunktion\nAnne Holm (A)\tFormand\nBo Lind (V)\tMedlem\n"
    assert people(header) == [("Anne Holm", "present"), ("Bo Lind", "present")]
    assert people("Deltagere\tAnne Holm\n\tBo Lind\n") == [("Anne Holm", "present"), ("Bo Lind", "present")]
    assert people("Afbud:\tSvend.\nGæster:\tIda, Ulla.\n") == [("Svend", "absent"), ("Ida", "guest"), ("Ulla", "guest")]


def test_sentences_are_not_names():
    assert parse_people("Nordjyske kommunal- og regionspolitikere (fra socialudvalgene), de nordjyske socialdirektører") is None
    assert people("", "Deltagere: Der var 63 deltagere på dagen.") == []
    assert not is_name("Der var 8 fremmødte")
    assert is_name("Hans Chr. Mariegaard") and is_name("Anne-Marie") and is_name("Tue von Pålman")


def test_role_label_line():
    found = lines_to_attendees(cleaned("Referent: Claus Weber Thomsen"), [])
    assert [(a.name, a.role) for a in found] == [("Claus Weber Thomsen", "referent")]


def test_member_listed_as_absent_too_is_absent():
    assert people("Medlemmer: Anne Hansen, Bo Ibsen\nFraværende: Bo Ibsen") == [("Anne Hansen", "present"), ("Bo Ibsen", "absent")]


def test_label_wrapped_in_a_narrow_table_column():
    text = (
        "Øvrige\ndeltagere\nChefkonsulent i Sekretariat for Socialaftalen Nanna Holm, Specialkonsulent i KKR Sjælland\n"
        "Haukur S. Jensen, Myndighedschef i Odense\nKommune Mia Riis\n\nIndholdsfortegnelse"
    )
    found = lines_to_attendees(cleaned(text), [])
    assert [(a.name, a.status, a.organization) for a in found] == [
        ("Nanna Holm", "guest", "Sekretariat for Socialaftalen"), ("Haukur S. Jensen", "guest", "KKR Sjælland"),
        ("Mia Riis", "guest", "Odense Kommune"),
    ]


def test_label_wrapped_in_a_table_row_beside_its_wrapped_value():
    text = "Øvrige\tChefkonsulent i KKR Sjælland Nanna Holm,\ndeltagere\tSpecialkonsulent i Odense Kommune Bo\nIbsen\n\nIndhold"
    assert [(a.name, a.status) for a in lines_to_attendees(cleaned(text), [])] == [("Nanna Holm", "guest"), ("Bo Ibsen", "guest")]


def test_list_ends_at_a_full_stop_without_a_blank_line():
    text = "Afbud Hanne Madsen (Jammerbugt), Peter\nRasmussen (Thisted), Lone Becker\n(Morsø Kommune).\nVelkomst\n1. Godkendelse af dagsorden (side 2)"
    assert [n for n, _ in people(text)] == ["Hanne Madsen", "Peter Rasmussen", "Lone Becker"]
    assert [n for n, _ in people("Deltagere: Anne Holm, Hans Chr.\nMariegaard og Bo Ibsen.\nSted: Rådhuset")] == [
        "Anne Holm", "Hans Chr. Mariegaard", "Bo Ibsen",
    ]


def test_lists_that_name_nobody_and_codes_after_names():
    assert people("Afbud: Ingen.\nFraværende: Alle mødt") == []
    assert people("Deltagere: Ove Madsen, F5, Jane Kusk Pedersen, A25") == [("Ove Madsen", "present"), ("Jane Kusk Pedersen", "present")]


def test_chunks_after_a_name_on_its_line_describe_that_person():
    found = parse_people("Karin Olsen, DH (formand)\nSigne Mørk, byrådsmedlem\nLars Poulsen, Social- og Sundhedsforvaltningen")
    assert [(p.name, p.organization, p.role) for p in found] == [
        ("Karin Olsen", "DH", "formand"), ("Signe Mørk", None, "byrådsmedlem"),
        ("Lars Poulsen", "Social- og Sundhedsforvaltningen", None),
    ]
    # a second name on the line is a person of its own, not an organisation
    assert [p.name for p in parse_people("Jens Holm, Mette Lund og Bo Ek")] == ["Jens Holm", "Mette Lund", "Bo Ek"]


def test_attendance_notes_in_parentheses_are_no_organisation():
    found = parse_people("Tove Ring (afbud), Ole Bach (via Teams), Ida Holm (fra kl. 17.00), Bo Ek (Vejle Kommune)")
    assert [(p.name, p.organization) for p in found] == [
        ("Tove Ring", None), ("Ole Bach", None), ("Ida Holm", None), ("Bo Ek", "Vejle Kommune"),
    ]


def test_everyone_present_except_in_the_header():
    assert people("Regionsrådet\nReferat\n\nAlle medlemmer var mødt undtagen: Anders Kühnau\n") == [("Anders Kühnau", "absent")]


def test_a_name_never_ends_with_a_hyphen():
    assert not is_name("Social-")


def test_two_parentheses_after_a_name():
    found = parse_people("Søren Kjær (A) (formand), Pia Dam (V) (næstformand)")
    assert [(p.name, p.organization, p.role) for p in found] == [("Søren Kjær", "A", "formand"), ("Pia Dam", "V", "næstformand")]


def test_role_labels_guests_from_an_organisation_and_a_later_mention_adding_a_role():
    text = "Til stede: Lars, Bente og Ole\nRef.: Bente\nFra Nordby Kommune: Sekretær Lone Friis\n\n1. Godkendelse"
    found = [(a.name, a.status, a.organization, a.role) for a in lines_to_attendees(cleaned(text), [])]
    assert found == [
        ("Lars", "present", None, None), ("Bente", "present", None, "referent"), ("Ole", "present", None, None),
        ("Lone Friis", "guest", "Nordby Kommune", "Sekretær"),
    ]


def test_attendee_table_rows_of_name_organisation_and_role():
    text = "Deltagere:\nKarin Olsen\tDH\tformand\nBent Larsen\tDH\nSigne Mørk\tByrådet\nJens Ek, Vejle Kommune\n"
    found = [(a.name, a.organization, a.role) for a in lines_to_attendees(cleaned(text), [])]
    assert found == [
        ("Karin Olsen", "DH", "formand"), ("Bent Larsen", "DH", None), ("Signe Mørk", "Byrådet", None), ("Jens Ek", "Vejle Kommune", None),
    ]


def test_members_grouped_under_their_party():
    text = "Medlemmer:\nSocialdemokratiet: Anne Holm, Bo Ek\nVenstre: Carl Dam\n"
    assert [(a.name, a.organization) for a in lines_to_attendees(cleaned(text), [])] == [
        ("Anne Holm", "Socialdemokratiet"), ("Bo Ek", "Socialdemokratiet"), ("Carl Dam", "Venstre"),
    ]
    text = "Deltagere: Venstre: Carl Dam, Socialdemokratiet: Bo Ek og Ida Lund\n"
    assert [(a.name, a.organization) for a in lines_to_attendees(cleaned(text), [])] == [
        ("Carl Dam", "Venstre"), ("Bo Ek", "Socialdemokratiet"), ("Ida Lund", "Socialdemokratiet"),
    ]


def test_notes_on_when_someone_came_or_left_and_tilstede_var():
    text = "Tilstede var: Formand Anne Holm, kasserer Bo Ek, Carl Dam (fra pkt. 3)\n"
    assert [(a.name, a.organization, a.role) for a in lines_to_attendees(cleaned(text), [])] == [
        ("Anne Holm", None, "Formand"), ("Bo Ek", None, "kasserer"), ("Carl Dam", None, None),
    ]


def test_a_role_before_a_colon_in_a_list_is_the_persons_role():
    text = "Deltagere: Formand: Anne Holm, Bo Ek, Venstre: Carl Dam\n"
    assert [(a.name, a.organization, a.role) for a in lines_to_attendees(cleaned(text), [])] == [
        ("Anne Holm", None, "Formand"), ("Bo Ek", None, None), ("Carl Dam", "Venstre", None),
    ]


def test_guests_introduced_with_deltog():
    text = "Deltagere: Anne Holm\nFra Nordby Kommune deltog: Direktør Jens Holm\n"
    assert [(a.name, a.status, a.organization, a.role) for a in lines_to_attendees(cleaned(text), [])] == [
        ("Anne Holm", "present", None, None), ("Jens Holm", "guest", "Nordby Kommune", "Direktør"),
    ]
    text = "Fra forvaltningen deltog: Direktør Jens Holm og sekretær Lone Friis\n"
    assert [(a.name, a.status) for a in lines_to_attendees(cleaned(text), [])] == [("Jens Holm", "guest"), ("Lone Friis", "guest")]


def test_a_table_header_row_ends_the_list_before_it():
    text = "Afbud:\tTove Lind (Søby Kommune), Jens Ravn (Nørby Kommune), Pia Krog (Vestby Kommune)\n\nPunkt\tTitel\n\n1\tBudget"
    assert people(text) == [("Tove Lind", "absent"), ("Jens Ravn", "absent"), ("Pia Krog", "absent")]


def details(text: str, body: str = ""):
    return [(a.name, a.status, a.organization, a.role) for a in lines_to_attendees(cleaned(text), cleaned(body))]


def test_bullets_with_a_party_letter_after_a_comma_and_a_bulleted_absence_label():
    text = "Deltagere\n\n• Anna Holm, V\n• Bo Kirk, A\n• Jens Møller, løsgænger\n\n• Afbud\n\n• Bo Kirk, A - Eva Dahl stedfortræder\n"
    assert details(text) == [
        ("Anna Holm", "present", "V", None), ("Bo Kirk", "absent", "A", None),
        ("Jens Møller", "present", "løsgænger", None), ("Eva Dahl", "present", None, "stedfortræder"),
    ]


def test_run_in_entries_with_party_letters_and_empty_parentheses():
    assert details("Mødedeltagere: Anna Holm (A) Bo Kirk (V) Carl Dahl () Dorte Ærø (C)") == [
        ("Anna Holm", "present", "A", None), ("Bo Kirk", "present", "V", None),
        ("Carl Dahl", "present", None, None), ("Dorte Ærø", "present", "C", None),
    ]


def test_list_on_the_line_after_the_label_with_initials():
    assert details("Mødedeltagere:\n\nAnna Holm (AH), Bo Kirk (BK)\n") == [
        ("Anna Holm", "present", None, None), ("Bo Kirk", "present", None, None),
    ]


def test_enumerated_list_under_a_numbered_label():
    text = "§1 Til stede:\n(a) Anna Holm;\n(b) Bo Kirk; og\n(c) Páll Jónsson.\n§2 Valg af dirigent.\nCarl Dahl blev valgt."
    assert people("", text) == [("Anna Holm", "present"), ("Bo Kirk", "present"), ("Páll Jónsson", "present")]


def test_one_per_line_with_a_role_after_a_slash_or_a_trailing_afbud():
    assert details("Til stede:\nEva Dahl /formand\nPer Lund Afbud\nOle Bak\n") == [
        ("Eva Dahl", "present", None, "formand"), ("Per Lund", "absent", None, None), ("Ole Bak", "present", None, None),
    ]


def test_a_second_label_inside_a_list():
    assert people("Til stede: Anna, Bo. Gæst: Eva.") == [("Anna", "present"), ("Bo", "present"), ("Eva", "guest")]
    assert people("Til stede: Karin, Jens og Thomas. På besøg: Kristian.") == [
        ("Karin", "present"), ("Jens", "present"), ("Thomas", "present"), ("Kristian", "guest"),
    ]
    assert details("Til stede: Bo Berg – kirkeværge, Eva Holm – graver samt suppleant: Ole Lund") == [
        ("Bo Berg", "present", None, "kirkeværge"), ("Eva Holm", "present", None, "graver"),
        ("Ole Lund", "present", None, "suppleant"),
    ]
    assert details("Til stede: Bo Berg – kirkeværge, Eva Holm samt suppleant: Ole Lund") == [  # a name before "samt", no role
        ("Bo Berg", "present", None, "kirkeværge"), ("Eva Holm", "present", None, None), ("Ole Lund", "present", None, "suppleant"),
    ]


def test_a_substitute_after_the_member_they_stand_in_for():
    assert details("Fraværende: Per Lund (C) - Eva Dahl (C) mødte som stedfortræder") == [
        ("Per Lund", "absent", "C", None), ("Eva Dahl", "present", "C", "stedfortræder"),
    ]
    assert people("", "Per Lund havde meldt afbud, og Eva Dahl deltog i stedet.") == [("Per Lund", "absent"), ("Eva Dahl", "present")]


def test_attendance_told_in_sentences():
    text = "Medlemmerne var mødt, bortset fra Anna Holm og Bo Kirk, der havde meldt afbud. Carl Dahl forlod mødet efter punkt 23."
    assert people(text) == [("Anna Holm", "absent"), ("Bo Kirk", "absent"), ("Carl Dahl", "present")]
    assert people("", "Der er afbud fra Anna Holm, Bo Kirk og Carl Dahl.") == [
        ("Anna Holm", "absent"), ("Bo Kirk", "absent"), ("Carl Dahl", "absent"),
    ]
    assert people("", "1. suppleant Ib Holm var indkaldt, men mødte ikke frem. Ole Bak udeblev uden afbud.") == [
        ("Ib Holm", "absent"), ("Ole Bak", "absent"),
    ]


def test_a_sentence_wrapped_over_lines_is_read_whole():
    assert people("", "Medlemmerne var mødt, bortset fra Anna Holm og\nBo Kirk, der havde meldt afbud.") == [
        ("Anna Holm", "absent"), ("Bo Kirk", "absent"),
    ]


def test_people_in_item_text_are_not_attendees():
    body = "Formanden forlod mødet under punkt 3.\nAnna Holm og Bo Kirk fremlagde sagen. Carl Dahl blev valgt.\nBestyrelsen deltog ikke i mødet med kommunen."
    assert people("", body) == []


def test_a_list_that_cannot_be_read_cleanly_says_so():
    from referat_parser.extract.attendees import read_attendees

    found, warnings = read_attendees(cleaned("Mødedeltagere: Anna Holm (A) Bo Kirk (V) Side 1 af 56"), [])
    assert [(a.name, a.organization) for a in found] == [("Anna Holm", "A"), ("Bo Kirk", "V")]
    assert [(w.code, w.field) for w in warnings] == [("attendee-list-unclear", "attendees")]
    assert "Side 1 af 56" in warnings[0].message


def test_a_run_in_list_does_not_go_on_over_a_blank_line_into_an_item_label():
    header = (
        "Referat fra møde i Planudvalget Tirsdag den 3. maj 2011 i Rådhusets mødesal Mødedeltagere: "
        "Anna Holm (A) Bo Kirk (V) Carl Dahl (C) Dorte Lund (O) Erik Vang (F) Frida Sand (A)\n\n"
        "3 Sag nr. 12 Aftale om udlejning af lokaler, Kl"
    )
    assert people(header) == [
        ("Anna Holm", "present"), ("Bo Kirk", "present"), ("Carl Dahl", "present"),
        ("Dorte Lund", "present"), ("Erik Vang", "present"), ("Frida Sand", "present"),
    ]


@pytest.mark.parametrize("sentence", [
    "Lise Vang deltog ikke i sagens behandling.",
    "Lise Vang deltog ikke i behandlingen af punktet.",
    "Lise Vang var fraværende under punkt 4.",
])
def test_sitting_out_one_item_is_not_absence_from_the_meeting(sentence: str):
    body = f"Beslutning\nIndstillingen blev godkendt. {sentence}\nUdvalg: Byrådet Dato: 12-03-2024"
    assert people("", body) == []


def test_absence_from_the_meeting_told_in_a_sentence_still_counts():
    assert people("", "Lise Vang deltog ikke i mødet.") == [("Lise Vang", "absent")]
    assert people("", "Lise Vang var fraværende.") == [("Lise Vang", "absent")]


def test_presence_inferred_from_what_someone_did_is_a_warning():
    from referat_parser.extract.attendees import read_attendees

    _, warnings = read_attendees([], cleaned("Jonas Berg forlod mødet efter punkt 2."))
    assert [(w.code, w.field) for w in warnings] == [("attendee-status-inferred", "attendees")]
    assert "Jonas Berg" in warnings[0].message


# Names in any Latin script are kept whole (a property over generated names) ------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from referat_parser.extract.labels import HEADER_FIELD_LABELS  # noqa: E402
from referat_parser.headings import names_a_body  # noqa: E402
from referat_parser.vocabulary import (  # noqa: E402
    ABSENCE_NOTES,
    COURTESY_TITLES,
    ACCESS_WORDS,
    ATTENDEE_LABELS,
    DOCUMENT_TYPES,
    GROUP_HEADINGS,
    INDEX_HEADINGS,
    NEXT_MEETING_TITLES,
    ROLE_LABELS,
    SECTION_HEADINGS,
    NAME_PARTICLES,
    NOT_NAMES,
    ORGANIZATION_ENDINGS,
    ROLE_WORDS,
    TITLE_SUFFIXES,
)

LETTERS = "abcdefghijklmnoprstuvyáéíóúëüöäåæø"
_LABEL_PHRASES = (
    *HEADER_FIELD_LABELS, *ATTENDEE_LABELS, *ROLE_LABELS, *INDEX_HEADINGS, *SECTION_HEADINGS, *GROUP_HEADINGS,
    *DOCUMENT_TYPES, *ACCESS_WORDS, *NEXT_MEETING_TITLES,
)
_TAKEN = {  # words that are labels or list words before they are names ("Slut Aa" opens with the label "Slut",
    # "Fremmødt Aa" with the label "Fremmødt"): a name that starts with one is ambiguous, not generated
    w.lower() for w in (*ABSENCE_NOTES, *COURTESY_TITLES, *NAME_PARTICLES, *NOT_NAMES, *ORGANIZATION_ENDINGS, *ROLE_WORDS, "og", "samt")
} | {phrase.lower().split()[0].rstrip(".:") for phrase in _LABEL_PHRASES if phrase.strip()}


def _plain_word(word: str) -> bool:
    w = word.lower()
    return w not in _TAKEN and not w.endswith(TITLE_SUFFIXES) and not names_a_body(word)


WORD = st.text(LETTERS, min_size=2, max_size=8).map(str.capitalize).filter(_plain_word)
SURNAME = st.one_of(
    WORD,
    st.tuples(WORD, WORD).map("-".join),  # "Ærø-Lund"
    WORD.map(lambda w: "O'" + w),  # "O'Ëlund"
)
NAME = st.tuples(WORD, st.one_of(st.just(""), WORD, st.sampled_from("ABCDÅÆØÉÖ").map(lambda c: c + ".")), SURNAME).map(
    lambda parts: " ".join(p for p in parts if p)
)


@settings(max_examples=60, deadline=None)
@given(st.lists(NAME, min_size=1, max_size=5, unique_by=str.casefold))
def test_generated_names_are_kept_whole_in_a_comma_list(names: list[str]):
    text = "Deltagere: " + ", ".join(names[:-1]) + (" og " if len(names) > 1 else "") + names[-1] + "."
    assert [a.name for a in lines_to_attendees(cleaned(text), [])] == names


@settings(max_examples=60, deadline=None)
@given(st.lists(NAME, min_size=1, max_size=5, unique_by=str.casefold), st.sampled_from("AVCØF"))
def test_generated_names_are_kept_whole_one_per_line_with_a_party(names: list[str], party: str):
    text = "Til stede:\n" + "\n".join(f"• {name}, {party}" for name in names) + "\n\nDagsorden"
    assert [(a.name, a.organization) for a in lines_to_attendees(cleaned(text), [])] == [(n, party) for n in names]


def test_every_listed_letter_is_kept():
    names = ["Páll Jónsson", "José Álvarez", "Zoë Úlfsdóttir", "Jürgen Öberg", "Mäki Íñigo", "Åse Ærø-Høeg", "Anne V. Kristensen", "Siobhán O'Neill"]
    assert [a.name for a in lines_to_attendees(cleaned("Deltagere: " + ", ".join(names)), [])] == names


def test_a_name_wrapped_over_two_lines_is_one_person():
    text = "Deltagere: Anna Holm, Bo\nKirk, Carl Dahl og Zoë\nÅngström.\nSted: Rådhuset"
    assert [n for n, _ in people(text)] == ["Anna Holm", "Bo Kirk", "Carl Dahl", "Zoë Ångström"]
    assert [n for n, _ in people("Til stede:\nAnna Holm (A)\nBo Kirk-\nLund (V)\n\nDagsorden")] == ["Anna Holm", "Bo Kirk-Lund"]


def test_long_run_of_initial_like_dots_after_an_absence_sentence():
    # "a. a. a. …": every dot follows one letter, so reads as an initial; the subject of
    # "… var fraværende" is looked for only a short way back from each clause start, not
    # through the whole run again from every dot (that took minutes on 20,000 characters).
    body = "Der var afbud fra Anna Holm; " + "a. " * 6000 + "slut.\n\nBo Berg var fraværende."
    assert people("", body) == [("Anna Holm", "absent"), ("Bo Berg", "absent")]


@pytest.mark.parametrize("body", [
    "Beslutning\nGodkendt. Lise Vang deltog ikke.",
    "Beslutning\nLise Vang deltog ikke.",
    "BESLUTNING\nLise Vang deltog ikke.",
])
def test_a_heading_or_sentence_before_an_absence_is_not_part_of_the_name(body: str):
    assert people("", body) == [("Lise Vang", "absent")]


def test_a_list_of_first_names_wrapped_after_a_comma_keeps_each_name():
    assert people("Til stede: Anna, Bo\nCarl, Dorte") == [
        ("Anna", "present"), ("Bo", "present"), ("Carl", "present"), ("Dorte", "present"),
    ]
    assert people("Til stede: Anna Holm, Bo\nKirk, Carl Dahl") == [
        ("Anna Holm", "present"), ("Bo Kirk", "present"), ("Carl Dahl", "present"),
    ]


def test_a_line_of_names_after_a_blank_line_goes_on_with_the_list_and_other_lines_do_not():
    assert people("Til stede: Anna, Bo\n\nCarl, Dorte\n\nAfbud: Eva") == [
        ("Anna", "present"), ("Bo", "present"), ("Carl", "present"), ("Dorte", "present"), ("Eva", "absent"),
    ]
    assert people("Til stede: Anna, Bo\n\nRådhuset, Vestby") == [("Anna", "present"), ("Bo", "present")]


def test_an_absence_list_in_the_text_that_names_nobody_readable_says_so():
    from referat_parser.extract.attendees import read_attendees

    found, warnings = read_attendees([], cleaned("Afbud: 3 medlemmer, se listen i bilag 2"))
    assert found == []
    assert [(w.code, w.field) for w in warnings] == [("attendee-list-unclear", "attendees")]
    assert "bilag 2" in warnings[0].message


def test_a_job_title_in_parentheses_is_a_role_not_an_organisation():
    found = lines_to_attendees(cleaned("Deltagere: Mette Juhl (formand), Lars Winther (skoleleder), Pia Holt (pædagogisk leder), Ib Dam (Vejle Kommune)"), [])
    assert [(a.name, a.role, a.organization) for a in found] == [
        ("Mette Juhl", "formand", None), ("Lars Winther", "skoleleder", None),
        ("Pia Holt", "pædagogisk leder", None), ("Ib Dam", None, "Vejle Kommune"),
    ]


def test_a_role_label_after_the_items_gives_a_listed_person_their_role_and_adds_nobody():
    header = "Til stede: Anna Holm, Bo Kirk, Carl Dahl"
    body = "1. Eventuelt\nIntet.\n\nDirigent: Bo Kirk    Referent: Carl Dahl\nReferent: Dorte Vang"
    found = lines_to_attendees(cleaned(header), cleaned(body))
    assert [(a.name, a.role) for a in found] == [("Anna Holm", None), ("Bo Kirk", "dirigent"), ("Carl Dahl", "referent")]


def test_a_table_of_people_under_its_header_row_of_column_names():
    text = ("Medlemmer\nNavn\tParti\tFunktion\tFremmøde\nAnna Holm\tA\tformand\tTil stede\nBo Kirk\tV\t\tAfbud\n"
            "Carl Dahl\tØ\tTil stede\n\n1. Godkendelse af dagsorden")
    got = [(a.name, a.status, a.organization, a.role, a.label) for a in lines_to_attendees(cleaned(text)[:5], [])]
    assert got == [
        ("Anna Holm", "present", "A", "formand", "Medlemmer"), ("Bo Kirk", "absent", "V", None, "Medlemmer"),
        ("Carl Dahl", "present", "Ø", None, "Medlemmer"),  # the empty role cell left out: the status word still found
    ]


def test_a_table_whose_first_column_heading_is_the_list_label_and_an_unknown_status_is_said():
    from referat_parser.extract.attendees import read_attendees

    text = "Deltagere\tParti\tFremmøde\nAnna Holm\tA\tTil stede\nBo Kirk\tV\tkom senere"
    found, warnings = read_attendees(cleaned(text), [])
    assert [(a.name, a.status, a.organization) for a in found] == [("Anna Holm", "present", "A"), ("Bo Kirk", "present", "V")]
    assert [w.code for w in warnings] == ["attendee-list-unclear"] and "kom senere" in warnings[0].message


def test_table_rows_without_a_header_row_whose_cell_says_the_status():
    text = "Deltagere\nLis Bruhn\tA\tformand\nCarsten Ravn\tV\tAfbud\nHelle Mørup\tØ\nAbdi Farah\tF\tFraværende\n\n1. Godkendelse"
    got = [(a.name, a.status, a.organization, a.role) for a in lines_to_attendees(cleaned(text)[:5], [])]
    assert got == [
        ("Lis Bruhn", "present", "A", "formand"), ("Carsten Ravn", "absent", "V", None),
        ("Helle Mørup", "present", "Ø", None), ("Abdi Farah", "absent", "F", None),
    ]


@pytest.mark.parametrize("entry", ["Carsten Ravn (V) (afbud)", "Carsten Ravn (afbud), V", "Carsten Ravn, V (afbud)", "Carsten Ravn (V, fraværende)"])
def test_a_status_noted_in_parentheses_in_a_list_of_those_present(entry):
    text = f"Deltagere\nLis Bruhn (A)\n{entry}\nHelle Mørup (Ø)\n\n1. Godkendelse"
    got = [(a.name, a.status, a.organization) for a in lines_to_attendees(cleaned(text)[:4], [])]
    assert got == [("Lis Bruhn", "present", "A"), ("Carsten Ravn", "absent", "V"), ("Helle Mørup", "present", "Ø")]


def test_a_substitute_named_before_the_member_stood_in_for():
    text = "Afbud: Ilse Gram (F)\nStedfortræder: Rolf Sandberg (F) for Ilse Gram (F)\n\n1. Godkendelse"
    got = [(a.name, a.status, a.organization) for a in lines_to_attendees(cleaned(text)[:2], [])]
    assert got == [("Ilse Gram", "absent", "F"), ("Rolf Sandberg", "present", "F")]


@pytest.mark.parametrize("line, role", [
    ("Afbud: Anne Holm (A) - stedfortræder Bo Kirk (A) deltog", "stedfortræder"),
    ("Afbud: Anne Holm (A), i stedet deltog Bo Kirk (A)", None),
    ("Afbud: Anne Holm (A). Som stedfortræder deltog Bo Kirk (A).", "stedfortræder"),
    ("Fraværende: Anne Holm (A) (stedfortræder: Bo Kirk (A))", "stedfortræder"),
    ("Afbud: Anne Holm (A) - suppleant Bo Kirk (A) mødte", "suppleant"),
])
def test_a_substitute_told_in_a_clause_after_the_absent_member(line, role):
    text = f"Deltagere: Carl Dahl (V)\n{line}\n\n1. Godkendelse"
    got = [(a.name, a.status, a.organization, a.role) for a in lines_to_attendees(cleaned(text)[:2], [])]
    assert got == [("Carl Dahl", "present", "V", None), ("Anne Holm", "absent", "A", None), ("Bo Kirk", "present", "A", role)]


@pytest.mark.parametrize("label, status", [
    ("Afbud/fravær", "absent"), ("Deltagende medlemmer", "present"), ("Udvalgsmedlemmer", "present"),
    ("Mødedeltagere fra administrationen", "guest"), ("Til stede fra administrationen", "guest"),
    ("Øvrige mødedeltagere", "guest"), ("Medlemmer til stede", "present"), ("Fraværende medlemmer", "absent"),
])
def test_a_label_of_several_words_around_a_known_one(label, status):
    got = [(a.name, a.status, a.label) for a in lines_to_attendees(cleaned(f"{label}: Anne Holm (A), Bo Kirk (V)\n\n1. Godkendelse")[:1], [])]
    assert got == [("Anne Holm", status, label), ("Bo Kirk", status, label)]


def test_a_table_of_people_whose_name_column_is_not_the_first():
    text = "Medlemmer\nParti\tNavn\tFremmøde\nA\tLis Bruhn\tTil stede\nV\tCarsten Ravn\tAfbud\n\n1. Godkendelse"
    got = [(a.name, a.status, a.organization) for a in lines_to_attendees(cleaned(text)[:4], [])]
    assert got == [("Lis Bruhn", "present", "A"), ("Carsten Ravn", "absent", "V")]


def test_an_ordinal_role_after_a_comma():
    text = "Deltagere\nStephanie Lose (V), formand\nJens Vagn (A), 1. næstformand\nDorthe Ryberg (F)\n\n1. Godkendelse"
    got = [(a.name, a.organization, a.role) for a in lines_to_attendees(cleaned(text)[:4], [])]
    assert got == [("Stephanie Lose", "V", "formand"), ("Jens Vagn", "A", "1. næstformand"), ("Dorthe Ryberg", "F", None)]


def test_an_attendance_table_in_markdown_with_yes_and_no():
    from referat_parser import parse_bytes

    text = (
        "# Referat – bestyrelsesmøde\n\nDato: 14. oktober 2025 kl. 19.00\n\n"
        "| Navn | Rolle | Til stede |\n|------|-------|-----------|\n| Anders Holt | Formand | Ja |\n"
        "| Carsten Møller | Sekretær | Nej |\n| Dorthe Winkel | Menigt medlem | ja |\n\n"
        "## 1. Godkendelse af dagsorden\nGodkendt.\n\n## 2. Eventuelt\nIntet.\n"
    )
    doc = parse_bytes(text.encode(), "referat.md")
    assert [(a.name, a.status, a.role) for a in doc.attendees] == [
        ("Anders Holt", "present", "Formand"), ("Carsten Møller", "absent", "Sekretær"), ("Dorthe Winkel", "present", "Menigt medlem"),
    ]



@pytest.mark.parametrize("label, status", [
    ("Fremmødte bestyrelsesmedlemmer", "present"), ("Til stede fra bestyrelsen", "present"),
    ("Deltagere fra bestyrelsen", "present"), ("Afbud fra bestyrelsen", "absent"),
])
def test_a_list_label_qualified_by_lower_case_words_before_its_colon(label, status):
    assert people(f"{label}: Anna Holm, Bo Kirk") == [("Anna Holm", status), ("Bo Kirk", status)]


def test_a_relative_clause_after_an_absent_name_is_no_organisation():
    found = lines_to_attendees(cleaned("Alle medlemmer var til stede, bortset fra Bent Krogh, der havde meldt afbud."), [])
    assert [(a.name, a.status, a.organization) for a in found] == [("Bent Krogh", "absent", None)]


def test_the_whole_board_but_one():
    assert people("Til stede var hele bestyrelsen undtagen Lise Kamp.") == [("Lise Kamp", "absent")]


def test_a_role_label_opening_a_sentence_after_the_list():
    found = lines_to_attendees(cleaned("Til stede: Anna Holm, Bo Kirk, Carl Dahl. Referent: Bo Kirk."), [])
    assert [(a.name, a.status, a.organization, a.role) for a in found] == [
        ("Anna Holm", "present", None, None), ("Bo Kirk", "present", None, "referent"), ("Carl Dahl", "present", None, None),
    ]


def test_an_absence_note_in_parentheses_in_a_list_of_those_present():
    assert people("Deltagere:\nAnne Bruun (formand)\nGitte Vang (afbud)\nPer Holm") == [
        ("Anne Bruun", "present"), ("Gitte Vang", "absent"), ("Per Holm", "present"),
    ]


def described(text: str, body: str = ""):
    return [(a.name, a.status, a.organization, a.role) for a in lines_to_attendees(cleaned(text), cleaned(body))]


@pytest.mark.parametrize("label", ["Stedfortræder", "Stedfortrædere", "Indkaldt stedfortræder"])
def test_a_substitutes_label_gives_their_role(label):
    assert described(f"Fraværende: Anette Bro (A)\n{label}: Marie Thue (A)") == [
        ("Anette Bro", "absent", "A", None), ("Marie Thue", "present", "A", "stedfortræder"),
    ]


def test_a_surname_of_four_letters_ending_the_list_is_no_abbreviation():
    """'… og Svend Aage Bach.' ends the list; the sentence on the next line is read as one."""
    text = "Til stede: Gunnar Ipsen (formand), Kaj Lund og Svend Aage Bach.\nAlle var til stede undtagen Inger Mortensen."
    assert people(text) == [
        ("Gunnar Ipsen", "present"), ("Kaj Lund", "present"), ("Svend Aage Bach", "present"), ("Inger Mortensen", "absent"),
    ]
    assert people("Deltagere: Anna Holm, Hans Chr.\nMariegaard, Bo Kirk") == [
        ("Anna Holm", "present"), ("Hans Chr. Mariegaard", "present"), ("Bo Kirk", "present"),
    ]


def test_role_labelled_lines_inside_a_list_of_participants():
    text = ("Deltagere:\nFormand: Rikke Storm\nNæstformand: Jan Post\nKasserer: Anja Greve\n"
            "Bestyrelsesmedlem: Dorthe Kvist\n\nAfbud: ingen")
    assert [(n, s, r and r.lower()) for n, s, _, r in described(text)] == [
        ("Rikke Storm", "present", "formand"), ("Jan Post", "present", "næstformand"), ("Anja Greve", "present", "kasserer"),
        ("Dorthe Kvist", "present", "bestyrelsesmedlem"),
    ]


def test_a_name_cell_with_a_role_after_a_comma_in_a_table_of_people():
    text = "Deltagere\nNavn\tParti\nKarin Munk, formand\tA\nJonas Hvid\tV"
    assert described(text) == [("Karin Munk", "present", "A", "formand"), ("Jonas Hvid", "present", "V", None)]


def test_the_board_listed_apart_at_a_general_assembly_is_present():
    """'Fra bestyrelsen deltog: …' names members; 'Fra forvaltningen deltog: …' staff, who are guests."""
    assert people("Fra bestyrelsen deltog: Ole Sand (formand), Jette Juhl") == [("Ole Sand", "present"), ("Jette Juhl", "present")]
    assert people("Fra afdelingsbestyrelsen: Kim Lauridsen og Pia Rasmussen") == [("Kim Lauridsen", "present"), ("Pia Rasmussen", "present")]
    assert people("Fra forvaltningen deltog: Carl Holm") == [("Carl Holm", "guest")]


def test_staff_from_an_organisation_over_a_list_or_in_a_sentence_are_guests():
    assert described("Fra Vestby Kommune deltog:\nAnne Holm\nBo Kirk") == [
        ("Anne Holm", "guest", "Vestby Kommune", None), ("Bo Kirk", "guest", "Vestby Kommune", None),
    ]
    assert described("Fra kommunen deltog ældrechef Pia Skov under pkt. 2.") == [("Pia Skov", "guest", "kommunen", "ældrechef")]


def test_a_note_of_when_someone_took_part_and_the_organisation_after_fra():
    assert described("Gæster: Karina Ravn fra Skovby Borgerforening deltog under punkt 3.") == [
        ("Karina Ravn", "guest", "Skovby Borgerforening", None),
    ]
    assert people("Til stede: Anna Holm via Teams, Bo Viaborg") == [("Anna Holm", "present"), ("Bo Viaborg", "present")]


def test_a_capitalised_word_after_a_name_is_part_of_it_not_a_note():
    assert people("Til stede: Ida Online, Bo Via og Eva Punkt") == [("Ida Online", "present"), ("Bo Via", "present"), ("Eva Punkt", "present")]


def test_a_role_label_after_the_names_of_a_list_is_a_label_of_its_own():
    assert people("Fraværende:\nIb Hansen, DH\nReferent: Julie Berg") == [("Ib Hansen", "absent"), ("Julie Berg", "present")]
    assert people("Deltagere:\n\nFormand: Ole Sand\n\nKasserer: Jette Juhl") == [("Ole Sand", "present"), ("Jette Juhl", "present")]


def test_a_group_label_of_several_words_inside_a_list():
    text = ("Til stede:\nRepræsentanter for handicaporganisationerne: Berit Hald (DH), Jørgen Skou (DH)\n"
            "Repræsentanter for byrådet: Bent Ravn (V)")
    assert described(text) == [
        ("Berit Hald", "present", "DH", None), ("Jørgen Skou", "present", "DH", None), ("Bent Ravn", "present", "V", None),
    ]


def test_a_sentence_after_a_list_of_first_names_is_no_part_of_the_last_name():
    assert people("Til stede: Henning, Bo, Lise og Tobias. Mette havde meldt afbud.") == [
        ("Henning", "present"), ("Bo", "present"), ("Lise", "present"), ("Tobias", "present"), ("Mette", "absent"),
    ]


def test_a_title_of_several_words_or_an_abbreviation_before_a_name():
    assert described("Desuden deltog: Adm. direktør Rasmus Kjær og CFO Line Bak (referent).") == [
        ("Rasmus Kjær", "guest", None, "Adm. direktør"), ("Line Bak", "guest", None, "referent"),
    ]


def test_a_list_whose_entries_are_no_names_is_said_so():
    from referat_parser.extract.attendees import read_attendees

    found, warnings = read_attendees(cleaned("Deltagere: Hele bestyrelsen samt 12 beboere"), [])
    assert found == [] and [w.code for w in warnings] == ["attendee-list-unclear"]
    assert read_attendees(cleaned("Afbud: Ingen"), [])[1] == []
    assert read_attendees(cleaned("Øvrige oplysninger"), [])[1] == []


def test_a_party_after_the_name_in_a_sentence_that_tells_presence():
    assert described("Bemærkninger:\nKirsten Lund (A) forlod mødet kl. 20.15 under punkt 14.") == [("Kirsten Lund", "present", "A", None)]


def test_a_body_named_over_a_table_of_people_is_its_label():
    text = "Bestyrelsen\nNavn\tFunktion\nKristian Holm\tFormand\nAnette Lund\tNæstformand"
    got = [(a.name, a.status, a.role, a.label) for a in lines_to_attendees(cleaned(text), [])]
    assert got == [("Kristian Holm", "present", "Formand", "Bestyrelsen"), ("Anette Lund", "present", "Næstformand", "Bestyrelsen")]


def test_an_organisation_before_v_or_ved_and_the_person_who_came_for_it():
    text = "Deltagere:\nPolitiet v/ Rene Holm\nÆldrerådet ved Anna Berg\nVestby Kommune v/Kim Bak, direktør\nJens Lund, DH\n"
    assert details(text) == [
        ("Rene Holm", "present", "Politiet", None), ("Anna Berg", "present", "Ældrerådet", None),
        ("Kim Bak", "present", "Vestby Kommune", "direktør"), ("Jens Lund", "present", "DH", None),
    ]


def test_a_title_word_before_a_name_and_a_title_for_an_organisation_before_a_comma():
    text = "Deltagere:\nBorgmester Anna Holm (A)\nRådmand Peter Skov (V)\nSekretær for Seniorrådet, Lisa Møller\nOle Dam\n"
    assert details(text) == [
        ("Anna Holm", "present", "A", "Borgmester"), ("Peter Skov", "present", "V", "Rådmand"),
        ("Lisa Møller", "present", "Seniorrådet", "Sekretær"), ("Ole Dam", "present", None, None),
    ]


@pytest.mark.parametrize("separator", [" - ", " – ", " / ", "; "])
def test_names_apart_by_dashes_slashes_or_semicolons(separator):
    names = ["Eva Holm", "Bo Kirk", "Carl Dahl"]
    assert people(f"Til stede: {separator.join(names)}\nAfbud: Dorthe Bay") == [
        ("Eva Holm", "present"), ("Bo Kirk", "present"), ("Carl Dahl", "present"), ("Dorthe Bay", "absent"),
    ]


def test_guests_told_in_a_sentence_in_the_header_or_the_text():
    header = "Til stede: Eva Holm, Bo Kirk\nDesuden deltog Eva Dahl fra forvaltningen under punkt 3.\nSom gæst deltog Hans Berg fra Vestby Kommune."
    assert details(header) == [
        ("Eva Holm", "present", None, None), ("Bo Kirk", "present", None, None),
        ("Eva Dahl", "guest", "forvaltningen", None), ("Hans Berg", "guest", "Vestby Kommune", None),
    ]
    body = "1. Orientering\nSom gæst deltog Lis Krog fra Vestby Kommune.\nPia Bech deltog som gæst under punktet.\nDer blev orienteret."
    assert details("Til stede: Eva Holm", body) == [
        ("Eva Holm", "present", None, None), ("Lis Krog", "guest", "Vestby Kommune", None), ("Pia Bech", "guest", None, None),
    ]


def test_party_headings_alone_on_their_lines_over_their_members():
    text = "Deltagere:\nSocialdemokratiet:\nAnna Holm\nBo Kirk\nVenstre:\nCarl Dahl\n\nAfbud: Dorte Ravn\n"
    found, warnings = read_attendees(cleaned(text), [])
    assert [(a.name, a.status, a.organization) for a in found] == [
        ("Anna Holm", "present", "Socialdemokratiet"), ("Bo Kirk", "present", "Socialdemokratiet"),
        ("Carl Dahl", "present", "Venstre"), ("Dorte Ravn", "absent", None),
    ]
    assert warnings == []


def test_one_person_per_line_with_the_organisation_after_a_comma_on_every_line():
    text = "Deltagere:\nAnna Holm, Ældresagen\nBo Kirk, Danske Handicaporganisationer\nCarl Dahl, formand\nDorte Ravn, DH\nEva Bak\n"
    assert details(text) == [
        ("Anna Holm", "present", "Ældresagen", None), ("Bo Kirk", "present", "Danske Handicaporganisationer", None),
        ("Carl Dahl", "present", None, "formand"), ("Dorte Ravn", "present", "DH", None), ("Eva Bak", "present", None, None),
    ]
    # two names a line, every line: a list wrapped in pairs, not people and their organisations
    assert people("Deltagere:\nAnna Holm, Bo Kirk\nCarl Dahl, Dorte Ravn\n") == [
        ("Anna Holm", "present"), ("Bo Kirk", "present"), ("Carl Dahl", "present"), ("Dorte Ravn", "present"),
    ]


def test_a_title_for_an_organisation_after_the_name_is_role_and_organisation():
    assert details("Øvrige deltagere: Eva Dahl, direktør for Social og Sundhed, Finn Ravn (chef i Kulturforvaltningen)") == [
        ("Eva Dahl", "guest", "Social og Sundhed", "direktør"), ("Finn Ravn", "guest", "Kulturforvaltningen", "chef"),
    ]


def test_a_substitute_line_in_a_list_of_people_and_their_party_after_a_comma():
    text = "Deltagere:\n• Anna Holm, A\n• Bo Kirk, V - Eva Dahl stedfortræder\n• Carl Dahl, F\n"
    assert details(text) == [
        ("Anna Holm", "present", "A", None), ("Bo Kirk", "present", "V", None),
        ("Eva Dahl", "present", None, "stedfortræder"), ("Carl Dahl", "present", "F", None),
    ]


def test_a_heading_line_over_an_absence_sentence_is_not_part_of_the_names():
    body = "1. Godkendelse af referat\nCarl Dahl og Bo Kirk havde meldt afbud.\nReferatet blev godkendt.\n\nEventuelt\nEva Holm forlod mødet kl. 21."
    assert people("Til stede: Anna Holm", body) == [
        ("Anna Holm", "present"), ("Carl Dahl", "absent"), ("Bo Kirk", "absent"), ("Eva Holm", "present"),
    ]


def test_a_board_named_as_the_label_of_its_members():
    assert details("Bestyrelsen: Anna Holm, Bo Kirk og Carl Dahl\nAfbud: Dorte Ravn") == [
        ("Anna Holm", "present", None, None), ("Bo Kirk", "present", None, None), ("Carl Dahl", "present", None, None),
        ("Dorte Ravn", "absent", None, None),
    ]
    assert details("Udvalg: Økonomiudvalget\nDeltagere: Anna Holm") == [("Anna Holm", "present", None, None)]


def test_an_attendance_sentence_under_a_list_ends_the_list():
    found, warnings = read_attendees(cleaned("Til stede: Anna Holm, Bo Kirk\nAlle var mødt undtagen Carl Dahl."), [])
    assert [(a.name, a.status) for a in found] == [("Anna Holm", "present"), ("Bo Kirk", "present"), ("Carl Dahl", "absent")]
    assert warnings == []


def test_kept_from_one_items_treatment_is_no_absence_from_the_meeting():
    body = "2. Lokalplan\nBeslutning\nGodkendt. Liv Gro Jensen var forhindret i at deltage i udvalgets behandling af sagen."
    assert people("Til stede: Anna Holm", body) == [("Anna Holm", "present")]


@pytest.mark.parametrize("sentence", [
    "Carl Dahl var forhindret.", "Carl Dahl havde sendt afbud.", "Carl Dahl kunne ikke deltage.", "Carl Dahl havde forfald.",
    "Afbud modtaget fra Carl Dahl.", "Carl Dahl havde meldt fra.",
])
def test_an_absence_sentence_under_a_list_is_an_absence_not_a_list_entry(sentence):
    found, warnings = read_attendees(cleaned(f"Til stede: Anna Holm, Bo Kirk\n{sentence}"), [])
    assert [(a.name, a.status) for a in found] == [("Anna Holm", "present"), ("Bo Kirk", "present"), ("Carl Dahl", "absent")]
    assert warnings == []


def test_a_sentence_under_a_list_is_no_entry_of_it():
    found, _ = read_attendees(cleaned("Til stede: Anna Holm, Bo Kirk\nCarl Dahl kom med kage til mødet."), [])
    assert [(a.name, a.status) for a in found] == [("Anna Holm", "present"), ("Bo Kirk", "present")]


def test_the_reason_for_an_absence_in_parentheses_is_no_organisation():
    assert details("Afbud: Carl Dahl (ferie), Eva Bak (sygdom), Ib Lund (V)") == [
        ("Carl Dahl", "absent", None, None), ("Eva Bak", "absent", None, None), ("Ib Lund", "absent", "V", None),
    ]


def test_roles_joined_by_a_slash_or_og_and_referat_naming_the_note_taker():
    assert details("Til stede: Anna Holm, Bo Kirk\nReferent/ordstyrer: Bo Kirk") == [
        ("Anna Holm", "present", None, None), ("Bo Kirk", "present", None, "Referent/ordstyrer"),
    ]
    assert details("Til stede: Anna Holm, Bo Kirk.\nDirigent og referent: Bo Kirk") == [
        ("Anna Holm", "present", None, None), ("Bo Kirk", "present", None, "Dirigent og referent"),
    ]
    assert details("Til stede: Anna Holm, Bo Kirk\nReferat: Bo Kirk") == [
        ("Anna Holm", "present", None, None), ("Bo Kirk", "present", None, "referent"),
    ]
    assert details("Til stede: Anna Holm, Bo Kirk.\nReferat: Eva Bak") == [
        ("Anna Holm", "present", None, None), ("Bo Kirk", "present", None, None), ("Eva Bak", "present", None, "referent"),
    ]
    assert details("Til stede: Anna Holm, Bo Kirk.\nReferat: Godkendt") == [("Anna Holm", "present", None, None), ("Bo Kirk", "present", None, None)]


def test_a_role_label_alone_on_its_line_with_the_name_under_it():
    text = "Deltagere:\nAnna Holm\nBo Kirk\n\nReferent:\nBo Kirk\n\nMødeleder:\nAnna Holm\n\nGæst:\nEva Bak\n"
    assert details(text) == [
        ("Anna Holm", "present", None, "mødeleder"), ("Bo Kirk", "present", None, "referent"), ("Eva Bak", "guest", None, None),
    ]


def test_desuden_deltog_in_an_items_text_tells_of_other_events():
    body = "2. Orientering\nFormanden orienterede om konferencen. Desuden deltog Anna Berg i konferencen i Odense.\n"
    assert people("Til stede: Eva Holm", body) == [("Eva Holm", "present")]


def test_a_courtesy_title_before_a_name_is_no_part_of_it():
    assert details("Til stede: Hr. Jens Hansen, Fru Inge Holm, fru Bodil Dam og Pastor Ole Bak") == [
        ("Jens Hansen", "present", None, None), ("Inge Holm", "present", None, None), ("Bodil Dam", "present", None, None),
        ("Ole Bak", "present", None, "Pastor"),
    ]


def test_a_first_item_titled_as_attendance_holds_the_list():
    body = "1. Tilstedeværende\nAnna Holm, Bo Kirk og Carl Dahl. Afbud fra Dorte Ravn.\n\n2. Godkendelse af referat\nGodkendt af Eva Bak og Finn Ravn."
    assert details("Referat", body) == [
        ("Anna Holm", "present", None, None), ("Bo Kirk", "present", None, None), ("Carl Dahl", "present", None, None),
        ("Dorte Ravn", "absent", None, None),
    ]
    body = "Punkt 1: Fremmødte\nTil stede: Anna Holm, Bo Kirk og Carl Dahl.\nFraværende: Dorte Ravn.\n\nPunkt 2: Regnskab\nEva Bak, Finn Ravn: godkendt."
    assert details("Referat", body) == [
        ("Anna Holm", "present", None, None), ("Bo Kirk", "present", None, None), ("Carl Dahl", "present", None, None),
        ("Dorte Ravn", "absent", None, None),
    ]


def test_presence_and_absence_told_in_further_sentences():
    assert people("Til stede var hele bestyrelsen på nær Dorte Ravn.") == [("Dorte Ravn", "absent")]
    found, warnings = read_attendees(cleaned("Fremmødt: Hele bestyrelsen undtagen Dorte Ravn og Eva Bak"), [])
    assert [(a.name, a.status) for a in found] == [("Dorte Ravn", "absent"), ("Eva Bak", "absent")]
    assert warnings == []
    found, warnings = read_attendees(cleaned("Referat\nAnna Holm, Bo Kirk og Carl Dahl var til stede."), [])
    assert [(a.name, a.status) for a in found] == [("Anna Holm", "present"), ("Bo Kirk", "present"), ("Carl Dahl", "present")]
    assert warnings == []  # stated, not inferred from what they did
    assert details("Bestyrelsen var fuldtallig, desuden deltog revisor Eva Bak.") == [("Eva Bak", "guest", None, "revisor")]


def test_a_sentence_after_a_list_on_its_line_opening_with_a_full_name():
    assert people("Deltagere: Anna Holm (formand), Bo Kirk og Carl Dahl. Dorte Ravn deltog via Teams.") == [
        ("Anna Holm", "present"), ("Bo Kirk", "present"), ("Carl Dahl", "present"), ("Dorte Ravn", "present"),
    ]


def test_a_title_for_an_organisation_before_the_name():
    assert details("Øvrige deltagere: Direktør for Social og Sundhed Eva Dahl, Formand for Ældrerådet Anna Holm") == [
        ("Eva Dahl", "guest", "Social og Sundhed", "Direktør"), ("Anna Holm", "guest", "Ældrerådet", "Formand"),
    ]
    assert people("Deltagere: Rolf Sand for Ilse Gram") == [("Rolf Sand", "present"), ("Ilse Gram", "absent")]


@pytest.mark.parametrize("line", [
    "Referat ved Anna Holm", "Referat ved: Anna Holm", "Referatet skrevet af Anna Holm", "Referent Anna Holm",
    "Referatet er skrevet af Anna Holm", "Referat udarbejdet af: Anna Holm", "Referent var Anna Holm",
])
def test_the_minute_taker_without_a_colon_is_the_referent_and_ends_the_list_above(line):
    found = lines_to_attendees(cleaned(f"Deltagere fra administrationen: Lise Bak, konsulent\n{line}\nDato/tid: 4. juni 2024 kl. 19"), [])
    assert [(a.name, a.status, a.role, a.organization) for a in found] == [
        ("Lise Bak", "guest", "konsulent", None), ("Anna Holm", "present", "referent", None),
    ]


@pytest.mark.parametrize("rows, carl", [
    ("Anna Holm\tFormand\nBo Kirk\tKasserer (afbud)\nCarl Dahl\tMedlem", "medlem"),
    ("Anna Holm, formand\nBo Kirk, kasserer (afbud)\nCarl Dahl", "referent"),  # the role from "Referent: Carl Dahl"
])
def test_a_body_named_alone_over_people_one_a_line_is_their_list(rows, carl):
    found = lines_to_attendees(cleaned(f"Bestyrelsen\n{rows}\n\nReferent: Carl Dahl"), [])
    assert [(a.name, a.status, (a.role or "").lower(), a.label) for a in found] == [
        ("Anna Holm", "present", "formand", "Bestyrelsen"), ("Bo Kirk", "absent", "kasserer", "Bestyrelsen"),
        ("Carl Dahl", "present", carl, "Bestyrelsen"),
    ]


def test_a_body_named_alone_over_a_title_line_names_no_list():
    found = lines_to_attendees(cleaned("Bestyrelsen\nReferat af møde 4. juni 2024\nTil stede: Anna Holm, Bo Kirk"), [])
    assert [(a.name, a.label) for a in found] == [("Anna Holm", "Til stede"), ("Bo Kirk", "Til stede")]


def test_names_printed_surname_first_in_a_table_are_read_first_name_first_and_said():
    found, warnings = read_attendees(cleaned("Deltagere\nNavn\tFunktion\nHolm, Anna\tFormand\nAagaard-Kirk, Bo Erik\tKasserer"), [])
    assert [(a.name, a.role) for a in found] == [("Anna Holm", "Formand"), ("Bo Erik Aagaard-Kirk", "Kasserer")]
    assert [w.code for w in warnings] == ["value-inferred"] and "Holm, Anna" in warnings[0].message


def test_names_apart_by_wide_gaps_in_an_absence_line_of_the_text_are_apart():
    assert people("", "Afbud: Eva Lund     Per Berg") == [("Eva Lund", "absent"), ("Per Berg", "absent")]


def test_names_apart_by_wide_gaps_on_a_list_line_are_apart():
    found = lines_to_attendees(cleaned("Deltagere: Anna Holm    Bo Kirk    Carl Dahl\nAfbud: Eva Lund     Per Berg"), [])
    assert [(a.name, a.status) for a in found] == [
        ("Anna Holm", "present"), ("Bo Kirk", "present"), ("Carl Dahl", "present"), ("Eva Lund", "absent"), ("Per Berg", "absent")]


def test_a_group_label_with_its_colon_over_people_one_a_line_after_a_table_is_their_list():
    text = "Bestyrelsen:\nNavn\tRolle\nAnna Holm\tFormand\nBo Kirk\tKasserer\n\nSuppleanter:\nCarl Dahl\nEva Lund"
    found = lines_to_attendees(cleaned(text), [])
    assert [(a.name, a.status, a.label) for a in found][2:] == [("Carl Dahl", "present", "Suppleanter"), ("Eva Lund", "present", "Suppleanter")]
    assert [a.name for a in found][:2] == ["Anna Holm", "Bo Kirk"]


def test_a_table_with_a_column_of_marks_for_each_status_reads_the_marked_column():
    table = "Navn\tParti\tDeltog\tAfbud\nAnna Holm\tA\tX\nBo Kirk\tV\t\tX\nCarl Dahl\tC\tx\t\nDorte Friis\tF\t\t"
    found, warnings = read_attendees(cleaned(table), [])
    assert [(a.name, a.status, a.organization) for a in found] == [
        ("Anna Holm", "present", "A"), ("Bo Kirk", "absent", "V"), ("Carl Dahl", "present", "C"), ("Dorte Friis", "present", "F"),
    ]
    # a row that marks no column is kept, and the warning names it: its status is not printed
    assert [w.code for w in warnings] == ["attendee-list-unclear"] and "Dorte Friis" in warnings[0].message


def test_a_clause_after_a_list_opened_by_men_or_mens_is_read_as_a_sentence_not_as_an_organisation():
    found, warnings = read_attendees(cleaned("Til stede var: Anna Holm, Bo Kirk og Carl Dahl, mens Eva Lund havde meldt afbud."), [])
    assert [(a.name, a.status, a.organization) for a in found] == [
        ("Anna Holm", "present", None), ("Bo Kirk", "present", None), ("Carl Dahl", "present", None), ("Eva Lund", "absent", None),
    ]
    assert people("Til stede: Anna Holm og Bo Kirk, men Per Holm deltog ikke.") == [
        ("Anna Holm", "present"), ("Bo Kirk", "present"), ("Per Holm", "absent"),
    ]


def test_a_body_named_in_a_list_is_no_person():
    found, warnings = read_attendees(cleaned("Til stede var: Bestyrelsen og 23 medlemmer."), [])
    assert found == [] and [w.code for w in warnings] == ["attendee-list-unclear"]


@pytest.mark.parametrize("told", ["Alle var mødt.", "Alle mødt undtagen Bo Kirk.", "Bestyrelsen var fuldtallig."])
def test_all_present_told_without_names_invents_no_one_and_says_so(told):
    found, warnings = read_attendees(cleaned(f"{told}\nReferent: Lise Dam"), [])
    assert [(a.name, a.status) for a in found if a.status == "present"] == [("Lise Dam", "present")]
    assert "attendees-not-named" in [w.code for w in warnings]
    listed, warnings = read_attendees(cleaned(f"Til stede: Anna Holm, Bo Kirk\n{told}"), [])
    assert "attendees-not-named" not in [w.code for w in warnings]


def test_one_person_a_line_under_a_label_with_the_role_word_before_the_name():
    found, _ = read_attendees(cleaned("Deltagere:\nFormand Susanne Krag\nKasserer Jens Ibsen\nTine Dahl\n\nAfbud: Ole Berg"), [])
    assert [(a.name, a.status, a.role) for a in found] == [
        ("Susanne Krag", "present", "Formand"), ("Jens Ibsen", "present", "Kasserer"), ("Tine Dahl", "present", None),
        ("Ole Berg", "absent", None),
    ]


def test_whom_a_substitute_stands_in_for_is_no_organisation_and_an_institution_after_a_name_is():
    found, _ = read_attendees(cleaned("Deltagere: Tine Dahl (suppleant for Ole Berg), Bo Kirk (repræsentant for Skovby Borgerforening)\nGæst: Erik Sand, Skovby Skole"), [])
    assert [(a.name, a.organization, a.role) for a in found] == [
        ("Tine Dahl", None, "suppleant"), ("Bo Kirk", "Skovby Borgerforening", "repræsentant"), ("Erik Sand", "Skovby Skole", None),
    ]


def test_a_sentence_after_a_list_is_no_part_of_the_last_name_and_arriving_late_is_presence():
    found, warnings = read_attendees(cleaned("Til stede: Anna Holm, Bo Kirk. Carl Dahl kom kl. 20."), [])
    assert [(a.name, a.status, a.organization) for a in found] == [
        ("Anna Holm", "present", None), ("Bo Kirk", "present", None), ("Carl Dahl", "present", None),
    ]
    assert [w.code for w in warnings] == ["attendee-status-inferred"]  # Carl Dahl: read from what he did
    assert not is_name("Bo Kirk. Carl Dahl") and is_name("Anne V. Kristensen") and is_name("Hans Chr. Bak")


@pytest.mark.parametrize(
    "line",
    [
        "Deltagere: Anna Holm, Bo Kirk, men ikke Carl Dahl",
        "Deltagere: Anna Holm, Bo Kirk, dog ikke Carl Dahl.",
        "Til stede: Anna Holm, Bo Kirk (ikke Carl Dahl)",
        "Til stede: Anna Holm og Bo Kirk, bortset fra Carl Dahl",
    ],
)
def test_names_set_apart_at_the_end_of_a_presence_list_are_absent(line):
    """Never dropped, never an organisation named 'dog ikke Carl Dahl'."""
    found = lines_to_attendees(cleaned(line), [])
    assert [(a.name, a.status, a.organization) for a in found] == [
        ("Anna Holm", "present", None), ("Bo Kirk", "present", None), ("Carl Dahl", "absent", None),
    ]


def test_a_word_in_parentheses_after_ikke_stays_with_its_person():
    assert people("Deltagere: Anna Holm, Bo Kirk (ikke stemmeberettiget)")[-1] == ("Bo Kirk", "present")


@pytest.mark.parametrize("closing", ["Referent: Eva Holm", "Ref. Eva Holm", "Referent\nEva Holm"])
def test_a_role_signed_at_the_end_of_the_minutes_names_one_who_was_there(closing):
    body = f"1. Økonomi\nRegnskabet blev godkendt.\n2. Eventuelt\nIntet.\n\n{closing}\n"
    found, warnings = read_attendees(cleaned("Til stede: Anna Holm, Bo Kirk"), cleaned(body))
    assert [(a.name, a.status, a.role) for a in found] == [
        ("Anna Holm", "present", None), ("Bo Kirk", "present", None), ("Eva Holm", "present", "referent"),
    ]
    assert [w.code for w in warnings] == ["attendee-status-inferred"]


def test_a_role_label_inside_the_items_adds_nobody():
    body = "1. Valg af referent\nReferent: Eva Holm\n2. Økonomi\nGodkendt.\n3. Bestyrelsen\nDrøftet.\n4. Kontingent\nUændret.\n5. Eventuelt\nIntet.\n"
    found, _ = read_attendees(cleaned("Til stede: Anna Holm, Bo Kirk"), cleaned(body))
    assert [a.name for a in found] == ["Anna Holm", "Bo Kirk"]


def test_a_role_label_with_a_second_role_in_parentheses():
    found = lines_to_attendees(cleaned("Formand (mødeleder): Anna Holm\nDeltagere: Anna Holm, Bo Kirk"), [])
    assert [(a.name, a.role) for a in found] == [("Anna Holm", "Formand (mødeleder)"), ("Bo Kirk", None)]


def test_a_list_told_as_none_takes_no_line_under_it():
    """'Fraværende: ingen' over a running header with its blank lines squeezed out: no absentee 'Referat'."""
    found, warnings = read_attendees(cleaned("Til stede: Anna Holm, Bo Kirk\nFraværende: ingen\nReferat – Økonomiudvalget – 14. maj 2025"), [])
    assert ([(a.name, a.status) for a in found], warnings) == ([("Anna Holm", "present"), ("Bo Kirk", "present")], [])


def test_absent_with_or_without_notice_is_a_status_not_an_organisation():
    assert [(a.name, a.status, a.organization) for a in lines_to_attendees(
        cleaned("Til stede: Anna Holm\nFraværende: Finn Berg (uden afbud), Gitte Lund (med afbud)\nDeltagere:\nIda Kjær udeblevet"), [])] == [
        ("Anna Holm", "present", None), ("Finn Berg", "absent", None), ("Gitte Lund", "absent", None), ("Ida Kjær", "absent", None),
    ]


def test_a_role_given_by_initials_goes_to_the_person_they_stand_for():
    found = lines_to_attendees(cleaned("Deltagere: Anna Holm (AH), Bo Kirk (BK), Carl Dahl (CD)\nReferent: BK"), [])
    assert [(a.name, a.role) for a in found] == [("Anna Holm", None), ("Bo Kirk", "referent"), ("Carl Dahl", None)]


def test_names_set_apart_on_the_line_a_list_wraps_onto():
    found = lines_to_attendees(cleaned("Deltagere: Anna Holm, Bo Kirk, Carl Dahl og Dorte Ravn, men\nikke Eva Lund\nSted: Klubhuset"), [])
    assert [(a.name, a.status) for a in found] == [
        ("Anna Holm", "present"), ("Bo Kirk", "present"), ("Carl Dahl", "present"), ("Dorte Ravn", "present"), ("Eva Lund", "absent"),
    ]


@pytest.mark.parametrize("line", [
    "Til stede: Anna Holm, Bo Kirk, samt suppleant: Ole Lund",
    "Til stede: Anna Holm, Bo Kirk, og suppleant: Ole Lund",
])
def test_a_labelled_group_after_a_joiner_is_people_not_the_last_persons_organisation(line):
    assert [(a.name, a.organization, a.role) for a in lines_to_attendees(cleaned(line), [])] == [
        ("Anna Holm", None, None), ("Bo Kirk", None, None), ("Ole Lund", None, "suppleant"),
    ]


def test_a_lower_case_job_title_after_a_dash_is_a_role_not_an_organisation():
    found, _ = read_attendees(cleaned("Til stede: Anna Holm - formand, Bo Kirk, Eva Dahl – regnskabfører, Per Lund - pædagogisk leder"), [])
    assert [(a.name, a.organization, a.role) for a in found] == [
        ("Anna Holm", None, "formand"), ("Bo Kirk", None, None), ("Eva Dahl", None, "regnskabfører"), ("Per Lund", None, "pædagogisk leder"),
    ]


def test_whole_names_apart_by_a_full_stop_are_two_entries():
    found, warnings = read_attendees(cleaned("Deltagere:\n\nAnna Holm, Bo K. Kirk. Carl Dahl (referent)\n\nAfbud: Eva Lund"), [])
    assert [(a.name, a.status, a.organization, a.role) for a in found] == [
        ("Anna Holm", "present", None, None), ("Bo K. Kirk", "present", None, None), ("Carl Dahl", "present", None, "referent"),
        ("Eva Lund", "absent", None, None),
    ]
    assert warnings == []
    assert [a.name for a in read_attendees(cleaned("Til stede: Hans Chr. Bak, Bo Kirk"), [])[0]] == ["Hans Chr. Bak", "Bo Kirk"]


def test_groups_under_a_label_with_an_empty_group_an_absence_note_and_a_remark_in_parentheses():
    text = (
        "Deltagere:\nForældrevalgte: Anna Holm, Bo Kirk.\nMedarbejdere: Carl Dahl, Dorte Ravn.\nElevrepræsentanter:  - -\n\n"
        "Fraværende:\nForældrevalgte: Afbud fra Eva Lund.\nElevrepræsentanter: Ida Berg, Ole Sand (måske ikke indkaldt?).\n"
    )
    found, _ = read_attendees(cleaned(text), [])
    assert [(a.name, a.status, a.organization) for a in found] == [
        ("Anna Holm", "present", "Forældrevalgte"), ("Bo Kirk", "present", "Forældrevalgte"),
        ("Carl Dahl", "present", "Medarbejdere"), ("Dorte Ravn", "present", "Medarbejdere"),
        ("Eva Lund", "absent", "Forældrevalgte"), ("Ida Berg", "absent", "Elevrepræsentanter"), ("Ole Sand", "absent", "Elevrepræsentanter"),
    ]


def test_online_and_external_participants_have_labels_of_their_own():
    found, _ = read_attendees(cleaned("Deltagere: Anna Holm, Bo Kirk\nOnline: Carl Dahl\nEksterne deltagere: Direktør Eva Lund deltog under punkt 4."), [])
    assert [(a.name, a.status, a.organization, a.role) for a in found] == [
        ("Anna Holm", "present", None, None), ("Bo Kirk", "present", None, None), ("Carl Dahl", "present", None, None),
        ("Eva Lund", "guest", None, "Direktør"),
    ]


@pytest.mark.parametrize("text", [
    "Til stede: Anna, Bo, Carl\n\nAfbud:\n\nReferent: Bo\n",  # the absence label left empty over the note-taker's label
    "Til stede: Anna, Bo, Carl Afbud: Referent: Bo",  # the same with its line breaks lost
])
def test_an_empty_absence_label_over_the_note_takers_label_makes_nobody_absent(text):
    found, _ = read_attendees(cleaned(text), [])
    assert sorted((a.name, a.status, a.role) for a in found) == [("Anna", "present", None), ("Bo", "present", "referent"), ("Carl", "present", None)]


def test_role_entries_under_a_label_still_make_a_list():
    found, _ = read_attendees(cleaned("Afbud:\nFormand: Ole Sand\nKasserer: Jette Juhl\n"), [])
    assert [(a.name, a.status, a.role) for a in found] == [("Ole Sand", "absent", "Formand"), ("Jette Juhl", "absent", "Kasserer")]  # roles as printed


def test_a_capitalised_word_after_a_listed_name_is_part_of_the_name_not_a_verb_of_arriving():
    found = lines_to_attendees(cleaned("Til stede:\n• Eva Lund Ankom, V\n• Bo Kirk, A\n\nDagsorden"), [])
    assert [(a.name, a.organization) for a in found] == [("Eva Lund Ankom", "V"), ("Bo Kirk", "A")]


def test_substitutes_on_a_line_of_their_own_in_a_board_list_get_the_role_not_an_organisation():
    found, _ = read_attendees(cleaned("Bestyrelsen: Anna Holm, Bo Kirk, Carl Dahl\n\nSuppleanter: Eva Lund og Ole Sand\n"), [])
    assert [(a.name, a.organization, a.role) for a in found] == [
        ("Anna Holm", None, None), ("Bo Kirk", None, None), ("Carl Dahl", None, None), ("Eva Lund", None, "suppleant"), ("Ole Sand", None, "suppleant"),
    ]


def test_a_name_opening_with_joined_initials_is_a_person_not_an_organisation_of_the_one_before():
    found, _ = read_attendees(cleaned("Deltagere: Anna Holm, J.P. Kirk, H.C. Dahl og Bo Lund."), [])
    assert [(a.name, a.organization) for a in found] == [("Anna Holm", None), ("J.P. Kirk", None), ("H.C. Dahl", None), ("Bo Lund", None)]


def test_the_absent_named_in_a_numbered_items_title_are_absent_and_an_items_title_on_absence_is_no_list():
    body = "1. Fraværende: Anna Holm, Bo Kirk og Carl Dahl\n\n2. Godkendelse af dagsorden\nGodkendt.\n\n3. Fravær: status på sygefraværet\nDrøftet.\n"
    found, warnings = read_attendees([], cleaned(body))
    assert [(a.name, a.status) for a in found] == [("Anna Holm", "absent"), ("Bo Kirk", "absent"), ("Carl Dahl", "absent")]
    assert warnings == []


def test_a_capitalised_job_title_in_the_second_column_is_a_role_not_an_organisation():
    found, _ = read_attendees(cleaned("Til stede:\nAnna Holm, Formand\nBo Kirk\nCarl Dahl, Adm. Direktør\nDorte Ravn, Direktionssekretær\nAfbud: Eva Lund\n"), [])
    assert [(a.name, a.organization, a.role) for a in found] == [
        ("Anna Holm", None, "Formand"), ("Bo Kirk", None, None), ("Carl Dahl", None, "Adm. Direktør"),
        ("Dorte Ravn", None, "Direktionssekretær"), ("Eva Lund", None, None),
    ]


def test_when_a_listed_person_took_part_ends_the_entry_and_the_list_goes_on_under_it():
    text = "Fra administrationen:\nAnna Holm\nBo Kirk, deltog under punkt 8, 9\nCarl Dahl, Vestby Kommune, deltog under pkt. 7\nDorte Ravn\n\nDagsorden\n"
    found, _ = read_attendees(cleaned(text), [])
    assert [(a.name, a.status, a.organization) for a in found] == [
        ("Anna Holm", "guest", None), ("Bo Kirk", "guest", None), ("Carl Dahl", "guest", "Vestby Kommune"), ("Dorte Ravn", "guest", None),
    ]


def test_a_markdown_task_list_of_attendees_and_labels_of_coming_late_and_leaving_early():
    text = "#### Deltagere:\n- [x] Anna Holm (forperson)\n- [ ] Bo Kirk\n\n#### Afbud:\n- [ ] Carl Dahl\n\nKommer senere: Dorte Ravn\nGår før: Eva Lund\n"
    found, _ = read_attendees(cleaned(text), [])
    assert [(a.name, a.status, a.organization, a.role) for a in found] == [
        ("Anna Holm", "present", None, "forperson"), ("Bo Kirk", "present", None, None), ("Carl Dahl", "absent", None, None),
        ("Dorte Ravn", "present", None, None), ("Eva Lund", "present", None, None),
    ]


def test_a_time_after_a_guests_name_is_when_they_came_not_a_part_of_the_name():
    found, warnings = read_attendees(cleaned("Gæster:\na) Økonomichef Bo Kirk og sekretariatschef Eva Lund kl. 13.30\n\n1. Godkendelse af dagsorden"), [])
    assert [(a.name, a.status, a.role) for a in found] == [("Bo Kirk", "guest", "Økonomichef"), ("Eva Lund", "guest", "sekretariatschef")]
    assert warnings == []


def test_a_first_name_under_a_role_label_is_the_listed_person_of_that_first_name():
    found, _ = read_attendees(cleaned("Deltagere: Anna Holm (formand), Bo Kirk, Carl Dahl\nAfbud: Dorte Ravn\n\nMødeleder: Anna\nReferent: Bo\n"), [])
    assert [(a.name, a.status, a.role) for a in found] == [
        ("Anna Holm", "present", "formand"), ("Bo Kirk", "present", "referent"), ("Carl Dahl", "present", None), ("Dorte Ravn", "absent", None),
    ]
    found, _ = read_attendees(cleaned("Deltagere: Anna Holm, Anna Berg\nReferent: Anna\n"), [])
    assert [a.name for a in found] == ["Anna Holm", "Anna Berg", "Anna"]  # two fit: whom it names is not told


def test_a_longer_absence_label_in_an_items_decision_is_read_whole_not_as_a_label_and_a_name():
    body = "2. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\nFraværende uden afbud: Bo Kirk\n\nFraværende med afbud:\nAnna Holm, Carl Dahl deltog\n"
    found, warnings = read_attendees([], cleaned(body))
    assert [(a.name, a.status, a.label) for a in found] == [("Bo Kirk", "absent", "Fraværende uden afbud")]
    assert not any("med afbud" in w.message for w in warnings)  # no list 'Fraværende' left out 'med afbud:'
