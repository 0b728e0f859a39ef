"""The backup before a JSON import, taken ahead: reused only while it holds the journal as it is.

A CSV or vCard import takes none (it is undone instead: tests/unit/test_import_undo.py).
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from storehelp import customer

from rapport.domain.customers import CustomerDraft
from rapport.store import Journal, cipher
from rapport.store import backup as store_backup
from rapport.store.backup import check_backup, list_backups


def _import(journal: Journal) -> None:
    """A JSON import into a journal that holds something: the one import still backed up."""
    for _ in journal.transfer.import_snapshot(journal.transfer.snapshot()):
        pass


def _names(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return sorted(r[0] for r in conn.execute("SELECT name FROM customer"))


def _before_import(journal: Journal) -> list[Path]:
    return [b.path for b in list_backups(journal.path) if b.reason == "before-import"]


def _ahead(journal: Journal) -> None:
    journal.backup_ahead("before-import")
    journal._fresh.before("before-import")  # type: ignore[union-attr]  # waits for it


def test_the_backup_taken_ahead_is_the_one_the_import_keeps(journal: Journal) -> None:
    customer(journal, "Already here")
    _ahead(journal)
    taken = _before_import(journal)
    assert len(taken) == 1
    _import(journal)
    assert _before_import(journal) == taken  # reused: the file was not copied again
    assert _names(taken[0]) == ["Already here"]  # the journal as it was before the import


def test_a_change_after_the_backup_ahead_gets_a_new_backup(journal: Journal) -> None:
    customer(journal, "Already here")
    _ahead(journal)
    journal.customers.create(CustomerDraft(name="Added while reviewing"))
    _import(journal)
    newest = _before_import(journal)[0]
    assert _names(newest) == ["Added while reviewing", "Already here"]


def test_a_change_by_another_program_gets_a_new_backup(journal: Journal) -> None:
    customer(journal, "Already here")
    _ahead(journal)
    with sqlite3.connect(journal.path) as other:
        other.execute("UPDATE customer SET name = 'Renamed elsewhere'")
    _import(journal)
    assert _names(_before_import(journal)[0]) == ["Renamed elsewhere"]


def test_a_second_import_backs_up_the_first_one(journal: Journal) -> None:
    customer(journal, "Already here")
    _ahead(journal)
    _import(journal)
    after_first = _names(journal.path)
    _import(journal)
    backups = _before_import(journal)
    assert len(backups) == 2
    assert _names(backups[0]) == after_first


def test_a_backup_ahead_that_is_gone_is_taken_again(journal: Journal) -> None:
    customer(journal, "Already here")
    _ahead(journal)
    _before_import(journal)[0].unlink()  # thinned, or removed by the owner
    _import(journal)
    assert [_names(p) for p in _before_import(journal)] == [["Already here"]]


def test_an_encrypted_journal_gets_an_encrypted_backup_ahead(journal_path: Path) -> None:
    journal = Journal.open(journal_path, passphrase="correct horse")
    try:
        customer(journal, "Zwetschgenquark")
        _ahead(journal)
        _import(journal)
        taken = _before_import(journal)
        assert len(taken) == 1  # the one taken ahead, reused
        assert cipher.looks_encrypted(taken[0])
        assert b"Zwetschgenquark" not in taken[0].read_bytes()
        assert check_backup(taken[0]) is None
    finally:
        journal.close()
        cipher.forget_all()


def test_closing_during_a_backup_ahead_does_not_wait_for_it(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = Journal.open(journal_path)
    customer(journal, "Already here")
    fresh = journal._fresh
    assert fresh is not None
    copying, go_on = threading.Event(), threading.Event()
    real = store_backup.backup_journal

    def slow(*args: object) -> Path:
        copying.set()
        go_on.wait(10)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(store_backup, "backup_journal", slow)
    ahead = fresh.ahead("before-import")
    assert copying.wait(10)
    closing = threading.Thread(target=journal.close)
    closing.start()
    closing.join(5)
    assert not closing.is_alive()  # closed without waiting for the copy
    go_on.set()
    ahead.join(10)
    assert fresh._conn is None  # the backup released its connection when done
