"""An entry's files at the foot of its timeline row: picture thumbnails, then names and sizes.

The thumbnails were made when the files were attached (small JPEGs kept with them), so
a row decodes a few kilobytes, never the photo itself — and each only once: decoded
thumbnails are kept by their file's hash (the same bytes, the same thumbnail), so a
customer with many photos opens again without decoding them again. They go into the
row's own document as image resources, so the row's height and painting need nothing
extra.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QImage,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)

from rapport.reports.print_files import files_line
from rapport.store.attachments import AttachmentRecord

#: The longer side of a thumbnail on a row, in pixels (they are made twice as large).
ROW_THUMBNAIL = 96
#: Decoded thumbnails kept (about 100 KB each): a few customers' worth of photos.
KEPT_THUMBNAILS = 400

_decoded: OrderedDict[str, QImage] = OrderedDict()


def thumbnail_image(record: AttachmentRecord) -> QImage:
    """The record's thumbnail decoded (a null image when it cannot be), once per file."""
    image = _decoded.get(record.sha256)
    if image is not None:
        _decoded.move_to_end(record.sha256)
        return image
    image = QImage.fromData(record.thumbnail or b"")
    _decoded[record.sha256] = image
    if len(_decoded) > KEPT_THUMBNAILS:
        _decoded.popitem(last=False)
    return image


def append_files(doc: QTextDocument, files: Sequence[AttachmentRecord], colour: str) -> None:
    """Add the thumbnails of the pictures and a line of names and sizes to a row's document."""
    cursor = QTextCursor(doc)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    pictures = [record for record in files if record.is_image and record.thumbnail]
    if pictures:
        block = QTextBlockFormat()
        block.setTopMargin(4)
        cursor.insertBlock(block, QTextCharFormat())
        for record in pictures:
            image = thumbnail_image(record)
            if image.isNull():
                continue
            name = f"rapport-file:{record.id}"
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
            shown = image.size().scaled(
                ROW_THUMBNAIL, ROW_THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio
            )
            picture = QTextImageFormat()
            picture.setName(name)
            picture.setWidth(shown.width())
            picture.setHeight(shown.height())
            cursor.insertImage(picture)
            cursor.insertText(" ")
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
    cursor.insertHtml(f"<span style='color:{colour}'>{escape(files_line(files))}</span>")
