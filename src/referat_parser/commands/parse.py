"""`referat parse FILE...`: documents to JSON (default), JSONL, CSV or SQLite."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..readers import ReadOptions
from .convert import EXIT_INTERRUPTED, EXIT_SOME_FAILED, run
from .options import debug_option, limit_options, output_options, read_options


@click.command()
@click.argument("files", nargs=-1, required=True)  # checked when read: an unreadable file is one error line
@output_options(stream_default="json")
@limit_options
@read_options
@debug_option
def parse(files: tuple[str, ...], out_opts, resume: bool, limits, read_opts: ReadOptions, debug: bool) -> None:
    """Parse meeting minutes (PDF, DOCX, TXT, MD; - for stdin) into output-v1 data.

    Data goes to stdout (or -o); one line per failed file goes to stderr. Each file is
    parsed in a separate process with a time and memory limit (--timeout, --max-memory).

    \b
    Exit status: 0 all parsed, 1 a document could not be parsed (the others are written),
    2 usage error, 4 the output could not be written, 130 interrupted.
    """
    from ..errors import ReferatError
    from ..sources import Document, Gathered, Refused, read_stdin

    if files.count("-") > 1:
        raise click.UsageError("stdin (-) can be given only once")
    found = Gathered()
    for name in files:
        if name != "-":
            found.documents.append(Document(name=name, path=Path(name)))
            continue
        try:
            found.documents.append(Document(name="-", data=read_stdin(read_opts.max_bytes)))
        except ReferatError as exc:
            found.refused.append(Refused("<stdin>", exc.code, exc.reason))
        except KeyboardInterrupt:  # nothing is written yet
            click.echo("Interrupted.", err=True)
            sys.exit(EXIT_INTERRUPTED)

    def report(summary, outcome) -> None:
        if outcome is not None and not outcome.ok:
            name, _code, reason = summary.failures[-1]
            click.echo(f"Error: {name}: {reason}", err=True)

    for refused in found.refused:
        click.echo(f"Error: {refused.shown}: {refused.reason}", err=True)
    summary = run(found, out_opts, stream_default="json", resume=resume, several=len(files) > 1, jobs=1,
                  limits=limits, read_opts=read_opts, need_resumable=False, debug=debug, on_result=report)
    if summary.failures:
        sys.exit(EXIT_SOME_FAILED)
