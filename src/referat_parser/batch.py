"""Converting documents in isolated workers and writing them in input order (`parse`, `batch`, `show`).

  1. gather      sources.gather: files, folders, glob patterns and .zip archives become an
                 ordered list of documents, and every odd source one record with its reason.
  2. dispatch    the parent hands each document (its path, not its bytes) to a free worker.
  3. parse       a small pool of worker processes, one document at a time each: the worker
                 reads the bytes (bounded by --max-size), hashes them, skips those already in
                 the output when resuming, and parses. A worker has a time limit per document
                 and a memory limit; one that passes either, or dies, is replaced, and the
                 document is recorded as failed. Workers ignore Ctrl-C (the parent stops them)
                 and die with the parent.
  4. write       results are written in input order, whatever the number of workers; the same
                 content under two names is one document.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import signal
import time
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from typing import Callable, Iterator

from .errors import ReferatError
from .exporters.base import ErrorRecord
from .models import Referat
from .readers import ReadOptions
from .sources import Document, Gathered, gather, shown  # noqa: F401  (gather: part of this module's API)

WAIT_SLICE = 0.5  # seconds between timeout checks while workers are busy
MB = 1024 * 1024
DEFAULT_TIMEOUT = 60.0
DEFAULT_MEMORY_MB = 1024
PR_SET_PDEATHSIG = 1  # prctl option (Linux): a signal sent to this process when its parent dies
OCR_SECONDS_PER_PAGE = 10.0  # a document's time limit grows by this for each page it reads by OCR


@dataclass(frozen=True)
class Limits:
    """What one document may cost: seconds of parsing and megabytes of memory (per worker)."""

    timeout: float = DEFAULT_TIMEOUT
    memory_mb: int = DEFAULT_MEMORY_MB


@dataclass(frozen=True)
class Outcome:
    """What became of one document (sent back by a worker; also made by the parent for a
    worker that timed out or died)."""

    index: int
    sha256: str | None = None
    document: Referat | None = None  # the parsed document when it converted
    known: bool = False  # already in the output (resume): not parsed again
    code: str | None = None  # why it failed, when it did
    reason: str | None = None

    @property
    def ok(self) -> bool:
        return self.code is None

    @property
    def pages(self) -> int:
        return (self.document.source.pages or 0) if self.document else 0

    @property
    def ocr_pages(self) -> int:
        return sum(w.code == "page-read-by-ocr" for w in self.document.warnings) if self.document else 0


@dataclass(frozen=True)
class OcrPages:
    """A worker's word, before it reads them, that its document has this many pages for OCR:
    the parent gives it OCR_SECONDS_PER_PAGE more for each."""

    count: int


ParseFn = Callable[[bytes, str, ReadOptions], Referat]


def _default_parse(data: bytes, name: str, options: ReadOptions) -> Referat:
    from .pipeline import parse_bytes

    return parse_bytes(data, name, options)


def convert_one(index: int, doc: Document, parse: ParseFn, options: ReadOptions, known: frozenset[str],
                debug: bool = False) -> Outcome:
    """Read, hash and parse one document; every failure is an Outcome with a code and reason
    (with `debug`, a bug of ours is raised instead, traceback and all)."""
    try:
        data = doc.read(options.max_bytes)
    except ReferatError as exc:
        return Outcome(index, code=exc.code, reason=exc.reason)
    sha = hashlib.sha256(data).hexdigest()
    if sha in known:
        return Outcome(index, sha, known=True)
    try:
        return Outcome(index, sha, document=parse(data, shown(doc.name), options))  # names recorded escaped
    except ReferatError as exc:
        return Outcome(index, sha, code=exc.code, reason=exc.reason)
    except MemoryError:
        return Outcome(index, sha, code="too-much-memory", reason="needs more memory than the limit (--max-memory)")
    except RecursionError:
        return Outcome(index, sha, code="too-deep", reason="nested too deeply to read")
    except Exception as exc:  # a bug of ours: recorded for this document, the run goes on
        if debug:
            raise
        return Outcome(index, sha, code="internal-error", reason=f"internal error ({type(exc).__name__}: {exc})")


def _bind_to_parent(memory_mb: int) -> None:
    """In a worker: die with the parent, leave Ctrl-C to the parent, keep to the memory limit."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: an idle worker still ends when its pipe closes
        pass
    try:
        import resource

        limit = memory_mb * MB
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):
        pass


