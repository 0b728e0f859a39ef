"""The customer's health on screen: check-ins, the Health tab, and stage suggestions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDateTimeEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from msgboxes import MessageBoxes
from rapport.domain.checkins import Question
from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.domain.stages import Stage
from rapport.store import Journal
from rapport.ui.dialogs.checkin_dialog import CheckInDialog
from rapport.ui.main_window import MainWindow

WindowFactory = Callable[[Path], MainWindow]
CTRL = Qt.KeyboardModifier.ControlModifier


def _now() -> datetime:
    return datetime.now(UTC)


def _entry(journal: Journal, cid: int, days: float, kind: EntryKind, mood: int | None) -> int:
    return journal.entries.add(
        EntryDraft(
            customer_id=cid,
            occurred_at=_now() - timedelta(days=days),
            kind=kind,
            body=f"{kind.label}, {days} days ago.",
            sentiment=mood,
        )
    )


def in_conflict_with_a_compromise(journal: Journal) -> int:
    """A customer in Conflict since a complaint, and a commitment since that they took well."""
    cid = journal.customers.create(
        CustomerDraft(name="Nora Vos"), Stage.COMPATIBILITY, since=_now() - timedelta(days=200)
    )
    complaint = _entry(journal, cid, 12, EntryKind.COMPLAINT, -2)
    journal.entries.change_stage(
        cid, Stage.CONFLICT, _now() - timedelta(days=12), "Late deliveries", complaint
    )
    _entry(journal, cid, 3, EntryKind.COMMITMENT_MADE, 1)
    return cid


def _active_dialog(qtbot: QtBot) -> QWidget:
    found: list[QWidget] = []

    def opened() -> None:
        widget = QApplication.activeModalWidget()
        assert isinstance(widget, CheckInDialog)
        found.append(widget)

    qtbot.waitUntil(opened, timeout=2000)
    found[0].activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is found[0], timeout=2000)
    return found[0]


# --- check-ins ---------------------------------------------------------------------------


def test_a_check_in_saved_with_ctrl_enter_raises_the_health_it_explains(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    cid = in_conflict_with_a_compromise(journal)
    window.customer_list.select(cid)
    before = journal.facts.insight(cid, _now()).health
    assert f"{before.score} · " in window.page._facts.text()

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_I, CTRL)
    dialog = _active_dialog(qtbot)
    assert isinstance(dialog, CheckInDialog)
    assert "Nora Vos" in dialog.windowTitle()
    for question in Question:
        dialog.set_answer(question, 5)
    dialog.set_answer(Question.NEEDS, None)  # "don't know" is left out, not guessed
    qtbot.keyClicks(dialog.note, "They took the new delivery slot well.")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible()

    saved = journal.checkins.latest(cid)
    assert saved is not None and saved.answers.needs is None and saved.answers.trust == 5
    after = journal.facts.insight(cid, _now()).health
    assert after.factor("check_in").points == 20
    assert after.score == min(100, before.score + 20)
    qtbot.waitUntil(lambda: not window.page.busy)  # the rules answer in the background
    assert f"{after.score} · " in window.page._facts.text()
    text = window.page.health.toPlainText()
    assert "+20" in text and "averaged 5.0 of 5 on 5 answers" in text
    assert "They took the new delivery slot well." in text
    assert MessageBoxes.log == []


def test_an_empty_check_in_is_refused_and_the_form_stays_open(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    cid = window.bridge.journal.customers.create(CustomerDraft(name="Ada"))
    dialog = window.insight.check_in(cid)
    assert dialog is not None
    dialog.accept()
    assert dialog.isVisible()
    assert MessageBoxes.log[-1].kind == "warning"
    assert "Answer at least one question" in MessageBoxes.log[-1].text
    assert window.bridge.journal.checkins.latest(cid) is None

    dialog.set_answer(Question.LIKING, 4)
    MessageBoxes.answers.append(False)  # "Keep going"
    dialog.reject()
    assert dialog.isVisible()
    assert dialog.answers().liking == 4


def test_every_control_of_the_check_in_and_the_page_has_an_accessible_name(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    cid = in_conflict_with_a_compromise(window.bridge.journal)
    window.customer_list.select(cid)
    dialog = window.insight.check_in(cid)
    assert dialog is not None
    for root in (dialog, window.page, window.today, window.today_button.parentWidget()):
        assert root is not None
        for kind in (QAbstractButton, QPlainTextEdit, QDateTimeEdit):
            for widget in root.findChildren(kind):
                if not widget.isVisibleTo(root) or widget.objectName() == "qt_tabwidget_tabbar":
                    continue
                assert widget.accessibleName() or widget.text(), type(widget).__name__
    radios = [b for g in dialog.groups.values() for b in g.buttons()]
    assert len(radios) == 6 * 6
    assert all(b.accessibleName() for b in radios)
    assert window.page.health.accessibleName() == "Health and risk"
    assert window.today.list.accessibleName() == "Today"


# --- stage suggestions -------------------------------------------------------------------


def test_accepting_a_suggestion_moves_the_stage_and_undo_takes_it_back(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    cid = in_conflict_with_a_compromise(journal)
    window.customer_list.select(cid)
    bar = window.page.attention
    assert bar.isVisible()
    [(accept, _dismiss)] = bar.suggestion_buttons
    assert accept.text() == "Move to Compromise"
    assert journal.timeline.header(cid).stage is Stage.CONFLICT  # nothing moved by itself

    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    header = journal.timeline.header(cid)
    assert header.stage is Stage.COMPROMISE
    assert header.stage_history[-1].reason == "Compromise reached"
    qtbot.waitUntil(lambda: not window.page.busy)  # the rules answer in the background
    assert bar.suggestion_buttons == []

    window.controller.undo_stack.undo()
    assert journal.timeline.header(cid).stage is Stage.CONFLICT
    qtbot.waitUntil(lambda: not window.page.busy)
    assert len(bar.suggestion_buttons) == 1


def test_a_dismissed_suggestion_stays_dismissed_after_reopening(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    cid = in_conflict_with_a_compromise(journal)
    window.customer_list.select(cid)
    [(_accept, dismiss)] = window.page.attention.suggestion_buttons
    qtbot.mouseClick(dismiss, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.page.busy)  # the rules answer in the background
    assert window.page.attention.suggestion_buttons == []
    assert journal.timeline.header(cid).stage is Stage.CONFLICT
    window.close()
    journal.close()

    again = make_window(journal_path)
    again.customer_list.select(cid)
    assert again.page.attention.suggestion_buttons == []
    assert again.bridge.journal.suggestions.pending(cid, _now()) == []

    again.controller.undo_stack.clear()
    _entry(again.bridge.journal, cid, 1, EntryKind.FAVOUR_GIVEN, 2)  # new evidence asks again
    qtbot.waitUntil(lambda: not again.page.busy)
    assert len(again.page.attention.suggestion_buttons) == 1


def test_the_risk_line_leads_to_the_evidence(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    cid = journal.customers.create(
        CustomerDraft(name="Quiet Quarry", cadence_days=30),
        Stage.COMPATIBILITY,
        since=_now() - timedelta(days=300),
    )
    _entry(journal, cid, 75, EntryKind.MEETING, 1)
    window.customer_list.select(cid)
    page = window.page
    assert page.attention.isVisible()
    why = next(
        b for b in page.attention.findChildren(QAbstractButton) if b.text().startswith("Why")
    )
    qtbot.mouseClick(why, Qt.MouseButton.LeftButton)
    assert page.tabs.currentWidget() is page.health
    text = page.health.toPlainText()
    assert "Overdue — Act now: 45 days past the keep-in-touch cadence" in text
    assert "No contact for 75 days; cadence 30 days (set for this customer)." in text
    assert "Next step: Get in touch" in text
    assert "−30" in text and "Keeping in touch" in text


def test_tab_moves_from_question_to_question_landing_on_the_chosen_answer(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    cid = window.bridge.journal.customers.create(CustomerDraft(name="Ada"))
    dialog = window.insight.check_in(cid)
    assert dialog is not None
    dialog.set_answer(Question.THEIR_WORD, 4)
    first = dialog.groups[Question.TRUST].checkedButton()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.groups[Question.THEIR_WORD].button(4)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)  # arrows walk the scale
    assert dialog.answers().their_word == 3
