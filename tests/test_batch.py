from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from referat_parser.batch import convert, gather
from referat_parser.cli import cli
from referat_parser.exporters.outputs import open_output
from referat_parser.readers import ReadOptions

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "samples").glob("*.txt"))


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """A zip with nested folders: good documents, a corrupt PDF, an empty file, a non-document, '../evil.txt'."""
    path = tmp_path / "archive.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, seed in enumerate(SEEDS):
            z.writestr(f"2025/udvalg/{seed.name}", seed.read_bytes())
            z.writestr(f"2024/{n}-copy.md", seed.read_bytes() + b"\n")
        for rendition in ("000_495bf0cbefc36908.pdf", "003_8a9878f8a55123a1.docx"):
            z.writestr(f"2023/pdf og word/{rendition}", (ROOT / "samples" / rendition).read_bytes())
        z.writestr("2025/broken.pdf", b"%PDF-1.4\n" + os.urandom(2000))
        z.writestr("2025/empty.txt", b"")
        z.writestr("2025/photo.png", b"\x89PNG\r\n")
        z.writestr(zipfile.ZipInfo("../evil.txt"), b"Referat")
    return path


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_gather_archive(archive: Path):
    found = gather([str(archive)], 10 * 2**20)
    assert [d.name.split("!")[1] for d in found.documents] == [
        "2023/pdf og word/000_495bf0cbefc36908.pdf", "2023/pdf og word/003_8a9878f8a55123a1.docx",
        "2024/0-copy.md", "2024/1-copy.md", "2025/broken.pdf", "2025/empty.txt",
        f"2025/udvalg/{SEEDS[0].name}", f"2025/udvalg/{SEEDS[1].name}",
    ]
    assert [(r.name.split("!")[1], r.code) for r in found.refused] == [("../evil.txt", "unsafe-member")]
    assert [s.split("!")[1] for s in found.skipped] == ["2025/photo.png"]


@pytest.mark.parametrize("kind", ["folder", "jsonl", "csv", "sqlite"])
def test_batch_every_output_kind(archive: Path, tmp_path: Path, kind: str):
    target = {"folder": tmp_path / "out", "jsonl": tmp_path / "out.jsonl", "csv": tmp_path / "tables", "sqlite": tmp_path / "out.db"}[kind]
    args = ["batch", str(archive), "-o", str(target), "-j", "2"] + (["--format", "csv"] if kind == "csv" else [])
    result = run(*args)
    assert result.exit_code == 1, result.stderr  # some failed
    assert "Converted 6 of 9 documents" in result.stderr and "3 failed" in result.stderr
    assert "../evil.txt: member name escapes the archive" in result.stderr
    assert result.stdout == ""
    if kind == "folder":
        docs = sorted(p.name for p in target.glob("*.json"))
        assert docs == sorted(["archive.zip__2023__pdf og word__000_495bf0cbefc36908.pdf.json",
                               "archive.zip__2023__pdf og word__003_8a9878f8a55123a1.docx.json",
                               "archive.zip__2024__0-copy.md.json", "archive.zip__2024__1-copy.md.json",
                               f"archive.zip__2025__udvalg__{SEEDS[0].name}.json", f"archive.zip__2025__udvalg__{SEEDS[1].name}.json"])
        errors = [json.loads(line) for line in (target / "errors.jsonl").read_text().splitlines()]
    elif kind == "jsonl":
        lines = target.read_text().splitlines()
        assert [json.loads(line)["source"]["path"].split("!")[1] for line in lines] == [
            "2023/pdf og word/000_495bf0cbefc36908.pdf", "2023/pdf og word/003_8a9878f8a55123a1.docx", "2024/0-copy.md", "2024/1-copy.md", f"2025/udvalg/{SEEDS[0].name}", f"2025/udvalg/{SEEDS[1].name}",
        ]
        errors = [json.loads(line) for line in (tmp_path / "out.errors.jsonl").read_text().splitlines()]
    elif kind == "csv":
        assert (target / "items.csv").read_text().count("\n") > 20
        errors = [dict(zip(["path", "sha256", "code", "reason"], line.split(",", 3))) for line in (target / "errors.csv").read_text().splitlines()[1:]]
    else:
        conn = sqlite3.connect(target)
        assert conn.execute("SELECT count(*) FROM meetings").fetchone() == (6,)
        assert conn.execute("SELECT format, pages FROM meetings WHERE format = 'pdf'").fetchone() == ("pdf", 12)
        hit = conn.execute("SELECT i.title FROM search s JOIN items i ON i.doc_id = s.doc_id AND i.position = s.item_position "
                           "WHERE search MATCH 'selvskaade' AND s.field = 'decision'").fetchall()
        assert hit == [("Eventuelt",)] * 3  # the txt seed, its .md copy and the DOCX rendition
        errors = [{"code": c} for (c,) in conn.execute("SELECT code FROM errors")]
    assert sorted(e["code"] for e in errors) == ["corrupt-pdf", "empty", "unsafe-member"]


