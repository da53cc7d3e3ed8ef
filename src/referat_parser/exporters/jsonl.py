"""JSONL: one JSON document per line, on stdout or in a file, with <name>.errors.jsonl beside it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..models import Referat
from .base import ErrorLog, ErrorRecord, OutputOptions, Writer, append, is_special, open_text, write_atomic
from .json_docs import document_json


class JsonlWriter(Writer):
    """Each document is one line, written and flushed whole; a line cut off by an
    interrupted run is dropped when the run is resumed."""

    def __init__(self, path: Path | None, options: OutputOptions, resume: bool, several: bool = True):
        self._known: set[str] = set()
        self.errors: ErrorLog | None = None
        if path is None or is_special(path):  # stdout, /dev/null, a pipe: documents only
            self.handle = open_text(path)
            return
        if resume and path.exists():
            self._known = _repair(path)
        self.handle = open(path, "a" if resume else "w", encoding="utf-8")
        self.errors = ErrorLog(errors_path(path), "jsonl", options, resume)

    @staticmethod
    def companions(path: Path) -> list[Path]:
        return [errors_path(path)]

    def known(self) -> set[str]:
        return self._known

    def add(self, doc: Referat, key: str = "") -> None:
        append(self.handle, document_json(doc, compact=True) + "\n")

    def add_error(self, record: ErrorRecord) -> None:
        if self.errors:
            self.errors.add(record)

    def resolve(self, path: str) -> None:
        if self.errors:
            self.errors.resolve(path)

    def close(self, complete: bool) -> None:
        if self.errors:
            self.errors.close(complete)
        if self.handle is sys.stdout:
            self.handle.flush()
        else:
            self.handle.close()


def errors_path(path: Path) -> Path:
    """out.jsonl -> out.errors.jsonl; works on the staging name too (out.jsonl.partial)."""
    name = path.name.removesuffix(".partial")
    return path.with_name(name.removesuffix(".jsonl") + ".errors.jsonl" + path.name[len(name):])


def _repair(path: Path) -> set[str]:
    """sha256 of every complete line; torn or repeated lines are removed from the file."""
    known: set[str] = set()
    good: list[str] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            try:
                sha = json.loads(line)["source"]["sha256"]
            except (ValueError, KeyError, TypeError):
                continue
            if line.endswith("\n") and sha not in known:
                known.add(sha)
                good.append(line)
    write_atomic(path, "".join(good))
    return known