def _worker(conn, parent: int, parse: ParseFn, options: ReadOptions, known: frozenset[str], memory_mb: int) -> None:
    """A worker: convert one document at a time until told to stop."""
    _bind_to_parent(memory_mb)
    if os.getppid() != parent:  # the parent died before the binding took effect
        return
    os.environ["OMP_THREAD_LIMIT"] = "1"  # one OCR thread per worker: -j is the parallelism
    from .readers import ocr

    ocr.announce_pages_to(lambda count: conn.send(OcrPages(count)))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, doc = task
        conn.send(convert_one(index, doc, parse, options, known))


class _Slot:
    """One worker process and the task it is working on."""

    def __init__(self, ctx, parse: ParseFn, options: ReadOptions, known: frozenset[str], memory_mb: int):
        self.conn, child = ctx.Pipe()
        args = (child, os.getpid(), parse, options, known, memory_mb)
        self.process = ctx.Process(target=_worker, args=args, daemon=True)
        self.process.start()
        child.close()
        self.index: int | None = None
        self.started = 0.0
        self.ocr_pages = 0  # announced by the worker for its document

    def time_limit(self, timeout: float) -> float:
        return timeout + self.ocr_pages * OCR_SECONDS_PER_PAGE

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                pass
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def _died(exitcode: int | None, memory_mb: int) -> str:
    if exitcode is not None and exitcode < 0:
        name = signal.Signals(-exitcode).name if -exitcode in signal.valid_signals() else str(-exitcode)
        return f"the worker process died ({name}); perhaps it needed more than {memory_mb} MB of memory"
    return f"the worker process died (exit code {exitcode})"


def _timed_out(timeout: float, ocr_pages: int) -> str:
    if ocr_pages:
        return (f"timed out after {timeout + ocr_pages * OCR_SECONDS_PER_PAGE:g} s (--timeout {timeout:g} s, "
                f"and {OCR_SECONDS_PER_PAGE:g} s for each of {ocr_pages} pages read by OCR)")
    return f"timed out after {timeout:g} s (--timeout)"


def run_pool(tasks: Iterator[tuple[int, Document]], jobs: int, limits: Limits, options: ReadOptions,
             parse: ParseFn = _default_parse, known: frozenset[str] = frozenset(),
             on_start: Callable[[int], None] | None = None) -> Iterator[Outcome]:
    """Convert tasks in `jobs` worker processes; yield outcomes as they complete (any order)."""
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    from . import pipeline  # noqa: F401  (imported once here, inherited by every forked worker)
    from .readers import docx, pdf, text  # noqa: F401

    def new_slot() -> _Slot:
        return _Slot(ctx, parse, options, known, limits.memory_mb)

    slots = [new_slot() for _ in range(max(1, jobs))]
    exhausted = False
    try:
        while True:
            for n, slot in enumerate(slots):
                if slot.index is None and not exhausted:
                    task = next(tasks, None)
                    if task is None:
                        exhausted = True
                        break
                    slot.index, slot.started, slot.ocr_pages = task[0], time.monotonic(), 0
                    if on_start:
                        on_start(task[0])
                    try:
                        slot.conn.send(task)
                    except OSError:
                        yield Outcome(task[0], code="worker-crashed", reason=_died(slot.process.exitcode, limits.memory_mb))
                        slot.stop(kill=True)
                        slots[n] = new_slot()
            busy = {n: s.index for n, s in enumerate(slots) if s.index is not None}  # slot -> its task
            if not busy:
                return
            for conn in wait([slots[n].conn for n in busy], timeout=WAIT_SLICE):
                n = next(k for k in busy if slots[k].conn is conn)
                slot = slots[n]
                try:
                    outcome = slot.conn.recv()
                    if isinstance(outcome, OcrPages):
                        slot.ocr_pages += outcome.count
                        continue
                    slot.index = None
                    yield outcome
                except (EOFError, OSError):
                    slot.process.join(timeout=1)
                    yield Outcome(busy[n], code="worker-crashed", reason=_died(slot.process.exitcode, limits.memory_mb))
                    slot.stop(kill=True)
                    slots[n] = new_slot()
            now = time.monotonic()
            for n, slot in enumerate(slots):
                if slot.index is not None and now - slot.started > slot.time_limit(limits.timeout):
                    yield Outcome(slot.index, code="timeout", reason=_timed_out(limits.timeout, slot.ocr_pages))
                    slot.stop(kill=True)
                    slots[n] = new_slot()
    finally:
        for slot in slots:
            slot.stop(kill=slot.index is not None)


# the progress estimate ------------------------------------------------------------------

PDF_MAGIC = b"%PDF-"


