"""`referat parse FILE...`: documents to JSON (default), JSONL or CSV."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import ReferatError
from ..models import Referat
from ..readers import ReadOptions
from .options import debug_option, read_options


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True, allow_dash=True))
@click.option("--json", "fmt", flag_value="json", default=True, help="One JSON document per file (default); several files give a JSON array.")
@click.option("--jsonl", "fmt", flag_value="jsonl", help="One JSON document per line.")
@click.option("--csv", "fmt", flag_value="csv", help="Item rows as CSV; with -o DIR the linked tables meetings/attendees/agenda/items.csv.")
@click.option("-o", "--output", type=click.Path(allow_dash=True), default=None, help="Write to this file (a folder for --csv tables) instead of stdout.")
@click.option("--compact", is_flag=True, help="JSON without indentation.")
@read_options
@debug_option
def parse(files: tuple[str, ...], fmt: str, output: str | None, compact: bool, read_opts: ReadOptions, debug: bool) -> None:
    """Parse meeting minutes (PDF, DOCX, TXT, MD; - for stdin) into output-v1 data.

    Data goes to stdout (or -o); one line per failed file goes to stderr.
    Exit status: 0 all parsed, 1 a document could not be parsed, 2 usage error.
    """
    if files.count("-") > 1:
        raise click.UsageError("stdin (-) can be given only once")
    parsed: list[Referat] = []
    failed = 0
    for name in files:
        try:
            parsed.append(_parse_one(name, read_opts))
        except ReferatError as exc:
            failed += 1
            click.echo(f"Error: {exc}", err=True)
        except Exception as exc:  # a bug of ours: one clear line, the traceback only with --debug
            if debug:
                raise
            failed += 1
            click.echo(f"Error: {name}: internal error ({type(exc).__name__}: {exc}); run with --debug for details", err=True)
    if parsed or fmt != "json" or not failed:
        _write(parsed, fmt, output, compact, several=len(files) > 1)
    if failed:
        sys.exit(1)


def _parse_one(name: str, read_opts: ReadOptions) -> Referat:
    from ..pipeline import parse_bytes, parse_path

    if name == "-":
        data = sys.stdin.buffer.read()
        try:
            return parse_bytes(data, "-", read_opts)
        except ReferatError as exc:
            raise exc.with_path("<stdin>") from None
    return parse_path(name, read_opts)


def _write(parsed: list[Referat], fmt: str, output: str | None, compact: bool, several: bool) -> None:
    indent = None if compact else 2
    if fmt == "csv":
        from ..exporters import csv as csv_export

        if output and output != "-" and (Path(output).is_dir() or not Path(output).suffix):
            csv_export.write_tables(parsed, Path(output))
            return
        with _open_out(output) as out:
            csv_export.write_items_csv(parsed, out)
        return
    with _open_out(output) as out:
        if fmt == "jsonl":
            for doc in parsed:
                out.write(doc.model_dump_json() + "\n")
        elif several:
            out.write(json.dumps([doc.model_dump(mode="json") for doc in parsed], indent=indent, ensure_ascii=False) + "\n")
        elif parsed:
            out.write(parsed[0].model_dump_json(indent=indent) + "\n")


class _open_out:
    """stdout, or a file written to a temp name and renamed into place when complete."""

    def __init__(self, output: str | None):
        self.output = output if output not in (None, "-") else None

    def __enter__(self):
        if self.output is None:
            return sys.stdout
        self.tmp = Path(self.output).with_name(Path(self.output).name + ".part")
        self.fh = open(self.tmp, "w", encoding="utf-8", newline="")
        return self.fh

    def __exit__(self, exc_type, exc, tb):
        if self.output is None:
            sys.stdout.flush()
            return False
        self.fh.close()
        if exc_type is None:
            self.tmp.replace(self.output)
        else:
            self.tmp.unlink(missing_ok=True)
        return False
