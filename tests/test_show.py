from pathlib import Path

from click.testing import CliRunner

from referat_parser.cli import cli

SEED = Path(__file__).resolve().parent.parent / "samples" / "003_8a9878f8a55123a1.txt"


def test_show_renders_header_attendees_and_items():
    result = CliRunner().invoke(cli, ["show", str(SEED)])
    assert result.exit_code == 0
    out = result.stdout
    for text in ("DAS Social", "2025-01-09", "12:00–16:00", "Nanna Hjørringgaard", "3. Sundhedstjek på botilbud",
                 "Decision:", "Next meeting:"):
        assert text in out, text


def test_show_speaks_english_and_leaves_the_document_text_as_written():
    out = CliRunner().invoke(cli, ["show", str(SEED)]).stdout
    for label in ("Body", "Date", "Time", "Source", "Present", "Agenda", "Decision:", "Next meeting:"):
        assert label in out, label
    for danish in ("Organ ", "Dato ", "Kilde ", "Til stede:", "Dagsorden\n", "Beslutning:", "Næste møde:", " sider)"):
        assert danish not in out, danish
    assert "Nanna Hjørringgaard" in out  # names and titles stay as the document writes them


def test_show_error_is_one_line():
    result = CliRunner().invoke(cli, ["show", "missing.pdf"])
    assert result.exit_code == 1 and result.stderr == "Error: missing.pdf: no such file\n"


def test_warnings_are_shown_in_english_with_the_field_they_concern(tmp_path):
    doc = tmp_path / "m.txt"
    doc.write_text("GENERALFORSAMLING 2010\nTIRSDAG 9. FEBRUAR KLOKKEN 18.00\nREFERAT\n\n1. Valg af dirigent\n\nJens Holm blev valgt.\n", encoding="utf-8")
    out = " ".join(CliRunner().invoke(cli, ["show", str(doc)]).stdout.split())  # lines wrap at the terminal width
    assert "Warnings" in out and "advarsel" not in out
    assert "meeting.date: The year of the meeting date (2010-02-09) is taken from elsewhere" in out
