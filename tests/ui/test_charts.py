"""The Chart tab and the Portfolio window: lazy drawing, refresh, hover, click, save."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from manualclock import ManualClock
from msgboxes import MessageBoxes
from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.reports.chart_data import ChartRange
from rapport.ui.chart_view import ChartView
from rapport.ui.figure_host import RESIZE_SETTLE_MS, FigureHost
from rapport.ui.main_window import MainWindow

WindowFactory = Callable[[Path], MainWindow]
NOW = datetime.now(UTC)


def _customer_with_entries(
    window: MainWindow, name: str = "Ada", count: int = 6, since_days: int = 200
) -> tuple[int, list[int]]:
    journal = window.bridge.journal
    cid = journal.customers.create(CustomerDraft(name=name), since=NOW - timedelta(days=since_days))
    ids = [
        journal.entries.add(
            EntryDraft(
                customer_id=cid,
                occurred_at=NOW - timedelta(days=25 * i + 3),
                kind=EntryKind.MEETING,
                title=f"Meeting {i}",
                sentiment=(i % 5) - 2,
            )
        )
        for i in range(count)
    ]
    return cid, ids


def _open_chart(qtbot: QtBot, window: MainWindow) -> ChartView:
    window.page.tabs.setCurrentWidget(window.page.chart)
    view = window.page.chart.view
    assert view is not None
    qtbot.waitUntil(lambda: view.host.chart is not None)
    return view


def test_the_chart_is_drawn_only_when_its_tab_is_shown(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    cid, _ids = _customer_with_entries(window)
    window.customer_list.select(cid)
    qtbot.waitUntil(lambda: not window.page.busy)  # the header's health is in: no relayout
    assert window.page.chart.view is None  # the timeline is on show: nothing made yet
    chart = _open_chart(qtbot, window)
    assert chart.render_count == 1
    chart.set_range(ChartRange.ALL)
    qtbot.waitUntil(lambda: chart.render_count == 2)

    window.bridge.journal.entries.add(
        EntryDraft(customer_id=cid, occurred_at=NOW, kind=EntryKind.CALL, title="Quick call")
    )
    qtbot.waitUntil(lambda: chart.render_count == 3)  # on screen: redrawn at once
    marks = chart.host.chart.marks  # type: ignore[union-attr]
    assert any("Quick call" in m.tip for m in marks)

    window.page.tabs.setCurrentWidget(window.page.timeline)
    window.bridge.journal.entries.add(
        EntryDraft(customer_id=cid, occurred_at=NOW, kind=EntryKind.CALL, title="Second call")
    )
    qtbot.wait(20)
    assert chart.render_count == 3  # hidden: only marked out of date
    window.page.tabs.setCurrentWidget(window.page.chart)
    qtbot.waitUntil(lambda: chart.render_count == 4)


def test_hovering_a_dot_shows_the_entry_and_clicking_opens_it(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    cid, ids = _customer_with_entries(window)
    window.customer_list.select(cid)
    host = _open_chart(qtbot, window).host
    host.canvas.draw()  # lay the figure out at its real size, as the screen shows it
    mark = host.chart.find(("entry", ids[2]))  # type: ignore[union-attr]
    assert mark is not None and mark.tip.startswith("Meeting 2\n")
    pos = host.widget_pos(mark)

    # Start from elsewhere: Qt drops a move to where an earlier test left the pointer.
    qtbot.mouseMove(host.canvas, QPoint(1, 1))
    qtbot.mouseMove(host.canvas, pos)
    qtbot.waitUntil(lambda: host.hovered is not None)
    assert host.hovered == mark

    qtbot.mouseClick(host.canvas, Qt.MouseButton.LeftButton, pos=pos)
    assert window.page.tabs.currentWidget() is window.page.timeline
    item = window.page.current_item()
    assert item is not None and item.key == ("entry", ids[2])


def test_a_resized_chart_asks_for_a_drawing_once_the_resizing_settled(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = ManualClock()
    monkeypatch.setattr(FigureHost, "clock", clock)
    window = make_window(journal_path)
    cid, _ids = _customer_with_entries(window)
    window.customer_list.select(cid)
    host = _open_chart(qtbot, window).host
    asked: list[bool] = []
    host.resized.connect(lambda: asked.append(True))
    for _step in range(5):  # dragging the window's edge: resize after resize
        host.resize(host.width() - 20, host.height() - 10)
        host.canvas.resize(host.size())
        clock.advance(RESIZE_SETTLE_MS // 2)
    assert asked == []
    clock.advance(RESIZE_SETTLE_MS)
    assert asked == [True]


def test_save_chart_writes_the_picture(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    window = make_window(journal_path)
    cid, _ids = _customer_with_entries(window)
    window.customer_list.select(cid)
    host = _open_chart(qtbot, window).host
    monkeypatch.setattr(host, "ask_path", lambda: tmp_path / "Ada.svg")
    assert host.save_chart() == tmp_path / "Ada.svg"
    assert b"<svg" in (tmp_path / "Ada.svg").read_bytes()[:400]

    monkeypatch.setattr(host, "ask_path", lambda: tmp_path / "missing" / "Ada.png")
    assert host.save_chart() is None
    assert MessageBoxes.log[-1].title == "Save chart"


def test_the_portfolio_opens_from_the_view_menu_and_a_dot_opens_the_customer(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    first, _ = _customer_with_entries(window, "Ada")
    second, _ = _customer_with_entries(window, "Bo", 2, since_days=40)
    action = next(a for a in window.actions() if a.text() == "&Portfolio")
    assert action.shortcut() == QKeySequence("Ctrl+Shift+P")
    action.trigger()
    portfolio = window.portfolio
    assert portfolio is not None
    qtbot.waitUntil(lambda: portfolio.render_count == 1)
    host = portfolio.host
    host.canvas.draw()
    mark = host.chart.find(("customer", second))  # type: ignore[union-attr]
    assert mark is not None and mark.tip.startswith("Bo\n")
    qtbot.mouseClick(host.canvas, Qt.MouseButton.LeftButton, pos=host.widget_pos(mark))
    assert window.page.customer_id == second

    window.bridge.journal.entries.add(
        EntryDraft(customer_id=first, occurred_at=NOW, kind=EntryKind.CALL, title="Call")
    )
    qtbot.waitUntil(lambda: portfolio.render_count == 2)  # open: follows every change
    portfolio.close()


def test_clicking_empty_canvas_does_nothing(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    cid, _ids = _customer_with_entries(window)
    window.customer_list.select(cid)
    host = _open_chart(qtbot, window).host
    activated: list[object] = []
    host.mark_activated.connect(activated.append)
    qtbot.mouseClick(host.canvas, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert activated == []
    assert window.page.tabs.currentWidget() is window.page.chart
    other, _ = _customer_with_entries(window, "Bo", 2)
    window.customer_list.select(other)
    qtbot.waitUntil(lambda: host.save_name.startswith("Bo"))  # follows the customer shown
