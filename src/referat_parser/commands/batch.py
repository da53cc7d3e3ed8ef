"""`referat batch SOURCE... -o OUTPUT`: whole archives in parallel, nothing lost."""

from __future__ import annotations

import sys
from collections import Counter

import click

from ..readers import ReadOptions
from .options import read_options

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_ALL_FAILED = 0, 1, 2, 3


@click.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--output", required=True, help="Where to write: DIR (JSON per document), FILE.jsonl or - (stdout), FILE.db (SQLite), or DIR with --format csv.")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "csv", "sqlite"]), default=None, help="Output kind; by default from -o (.jsonl/-, .db/.sqlite, else a folder of JSON).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Worker processes [default: number of CPUs].")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=60, show_default=True, help="Seconds one document may take before it is recorded as failed.")
@click.option("--resume", is_flag=True, help="Keep the existing output and skip documents already in it (same sha256).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, no per-failure lines, no summary.")
@read_options
def batch(sources: tuple[str, ...], output: str, fmt: str | None, jobs: int | None, timeout: float, resume: bool,
          quiet: bool, read_opts: ReadOptions) -> None:
    """Convert folders, glob patterns, files and .zip archives of minutes in parallel.

    Zip members are read in memory, never unpacked to disk; members with unsafe names
    and zip bombs are refused. Every failed document is recorded with its reason in the
    output (errors.jsonl, errors.csv or the errors table) and the run goes on. Without
    --resume an existing output is replaced.

    \b
    Examples:
      referat batch archive/ -o minutes.db
      referat batch 'referater/**/*.pdf' minutes.zip -o out.jsonl -j 4
      referat batch archive/ -o tables/ --format csv
      referat batch archive/ -o minutes.db --resume

    \b
    Exit status: 0 all converted, 1 some failed, 2 usage error, 3 none converted.
    """
    from ..batch import convert, default_jobs, gather
    from ..exporters.outputs import infer_format, open_output

    if fmt is None and output.endswith((".json", ".csv")):
        hint = "-o DIR (one JSON per document) or -o FILE.jsonl" if output.endswith(".json") else "-o DIR --format csv"
        raise click.UsageError(f"-o {output}: a batch writes many documents; use {hint}")
    fmt = fmt or infer_format(output)
    if fmt in ("json", "csv") and output == "-":
        raise click.UsageError(f"--format {fmt} writes files into a folder; give -o DIR")
    if fmt == "sqlite" and output == "-":
        raise click.UsageError("SQLite output needs a file name, e.g. -o minutes.db")
    found = gather(list(sources), read_opts.max_bytes)
    for missing in found.missing:
        click.echo(f"Error: {missing}: no such file, folder or matching path", err=True)
    if not found.documents and not found.refused:
        click.echo("Error: no documents (.pdf, .docx, .txt, .md) found in the sources", err=True)
        sys.exit(EXIT_USAGE)
    out = open_output(fmt, output, resume)
    progress = None if quiet or not sys.stderr.isatty() else _Progress(len(found.documents) + len(found.refused))
    try:
        summary = convert(found, out, jobs or default_jobs(), timeout, read_opts, resume=resume,
                          on_result=progress.update if progress else None)
    finally:
        out.close()
        if progress:
            progress.stop()
    if not quiet:
        for name, _code, reason in summary.failures:
            click.echo(f"Error: {name}: {reason}", err=True)
        click.echo(_summary_line(summary), err=True)
    if summary.failures and not summary.converted and not summary.resumed:
        sys.exit(EXIT_ALL_FAILED)
    sys.exit(EXIT_SOME_FAILED if summary.failures or found.missing else EXIT_OK)


def _summary_line(summary) -> str:
    done = summary.converted + summary.resumed
    line = f"Converted {summary.converted} of {summary.total} documents ({summary.pages} pages) in {summary.seconds:.1f} s"
    if summary.resumed:
        line += f"; {summary.resumed} already in the output"
    if summary.failures:
        counts = Counter(code for _, code, _ in summary.failures)
        line += f"; {len(summary.failures)} failed: " + ", ".join(f"{n} {code}" for code, n in counts.most_common())
    if summary.skipped:
        line += f"; {summary.skipped} files skipped (not documents)"
    return line + ("." if done or summary.failures else "")


class _Progress:
    """A rich progress bar on stderr: documents done/total, pages/s, failures, ETA."""

    def __init__(self, total: int):
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        self.progress = Progress(
            TextColumn("[bold]referat batch"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} pages/s"), TextColumn("[red]{task.fields[failed]} failed"),
            TimeRemainingColumn(), console=Console(stderr=True), transient=True,
        )
        self.task = self.progress.add_task("convert", total=total, rate="0", failed=0)
        self.progress.start()

    def update(self, summary, result) -> None:
        rate = summary.pages / summary.seconds if summary.seconds else 0
        done = summary.converted + summary.resumed + len(summary.failures)
        self.progress.update(self.task, completed=done, rate=f"{rate:.0f}", failed=len(summary.failures))

    def stop(self) -> None:
        self.progress.stop()
