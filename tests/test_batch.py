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

from referat_parser.batch import Limits, convert, gather
from referat_parser.cli import cli
from referat_parser.exporters.base import OutputOptions
from referat_parser.exporters.outputs import Output
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
    assert [(s.split("!")[1], reason) for s, reason in found.skipped] == [("2025/photo.png", "not a document (.png)")]


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
        assert docs == sorted(["archive.zip!2023__pdf og word__000_495bf0cbefc36908.pdf.json",
                               "archive.zip!2023__pdf og word__003_8a9878f8a55123a1.docx.json",
                               "archive.zip!2024__0-copy.md.json", "archive.zip!2024__1-copy.md.json",
                               f"archive.zip!2025__udvalg__{SEEDS[0].name}.json", f"archive.zip!2025__udvalg__{SEEDS[1].name}.json"])
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
    out = Output(OutputOptions(target=str(tmp_path / "out.jsonl")), "jsonl", resume=False, several=True)
    started = time.monotonic()
    summary = convert(found, out, jobs=2, limits=Limits(timeout=1.0), options=ReadOptions(), parse=_slow_parse)
    out.finish()
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
    building = f"file:{part}.partial?mode=ro"  # a fresh run builds beside the output
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        time.sleep(0.05)
        try:
            done = sqlite3.connect(building, uri=True).execute("SELECT count(*) FROM meetings").fetchone()[0]
        except sqlite3.OperationalError:
            continue
        if done >= 3:
            break
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done = sqlite3.connect(building, uri=True).execute("SELECT count(*) FROM meetings").fetchone()[0]
    assert 3 <= done < 30, "the run was not stopped part-way"
    assert not part.exists()

    result = run("batch", str(folder), "-o", str(part), "-j", "2", "--resume")
    assert result.exit_code == 0, result.stderr
    assert f"{done} already in the output" in result.stderr
    assert _db_content(part) == _db_content(full)


def test_single_file_outputs_are_usage_errors(tmp_path: Path):
    for name in ("out.json", "out.csv"):
        result = run("batch", str(SEEDS[0]), "-o", str(tmp_path / name))
        assert result.exit_code == 2 and "a batch writes many documents" in result.stderr
        assert not (tmp_path / name).exists()


# outputs as transactions ---------------------------------------------------------------

