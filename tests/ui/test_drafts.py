"""Drafts in the app: saved within a second of typing, gone once saved or discarded, offered
back on the next start, private on disk."""

from __future__ import annotations

import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from manualclock import ManualClock
from msgboxes import MessageBoxes
from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store import Journal
from rapport.store.clock import utcnow
from rapport.store.drafts import DraftStore, drafts_folder
from rapport.ui import msgbox
from rapport.ui.dialogs.entry_dialog import EntryDialog
from rapport.ui.drafts import IDLE_DELAY_MS, MAX_DELAY_MS, DraftKeeper, offer_drafts
from rapport.ui.main_window import MainWindow

WindowFactory = Callable[[Path], MainWindow]


@pytest.fixture(autouse=True)
def clock(monkeypatch: pytest.MonkeyPatch) -> ManualClock:
    """The drafts' clocks move when a test says so: no test waits real time for them."""
    manual = ManualClock()
    monkeypatch.setattr(DraftKeeper, "clock", manual)
    return manual


def with_customer(make_window: WindowFactory, path: Path) -> tuple[MainWindow, int]:
    window = make_window(path)
    cid = window.bridge.journal.customers.create(CustomerDraft(name="Maria"))
    return window, cid


def drafts(path: Path) -> list[Path]:
    return sorted(drafts_folder(path).glob("*.json"))


def test_typing_is_on_disk_within_a_second_even_without_a_pause(
    make_window: WindowFactory, journal_path: Path, clock: ManualClock
) -> None:
    assert MAX_DELAY_MS < 1000
    window, cid = with_customer(make_window, journal_path)
    dialog = window.controller.new_entry(cid)
    assert dialog is not None
    store = window.controller.drafts
    # Type without ever pausing long enough for the idle clock: the draft still lands.
    saved_at = None
    for n in range(12):
        dialog.body.insertPlainText(f"word{n} ")
        clock.advance(80)
        if saved_at is None and store.list():
            saved_at = clock.now
    assert saved_at is not None and saved_at < 1000, saved_at
    (kept,) = store.list()
    assert kept.entry.body.startswith("word0 word1")
    assert kept.customer_id == cid and kept.entry_id is None
    (file,) = drafts(journal_path)
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert stat.S_IMODE(file.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(file.parent.parent.stat().st_mode) == 0o700


def test_a_pause_in_typing_saves_the_draft_at_once(
    make_window: WindowFactory, journal_path: Path, clock: ManualClock
) -> None:
    window, cid = with_customer(make_window, journal_path)
    dialog = window.controller.new_entry(cid)
    assert dialog is not None
    dialog.body.insertPlainText("Samples ")
    clock.advance(IDLE_DELAY_MS - 1)
    assert drafts(journal_path) == []
    clock.advance(1)
    assert len(drafts(journal_path)) == 1


def test_the_draft_is_removed_when_the_entry_is_saved(
    make_window: WindowFactory, journal_path: Path, clock: ManualClock
) -> None:
    window, cid = with_customer(make_window, journal_path)
    dialog = window.controller.new_entry(cid)
    assert dialog is not None
    dialog.body.setPlainText("Ordered beans.")
    clock.advance(MAX_DELAY_MS)
    assert drafts(journal_path)
    dialog.accept()
    assert not dialog.isVisible()
    assert drafts(journal_path) == []
    assert window.bridge.journal.timeline.header(cid).entry_count == 1


def test_the_draft_is_removed_only_when_discarding_is_confirmed(
    make_window: WindowFactory, journal_path: Path, clock: ManualClock
) -> None:
    window, cid = with_customer(make_window, journal_path)
    dialog = window.controller.new_entry(cid)
    assert dialog is not None
    dialog.body.setPlainText("Half a thought")
    clock.advance(MAX_DELAY_MS)
    assert drafts(journal_path)
    MessageBoxes.answers.append(False)  # "Keep writing"
    dialog.reject()
    assert dialog.isVisible() and drafts(journal_path)
    MessageBoxes.answers.append(True)  # "Discard"
    dialog.reject()
    assert not dialog.isVisible() and drafts(journal_path) == []


def test_a_draft_left_by_a_crash_is_offered_and_reopened_as_typed(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window, cid = with_customer(make_window, journal_path)
    eid = window.controller.journal.entries.add(
        EntryDraft(customer_id=cid, occurred_at=utcnow(), body="Old text")
    )
    first = window.controller.edit_entry(eid)
    assert first is not None
    first.body.setPlainText("Old text, and what I added")
    first.title.setText("Renewal")
    keeper = DraftKeeper.of(first)
    assert keeper is not None
    keeper.save_now()
    (typed,) = window.controller.drafts.list()
    keeper.deleteLater()  # the crash: the dialog vanishes without finishing
    first.hide()
    qtbot.wait(10)

    MessageBoxes.answers.append(True)
    found = offer_drafts(window, DraftStore(journal_path), window.controller.reopen_draft)
    assert [t.draft_id for t in found] == [typed.draft_id]
    assert MessageBoxes.log[-1].title == "An unsaved entry from last time"
    reopened = [w for w in window.findChildren(EntryDialog) if w.isVisible() and w is not first]
    assert len(reopened) == 1
    dialog = reopened[0]
    assert dialog.entry_id == eid
    assert dialog.body.toPlainText() == "Old text, and what I added"
    assert dialog.title.text() == "Renewal"
    dialog.accept()
    assert window.controller.drafts.list() == []
    assert window.bridge.journal.entries.get(eid).title == "Renewal"


def test_declining_the_offer_keeps_the_drafts_for_later(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window, cid = with_customer(make_window, journal_path)
    dialog = window.controller.new_entry(cid)
    assert dialog is not None
    dialog.body.setPlainText("Keep me")
    keeper = DraftKeeper.of(dialog)
    assert keeper is not None
    keeper.save_now()
    keeper.setParent(None)  # detach, so closing the dialog does not remove the draft
    dialog.hide()
    MessageBoxes.answers.append(False)
    offer_drafts(window, DraftStore(journal_path), window.controller.reopen_draft)
    assert [t.entry.body for t in DraftStore(journal_path).list()] == ["Keep me"]


def test_a_crash_right_after_saving_a_complaint_leaves_no_draft_to_offer(
    qtbot: QtBot,
    make_window: WindowFactory,
    journal_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    clock: ManualClock,
) -> None:
    """The draft goes with the commit, and no question follows the save to die in.

    (It once asked "Move to Conflict?" after the commit but before the draft was
    removed: a crash there offered the saved complaint again, as a duplicate.)
    """
    window, cid = with_customer(make_window, journal_path)
    dialog = window.controller.new_entry(cid)
    assert dialog is not None
    dialog.kind.setCurrentIndex(dialog.kind.findData("complaint"))
    dialog.body.setPlainText("Two late deliveries in a row.")
    clock.advance(MAX_DELAY_MS)
    assert drafts(journal_path)
    asked: list[object] = []
    monkeypatch.setattr(msgbox, "ask", lambda *a, **k: asked.append(a) or False)
    dialog.accept()
    # What a start after a crash at this moment would find: the drafts on disk, and
    # the entries in the journal (read by a second connection, as a new start).
    other = Journal.open(journal_path)
    try:
        saved = other.timeline.header(cid).entry_count
    finally:
        other.close()
    assert saved == 1
    assert DraftStore(journal_path).list() == []
    assert asked == []  # nothing stood between the save and the draft's removal
    assert offer_drafts(window, DraftStore(journal_path), window.controller.reopen_draft) == []
