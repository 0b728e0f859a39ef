"""The unit of work: one Change per write, made from the rows written, never by hand."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import delete, event, update
from storehelp import at, customer, entry, raw_rows
from transferhelp import FIXTURES, plan_of

from rapport.domain.checkins import Answers, CheckIn
from rapport.domain.customers import CustomerDraft
from rapport.domain.stages import Stage
from rapport.domain.suggestions import Suggestion
from rapport.store import Journal
from rapport.store.change import Change
from rapport.store.errors import (
    JournalBusyError,
    JournalDamagedError,
    JournalReadError,
    RecordNotFoundError,
)
from rapport.store.integrity import is_damage
from rapport.store.models import Entry
from rapport.store.trash import TrashKind
from rapport.store.unit_of_work import UndeclaredWriteError

#: The store behaves alike on a journal file and on a team journal (PostgreSQL).
pytestmark = pytest.mark.both_backends


@pytest.fixture
def heard(journal: Journal) -> list[Change]:
    """Every change the journal announces, in order."""
    changes: list[Change] = []
    journal.subscribe(changes.append)
    return changes


def run(steps: Any) -> Any:
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


# --- what each write says ------------------------------------------------------------


def test_tags_are_named_only_when_they_change(journal: Journal, heard: list[Change]) -> None:
    a = customer(journal, "Ana", tags=("wine",))
    assert heard[-1].tags and heard[-1].customers == {a}
    journal.customers.update(a, CustomerDraft(name="Ana", tags=("wine",), phone="0470"))
    assert heard[-1] == Change.of(customers={a})
    journal.customers.update(a, CustomerDraft(name="Ana", tags=("wine", "cheese")))
    assert heard[-1] == Change.of(customers={a}, tags=True)
    journal.customers.update(a, CustomerDraft(name="Ana"))
    assert heard[-1] == Change.of(customers={a}, tags=True)
    assert journal.customers.get(a).tags == ()


def test_check_ins_suggestions_and_the_trash_name_what_they_wrote(
    journal: Journal, heard: list[Change]
) -> None:
    a = customer(journal, "Ana")
    check = journal.checkins.add(CheckIn(a, at(1), Answers(trust=4)))
    assert heard[-1] == Change.of(customers={a}, check_ins={check})
    journal.checkins.delete(check)
    assert heard[-1] == Change.of(customers={a}, check_ins={check})
    journal.suggestions.dismiss(a, Stage.CONFLICT, "entry:1")
    assert heard[-1] == Change.of(customers={a})
    count = len(heard)
    journal.suggestions.dismiss(a, Stage.CONFLICT, "entry:1")  # already dismissed
    journal.suggestions.undo_dismiss(a, Stage.COMPROMISE, "entry:9")  # never dismissed
    assert len(heard) == count, "a write that changed nothing announces nothing"
    journal.suggestions.undo_dismiss(a, Stage.CONFLICT, "entry:1")
    assert heard[-1] == Change.of(customers={a})
    eid = entry(journal, a, 2)
    moved = journal.suggestions.accept(
        Suggestion(a, Stage.CONFLICT, "A complaint.", (), f"entry:{eid}", eid), at(3)
    )
    assert heard[-1] == Change.of(customers={a}, stage_changes={moved})
    journal.entries.delete(eid)
    (item,) = [i for i in journal.trash.items() if i.kind is TrashKind.ENTRY]
    journal.trash.restore(item)
    assert heard[-1] == Change.of(customers={a}, entries={eid})
    journal.entries.delete(eid)
    assert journal.trash.empty() == 2  # the entry and the check-in
    assert heard[-1].everything


def test_only_a_write_to_a_customers_row_or_people_names_their_details(
    journal: Journal, heard: list[Change]
) -> None:
    """An entry, a stage, a check-in say the customer without details: their people stay shown."""
    from rapport.domain.people import PersonDraft

    a = customer(journal, "Ana")
    assert heard[-1].details == {a}
    eid = entry(journal, a, 1)
    assert heard[-1].customers == {a} and heard[-1].details == set()
    assert not heard[-1].touches_details(a)
    journal.participants.put_defaults(eid)
    assert heard[-1] == Change.of(customers={a}, entries={eid}) and heard[-1].details == set()
    journal.checkins.add(CheckIn(a, at(2), Answers(trust=4)))
    assert heard[-1].details == set()
    journal.entries.change_stage(a, Stage.CONFLICT, at(3))
    assert heard[-1].details == set()
    journal.customers.update(a, CustomerDraft(name="Ana", phone="0470"))
    assert heard[-1].details == {a}
    person = journal.people.add(a, PersonDraft(name="Jens"))
    assert heard[-1].details == {a} and heard[-1].touches_details(a)
    with journal.write():
        entry(journal, a, 4)
        journal.people.update(person, PersonDraft(name="Jens Dekker"))
    assert heard[-1].details == {a}
    assert Change.of(customers={a}, entries={eid}).touches_details(a), "not said: any of them"
    assert (heard[-1] | Change.of(customers={a + 1})).details == {a, a + 1}


def test_an_import_names_the_new_customers_and_everything(
    journal: Journal, heard: list[Change]
) -> None:
    done = run(journal.transfer.run(plan_of(FIXTURES / "generic.csv"), "generic.csv"))
    assert len(heard) == 1
    assert heard[0].everything and heard[0].customers == set(done.customer_ids)


def test_a_failed_write_announces_nothing_and_leaves_nothing(
    journal: Journal, heard: list[Change]
) -> None:
    a = customer(journal, "Ana")
    heard.clear()
    with pytest.raises(RecordNotFoundError):
        journal.entries.change_stage(a + 1, Stage.CONFLICT, at(1))
    with pytest.raises(ZeroDivisionError), journal.write() as w:
        entry(journal, a, 1)
        w.session.add(Entry(customer_id=a, occurred_at=at(2), created_at=at(2), updated_at=at(2)))
        _ = 1 / 0
    assert heard == []
    assert raw_rows(journal, "SELECT count(*) FROM entry") == [(0,)]


def test_nested_writes_join_the_outer_one_and_announce_once_merged(
    journal: Journal, heard: list[Change]
) -> None:
    a = customer(journal, "Ana")
    heard.clear()
    with journal.write():
        eid = entry(journal, a, 1)
        with journal.write():
            b = customer(journal, "Ben")
            journal.entries.update(
                eid, journal_entry_draft(journal, eid, customer_id=b, body="moved")
            )
        assert heard == []
    (ben_stage,) = journal.entries.stage_history(b)
    assert heard == [Change.of(customers={a, b}, entries={eid}, stage_changes={ben_stage.id})]


def journal_entry_draft(journal: Journal, entry_id: int, **changes: Any) -> Any:
    from rapport.domain.entries import EntryDraft

    e = journal.entries.get(entry_id)
    fields = {"customer_id": e.customer_id, "occurred_at": e.occurred_at, "body": e.body}
    return EntryDraft(**{**fields, **changes})


def test_another_thread_never_joins_a_write(journal: Journal) -> None:
    import threading

    a = customer(journal, "Ana")
    seen: list[int] = []
    with journal.write():
        entry(journal, a, 1)
        worker = threading.Thread(
            target=lambda: seen.append(journal.timeline.header(a).entry_count)
        )
        worker.start()
        worker.join()
        assert journal.timeline.header(a).entry_count == 1  # this thread sees its own write
    assert seen == [0]  # the other read what was committed


# --- a listener that fails -------------------------------------------------------------


@pytest.mark.logs_errors
def test_a_failing_listener_is_logged_and_unsays_nothing(
    journal: Journal, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(_change: Change) -> None:
        raise RuntimeError("a view could not refresh")

    later: list[Change] = []
    journal.subscribe(broken)
    journal.subscribe(later.append)
    with caplog.at_level(logging.ERROR, "rapport.store"):
        a = customer(journal, "Ana")
    assert journal.customers.get(a).name == "Ana"  # saved all the same
    assert len(later) == 1  # the others still hear
    (record,) = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert record.exc_info is not None and "listener failed" in record.getMessage()


def test_unsubscribing_stops_the_notices(journal: Journal, heard: list[Change]) -> None:
    mine: list[Change] = []
    stop = journal.subscribe(mine.append)
    customer(journal, "Ana")
    stop()
    customer(journal, "Ben")
    assert len(mine) == 1 and len(heard) == 2


# --- statements that bypass the session --------------------------------------------------


def test_a_bulk_statement_must_say_what_it_touched(journal: Journal, heard: list[Change]) -> None:
    a = customer(journal, "Ana")
    entry(journal, a, 1)
    heard.clear()
    with pytest.raises(UndeclaredWriteError), journal.write() as w:
        w.session.execute(update(Entry).values(title="all of them"))
    with pytest.raises(UndeclaredWriteError), journal.write() as w:
        w.session.connection().exec_driver_sql("DELETE FROM entry")
    assert raw_rows(journal, "SELECT count(*), max(title) FROM entry") == [(1, "")]
    assert heard == []
    with journal.write() as w:
        w.touched(customers={a}, everything=True)
        w.session.execute(delete(Entry))
    assert heard == [Change.of(customers={a}, everything=True)]
    assert raw_rows(journal, "SELECT count(*) FROM entry") == [(0,)]


# --- reads put database failures into words --------------------------------------------


@contextmanager
def failing_reads(journal: Journal, error: sqlite3.Error) -> Iterator[None]:
    """Every statement run on the journal fails as SQLite would fail it."""

    def fail(*_args: object) -> None:
        raise error

    event.listen(journal.engine, "before_cursor_execute", fail)
    try:
        yield
    finally:
        event.remove(journal.engine, "before_cursor_execute", fail)


def sqlite_error(kind: type[sqlite3.Error], text: str, name: str) -> sqlite3.Error:
    error = kind(text)
    error.sqlite_errorname = name  # type: ignore[attr-defined]
    return error


@pytest.mark.sqlite_only
def test_a_read_that_meets_damage_says_so_in_words(journal: Journal) -> None:
    cid = customer(journal, "Ana")
    damage = sqlite_error(
        sqlite3.DatabaseError, "database disk image is malformed", "SQLITE_CORRUPT"
    )
    with failing_reads(journal, damage), pytest.raises(JournalDamagedError) as caught:
        journal.timeline.header(cid)
    assert "damaged" in caught.value.message and caught.value.hint
    assert caught.value.reason == "database disk image is malformed"
    assert is_damage(caught.value)


@pytest.mark.sqlite_only
def test_a_read_of_a_busy_journal_says_so_in_words(journal: Journal) -> None:
    busy = sqlite_error(sqlite3.OperationalError, "database is locked", "SQLITE_BUSY")
    with failing_reads(journal, busy), pytest.raises(JournalBusyError) as caught:
        journal.customers.count()
    assert "busy" in caught.value.message
    assert not is_damage(caught.value)


@pytest.mark.sqlite_only
def test_any_other_failed_read_says_what_sqlite_said(journal: Journal) -> None:
    odd = sqlite_error(sqlite3.OperationalError, "disk I/O error", "SQLITE_IOERR")
    with failing_reads(journal, odd), pytest.raises(JournalReadError) as caught:
        journal.facts.today(at(1) + timedelta(days=1))
    assert caught.value.message == "The journal could not be read."
    assert "disk I/O error" in caught.value.hint


@pytest.mark.sqlite_only
def test_a_journal_saved_elsewhere_keeps_one_write_path(
    journal: Journal, heard: list[Change], tmp_path: Any
) -> None:
    a = customer(journal, "Ana")
    journal.save_as(tmp_path / "elsewhere.rapport")
    with pytest.raises(UndeclaredWriteError), journal.write() as w:
        w.session.execute(delete(Entry))
    eid = entry(journal, a, 1)
    assert heard[-1] == Change.of(customers={a}, entries={eid})
