"""The catalogue of bad inputs (tests/bad_inputs/README.md): each gets its exit code and
one line on stderr naming the file and the reason, or output with a warning."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from referat_parser.cli import cli

ROOT = Path(__file__).resolve().parent.parent
BAD = ROOT / "tests" / "bad_inputs"
_spec = importlib.util.spec_from_file_location("make_bad_inputs", ROOT / "scripts" / "make_bad_inputs.py")
make_bad_inputs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_bad_inputs)

# file, extra arguments, exit code, the stderr reason (after "Error: <file>: ")
FAILURES = [
    ("missing.pdf", [], "no such file"),
    ("empty.txt", [], "empty file"),
    ("random-bytes.pdf", [], "not a PDF (the file does not start with %PDF-)"),
    ("truncated.pdf", [], "not a readable PDF (file damaged or truncated)"),
    ("truncated.pdf", ["--pdf-engine", "pdfplumber"], "not a readable PDF (file damaged or truncated)"),
    ("encrypted.pdf", [], "encrypted PDF; give the password with --password"),
    ("encrypted.pdf", ["--password", "forkert"], "wrong password for this encrypted PDF"),
    ("scan.pdf", ["--ocr", "never"], "no text layer (scanned PDF?); read it with OCR: --ocr auto"),
    ("renamed-zip.docx", [], "not a Word document (a zip file without word/document.xml)"),
    ("corrupt.docx", [], "not a readable Word document (damaged file)"),
    ("old-word.doc", [], "an old binary Office file (.doc/.xls); convert it to PDF or DOCX"),
]


def run(args: list[str], input: bytes | None = None):
    return CliRunner().invoke(cli, ["parse", *args], input=input)


def test_catalogue_is_up_to_date():
    for name, make in make_bad_inputs.FILES.items():
        assert (BAD / name).read_bytes() == make(), f"{name} differs: run scripts/make_bad_inputs.py"


@pytest.mark.parametrize("name, extra, reason", FAILURES, ids=[f"{n}{' '.join([''] + e)}" for n, e, _ in FAILURES])
def test_failure_is_one_line_and_exit_1(name: str, extra: list[str], reason: str):
    path = str(BAD / name)
    result = run([path, *extra])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"Error: {path}: {reason}\n"


def test_scan_without_text_gets_the_ocr_answer():
    """With OCR installed a page of pictures is read and found empty; without it, the answer
    says what to install."""
    from referat_parser.readers import ocr

    path = str(BAD / "scan.pdf")
    result = run([path])
    hint = ocr.unavailable_hint()
    if hint is None:
        reason = "no text layer, and OCR found no text on its pages (blank pages or pictures?)"
    else:
        reason = f"no text layer (scanned PDF?); to read it with OCR, {hint}"
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", f"Error: {path}: {reason}\n")


def test_folder_given_to_parse():
    result = run([str(BAD)])
    assert (result.exit_code, result.stderr) == (1, f"Error: {BAD}: is a folder, not a file (use `referat batch` for folders)\n")


def test_empty_stdin():
    result = run(["-"], input=b"")
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", "Error: <stdin>: empty file\n")


def test_no_traceback_without_debug_but_with_it():
    assert "Traceback" not in run([str(BAD / "corrupt.docx")]).output
    result = CliRunner().invoke(cli, ["parse", str(BAD / "scan.pdf"), "--debug"])
    assert result.exit_code == 1  # a ReferatError is expected: still one line, no traceback


def _parsed(args: list[str], input: bytes | None = None) -> dict:
    result = run(args, input)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_right_password_parses():
    doc = _parsed([str(BAD / "encrypted.pdf"), "--password", make_bad_inputs.PASSWORD])
    assert doc["meeting"]["date"] == "2025-03-03"


def test_broken_xref_is_rebuilt_and_read():
    doc = _parsed([str(BAD / "broken-xref.pdf")])
    assert len(doc["items"]) == 12


def test_cp1252_text_with_warning_and_danish_letters():
    doc = _parsed([str(BAD / "cp1252.txt")])
    assert doc["meeting"]["body"] == "Økonomiudvalget – Ærø Kommune"
    assert [w["code"] for w in doc["warnings"]] == ["not-utf8"]


def test_nul_bytes_removed_with_warning():
    doc = _parsed([str(BAD / "nul-bytes.txt")])
    assert doc["items"][0]["decision"] == "Godkendt."
    assert "nul-bytes" in [w["code"] for w in doc["warnings"]]


def test_mixed_line_endings():
    doc = _parsed([str(BAD / "mixed-newlines.txt")])
    assert (doc["meeting"]["body"], doc["items"][0]["title"], doc["items"][0]["decision"]) == (
        "Økonomiudvalget", "Godkendelse af dagsorden", "Godkendt.",
    )


def test_text_that_is_not_minutes_gives_a_warning():
    doc = _parsed([str(BAD / "not-minutes.txt")])
    assert doc["items"] == [] and [w["code"] for w in doc["warnings"]] == ["not-minutes"]


def test_ten_megabyte_single_line(tmp_path: Path):
    path = tmp_path / "long-line.txt"
    path.write_bytes(make_bad_inputs.long_line_text(10))
    doc = _parsed([str(path)])
    assert doc["source"]["format"] == "txt"


def test_docx_zip_bomb_refused(tmp_path: Path):
    path = tmp_path / "bomb.docx"
    path.write_bytes(make_bad_inputs.zip_bomb_docx(300))
    result = run([str(path)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {path}: refused: word/document.xml would unpack to 300 MB (zip bomb?)\n"


def test_over_the_size_limit(tmp_path: Path):
    path = tmp_path / "big.txt"
    path.write_bytes(make_bad_inputs.big_text(2))
    result = run([str(path), "--max-size", "1"])
    assert (result.exit_code, result.stderr) == (1, f"Error: {path}: larger than the size limit (2 MB > 1 MB)\n")
    assert run([str(path), "--max-size", "3"]).exit_code == 0
