"""What every output format shares: the writer interface, output options, error records.

A writer receives documents (`Referat` models) and error records and writes them to one
place: a file, a folder or stdout. It knows which documents it already holds (for
--resume). Locking and building beside the old output are not its business
(`transaction.py` does that for every format alike).
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Iterable

from ..models import Referat

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class OutputOptions:
    """How and where documents are written (the same options for `parse` and `batch`)."""

    target: str = "-"  # a file, a folder, or "-" for stdout
    fmt: str | None = None  # a name in FORMATS; None: from the target
    compact: bool = False  # JSON without indentation
    csv_style: str = "plain"
    csv_formulas: bool = False  # True: CSV cells as they are, also those a spreadsheet runs as formulas
    wait: bool = False  # wait for another run on the same output instead of stopping


@dataclass(frozen=True)
class ErrorRecord:
    """A document (or source) that was not converted; keyed by its name."""

    path: str
    sha256: str | None
    code: str
    reason: str

    def as_dict(self) -> dict:
        return asdict(self)


class OutputFault(Exception):
    """The output cannot be written (disk full, read-only, gone, locked): the run stops.
    `while_writing`: what was written so far is whole, and --resume can continue it."""

    def __init__(self, reason: str, while_writing: bool = False):
        super().__init__(reason)
        self.while_writing = while_writing


class Writer:
    """The interface of every output format; the defaults suit formats without error records."""

    resumable = True  # can a later run continue this output (--resume)?

    def known(self) -> set[str]:
        """sha256 of every document already complete in the output."""
        return set()

    def add(self, doc: Referat, key: str) -> None:
        """Write one document; `key` is its short unique name in the run (for file names)."""
        raise NotImplementedError

    def keep(self, sha256: str) -> None:
        """A document already in the output belongs to this run too (resume)."""

    def add_error(self, record: ErrorRecord) -> None:
        """Record a failure; a later record for the same path replaces it."""

    def resolve(self, path: str) -> None:
        """The document at `path` converted after all: drop its error record."""

    def close(self, complete: bool) -> None:
        """Finish writing; `complete` is False when the run stopped early (resumable)."""


def is_special(path: str | Path) -> bool:
    """A device or FIFO (/dev/null, a named pipe): written to as it is, never replaced."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def open_text(path: Path | None, encoding: str = "utf-8") -> IO[str]:
    """stdout for None, else the file opened for writing (a new file, or a device as it is)."""
    if path is None:
        return sys.stdout
    return open(path, "w", encoding=encoding, newline="")


def append(handle: IO[str], text: str) -> None:
    """Every write of a file output goes through here: one write, flushed, so that an
    interrupted run leaves at most one torn record at the end (repaired by --resume)."""
    handle.write(text)
    handle.flush()


def write_atomic(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write a whole file under a temporary name and rename it into place."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "w", encoding=encoding, newline="") as handle:
            append(handle, text)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def neutralise_formula(value):
    """A cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP advice)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_text(rows: Iterable[Iterable], options: OutputOptions) -> str:
    """CSV rows as one string, in the chosen style, formulas neutralised unless asked not to."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if options.csv_style == "danish" else ",", lineterminator="\n")
    for row in rows:
        writer.writerow(row if options.csv_formulas else [neutralise_formula(v) for v in row])
    return out.getvalue()


def csv_encoding(options: OutputOptions, fresh: bool) -> str:
    return "utf-8-sig" if options.csv_style == "danish" and fresh else "utf-8"


def read_csv(path: Path, options: OutputOptions) -> tuple[list[list[str]], bool]:
    """The complete records of a CSV file, and whether a torn last record was dropped."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        text = handle.read()
    end = _complete_end(text)
    rows = list(csv.reader(io.StringIO(text[:end]), delimiter=";" if options.csv_style == "danish" else ","))
    return rows, end < len(text)


def _complete_end(text: str) -> int:
    """Where the complete records end: just after the last newline outside quotes."""
    inside, end, pos = False, 0, 0
    while (newline := text.find("\n", pos)) >= 0:
        inside ^= text.count('"', pos, newline) % 2 == 1
        if not inside:
            end = newline + 1
        pos = newline + 1
    return end


class ErrorLog:
    """The error records of a file output (errors.jsonl or errors.csv), one per document.

    Records are appended as they come (nothing lost if the run is killed); the file is
    rewritten without repeats and without torn lines when opened for --resume and when
    the run ends.
    """

    COLUMNS = ("path", "sha256", "code", "reason")

    def __init__(self, path: Path, kind: str, options: OutputOptions, resume: bool):
        self.path, self.kind, self.options = path, kind, options
        self.records: dict[str, ErrorRecord] = self._load() if resume and path.exists() else {}
        self.handle: IO[str] | None = None
        self._rewrite()

    def _load(self) -> dict[str, ErrorRecord]:
        records: dict[str, ErrorRecord] = {}
        if self.kind == "jsonl":
            for line in self.path.read_text(encoding="utf-8").splitlines():
                try:
                    record = ErrorRecord(**json.loads(line))
                except (ValueError, TypeError):
                    continue  # a torn last line
                records[record.path] = record
            return records
        rows, _ = read_csv(self.path, self.options)
        for row in rows[1:]:
            if len(row) == len(self.COLUMNS):
                records[row[0]] = ErrorRecord(row[0], row[1] or None, row[2], row[3])
        return records

    def _line(self, record: ErrorRecord) -> str:
        if self.kind == "jsonl":
            return json.dumps(record.as_dict(), ensure_ascii=False) + "\n"
        return csv_text([[record.path, record.sha256 or "", record.code, record.reason]], self.options)

    def _rewrite(self) -> None:
        if self.handle:
            self.handle.close()
        head = csv_text([self.COLUMNS], self.options) if self.kind == "csv" else ""
        text = head + "".join(self._line(r) for r in self.records.values())
        write_atomic(self.path, text, csv_encoding(self.options, fresh=True) if self.kind == "csv" else "utf-8")
        self.handle = open(self.path, "a", encoding="utf-8", newline="")
        self.dirty = False

    def add(self, record: ErrorRecord) -> None:
        self.dirty |= record.path in self.records
        self.records[record.path] = record
        if self.handle is None:
            raise ValueError("the error file is not open")
        append(self.handle, self._line(record))

    def resolve(self, path: str) -> None:
        if self.records.pop(path, None):
            self.dirty = True

    def close(self, complete: bool) -> None:
        if self.dirty:
            self._rewrite()
        if self.handle:
            self.handle.close()
            self.handle = None
