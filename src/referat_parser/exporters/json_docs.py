"""JSON: one document (or an array of several) on stdout or in a file, or a folder of JSON
files, one per document. `document_json` is the one place documents become JSON."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from ..models import Referat
from .base import ErrorLog, ErrorRecord, OutputOptions, Writer, append, open_text, write_atomic

INDENT = 2
NAME_LIMIT = 240  # bytes in a file name: 255 on common file systems, less room for a temporary suffix
HASH_CHARS = 8
HASH_MARK = "~"
SEPARATOR = "__"  # stands for a folder separator in a flattened name


def document_json(doc: Referat, compact: bool = False) -> str:
    """A document as JSON text (UTF-8 characters as they are, not escaped)."""
    return doc.model_dump_json(indent=None if compact else INDENT)


class JsonWriter(Writer):
    """One document as a JSON object, several as a JSON array, on stdout or in a file."""

    resumable = False  # an array cannot be continued

    def __init__(self, path: Path | None, options: OutputOptions, resume: bool, several: bool = False):
        self.handle = open_text(path)
        self.compact, self.several, self.count = options.compact, several, 0

    def add(self, doc: Referat, key: str = "") -> None:
        text = document_json(doc, self.compact)
        if self.several:
            if not self.compact:
                text = "\n".join(" " * INDENT + line for line in text.split("\n"))
            separator = ("[" if self.count == 0 else ",") + ("" if self.compact else "\n")
            text = separator + text
        elif self.count:
            raise ValueError("a JSON object holds one document")
        self.count += 1
        append(self.handle, text)

    def close(self, complete: bool) -> None:
        if self.several and self.count:
            append(self.handle, ("" if self.compact else "\n") + "]")
        if self.count:
            append(self.handle, "\n")
        if self.handle is not sys.stdout:
            self.handle.close()


class JsonFolderWriter(Writer):
    """<folder>/<flattened source path>.json per document, each written whole and renamed into
    place; errors.jsonl beside them. When the run completes the folder holds exactly this
    run's documents."""

    OWN_FILES = ("errors.jsonl",)

    def __init__(self, folder: Path, options: OutputOptions, resume: bool, several: bool = True):
        self.folder = folder
        self.files: dict[str, str] = {}  # sha256 -> file name, of the documents in the folder
        if resume:
            for path in sorted(folder.glob("*.json")):
                sha = _sha256_of(path)
                if sha:
                    self.files[sha] = path.name
        self.wanted: set[str] = set()
        self.errors = ErrorLog(folder / "errors.jsonl", "jsonl", options, resume)

    @staticmethod
    def owns(name: str) -> bool:
        return name.endswith((".json", ".json.tmp")) or name in JsonFolderWriter.OWN_FILES

    def known(self) -> set[str]:
        return set(self.files)

    def keep(self, sha256: str) -> None:
        self.wanted.add(self.files[sha256])

    def add(self, doc: Referat, key: str = "") -> None:
        name = file_name(key or doc.source.path or doc.source.sha256)
        write_atomic(self.folder / name, document_json(doc) + "\n")
        self.files[doc.source.sha256] = name
        self.wanted.add(name)

    def add_error(self, record: ErrorRecord) -> None:
        self.errors.add(record)

    def resolve(self, path: str) -> None:
        self.errors.resolve(path)

    def close(self, complete: bool) -> None:
        self.errors.close(complete)
        if complete:
            for path in self.folder.glob("*.json"):
                if path.name not in self.wanted:
                    path.unlink()


def _sha256_of(path: Path) -> str | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))["source"]["sha256"]
    except (OSError, ValueError, KeyError, TypeError):
        return None  # torn or foreign: not known, replaced when its document is written


def file_name(name: str) -> str:
    """A file name for a document, unique and stable: the source path flattened
    ('2024/referat.txt' -> '2024__referat.txt.json'; a leading '/' becomes a leading '__'),
    with a short hash of the path added where flattening could be ambiguous (a part holding
    '__' or starting or ending with '_', or a character that is not shown as it is) or the
    name would pass the file-name limit."""
    from ..sources import shown

    parts = [p for p in name.replace("\\", "/").split("/") if p not in ("", ".")]
    flat = ("" if not name.startswith("/") else SEPARATOR) + SEPARATOR.join(parts)
    readable = shown(flat)
    ambiguous = readable != flat or any(SEPARATOR in p or p.startswith("_") or p.endswith("_") for p in parts)
    if not ambiguous and len((readable + ".json").encode("utf-8")) <= NAME_LIMIT:
        return readable + ".json"
    digest = hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()[:HASH_CHARS]
    tail = f"{HASH_MARK}{digest}.json"
    room = NAME_LIMIT - len(tail.encode("utf-8"))
    return readable.encode("utf-8")[:room].decode("utf-8", "ignore") + tail
