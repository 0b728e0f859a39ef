"""Errors the store raises, each with a message an owner can act on.

`message` says what happened; `hint` says what to do. Neither mentions SQL.
"""

from __future__ import annotations

from pathlib import Path


class JournalError(Exception):
    """Base for every problem with a journal file the user should hear about."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class JournalLocationError(JournalError):
    """The path is a folder, or its folder cannot be created or written."""


class NotAJournalError(JournalError):
    """The file exists but is not a Rapport journal; it is left untouched."""

    def __init__(self, path: Path, what: str) -> None:
        super().__init__(
            f"“{path}” is {what}, not a Rapport journal. It was left as it was.",
            "Choose a Rapport journal file, or a new file name to start an empty journal.",
        )


class NewerJournalError(JournalError):
    """The journal was written by a newer version of Rapport."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"“{path}” was saved by a newer version of Rapport. It was left as it was.",
            "Install the latest version of Rapport to open it.",
        )


class CorruptJournalError(JournalError):
    """SQLite reports damage in the file."""


class JournalWriteError(JournalError):
    """A change could not be saved (disk full, read-only, locked). Nothing was written."""


class RecordNotFoundError(JournalError):
    """A customer, entry or stage change asked for does not exist (or was deleted)."""
