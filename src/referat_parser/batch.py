"""Batch conversion of whole archives: gather, parse in isolated workers, write in order.

  1. gather      files, folders (recursive), glob patterns and .zip archives become an ordered
                 list of documents; unsafe zip members and zip bombs are refused with a reason;
                 files that are not documents are skipped and counted.
  2. dispatch    the parent hands each document (its path, not its bytes) to a free worker.
  3. parse       a small pool of worker processes, one document at a time each: the worker
                 reads the bytes (so only the documents in flight are in memory), hashes them,
                 skips those already in the output when resuming, and parses. A worker that
                 exceeds the per-document timeout is killed and replaced, one that dies is
                 replaced; either way the document is recorded as failed and the run goes on.
  4. write       results are written in input order, whatever the number of workers.
"""

from __future__ import annotations

import glob
import hashlib
import multiprocessing
import os
import time
import zipfile
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from pathlib import Path, PurePosixPath
from typing import Callable, Iterator, Protocol

from .errors import ReferatError
from .readers import DOCUMENT_SUFFIXES, ReadOptions

ZIP_BOMB_RATIO = 100  # a member expanding more than this …
ZIP_BOMB_MIN_BYTES = 10 * 1024 * 1024  # … and to more than this is refused
WAIT_SLICE = 0.5  # seconds between timeout checks while workers are busy
GLOB_CHARS = set("*?[")


# 1. gather -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Document:
    """One document to convert: a file, or a member of a zip archive."""

    name: str  # as shown and recorded: "folder/a.pdf", "archive.zip!minutes/a.pdf"
    path: Path  # the file, or the archive holding the member
    member: str | None = None
    key: str = ""  # short and unique within the run: relative to its source ("a.pdf", "archive.zip!x/a.pdf")


@dataclass(frozen=True)
class Refused:
    name: str
    code: str
    reason: str


@dataclass
class Gathered:
    documents: list[Document] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # not documents (images, spreadsheets, …)
    missing: list[str] = field(default_factory=list)  # sources that name nothing


def _is_document(name: str) -> bool:
    return PurePosixPath(name).suffix.lower() in DOCUMENT_SUFFIXES


def _unsafe_member(name: str) -> bool:
    path = PurePosixPath(name.replace("\\", "/"))
    return path.is_absolute() or ".." in path.parts or (len(name) > 1 and name[1] == ":")


def _zip_members(archive: Path, max_bytes: int, found: Gathered, prefix: str = "") -> None:
    try:
        with zipfile.ZipFile(archive) as zf:
            infos = sorted((i for i in zf.infolist() if not i.is_dir()), key=lambda i: i.filename)
    except (zipfile.BadZipFile, OSError) as exc:
        found.refused.append(Refused(str(archive), "corrupt-zip", f"not a readable zip archive ({exc})"))
        return
    for info in infos:
        name = f"{archive}!{info.filename}"
        if _unsafe_member(info.filename):
            found.refused.append(Refused(name, "unsafe-member", "member name escapes the archive (absolute or '..')"))
        elif not _is_document(info.filename):
            found.skipped.append(name)
        elif info.file_size > max_bytes:
            found.refused.append(Refused(name, "too-large", f"larger than the size limit ({info.file_size // 2**20} MB)"))
        elif info.file_size > ZIP_BOMB_MIN_BYTES and info.file_size > ZIP_BOMB_RATIO * max(info.compress_size, 1):
            found.refused.append(Refused(name, "zip-bomb", f"would unpack to {info.file_size // 2**20} MB from {info.compress_size} bytes"))
        else:
            key = f"{prefix}{archive.name}!{info.filename}"
            found.documents.append(Document(name=name, path=archive, member=info.filename, key=key))


def _add_path(path: Path, max_bytes: int, found: Gathered, root: Path | None = None) -> None:
    relative = path.relative_to(root).as_posix() if root else path.name
    if path.suffix.lower() == ".zip":
        _zip_members(path, max_bytes, found, prefix=relative[: -len(path.name)])
    elif _is_document(path.name):
        found.documents.append(Document(name=str(path), path=path, key=relative))
    else:
        found.skipped.append(str(path))