FORMAT_TARGETS = {"json": ("out", []), "jsonl": ("out.jsonl", []), "csv": ("tables", ["--format", "csv"]), "sqlite": ("out.db", [])}


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    """Eight small documents (one of them broken, one a copy of another under a second name)."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for n in range(6):
        (folder / f"doc{n}.txt").write_bytes(SEEDS[n % 2].read_bytes() + f"\nEkstra linje {n}.\n".encode())
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 broken")
    (folder / "zz-copy.txt").write_bytes((folder / "doc1.txt").read_bytes())
    return folder


def _content(target: Path, fmt: str) -> dict:
    """What an output holds, comparable between runs (errors keyed by path, no times)."""
    if fmt == "sqlite":
        content = _db_content(target)
        content["errors"] = sorted(sqlite3.connect(target).execute("SELECT path, code FROM errors").fetchall())
        return content
    if fmt == "jsonl":
        errors = target.with_name("out.errors.jsonl").read_text(encoding="utf-8").splitlines()
        return {"docs": target.read_text(encoding="utf-8"), "errors": sorted(errors)}
    files = {p.name: p.read_text(encoding="utf-8") for p in sorted(target.iterdir())}
    for name in ("errors.jsonl", "errors.csv"):
        if name in files:
            files[name] = sorted(files[name].splitlines())
    return files


def _batch_args(docs: Path, target: Path, extra: list[str]) -> list[str]:
    return ["batch", str(docs), "-o", str(target), "-j", "2", "--quiet", *extra]


@pytest.mark.parametrize("fmt", list(FORMAT_TARGETS))
@pytest.mark.parametrize("share", [0.1, 0.5, 0.9])
def test_kill_at_any_write_then_resume_equals_a_clean_run(docs: Path, tmp_path: Path, fmt: str, share: float,
                                                           monkeypatch):
    """Killed at the write a share of the way through a run (first write 0.0, last 1.0)."""
    import fault_injection

    name, extra = FORMAT_TARGETS[fmt]
    clean, target = tmp_path / "clean" / name, tmp_path / "run" / name
    clean.parent.mkdir(), target.parent.mkdir()
    with monkeypatch.context() as patch:
        writes = fault_injection.install(0, "count", patch.setattr)
        assert run(*_batch_args(docs, clean, extra)).exit_code == 1  # broken.pdf
    nth_write = 1 + round(share * (writes[0] - 1))
    assert run(*_batch_args(docs, target, extra)).exit_code == 1
    before = _content(target, fmt)

    killed = subprocess.run([sys.executable, str(ROOT / "tests" / "fault_injection.py"), str(nth_write), "kill",
                             *_batch_args(docs, target, extra)], capture_output=True, timeout=120)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert _content(target, fmt) == before, "an interrupted fresh run must leave the old output as it was"

    result = run(*_batch_args(docs, target, extra), "--resume")
    assert result.exit_code == 1, result.stderr
    assert _content(target, fmt) == _content(clean, fmt)
    assert not [p.name for p in target.parent.iterdir() if p.name.endswith((".partial", ".lock", ".tmp", ".old"))]


@pytest.mark.parametrize("fmt", list(FORMAT_TARGETS))
def test_full_disk_gives_one_line_and_a_resumable_output(docs: Path, tmp_path: Path, fmt: str, monkeypatch):
    import fault_injection

    name, extra = FORMAT_TARGETS[fmt]
    clean, target = tmp_path / "clean" / name, tmp_path / "run" / name
    clean.parent.mkdir(), target.parent.mkdir()
    run(*_batch_args(docs, clean, extra))
    with monkeypatch.context() as patch:
        fault_injection.install(4, "full", patch.setattr)
        result = run(*_batch_args(docs, target, extra))
    assert result.exit_code == 4
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {target}: cannot write (")
    assert "--resume" in lines[0] and "Traceback" not in result.output
    assert run(*_batch_args(docs, target, extra), "--resume").exit_code == 1
    assert _content(target, fmt) == _content(clean, fmt)


def test_a_second_run_on_a_locked_output_stops_or_waits(docs: Path, tmp_path: Path):
    import fcntl
    import threading

    target = tmp_path / "out.db"
    lock = open(tmp_path / ".out.db.lock", "w")
    fcntl.flock(lock, fcntl.LOCK_EX)
    result = run(*_batch_args(docs, target, []))
    assert result.exit_code == 4
    assert result.stderr == f"Error: {target}: another run is writing this output; wait for it, or add --wait\n"
    assert not target.exists()

    threading.Timer(0.5, lock.close).start()  # the other run ends
    assert run(*_batch_args(docs, target, []), "--wait").exit_code == 1
    assert sqlite3.connect(target).execute("SELECT count(*) FROM meetings").fetchone() == (6,)


@pytest.mark.parametrize("fmt", list(FORMAT_TARGETS))
def test_two_concurrent_runs_on_one_output_lose_nothing(docs: Path, tmp_path: Path, fmt: str):
    name, extra = FORMAT_TARGETS[fmt]
    clean, target = tmp_path / "clean" / name, tmp_path / "run" / name
    clean.parent.mkdir(), target.parent.mkdir()
    run(*_batch_args(docs, clean, extra))
    referat = [sys.executable, "-m", "referat_parser.cli"]
    procs = [subprocess.Popen(referat + _batch_args(docs, target, extra) + ["--wait"], stderr=subprocess.PIPE)
             for _ in range(2)]
    codes = [p.wait(timeout=120) for p in procs]
    assert codes == [1, 1], [p.stderr.read().decode()[-2000:] for p in procs if p.stderr]
    assert _content(target, fmt) == _content(clean, fmt)


def test_json_file_names_are_unique_and_stable(tmp_path: Path):
    text = SEEDS[0].read_bytes()
    for year in ("2023", "2024"):
        (tmp_path / year).mkdir()
        (tmp_path / year / "referat.txt").write_bytes(text + year.encode())
    with zipfile.ZipFile(tmp_path / "a.zip", "w") as z:
        z.writestr("sub/x.txt", text + b"1")
        z.writestr("sub__x.txt", text + b"2")
        z.writestr("_x_.txt", text + b"3")
        z.writestr("d/" + "lang " * 60 + ".txt", text + b"4")
    out = tmp_path / "out"
    sources = [str(tmp_path / "2023"), str(tmp_path / "2024"), str(tmp_path / "a.zip")]
    result = run("batch", *sources, "-o", str(out), "--quiet")
    assert result.exit_code == 0, result.stderr
    names = sorted(p.name for p in out.glob("*.json"))
    assert len(names) == 6 and all(len(n.encode()) <= 240 for n in names)
    assert "2023__referat.txt.json" in names and "2024__referat.txt.json" in names
    assert "a.zip!sub__x.txt.json" in names
    assert sum(n.startswith("a.zip!sub__x.txt~") for n in names) == 1  # the ambiguous one has a hash
    run("batch", *sources, "-o", str(out), "--quiet")
    assert sorted(p.name for p in out.glob("*.json")) == names  # stable

    run("batch", sources[0], "-o", str(out), "--quiet", "--resume")
    assert sorted(p.name for p in out.glob("*.json")) == ["2023__referat.txt.json"]  # only this run's documents


def test_errors_are_kept_once_per_document_across_resumes(docs: Path, tmp_path: Path):
    for name, extra in FORMAT_TARGETS.values():
        target = tmp_path / name
        for _ in range(3):
            run(*_batch_args(docs, target, extra), "--resume")
        if name == "out.db":
            errors = sqlite3.connect(target).execute("SELECT path FROM errors").fetchall()
        elif name == "out.jsonl":
            errors = (tmp_path / "out.errors.jsonl").read_text().splitlines()
        else:
            errors = next(target.glob("errors.*")).read_text().splitlines()[name == "tables":]
        assert len(errors) == 1, name


def test_an_output_folder_holding_other_files_is_not_replaced(docs: Path, tmp_path: Path):
    out = tmp_path / "home"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    result = run(*_batch_args(docs, out, []))
    assert result.exit_code == 4 and "holds other files (notes.txt" in result.stderr
    assert (out / "notes.txt").read_text() == "mine"


def test_missing_output_folder_is_one_line(docs: Path, tmp_path: Path):
    result = run(*_batch_args(docs, tmp_path / "nowhere" / "out.db", []))
    assert result.exit_code == 4
    assert result.stderr == f"Error: {tmp_path / 'nowhere' / 'out.db'}: the folder {tmp_path / 'nowhere'} does not exist\n"


def test_identical_content_under_two_names_is_one_document_in_every_format(docs: Path, tmp_path: Path):
    for name, extra in FORMAT_TARGETS.values():
        result = run("batch", str(docs), "-o", str(tmp_path / name), *extra)
        assert "Skipped: " in result.stderr and "zz-copy.txt: the same content as" in result.stderr
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == 6
    assert len(list((tmp_path / "out").glob("*.json"))) == 6
    assert (tmp_path / "tables" / "meetings.csv").read_text().count("\n") == 7


# every odd source is one record ---------------------------------------------------------


def test_odd_sources_are_each_one_record_and_the_run_goes_on(tmp_path: Path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.txt").write_bytes(SEEDS[0].read_bytes())
    os.mkfifo(src / "fifo.txt")
    os.symlink("nowhere.txt", src / "dangling.txt")
    os.symlink("b.txt", src / "a.txt")
    os.symlink("a.txt", src / "b.txt")
    os.symlink(".", src / "loop")
    (src / os.fsdecode(b"navn-\xff.txt")).write_bytes(SEEDS[1].read_bytes())
    archive = src / "odd.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("locked.txt", b"not really encrypted")
        z.writestr("twice.txt", SEEDS[0].read_bytes() + b"1")
        with pytest.warns(UserWarning):
            z.writestr("twice.txt", SEEDS[0].read_bytes() + b"2")
    _mark_encrypted(archive, b"locked.txt")
    bad_name = src / "bad-name.zip"
    with zipfile.ZipFile(bad_name, "w") as z:
        z.writestr("referat-æ.txt", b"Referat")
    bad_name.write_bytes(bad_name.read_bytes().replace("æ".encode(), b"\xff\xfe"))

    out = tmp_path / "out.db"
    result = run("batch", str(src), "-o", str(out), "-j", "2")
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    errors = dict(sqlite3.connect(out).execute("SELECT path, code FROM errors").fetchall())
    assert errors == {
        f"{src}/a.txt": "link-loop", f"{src}/b.txt": "link-loop", f"{src}/dangling.txt": "dangling-link",
        f"{src}/fifo.txt": "not-a-file", f"{src}/loop": "link-loop", f"{src}/bad-name.zip": "corrupt-zip",
        f"{src}/odd.zip!locked.txt": "encrypted", f"{src}/odd.zip!twice.txt#2": "duplicate-member",
    }
    paths = {p for (p,) in sqlite3.connect(out).execute("SELECT path FROM meetings")}
    assert f"{src}/navn-\\xff.txt" in paths  # an undecodable name, shown escaped
    assert len(paths) == 3


def _mark_encrypted(archive: Path, name: bytes) -> None:
    """Set the 'encrypted' flag of a member in its local and central headers (zipfile cannot)."""
    data = bytearray(archive.read_bytes())
    for signature, flag_at, name_at in ((b"PK\x03\x04", 6, 30), (b"PK\x01\x02", 8, 46)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            if data[start + name_at: start + name_at + len(name)] == name:
                data[start + flag_at] |= 0x1
            start += 4
    archive.write_bytes(bytes(data))


def test_a_glob_over_a_link_loop_ends_and_reads_each_file_once(tmp_path: Path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_bytes(SEEDS[0].read_bytes())
    os.symlink("..", tmp_path / "a" / "up")
    os.symlink("../a", tmp_path / "a" / "again")
    result = run("batch", f"{tmp_path}/**/*.txt", "-o", str(tmp_path / "out.jsonl"), "--quiet")
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == 1
    assert result.exit_code == 1  # the loops are recorded


def test_ctrl_c_exits_130_with_a_hint_and_workers_die_with_the_run(tmp_path: Path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for n in range(200):
        (folder / f"doc{n:03d}.txt").write_bytes(SEEDS[n % 2].read_bytes() + f"\n{n}\n".encode())
    referat = [sys.executable, "-m", "referat_parser.cli"]
    proc = subprocess.Popen(referat + ["batch", str(folder), "-o", str(tmp_path / "out.db"), "-j", "2", "-q"],
                            stderr=subprocess.PIPE, text=True)
    building = f"file:{tmp_path / 'out.db'}.partial?mode=ro"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        time.sleep(0.05)
        try:
            if sqlite3.connect(building, uri=True).execute("SELECT count(*) FROM meetings").fetchone()[0]:
                break
        except sqlite3.OperationalError:
            continue
    workers = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=30) == 130
    assert proc.stderr.read().strip().splitlines()[-1] == "Interrupted; run again with --resume to continue."
    assert workers and not any(Path(f"/proc/{pid}").exists() for pid in workers)


def test_workers_die_when_the_main_process_is_killed(tmp_path: Path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "slow.txt").write_text("SLOW")
    code = ("import sys, time; sys.path.insert(0, %r); import test_batch; from referat_parser.cli import cli; "
            "import referat_parser.pipeline as p; p.parse_bytes = test_batch._slow_parse; "
            "cli(['batch', %r, '-o', %r, '-j', '1'])") % (str(ROOT / "tests"), str(folder), str(tmp_path / "out.db"))
    proc = subprocess.Popen([sys.executable, "-c", code])
    deadline = time.monotonic() + 60
    workers: list[str] = []
    while not workers and time.monotonic() < deadline:
        time.sleep(0.1)
        workers = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
    proc.kill()
    proc.wait()
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert workers and not any(Path(f"/proc/{pid}").exists() for pid in workers)


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised_and_danish_style(tmp_path: Path):
    from referat_parser.exporters.base import csv_text

    rows = [["=HYPERLINK(\"x\")", "+1", "-", "@SUM", "\tx", "ok", 3]]
    assert csv_text(rows, OutputOptions()) == '"\'=HYPERLINK(""x"")",\'+1,\'-,\'@SUM,\'\tx,ok,3\n'
    assert csv_text(rows, OutputOptions(csv_formulas=True)).startswith('"=HYPERLINK(""x"")",+1,-,@SUM')
    assert csv_text([["a;b", "c"]], OutputOptions(csv_style="danish")) == '"a;b";c\n'
    out = tmp_path / "tables"
    assert run("batch", str(SEEDS[0]), "-o", str(out), "--format", "csv", "--csv-style", "danish", "-q").exit_code == 0
    head = (out / "meetings.csv").read_bytes()
    assert head.startswith(b"\xef\xbb\xbfdoc_id;path;format") and head.count(b"\xef\xbb\xbf") == 1


def test_the_progress_estimate_counts_pages_not_documents(tmp_path: Path):
    from pdfs import make_pdf

    from referat_parser.batch import progress_weights

    long_pdf = make_pdf([[("Referat", "Helvetica", 0)]] * 300)
    (tmp_path / "a-long.pdf").write_bytes(long_pdf)
    (tmp_path / "b-short.pdf").write_bytes(make_pdf([[("Referat", "Helvetica", 0)]] * 2))
    (tmp_path / "c.txt").write_text("Referat\n1. Punkt\n")
    (tmp_path / "d-broken.pdf").write_bytes(b"%PDF-1.4 not really")
    with zipfile.ZipFile(tmp_path / "e.zip", "w") as archive:
        archive.writestr("inside.pdf", long_pdf)  # a member counts 1: reading it would cost as much as converting it
    found = gather([str(tmp_path)], 10 * 2**20)
    names = [Path(d.name).name if d.member is None else d.member for d in found.documents]
    assert dict(zip(names, progress_weights(found.documents))) == {
        "a-long.pdf": 300, "b-short.pdf": 2, "c.txt": 1, "d-broken.pdf": 1, "inside.pdf": 1}
