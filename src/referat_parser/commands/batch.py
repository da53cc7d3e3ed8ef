"""`referat batch SOURCE... -o OUTPUT`: whole archives in parallel, nothing lost."""

from __future__ import annotations

import sys
from collections import Counter

import click

from ..batch import progress_weights
from ..readers import ReadOptions
from .convert import EXIT_ALL_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, run
from .options import debug_option, limit_options, output_options, read_options

SKIPPED_SHOWN = 10  # skipped files listed by name at the end; the rest are counted


@click.command()
@click.argument("sources", nargs=-1, required=True)
@output_options(stream_default="jsonl", required=True)
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Worker processes [default: number of CPUs].")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, no per-failure lines, no summary.")
@limit_options
@read_options
@debug_option
def batch(sources: tuple[str, ...], out_opts, resume: bool, jobs: int | None, quiet: bool, limits,
          read_opts: ReadOptions, debug: bool) -> None:
    """Convert folders, glob patterns, files and .zip archives of minutes in parallel.

    Zip members are read in memory, never unpacked to disk. Every document that fails,
    and every odd source (unsafe, encrypted or duplicate zip members, zip bombs, dangling
    links, link loops, FIFOs and devices), is recorded with its reason in the output
    (errors.jsonl, errors.csv or the errors table) and the run goes on. The output is
    locked for the run; a fresh run builds it beside the old one (NAME.partial) and
    replaces the old one when done.

    \b
    Examples:
      referat batch archive/ -o minutes.db
      referat batch 'referater/**/*.pdf' minutes.zip -o out.jsonl -j 4
      referat batch archive/ -o tables/ --format csv --csv-style danish
      referat batch archive/ -o minutes.db --resume

    \b
    Exit status: 0 all converted, 1 some failed, 2 usage error, 3 none converted,
    4 the run itself failed (output not writable, or locked), 130 interrupted.
    """
    from ..batch import default_jobs
    from ..sources import gather, shown

    try:
        found = gather(list(sources), read_opts.max_bytes)
    except KeyboardInterrupt:  # nothing is written yet
        click.echo("Interrupted.", err=True)
        sys.exit(EXIT_INTERRUPTED)
    for missing in found.missing:
        click.echo(f"Error: {shown(missing)}: no such file, folder or matching path", err=True)
    if not found.documents and not found.refused:
        click.echo("Error: no documents (.pdf, .docx, .txt, .md) found in the sources", err=True)
        sys.exit(EXIT_USAGE)
    progress = None if quiet or not sys.stderr.isatty() else _Progress(found)
    summary = run(found, out_opts, stream_default="jsonl", resume=resume, several=True, jobs=jobs or default_jobs(),
                  limits=limits, read_opts=read_opts, need_resumable=True, debug=debug, progress=progress)
    if not quiet:
        for name, _code, reason in summary.failures:
            click.echo(f"Error: {name}: {reason}", err=True)
        for line in _skipped_lines(summary.skipped):
            click.echo(line, err=True)
        click.echo(_summary_line(summary), err=True)
    if summary.failures and not summary.converted and not summary.resumed:
        sys.exit(EXIT_ALL_FAILED)
    sys.exit(EXIT_SOME_FAILED if summary.failures or found.missing else EXIT_OK)


def _skipped_lines(skipped: list[tuple[str, str]]) -> list[str]:
    lines = [f"Skipped: {name}: {reason}" for name, reason in skipped[:SKIPPED_SHOWN]]
    if len(skipped) > SKIPPED_SHOWN:
        lines.append(f"Skipped: … and {len(skipped) - SKIPPED_SHOWN} more")
    return lines


def _summary_line(summary) -> str:
    done = summary.converted + summary.resumed
    ocr = f", {summary.ocr_pages} read by OCR" if summary.ocr_pages else ""
    line = f"Converted {summary.converted} of {summary.total} documents ({summary.pages} pages{ocr}) in {summary.seconds:.1f} s"
    if summary.resumed:
        line += f"; {summary.resumed} already in the output"
    if summary.failures:
        counts = Counter(code for _, code, _ in summary.failures)
        line += f"; {len(summary.failures)} failed: " + ", ".join(f"{n} {code}" for code, n in counts.most_common())
    if summary.skipped:
        line += f"; {len(summary.skipped)} files skipped"
    return line + ("." if done or summary.failures else "")


class _Progress:
    """A rich progress bar on stderr: the document being read, documents done/total,
    pages/s, failures, and a time estimate by pages (batch.progress_weights: a 300-page file
    counts 300, so one long file does not freeze the estimate)."""

    def __init__(self, found):
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

        self.total_docs = len(found.documents) + len(found.refused)
        self.done = len(found.refused)  # recorded before any document is read
        self.progress = Progress(
            TextColumn("[bold]referat batch"), BarColumn(), TextColumn("{task.fields[docs]}"),
            TextColumn("{task.fields[rate]} pages/s"), TextColumn("{task.fields[ocr]}"),
            TextColumn("[red]{task.fields[failed]} failed"),
            TimeRemainingColumn(), TextColumn("{task.fields[current]}"), console=Console(stderr=True), transient=True,
        )
        self.weights = progress_weights(found.documents)
        self.pages_done = 0
        self.task = self.progress.add_task("convert", total=max(1, sum(self.weights)), rate="0", failed=0, current="", ocr="",
                                           docs=f"0/{self.total_docs}")
        self.progress.start()

    def start_document(self, doc) -> None:
        from rich.markup import escape

        name = doc.shown if len(doc.shown) <= 40 else "…" + doc.shown[-39:]
        self.progress.update(self.task, current=escape(name))

    def update(self, summary, outcome) -> None:
        rate = summary.pages / summary.seconds if summary.seconds else 0
        self.done += 1
        self.pages_done += self.weights[outcome.index] if outcome else 0
        ocr = f"{summary.ocr_pages} by OCR" if summary.ocr_pages else ""
        self.progress.update(self.task, completed=self.pages_done, rate=f"{rate:.0f}", ocr=ocr,
                             failed=len(summary.failures), docs=f"{self.done}/{self.total_docs}")

    def stop(self) -> None:
        self.progress.stop()
