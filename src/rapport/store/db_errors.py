"""Database failures put into words an owner can act on: on opening, writing and reading.

Only the database's own complaint is read (and shown): never the statement or its
parameters, which hold the owner's text and are no business of a message or a log.
Nothing outside the store ever sees a SQLAlchemy or sqlite3 error.
"""

from __future__ import annotations

import logging
from pathlib import Path

from rapport.i18n import Words
from rapport.logs import scrub
from rapport.store.db_errors_pg import is_server_error, server_error
from rapport.store.engine import cannot_open, could_not_open
from rapport.store.errors import (
    CorruptJournalError,
    JournalBusyError,
    JournalDamagedError,
    JournalError,
    JournalReadError,
    JournalWriteBusyError,
    JournalWriteError,
)

log = logging.getLogger("rapport.store")
JournalText = Words("JournalText")


def _complaint(exc: BaseException) -> tuple[str, str]:
    """(what SQLite said, scrubbed; the same with its error name, lower case, to match)."""
    reason = getattr(exc, "orig", None) or exc
    name = getattr(reason, "sqlite_errorname", "")
    said = scrub(str(reason))  # sqlite3 may quote a note it could not decode
    return said, f"{name} {said}".lower()


def _damaged(text: str) -> bool:
    return "malformed" in text or "not a database" in text or "corrupt" in text


def _busy(text: str) -> bool:
    return "locked" in text or "busy" in text


def open_error(path: Path, exc: BaseException) -> JournalError:
    """Put a failure while opening into words: damage, or a file that cannot be written."""
    said, text = _complaint(exc)
    if cannot_open(exc):
        log.warning("could not open %s: %s", path, said)
        return could_not_open(path)
    if "malformed" in text or "not a database" in text:
        log.warning("damaged journal %s: %s", path, said)
        return CorruptJournalError(
            JournalText.tr("“{path}” is damaged and cannot be read.").format(path=path),
            JournalText.tr("Restore it from a backup. The damaged file was left as it was."),
        )
    return write_error(exc)


def write_error(exc: BaseException) -> JournalWriteError:
    """Put a database failure into words; the change was rolled back."""
    if is_server_error(exc):  # a team journal's server: its error codes say what it was
        return _as_write(server_error(exc, writing=True))
    said, text = _complaint(exc)
    reason = getattr(exc, "orig", None) or exc
    log.warning(
        "write failed: %s %s: %s",
        type(reason).__name__,
        getattr(reason, "sqlite_errorname", ""),
        said,
    )
    if "full" in text:
        return JournalWriteError(
            JournalText.tr("The disk is full, so the change was not saved."),
            JournalText.tr("Free some space, then try again. Your text is still here."),
        )
    if "readonly" in text or "read-only" in text:
        return JournalWriteError(
            JournalText.tr("The journal file cannot be written (it or its folder is read-only)."),
            JournalText.tr("Check the file's permissions, or save the journal somewhere else."),
        )
    if _busy(text):
        return JournalWriteBusyError(
            JournalText.tr("The journal is busy in another program, so the change was not saved."),
            JournalText.tr("Close the other program (or wait a moment), then try again."),
        )
    if "malformed" in text or "not a database" in text:
        return JournalWriteError(
            JournalText.tr("The journal file is damaged, so the change was not saved."),
            JournalText.tr("Use Tools → Check journal, or File → Restore from backup."),
        )
    return JournalWriteError(
        JournalText.tr("The change could not be saved."),
        JournalText.tr("The database said: {reason}").format(reason=said),
    )


def read_error(exc: BaseException) -> JournalError:
    """Put a failed read into words: damage, a journal busy elsewhere, or what SQLite said."""
    if is_server_error(exc):
        return server_error(exc, writing=False)
    said, text = _complaint(exc)
    reason = getattr(exc, "orig", None) or exc
    log.warning(
        "read failed: %s %s: %s",
        type(reason).__name__,
        getattr(reason, "sqlite_errorname", ""),
        said,
    )
    if _damaged(text):
        return JournalDamagedError(
            JournalText.tr("The journal file is damaged: part of it can no longer be read."),
            JournalText.tr("Use Tools → Check journal, or File → Restore from backup."),
            reason=said,
        )
    if _busy(text):
        return JournalBusyError(
            JournalText.tr("The journal is busy in another program, so it could not be read."),
            JournalText.tr(
                "Wait a moment, then try again; if it stays busy, close the other program."
            ),
        )
    return JournalReadError(
        JournalText.tr("The journal could not be read."),
        JournalText.tr("The database said: {reason}").format(reason=said),
    )


def _as_write(error: JournalError) -> JournalWriteError:
    """A server's failure while writing, as the JournalWriteError the Door raises."""
    if isinstance(error, JournalWriteError):
        return error
    written = JournalWriteError(error.message, error.hint)
    written.__cause__ = error
    return written
