"""The journal (or its WAL) moved, renamed, replaced or deleted while open: nothing is lost.

A sync tool or a file manager can take the file away under an open journal. SQLite
keeps writing into the file it has open, which no longer is the one at the path: those
saves would be lost. So every write first checks that the file at the path is still
the open one, refuses in plain words when it is not, and the journal as the open
connection still sees it can be saved again where the owner chooses.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store import Journal, integrity
from rapport.store.backup import take_backup
from rapport.store.errors import JournalError, JournalLocationError, JournalMovedError


def names_in(path: Path) -> list[str]:
    conn = sqlite3.connect(str(path))
    try:
        return [row[0] for row in conn.execute("SELECT name FROM customer ORDER BY name")]
    finally:
        conn.close()


def entries_in(path: Path) -> int:
    conn = sqlite3.connect(str(path))
    try:
        return int(conn.execute("SELECT count(*) FROM entry").fetchone()[0])
    finally:
        conn.close()


def wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def refused(journal: Journal, name: str) -> JournalMovedError:
    with pytest.raises(JournalMovedError) as caught:
        journal.customers.create(CustomerDraft(name=name))
    error = caught.value
    assert "moved, renamed or deleted" in error.message and error.hint
    assert "sqlite" not in str(error).lower()
    return error


@pytest.fixture
def journal(journal_path: Path) -> Iterator[Journal]:
    journal = Journal.open(journal_path)
    journal.customers.create(CustomerDraft(name="Ada"))
    yield journal
    journal.close()


def test_a_journal_renamed_while_open_refuses_writes(journal: Journal, tmp_path: Path) -> None:
    moved = tmp_path / "journal (conflicted copy).rapport"
    os.rename(journal.path, moved)
    for name in ("Bea", "Cy", "Dee"):
        refused(journal, name)
    assert [c.name for c in journal.customers.find("")] == ["Ada"]


def test_a_journal_deleted_while_open_refuses_writes(journal: Journal) -> None:
    journal.path.unlink()
    refused(journal, "Bea")
    assert not journal.path.exists()  # and no new empty journal was made there


def test_a_journal_replaced_while_open_refuses_writes(journal: Journal, tmp_path: Path) -> None:
    other = tmp_path / "older.rapport"
    other.write_bytes(journal.path.read_bytes())
    os.replace(other, journal.path)
    refused(journal, "Bea")


def test_its_folder_renamed_while_open_refuses_writes(tmp_path: Path) -> None:
    folder = tmp_path / "Shop"
    journal = Journal.open(folder / "journal.rapport")
    try:
        journal.customers.create(CustomerDraft(name="Ada"))
        os.rename(folder, tmp_path / "Shop (old)")
        refused(journal, "Bea")
    finally:
        journal.close()


def test_its_wal_deleted_while_open_refuses_writes(journal: Journal) -> None:
    assert wal(journal.path).exists()
    wal(journal.path).unlink()
    refused(journal, "Bea")
    # A second connection (another thread) would make a new WAL: still refused.
    done: list[BaseException] = []

    def other_thread() -> None:
        try:
            journal.customers.create(CustomerDraft(name="Cy"))
        except BaseException as exc:
            done.append(exc)

    worker = threading.Thread(target=other_thread)
    worker.start()
    worker.join()
    assert len(done) == 1 and isinstance(done[0], JournalMovedError)


def test_a_refused_write_inside_a_transaction_leaves_nothing(journal: Journal) -> None:
    journal.path.unlink()
    with pytest.raises(JournalMovedError), journal.transaction():
        journal.customers.create(CustomerDraft(name="Bea"))
        journal.customers.create(CustomerDraft(name="Cy"))
    assert [c.name for c in journal.customers.find("")] == ["Ada"]


def test_ordinary_work_is_never_taken_for_a_move(journal: Journal) -> None:
    """Backups, checks, other threads, closed pools: the files stay the open ones."""
    cid = journal.customers.create(CustomerDraft(name="Bea"))
    for i in range(30):
        journal.entries.add(EntryDraft(cid, datetime(2025, 1, 1 + i, tzinfo=UTC), title=f"{i}"))
        if i % 10 == 0:
            take_backup(journal.path, "auto")
            assert integrity.quick_check(journal.path) is None
        if i % 10 == 5:
            journal.engine.dispose()  # every pooled connection closed, as a test may do
    worker = threading.Thread(target=lambda: journal.customers.create(CustomerDraft(name="Cy")))
    worker.start()
    worker.join()
    journal.customers.create(CustomerDraft(name="Dee"))
    assert len(journal.customers.find("")) == 4


# --- saving the journal again -----------------------------------------------------------


def test_a_renamed_journal_is_saved_again_where_the_owner_chooses(
    journal: Journal, tmp_path: Path
) -> None:
    journal.customers.create(CustomerDraft(name="Bea"))
    os.rename(journal.path, tmp_path / "elsewhere.rapport")
    refused(journal, "Cy")
    target = tmp_path / "Saved" / "rescued.rapport"
    journal.save_as(target)
    assert journal.path == target
    journal.customers.create(CustomerDraft(name="Cy"))  # writes go on, in the new file
    assert [c.name for c in journal.customers.find("")] == ["Ada", "Bea", "Cy"]
    journal.close()
    assert names_in(target) == ["Ada", "Bea", "Cy"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    again = Journal.open(target)
    again.close()


def test_a_deleted_wal_is_saved_again_with_every_saved_entry(
    journal: Journal, tmp_path: Path
) -> None:
    cid = journal.customers.create(CustomerDraft(name="Bea"))
    for _ in range(145):
        journal.entries.add(EntryDraft(cid, datetime(2025, 1, 1, tzinfo=UTC), body="x" * 500))
    wal(journal.path).unlink()
    refused(journal, "Cy")
    target = tmp_path / "rescued.rapport"
    journal.save_as(target)
    journal.close()
    assert entries_in(target) == 145
    assert integrity.full_check(target) is None


def test_saving_again_never_overwrites_a_file(journal: Journal, tmp_path: Path) -> None:
    journal.path.unlink()
    taken = tmp_path / "taken.rapport"
    taken.write_text("the owner's other file")
    with pytest.raises(JournalLocationError) as caught:
        journal.save_as(taken)
    assert "already exists" in caught.value.message
    assert taken.read_text() == "the owner's other file"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith((".", "taken.rapport-"))]
    refused(journal, "Bea")  # still the old, gone file: nothing changed


def test_saving_again_into_a_folder_that_cannot_be_written_says_so(journal: Journal) -> None:
    journal.path.unlink()
    with pytest.raises(JournalError):
        journal.save_as(Path("/proc/self/rescued.rapport"))
    refused(journal, "Bea")


def test_a_file_put_in_its_place_is_not_mixed_with_the_saved_journal(
    journal: Journal, tmp_path: Path
) -> None:
    """A sync tool puts an older copy at the path: it must stay that copy, whole."""
    older = tmp_path / "older.rapport"
    take = Journal.open(older)
    take.customers.create(CustomerDraft(name="Old Ada"))
    take.close()
    for n in range(40):  # pages in the open journal's WAL that belong to it alone
        journal.customers.create(CustomerDraft(name=f"New {n}", about="notes " * 200))
    path = journal.path
    os.replace(older, path)
    journal.save_as(tmp_path / "saved.rapport")
    journal.close()
    assert not wal(path).exists()
    assert names_in(path) == ["Old Ada"]
    assert integrity.full_check(path) is None
    assert len(names_in(tmp_path / "saved.rapport")) == 41


def test_a_read_on_a_new_connection_after_the_file_went_never_makes_an_empty_one(
    journal: Journal, journal_path: Path
) -> None:
    journal.customers.create(CustomerDraft(name="Bakery Hartmann"))
    journal_path.unlink()
    seen: list[BaseException] = []

    def read_elsewhere() -> None:  # a worker's read: the pool opens a connection of its own
        journal.engine.dispose()
        try:
            journal.customers.count()
        except BaseException as error:  # what the worker would be told
            seen.append(error)

    worker = threading.Thread(target=read_elsewhere)
    worker.start()
    worker.join()
    assert not journal_path.exists(), "an empty journal was made where the owner's was"
    assert len(seen) == 1 and isinstance(seen[0], JournalError)
