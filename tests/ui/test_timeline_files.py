"""The timeline shows each entry's files on its row: thumbnails of pictures, names and sizes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage, QTextFormat
from pytestqt.qtbot import QtBot

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.ui.attaching import thumbnail_of
from rapport.ui.main_window import MainWindow
from rapport.ui.timeline_view import row_document

WHEN = datetime(2026, 3, 10, 14, tzinfo=UTC)


def _photo() -> bytes:
    image = QImage(1200, 800, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a6f97"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())


def _images(doc: object) -> int:
    count, block = 0, doc.begin()  # type: ignore[attr-defined]
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if it.fragment().charFormat().objectType() == QTextFormat.ObjectTypes.ImageObject:
                count += 1
            it += 1
        block = block.next()
    return count


def test_a_row_shows_its_photo_and_its_files_and_follows_a_new_one(
    qtbot: QtBot, make_window: Callable[[Path], MainWindow], journal_path: Path, tmp_path: Path
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    cid = journal.customers.create(CustomerDraft(name="Café Lindeboom"))
    eid = journal.entries.add(EntryDraft(cid, WHEN, title="Tasting", body="See the board."))
    other = journal.entries.add(EntryDraft(cid, WHEN.replace(day=9), title="Call"))
    photo = _photo()
    journal.attachments.add(eid, "whiteboard.jpg", photo, thumbnail=thumbnail_of(photo))
    journal.attachments.add(eid, "order form.pdf", b"%PDF-1.4" + b"x" * 2040)
    window.resize(1366, 768)
    window.customer_list.select(cid)
    page = window.page
    model = page.timeline_model
    qtbot.waitUntil(lambda: model.rowCount() >= 2, timeout=3000)
    row = model.find(("entry", eid))
    assert row is not None
    item = model.item(row)
    assert [f.filename for f in item.files] == ["whiteboard.jpg", "order form.pdf"]
    doc = row_document(item, page.timeline.palette())
    text = doc.toPlainText()
    assert "whiteboard.jpg" in text and "order form.pdf" in text
    assert "(2.0 kb)" in text.lower() or "(2,0 kb)" in text.lower()
    assert _images(doc) == 1  # the photo's thumbnail; the PDF by name only
    shot = tmp_path / "timeline-photo.png"
    page.timeline.grab().save(str(shot))

    # a file attached later shows on its row after the save, the other row untouched
    journal.attachments.add(other, "card.png", photo, thumbnail=thumbnail_of(photo))
    row2 = model.find(("entry", other))
    assert row2 is not None
    qtbot.waitUntil(lambda: [f.filename for f in model.item(row2).files] == ["card.png"])
    assert len(model.item(model.find(("entry", eid)) or 0).files) == 2
