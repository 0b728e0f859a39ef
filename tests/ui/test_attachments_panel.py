"""The files on an entry: attach by picking, dropping or pasting; open, save, take off, undo."""

from __future__ import annotations

import stat
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, QPointF, Qt, QUrl, Slot
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from msgboxes import MessageBoxes
from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store import Journal
from rapport.store.attachments import MAX_ATTACHMENT_BYTES
from rapport.ui.attachments_panel import AttachmentsPanel
from rapport.ui.bridge import JournalBridge


def _photo(path: Path, width: int = 1600, height: int = 1200) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#c0703a"))
    assert image.save(str(path), "JPEG", 90)
    return path


def _panel(qtbot: QtBot, journal: Journal) -> tuple[AttachmentsPanel, int, QUndoStack]:
    cid = journal.customers.create(CustomerDraft(name="Café Lindeboom"))
    eid = journal.entries.add(EntryDraft(cid, datetime(2026, 3, 10, tzinfo=UTC), title="Tasting"))
    bridge = JournalBridge(journal)
    undo = QUndoStack()
    panel = AttachmentsPanel(bridge, undo=undo)
    qtbot.addWidget(panel)
    panel.resize(520, 260)
    panel.show()
    panel.show_entry(eid)
    return panel, eid, undo


def test_a_photo_picked_shows_as_a_thumbnail_and_saves_back_byte_for_byte(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    panel, eid, _undo = _panel(qtbot, journal)
    photo = _photo(tmp_path / "whiteboard.jpg")
    panel.attach_paths([photo])
    qtbot.waitUntil(lambda: panel.files.count() == 1, timeout=5000)
    item = panel.files.item(0)
    assert item.text().startswith("whiteboard.jpg\n")
    (record,) = journal.attachments.on_entry(eid)
    thumb = QImage()
    assert record.thumbnail and thumb.loadFromData(record.thumbnail)
    assert max(thumb.width(), thumb.height()) == 192  # small, whatever the photo's size
    panel.grab().save(str(tmp_path / "panel.png"))
    saved = panel.save_as(record, tmp_path / "copy.jpg")
    assert saved is not None and saved.read_bytes() == photo.read_bytes()


def test_files_dropped_and_a_picture_pasted_are_attached(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    panel, eid, _undo = _panel(qtbot, journal)
    note = tmp_path / "order form.pdf"
    note.write_bytes(b"%PDF-1.4 order")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(note))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    panel.dropEvent(drop)
    qtbot.waitUntil(lambda: panel.files.count() == 1, timeout=5000)
    picture = QImage(40, 30, QImage.Format.Format_RGB32)
    picture.fill(QColor("white"))
    QGuiApplication.clipboard().setImage(picture)
    panel.files.setFocus()
    panel.paste_action.trigger()
    qtbot.waitUntil(lambda: panel.files.count() == 2, timeout=5000)
    names = [a.filename for a in journal.attachments.on_entry(eid)]
    assert names[0] == "order form.pdf" and names[1].startswith("Pasted picture ")
    assert names[1].endswith(".png")


def test_a_file_too_large_is_refused_in_words_before_it_is_read(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    panel, eid, _undo = _panel(qtbot, journal)
    film = tmp_path / "film.mov"
    with film.open("wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)
    panel.attach_paths([film, tmp_path / "gone.jpg"])
    qtbot.waitUntil(lambda: len(MessageBoxes.log) == 2, timeout=5000)
    texts = [m.text for m in MessageBoxes.log]
    assert "files on entries can be up to 50 MB" in texts[0]
    assert "“gone.jpg” could not be read." in texts[1]
    assert journal.attachments.on_entry(eid) == []


def test_taking_a_file_off_is_undone(qtbot: QtBot, journal: Journal, tmp_path: Path) -> None:
    panel, eid, undo = _panel(qtbot, journal)
    panel.attach_paths([_photo(tmp_path / "card.jpg", 300, 200)])
    qtbot.waitUntil(lambda: panel.files.count() == 1, timeout=5000)
    panel.files.item(0).setSelected(True)
    panel.remove_selected()
    assert panel.files.count() == 0 and journal.attachments.on_entry(eid) == []
    assert undo.undoText() == "Take “card.jpg” off the entry"
    undo.undo()
    assert panel.files.count() == 1


class _Viewer(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.opened.append(url)


def test_opening_hands_the_viewer_a_private_copy(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    panel, _eid, _undo = _panel(qtbot, journal)
    panel.attach_paths([_photo(tmp_path / "card.jpg", 300, 200)])
    qtbot.waitUntil(lambda: panel.files.count() == 1, timeout=5000)
    viewer = _Viewer()
    QDesktopServices.setUrlHandler("file", viewer, "show")  # type: ignore[arg-type]
    try:
        panel.open_file(panel.files.item(0).data(Qt.ItemDataRole.UserRole))
    finally:
        QDesktopServices.unsetUrlHandler("file")
    (url,) = viewer.opened
    copy = Path(url.toLocalFile())
    assert copy.name == "card.jpg" and copy.read_bytes() == (tmp_path / "card.jpg").read_bytes()
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    QApplication.processEvents()


def test_a_file_still_being_read_lands_on_the_entry_it_was_given_to(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    panel, eid, _undo = _panel(qtbot, journal)
    photo = _photo(tmp_path / "whiteboard.jpg", 4000, 3000)
    panel.attach_paths([photo])
    panel.show_entry(None)  # the selection moved (or the timeline reloaded) meanwhile
    qtbot.waitUntil(lambda: len(journal.attachments.on_entry(eid)) == 1, timeout=5000)


def test_ctrl_v_pastes_the_first_picture_while_the_list_is_folded_away(
    qtbot: QtBot, journal: Journal
) -> None:
    """An entry without files shows only the Attach button; Ctrl+V there still pastes."""
    panel, eid, _undo = _panel(qtbot, journal)
    assert not panel.files.isVisible()
    picture = QImage(40, 30, QImage.Format.Format_RGB32)
    picture.fill(QColor("white"))
    QGuiApplication.clipboard().setImage(picture)
    panel.activateWindow()
    panel.attach_button.setFocus()
    qtbot.waitUntil(panel.attach_button.hasFocus, timeout=3000)
    qtbot.keySequence(panel.attach_button, QKeySequence(QKeySequence.StandardKey.Paste))
    qtbot.waitUntil(lambda: panel.files.count() == 1 and panel.files.isVisible(), timeout=5000)
    assert journal.attachments.on_entry(eid)[0].filename.startswith("Pasted picture ")
