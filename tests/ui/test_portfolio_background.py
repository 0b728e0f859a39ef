"""The Portfolio is read and drawn off the UI thread: the window answers while it works."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

import rapport.reports.figures as figures
from rapport.domain.customers import CustomerDraft
from rapport.domain.today import Cancelled
from rapport.ui.main_window import MainWindow

WindowFactory = Callable[[Path], MainWindow]
#: What a big book costs to draw (the 100k journal: over a second); the UI must not wait it.
SLOW_S = 1.0


def test_the_window_answers_while_the_portfolio_is_read_and_drawn(
    qtbot: QtBot,
    make_window: WindowFactory,
    journal_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(journal_path)
    ada = window.bridge.journal.customers.create(CustomerDraft(name="Ada Brandt"))
    drawn_in: list[threading.Thread] = []
    rendered_in: list[threading.Thread] = []
    draw, render = figures.draw_portfolio, figures.render

    def slow_draw(*args: Any, **kwargs: Any) -> Any:
        drawn_in.append(threading.current_thread())
        time.sleep(SLOW_S)
        return draw(*args, **kwargs)

    def counted_render(chart: Any) -> Any:
        rendered_in.append(threading.current_thread())
        return render(chart)

    monkeypatch.setattr(figures, "draw_portfolio", slow_draw)
    monkeypatch.setattr(figures, "render", counted_render)
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: beats.append(time.monotonic()))
    heartbeat.start(10)
    portfolio = window.show_portfolio()
    assert portfolio.working.isVisibleTo(portfolio)  # says at once that it is working
    qtbot.waitUntil(lambda: portfolio.render_count == 1, timeout=20_000)
    heartbeat.stop()
    assert not portfolio.working.isVisibleTo(portfolio)
    assert drawn_in and all(t is not threading.main_thread() for t in drawn_in)
    assert rendered_in and all(t is not threading.main_thread() for t in rendered_in)
    longest = max(b - a for a, b in itertools.pairwise(beats))
    assert longest < SLOW_S / 2  # drawn on the UI thread, the window would stall for it all
    host = portfolio.host
    assert host.chart is not None and host.chart.figure.canvas is host.canvas
    assert host.chart.find(("customer", ada)) is not None  # dots answer pointing and clicking
    portfolio.close()


def test_closing_the_portfolio_while_it_reads_stops_the_read_and_it_reads_again_when_shown(
    qtbot: QtBot,
    make_window: WindowFactory,
    journal_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Closing the window is its Cancel: a big book's read must not go on for nobody."""
    window = make_window(journal_path)
    window.bridge.journal.customers.create(CustomerDraft(name="Ada Brandt"))
    charts = window.bridge.journal.charts
    real_book = charts.book
    reading, reads_stopped = threading.Event(), threading.Event()

    def endless_book(now: Any, rules: Any = None, stop: Any = lambda: False) -> Any:
        reading.set()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:  # a read of a million entries, customer by customer
            if stop():
                reads_stopped.set()
                raise Cancelled
            time.sleep(0.01)
        raise AssertionError("the read was never stopped")

    monkeypatch.setattr(charts, "book", endless_book)
    portfolio = window.show_portfolio()
    qtbot.waitUntil(reading.is_set, timeout=20_000)
    portfolio.close()
    qtbot.waitUntil(lambda: reads_stopped.is_set() and not portfolio.loader.busy, timeout=5_000)
    assert portfolio.render_count == 0
    monkeypatch.setattr(charts, "book", real_book)
    portfolio.show()
    qtbot.waitUntil(lambda: portfolio.render_count == 1, timeout=20_000)
    assert not portfolio.working.isVisibleTo(portfolio)
