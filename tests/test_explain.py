"""`referat explain FILE`: per line, its page, the role it was given and the rule that decided."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from conftest import parse_text
from referat_parser.cli import cli
from referat_parser.explain import ROLES, explain
from referat_parser.pipeline import trace_bytes

ROOT = Path(__file__).resolve().parent.parent
PDF = ROOT / "samples" / "000_495bf0cbefc36908.pdf"

MINUTES = """Referat
Bestyrelsen for Grønnegårdens Boligforening
Dato: 3. februar 2025
Sted: Fælleshuset

Deltagere: Mads Lund, Karen Holt
Afbud: Per Vang

1. Godkendelse af dagsorden
Beslutning
Godkendt.

2. Nye vinduer i blok C
Sagsfremstilling
Tilbuddet fra Vinduesmesteren er gennemgået.
Beslutning
Bestyrelsen vælger tilbuddet.

Mødet hævet kl. 21.00
"""


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def rows_by_text(text: str) -> dict[str, tuple[str, str]]:
    return {row.text: (row.role, row.rule) for row in explain(trace_bytes(text.encode(), "x.txt"))}


def test_each_line_gets_the_role_its_stage_gave_it():
    rows = rows_by_text(MINUTES)
    assert rows["Dato: 3. februar 2025"] == ("header field", "holds the meeting's date (2025-02-03)")
    assert rows["Afbud: Per Vang"][0] == "attendee list"
    assert rows["2. Nye vinduer i blok C"][0] == "item heading"
    assert rows["Sagsfremstilling"] == ("section heading", "item 2: 'Sagsfremstilling' opens the case section")
    assert rows["Bestyrelsen vælger tilbuddet."] == ("section text", "item 2, decision section")
    assert rows["Mødet hævet kl. 21.00"] == ("header field", "in the closing block after item 2: holds the meeting's end time (21:00)")


def test_a_missed_item_shows_where_its_heading_went():
    """'Tre: Budget' has no number, so it does not start an item: explain shows it as text of item 2.
    ('3 Budget' right after item 2 is read as item 3 since numbers without punctuation are repaired.)"""
    rows = rows_by_text(MINUTES.replace("Mødet hævet kl. 21.00", "Tre: Budget\nGodkendt."))
    assert rows["Tre: Budget"] == ("section text", "item 2, decision section")
    assert len(parse_text(MINUTES).items) == 2


def test_explain_a_pdf_on_the_command_line():
    result = run("explain", str(PDF))
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    roles = {line[6:23].strip() for line in lines}
    assert roles <= set(ROLES) and {"furniture", "index entry", "item heading", "section heading"} <= roles
    assert any(line.split()[0] == "1" and "furniture" in line and "Side 1 af 12" in line for line in lines)
    assert any("item heading" in line and "1. Godkendelse af dagsorden" in line for line in lines)


def test_every_line_read_is_shown_in_reading_order():
    trace = trace_bytes(PDF.read_bytes(), str(PDF))
    rows = explain(trace)
    body_lines = sum(1 for line in trace.raw.lines if line.text.strip())
    reader_furniture = sum(1 for line in trace.raw.furniture if line.text.strip())
    assert sum(row.rule.startswith("reader:") for row in rows) == reader_furniture
    assert len(rows) - reader_furniture == body_lines
    pages = [row.page for row in rows]
    assert pages == sorted(pages) and pages[-1] == trace.raw.pages


def test_only_the_roles_asked_for():
    result = run("explain", str(PDF), "--role", "furniture")
    assert result.exit_code == 0 and result.stdout
    assert all(line[6:23].strip() == "furniture" for line in result.stdout.splitlines())


def test_an_unknown_role_and_a_missing_file_are_one_line_errors():
    assert run("explain", str(PDF), "--role", "footnote").exit_code == 2
    result = run("explain", "no-such-file.pdf")
    assert result.exit_code == 1 and result.stderr.strip() == "Error: no-such-file.pdf: no such file"


def test_lines_read_into_a_field_or_taken_as_structure_say_so():
    text = (
        "Gå til indhold\nReferat\nBestyrelsen for Grønnegården\nDato: 3. februar 2025\nDeltagere: Mads Lund, Karen Holt\n\n"
        "1. Godkendelse af dagsorden\nÅbent punkt\nGodkendt.\n\nPunkt 2\n2. Vinduer\nBeslutning\nTilbuddet vælges.\n\n"
        "Næste møde: 3. marts 2025 kl. 19.00\n\nUnderskriftsside\nMads Lund\tKaren Holt\n"
    )
    rows = rows_by_text(text)
    assert rows["Gå til indhold"][0] == "furniture"
    assert rows["Åbent punkt"] == ("item heading", "item 1: its access ('Åbent punkt')")
    assert rows["Punkt 2"][0] == "item heading"
    assert rows["Næste møde: 3. marts 2025 kl. 19.00"][0] == "next meeting"
    assert rows["Underskriftsside"][0] == rows["Mads Lund\tKaren Holt"][0] == "attendee list"


def test_the_lines_to_sign_on_and_the_roles_under_the_signatures_are_part_of_the_signature_block():
    text = ("Referat\nBestyrelsen for Vesterhavets Sejlklub\nDato: 3. februar 2025\nDeltagere: Mads Lund, Karen Holt\n\n"
            "1. Godkendelse af dagsorden\nGodkendt.\n\nUnderskrifter:\n\n__________\t__________\nMads Lund\tKaren Holt\n"
            "formand\tnæstformand\n")
    rows = rows_by_text(text)
    assert rows["__________\t__________"][0] == rows["formand\tnæstformand"][0] == "attendee list"
    from referat_parser import parse_bytes

    assert "text-unplaced" not in [w.code for w in parse_bytes(text.encode(), "x.txt").warnings]


def test_lines_no_field_holds_are_quoted_in_a_warning_not_dropped():
    from referat_parser import parse_bytes

    text = ("Nordby Kommune\nReferat\nKulturudvalget\nOrdinært møde\nDato: 3. marts 2025\n\n1. Meddelelser\nBeslutning\nTaget til efterretning.\n\n"
            "Anne Bo        Ole Ravn\n")
    warnings = [w for w in parse_bytes(text.encode(), "x.txt").warnings if w.code == "text-unplaced"]
    assert len(warnings) == 1
    assert all(f"'{line}'" in warnings[0].message for line in ("Nordby Kommune", "Ordinært møde"))
    assert "Kulturudvalget" not in warnings[0].message  # read as the body


def test_the_header_row_of_an_attendance_table_is_part_of_the_list_not_unplaced():
    text = ("Referat\nBestyrelsen for Vesterhavets Sejlklub\nDato: 3. februar 2025\n\n"
            "Navn\tFunktion\tTil stede\nMads Lund\tFormand\tJa\nKaren Holt\tKasserer\tNej\n\n"
            "1. Godkendelse af dagsorden\nGodkendt.\n")
    rows = rows_by_text(text)
    assert rows["Navn\tFunktion\tTil stede"] == ("attendee list", "the header row of the attendance table under it")
    from referat_parser import parse_bytes

    assert "text-unplaced" not in [w.code for w in parse_bytes(text.encode(), "x.txt").warnings]


def test_a_row_over_lines_that_are_no_attendance_table_stays_unplaced():
    text = ("Referat\nBestyrelsen for Vesterhavets Sejlklub\nDato: 3. februar 2025\n\n"
            "Navn\tFunktion\tTil stede\nDeltagere: Mads Lund, Karen Holt\n\n1. Godkendelse af dagsorden\nGodkendt.\n")
    assert rows_by_text(text)["Navn\tFunktion\tTil stede"][0] == "unassigned"
