"""Errors the store raises, each with a message an owner can act on.

`message` says what happened; `hint` says what to do. Neither mentions SQL.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

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


class JournalMovedError(JournalWriteError):
    """The journal file (or its WAL) was moved, renamed or deleted while open.

    Saving on would write into a file that is no longer at the path, and be lost; the
    open connection still reads it, so it can be saved again elsewhere (Journal.save_as).
    """

    def __init__(self, path: Path) -> None:
        super().__init__(
            StoreErrorsText.tr(
                "The journal file “{path}” was moved, renamed or deleted while Rapport had it "
                "open (perhaps by a sync tool or a file manager), so the change was not saved."
            ).format(path=path),
            StoreErrorsText.tr(
                "Nothing saved so far is lost: save the journal again in a place you choose. "
                "Your text stays here until then."
            ),
        )


#: Why nothing can be saved in a journal opened read-only.
ReadOnlyReason = Literal["write", "upgrade", "empty"]

_READ_ONLY: dict[ReadOnlyReason, str] = {
    "write": QT_TRANSLATE_NOOP(
        "StoreErrorsText",
        "“{path}” is open read-only (it or its folder cannot be written, as on a backup "
        "disk), so the change was not saved.",
    ),
    "upgrade": QT_TRANSLATE_NOOP(
        "StoreErrorsText",
        "“{path}” was saved by an older version of Rapport and must be upgraded before it "
        "can be read, but it is read-only (it or its folder cannot be written). "
        "It was left as it was.",
    ),
    "empty": QT_TRANSLATE_NOOP(
        "StoreErrorsText",
        "“{path}” holds no journal yet, and it is read-only, so none can be started in it.",
    ),
}


class JournalReadOnlyError(JournalWriteError):
    """The journal was opened read-only (a backup disk): nothing can be saved or upgraded."""

    def __init__(self, path: Path, why: ReadOnlyReason = "write") -> None:
        super().__init__(
            translate("StoreErrorsText", _READ_ONLY[why]).format(path=path),
            StoreErrorsText.tr("Copy the journal to a folder you can write to, and open it there."),
        )


class JournalDamagedError(CorruptJournalError):
    """A read met damage in the open journal (SQLite: malformed, not a database).

    `reason` is what SQLite said, for the log and for telling an index's damage apart.
    """

    def __init__(self, message: str, hint: str = "", reason: str = "") -> None:
        super().__init__(message, hint)
        self.reason = reason


class JournalBusyError(JournalError):
    """Another program holds the journal locked longer than Rapport waits; nothing was read."""


class JournalWriteBusyError(JournalWriteError, JournalBusyError):
    """Another program kept the write lock longer than Rapport waits; nothing was saved."""


class JournalReadError(JournalError):
    """The journal could not be read for another reason, said in the database's words."""


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


class ConflictError(JournalError):
    """A save from an older copy met the same fields changed elsewhere; nothing was written.

    `clashes` are the fields both sides changed (domain.merge.Clash); `current` is the
    record as it is saved now: the base of a second try once the owner has chosen;
    `sentences` says each clash on its own, in the order of `clashes`.
    """

    def __init__(
        self,
        message: str,
        hint: str,
        clashes: tuple[Any, ...],
        current: Any,
        sentences: tuple[str, ...] = (),
    ) -> None:
        super().__init__(message, hint)
        self.clashes = clashes
        self.current = current
        self.sentences = sentences
