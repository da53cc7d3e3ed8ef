"""Where `referat batch` writes: a JSONL file (or stdout), a folder of JSON files, CSV
tables in a folder, or an SQLite database. Each keeps failed documents too (errors.jsonl,
errors.csv or the errors table) and knows which documents it holds, for --resume."""

from __future__ import annotations

import csv
import json
import os
import sys
from pathlib import Path
from typing import TextIO

from ..batch import Result
from ..models import Referat

FORMATS = ("json", "jsonl", "csv", "sqlite")
SQLITE_SUFFIXES = (".db", ".sqlite", ".sqlite3")


def infer_format(output: str) -> str:
    """The output kind from -o: '-' or *.jsonl → jsonl, *.db/*.sqlite → sqlite, else a folder of JSON."""
    if output == "-" or output.endswith(".jsonl"):
        return "jsonl"
    if output.endswith(SQLITE_SUFFIXES):
        return "sqlite"
    return "json"


def _error_record(name: str, sha256: str | None, code: str, reason: str) -> str:
    return json.dumps({"path": name, "sha256": sha256, "code": code, "reason": reason}, ensure_ascii=False)


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


class JsonlOutput:
    """One JSON document per line, flushed per document so an interrupted run keeps what it did."""

    def __init__(self, target: str, resume: bool):
        self.stdout = target == "-"
        self.path = None if self.stdout else Path(target)
        self.errors_path = None if self.stdout else self.path.with_name(self.path.stem + ".errors.jsonl")
        self._known: set[str] = set()
        if self.stdout:
            self.out: TextIO = sys.stdout
            self.errors = None
            return
        if resume and self.path.exists():
            self._known = self._read_known()
        mode = "a" if resume else "w"
        self.out = open(self.path, mode, encoding="utf-8")
        self.errors = open(self.errors_path, mode, encoding="utf-8")

    def _read_known(self) -> set[str]:
        """sha256 of every complete line; a line cut off by an interruption is dropped."""
        known, good = set(), []
        with open(self.path, encoding="utf-8") as handle:
            for line in handle:
                try:
                    known.add(json.loads(line)["source"]["sha256"])
                    good.append(line if line.endswith("\n") else line + "\n")
                except (ValueError, KeyError, TypeError):
                    continue
        _write_atomic(self.path, "".join(good))
        return known

    def known(self) -> set[str]:
        return self._known

    def add(self, result: Result, key: str) -> None:
        self.out.write(result.json + "\n")
        self.out.flush()

    def add_error(self, name: str, sha256: str | None, code: str, reason: str) -> None:
        if self.errors:
            self.errors.write(_error_record(name, sha256, code, reason) + "\n")
            self.errors.flush()

    def close(self) -> None:
        if not self.stdout:
            self.out.close()
            self.errors.close()
        else:
            self.out.flush()


class FolderOutput:
    """<folder>/<document name>.json per document, each written to a temp file and renamed."""

    def __init__(self, target: str, resume: bool):
        self.folder = Path(target)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._known = {self._sha(p) for p in self.folder.glob("*.json")} - {None} if resume else set()
        self.errors = open(self.folder / "errors.jsonl", "a" if resume else "w", encoding="utf-8")

    @staticmethod
    def _sha(path: Path) -> str | None:
        try:
            return json.loads(path.read_text(encoding="utf-8"))["source"]["sha256"]
        except (OSError, ValueError, KeyError, TypeError):
            return None

    @staticmethod
    def file_name(name: str) -> str:
        """A flat, unique file name from a document's path: 'a/b.pdf' → 'a__b.pdf.json'."""
        flat = name.replace("\\", "/").lstrip("/").replace("!", "/")
        flat = "__".join(part for part in flat.split("/") if part not in ("", ".", ".."))
        return f"{flat}.json"

    def known(self) -> set[str]:
        return self._known

    def add(self, result: Result, key: str) -> None:
        doc = json.loads(result.json)
        _write_atomic(self.folder / self.file_name(key), json.dumps(doc, indent=2, ensure_ascii=False) + "\n")

    def add_error(self, name: str, sha256: str | None, code: str, reason: str) -> None:
        self.errors.write(_error_record(name, sha256, code, reason) + "\n")
        self.errors.flush()

    def close(self) -> None:
        self.errors.close()


class CsvOutput:
    """The linked CSV tables in a folder, plus errors.csv."""

    def __init__(self, target: str, resume: bool):
        from .csv import TableWriter, known_doc_ids

        self.folder = Path(target)
        self._known = known_doc_ids(self.folder) if resume else set()
        self.tables = TableWriter(self.folder, append=resume)
        errors = self.folder / "errors.csv"
        fresh = not (resume and errors.exists())
        self.errors_file = open(errors, "w" if fresh else "a", encoding="utf-8", newline="")
        self.errors = csv.writer(self.errors_file, lineterminator="\n")
        if fresh:
            self.errors.writerow(["path", "sha256", "code", "reason"])

    def known(self) -> set[str]:
        return self._known

    def add(self, result: Result, key: str) -> None:
        self.tables.add(Referat.model_validate_json(result.json))

    def add_error(self, name: str, sha256: str | None, code: str, reason: str) -> None:
        self.errors.writerow([name, sha256 or "", code, reason])
        self.errors_file.flush()

    def close(self) -> None:
        self.tables.close()
        self.errors_file.close()


class SqliteOutput:
    def __init__(self, target: str, resume: bool):
        from .sqlite import SqliteWriter

        self.writer = SqliteWriter(Path(target), fresh=not resume)

    def known(self) -> set[str]:
        return self.writer.known_sha256()

    def add(self, result: Result, key: str) -> None:
        self.writer.add(Referat.model_validate_json(result.json))

    def add_error(self, name: str, sha256: str | None, code: str, reason: str) -> None:
        self.writer.add_error(name, sha256, code, reason)

    def close(self) -> None:
        self.writer.close()


def open_output(fmt: str, target: str, resume: bool):
    kinds = {"jsonl": JsonlOutput, "json": FolderOutput, "csv": CsvOutput, "sqlite": SqliteOutput}
    return kinds[fmt](target, resume)
