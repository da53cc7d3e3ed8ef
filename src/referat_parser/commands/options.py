"""Options shared by several commands, declared once."""

from __future__ import annotations

import functools

import click

from ..readers import PdfEngine, ReadOptions

MB = 1024 * 1024


def read_options(func):
    """--pdf-engine, --password, --max-size: how documents are read."""

    @click.option(
        "--pdf-engine",
        type=click.Choice([engine.value for engine in PdfEngine]),
        default=PdfEngine.PDFIUM.value,
        show_default=True,
        help="Library that reads PDF text and layout.",
    )
    @click.option("--password", default=None, help="Password for encrypted PDFs.")
    @click.option(
        "--max-size",
        type=click.IntRange(min=1),
        default=200,
        show_default=True,
        metavar="MB",
        help="Refuse documents larger than this many megabytes.",
    )
    @functools.wraps(func)
    def wrapper(*args, pdf_engine: str, password: str | None, max_size: int, **kwargs):
        options = ReadOptions(pdf_engine=PdfEngine(pdf_engine), password=password, max_bytes=max_size * MB)
        return func(*args, read_opts=options, **kwargs)

    return wrapper


def debug_option(func):
    return click.option("--debug", is_flag=True, help="Show the full traceback of an unexpected error.")(func)