def gather(sources: list[str], max_bytes: int) -> Gathered:
    """Every document named by `sources`, in a stable order (each source's files sorted)."""
    found = Gathered()
    for source in sources:
        path = Path(source)
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                _add_path(file, max_bytes, found, root=path)
        elif path.is_file():
            _add_path(path, max_bytes, found)
        elif GLOB_CHARS & set(source):
            matches = sorted(Path(m) for m in glob.glob(source, recursive=True))
            for match in matches:
                if match.is_dir():
                    for file in sorted(p for p in match.rglob("*") if p.is_file()):
                        _add_path(file, max_bytes, found, root=match)
                else:
                    _add_path(match, max_bytes, found)
            if not matches:
                found.missing.append(source)
        else:
            found.missing.append(source)
    seen: set[str] = set()
    unique = []
    for doc in found.documents:
        if doc.name not in seen:
            seen.add(doc.name)
            unique.append(doc)
    found.documents = unique
    return found


def read_document(doc: Document) -> bytes:
    if doc.member is None:
        return doc.path.read_bytes()
    with zipfile.ZipFile(doc.path) as zf:
        return zf.read(doc.member)


# 3. parse in workers -------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    index: int
    name: str
    sha256: str | None
    ok: bool
    json: str | None = None  # the Referat as JSON when ok
    pages: int = 0
    code: str | None = None
    reason: str | None = None


ParseFn = Callable[[bytes, str, ReadOptions], object]


def _default_parse(data: bytes, name: str, options: ReadOptions):
    from .pipeline import parse_bytes

    return parse_bytes(data, name, options)


def _worker(conn, parse: ParseFn, options: ReadOptions, known: frozenset[str]) -> None:
    """A worker: convert one document at a time until told to stop."""
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, doc = task
        conn.send((index, *convert_one(doc, parse, options, known)))


Outcome = tuple[str | None, bool, str | None, int, str | None, str | None]  # sha256, ok, json, pages, code, reason


def convert_one(doc: Document, parse: ParseFn, options: ReadOptions, known: frozenset[str]) -> Outcome:
    """Read, hash and parse one document. ok with json None: already in the output (resume)."""
    try:
        data = read_document(doc)
    except (OSError, zipfile.BadZipFile, KeyError) as exc:
        return None, False, None, 0, "unreadable", f"cannot read: {exc}"
    if len(data) > options.max_bytes:
        return None, False, None, 0, "too-large", f"larger than the size limit ({len(data) // 2**20} MB)"
    sha = sha256_of(data)
    if sha in known:
        return sha, True, None, 0, None, None
    try:
        parsed = parse(data, doc.name, options)
        return sha, True, parsed.model_dump_json(), parsed.source.pages or 0, None, None
    except ReferatError as exc:
        return sha, False, None, 0, exc.code, exc.reason
    except Exception as exc:  # a bug of ours: recorded for this document, the run goes on
        return sha, False, None, 0, "internal-error", f"{type(exc).__name__}: {exc}"


class _Slot:
    """One worker process and the task it is working on."""

    def __init__(self, ctx, parse: ParseFn, options: ReadOptions, known: frozenset[str]):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker, args=(child, parse, options, known), daemon=True)
        self.process.start()
        child.close()
        self.task: tuple[int, str] | None = None  # (index, name)
        self.started = 0.0

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except (OSError, BrokenPipeError):
                pass
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


Task = tuple[int, Document]


