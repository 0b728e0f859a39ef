"""`rapport backup` and `rapport restore` on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from storehelp import customer, damage_table

from rapport.cli import run
from rapport.single_instance import hold_lock
from rapport.store import Journal
from rapport.store.backup import list_backups


def names(path: Path) -> list[str]:
    journal = Journal.open(path)
    try:
        return [c[1] for c in journal.customers.choices()]
    finally:
        journal.close()


@pytest.fixture
def book(journal_path: Path) -> Path:
    journal = Journal.open(journal_path)
    customer(journal, "Ana")
    journal.close()
    return journal_path


def test_backup_writes_a_checked_backup_and_lists_it(
    book: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["backup", "--journal", str(book)]) == 0
    (info,) = list_backups(book)
    assert f"Backed up and checked: {info.path}" in capsys.readouterr().out
    assert run(["backup", "--journal", str(book), "--list"]) == 0
    listed = capsys.readouterr().out
    assert "1 backups of journal.rapport" in listed and "Backed up by you" in listed


def test_restore_lists_then_restores_after_backing_up_the_current_journal(
    book: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["backup", "--journal", str(book)]) == 0
    journal = Journal.open(book)
    customer(journal, "Ben")
    journal.close()
    capsys.readouterr()
    assert run(["restore", "--journal", str(book)]) == 0
    assert "rapport restore N" in capsys.readouterr().out
    assert run(["restore", "--journal", str(book), "1"]) == 2, "asks for --yes without a tty"
    assert names(book) == ["Ana", "Ben"]
    assert run(["restore", "--journal", str(book), "1", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Restored journal.rapport" in out and "kept as" in out
    assert names(book) == ["Ana"]
    before = [b for b in list_backups(book) if b.reason == "before-restore"]
    assert len(before) == 1 and names(before[0].path) == ["Ana", "Ben"]


def test_restore_refuses_while_the_app_holds_the_journal(
    book: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(["backup", "--journal", str(book)])
    lock = hold_lock(book)
    assert lock is not None
    try:
        # A second holder in this process is refused like another process would be.
        other = hold_lock(book)
        if other is not None:  # QLockFile lets the same process re-lock on some platforms
            other.unlock()
            pytest.skip("the lock is per process here")
        assert run(["restore", "--journal", str(book), "1", "--yes"]) == 2
        assert "Rapport is open" in capsys.readouterr().err
    finally:
        lock.unlock()


def test_restoring_over_a_damaged_journal_moves_it_aside_first(
    book: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(["backup", "--journal", str(book)])
    damage_table(book, "customer")
    assert run(["restore", "--journal", str(book), "1", "--yes"]) == 0
    assert "moved aside" in capsys.readouterr().out
    assert len(list(book.parent.glob("journal.damaged-*.rapport"))) == 1
    assert names(book) == ["Ana"]


def test_an_unknown_backup_is_refused_in_words(
    book: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["restore", "--journal", str(book), "7", "--yes"]) == 2
    assert "There is no backup “7”" in capsys.readouterr().err
