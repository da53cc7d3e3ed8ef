"""From bytes to a validated `Referat`.

Stages:
  1. read      readers.read_bytes: bytes -> RawDocument (lines with pages and layout cues)
  2. clean     cleaning.clean: drop page furniture, join words broken at line ends
  3. extract   extract.*: header, attendees, agenda index, items and sections, next meeting
  4. validate  the pydantic `Referat` model, plus warnings where index and body disagree
"""

from __future__ import annotations

import gc
import hashlib
from contextlib import contextmanager
from pathlib import Path

from .errors import ReferatError
from .models import Referat, Source
from .readers import ReadOptions, read_bytes


def parser_version() -> str:
    from . import __version__

    return __version__


@contextmanager
def _collector_paused():
    """A parse makes a great many small objects that live until it ends, and no reference
    cycles; the cyclic garbage collector would walk them again and again for nothing.
    Paused for the parse, it saves about 5 % of the time (measured with `make bench`)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parse_bytes(data: bytes, path: str | None = None, options: ReadOptions | None = None) -> Referat:
    """Parse one document given as bytes; `path` is recorded in `source.path` and helps pick the reader."""
    with _collector_paused():
        return _parse(data, path, options)


def _parse(data: bytes, path: str | None, options: ReadOptions | None) -> Referat:
    raw = read_bytes(data, path, options)
    source = Source(
        path=path,
        format=raw.format,
        sha256=hashlib.sha256(data).hexdigest(),
        pages=raw.pages,
        parser_version=parser_version(),
    )
    from .extract import extract_referat

    return extract_referat(raw, source)


def parse_path(path: str | Path, options: ReadOptions | None = None) -> Referat:
    """Parse one document file. Raises ReferatError (with the path) for unreadable input."""
    p = Path(path)
    try:
        if p.is_dir():
            raise ReferatError("is a folder, not a file (use `referat batch` for folders)", "is-a-directory")
        data = p.read_bytes()
    except FileNotFoundError:
        raise ReferatError("no such file", "not-found", str(path)) from None
    except PermissionError:
        raise ReferatError("permission denied", "permission", str(path)) from None
    except IsADirectoryError:
        raise ReferatError("is a folder, not a file", "is-a-directory", str(path)) from None
    except ReferatError as exc:
        raise exc.with_path(str(path)) from None
    try:
        return parse_bytes(data, str(path), options)
    except ReferatError as exc:
        raise exc.with_path(str(path)) from None
