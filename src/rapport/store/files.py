"""Private, durable files: created 0600 in 0700 folders, replaced atomically.

Everything Rapport writes about customers (journal, backups, drafts) goes through
these helpers, so the owner alone can read it whatever the umask, and a crash or
power cut leaves either the old file or the new one, never half of each.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def private_folder(folder: Path) -> Path:
    """Create the folder (and parents) readable by the owner alone; return it."""
    if not folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
        # mkdir's mode is filtered by the umask; chmod is not.
        with contextlib.suppress(OSError):
            os.chmod(folder, PRIVATE_FOLDER)
    return folder


def create_private(path: Path, *, exclusive: bool = False) -> None:
    """Create an empty file readable by the owner alone (left as is when it exists)."""
    flags = os.O_CREAT | os.O_WRONLY | (os.O_EXCL if exclusive else 0)
    fd = os.open(path, flags, PRIVATE_FILE)
    try:
        os.fchmod(fd, PRIVATE_FILE)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new file in the folder survive a power cut (POSIX only)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(path: Path, data: bytes) -> None:
    """Replace path with data: the old content or the new one survives a crash, never a mix.

    The data goes to a private temporary file in the same folder, is fsynced, renamed
    over the target, and the folder is fsynced so the rename itself is durable.
    """
    folder = path.parent
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    fsync_folder(folder)
