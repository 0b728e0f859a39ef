"""A long Today list lays out the rows in sight only, and nothing while it is hidden.

At a million entries the Today list holds some 23,000 rows; laying every one of them
out (its rich text at the list's width) held the window's thread half busy for twelve
seconds after the list came, even with a customer's page open meanwhile. The rows out
of sight get a guessed height; a row is laid out for real before it comes into sight.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from pytestqt.qtbot import QtBot

from rapport.domain.customers import CustomerDraft
from rapport.domain.risk import RiskRule, RiskSignal
from rapport.domain.today import Section, TodayAnswer, TodayItem
from rapport.reports.note_text import QuietDocument
from rapport.store import Journal
from rapport.store.facts import FactsStore
from rapport.ui import today_delegate
from rapport.ui.main_window import MainWindow
from rapport.ui.today_view import TodayView

WindowFactory = Callable[[Path], MainWindow]
ITEMS = 3000
_LONG = "Asked for the price list, a sample of the new season's menu and a visit next week. "


def _items(n: int, cid: int = 1) -> list[TodayItem]:
    """A long list in every section, some rows several lines long (their text wraps).

    Every row is the one customer's (`cid`), so that opening any of them opens a page.
    """
    out = []
    for i in range(n):
        name, detail = f"Customer {i}", _LONG * (1 + 3 * (i % 7 == 0))
        if i % 4 == 0:
            out.append(TodayItem(Section.FOLLOW_UP, cid, name, f"Call {i}", detail))
        elif i % 4 == 1:
            evidence = tuple(f"Evidence {j} of {i}" for j in range(1 + i % 3))
            signal = RiskSignal(RiskRule.WARM_BUT_THIN, cid, "Thin", evidence, "Meet them.", 2)
            out.append(TodayItem(Section.RISK, cid, name, "Risk", detail, signal=signal))
        else:
            out.append(TodayItem(Section.CHECK_IN, cid, name, "Check-in due", detail, health=70))
    order = list(Section)
    return sorted(out, key=lambda item: order.index(item.section))


@pytest.fixture
def laid_out(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """How many Today rows were laid out (each laid-out row has its rich text made)."""
    made = [0]

    class Counted(QuietDocument):
        def __init__(self) -> None:
            made[0] += 1
            super().__init__()

    monkeypatch.setattr(today_delegate, "QuietDocument", Counted)
    yield made


@pytest.fixture(autouse=True)
def _listed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules find a long Today list (as a journal of a million entries has)."""
    monkeypatch.setattr(
        FactsStore, "today_answer", lambda *_a, **_k: TodayAnswer(_items(ITEMS), None)
    )


def _window(qtbot: QtBot, make_window: WindowFactory, path: Path) -> MainWindow:
    """The window once its Today list came from the background loader."""
    journal = Journal.open(path)
    assert journal.customers.create(CustomerDraft(name="Someone")) == 1
    journal.close()
    window = make_window(path)
    today = window.today
    qtbot.waitUntil(lambda: not today.busy and today.model.rowCount() > ITEMS, timeout=20_000)
    return window


def _arrives(today: TodayView, items: list[TodayItem]) -> None:
    """The background loader's answer comes in."""
    today.loader.ready.emit(datetime.now().astimezone(), TodayAnswer(items, None))


def _placed(qtbot: QtBot, today: TodayView) -> None:
    """Wait until every row of the list has its place."""
    last = today.model.index(today.model.rowCount() - 1)
    qtbot.waitUntil(lambda: today.list.visualRect(last).height() > 0, timeout=20_000)


def _in_sight(today: TodayView) -> list[QModelIndex]:
    view, model = today.list, today.model
    sight = view.viewport().rect()
    first = view.indexAt(QPoint(20, 5)).row()
    rows = []
    for row in range(max(first, 0), model.rowCount()):
        index = model.index(row)
        if not view.visualRect(index).intersects(sight):
            break
        rows.append(index)
    return rows


def _rows_in_sight_are_real(today: TodayView) -> None:
    """Every row in sight has the height its text really takes."""
    shown = _in_sight(today)
    assert shown
    for index in shown:
        item = today.model.item(index.row())
        if item is not None:
            height = today.list.visualRect(index).height()
            assert height == today.delegate.real_height(item), index.row()


def _rows_a_screen_holds(today: TodayView) -> int:
    return today.list.viewport().height() // today.list.fontMetrics().height()


def test_a_long_list_lays_out_only_the_rows_in_sight(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, laid_out: list[int]
) -> None:
    today = _window(qtbot, make_window, journal_path).today
    qtbot.wait(300)  # the list is painted; any rows laid out a batch at a time follow
    assert 0 < laid_out[0] <= 2 * _rows_a_screen_holds(today)
    _rows_in_sight_are_real(today)
    assert not today.list.viewport().grab().isNull()


def test_a_hidden_list_lays_out_nothing_until_shown(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, laid_out: list[int]
) -> None:
    window = _window(qtbot, make_window, journal_path)
    today = window.today
    window.navigator.show_customer(1)
    before = laid_out[0]
    qtbot.wait(500)  # the owner works on a customer's page meanwhile
    assert laid_out[0] == before
    _arrives(today, list(reversed(_items(ITEMS))))  # a new list comes while hidden
    qtbot.wait(300)
    assert laid_out[0] == before
    window.navigator.show_today()
    qtbot.waitUntil(lambda: not today.busy, timeout=10_000)
    qtbot.wait(100)
    _rows_in_sight_are_real(today)
    assert laid_out[0] - before <= 2 * _rows_a_screen_holds(today)


def test_end_and_page_down_reach_the_last_item_at_its_real_height(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    today = _window(qtbot, make_window, journal_path).today
    _placed(qtbot, today)
    view, last = today.list, today.model.rowCount() - 1
    view.setFocus()
    assert view.currentIndex().row() == 1  # the first item, under its heading
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 2
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.currentIndex().row() == last
    assert view.viewport().rect().contains(view.visualRect(view.currentIndex()))
    _rows_in_sight_are_real(today)
    for _ in range(4):  # a page at a time back up
        qtbot.keyClick(view, Qt.Key.Key_PageUp)
        assert view.viewport().rect().contains(view.visualRect(view.currentIndex()))
    _rows_in_sight_are_real(today)
    view.setCurrentIndex(today.model.index(1))  # and from the top
    view.scrollToTop()
    _rows_in_sight_are_real(today)
    for _ in range(ITEMS):  # a page at a time down to the end
        row = view.currentIndex().row()
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
        assert view.viewport().rect().contains(view.visualRect(view.currentIndex()))
        if view.currentIndex().row() == row:
            break
    assert view.currentIndex().row() == last
    _rows_in_sight_are_real(today)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.currentIndex().row() == last - 1


def test_a_row_scrolled_into_sight_gets_its_real_height_and_opens(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = _window(qtbot, make_window, journal_path)
    today = window.today
    _placed(qtbot, today)
    bar = today.list.verticalScrollBar()
    for value in (bar.maximum() // 2, bar.maximum() // 3, bar.maximum()):
        bar.setValue(value)
        _rows_in_sight_are_real(today)
    index = next(i for i in _in_sight(today) if today.model.item(i.row()) is not None)
    item = today.model.item(index.row())
    assert item is not None
    with qtbot.waitSignal(today.open_requested) as opened:
        qtbot.mouseClick(
            today.list.viewport(),
            Qt.MouseButton.LeftButton,
            pos=today.list.visualRect(index).center() - QPoint(200, 0),
        )
    assert opened.args == [item.customer_id, item.entry_id or 0]
