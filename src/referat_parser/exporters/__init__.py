"""Output formats, apart from extraction. Each format is one module with its writers
(`base.Writer`); FORMATS is the registry `parse` and `batch` both choose from. A new
format is one module and one entry here."""

from __future__ import annotations

import importlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Format:
    name: str
    suffixes: tuple[str, ...]  # -o names that choose this format
    file_writer: str | None  # "module:Class" writing to stdout or one file
    folder_writer: str | None = None  # "module:Class" writing into a folder
    stdout: bool = True  # can it be written to stdout (-o -)?
    help: str = ""

    def writer_class(self, folder: bool):
        spec = self.folder_writer if folder else self.file_writer
        if spec is None:
            raise ValueError(f"no {'folder' if folder else 'file'} writer for this format")
        module, name = spec.split(":")
        return getattr(importlib.import_module(f"{__name__}.{module}"), name)


FORMATS: dict[str, Format] = {
    "json": Format("json", (".json",), "json_docs:JsonWriter", "json_docs:JsonFolderWriter",
                   help="a JSON document (an array for several); a folder: one file per document"),
    "jsonl": Format("jsonl", (".jsonl",), "jsonl:JsonlWriter", help="one JSON document per line"),
    "csv": Format("csv", (".csv",), "csv:CsvItemsWriter", "csv:CsvTablesWriter",
                  help="item rows; a folder: the linked tables"),
    "sqlite": Format("sqlite", (".db", ".sqlite", ".sqlite3"), "sqlite:SqliteWriter", stdout=False,
                     help="an SQLite database with keys and a full-text index"),
}
CSV_STYLES = ("plain", "danish")  # danish: UTF-8 with BOM and ';' (what a Danish-locale spreadsheet opens)
