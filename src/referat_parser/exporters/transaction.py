"""An output as a transaction, for every format alike.

  - locked for the run: a second run on the same output stops with a clear error, or
    waits for the first with `wait` (an advisory lock on a hidden file beside the output);
  - a fresh run builds its output beside the old one (NAME.partial) and replaces the old
    one only when it is complete; an interrupted run leaves the old output as it was;
  - a resumed run continues NAME.partial when an interrupted fresh run left one, else the
    output itself.
A folder is replaced only when it holds nothing but this format's own files.
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
from pathlib import Path
from typing import Callable

from .base import OutputFault

PARTIAL = ".partial"
OLD = ".old"
_HELD: set[int] = set()  # lock descriptors of this process; a forked worker must not keep a lock alive


def _close_inherited_locks() -> None:
    for fd in _HELD:
        try:
            os.close(fd)
        except OSError:
            pass
    _HELD.clear()


os.register_at_fork(after_in_child=_close_inherited_locks)


class Transaction:
    def __init__(self, target: Path, folder: bool, resume: bool, wait: bool,
                 owns: Callable[[str], bool] | None = None, companions: tuple[Path, ...] = ()):
        self.target, self.folder, self.owns = target, folder, owns
        self.files = (target, *companions)  # replaced together (a file and its error records)
        self.lock_path = target.with_name(f".{target.name}.lock")
        self.lock_fd: int | None = None
        if not target.parent.is_dir():
            raise OutputFault(f"the folder {target.parent} does not exist")
        self._lock(wait)
        try:
            self._recover_swap()
            self._check_target()
            partial = _partial(target)
            if resume and os.path.lexists(partial):
                self.work = partial
            elif resume:
                self.work = target
            else:
                for path in self.files:
                    _remove(_partial(path))
                self.work = partial
            if folder:
                self.work.mkdir(exist_ok=True)
        except BaseException:
            self.release()
            raise

    def _lock(self, wait: bool) -> None:
        while True:
            fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
            except OSError as exc:
                os.close(fd)
                if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN):
                    raise OutputFault("another run is writing this output; wait for it, or add --wait") from None
                raise
            try:
                same = os.fstat(fd).st_ino == os.stat(self.lock_path).st_ino
            except FileNotFoundError:
                same = False
            if same:  # not a lock file the previous holder removed while we waited
                self.lock_fd = fd
                _HELD.add(fd)
                return
            os.close(fd)

    def _recover_swap(self) -> None:
        """A run killed while replacing a folder left NAME.old (and maybe no NAME)."""
        old = self.target.with_name(self.target.name + OLD)
        if not old.exists():
            return
        if not os.path.lexists(self.target) and not os.path.lexists(_partial(self.target)):
            os.replace(old, self.target)
        else:
            shutil.rmtree(old)

    def _check_target(self) -> None:
        target = self.target
        if not os.path.lexists(target):
            return
        if self.folder and not target.is_dir():
            raise OutputFault("is a file; this format writes a folder")
        if not self.folder and target.is_dir():
            raise OutputFault("is a folder; this format writes a file")
        if self.folder and self.owns:
            foreign = sorted(p.name for p in target.iterdir() if p.is_dir() or not self.owns(p.name))
            if foreign:
                raise OutputFault(f"the folder holds other files ({foreign[0]}, …); give a new or empty folder")

    def commit(self) -> None:
        """The run is complete: its output takes the place of the old one."""
        if self.work == self.target:
            return
        if self.folder:
            old = self.target.with_name(self.target.name + OLD)
            if self.target.exists():
                os.replace(self.target, old)
            os.replace(self.work, self.target)
            shutil.rmtree(old, ignore_errors=True)
            return
        for path in reversed(self.files):  # the error records first, the documents last
            if os.path.lexists(_partial(path)):
                os.replace(_partial(path), path)

    def discard(self) -> None:
        """Nothing worth keeping was built: the old output stays as it was."""
        if self.work != self.target:
            for path in self.files:
                _remove(_partial(path))

    def release(self) -> None:
        if self.lock_fd is not None:
            self.lock_path.unlink(missing_ok=True)
            _HELD.discard(self.lock_fd)
            os.close(self.lock_fd)
            self.lock_fd = None


def _partial(path: Path) -> Path:
    return path.with_name(path.name + PARTIAL)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)
        for suffix in ("-journal", "-wal", "-shm"):  # SQLite's own files beside a database
            path.with_name(path.name + suffix).unlink(missing_ok=True)
