"""Going to the oldest of 2,000 entries (a search hit, a follow-up) does not lay out the rows above.

The rows above it are read by a worker and shown in one insert; the view gives the rows
not laid out yet a guessed height and lays out the rows in sight before painting them,
so the entry is selected and in sight at once, stays where it is while the rest are
laid out, and the rows above are painted at their real heights when scrolled to.
Cancel (or Esc) while the rows are read leaves the timeline as it was.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from msgboxes import MessageBoxes, Shown
from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.store import Journal, JournalError
from rapport.ui import timeline_goto, timeline_view
from rapport.ui.customer_page import CustomerPage
from rapport.ui.models.timeline import ITEM_ROLE, PAGE

NOW = datetime.now(UTC)
COUNT = 2000
#: The journal's file, the customer, the oldest entry's id.
History = tuple[Path, int, int]


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> History:
    """A journal file with a customer of 2,000 entries of several heights; made once."""
    path = tmp_path_factory.mktemp("far") / "far.rapport"
    journal = Journal.open(path)
    cid = journal.customers.create(
        CustomerDraft(name="Café Lindeboom"), since=NOW - timedelta(3000)
    )
    oldest = 0
    for n in range(COUNT):
        body = "\n\n".join(f"Paragraph {p} of visit {n}: the terrace." for p in range(n % 5))
        when = NOW - timedelta(hours=n + 1)
        oldest = journal.entries.add(EntryDraft(cid, when, EntryKind.VISIT, f"Visit {n}", body))
    journal.close()
    return path, cid, oldest


@pytest.fixture
def page(qtbot: QtBot, history: History) -> Iterator[CustomerPage]:
    journal = Journal.open(history[0])
    shown = CustomerPage(journal)
    qtbot.addWidget(shown)
    shown.resize(1000, 700)
    shown.show()
    qtbot.waitExposed(shown)
    shown.show_customer(history[1])
    shown.repaint()
    yield shown
    shown.go_to.cancel()
    journal.close()


def _current_key(page: CustomerPage) -> object:
    index = page.timeline.currentIndex()
    return index.data(ITEM_ROLE).key if index.isValid() else None


def _rows_in_sight(page: CustomerPage) -> list[QModelIndex]:
    view = page.timeline
    sight = view.viewport().rect()
    model = view.model()
    return [
        model.index(r, 0)
        for r in range(model.rowCount())
        if view.visualRect(model.index(r, 0)).intersects(sight)
    ]


def _assert_rows_placed_right(page: CustomerPage, rows: list[QModelIndex]) -> None:
    """Each row at its real height (not a guess), each right under the one above it."""
    view, delegate = page.timeline, page.timeline.delegate
    rects = [view.visualRect(index) for index in rows]
    for index, rect in zip(rows, rects, strict=True):
        item = index.data(ITEM_ROLE)
        assert not delegate.is_guessed(item)
        assert rect.height() == delegate.real_height(item)
    for above, below in pairwise(rects):
        assert below.top() == above.bottom() + 1  # no overlap, no gap


def test_going_to_the_oldest_of_2000_selects_it_in_sight_without_laying_out_the_rows_above(
    qtbot: QtBot,
    page: CustomerPage,
    history: History,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    oldest = history[2]
    built: list[int] = []
    real = timeline_view.row_document
    monkeypatch.setattr(
        timeline_view, "row_document", lambda item, palette: built.append(1) or real(item, palette)
    )
    at_sight: list[int] = []
    go_to = timeline_view.TimelineView.go_to

    def counted(view: timeline_view.TimelineView, index: QModelIndex) -> None:
        go_to(view, index)
        at_sight.append(len(built))

    monkeypatch.setattr(timeline_view.TimelineView, "go_to", counted)

    assert page.select_item(("entry", oldest))
    qtbot.waitUntil(lambda: _current_key(page) == ("entry", oldest), timeout=20_000)

    view = page.timeline
    assert page.timeline_model.rowCount() >= COUNT
    assert at_sight and at_sight[0] < 200  # the rows in sight, not the 2,000 above
    target = view.visualRect(view.currentIndex())
    assert view.viewport().rect().contains(target)
    assert view.selectionModel().isSelected(view.currentIndex())
    _assert_rows_placed_right(page, _rows_in_sight(page))

    # The rest are laid out a slice at a time; the entry stays where it is meanwhile.
    qtbot.waitUntil(lambda: not view.delegate.has_guesses, timeout=60_000)
    assert view.visualRect(view.currentIndex()) == target


def test_rows_above_are_painted_at_their_real_heights_right_after_scrolling_up(
    qtbot: QtBot,
    page: CustomerPage,
    history: History,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert page.select_item(("entry", history[2]))
    qtbot.waitUntil(lambda: _current_key(page) == ("entry", history[2]), timeout=20_000)
    view = page.timeline
    painted: list[tuple[QRect, int]] = []
    paint_text = timeline_view.paint_text

    def recorded(painter: object, doc: QTextDocument, rect: QRect, *rest: object) -> None:
        painted.append((QRect(rect), int(doc.size().height())))
        paint_text(painter, doc, rect, *rest)

    monkeypatch.setattr(timeline_view, "paint_text", recorded)
    bar = view.verticalScrollBar()
    for _ in range(3):  # three screens up, into rows still guessed a moment ago
        painted.clear()
        bar.setValue(bar.value() - view.viewport().height())
        view.viewport().repaint()
        assert painted, "nothing painted"
        in_sight = _rows_in_sight(page)
        _assert_rows_placed_right(page, in_sight)
        assert sorted(rect.top() for rect, _ in painted) == [
            view.visualRect(index).top() for index in in_sight
        ]
        for rect, text_height in painted:  # each row as tall as its text: none cut off
            assert rect.height() == text_height + 2 * timeline_view._GAP


def test_cancelling_leaves_the_timeline_as_it_was(
    qtbot: QtBot,
    page: CustomerPage,
    history: History,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(timeline_goto, "SHOW_PROGRESS_AFTER_MS", 0)
    timeline = page.timeline_model._journal.timeline
    release = threading.Event()
    items = timeline.items

    def slow_items(order: list[tuple[str, int]]) -> object:
        release.wait(10)
        return items(order)

    monkeypatch.setattr(timeline, "items", slow_items)
    view = page.timeline
    view.setCurrentIndex(view.model().index(2, 0))
    bar = view.verticalScrollBar()
    before = (page.timeline_model.rowCount(), _current_key(page), bar.value())

    for how in ("button", "escape"):
        assert page.select_item(("entry", history[2]))
        dialog = page.go_to.dialog
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible)
        assert dialog.labelText() == "Finding the entry…"
        task = page.go_to._task
        assert task is not None
        if how == "button":
            button = dialog.findChild(QPushButton)
            assert button is not None
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(view, Qt.Key.Key_Escape)
        assert not page.go_to.running and page.go_to.dialog is None
        assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not page]
        release.set()  # the read ends; what it read is dropped
        assert task.wait(10)
        qtbot.waitUntil(lambda: task.outcome is not None)  # noqa: B023  # waited for here
        release.clear()
        assert (page.timeline_model.rowCount(), _current_key(page), bar.value()) == before
    assert page.timeline_model.rowCount() == PAGE


def test_a_read_that_fails_is_said_in_words_and_leaves_the_timeline_as_it_was(
    qtbot: QtBot,
    page: CustomerPage,
    history: History,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    timeline = page.timeline_model._journal.timeline

    def unreadable(order: list[tuple[str, int]]) -> object:
        raise JournalError("The journal could not be read.", "Check the disk, then try again.")

    monkeypatch.setattr(timeline, "items", unreadable)
    before = page.timeline_model.rowCount()

    assert page.select_item(("entry", history[2]))
    qtbot.waitUntil(lambda: not page.go_to.running)

    assert MessageBoxes.log == [
        Shown(
            "warning",
            "Go to entry",
            "The journal could not be read.",
            "Check the disk, then try again.",
        )
    ]
    assert page.timeline_model.rowCount() == before
    assert page.go_to.dialog is None
