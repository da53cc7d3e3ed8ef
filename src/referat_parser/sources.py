"""Where documents come from: files, folders, glob patterns and .zip archives, read safely.

Every odd thing met on the way becomes one record with a reason, never the end of a run:
dangling links, link loops, FIFOs, devices and sockets (never opened), unreadable folders,
unsafe, encrypted, duplicate or oddly compressed zip members, zip bombs. Reading is bounded
(`max_bytes` is enforced while reading, stdin included), and names are shown escaped so
that no control character or undecodable byte reaches a terminal or a log line.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import unicodedata
import zipfile
from collections import Counter
from dataclasses import dataclass, field, replace
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath
from typing import Iterator

from .errors import ReferatError
from .readers import DOCUMENT_SUFFIXES

ZIP_BOMB_RATIO = 100  # a member expanding more than this …
ZIP_BOMB_MIN_BYTES = 10 * 1024 * 1024  # … and to more than this is refused
READ_CHUNK = 1024 * 1024
GLOB_CHARS = set("*?[")
ZIP_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
STDIN = "-"
MB = 1024 * 1024


def shown(name: str, keep: str = "") -> str:
    """A name safe to print on one line: undecodable bytes as \\xNN, control and format
    characters (newline, ESC, bidi overrides) as escapes, except those in `keep`;
    everything else as it is."""
    out = []
    for ch in name:
        code = ord(ch)
        if ch in keep:
            out.append(ch)
        elif 0xDC80 <= code <= 0xDCFF:  # a byte that was not valid in the file system's encoding
            out.append(f"\\x{code - 0xDC00:02x}")
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp"):
            out.append(ch.encode("unicode_escape").decode("ascii") if code < 0x10000 else f"\\U{code:08x}")
        else:
            out.append(ch)
    return "".join(out)


# reading -------------------------------------------------------------------------------


def _too_large(size: int, max_bytes: int) -> ReferatError:
    return ReferatError(f"larger than the size limit ({size // MB} MB > {max_bytes // MB} MB)", "too-large")


def _read_limited(handle, max_bytes: int) -> bytes:
    """At most max_bytes from a binary stream; ReferatError as soon as there is more."""
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = handle.read(min(READ_CHUNK, max_bytes + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > max_bytes:
            raise ReferatError(f"larger than the size limit ({max_bytes // MB} MB)", "too-large")


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def not_a_file(mode: int) -> ReferatError:
    return ReferatError(f"{_kind(mode)}, not a file; not opened", "not-a-file")


def read_file(path: str | Path, max_bytes: int) -> bytes:
    """The bytes of a regular file, at most max_bytes; anything else is a ReferatError.
    A FIFO or device is recognised from its metadata and never opened."""
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise ReferatError("is a folder, not a file (use `referat batch` for folders)", "is-a-directory")
        if not stat.S_ISREG(info.st_mode):
            raise not_a_file(info.st_mode)
        if info.st_size > max_bytes:
            raise _too_large(info.st_size, max_bytes)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
        with os.fdopen(fd, "rb") as handle:
            mode = os.fstat(handle.fileno()).st_mode
            if not stat.S_ISREG(mode):  # replaced between the two looks
                raise not_a_file(mode)
            return _read_limited(handle, max_bytes)
    except FileNotFoundError:
        raise ReferatError("dangling link" if os.path.islink(path) else "no such file", "not-found") from None
    except PermissionError:
        raise ReferatError("permission denied", "permission") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ReferatError("a link loop (links that point at each other)", "link-loop") from None
        raise ReferatError(f"cannot read ({exc.strerror or exc})", "unreadable") from None


def read_stdin(max_bytes: int) -> bytes:
    return _read_limited(sys.stdin.buffer, max_bytes)


def read_member(archive: Path, member: str, max_bytes: int) -> bytes:
    """One zip member, at most max_bytes whatever its size header says."""
    try:
        with zipfile.ZipFile(archive) as zf:
            info = zf.getinfo(member)
            with zf.open(info) as handle:
                return _read_limited(handle, max_bytes)
    except ReferatError:
        raise
    except Exception as exc:  # encrypted, unknown method, bad CRC, truncated: one record, not a crash
        raise ReferatError(f"cannot read this zip member ({type(exc).__name__}: {exc})", "unreadable") from None


# gathering -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Document:
    """One document to convert: a file, a zip member, or stdin (name "-", data given)."""

    name: str  # as given and recorded in source.path: "folder/a.pdf", "archive.zip!minutes/a.pdf"
    path: Path | None = None  # the file, or the archive holding the member
    member: str | None = None
    data: bytes | None = None  # stdin, read by the parent
    key: str = ""  # short and unique in the run, for file names: the path from its source's folder on

    @property
    def output_key(self) -> str:
        return self.key or self.name

    @property
    def shown(self) -> str:
        return "<stdin>" if self.name == STDIN else shown(self.name)

    def read(self, max_bytes: int) -> bytes:
        if self.data is not None:
            if len(self.data) > max_bytes:
                raise _too_large(len(self.data), max_bytes)
            return self.data
        if self.path is None:
            raise ReferatError("neither bytes nor a file to read", "no-input")
        if self.member is not None:
            return read_member(self.path, self.member, max_bytes)
        return read_file(self.path, max_bytes)


@dataclass(frozen=True)
class Refused:
    """A source that is not converted, with the reason; recorded among the errors."""

    name: str
    code: str
    reason: str

    @property
    def shown(self) -> str:
        return shown(self.name)


@dataclass
class Gathered:
    documents: list[Document] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (name, reason): not documents, same file again
    missing: list[str] = field(default_factory=list)  # sources that name nothing


class _Gatherer:
    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self.root: Path | None = None  # the folder of the source being gathered: keys are relative to it
        self.found = Gathered()
        self.files: dict[tuple[int, int], str] = {}  # (device, inode) -> first name: one file, one document

    def refuse(self, name: str, code: str, reason: str) -> None:
        self.found.refused.append(Refused(name, code, reason))

    def source(self, path: Path, ancestors: frozenset = frozenset()) -> None:
        """A file, folder or link given or found: documents, records and skips."""
        name = str(path)
        try:
            info = os.stat(path)
        except FileNotFoundError:
            if os.path.islink(path):
                self.refuse(name, "dangling-link", "dangling link (its target does not exist)")
            else:
                self.refuse(name, "not-found", "vanished while the sources were read")
            return
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                self.refuse(name, "link-loop", "a link loop (links that point at each other)")
            else:
                self.refuse(name, "unreadable", f"cannot look at it ({exc.strerror or exc})")
            return
        if stat.S_ISDIR(info.st_mode):
            self.folder(path, info, ancestors)
        elif not stat.S_ISREG(info.st_mode):
            self.refuse(name, "not-a-file", f"{_kind(info.st_mode)}, not a file; not opened")
        elif (info.st_dev, info.st_ino) in self.files:
            self.found.skipped.append((name, f"the same file as {shown(self.files[(info.st_dev, info.st_ino)])}"))
        else:
            self.files[(info.st_dev, info.st_ino)] = name
            self.file(path)

    def folder(self, path: Path, info: os.stat_result, ancestors: frozenset) -> None:
        identity = (info.st_dev, info.st_ino)
        if identity in ancestors:
            self.refuse(str(path), "link-loop", "a link back to a folder it is inside (link loop); not followed")
            return
        try:
            names = sorted(os.listdir(path))
        except OSError as exc:
            self.refuse(str(path), "unreadable", f"cannot list this folder ({exc.strerror or exc})")
            return
        for entry in names:
            self.source(path / entry, ancestors | {identity})

    def file(self, path: Path) -> None:
        if path.suffix.lower() == ".zip":
            self.archive(path)
        elif is_document(path.name):
            self.found.documents.append(Document(name=str(path), path=path, key=self.key(path)))
        else:
            self.found.skipped.append((str(path), f"not a document ({path.suffix.lower() or 'no suffix'})"))

    def archive(self, archive: Path) -> None:
        try:
            with zipfile.ZipFile(archive) as zf:
                infos = sorted((i for i in zf.infolist() if not i.is_dir()), key=lambda i: i.filename)
        except UnicodeDecodeError:
            self.refuse(str(archive), "corrupt-zip", "a member name is marked UTF-8 but is not; the archive is not read")
            return
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            self.refuse(str(archive), "corrupt-zip", f"not a readable zip archive ({exc})")
            return
        seen: Counter[str] = Counter()
        for info in infos:
            seen[info.filename] += 1
            name = f"{archive}!{info.filename}" + (f"#{seen[info.filename]}" if seen[info.filename] > 1 else "")
            problem = self.member_problem(info, seen)
            if problem == "skip":
                self.found.skipped.append((name, f"not a document ({PurePosixPath(info.filename).suffix.lower() or 'no suffix'})"))
            elif problem:
                self.refuse(name, *problem)
            else:
                key = f"{self.key(archive)}!{info.filename}"
                self.found.documents.append(Document(name=name, path=archive, member=info.filename, key=key))

    def member_problem(self, info: zipfile.ZipInfo, seen: Counter[str]):
        if unsafe_member(info.filename):
            return "unsafe-member", "member name escapes the archive (absolute or '..')"
        if seen[info.filename] > 1:
            return "duplicate-member", "the archive holds another member of the same name; only the first is read"
        if not is_document(info.filename):
            return "skip"
        if info.flag_bits & 0x1:
            return "encrypted", "an encrypted zip member; unpack it with its password first"
        if info.compress_type not in ZIP_METHODS:
            return "unsupported-format", f"zip compression method {info.compress_type} is not supported"
        if info.file_size > self.max_bytes:
            return "too-large", f"larger than the size limit ({info.file_size // MB} MB > {self.max_bytes // MB} MB)"
        if info.file_size > ZIP_BOMB_MIN_BYTES and info.file_size > ZIP_BOMB_RATIO * max(info.compress_size, 1):
            return "zip-bomb", f"would unpack to {info.file_size // MB} MB from {info.compress_size} bytes"
        return None

    def key(self, path: Path) -> str:
        try:
            return path.relative_to(self.root).as_posix() if self.root else path.name
        except ValueError:
            return str(path)

    def pattern(self, pattern: str) -> None:
        matches = list(dict.fromkeys(glob_paths(pattern, self.refuse)))
        if not matches:
            self.found.missing.append(pattern)
        for match in matches:
            self.root = match.parent
            self.source(match)


def is_document(name: str) -> bool:
    return PurePosixPath(name).suffix.lower() in DOCUMENT_SUFFIXES


def unsafe_member(name: str) -> bool:
    path = PurePosixPath(name.replace("\\", "/"))
    return path.is_absolute() or ".." in path.parts or (len(name) > 1 and name[1] == ":")


def gather(sources: list[str], max_bytes: int) -> Gathered:
    """Every document named by `sources`, in a stable order (each folder's entries sorted).
    Links are followed, loops are not; one file reached by two paths is one document."""
    gatherer = _Gatherer(max_bytes)
    for source in sources:
        path = Path(source)
        if os.path.lexists(path):
            gatherer.root = path.parent
            gatherer.source(path)
        elif GLOB_CHARS & set(source):
            gatherer.pattern(source)
        else:
            gatherer.found.missing.append(source)
    return _unique_keys(gatherer.found)


def _unique_keys(found: Gathered) -> Gathered:
    """Two sources with the same folder name would give two documents one key: those keep their full name."""
    keys = Counter(doc.key for doc in found.documents)
    found.documents = [replace(doc, key=doc.name) if keys[doc.key] > 1 else doc for doc in found.documents]
    return found


def glob_paths(pattern: str, refuse) -> Iterator[Path]:
    """Paths matching a glob pattern (`**` is any number of folders), following folder links
    but never round a loop (Python's glob follows a loop 40 levels deep, once per path)."""
    parts = PurePosixPath(pattern).parts
    base = Path(parts[0]) if parts and parts[0] == "/" else Path(".")
    rest = list(parts[1:] if parts and parts[0] == "/" else parts)
    yield from _glob(base, rest, frozenset(), refuse, relative=base == Path(".") and not pattern.startswith("./"))


def _glob(base: Path, parts: list[str], ancestors: frozenset, refuse, relative: bool) -> Iterator[Path]:
    def child(name: str) -> Path:
        return Path(name) if relative and base == Path(".") else base / name

    if not parts:
        yield base
        return
    head, rest = parts[0], parts[1:]
    if not GLOB_CHARS & set(head):
        if os.path.lexists(child(head)):
            yield from _glob(child(head), rest, ancestors, refuse, relative)
        return
    try:
        info = os.stat(base)
        names = sorted(os.listdir(base))
    except OSError:
        return
    identity = (info.st_dev, info.st_ino)
    if head == "**":
        yield from _glob(base, rest, ancestors, refuse, relative)
        if identity in ancestors:
            return
        for name in names:
            path = child(name)
            if not name.startswith(".") and os.path.isdir(path):
                try:
                    sub = os.stat(path)
                except OSError:
                    continue
                if (sub.st_dev, sub.st_ino) in ancestors | {identity}:
                    refuse(str(path), "link-loop", "a link back to a folder it is inside (link loop); not followed")
                    continue
                yield from _glob(path, parts, ancestors | {identity}, refuse, relative)
        return
    for name in names:
        if fnmatchcase(name, head) and (head.startswith(".") or not name.startswith(".")):
            yield from _glob(child(name), rest, ancestors | {identity}, refuse, relative)

