"""Damage is caught at open, before anything writes; a damaged journal is moved aside whole."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from storehelp import customer, damage_table, entry

from rapport.store import Journal, integrity
from rapport.store.errors import CorruptJournalError
from rapport.store.integrity import (
    full_check,
    looks_like_a_journal,
    move_aside,
    only_indexes_damaged,
    quick_check,
    repair_indexes,
)


def closed_journal_with_entries(path: Path) -> None:
    journal = Journal.open(path)
    try:
        ana = customer(journal, "Ana")
        for day in range(30):
            entry(journal, ana, day, body=f"Visit {day}: " + "espresso " * 40)
    finally:
        journal.close()


def test_a_damaged_page_is_caught_when_the_journal_is_opened(journal_path: Path) -> None:
    closed_journal_with_entries(journal_path)
    damage_table(journal_path, "entry")  # the customer list alone would never read it
    before = journal_path.read_bytes()
    assert quick_check(journal_path) is not None
    with pytest.raises(CorruptJournalError) as caught:
        Journal.open(journal_path)
    assert "damaged" in caught.value.message and caught.value.hint
    assert journal_path.read_bytes() == before, "a damaged journal is never written to"
    assert looks_like_a_journal(journal_path), "still recognisable as ours from its header"


def test_a_sound_journal_passes_both_checks(journal_path: Path) -> None:
    closed_journal_with_entries(journal_path)
    assert quick_check(journal_path) is None
    assert full_check(journal_path) is None


def test_moving_aside_keeps_the_file_and_its_wal_together_and_overwrites_nothing(
    journal_path: Path,
) -> None:
    journal_path.write_bytes(b"main")
    Path(f"{journal_path}-wal").write_bytes(b"wal")
    when = datetime(2025, 5, 6, 7, 8, 9)
    first = move_aside(journal_path, when)
    assert first.name == "journal.damaged-20250506-070809.rapport"
    assert first.read_bytes() == b"main"
    assert Path(f"{first}-wal").read_bytes() == b"wal"
    assert not journal_path.exists() and not Path(f"{journal_path}-wal").exists()
    journal_path.write_bytes(b"again")
    second = move_aside(journal_path, when)
    assert second != first and second.read_bytes() == b"again" and first.read_bytes() == b"main"


def test_only_a_file_with_our_header_counts_as_a_journal(tmp_path: Path) -> None:
    text = tmp_path / "letter.rapport"
    text.write_text("Dear Maria")
    foreign = tmp_path / "other.rapport"
    foreign.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert not looks_like_a_journal(text)
    assert not looks_like_a_journal(foreign)
    assert not looks_like_a_journal(tmp_path / "missing.rapport")


def test_broken_indexes_are_told_apart_and_repaired(journal_path: Path) -> None:
    closed_journal_with_entries(journal_path)
    conn = sqlite3.connect(journal_path)
    try:  # two indexes swapped: each now disagrees with its table, no page is harmed
        roots = dict(
            conn.execute(
                "SELECT name, rootpage FROM sqlite_master WHERE name IN "
                "('ix_entry_customer_time', 'ix_entry_follow_up')"
            ).fetchall()
        )
        conn.execute("PRAGMA writable_schema = ON")
        a, b = "ix_entry_customer_time", "ix_entry_follow_up"
        conn.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = ?", (roots[b], a))
        conn.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = ?", (roots[a], b))
        conn.commit()
    finally:
        conn.close()
    problem = full_check(journal_path)
    assert problem is not None and only_indexes_damaged(problem)
    assert not only_indexes_damaged("*** in database main *** Page 5: btreeInitPage() error")
    assert repair_indexes(journal_path) is None


def test_a_big_journal_checks_the_first_screens_tables_before_opening_and_the_rest_later(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(integrity, "SYNC_CHECK_BYTES", 0)  # every journal counts as big
    closed_journal_with_entries(journal_path)
    journal = Journal.open(journal_path)
    assert journal.check_pending
    journal.close()

    damage_table(journal_path, "entry")  # a big table: found by the background check
    journal = Journal.open(journal_path)
    assert journal.check_pending
    journal.close()
    assert quick_check(journal_path) is not None

    damage_table(journal_path, "search_entry_data")  # the search index: checked later too
    journal = Journal.open(journal_path)
    assert journal.check_pending
    journal.close()

    damage_table(journal_path, "customer")  # what the first screen reads: refused at once
    with pytest.raises(CorruptJournalError):
        Journal.open(journal_path)


def test_a_big_journals_files_are_checked_after_it_opens_not_before(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A gigabyte of photos must not be read through before the window shows (issue 18's
    # bench: +0.8 s warm, far more cold); damage there is still found, in the background.
    monkeypatch.setattr(integrity, "SYNC_CHECK_BYTES", 0)  # every journal counts as big
    for table in ("blob", "attachment"):
        for path in (journal_path, *(Path(f"{journal_path}{s}") for s in ("-wal", "-shm"))):
            path.unlink(missing_ok=True)
        journal = Journal.open(journal_path)
        try:
            note = entry(journal, customer(journal, "Ana"), 1)
            journal.attachments.add(note, "photo.jpg", bytes(range(256)) * 64, "image/jpeg")
        finally:
            journal.close()
        damage_table(journal_path, table)
        journal = Journal.open(journal_path)
        assert journal.check_pending, table
        journal.close()
        assert integrity.background_check(journal_path) is not None, table


def test_a_small_journal_is_checked_whole_before_it_opens(journal_path: Path) -> None:
    closed_journal_with_entries(journal_path)
    assert integrity.check_at_start(journal_path) == (None, False)
