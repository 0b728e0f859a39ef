"""Level suggestions on the customer page: Make it … / Dismiss, never a silent change."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.domain.levels import Level
from rapport.domain.stages import Stage
from rapport.store import Journal
from rapport.ui.attention_bar import AttentionBar
from rapport.ui.main_window import MainWindow

WindowFactory = Callable[[Path], MainWindow]


def regular_buyer(journal: Journal) -> int:
    """Orders every two to three weeks for eight months."""
    now = datetime.now(UTC)
    cid = journal.customers.create(
        CustomerDraft(name="Steady Deli"), Stage.COMPATIBILITY, since=now - timedelta(days=300)
    )
    days, d = [], 245
    while d > 5:
        days.append(d)
        d -= 14 if len(days) % 2 else 21
    for d in days:
        journal.entries.add(
            EntryDraft(
                customer_id=cid,
                occurred_at=now - timedelta(days=d),
                kind=EntryKind.PURCHASE,
                body="Weekly beans.",
            )
        )
    return cid


def test_make_it_structural_sets_the_level_and_undo_takes_it_back(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    cid = regular_buyer(journal)
    window.customer_list.select(cid)
    qtbot.waitUntil(lambda: not window.page.busy)
    bar = window.page.attention
    [(accept, _dismiss)] = bar.suggestion_buttons
    assert accept.text() == "Make it Structural"
    assert journal.customers.get(cid).level is Level.PROFESSIONAL  # nothing changed by itself

    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    assert journal.customers.get(cid).level is Level.STRUCTURAL
    qtbot.waitUntil(lambda: not window.page.busy)
    assert bar.suggestion_buttons == []

    window.controller.undo_stack.undo()
    assert journal.customers.get(cid).level is Level.PROFESSIONAL
    qtbot.waitUntil(lambda: not window.page.busy)
    assert len(bar.suggestion_buttons) == 1


def test_a_dismissed_level_suggestion_stays_dismissed_after_reopening(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    cid = regular_buyer(journal)
    window.customer_list.select(cid)
    qtbot.waitUntil(lambda: not window.page.busy)
    [(_accept, dismiss)] = window.page.attention.suggestion_buttons
    qtbot.mouseClick(dismiss, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.page.busy)
    assert window.page.attention.suggestion_buttons == []
    assert journal.customers.get(cid).level is Level.PROFESSIONAL
    window.close()
    journal.close()

    again = make_window(journal_path)
    again.customer_list.select(cid)
    qtbot.waitUntil(lambda: not again.page.busy)
    assert again.page.attention.suggestion_buttons == []
    again.controller.undo_stack.clear()


def test_the_same_answer_again_keeps_the_rows_a_new_one_replaces_them(
    qtbot: QtBot, journal: Journal
) -> None:
    """Reopening a customer (or a write the rules shrug off) leaves the bar's rows alone.

    New rows would be laid out again before the page can paint, the page with them,
    and the keyboard would lose the button it was on.
    """
    cid = regular_buyer(journal)
    answer = journal.facts.insight(cid, datetime.now(UTC))
    bar = AttentionBar()
    qtbot.addWidget(bar)
    bar.show()
    bar.show_insight(answer, "Steady Deli")
    [(accept, dismiss)] = bar.suggestion_buttons
    qtbot.waitUntil(accept.isVisible)
    bar.show_insight(journal.facts.insight(cid, datetime.now(UTC)), "Steady Deli")
    assert bar.suggestion_buttons == [(accept, dismiss)]
    assert accept.isVisible()

    bar.show_insight(answer, "Steady Deli & Co")
    [(renamed, _)] = bar.suggestion_buttons
    assert renamed is not accept
    assert renamed.accessibleName() == "Accept: set the level of Steady Deli & Co to Structural"
    bar.show_insight(None)
    assert bar.suggestion_buttons == [] and bar.isHidden()
