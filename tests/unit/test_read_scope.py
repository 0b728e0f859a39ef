"""The views told of a change read it in one session, and still see every later write."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import event, text
from sqlmodel import Session
from storehelp import customer, entry

from rapport.domain.customers import CustomerDraft
from rapport.store import Journal, JournalError
from rapport.store.change import Change

#: The store behaves alike on a journal file and on a team journal (PostgreSQL).
pytestmark = pytest.mark.both_backends


def _sessions_begun(journal: Journal) -> list[int]:
    """One item per transaction begun on the journal's engine from now on."""
    begun: list[int] = []
    event.listen(journal.engine, "begin", lambda _conn: begun.append(1))
    return begun


def test_the_reads_of_everyone_told_of_a_change_share_one_session(journal: Journal) -> None:
    ada = customer(journal, "Ada")
    sessions: list[Session] = []
    names: list[str] = []

    def page(change: Change) -> None:  # a view reading twice, then another view
        for _ in range(2):
            with journal.door.read() as session:
                session.execute(text("SELECT 1"))
                sessions.append(session)
        names.append(journal.customers.get(ada).name)

    def elsewhere(change: Change) -> None:  # another thread never shares it
        def read() -> None:
            with journal.door.read() as session:
                session.execute(text("SELECT 1"))
                sessions.append(session)

        worker = threading.Thread(target=read)
        worker.start()
        worker.join()

    journal.subscribe(page)
    journal.subscribe(elsewhere)
    begun = _sessions_begun(journal)
    journal.customers.update(ada, CustomerDraft(name="Ada Brandt"))
    assert names == ["Ada Brandt"]
    assert sessions[0] is sessions[1] and sessions[2] is not sessions[0]
    assert len(begun) == 3  # the write, the views' one read, the other thread's
    with journal.door.read() as after:  # told: reads are on their own again
        assert after is not sessions[0]


def test_a_write_made_while_a_change_is_told_is_seen_by_the_reads_after_it(
    journal: Journal,
) -> None:
    ada = customer(journal, "Ada")
    seen: list[tuple[str, int]] = []

    def first(change: Change) -> None:
        journal.customers.get(ada)  # the shared session reads before the write
        if change.entries:
            journal.customers.update(ada, CustomerDraft(name="Ada Brandt"))

    def second(change: Change) -> None:
        seen.append((journal.customers.get(ada).name, len(journal.timeline.keys(ada))))

    journal.subscribe(first)
    journal.subscribe(second)
    entry(journal, ada, 1)
    assert ("Ada Brandt", 2) in seen  # the inner change's, told first
    assert seen[-1] == ("Ada Brandt", 2)  # the outer's: the rename is seen too


def test_a_failed_read_while_a_change_is_told_is_put_into_words_and_the_next_read_works(
    journal: Journal,
) -> None:
    ada = customer(journal, "Ada")
    said: list[str] = []

    def broken(change: Change) -> None:
        with pytest.raises(JournalError) as caught, journal.door.read() as session:
            session.execute(text("SELECT no_such_column FROM customer"))
        said.append(caught.value.message)
        said.append(journal.customers.get(ada).name)

    journal.subscribe(broken)
    journal.customers.update(ada, CustomerDraft(name="Ada Brandt"))
    assert said[0] and said[1] == "Ada Brandt"
