"""Opening an output for `parse` or `batch`: the format from FORMATS, its writer, inside a
transaction (transaction.py); any fault while writing becomes one `OutputFault`."""

from __future__ import annotations

import os
from pathlib import Path

from ..models import Referat
from . import FORMATS, Format
from .base import ErrorRecord, OutputFault, OutputOptions, Writer, is_special
from .transaction import Transaction

STDOUT = "-"


class OutputUsageError(ValueError):
    """The output options do not fit together (a usage error, exit 2)."""


def choose_format(options: OutputOptions, stream_default: str) -> tuple[Format, bool]:
    """The format and whether it writes a folder, from --format and -o.

    -o - is stdout (`stream_default` unless --format says otherwise); a name ending in a
    format's suffix chooses that format; anything else (an existing folder, a name
    ending in '/' or without a known suffix) is a folder, of JSON files unless --format
    says otherwise."""
    target, name = options.target, options.fmt
    if name is not None and name not in FORMATS:
        raise OutputUsageError(f"unknown format {name!r}; choose from {', '.join(FORMATS)}")
    if target == STDOUT or is_special(target):  # stdout, /dev/null, a named pipe
        fmt = FORMATS[name or stream_default]
        if not fmt.stdout:
            raise OutputUsageError(f"{fmt.name} output needs a file name, e.g. -o minutes.db")
        return fmt, False
    by_suffix = next((f for f in FORMATS.values() if target.lower().endswith(f.suffixes)), None)
    folder_like = target.endswith(("/", os.sep)) or os.path.isdir(target) or by_suffix is None
    fmt = FORMATS[name] if name else (by_suffix or FORMATS["json"])
    if folder_like and fmt.folder_writer:
        return fmt, True
    return fmt, False


class Output:
    """A writer inside its transaction; faults of the file system become OutputFault."""

    def __init__(self, options: OutputOptions, stream_default: str, resume: bool, several: bool,
                 need_resumable: bool = False):
        fmt, folder = choose_format(options, stream_default)
        cls = fmt.writer_class(folder)
        self.shown = "<stdout>" if options.target == STDOUT else options.target
        self.resumable = cls.resumable and options.target != STDOUT
        if need_resumable and not cls.resumable:
            hint = ("-o DIR (one JSON per document) or -o FILE.jsonl" if fmt.name == "json"
                    else "-o DIR --format csv")
            raise OutputUsageError(f"-o {options.target}: a batch writes many documents; use {hint}")
        if resume and not cls.resumable:
            raise OutputUsageError(f"--resume cannot continue {fmt.name} output to {self.shown}; use -o FILE.jsonl or a folder")
        self.transaction: Transaction | None = None
        self.added = 0
        with self._faults():
            if options.target == STDOUT:
                self.writer: Writer = cls(None, options, resume, several)
                return
            if is_special(options.target):  # /dev/null or a named pipe: written to, never locked or replaced
                self.writer = cls(Path(options.target), options, False, several)
                return
            target = Path(options.target.rstrip("/" + os.sep) or options.target)
            companions = tuple(cls.companions(target)) if hasattr(cls, "companions") else ()
            self.transaction = Transaction(target, folder, resume, options.wait, getattr(cls, "owns", None), companions)
            try:
                self.writer = cls(self.transaction.work, options, resume and self.transaction.work.exists(), several)
            except BaseException:
                self.transaction.release()
                raise

    def _faults(self):
        return _FaultGuard(self.shown)

    def known(self) -> set[str]:
        return self.writer.known()

    def keep(self, sha256: str) -> None:
        self.writer.keep(sha256)

    def add(self, doc: Referat, key: str) -> None:
        with self._faults():
            self.writer.add(doc, key)
        self.added += 1

    def add_error(self, record: ErrorRecord) -> None:
        with self._faults():
            self.writer.add_error(record)

    def resolve(self, path: str) -> None:
        with self._faults():
            self.writer.resolve(path)

    def finish(self) -> None:
        """The run is complete: close, and put the output in place (a JSON or CSV file that
        would hold no document leaves the old file as it was)."""
        if not self.added and not self.resumable and self.transaction:
            self.abort()
            return
        try:
            with self._faults():
                self.writer.close(complete=True)
                if self.transaction:
                    self.transaction.commit()
        finally:
            if self.transaction:
                self.transaction.release()

    def abort(self) -> None:
        """The run stopped early: keep what is written, for --resume."""
        try:
            self.writer.close(complete=False)
            if self.transaction and not self.resumable:  # nothing could continue it
                self.transaction.discard()
        except Exception:  # the fault that stopped the run may stop this too; what is written stays
            pass
        finally:
            if self.transaction:
                self.transaction.release()


class _FaultGuard:
    def __init__(self, shown: str):
        self.shown = shown

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc is None or isinstance(exc, OutputFault):
            return False
        if isinstance(exc, OSError):
            raise OutputFault(f"cannot write ({exc.strerror or exc})", while_writing=True) from exc
        if type(exc).__module__ == "sqlite3":
            raise OutputFault(f"cannot write ({exc})", while_writing=True) from exc
        return False
