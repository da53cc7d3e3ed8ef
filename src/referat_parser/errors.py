"""Errors a user can meet: each is one line naming the reason, never a traceback."""

from __future__ import annotations


class ReferatError(Exception):
    """A document could not be read or parsed; `reason` is one sentence for a person.

    `code` is a short stable identifier ("no-text-layer", "encrypted", "corrupt-pdf",
    "unsupported-format", "empty", "too-large", ...) so batch outputs can group failures.
    """

    def __init__(self, reason: str, code: str = "unreadable", path: str | None = None):
        super().__init__(reason)
        self.reason = reason
        self.code = code
        self.path = path

    def with_path(self, path: str) -> "ReferatError":
        self.path = path
        return self

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}" if self.path else self.reason
