"""The one write path: durable connections, all-or-nothing writes, and what each write announces."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from storehelp import at, customer, entry, raw_rows

from rapport.domain.customers import CustomerDraft, Status
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.domain.stages import Stage
from rapport.store import Journal, engine
from rapport.store.errors import JournalWriteError, RecordNotFoundError
from rapport.store.records import Change

#: The store behaves alike on a journal file and on a team journal (PostgreSQL).
pytestmark = pytest.mark.both_backends


@pytest.fixture
def heard(journal: Journal) -> list[Change]:
    """Every change the journal announces, in order."""
    changes: list[Change] = []
    journal.subscribe(changes.append)
    return changes


def counts(journal: Journal) -> tuple[int, ...]:
    tables = ("customer", "entry", "stage_change", "tag", "customer_tag")
    return tuple(raw_rows(journal, f"SELECT count(*) FROM {t}")[0][0] for t in tables)


# --- announcements ---------------------------------------------------------------------


def test_each_write_announces_the_customers_it_touched(
    journal: Journal, heard: list[Change]
) -> None:
    a = customer(journal, "Ana")
    (first_stage,) = journal.entries.stage_history(a)
    assert heard[-1] == Change.of(customers={a}, stage_changes={first_stage.id})
    b = customer(journal, "Ben")
    journal.customers.update(a, CustomerDraft(name="Ana Ruiz"))
    assert heard[-1] == Change.of(customers={a})
    journal.customers.set_status(b, Status.ARCHIVED)
    assert heard[-1] == Change.of(customers={b})
    eid = entry(journal, a, 1)
    assert heard[-1] == Change.of(customers={a}, entries={eid})
    journal.entries.update(eid, EntryDraft(customer_id=b, occurred_at=at(1), body="moved"))
    assert heard[-1] == Change.of(customers={a, b}, entries={eid})
    journal.entries.set_follow_up_done(eid)
    assert heard[-1] == Change.of(customers={b}, entries={eid})
    journal.entries.delete(eid)
    assert heard[-1] == Change.of(customers={b}, entries={eid})
    change = journal.entries.change_stage(a, Stage.CONFLICT, at(2))
    assert heard[-1] == Change.of(customers={a}, stage_changes={change})
    journal.entries.delete_stage_change(change)
    assert heard[-1] == Change.of(customers={a}, stage_changes={change})
    journal.customers.delete(b)
    assert heard[-1] == Change.of(customers={b})
    assert len(heard) == 11


def test_reading_announces_nothing(journal: Journal, heard: list[Change]) -> None:
    cid = customer(journal, "Ana")
    heard.clear()
    journal.customers.get(cid)
    journal.timeline.customers("ana")
    journal.timeline.header(cid)
    journal.timeline.page(cid)
    assert heard == []


def test_a_transaction_announces_once_when_it_is_saved(
    journal: Journal, heard: list[Change]
) -> None:
    old = customer(journal, "Old")
    heard.clear()
    with journal.transaction():
        new = customer(journal, "New")
        eid = entry(journal, new, 1)
        moved = journal.entries.change_stage(old, Stage.CONFLICT, at(2))
        assert heard == []
    (first,) = journal.entries.stage_history(new)
    assert heard == [
        Change.of(customers={old, new}, entries={eid}, stage_changes={first.id, moved}),
    ]


# --- all or nothing --------------------------------------------------------------------


def test_a_transaction_that_fails_saves_nothing_and_announces_nothing(
    journal: Journal, heard: list[Change]
) -> None:
    keep = customer(journal, "Keep", tags=("old",))
    entry(journal, keep, 1)
    before = counts(journal)
    heard.clear()
    with pytest.raises(ZeroDivisionError), journal.transaction():
        customer(journal, "Lost", tags=("new",))
        journal.customers.update(keep, CustomerDraft(name="Renamed"))
        entry(journal, keep, 2)
        journal.entries.change_stage(keep, Stage.CONFLICT, at(2))
        _ = 1 / 0
    assert counts(journal) == before
    assert journal.customers.get(keep).name == "Keep"
    assert journal.customers.get(keep).tags == ("old",)
    assert heard == []
    customer(journal, "After")  # the journal is usable afterwards
    assert journal.customers.count() == 2


def test_a_store_error_inside_a_transaction_undoes_the_earlier_writes(journal: Journal) -> None:
    with pytest.raises(RecordNotFoundError), journal.transaction():
        cid = customer(journal, "Ana")
        entry(journal, cid, 1)
        entry(journal, 999, 1)  # no such customer
    assert counts(journal) == (0, 0, 0, 0, 0)


@contextlib.contextmanager
def disk_limit(journal: Journal, pages: int) -> Iterator[None]:
    """Every new connection sees a disk that holds only `pages` pages more (SQLITE_FULL)."""
    used = raw_rows(journal, "PRAGMA page_count")[0][0]

    def limit(dbapi: Any, _record: Any) -> None:
        dbapi.execute(f"PRAGMA max_page_count = {used + pages}")

    journal.engine.dispose()
    event.listen(journal.engine, "connect", limit)
    try:
        yield
    finally:
        event.remove(journal.engine, "connect", limit)
        journal.engine.dispose()


@pytest.mark.sqlite_only
def test_a_full_disk_loses_nothing_and_says_so_in_plain_words(
    journal: Journal, heard: list[Change]
) -> None:
    cid = customer(journal, "Ana")
    entry(journal, cid, 1, body="First visit.")
    before = counts(journal)
    heard.clear()
    with disk_limit(journal, pages=2), pytest.raises(JournalWriteError) as caught:
        entry(journal, cid, 2, EntryKind.VISIT, body="A long report. " * 5000)
    assert "disk is full" in caught.value.message
    assert caught.value.hint
    assert counts(journal) == before
    assert heard == []
    assert journal.timeline.header(cid).entry_count == 1


@pytest.mark.sqlite_only
def test_a_failure_half_way_through_a_write_leaves_no_partial_row(
    journal: Journal, heard: list[Change]
) -> None:
    # The customer row is written before its tags; the tag link then fails.
    with journal.engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE TRIGGER refuse_links BEFORE INSERT ON customer_tag "
            "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
        )
    with pytest.raises(JournalWriteError) as caught:
        customer(journal, "Ana", tags=("the disk is full and locked",))
    assert counts(journal) == (0, 0, 0, 0, 0)
    assert heard == []
    # The user's own words are never taken for the cause, and no SQL is shown.
    assert caught.value.message == "The change could not be saved."
    assert "INSERT" not in str(caught.value)
    assert "the disk is full and locked" not in str(caught.value)
    assert "refused by the test" in caught.value.hint


# --- connections and durability --------------------------------------------------------


@pytest.mark.sqlite_only
def test_every_connection_is_durable_with_foreign_keys_and_patience(journal: Journal) -> None:
    customer(journal, "Ana")  # some connections have been used already
    with journal.engine.connect() as one, journal.engine.connect() as two:
        for conn in (one, two):

            def pragma(name: str, conn: Any = conn) -> Any:
                return conn.exec_driver_sql(f"PRAGMA {name}").scalar()

            assert pragma("journal_mode") == "wal"
            assert pragma("synchronous") == 2  # FULL
            assert pragma("foreign_keys") == 1
            assert pragma("busy_timeout") >= 1000


def test_foreign_keys_are_enforced(journal: Journal) -> None:
    cid = customer(journal, "Ana")
    with pytest.raises(JournalWriteError):
        journal.entries.change_stage(cid, Stage.CONFLICT, at(1), entry_id=424242)
    assert len(journal.entries.stage_history(cid)) == 1


def test_while_one_program_saves_another_waits_then_hears_the_journal_is_busy(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = Journal.open(journal_path)
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 50)  # the other program is impatient
    second = Journal.open(journal_path)
    try:
        with first.transaction():
            assert first.customers.count() == 0  # the transaction begins with a read
            with pytest.raises(JournalWriteError) as caught:
                customer(second, "Written elsewhere")
            assert "busy" in caught.value.message
            customer(first, "Ana")  # the transaction that began first still saves
        assert [c.name for c in second.timeline.customers()] == ["Ana"]
    finally:
        second.close()
        first.close()
