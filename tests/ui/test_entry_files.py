"""Files on the timeline: the selected entry's files below it, files dropped on a row."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from pytestqt.qtbot import QtBot

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.ui.main_window import MainWindow


def test_a_file_dropped_on_a_row_lands_on_that_entry_and_shows_below(
    qtbot: QtBot, make_window: Callable[[Path], MainWindow], journal_path: Path, tmp_path: Path
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    cid = journal.customers.create(CustomerDraft(name="Café Lindeboom"))
    when = datetime(2026, 3, 10, 14, tzinfo=UTC)
    eid = journal.entries.add(EntryDraft(cid, when, title="Tasting", body="Whiteboard below."))
    window.resize(1366, 768)
    window.customer_list.select(cid)
    page = window.page
    qtbot.waitUntil(lambda: page.timeline_model.rowCount() >= 1, timeout=3000)
    assert not page.files.panel.isVisible()  # nothing selected: no strip
    row = page.timeline_model.find(("entry", eid))
    assert row is not None
    photo = tmp_path / "whiteboard.jpg"
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a6f97"))
    image.save(str(photo), "JPEG")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    where = page.timeline.visualRect(page.timeline_model.index(row)).center()
    drop = QDropEvent(
        QPointF(where),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.files.drop_on(where, drop)
    qtbot.waitUntil(lambda: page.files.panel.files.count() == 1, timeout=5000)
    assert page.files.panel.isVisible()
    assert [a.filename for a in journal.attachments.on_entry(eid)] == ["whiteboard.jpg"]
    window.grab().save(str(tmp_path / "window.png"))
    page.tabs.setCurrentWidget(page.health)
    assert not page.files.panel.isVisible()  # the strip belongs to the timeline
