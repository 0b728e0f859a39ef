"""Errors the store raises, each with a message an owner can act on.

`message` says what happened; `hint` says what to do. Neither mentions SQL.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from rapport.i18n import QT_TRANSLATE_NOOP, Words, translate

StoreErrorsText = Words("StoreErrorsText")

#: What a file that is not a journal turned out to be.
NotJournal = Literal["not a file", "not a database", "another program's"]

_NOT_A_JOURNAL: dict[NotJournal, str] = {
    "not a file": QT_TRANSLATE_NOOP(
        "StoreErrorsText",
        "“{path}” is not a regular file, not a Rapport journal. It was left as it was.",
    ),
    "not a database": QT_TRANSLATE_NOOP(
        "StoreErrorsText",
        "“{path}” is not a database (perhaps a text or document file), not a Rapport journal. "
        "It was left as it was.",
    ),
    "another program's": QT_TRANSLATE_NOOP(
        "StoreErrorsText",
        "“{path}” is a database of another program, not a Rapport journal. It was left as it was.",
    ),
}

#: A record asked for that does not exist (or is in the trash).
Gone = Literal["customer", "entry", "stage change", "check-in"]

_GONE: dict[Gone, str] = {
    "customer": QT_TRANSLATE_NOOP(
        "StoreErrorsText", "That customer no longer exists (it may have been deleted)."
    ),
    "entry": QT_TRANSLATE_NOOP(
        "StoreErrorsText", "That entry no longer exists (it may have been deleted)."
    ),
    "stage change": QT_TRANSLATE_NOOP(
        "StoreErrorsText", "That stage change no longer exists (it may have been deleted)."
    ),
    "check-in": QT_TRANSLATE_NOOP(
        "StoreErrorsText", "That check-in no longer exists (it may have been deleted)."
    ),
}


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

    def __init__(self, path: Path, what: NotJournal) -> None:
        super().__init__(
            translate("StoreErrorsText", _NOT_A_JOURNAL[what]).format(path=path),
            StoreErrorsText.tr(
                "Choose a Rapport journal file, or a new file name to start an empty journal."
            ),
        )


class NewerJournalError(JournalError):
    """The journal was written by a newer version of Rapport."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            StoreErrorsText.tr(
                "“{path}” was saved by a newer version of Rapport. It was left as it was."
            ).format(path=path),
            StoreErrorsText.tr("Install the latest version of Rapport to open it."),
        )


class CorruptJournalError(JournalError):
    """SQLite reports damage in the file."""


class MissingTablesError(CorruptJournalError):
    """A table of the journal's records is gone (SQLite's own checks see nothing wrong)."""


class DamagedIndexesError(CorruptJournalError):
    """Only indexes disagree with their tables: rebuilding them repairs it, losing nothing."""


class LostJournalError(JournalError):
    """The journal file is missing or empty, yet it has backups: it is not a new journal."""


class NoJournalError(JournalError):
    """There is no journal at the path, and none was to be created (a check, a read)."""


class JournalWriteError(JournalError):
    """A change could not be saved (disk full, read-only, locked). Nothing was written."""


class RecordNotFoundError(JournalError):
    """A customer, entry or stage change asked for does not exist (or was deleted)."""

    @classmethod
    def gone(cls, what: Gone) -> RecordNotFoundError:
        """The error for a record that is missing, perhaps because it was deleted."""
        return cls(translate("StoreErrorsText", _GONE[what]))

    @classmethod
    def customer_gone(cls) -> RecordNotFoundError:
        """The error for a customer that is no longer there."""
        return cls(StoreErrorsText.tr("That customer no longer exists."))