def run_pool(tasks: Iterator[Task], jobs: int, timeout: float, options: ReadOptions,
             parse: ParseFn = _default_parse, known: frozenset[str] = frozenset()) -> Iterator[Result]:
    """Convert tasks in `jobs` worker processes; yield results as they complete (any order)."""
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    from . import pipeline  # noqa: F401  (imported once here, inherited by every forked worker)
    from .readers import docx, pdf, text  # noqa: F401

    def new_slot() -> _Slot:
        return _Slot(ctx, parse, options, known)

    slots = [new_slot() for _ in range(max(1, jobs))]
    exhausted = False
    try:
        while True:
            for n, slot in enumerate(slots):
                if slot.task is None and not exhausted:
                    task = next(tasks, None)
                    if task is None:
                        exhausted = True
                        break
                    index, doc = task
                    slot.task, slot.started = (index, doc.name), time.monotonic()
                    try:
                        slot.conn.send(task)
                    except (OSError, BrokenPipeError):
                        yield Result(index, doc.name, None, False, code="worker-crashed", reason="the worker process died")
                        slot.stop(kill=True)
                        slots[n] = new_slot()
            busy = [s for s in slots if s.task is not None]
            if not busy:
                return
            for conn in wait([s.conn for s in busy], timeout=WAIT_SLICE):
                n = next(k for k, s in enumerate(slots) if s.conn is conn)
                slot = slots[n]
                index, name = slot.task
                try:
                    _, sha, ok, doc_json, pages, code, reason = slot.conn.recv()
                    yield Result(index, name, sha, ok, doc_json, pages, code, reason)
                    slot.task = None
                except (EOFError, OSError):
                    code = slot.process.exitcode
                    yield Result(index, name, None, False, code="worker-crashed", reason=f"the worker process died (exit code {code})")
                    slot.stop(kill=True)
                    slots[n] = new_slot()
            now = time.monotonic()
            for n, slot in enumerate(slots):
                if slot.task is not None and now - slot.started > timeout:
                    index, name = slot.task
                    yield Result(index, name, None, False, code="timeout", reason=f"timed out after {timeout:g} s")
                    slot.stop(kill=True)
                    slots[n] = new_slot()
    finally:
        for slot in slots:
            slot.stop(kill=slot.task is not None)


# 4. outputs ----------------------------------------------------------------------------


class Output(Protocol):
    def known(self) -> set[str]: ...
    def add(self, result: Result, key: str) -> None: ...
    def add_error(self, name: str, sha256: str | None, code: str, reason: str) -> None: ...
    def close(self) -> None: ...


@dataclass
class Summary:
    total: int = 0
    converted: int = 0
    pages: int = 0
    resumed: int = 0  # already in the output
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # (name, code, reason)
    skipped: int = 0
    seconds: float = 0.0


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def convert(found: Gathered, output: Output, jobs: int, timeout: float, options: ReadOptions,
            resume: bool = False, parse: ParseFn = _default_parse,
            on_result: Callable[[Summary, Result | None], None] | None = None) -> Summary:
    """Convert every gathered document into `output`, in input order; failures recorded."""
    summary = Summary(total=len(found.documents) + len(found.refused), skipped=len(found.skipped))
    started = time.monotonic()
    for refused in found.refused:
        output.add_error(refused.name, None, refused.code, refused.reason)
        summary.failures.append((refused.name, refused.code, refused.reason))
    known = frozenset(output.known()) if resume else frozenset()
    pending: dict[int, Result] = {}
    next_index = 0

    def flush() -> None:
        nonlocal next_index
        while next_index in pending:
            result = pending.pop(next_index)
            next_index += 1
            if result.ok and result.json is None:
                summary.resumed += 1
            elif result.ok:
                output.add(result, found.documents[result.index].key or result.name)
                summary.converted += 1
                summary.pages += result.pages
            else:
                output.add_error(result.name, result.sha256, result.code or "error", result.reason or "")
                summary.failures.append((result.name, result.code or "error", result.reason or ""))
            summary.seconds = time.monotonic() - started
            if on_result:
                on_result(summary, result)

    for result in run_pool(enumerate(found.documents), jobs, timeout, options, parse, known):
        pending[result.index] = result
        flush()
    flush()
    summary.seconds = time.monotonic() - started
    return summary


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))
