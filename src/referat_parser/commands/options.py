"""Options shared by several commands, declared once."""

from __future__ import annotations

import functools
from enum import Enum

import click

from ..exporters import CSV_STYLES, FORMATS
from ..readers import PdfEngine, ReadOptions
from ..readers.ocr import OcrMode

MB = 1024 * 1024


def _enum_option(flag: str, default: Enum, help: str):
    """An option choosing one member of `default`'s enum by its value."""
    return click.option(flag, type=click.Choice([member.value for member in type(default)]),
                        default=default.value, show_default=True, help=help)


def read_options(func):
    """--pdf-engine, --password, --max-size, --ocr: how documents are read."""

    @_enum_option("--pdf-engine", PdfEngine.PDFIUM, "Library that reads PDF text and layout.")
    @click.option("--password", default=None, help="Password for encrypted PDFs.")
    @click.option(
        "--max-size",
        type=click.IntRange(min=1),
        default=200,
        show_default=True,
        metavar="MB",
        help="Refuse documents larger than this many megabytes.",
    )
    @_enum_option(
        "--ocr",
        OcrMode.AUTO,
        "Read PDF pages by OCR (Tesseract): auto = pages without a text layer, force = every page, never = none.",
    )
    @functools.wraps(func)
    def wrapper(*args, pdf_engine: str, password: str | None, max_size: int, ocr: str, **kwargs):
        options = ReadOptions(pdf_engine=PdfEngine(pdf_engine), password=password, max_bytes=max_size * MB, ocr=OcrMode(ocr))
        return func(*args, read_opts=options, **kwargs)

    return wrapper


def debug_option(func):
    return click.option("--debug", is_flag=True, help="Show the full traceback of an unexpected error.")(func)




def output_options(stream_default: str, required: bool = False):
    """-o, --format (and the shorthands --json/--jsonl/--csv), --compact, the CSV style and
    formula options, --resume and --wait: where and how documents are written, the same
    for every command that writes them."""

    def decorate(func):
        @click.option("-o", "--output", "target", required=required, default="-",
                      help="Where to write: - (stdout), FILE.json, FILE.jsonl, FILE.csv, FILE.db, or a folder "
                           "(one JSON file per document; the linked CSV tables with --format csv).")
        @click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default=None,
                      help=f"Output format [default: from -o; for stdout {stream_default}].")
        @click.option("--json", "fmt_flag", flag_value="json", help="Same as --format json.")
        @click.option("--jsonl", "fmt_flag", flag_value="jsonl", help="Same as --format jsonl.")
        @click.option("--csv", "fmt_flag", flag_value="csv", help="Same as --format csv.")
        @click.option("--compact", is_flag=True, help="JSON without indentation.")
        @click.option("--csv-style", type=click.Choice(CSV_STYLES), default="plain", show_default=True,
                      help="danish: UTF-8 with BOM and ';' between cells, for spreadsheets in a Danish locale.")
        @click.option("--csv-formulas", is_flag=True,
                      help="Write CSV cells as they are; by default a cell starting with = + - @ gets a leading ' "
                           "so that a spreadsheet does not run it as a formula.")
        @click.option("--resume", is_flag=True,
                      help="Continue an interrupted run: keep the output and skip documents already in it (same sha256).")
        @click.option("--wait", is_flag=True, help="If another run is writing the same output, wait for it instead of stopping.")
        @functools.wraps(func)
        def wrapper(*args, target: str, fmt: str | None, fmt_flag: str | None, compact: bool, csv_style: str,
                    csv_formulas: bool, resume: bool, wait: bool, **kwargs):
            from ..exporters.base import OutputOptions

            if fmt and fmt_flag and fmt != fmt_flag:
                raise click.UsageError(f"--format {fmt} and --{fmt_flag} disagree")
            options = OutputOptions(target=target, fmt=fmt or fmt_flag, compact=compact, csv_style=csv_style,
                                    csv_formulas=csv_formulas, wait=wait)
            return func(*args, out_opts=options, resume=resume, **kwargs)

        return wrapper

    return decorate


def limit_options(func):
    """--timeout and --max-memory: what one document may cost."""

    @click.option("--timeout", type=click.FloatRange(min=0.1), default=60, show_default=True,
                  help="Seconds one document may take before it is given up (recorded as failed).")
    @click.option("--max-memory", type=click.IntRange(min=64), default=1024, show_default=True, metavar="MB",
                  help="Memory one document may take while it is parsed.")
    @functools.wraps(func)
    def wrapper(*args, timeout: float, max_memory: int, **kwargs):
        from ..batch import Limits

        return func(*args, limits=Limits(timeout=timeout, memory_mb=max_memory), **kwargs)

    return wrapper
