"""Files on the timeline: the selected entry's files below it, files dropped on a row."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from pytestqt.qtbot import QtBot

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.people import PersonDraft
from rapport.ui.attaching import thumbnail_of
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


def test_the_strip_shows_a_photo_and_its_whole_name_on_a_laptop_screen(
    qtbot: QtBot, make_window: Callable[[Path], MainWindow], journal_path: Path
) -> None:
    """On a 1366 × 768 screen, with full details and people, a file's name is not cut off.

    The Details tab (a long text when every field is filled in) must not claim the
    page's height from the timeline's files strip.
    """
    window = make_window(journal_path)
    journal = window.bridge.journal
    about = "\n".join(f"Paragraph {n}: a specialty café near the Vrijdagmarkt." for n in range(12))
    draft = CustomerDraft(
        name="Café Lindeboom",
        organisation="Café Lindeboom",
        role="Owner",
        email="marieke@cafelindeboom.be",
        phone="+32 9 224 18 37",
        address="Sint-Jacobsnieuwstraat 41\n9000 Gent",
        website="https://cafelindeboom.be",
        tags=("café", "espresso", "wholesale"),
        about=about,
    )
    cid = journal.customers.create(draft)
    journal.people.add(cid, PersonDraft(name="Marieke Janssens", role="Owner"))
    journal.people.add(cid, PersonDraft(name="Aïcha Benali", role="Barista"))
    when = datetime(2026, 3, 10, 14, tzinfo=UTC)
    eid = journal.entries.add(EntryDraft(cid, when, title="Tasting", body="The new bar."))
    image = QImage(1600, 1200, QImage.Format.Format_RGB32)
    image.fill(QColor("#8a5a3b"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG")
    photo = bytes(data.data())
    journal.attachments.add(eid, "New espresso bar.jpg", photo, "", thumbnail_of(photo))
    window.resize(1366, 768)
    window.show()
    window.customer_list.select(cid)
    page = window.page
    qtbot.waitUntil(lambda: page.timeline_model.rowCount() >= 1, timeout=3000)
    page.select_item(("entry", eid))
    files = page.files.panel.files
    qtbot.waitUntil(lambda: files.count() == 1, timeout=5000)
    qtbot.waitUntil(page.files.panel.isVisible, timeout=3000)
    shown = files.visualItemRect(files.item(0))
    assert files.viewport().rect().contains(shown), (shown, files.viewport().rect())


def test_the_strip_of_an_entry_without_files_leaves_the_timeline_its_room(
    qtbot: QtBot, make_window: Callable[[Path], MainWindow], journal_path: Path
) -> None:
    """No files: only the Attach button stays below the timeline; a file brings the list back."""
    window = make_window(journal_path)
    journal = window.bridge.journal
    cid = journal.customers.create(CustomerDraft(name="Café Lindeboom"))
    when = datetime(2026, 3, 10, 14, tzinfo=UTC)
    eid = journal.entries.add(EntryDraft(cid, when, title="Tasting", body="No photo yet."))
    window.resize(1366, 768)
    window.show()
    window.customer_list.select(cid)
    page = window.page
    qtbot.waitUntil(lambda: page.timeline_model.rowCount() >= 1, timeout=3000)
    page.select_item(("entry", eid))
    panel = page.files.panel
    qtbot.waitUntil(panel.isVisible, timeout=3000)
    qtbot.waitUntil(lambda: panel.height() <= panel.attach_button.sizeHint().height() + 8)
    assert not panel.files.isVisible() and panel.attach_button.isVisible()
    tall = page.timeline.height()

    journal.attachments.add(eid, "Order form.pdf", b"%PDF-1.4 order", "application/pdf")
    qtbot.waitUntil(lambda: panel.files.count() == 1 and panel.files.isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: page.timeline.height() < tall, timeout=3000)


def test_the_strip_shows_each_selected_entrys_files_from_its_row_and_follows_new_ones(
    qtbot: QtBot,
    make_window: Callable[[Path], MainWindow],
    journal_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The timeline's rows hold their files: selecting one reads nothing again."""
    window = make_window(journal_path)
    journal = window.bridge.journal
    cid = journal.customers.create(CustomerDraft(name="Café Lindeboom"))
    when = datetime(2026, 3, 10, 14, tzinfo=UTC)
    tasting = journal.entries.add(EntryDraft(cid, when, title="Tasting"))
    order = journal.entries.add(EntryDraft(cid, when.replace(day=11), title="Order"))
    journal.attachments.add(tasting, "menu.pdf", b"%PDF-1.4 menu")
    window.customer_list.select(cid)
    page = window.page
    reads: list[int] = []
    on_entry = journal.attachments.on_entry
    monkeypatch.setattr(
        journal.attachments, "on_entry", lambda eid: reads.append(eid) or on_entry(eid)
    )

    def files_shown() -> list[str]:
        strip = page.files.panel.files
        return [strip.item(row).toolTip() for row in range(strip.count())]

    assert page.select_item(("entry", tasting))
    assert files_shown() == ["menu.pdf"]
    assert page.select_item(("entry", order))
    assert files_shown() == []
    assert reads == []
    journal.attachments.add(order, "order.pdf", b"%PDF-1.4 order")  # e.g. pasted, or imported
    assert files_shown() == ["order.pdf"]
    assert page.select_item(("entry", tasting))
    assert page.select_item(("entry", order))
    assert files_shown() == ["order.pdf"]
