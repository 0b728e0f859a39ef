"""Logging set-up: one logger per area (rapport.store, rapport.ui, ...), errors to a file."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from rapport.locations import ensure_private_folder, log_file
from rapport.store.files import PRIVATE_FILE


def setup_logging(verbose: bool = False, path: Path | None = None) -> Path | None:
    """Send warnings (and errors with tracebacks) to the log file in the data folder.

    Returns the log file's path, or None when it cannot be written (logging then goes
    to standard error only; a missing log must never stop the app).
    """
    root = logging.getLogger("rapport")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    target = path or log_file()
    try:
        ensure_private_folder(target.parent)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        os.chmod(target, PRIVATE_FILE)  # it may name customers: the owner's eyes only
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root.addHandler(handler)
    return target
