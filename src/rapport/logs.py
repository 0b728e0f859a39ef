"""Logging set-up: one logger per area (rapport.store, rapport.ui, ...), errors to a file.

The log is meant to be sent to support, so it never quotes the owner's text. Rapport's
own messages name records by id; what a library puts into an exception is scrubbed as
each record is made (`keep_private`): SQLite quotes a note it cannot decode, and
SQLAlchemy quotes the statement and, unless told not to, its parameters.
"""

from __future__ import annotations

import logging
import os
import re
import traceback
from pathlib import Path
from typing import Any

from rapport.locations import ensure_private_folder, log_file

#: A log past this size is set aside (as rapport.log.1) when the app starts.
MAX_LOG_BYTES = 1_000_000


_PRIVATE = (
    # sqlite3: "Could not decode to UTF-8 column 'body' with text '…the note…'" (the note
    # may span lines: everything up to the next part of a traceback goes)
    (
        re.compile(
            r"(with text )'.*?(?=\n\[SQL|\n\(Background on|\n\nThe above|\n\nDuring handling|\Z)",
            re.DOTALL,
        ),
        r"\1(left out)",
    ),
    (re.compile(r"\[SQL: .*?\](?=\n|\Z)", re.DOTALL), "[SQL statement left out]"),
    (re.compile(r"\[parameters: [^\n]*"), "[parameters left out]"),
)
_KEEPING_PRIVATE = False


def scrub(text: str) -> str:
    """The text with whatever may quote the owner's notes left out (statements, values)."""
    for pattern, replacement in _PRIVATE:
        text = pattern.sub(replacement, text)
    return text


def keep_private() -> None:
    """Scrub every log record as it is made, whichever handler writes it (and wherever).

    A record factory rather than a formatter: the file, standard error under --verbose
    and any handler added later all get the same clean text.
    """
    global _KEEPING_PRIVATE
    if _KEEPING_PRIVATE:
        return
    _KEEPING_PRIVATE = True
    make = logging.getLogRecordFactory()

    def private_record(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = make(*args, **kwargs)
        _scrub_record(record)
        return record

    logging.setLogRecordFactory(private_record)


def _scrub_record(record: logging.LogRecord) -> None:
    try:
        message = record.getMessage()
    except Exception:  # a malformed call is logging's own problem to report
        return
    clean = scrub(message)
    if clean != message:
        record.msg, record.args = clean, ()
    if record.exc_info and record.exc_info[1] is not None:
        kind, value, tb = record.exc_info
        text = "".join(traceback.format_exception(kind, value, tb)).rstrip("\n")
        record.exc_text = scrub(text)


def _rotate(target: Path) -> None:
    """Keep the log small: set a big one aside at start (one old copy is enough)."""
    if target.exists() and target.stat().st_size > MAX_LOG_BYTES:
        target.replace(target.with_name(target.name + ".1"))


def setup_logging(verbose: bool = False, path: Path | None = None) -> Path | None:
    """Send warnings (and errors with tracebacks) to the log file in the data folder.

    Returns the log file's path, or None when it cannot be written (logging then goes
    to standard error only; a missing log must never stop the app). The log may quote
    customers' names, so it is readable by the owner alone.
    """
    keep_private()
    root = logging.getLogger("rapport")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    target = path or log_file()
    try:
        ensure_private_folder(target.parent)
        _rotate(target)
        os.close(os.open(target, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600))
        handler: logging.Handler = logging.FileHandler(target, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root.addHandler(handler)
    return target
