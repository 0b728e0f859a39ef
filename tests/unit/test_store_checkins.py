"""Check-ins and suggestion dismissals saved in a real journal file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from rapport.domain.checkins import Answers, CheckIn
from rapport.domain.customers import CustomerDraft, ValidationError
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.domain.stages import Stage
from rapport.store import Journal
from rapport.store.errors import RecordNotFoundError
from rapport.store.records import Change

#: The store behaves alike on a journal file and on a team journal (PostgreSQL).
pytestmark = pytest.mark.both_backends

AT = datetime(2026, 3, 3, 9, 30, tzinfo=UTC)


def test_check_in_round_trip(journal: Journal) -> None:
    cid = journal.customers.create(CustomerDraft(name="Anna's Bakery"))
    heard: list[Change] = []
    journal.subscribe(heard.append)
    answers = Answers(trust=5, their_word=4, value=None, help=3, needs=2, liking=5)
    first = journal.checkins.add(CheckIn(cid, AT, answers, note="  Renewal coming up. "))
    second = journal.checkins.add(CheckIn(cid, AT + timedelta(days=91), Answers(trust=4)))
    assert heard == [
        Change.of(customers={cid}, check_ins={first}),
        Change.of(customers={cid}, check_ins={second}),
    ]
    latest = journal.checkins.latest(cid)
    assert latest is not None and latest.id == second
    older = journal.checkins.list(cid)[1]
    assert older == CheckIn(cid, AT, answers, note="Renewal coming up.", id=first)
    assert older.at.tzinfo is not None


def test_check_ins_can_be_deleted_and_restored(journal: Journal) -> None:
    cid = journal.customers.create(CustomerDraft(name="Bike Hub"))
    ident = journal.checkins.add(CheckIn(cid, AT, Answers(trust=3)))
    journal.checkins.delete(ident)
    assert journal.checkins.latest(cid) is None
    with pytest.raises(RecordNotFoundError):
        journal.checkins.delete(ident)
    journal.checkins.restore(ident)
    assert [c.id for c in journal.checkins.list(cid)] == [ident]


def test_invalid_check_ins_are_refused(journal: Journal) -> None:
    cid = journal.customers.create(CustomerDraft(name="Corner Café"))
    with pytest.raises(ValidationError):
        journal.checkins.add(CheckIn(cid, AT))
    with pytest.raises(RecordNotFoundError):
        journal.checkins.add(CheckIn(cid + 99, AT, Answers(trust=3)))


def test_a_dismissed_suggestion_is_remembered(journal: Journal) -> None:
    now = datetime.now(UTC)
    cid = journal.customers.create(
        CustomerDraft(name="Dental Care"), since=now - timedelta(days=90)
    )
    journal.entries.add(
        EntryDraft(cid, now - timedelta(days=2), EntryKind.COMPLAINT, "Late delivery", sentiment=-2)
    )
    (suggestion,) = journal.suggestions.pending(cid, now)
    assert suggestion.stage is Stage.CONFLICT
    journal.suggestions.dismiss(cid, suggestion.stage, suggestion.basis)
    journal.suggestions.dismiss(cid, suggestion.stage, suggestion.basis)  # harmless twice
    assert journal.suggestions.pending(cid, now) == []
    journal.suggestions.undo_dismiss(cid, suggestion.stage, suggestion.basis)
    assert journal.suggestions.pending(cid, now) == [suggestion]


def test_accepting_a_suggestion_records_the_stage_change(journal: Journal) -> None:
    now = datetime.now(UTC)
    cid = journal.customers.create(
        CustomerDraft(name="Eve's Flowers"), since=now - timedelta(days=90)
    )
    entry_id = journal.entries.add(
        EntryDraft(cid, now - timedelta(days=1), EntryKind.COMPLAINT, "Wrong colour", sentiment=-1)
    )
    (suggestion,) = journal.suggestions.pending(cid, now)
    journal.suggestions.accept(suggestion, now)
    history = journal.entries.stage_history(cid)
    assert history[-1].stage is Stage.CONFLICT
    assert history[-1].reason == "Complaint logged"
    assert history[-1].entry_id == entry_id
    assert journal.suggestions.pending(cid, now) == []
