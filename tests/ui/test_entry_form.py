"""The entry dialog maps form and entry in one place, for every field of an entry."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pytestqt.qtbot import QtBot

from rapport.domain.drafts import NO_CUSTOMER
from rapport.domain.entries import ENTRY_FIELDS, EntryDraft, draft_of
from rapport.domain.kinds import EntryKind, Side
from rapport.store.customers import Choice
from rapport.store.records import EntryRecord, TimelineItem
from rapport.ui.dialogs.entry_dialog import EntryDialog
from rapport.ui.timeline_view import row_document

AT = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)
CHOICES = [Choice(3, "Ana Ruiz", "Panadería"), Choice(5, "Ben", "")]


def dialog(qtbot: QtBot, entry: EntryRecord | None = None) -> EntryDialog:
    made = EntryDialog(CHOICES, lambda _d, _n: True, entry=entry)
    qtbot.addWidget(made)
    return made


def test_every_field_of_an_entry_has_its_place_in_the_form(qtbot: QtBot) -> None:
    assert [b.name for b in dialog(qtbot).form.bindings] == list(ENTRY_FIELDS)


def test_an_entry_shown_in_the_form_reads_back_the_same(qtbot: QtBot) -> None:
    record = EntryRecord(
        5,
        AT,
        EntryKind.COMPLAINT,
        "Late flour",
        "Twice.",
        -2,
        True,
        date(2026, 3, 11),
        True,
        id=9,
        created_at=AT,
        updated_at=AT,
    )
    opened = dialog(qtbot, record)
    assert opened.form.read() == draft_of(record)
    assert opened.draft() == draft_of(record)
    typed = opened.typed("d1")
    fresh = dialog(qtbot)
    fresh.restore_typed(typed)
    assert fresh.form.read() == draft_of(record)


def test_a_draft_with_no_customer_chosen_keeps_the_name_as_typed(qtbot: QtBot) -> None:
    first = dialog(qtbot)
    first.customer.setEditText("Someone new")
    first.body.setPlainText("Met at the fair")
    typed = first.typed("d2")
    assert typed.customer_id is None and typed.customer_text == "Someone new"
    again = dialog(qtbot)
    again.restore_typed(typed)
    assert again.customer.currentText() == "Someone new"
    assert again.form.read().customer_id == NO_CUSTOMER
    assert isinstance(again.form.read(), EntryDraft)


def test_whose_word_is_asked_only_for_a_commitment_and_is_ours_unless_said(
    qtbot: QtBot,
) -> None:
    form = dialog(qtbot)
    form.show()
    form.customer.choose(3)
    form.body.setPlainText("Samples by June")
    form.kind.setCurrentIndex(form.kind.findData(EntryKind.MEETING.value))
    assert not form.side.isVisible() and form.form.read().side is None
    form.kind.setCurrentIndex(form.kind.findData(EntryKind.COMMITMENT_MADE.value))
    assert form.side.isVisible()
    assert form.side.currentText() == "We promised" and form.form.read().side is Side.OURS
    form.side.setCurrentIndex(form.side.findData(Side.THEIRS.value))
    assert form.draft() == EntryDraft(
        3,
        form.form.read().occurred_at,
        EntryKind.COMMITMENT_MADE,
        "",
        "Samples by June",
        side=Side.THEIRS,
    )
    assert [form.side.itemText(i) for i in range(form.side.count())] == [
        "We promised",
        "They promised",
    ]


def test_a_commitment_reopens_with_its_side_and_the_timeline_says_whose(qtbot: QtBot) -> None:
    record = EntryRecord(
        5,
        AT,
        EntryKind.COMMITMENT_BROKEN,
        body="Missed the date.",
        side=Side.THEIRS,
        id=4,
        created_at=AT,
        updated_at=AT,
    )
    opened = dialog(qtbot, record)
    assert opened.side.currentData() == Side.THEIRS.value
    assert opened.form.read() == draft_of(record)
    text = row_document(TimelineItem(entry=record), opened.palette()).toPlainText()
    assert "Commitment broken · theirs" in text
    meeting = EntryRecord(5, AT, EntryKind.MEETING, id=5, created_at=AT, updated_at=AT)
    text = row_document(TimelineItem(entry=meeting), opened.palette()).toPlainText()
    assert "ours" not in text and "theirs" not in text
