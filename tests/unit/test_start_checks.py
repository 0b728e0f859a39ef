"""What the start check catches before anything writes: a lost journal, a missing table,
indexes out of step with their tables (and the repair that loses nothing)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from storehelp import customer, entry

from rapport.store import Journal, integrity
from rapport.store.backup import BackupPlan, list_backups, set_plan, take_backup
from rapport.store.errors import (
    CorruptJournalError,
    DamagedIndexesError,
    LostJournalError,
    MissingTablesError,
    NoJournalError,
)


def journal_with_notes(path: Path, backed_up: bool = True) -> int:
    """A closed journal with one customer and 30 notes (and a backup, unless not wanted)."""
    journal = Journal.open(path)
    try:
        ana = customer(journal, "Ana")
        for day in range(30):
            entry(journal, ana, day, body=f"Visit {day}: " + "espresso " * 40)
    finally:
        journal.close()
    if backed_up:
        take_backup(path, "auto")
    return ana


def swap_indexes(path: Path, a: str, b: str) -> None:
    """Give two indexes each other's pages: both disagree with their table, no page harmed."""
    conn = sqlite3.connect(path)
    try:
        roots = dict(
            conn.execute(
                "SELECT name, rootpage FROM sqlite_master WHERE name IN (?, ?)", (a, b)
            ).fetchall()
        )
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = ?", (roots[b], a))
        conn.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = ?", (roots[a], b))
        conn.commit()
    finally:
        conn.close()


def drop_table(path: Path, table: str) -> None:
    """Drop a table as a careless tool would (foreign keys are off by default in sqlite3)."""
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"DROP TABLE {table}")
        conn.commit()
    finally:
        conn.close()


# --- item 3: a journal that has backups is never new ---------------------------------------


def test_an_emptied_journal_with_backups_is_not_started_afresh(journal_path: Path) -> None:
    journal_with_notes(journal_path)
    journal_path.write_bytes(b"")  # a sync tool or a full disk left it empty
    with pytest.raises(LostJournalError) as caught:
        Journal.open(journal_path)
    assert "empty" in caught.value.message and "backup" in caught.value.message
    assert caught.value.hint
    assert journal_path.read_bytes() == b"", "nothing was written into it"
    assert integrity.is_lost(journal_path)


def test_a_missing_journal_with_backups_is_not_created_afresh(journal_path: Path) -> None:
    journal_with_notes(journal_path)
    journal_path.unlink()
    with pytest.raises(LostJournalError) as caught:
        Journal.open(journal_path)
    assert "missing" in caught.value.message
    assert not journal_path.exists()
    assert integrity.is_lost(journal_path)


@pytest.fixture
def owners_folder(journal_path: Path, tmp_path: Path) -> Iterator[Path]:
    """Backups kept in a folder of the owner's choosing (Settings → Backups)."""
    folder = tmp_path / "elsewhere"
    set_plan(journal_path, BackupPlan(folder))
    yield folder
    set_plan(journal_path, None)


def test_backups_in_the_owners_folder_count_too(journal_path: Path, owners_folder: Path) -> None:
    journal_with_notes(journal_path)
    assert not (journal_path.parent / "backups").exists()
    journal_path.unlink()
    with pytest.raises(LostJournalError):
        Journal.open(journal_path)


def test_a_journal_without_backups_is_new_and_other_journals_backups_do_not_count(
    tmp_path: Path,
) -> None:
    other = tmp_path / "other.rapport"
    journal_with_notes(other)
    fresh = tmp_path / "journal.rapport"
    assert not integrity.is_lost(fresh)
    Journal.open(fresh).close()
    assert fresh.stat().st_size > 0


def test_a_blank_journal_is_not_created_when_creating_is_not_wanted(journal_path: Path) -> None:
    journal_path.write_bytes(b"")
    with pytest.raises(NoJournalError):
        Journal.open(journal_path, create=False)
    assert journal_path.read_bytes() == b""
    journal_path.unlink()
    with pytest.raises(NoJournalError):
        Journal.open(journal_path, create=False)
    assert not journal_path.exists()


# --- item 5: a missing table; indexes out of step --------------------------------------------


def test_a_missing_table_is_damage_caught_at_open(journal_path: Path) -> None:
    journal_with_notes(journal_path)
    drop_table(journal_path, "entry")
    before = journal_path.read_bytes()
    assert integrity.quick_check(journal_path) is None, "SQLite's own check sees nothing"
    assert integrity.missing_tables(journal_path) == ["entry"]
    with pytest.raises(MissingTablesError) as caught:
        Journal.open(journal_path)
    assert isinstance(caught.value, CorruptJournalError)
    assert "missing" in caught.value.message and caught.value.hint
    assert journal_path.read_bytes() == before, "a damaged journal is never written to"


def test_the_expected_tables_are_those_a_new_journal_has(journal_path: Path) -> None:
    Journal.open(journal_path).close()
    conn = sqlite3.connect(journal_path)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    assert integrity.expected_tables() <= names
    assert {"customer", "entry", "stage_change", "alembic_version"} <= integrity.expected_tables()
    assert integrity.missing_tables(journal_path) == []


def test_indexes_out_of_step_are_caught_at_open_and_repaired_after_a_backup(
    journal_path: Path,
) -> None:
    ana = journal_with_notes(journal_path)
    swap_indexes(journal_path, "ix_entry_customer_time", "ix_entry_follow_up")
    assert integrity.quick_check(journal_path) is None, "the quick check compares no index"
    with pytest.raises(DamagedIndexesError) as caught:
        Journal.open(journal_path)
    assert isinstance(caught.value, CorruptJournalError)
    assert "no entry is lost" in caught.value.message

    assert integrity.repair_indexes(journal_path) is None
    assert list_backups(journal_path)[0].reason == "before-repair"
    journal = Journal.open(journal_path)
    try:
        assert journal.timeline.header(ana).entry_count == 30
    finally:
        journal.close()


def test_a_big_journal_checks_the_first_screens_indexes_at_open_and_the_rest_later(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(integrity, "SYNC_CHECK_BYTES", 0)  # every journal counts as big
    journal_with_notes(journal_path)
    swap_indexes(journal_path, "ix_entry_customer_time", "ix_entry_follow_up")
    journal = Journal.open(journal_path)  # the entry table is checked in the background
    assert journal.check_pending
    journal.close()
    problem = integrity.background_check(journal_path)
    assert problem is not None and integrity.only_indexes_damaged(problem)
    assert integrity.repair_indexes(journal_path) is None

    swap_indexes(journal_path, "ix_customer_name", "ix_customer_status")
    with pytest.raises(DamagedIndexesError):  # what the first screen reads: at once
        Journal.open(journal_path)


def test_a_missing_table_is_caught_in_a_big_journal_too(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(integrity, "SYNC_CHECK_BYTES", 0)
    journal_with_notes(journal_path)
    drop_table(journal_path, "check_in")
    with pytest.raises(MissingTablesError):
        Journal.open(journal_path)


def test_a_new_demo_is_written_where_an_old_demos_backups_are(tmp_path: Path) -> None:
    from rapport.demo import write_demo

    demo = tmp_path / "demo.rapport"
    write_demo(demo)
    take_backup(demo, "auto")
    demo.unlink()  # the owner threw the old demo away to have a fresh one
    assert write_demo(demo) > 0