def estimated_pages(doc: Document) -> int:
    """The pages a document is expected to hold, for the progress estimate: a PDF file's page
    count (read from its page tree, no text extracted), else 1 (other formats, zip members,
    stdin, a PDF that will not open)."""
    if doc.path is None or doc.member is not None:
        return 1
    try:
        with open(doc.path, "rb") as f:
            if f.read(len(PDF_MAGIC)) != PDF_MAGIC:
                return 1
        import pypdfium2

        pdf = pypdfium2.PdfDocument(str(doc.path))
        try:
            return max(1, len(pdf))
        finally:
            pdf.close()
    except Exception:  # noqa: BLE001  (an estimate only: the reader reports the real fault)
        return 1


def progress_weights(documents: list[Document]) -> list[int]:
    """Each document's share of the progress bar, in pages: one 300-page PDF moves the bar
    (and the time estimate) as much as 300 one-page files, not as much as one."""
    return [estimated_pages(doc) for doc in documents]


# writing, in input order ---------------------------------------------------------------


@dataclass
class Summary:
    total: int = 0
    converted: int = 0
    pages: int = 0
    ocr_pages: int = 0  # of those, read by OCR
    resumed: int = 0  # already in the output
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # (shown name, code, reason)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (shown name, reason)
    seconds: float = 0.0


def _record(summary: Summary, output, name: str, sha: str | None, code: str, reason: str) -> None:
    """A failure, in the output's error records and the summary (`name` shown escaped)."""
    output.add_error(ErrorRecord(name, sha, code, reason))
    summary.failures.append((name, code, reason))


def convert(found: Gathered, output, jobs: int, limits: Limits, options: ReadOptions, resume: bool = False,
            parse: ParseFn = _default_parse, on_result: Callable[[Summary, Outcome | None], None] | None = None,
            on_start: Callable[[Document], None] | None = None, debug: bool = False) -> Summary:
    """Convert every gathered document into `output` (an exporters.outputs.Output), in input
    order; failures are recorded, the same content twice is written once."""
    documents = found.documents
    summary = Summary(total=len(documents) + len(found.refused),
                      skipped=[(shown(n), r) for n, r in found.skipped])
    started = time.monotonic()
    for refused in found.refused:
        _record(summary, output, refused.shown, None, refused.code, refused.reason)
    known = frozenset(output.known()) if resume else frozenset()
    written: dict[str | None, str] = {}  # sha256 -> shown name of the document written (or kept) with it
    pending: dict[int, Outcome] = {}
    next_index = 0

    def write(outcome: Outcome) -> None:
        doc = documents[outcome.index]
        sha = outcome.sha256 or ""
        if outcome.ok and sha in written:
            summary.skipped.append((doc.shown, f"the same content as {written[sha]}"))
            output.resolve(doc.shown)
        elif outcome.known:
            written[sha] = doc.shown
            output.keep(sha)
            output.resolve(doc.shown)
            summary.resumed += 1
        elif outcome.ok:
            written[sha] = doc.shown
            output.add(outcome.document, shown(doc.output_key))
            output.resolve(doc.shown)
            summary.converted += 1
            summary.pages += outcome.pages
            summary.ocr_pages += outcome.ocr_pages
        else:
            _record(summary, output, doc.shown, outcome.sha256, outcome.code or "error", outcome.reason or "")

    def flush() -> None:
        nonlocal next_index
        while next_index in pending:
            outcome = pending.pop(next_index)
            next_index += 1
            write(outcome)
            summary.seconds = time.monotonic() - started
            if on_result:
                on_result(summary, outcome)

    start = (lambda index: on_start(documents[index])) if on_start else None
    outcomes: Iterator[Outcome]
    if debug:  # in this process, so that a bug shows its traceback
        outcomes = (convert_one(n, doc, parse, options, known, debug=True) for n, doc in enumerate(documents))
    else:
        outcomes = run_pool(enumerate(documents), jobs, limits, options, parse, known, start)
    for outcome in outcomes:
        pending[outcome.index] = outcome
        flush()
    flush()
    summary.seconds = time.monotonic() - started
    return summary


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def parse_limited(name: str, options: ReadOptions, limits: Limits, debug: bool = False) -> Referat:
    """One document (a path, or "-" for stdin) parsed in a worker within the limits;
    ReferatError (with the name shown escaped) when it cannot be."""
    from pathlib import Path

    from .sources import read_stdin

    if name == "-":
        try:
            doc = Document(name="-", data=read_stdin(options.max_bytes))
        except ReferatError as exc:
            raise exc.with_path("<stdin>") from None
    else:
        doc = Document(name=name, path=Path(name))
    if debug:
        outcome = convert_one(0, doc, _default_parse, options, frozenset(), debug=True)
    else:
        outcome = next(run_pool(iter([(0, doc)]), 1, limits, options))
    if outcome.document is None:
        raise ReferatError(outcome.reason or "", outcome.code or "error", doc.shown)
    return outcome.document
