"""Writing an export so that a partial file never replaces a good one.

The text goes to a temporary file in the same folder, is flushed to the disk
(fsync), and only then renamed over the target, which is atomic on one file system.
A failure at any point (a full disk, a crash, an exception while formatting) leaves
the previous file as it was and no temporary file behind. The file is created
readable by the owner alone: an export holds the same private notes as the journal.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from rapport.i18n import Words
from rapport.transfer.errors import TransferError

log = logging.getLogger("rapport.transfer")
AtomicText = Words("AtomicText")


def write_atomically(path: Path, chunks: Iterable[str], newline: str = "") -> int:
    """Write text (UTF-8) to path atomically; return the number of characters written.

    `newline=""` writes line ends exactly as the chunks hold them (CSV and vCard
    want CRLF). Raises TransferError, with the old file intact, when anything fails.
    """

    def write(fd: int) -> int:
        written = 0
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as handle:
            for chunk in chunks:
                written += handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        return written

    written = replace_atomically(Path(path), write)
    log.info("exported %s (%s characters)", path, written)
    return written


def write_bytes_atomically(path: Path, data: bytes) -> int:
    """Write bytes (a file taken off an entry) to path atomically, as `write_atomically`."""

    def write(fd: int) -> int:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        return len(data)

    return replace_atomically(Path(path), write)


def replace_atomically(path: Path, write: Callable[[int], int]) -> int:
    """Write through `write(fd)` into a temporary file beside path, then rename it over."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise TransferError(
            AtomicText.tr("“{path}” is a folder.").format(path=path),
            AtomicText.tr("Choose a file name to export to."),
        )
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise _error(path, exc) from exc
    temp = Path(temp_name)
    try:
        written = write(fd)
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise _error(path, exc) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _sync_folder(folder)
    return written


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        log.debug("could not sync folder %s", folder)
    finally:
        os.close(fd)


def _error(path: Path, exc: OSError) -> TransferError:
    reason = exc.strerror or str(exc)
    if path.exists():
        hint = AtomicText.tr(
            "The previous file was left as it was. "
            "Choose another folder, or free some space, then export again."
        )
    else:
        hint = AtomicText.tr("Choose another folder, or free some space, then export again.")
    message = AtomicText.tr("“{path}” could not be written ({reason}).")
    return TransferError(message.format(path=path, reason=reason), hint)
