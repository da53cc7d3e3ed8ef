"""`referat parse` and `referat schema` through click's CliRunner: output, exit codes, streams."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from referat_parser.cli import COMMANDS, cli

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "003_8a9878f8a55123a1.txt"
SEED2 = ROOT / "samples" / "000_495bf0cbefc36908.txt"


def run(*args: str, input: bytes | str | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


def test_parse_one_file_to_json_on_stdout():
    result = run("parse", str(SEED), "--json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["meeting"]["date"] == "2025-01-09"
    assert doc["source"]["path"] == str(SEED) and doc["source"]["format"] == "txt"
    assert result.stderr == ""


def test_json_is_the_default_and_several_files_give_an_array():
    result = run("parse", str(SEED), str(SEED2))
    assert result.exit_code == 0
    docs = json.loads(result.stdout)
    assert [d["meeting"]["date"] for d in docs] == ["2025-01-09", "2019-08-26"]


def test_jsonl_one_line_per_document():
    result = run("parse", "--jsonl", str(SEED), str(SEED2))
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and all(json.loads(line)["schema_version"] == "1" for line in lines)


def test_output_file(tmp_path: Path):
    out = tmp_path / "doc.json"
    result = run("parse", str(SEED), "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["meeting"]["body"] == "DAS Social"
    assert not list(tmp_path.glob("*.part"))


def test_stdin_with_dash():
    result = run("parse", "-", input=SEED.read_bytes())
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["source"]["path"] == "-" and len(doc["items"]) == 11


def test_missing_file_is_one_line_on_stderr_and_exit_1():
    result = run("parse", "nope.pdf")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "Error: nope.pdf: no such file\n"


def test_one_bad_file_among_good_ones_keeps_the_good(tmp_path: Path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("parse", str(SEED), str(empty))
    assert result.exit_code == 1
    assert len(json.loads(result.stdout)) == 1
    assert result.stderr == f"Error: {empty}: empty file\n"


def test_usage_error_exit_2():
    assert run("parse").exit_code == 2
    assert run("parse", str(SEED), "--no-such-option").exit_code == 2
    assert run("parse", "-", "-", input="x").exit_code == 2


def test_compact_json():
    result = run("parse", str(SEED), "--compact")
    assert result.stdout.count("\n") == 1


def test_schema_command_prints_json_schema():
    result = run("schema")
    schema = json.loads(result.stdout)
    assert schema["title"] == "Referat" and "items" in schema["properties"]


def test_help_lists_every_command_with_help_text():
    result = run("--help")
    for name in COMMANDS:
        assert re.search(rf"^\s+{name}\s+\S", result.stdout, re.M), name


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_has_help_and_is_in_readme(name: str):
    result = run(name, "--help")
    assert result.exit_code == 0 and len(result.stdout) > 100
    assert f"referat {name}" in (ROOT / "README.md").read_text(encoding="utf-8"), f"README lacks `referat {name}`"


def test_csv_item_rows_on_stdout():
    result = run("parse", str(SEED), str(SEED2), "--csv")
    assert result.exit_code == 0
    import csv
    import io

    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0][:6] == ["path", "date", "body", "position", "number", "title"]
    assert len(rows) == 1 + 11 + 12


def test_csv_linked_tables_into_a_folder(tmp_path: Path):
    out = tmp_path / "tables"
    result = run("parse", str(SEED), "--csv", "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert sorted(p.name for p in out.iterdir()) == [
        "agenda.csv", "attendees.csv", "errors.csv", "items.csv", "meetings.csv", "sections.csv", "warnings.csv",
    ]  # the same folder as `referat batch` writes, errors.csv included
    assert (out / "meetings.csv").read_text(encoding="utf-8").count("\n") == 2


def test_output_to_a_device_or_pipe_is_written_through_never_replaced(tmp_path: Path):
    """-o /dev/null or a named pipe: written to as it is (no lock, no NAME.partial renamed over it)."""
    import os
    import stat
    import threading

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    result = run("parse", str(SEED), "-o", str(pipe))
    reader.join(timeout=30)
    assert result.exit_code == 0, result.stderr
    assert json.loads(received[0])["meeting"]["date"] == "2025-01-09"
    assert stat.S_ISFIFO(os.stat(pipe).st_mode) and sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def test_a_run_that_parses_nothing_leaves_an_existing_output_file_alone(tmp_path: Path):
    out = tmp_path / "doc.json"
    out.write_text("{}")
    result = run("parse", str(tmp_path / "missing.txt"), "-o", str(out))
    assert result.exit_code == 1 and out.read_text() == "{}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.json"]
