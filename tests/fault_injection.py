"""Fault injection for the output tests: stop a run at its N-th write, as a kill -9 or a full disk would.

Every file output writes through `exporters.base.append` (one record per call); SQLite
writes one transaction per document in `SqliteWriter.add`/`add_error`. `install(n, fault)`
replaces those so that the n-th write either writes half its text and kills the process
(SIGKILL: nothing is cleaned up) or raises ENOSPC (a full disk).

Run as a script, it is `referat` with a fault installed:
    python tests/fault_injection.py N kill|full batch SOURCES -o OUT ...
"""

from __future__ import annotations

import errno
import os
import signal
import sqlite3
import sys

from referat_parser.exporters import base, csv, json_docs, jsonl, sqlite

FILE_MODULES = (base, csv, json_docs, jsonl)


def _strike(fault: str, handle=None, text: str = "") -> None:
    if fault == "count":
        return
    if handle is not None and text:
        handle.write(text[: max(1, len(text) // 2)])
        handle.flush()
    if fault == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def install(n: int, fault: str, setattr_=setattr) -> list[int]:
    """From now on, the n-th write (counting from 1) fails with `fault` ("kill" or "full"; with
    "count" none fails). Returns the running count of writes, in a list."""
    count = [0]
    original_append = base.append

    def append(handle, text: str) -> None:
        count[0] += 1
        if count[0] == n and fault != "count":
            _strike(fault, handle, text)
        original_append(handle, text)

    def transaction(method):
        def wrapped(self, *args, **kwargs):
            count[0] += 1
            if count[0] == n and fault != "count":
                if fault == "kill":
                    os.kill(os.getpid(), signal.SIGKILL)
                raise sqlite3.OperationalError("database or disk is full")
            return method(self, *args, **kwargs)

        return wrapped

    for module in FILE_MODULES:
        setattr_(module, "append", append)
    for name in ("add", "add_error"):
        setattr_(sqlite.SqliteWriter, name, transaction(getattr(sqlite.SqliteWriter, name)))
    return count


if __name__ == "__main__":
    install(int(sys.argv[1]), sys.argv[2])
    from referat_parser.cli import cli

    cli(sys.argv[3:], prog_name="referat")
