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
    assert doc["meeting"]["body"] == "Økonomiudvalget"  # decoded; the municipality after the dash is whose committee it is
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


# bombs, loops and limits (made at test time) ------------------------------------------


def _pdf_with_stream(content: bytes) -> bytes:
    """A one-page PDF whose content stream is `content`, Flate-compressed."""
    import zlib

    stream = zlib.compress(content, 9)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out = b"%PDF-1.4\n"
    for n, body in enumerate(objects, start=1):
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    return out + b"trailer\n<< /Root 1 0 R /Size 5 >>\n%%EOF\n"


def test_pdf_stream_bomb_is_refused_before_it_is_unpacked(tmp_path: Path):
    path = tmp_path / "bomb.pdf"
    path.write_bytes(_pdf_with_stream(b"0 0 m " * (80 * 1024 * 1024 // 6)))  # 80 MB from about 100 KB
    result = run([str(path)])
    assert (result.exit_code, result.stderr) == (1, f"Error: {path}: refused: a stream unpacks to more than 64 MB (PDF bomb?)\n")


def _docx(tmp_path: Path, patch) -> Path:
    """A DOCX made with python-docx, one of its parts changed by `patch(name, xml) -> xml`."""
    import zipfile

    import docx

    document = docx.Document()
    document.add_paragraph("Referat", style="Heading 1")
    document.add_paragraph("Punkt", style="List Number")
    plain = tmp_path / "plain.docx"
    document.save(plain)
    path = tmp_path / "odd.docx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, patch(info.filename, src.read(info)))
    return path


# (part, pattern, replacement, reason): a style based on itself; list numbering starting at 2·10⁹
DOCX_LOOPS = [
    ("word/styles.xml", rb'(<w:style [^>]*w:styleId="Heading1"[^>]*>)', rb'\1<w:basedOn w:val="Heading1"/>',
     "refused: a style is based on itself (style loop; damaged file?)"),
    ("word/numbering.xml", rb'<w:start w:val="\d+"/>', b'<w:start w:val="2000000000"/>',
     "refused: list numbering at 2000000000 (damaged file?)"),
]


@pytest.mark.parametrize("part, pattern, replacement, reason", DOCX_LOOPS, ids=["style-loop", "absurd-numbering"])
def test_docx_loops_are_refused(tmp_path: Path, part: str, pattern: bytes, replacement: bytes, reason: str):
    import re

    path = _docx(tmp_path, lambda name, xml: re.sub(pattern, replacement, xml) if name == part else xml)
    result = run([str(path), "--timeout", "20"])
    assert (result.exit_code, result.stderr) == (1, f"Error: {path}: {reason}\n")


def test_docx_of_many_parts_is_refused_by_their_sum(tmp_path: Path):
    import zipfile

    path = tmp_path / "parts.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<w:document/>")
        for n in range(30):
            z.writestr(f"word/media/part{n}.bin", bytes(9 * 1024 * 1024))
    result = run([str(path)])
    assert (result.exit_code, result.stderr) == (1, f"Error: {path}: refused: the parts would unpack to 270 MB together (zip bomb?)\n")


def test_timeout_and_memory_limit_for_parse(tmp_path: Path, monkeypatch):
    import time

    from referat_parser import pipeline

    def slow_or_greedy(data, name, options):
        if b"SLOW" in data:
            time.sleep(60)
        return bytearray(2 * 1024**3)  # more than the memory limit

    monkeypatch.setattr(pipeline, "parse_bytes", slow_or_greedy)  # inherited by the forked worker
    (tmp_path / "slow.txt").write_text("SLOW")
    (tmp_path / "greedy.txt").write_text("GREEDY")
    result = run([str(tmp_path / "slow.txt"), str(tmp_path / "greedy.txt"), "--timeout", "1", "--max-memory", "512"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"Error: {tmp_path / 'slow.txt'}: timed out after 1 s (--timeout)",
        f"Error: {tmp_path / 'greedy.txt'}: needs more memory than the limit (--max-memory)",
    ]


def test_endless_stdin_stops_at_the_size_limit():
    result = run(["-", "--max-size", "1"], input=b"x" * (3 * 1024 * 1024))
    assert (result.exit_code, result.stderr) == (1, "Error: <stdin>: larger than the size limit (1 MB)\n")


def test_a_fifo_is_never_opened(tmp_path: Path):
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = run([str(fifo)])  # would block forever if it were opened
    assert (result.exit_code, result.stderr) == (1, f"Error: {fifo}: a FIFO (named pipe), not a file; not opened\n")


def test_file_names_are_escaped_in_messages(tmp_path: Path):
    path = tmp_path / "a\nError: forged.txt\x1b[31m"
    path.write_bytes(b"")
    result = run([str(path)])
    assert result.stderr.count("\n") == 1 and "\x1b" not in result.stderr
    assert result.stderr == f"Error: {tmp_path}/a\\nError: forged.txt\\x1b[31m: empty file\n"


def test_utf8_with_a_few_bad_bytes_stays_utf8_and_nfd_becomes_nfc(tmp_path: Path):
    import unicodedata

    text = (ROOT / "samples" / "003_8a9878f8a55123a1.txt").read_text(encoding="utf-8")
    path = tmp_path / "bad-bytes.txt"
    path.write_bytes(text.encode("utf-8").replace(b"Velkomst", b"Velkomst\xff", 1))
    doc = _parsed([str(path)])
    assert doc["meeting"]["body"] == "DAS Social"
    assert [w["code"] for w in doc["warnings"]] == ["bad-utf8"]
    nfd = tmp_path / "nfd.txt"
    nfd.write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
    assert _parsed([str(nfd)])["attendees"] == _parsed([str(ROOT / "samples" / "003_8a9878f8a55123a1.txt")])["attendees"]


def test_show_lets_no_terminal_escape_through_and_has_a_time_limit(tmp_path: Path):
    path = tmp_path / "esc.txt"
    path.write_bytes(b"Referat\n1. Punkt \x1b[31mRED\x1b]0;title\x07\nBeslutning\nOK.\n")
    result = CliRunner().invoke(cli, ["show", str(path), "--timeout", "30"])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout and "\\x1b[31mRED" in result.stdout
    assert "? pages" not in result.stdout and "pages)" not in result.stdout  # a text file has no pages


def test_an_unreadable_file_is_one_line_and_the_others_are_parsed(tmp_path: Path, monkeypatch):
    from referat_parser import sources

    locked = tmp_path / "locked.txt"
    locked.write_text("Referat")
    real_open = sources.os.open

    def deny(path, *args, **kwargs):  # as for a file without read permission (tests may run as root)
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(sources.os, "open", deny)
    seed = ROOT / "samples" / "003_8a9878f8a55123a1.txt"
    result = run([str(locked), str(seed)])
    assert (result.exit_code, result.stderr) == (1, f"Error: {locked}: permission denied\n")
    assert len(json.loads(result.stdout)) == 1
