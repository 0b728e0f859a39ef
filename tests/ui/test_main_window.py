"""The main window: remembered layout, undoable deletes, the customer list, big timelines."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from msgboxes import MessageBoxes
from rapport.domain.customers import CustomerDraft, Status
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.domain.stages import Stage
from rapport.store import Journal
from rapport.store.records import CustomerSort
from rapport.ui.bridge import JournalBridge
from rapport.ui.main_window import MainWindow
from rapport.ui.models.customer_list import CustomerListModel
from rapport.ui.models.timeline import PAGE, TimelineModel

WindowFactory = Callable[[Path], MainWindow]
NOW = datetime.now(UTC)


def _entry(
    customer_id: int, days_ago: float, title: str, kind: EntryKind = EntryKind.CALL
) -> EntryDraft:
    return EntryDraft(
        customer_id=customer_id,
        occurred_at=NOW - timedelta(days=days_ago),
        kind=kind,
        title=title,
        body=f"Notes about {title}",
    )


def test_window_remembers_size_and_splitter(
    qtbot: QtBot, journal_path: Path, settings: QSettings
) -> None:
    journal = Journal.open(journal_path)
    first = MainWindow(JournalBridge(journal), settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)  # the offscreen screen is 800 × 600
    first.splitter.setSizes([250, 450])
    expected = first.splitter.sizes()
    size = first.size()
    first.close()

    second = MainWindow(JournalBridge(journal), settings)
    qtbot.addWidget(second)
    second.show()
    assert second.size() == size
    assert second.splitter.sizes() == expected
    journal.close()


def test_deleting_an_entry_can_be_undone_and_redone(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    cid = journal.customers.create(CustomerDraft(name="Ada"))
    entry_id = journal.entries.add(_entry(cid, 1, "Kickoff"))
    window.customer_list.select(cid)
    model = window.page.timeline_model
    assert model.rowCount() == 2

    assert window.page.select_item(("entry", entry_id))
    item = window.page.current_item()
    assert item is not None and item.entry is not None
    window.controller.delete_item(item)
    assert model.rowCount() == 1
    stack = window.controller.undo_stack
    assert stack.undoText().startswith("Delete entry")

    stack.undo()
    assert model.rowCount() == 2
    assert journal.entries.get(item.entry.id).title == "Kickoff"
    stack.redo()
    assert model.rowCount() == 1


def test_deleting_a_customer_asks_first_and_can_be_undone(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    cid = journal.customers.create(CustomerDraft(name="Ada"))
    window.customer_list.select(cid)

    MessageBoxes.answers.append(False)
    assert not window.controller.delete_customer(cid)
    assert journal.customers.count() == 1

    MessageBoxes.answers.append(True)
    assert window.controller.delete_customer(cid)
    assert window.customer_list.model.rowCount() == 0
    assert window.page.customer_id is None
    window.controller.undo_stack.undo()
    assert window.customer_list.model.rowCount() == 1


def test_customer_list_filters_as_you_type_and_sorts_in_sql(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    ids = {
        name: journal.customers.create(CustomerDraft(name=name, organisation=org, tags=tags))
        for name, org, tags in (
            ("Zoe Park", "Harbour Hotel", ("hotel",)),
            ("Adam Frost", "Frost & Daughters", ("wholesale",)),
            ("Mia Lund", "Canteen 100%", ()),
        )
    }
    journal.entries.add(_entry(ids["Mia Lund"], 1, "recent"))
    journal.entries.add(_entry(ids["Zoe Park"], 30, "older"))
    journal.entries.change_stage(ids["Adam Frost"], Stage.CONFLICT, datetime.now(UTC), "late")
    model = window.customer_list.model

    # each organisation names its relationship, the person inside (0009's shape)
    assert [model.summary(r).name for r in range(3)] == [
        "Canteen 100%",
        "Frost & Daughters",
        "Harbour Hotel",
    ]
    window.customer_list.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert [model.summary(r).name for r in range(3)] == [
        "Canteen 100%",
        "Harbour Hotel",
        "Frost & Daughters",
    ]
    window.customer_list.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert model.summary(0).name == "Frost & Daughters"  # Conflict comes after Attraction

    qtbot.keyClicks(window.customer_list.filter, "hotel")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.summary(0).name == "Harbour Hotel"
    window.customer_list.filter.setText("100%")
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.summary(0).name == "Canteen 100%")


def test_archived_customers_are_hidden_until_asked_for(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    cid = journal.customers.create(CustomerDraft(name="Old Friend"))
    journal.customers.create(CustomerDraft(name="Current"))
    window.controller.set_status(cid, Status.ARCHIVED)
    model = window.customer_list.model
    assert [model.summary(r).name for r in range(model.rowCount())] == ["Current"]
    window.customer_list.show_all.setChecked(True)
    assert model.rowCount() == 2


def test_big_timeline_loads_a_page_at_a_time(qtbot: QtBot, journal: Journal) -> None:
    cid = journal.customers.create(CustomerDraft(name="Busy"))
    with journal.transaction():
        for i in range(PAGE * 2 + 50):
            journal.entries.add(_entry(cid, i / 10, f"entry {i}"))
    model = TimelineModel(journal)
    model.set_customer(cid)
    assert model.rowCount() == PAGE
    first = model.item(1).entry  # row 0 is the customer's creation, just now
    assert first is not None and first.title == "entry 0"
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE * 2 + 51  # every entry and the first stage
    assert model.find(("entry", 1)) == 1


def test_customer_list_model_pages_and_sorts_without_a_view(journal: Journal) -> None:
    with journal.transaction():
        for i in range(450):
            journal.customers.create(CustomerDraft(name=f"Customer {i:03d}"))
    model = CustomerListModel(journal)
    assert model.rowCount() == 200
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 200
    assert model.summary(0).name == "Customer 449"
    assert journal.timeline.customers(sort=CustomerSort.NAME, limit=1)[0].name == "Customer 000"


def test_every_input_has_an_accessible_name(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    cid = window.bridge.journal.customers.create(CustomerDraft(name="Ada"))
    window.customer_list.select(cid)
    widgets: list[QWidget] = [window]
    for dialog in (
        window.controller.new_customer(),
        window.controller.new_entry(cid),
        window.controller.move_stage(cid),
    ):
        assert dialog is not None
        widgets.append(dialog)
    for root in widgets:
        for kind in (QLineEdit, QComboBox, QPlainTextEdit, QAbstractSpinBox):
            for widget in root.findChildren(kind):
                if widget.parent() is not None and isinstance(
                    widget.parent(), (QComboBox, QAbstractSpinBox)
                ):
                    continue  # the line edit inside a combo box or spin box
                assert widget.accessibleName(), f"{type(widget).__name__} in {root.objectName()}"


def test_deleting_an_entry_says_so_with_an_undo_button(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    """ "Entry deleted · Undo" for a few seconds, without a dialog in the way."""
    window = make_window(journal_path)
    journal = window.bridge.journal
    cid = journal.customers.create(CustomerDraft(name="Ada"))
    entry_id = journal.entries.add(_entry(cid, 1, "Kickoff"))
    window.customer_list.select(cid)
    assert window.page.select_item(("entry", entry_id))
    item = window.page.current_item()
    assert item is not None
    window.controller.delete_item(item)

    notice = window.findChild(QWidget, "undoNotice")
    assert notice is not None and notice.isVisible()
    assert "Entry deleted" in notice.text()
    assert QApplication.activeModalWidget() is None  # nothing to dismiss first
    undo = notice.findChild(QPushButton, "undoNoticeButton")
    assert undo is not None and undo.isVisible()
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert journal.entries.get(entry_id).title == "Kickoff"
    assert window.page.timeline_model.rowCount() == 2
    assert not notice.isVisible()  # its work is done

    notice.timeout_ms = 300  # (8 s in the app)
    window.controller.delete_item(item)
    assert notice.isVisible()
    window.grab().save(str(journal_path.parent / "notice.png"))
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=notice.timeout_ms + 2000)
    assert window.page.timeline_model.rowCount() == 1  # it only goes away; nothing undone


def _mnemonic(text: str) -> str | None:
    """The letter Alt reaches in a label ("He&alth" → "a"), if any."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else None


def test_alt_letters_on_screen_together_never_clash(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    """Alt+H opens the Health tab's letter only if no menu claims it too (and so on)."""
    window = make_window(journal_path)
    cid = window.bridge.journal.customers.create(CustomerDraft(name="Ada"))
    window.customer_list.select(cid)
    labels = [a.text() for a in window.menuBar().actions()]
    tabs = window.page.tabs
    labels += [tabs.tabText(i) for i in range(tabs.count())]
    labels += [b.text() for b in window.findChildren(QAbstractButton) if b.isVisible() and b.text()]
    letters = [(m, t) for t in labels if (m := _mnemonic(t)) is not None]
    seen: dict[str, list[str]] = {}
    for letter, text in letters:
        seen.setdefault(letter, []).append(text)
    assert {k: v for k, v in seen.items() if len(v) > 1} == {}
    assert _mnemonic(tabs.tabText(tabs.indexOf(window.page.health))) == "h"
