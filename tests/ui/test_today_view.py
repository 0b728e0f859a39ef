"""The Today view: the start screen lists what is due, opens the right customer, ticks off."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rapport.demo import populate
from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.domain.risk import RiskRule
from rapport.domain.today import Section, TodayItem
from rapport.store import Journal
from rapport.ui.main_window import MainWindow
from rapport.ui.models.today import TodayModel

WindowFactory = Callable[[Path], MainWindow]
CTRL = Qt.KeyboardModifier.ControlModifier
NOW = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def settled(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """Wait until the list worked out in the background is on show."""
    qtbot.waitUntil(lambda: not window.today.busy, timeout=10_000)
    return window


def demo_window(qtbot: QtBot, make_window: WindowFactory, path: Path) -> MainWindow:
    """The demo journal, written as of the real now (Today asks the real clock)."""
    journal = Journal.open(path)
    populate(journal)
    journal.close()
    return settled(qtbot, make_window(path))


def focus(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.today.list.setFocus()


def is_signal(rule: RiskRule) -> Callable[[TodayItem], bool]:
    return lambda item: item.signal is not None and item.signal.rule is rule


# --- the model, without a widget ---------------------------------------------------------


def test_model_groups_the_demo_under_headings_in_the_rules_order(journal: Journal) -> None:
    populate(journal, now=NOW)
    model = TodayModel(journal, clock=lambda: NOW)
    model.reload()
    headings = [model.index(r).data() for r in range(model.rowCount()) if model.item(r) is None]
    # the demo has no birthday or first-purchase anniversary in this week (issue 15),
    # and no calendar file: no meetings to write up
    shown = [s.label for s in Section if s not in (Section.DATE, Section.WRITE_UP)]
    assert [h.split(" (")[0] for h in headings] == shown
    assert headings[0] == f"Follow-ups ({model.count(Section.FOLLOW_UP)})"
    header_flags = model.flags(model.index(0))
    assert not header_flags & Qt.ItemFlag.ItemIsEnabled  # the keyboard skips headings

    items = model.items()
    risks = {(i.customer_name, i.signal.rule) for i in items if i.signal is not None}
    assert risks >= {
        ("Hoeve Ter Walle", RiskRule.OVERDUE),
        ("Brasserie Het Pand", RiskRule.WARM_BUT_THIN),
        ("Hotel Leiezicht", RiskRule.UNDER_RELATED_BIG_DEAL),
        ("Saffraan Catering", RiskRule.ONE_WAY_STREET),
        ("Hogeschool Leiedal — campus restaurant", RiskRule.UNRESOLVED_CONFLICT),
    }
    follow_ups = [i for i in items if i.section is Section.FOLLOW_UP]
    assert any(i.customer_name == "Hoeve Ter Walle" and i.entry_id for i in follow_ups)
    assert "follow-ups" in model.summary() and "risk signals" in model.summary()


def test_model_reads_each_risk_aloud_with_its_evidence_and_next_step(journal: Journal) -> None:
    populate(journal, now=NOW)
    model = TodayModel(journal, clock=lambda: NOW)
    model.reload()
    conflict = is_signal(RiskRule.UNRESOLVED_CONFLICT)
    [row] = [r for r in range(model.rowCount()) if (i := model.item(r)) and conflict(i)]
    text = model.index(row).data(Qt.ItemDataRole.AccessibleTextRole)
    assert text.startswith("Hogeschool Leiedal — campus restaurant. Unresolved conflict (Act now)")
    assert "In Conflict since" in text
    assert "Next step: Meet them to settle it" in text


def test_model_of_a_book_with_nothing_due_is_empty(journal: Journal) -> None:
    now = datetime.now(UTC)
    cid = journal.customers.create(CustomerDraft(name="Ada"))
    journal.entries.add(
        EntryDraft(customer_id=cid, occurred_at=now, kind=EntryKind.CALL, body="Quick call.")
    )
    model = TodayModel(journal, clock=lambda: now)
    model.reload()
    assert model.is_empty() and model.rowCount() == 0 and model.first_item_row() is None


# --- the view in the window --------------------------------------------------------------


def test_today_is_the_start_screen_and_enter_opens_the_customer(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = demo_window(qtbot, make_window, journal_path)
    today = window.today
    assert window.screens.currentWidget() is today
    assert window.today_button.isChecked()
    assert today.heading.text().startswith("Today, ")
    assert not window.edit_customer_action.isEnabled()  # no customer while on Today

    focus(qtbot, window)
    assert today.select_item(is_signal(RiskRule.UNRESOLVED_CONFLICT))
    qtbot.keyClick(today.list, Qt.Key.Key_Return)
    assert window.screens.currentWidget() is window.page
    header = window.bridge.journal.timeline.header(window.page.customer_id or 0)
    assert header.customer.name == "Hogeschool Leiedal — campus restaurant"
    assert not window.today_button.isChecked()
    assert "Unresolved conflict" in window.page.health.toPlainText()

    qtbot.keyClick(window, Qt.Key.Key_T, CTRL)
    assert window.screens.currentWidget() is today
    assert window.page.customer_id is None


def test_a_follow_up_opens_its_customer_with_the_entry_selected(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = demo_window(qtbot, make_window, journal_path)
    today = window.today
    assert today.select_item(
        lambda i: i.section is Section.FOLLOW_UP and i.customer_name == "Hoeve Ter Walle"
    )
    item = today.current_item()
    assert item is not None and item.entry_id is not None
    rect = today.list.visualRect(today.list.currentIndex())
    qtbot.mouseClick(
        today.list.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, rect.center().y())
    )
    current = window.page.current_item()
    assert current is not None and current.entry is not None
    assert current.entry.id == item.entry_id
    assert current.entry.title == "Busy on the farm, will call back"


def test_marking_a_follow_up_done_removes_it_from_today_and_undo_brings_it_back(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = demo_window(qtbot, make_window, journal_path)
    today, journal = window.today, window.bridge.journal
    focus(qtbot, window)
    assert today.select_item(lambda i: i.section is Section.FOLLOW_UP)
    item = today.current_item()
    assert item is not None and item.entry_id is not None
    before = today.model.count(Section.FOLLOW_UP)

    qtbot.keyClick(today.list, Qt.Key.Key_D, CTRL)
    assert journal.entries.get(item.entry_id).follow_up_done
    settled(qtbot, window)
    assert item.entry_id not in {i.entry_id for i in today.model.items()}
    assert today.model.count(Section.FOLLOW_UP) == before - 1
    assert today.current_item() is not None  # the keyboard stays in the list

    window.controller.undo_stack.undo()
    assert not journal.entries.get(item.entry_id).follow_up_done
    settled(qtbot, window)
    assert item.entry_id in {i.entry_id for i in today.model.items()}


def test_the_row_button_marks_done_instead_of_opening(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = demo_window(qtbot, make_window, journal_path)
    today = window.today
    assert today.select_item(lambda i: i.section is Section.FOLLOW_UP)
    item = today.current_item()
    assert item is not None and item.entry_id is not None
    index = today.list.currentIndex()
    button = today.delegate.button_rect(today.list.visualRect(index), item)
    assert button is not None
    qtbot.mouseClick(today.list.viewport(), Qt.MouseButton.LeftButton, pos=button.center())
    assert window.screens.currentWidget() is today
    assert window.bridge.journal.entries.get(item.entry_id).follow_up_done


def test_a_follow_up_ticked_off_in_the_timeline_leaves_today(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    cid = journal.customers.create(CustomerDraft(name="Ada"))
    entry_id = journal.entries.add(
        EntryDraft(
            customer_id=cid,
            occurred_at=datetime.now(UTC) - timedelta(days=3),
            kind=EntryKind.CALL,
            title="Send the price list",
            body="She asked for next season's prices.",
            follow_up_on=(datetime.now(UTC) - timedelta(days=1)).date(),
        )
    )
    window.show_today()
    settled(qtbot, window)
    assert [i.title for i in window.today.model.items()] == ["Send the price list"]

    window.customer_list.select(cid)
    assert window.page.select_item(("entry", entry_id))
    window.page.timeline.setFocus()
    focus_window(qtbot, window)
    window.page.timeline.setFocus()
    qtbot.keyClick(window.page.timeline, Qt.Key.Key_D, CTRL)
    assert journal.entries.get(entry_id).follow_up_done
    window.show_today()
    settled(qtbot, window)
    assert window.today.model.is_empty()
    assert "All clear" in window.today.empty.text()


def focus_window(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


@pytest.mark.parametrize("with_customer", [False, True])
def test_an_empty_today_encourages_and_says_what_to_do(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, with_customer: bool
) -> None:
    window = make_window(journal_path)
    if with_customer:
        window.bridge.journal.customers.create(CustomerDraft(name="Ada"))
        window.show_today()
    settled(qtbot, window)
    text = window.today.empty.text()
    assert window.today.model.is_empty()
    if with_customer:
        assert "All clear for today" in text and "Ctrl+N" in text
    else:
        assert "Your journal is empty" in text and "Ctrl+Shift+N" in text


def test_headings_cannot_be_opened(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = demo_window(qtbot, make_window, journal_path)
    with qtbot.assertNotEmitted(window.today.open_requested):
        window.today.list.clicked.emit(window.today.model.index(0))
        window.today.list.activated.emit(QModelIndex())


def test_ctrl_k_in_today_checks_in_on_the_selected_customer(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = demo_window(qtbot, make_window, journal_path)
    focus(qtbot, window)
    assert window.today.select_item(lambda i: i.section is Section.CHECK_IN)
    item = window.today.current_item()
    assert item is not None
    qtbot.keyClick(window.today.list, Qt.Key.Key_I, CTRL)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None and item.customer_name in dialog.windowTitle()
    dialog.close()


def test_the_keyboard_goes_to_the_first_list_when_it_arrives(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    journal = Journal.open(journal_path)
    populate(journal)
    journal.close()
    window = make_window(journal_path)  # Today is the start screen: the keyboard is there
    settled(qtbot, window)
    focus_window(qtbot, window)
    assert window.today.list.hasFocus()
    assert window.today.current_item() is not None


def test_today_follows_the_owners_relationship_rules(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    """A cadence tightened in Settings puts a customer on Today as past their cadence."""
    from rapport.domain.levels import Level

    journal = Journal.open(journal_path)
    cid = journal.customers.create(
        CustomerDraft(name="Ada"), since=datetime.now(UTC) - timedelta(days=40)
    )
    journal.entries.add(
        EntryDraft(
            customer_id=cid,
            occurred_at=datetime.now(UTC) - timedelta(days=10),
            kind=EntryKind.CALL,
            body="Caught up on their plans.",
        )
    )
    journal.close()
    window = settled(qtbot, make_window(journal_path))
    assert window.today.model.count(Section.PAST_CADENCE) == 0

    dialog = window.preferences.show_settings()
    dialog.rules_page.levels[Level.PROFESSIONAL].setValue(5)  # keep in touch every 5 days
    dialog.accept()
    qtbot.waitUntil(lambda: window.today.model.count(Section.PAST_CADENCE) == 1, timeout=10_000)


def test_home_and_end_go_to_the_first_and_last_item_not_to_a_heading(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = demo_window(qtbot, make_window, journal_path)
    today = window.today
    focus(qtbot, window)
    model, view = today.model, today.list
    items = [r for r in range(model.rowCount()) if model.item(r) is not None]
    assert model.item(0) is None  # the list opens with a section's heading
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.currentIndex().row() == items[-1]
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.currentIndex().row() == items[0]
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.screens.currentWidget() is window.page
