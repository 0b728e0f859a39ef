"""Logging set-up: one logger per area (rapport.store, rapport.ui, ...), errors to a file."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from rapport.locations import ensure_private_folder, log_file

#: A log past this size is set aside (as rapport.log.1) when the app starts.
MAX_LOG_BYTES = 1_000_000


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