def test_order_is_the_same_whatever_the_jobs(archive: Path, tmp_path: Path):
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"j{jobs}.jsonl"
        run("batch", str(archive), "-o", str(out), "-j", jobs, "--quiet")
        outs.append([json.loads(line)["source"]["path"] for line in out.read_text().splitlines()])
    assert outs[0] == outs[1] and len(outs[0]) == 6


def test_jsonl_to_stdout_pipes(tmp_path: Path):
    result = run("batch", str(SEEDS[0]), "-o", "-", "--quiet")
    assert result.exit_code == 0 and json.loads(result.stdout)["meeting"]["date"] == "2019-08-26"
    assert result.stderr == ""


def test_usage_errors_and_all_failed(tmp_path: Path):
    assert run("batch", str(tmp_path / "nothing-here"), "-o", str(tmp_path / "o.db")).exit_code == 2
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    result = run("batch", str(bad), "-o", str(tmp_path / "o.jsonl"))
    assert result.exit_code == 3
    assert run("batch", str(bad), "-o", "-", "--format", "csv").exit_code == 2


def _slow_parse(data: bytes, name: str, options):
    if b"SLOW" in data:
        time.sleep(30)
    if b"CRASH" in data:
        os._exit(9)
    from referat_parser.pipeline import parse_bytes

    return parse_bytes(data, name, options)


def test_timeout_and_crash_are_recorded_and_the_run_goes_on(tmp_path: Path):
    for name, text in [("a.txt", "Referat\n1. Punkt\nOK."), ("b.txt", "SLOW"), ("c.txt", "CRASH"), ("d.txt", "Referat\n1. Sidste\nOK.")]:
        (tmp_path / name).write_text(text)
    found = gather([str(tmp_path)], 2**20)
    out = open_output("jsonl", str(tmp_path / "out.jsonl"), resume=False)
    started = time.monotonic()
    summary = convert(found, out, jobs=2, timeout=1.0, options=ReadOptions(), parse=_slow_parse)
    out.close()
    assert time.monotonic() - started < 15
    assert summary.converted == 2
    assert sorted((Path(n).name, code) for n, code, _ in summary.failures) == [("b.txt", "timeout"), ("c.txt", "worker-crashed")]
    lines = (tmp_path / "out.jsonl").read_text().splitlines()
    assert [Path(json.loads(line)["source"]["path"]).name for line in lines] == ["a.txt", "d.txt"]


def _db_content(path: Path) -> dict:
    conn = sqlite3.connect(path)
    tables = ["meetings", "attendees", "agenda", "items", "sections", "warnings"]
    return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}


def test_interrupted_run_resumes_to_the_same_database(tmp_path: Path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for n in range(30):
        seed = SEEDS[n % 2]
        (folder / f"doc{n:02d}.txt").write_bytes(seed.read_bytes() + f"\nEkstra linje {n}.\n".encode())
    full, part = tmp_path / "full.db", tmp_path / "part.db"
    assert run("batch", str(folder), "-o", str(full), "-j", "2", "--quiet").exit_code == 0

    referat = [sys.executable, "-m", "referat_parser.cli"]
    proc = subprocess.Popen(referat + ["batch", str(folder), "-o", str(part), "-j", "1", "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        time.sleep(0.05)
        try:
            done = sqlite3.connect(part).execute("SELECT count(*) FROM meetings").fetchone()[0]
        except sqlite3.OperationalError:
            continue
        if done >= 3:
            break
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done = sqlite3.connect(part).execute("SELECT count(*) FROM meetings").fetchone()[0]
    assert 3 <= done < 30, "the run was not stopped part-way"

    result = run("batch", str(folder), "-o", str(part), "-j", "2", "--resume")
    assert result.exit_code == 0
    assert f"{done} already in the output" in result.stderr
    assert _db_content(part) == _db_content(full)


def test_single_file_outputs_are_usage_errors(tmp_path: Path):
    for name in ("out.json", "out.csv"):
        result = run("batch", str(SEEDS[0]), "-o", str(tmp_path / name))
        assert result.exit_code == 2 and "a batch writes many documents" in result.stderr
        assert not (tmp_path / name).exists()
