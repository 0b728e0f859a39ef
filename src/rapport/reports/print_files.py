"""An entry's files in the printout: its pictures scaled into the page, the rest by name.

A picture is decoded straight at the size it is printed (a 24-megapixel photo is never
held whole), no wider than the note's column and no taller than half a page, so it
never runs off the paper; other files are listed with their sizes. A small picture
prints at 150 dots an inch (a 400-pixel photo 6.8 cm wide, sharp on an office printer;
at the screen's 96 it was 10.6 cm and soft), or finer when it says so (a scan at 300
dpi prints at its own size); it is never blown up past that. The entries the
printout shows decide whose files it shows: a private entry's files come with it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QSize, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QImage,
    QImageReader,
    QPaintDevice,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)

from rapport.i18n import Words
from rapport.store.attachments import AttachmentRecord

log = logging.getLogger("rapport.reports.print_files")
PrintFilesText = Words("PrintFilesText")

#: The tallest a printed picture may be, in millimetres (half an A4 page's body).
MAX_PICTURE_MM = 120.0
#: The most pixels a printed picture keeps on its longer side (≈ 300 dpi at 17 cm).
MAX_PICTURE_PIXELS = 2000
#: The coarsest a picture is printed at, in dots an inch: sharp enough for a photo.
PICTURE_DPI = 150.0


def file_size(size: int) -> str:
    """A size such as 2.4 MB, in the owner's locale."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def files_line(files: Sequence[AttachmentRecord]) -> str:
    """The files' names and sizes on one line: "order.pdf (2.0 kB) · card.png (40 kB)"."""
    return " · ".join(f"{record.filename} ({file_size(record.size)})" for record in files)


def decoded(data: bytes, most: QSize) -> tuple[QImage, QSizeF]:
    """The picture decoded to fit within `most` pixels, and its size on paper in inches.

    The image is null when the data is no picture. The size on paper is the picture's
    own, at its own resolution or `PICTURE_DPI`, whichever is finer.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and (size.width() > most.width() or size.height() > most.height()):
        reader.setScaledSize(size.scaled(most, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return image, QSizeF()
    # The pixels it has, not those decoded (fewer for a large one; turned upright).
    shrunk = max(size.width(), size.height()) / max(image.width(), image.height(), 1)
    own = image.dotsPerMeterX() * 0.0254
    return image, image.size().toSizeF() * max(shrunk, 1.0) / max(PICTURE_DPI, own)


def append_entry_files(
    doc: QTextDocument,
    files: Sequence[AttachmentRecord],
    read: Callable[[int], bytes] | None,
    device: QPaintDevice,
) -> None:
    """Add the entry's pictures (scaled into the column) and a line naming every file."""
    if not files:
        return
    width = doc.textWidth()
    dpi = device.logicalDpiY()
    tallest = MAX_PICTURE_MM / 25.4 * dpi
    cursor = QTextCursor(doc)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    for record in files:
        if not record.is_image or read is None:
            continue
        try:
            most = QSize(MAX_PICTURE_PIXELS, MAX_PICTURE_PIXELS)
            image, inches = decoded(read(record.id), most)
        except Exception:  # a picture that cannot be read must not cost the printout
            log.warning("a picture on an entry could not be read for the printout")
            continue
        if image.isNull():
            continue
        shown = inches * dpi  # its own size on paper, unless it is larger than the room
        if shown.width() > width or shown.height() > tallest:
            shown = shown.scaled(width, tallest, Qt.AspectRatioMode.KeepAspectRatio)
        name = f"rapport-file:{record.id}"
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        picture = QTextImageFormat()
        picture.setName(name)
        # Image sizes are in 1/96 inch whatever the device (Qt scales them to its dpi).
        picture.setWidth(shown.width() * 96 / dpi)
        picture.setHeight(shown.height() * 96 / dpi)
        block = QTextBlockFormat()
        block.setTopMargin(6)
        cursor.insertBlock(block, QTextCharFormat())
        cursor.insertImage(picture)
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
    label = PrintFilesText.tr("Files: {files}").format(files=files_line(files))
    cursor.insertHtml(f"<span class='meta'>{escape(label)}</span>")
    doc.setTextWidth(width)
