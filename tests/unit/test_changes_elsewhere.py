"""Changes another program makes to the open journal are told once; the app's own never twice."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from storehelp import customer, entry

from rapport.store import Journal
from rapport.store.change import Change
from rapport.store.change_watch import ELSEWHERE, SqliteChangeWatch, file_connection


@pytest.fixture
def other(journal: Journal) -> Iterator[Journal]:
    """The same file opened a second time: its connections are another program's."""
    second = Journal.open(journal.path)
    yield second
    second.close()


def watch_of(journal: Journal) -> SqliteChangeWatch:
    assert journal.elsewhere is not None
    return journal.elsewhere


def test_nothing_changed_is_nothing_to_tell(journal: Journal) -> None:
    assert watch_of(journal).poll() is None
    assert watch_of(journal).poll() is None


def test_a_write_elsewhere_is_told_once(journal: Journal, other: Journal) -> None:
    entry(other, customer(other, "Ada"), 1)
    assert watch_of(journal).poll() == ELSEWHERE
    assert watch_of(journal).poll() is None


def test_the_apps_own_writes_are_not_told_again(journal: Journal) -> None:
    heard: list[Change] = []
    journal.subscribe(heard.append)
    ada = customer(journal, "Ada")
    entry(journal, ada, 1)
    with journal.write() as w:  # a write that changes nothing commits nothing
        w.touched()
    assert len(heard) == 2  # each told once, by its unit of work
    assert watch_of(journal).poll() is None


def test_a_write_elsewhere_before_an_own_write_is_not_swallowed(
    journal: Journal, other: Journal
) -> None:
    entry(other, customer(other, "Ada"), 1)
    customer(journal, "Ben")  # commits after the other program's, before the poll
    assert watch_of(journal).poll() == ELSEWHERE
    assert watch_of(journal).poll() is None


def test_a_write_elsewhere_right_after_an_own_commit_is_not_swallowed(
    journal: Journal, other: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program commits between the app's COMMIT and the watch's look after it."""
    watch = watch_of(journal)
    own_commit = watch.own_commit
    ada = customer(other, "Ada")
    assert watch.poll() == ELSEWHERE

    def slipping_in(committing: sqlite3.Connection):  # type: ignore[no-untyped-def]
        manager = own_commit(committing)
        committed = manager.__enter__()

        def then() -> None:
            entry(other, ada, 2)  # on another thread: the watch's lock is held here
            committed()

        class Wrapped:
            def __enter__(self) -> object:
                return then

            def __exit__(self, *exc: object) -> None:
                manager.__exit__(*exc)

        return Wrapped()

    monkeypatch.setattr(watch, "own_commit", slipping_in)
    customer(journal, "Ben")
    assert watch.poll() == ELSEWHERE


def test_own_writes_from_two_threads_are_not_told_again(journal: Journal) -> None:
    ada = customer(journal, "Ada")

    def write_some() -> None:
        for day in range(10):
            entry(journal, ada, day)

    threads = [threading.Thread(target=write_some) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert watch_of(journal).poll() is None


def test_the_watch_follows_a_journal_saved_again(journal: Journal, tmp_path: Path) -> None:
    journal.save_as(tmp_path / "again.rapport")
    other = Journal.open(tmp_path / "again.rapport")
    try:
        customer(other, "Ada")
        assert watch_of(journal).poll() == ELSEWHERE
    finally:
        other.close()


def test_a_closed_watch_tells_nothing(journal: Journal, other: Journal) -> None:
    watch_of(journal).close()
    customer(other, "Ada")
    assert watch_of(journal).poll() is None


def test_a_file_that_cannot_be_watched_leaves_the_journal_working(tmp_path: Path) -> None:
    def refuse() -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    watch = SqliteChangeWatch(refuse)
    assert watch.poll() is None
    with watch.own_commit(sqlite3.connect(":memory:")) as committed:
        committed()
    assert watch.poll() is None
    assert file_connection(tmp_path / "x.rapport")  # only made, not opened


def test_a_backup_put_in_place_by_another_program_is_told(journal: Journal) -> None:
    """`rapport restore` writes a backup into the journal's file (SQLite's backup API)."""
    from rapport.store.backup import copy_into, take_backup

    customer(journal, "Ada")
    older = take_backup(journal.path, "manual")
    customer(journal, "Ben")
    assert watch_of(journal).poll() is None
    copy_into(older.path, journal.path)
    assert watch_of(journal).poll() == ELSEWHERE
    assert [name for _id, name, *_ in journal.customers.choices()] == ["Ada"]


def test_the_apps_own_big_attachments_are_not_told_as_changes_elsewhere(journal: Journal) -> None:
    """A 10 MB photo outgrows the WAL's checkpoint size: still the app's own write.

    Told as a change elsewhere, every view would read afresh and the timeline would
    lose the entry the owner had just attached the photo to.
    """
    ada = customer(journal, "Ada")
    entry_id = entry(journal, ada, 1)
    for n in range(4):
        journal.attachments.add(entry_id, f"photo {n}.jpg", bytes([n]) * (10 * 1024 * 1024))
        assert watch_of(journal).poll() is None, n
