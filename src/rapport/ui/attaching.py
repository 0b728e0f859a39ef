"""Taking files in for an entry: read, checked and thumbnailed off the UI thread.

A 10 MB photo takes longer to decode than a frame lasts, so reading the file and
making its thumbnail run in a worker; only the save (one short transaction) runs on
the UI thread, through the bridge, which says in words what went wrong. Opening a
file hands the system's viewer a private copy in a folder only the owner can read.
"""

from __future__ import annotations

import atexit
import logging
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader

from rapport.i18n import Words
from rapport.store.attachments import MAX_ATTACHMENT_BYTES, clean_name, too_large
from rapport.ui.background import start_thread

log = logging.getLogger("rapport.ui.attaching")
AttachingText = Words("AttachingText")

#: The longer side of a thumbnail, in pixels (sharp at twice the timeline's size).
THUMBNAIL_SIDE = 192


@dataclass(frozen=True)
class Incoming:
    """A file read and ready to save: its name, bytes and thumbnail (images only)."""

    name: str
    data: bytes
    thumbnail: bytes | None


@dataclass(frozen=True)
class Refused:
    """A file that could not be taken, and why (message and hint, in words)."""

    name: str
    message: str
    hint: str


def thumbnail_of(data: bytes) -> bytes | None:
    """A small JPEG of a picture (None when the bytes are no picture Qt can read).

    The reader is asked for the small size directly, so a JPEG is decoded at a
    fraction of its size instead of whole and then scaled.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # photos from phones stand the right way up
    size = reader.size()
    if not reader.canRead() or size.isEmpty():
        return None
    scaled = size.scaled(QSize(THUMBNAIL_SIDE, THUMBNAIL_SIDE), Qt.AspectRatioMode.KeepAspectRatio)
    if scaled.width() < size.width():
        reader.setScaledSize(scaled)
    image = reader.read()
    if image.isNull():
        return None
    if image.hasAlphaChannel():  # JPEG has no transparency: put it on white
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(Qt.GlobalColor.white)
        from PySide6.QtGui import QPainter

        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        image = flat
    out = QBuffer()
    out.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(out, "JPEG", 85)  # type: ignore[call-overload]  # the stubs say bytes; Qt wants str
    return bytes(out.data().data())


def read_incoming(path: Path) -> Incoming | Refused:
    """Read one file for attaching (in a worker): its bytes and thumbnail, or why not."""
    name = clean_name(path.name)
    try:
        size = path.stat().st_size
        if path.is_dir():
            return Refused(
                name,
                AttachingText.tr("“{name}” is a folder.").format(name=name),
                AttachingText.tr("Attach the files inside it instead."),
            )
        if size > MAX_ATTACHMENT_BYTES:
            error = too_large(name, size)
            return Refused(name, error.message, error.hint)
        data = path.read_bytes()
    except OSError as exc:
        log.warning("a file to attach could not be read: %s", exc.strerror)
        return Refused(
            name,
            AttachingText.tr("“{name}” could not be read.").format(name=name),
            AttachingText.tr("Check that the file still exists and that you may open it."),
        )
    return Incoming(name, data, thumbnail_of(data))


class Reader(QObject):
    """Reads files in a worker and hands each one back on the UI thread."""

    #: (the entry the files were given to, an Incoming or a Refused), on the UI thread:
    #: the entry travels with the files, so one still being read when the selection
    #: moves lands where it was dropped.
    read = Signal(object, object)

    def start(self, paths: list[Path], entry_id: int) -> None:
        """Read the files for an entry one after another in a worker."""

        def job() -> None:
            for path in paths:
                self.read.emit(entry_id, read_incoming(path))

        start_thread(job, "attach-files")


_opened_folder: Path | None = None


def private_copy(name: str, data: bytes) -> Path:
    """Write a copy for the system's viewer into a folder only the owner can read.

    The folder is removed when Rapport quits; the journal's file is never handed out.
    """
    global _opened_folder
    if _opened_folder is None or not _opened_folder.exists():
        _opened_folder = Path(tempfile.mkdtemp(prefix="rapport-open-"))  # mode 0700
        atexit.register(shutil.rmtree, _opened_folder, True)
    first = _opened_folder / clean_name(name)
    target, counter = first, 1
    while target.exists():  # the same name opened twice: "photo (2).jpg"
        counter += 1
        target = first.with_name(f"{first.stem} ({counter}){first.suffix}")
    target.write_bytes(data)
    target.chmod(0o600)
    return target
