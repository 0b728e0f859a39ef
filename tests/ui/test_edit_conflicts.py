"""Saving a dialog opened before someone else saved the same record: nothing is lost.

Another journal on the same file stands in for another process.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from msgboxes import MessageBoxes
from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store import Journal
from rapport.store.errors import JournalWriteError
from rapport.store.records import CustomerRecord, TimelineItem
from rapport.ui.conflicts import EditBase
from rapport.ui.main_window import MainWindow

WindowFactory = Callable[[Path], MainWindow]
T = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def elsewhere(path: Path, change: Callable[[Journal], object]) -> None:
    """A change saved by another process."""
    other = Journal.open(path)
    try:
        change(other)
    finally:
        other.close()


@pytest.mark.parametrize(("use_theirs", "phone"), [(False, "0471 22"), (True, "0472 33")])
def test_the_owner_hears_both_phones_and_chooses_and_the_other_change_stays(
    make_window: WindowFactory, journal_path: Path, use_theirs: bool, phone: str
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    cid = journal.customers.create(CustomerDraft(name="Ana", phone="0470 11"))
    dialog = window.controller.edit_customer(cid)
    assert dialog is not None
    dialog.phone.setText("0471 22")

    def other(j: Journal) -> None:
        j.customers.update(cid, CustomerDraft(name="Ana", phone="0472 33", role="Buyer"))

    elsewhere(journal_path, other)
    MessageBoxes.answers.append(use_theirs)
    dialog.accept()
    question = MessageBoxes.log[-1]
    assert question.kind == "question" and question.title == "Changed elsewhere"
    assert question.text.startswith("Changed elsewhere at ")
    assert "phone “0472 33”; yours: “0471 22”" in question.text
    now = journal.customers.get(cid)
    assert (now.phone, now.role) == (phone, "Buyer")
    assert not dialog.isVisible()


def test_a_stale_entry_save_keeps_the_follow_up_ticked_off_elsewhere(
    make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    cid = journal.customers.create(CustomerDraft(name="Ana"))
    eid = journal.entries.add(
        EntryDraft(customer_id=cid, occurred_at=T, body="Call", follow_up_on=T.date())
    )
    dialog = window.controller.edit_entry(eid)
    assert dialog is not None
    dialog.body.setPlainText("Call about the renewal")
    elsewhere(journal_path, lambda j: j.entries.set_follow_up_done(eid, True))
    dialog.accept()
    assert [m for m in MessageBoxes.log if m.kind != "info"] == []
    entry = journal.entries.get(eid)
    assert entry.follow_up_done and entry.body == "Call about the renewal"


def test_undo_of_a_delete_says_the_entry_was_changed_elsewhere_since(
    make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    cid = journal.customers.create(CustomerDraft(name="Ana"))
    eid = journal.entries.add(EntryDraft(customer_id=cid, occurred_at=T, body="Call"))
    window.controller.delete_item(TimelineItem(entry=journal.entries.get(eid)))

    def edit_and_delete(j: Journal) -> None:
        j.entries.restore(eid)
        j.entries.update(eid, EntryDraft(customer_id=cid, occurred_at=T, body="Call Bo"))
        j.entries.delete(eid)

    elsewhere(journal_path, edit_and_delete)
    window.controller.undo_stack.undo()
    said = MessageBoxes.log[-1]
    assert said.kind == "info" and "changed elsewhere" in said.text
    assert journal.entries.get(eid).body == "Call Bo"


def test_a_resolved_save_that_fails_leaves_the_dialog_on_its_own_base(
    journal_path: Path,
) -> None:
    """Else the dialog's older values would count as the owner's changes next time."""
    journal = Journal.open(journal_path)
    try:
        cid = journal.customers.create(CustomerDraft(name="Ana", phone="0470"))
        opened = journal.customers.get(cid)
        elsewhere(
            journal_path, lambda j: j.customers.update(cid, CustomerDraft(name="Ana", phone="0471"))
        )
        edit: EditBase[CustomerDraft] = EditBase(opened)
        tries: list[int] = []

        def write(draft: CustomerDraft, base: CustomerRecord) -> None:
            tries.append(base.version)
            if len(tries) == 1:
                journal.customers.update(cid, draft, base=base)
            raise JournalWriteError("The disk is full.")

        with pytest.raises(JournalWriteError):
            edit.save(None, CustomerDraft(name="Ana", phone="0472"), write)
        assert tries == [opened.version, opened.version + 1]
        assert edit.base is opened
    finally:
        journal.close()
