"""The run shared by `parse` and `batch`: open the output, convert in workers, report.

Exit status: 0 every document converted; 1 some documents failed (the others are
written); 2 usage error; 3 (batch) no document converted; 4 the run itself failed (the
output cannot be written or is locked by another run); 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import sys
from typing import Callable

import click

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_ALL_FAILED, EXIT_RUN_FAILED = 0, 1, 2, 3, 4
EXIT_INTERRUPTED = 130
RESUME_HINT = "; what was written is kept: run again with --resume to continue"


def run(found, out_opts, *, stream_default: str, resume: bool, several: bool, jobs: int, limits, read_opts,
        need_resumable: bool, debug: bool = False, progress=None, on_result: Callable | None = None):
    """Convert `found` (a sources.Gathered) into the output; return the Summary, or exit
    with one clear line when the output fails or the run is interrupted."""
    from ..batch import convert
    from ..exporters.base import OutputFault
    from ..exporters.outputs import Output, OutputUsageError

    target = "<stdout>" if out_opts.target == "-" else out_opts.target
    try:
        output = Output(out_opts, stream_default, resume, several, need_resumable)
    except OutputUsageError as exc:
        raise click.UsageError(str(exc)) from None
    except OutputFault as exc:
        hint = RESUME_HINT if exc.while_writing and need_resumable else ""
        _fail(f"Error: {_shown(target)}: {exc}{hint}", EXIT_RUN_FAILED)
    callbacks = [f for f in (progress.update if progress else None, on_result) if f]

    def each_callback(summary, outcome) -> None:
        for callback in callbacks:
            callback(summary, outcome)
    try:
        summary = convert(found, output, jobs, limits, read_opts, resume=resume, debug=debug,
                          on_result=each_callback if callbacks else None,
                          on_start=progress.start_document if progress else None)
        output.finish()
        return summary
    except OutputFault as exc:
        output.abort()
        hint = RESUME_HINT if exc.while_writing and output.resumable else ""
        _fail(f"Error: {_shown(target)}: {exc}{hint}", EXIT_RUN_FAILED, progress)
    except KeyboardInterrupt:
        output.abort()
        hint = "; run again with --resume to continue" if output.resumable else ""
        _fail(f"Interrupted{hint}.", EXIT_INTERRUPTED, progress)
    finally:
        if progress:
            progress.stop()


def _shown(name: str) -> str:
    from ..sources import shown

    return shown(name)


def _fail(line: str, code: int, progress=None):
    if progress:
        progress.stop()
    click.echo(line, err=True)
    sys.exit(code)
