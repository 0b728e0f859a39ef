"""An encrypted journal: opened only with its passphrase, and nothing of it readable without."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from storehelp import customer, entry

from rapport.store import Journal, backup, cipher, encrypt, integrity, move
from rapport.store.check import check_journal
from rapport.store.errors import CorruptJournalError, NotAJournalError

WORD = "Zwetschgenquark"


@pytest.fixture(autouse=True)
def _forget_passphrases() -> Iterator[None]:
    yield
    cipher.forget_all()


def make(path: Path, passphrase: str = "correct horse") -> None:
    journal = Journal.open(path, passphrase=passphrase)
    try:
        cid = customer(journal, "Anna Alpha")
        entry(journal, cid, 1, body=f"She likes {WORD} on Fridays.")
    finally:
        journal.close()
    cipher.forget_all()


def test_an_encrypted_journal_opens_with_its_passphrase_and_finds_its_words(
    journal_path: Path,
) -> None:
    make(journal_path)
    journal = Journal.open(journal_path, passphrase="correct horse")
    try:
        assert [c.name for c in journal.timeline.customers(statuses=())] == ["Anna Alpha"]
        assert journal.search.search(WORD)
    finally:
        journal.close()
    assert WORD.encode() not in journal_path.read_bytes()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(journal_path).execute("SELECT * FROM sqlite_master").fetchall()


@pytest.mark.parametrize("given", [None, "", "wrong horse"])
def test_a_wrong_or_missing_passphrase_is_said_and_nothing_is_written(
    journal_path: Path, given: str | None
) -> None:
    make(journal_path)
    before, names = journal_path.read_bytes(), sorted(journal_path.parent.iterdir())
    expected = cipher.PassphraseNeededError if not given else cipher.WrongPassphraseError
    with pytest.raises(expected) as caught:
        Journal.open(journal_path, passphrase=given)
    assert type(caught.value) is expected
    assert journal_path.read_bytes() == before
    assert sorted(journal_path.parent.iterdir()) == names
    journal = Journal.open(journal_path, passphrase="correct horse")  # another try works
    journal.close()


def test_a_plain_journal_given_a_passphrase_opens_as_it_is(journal_path: Path) -> None:
    Journal.open(journal_path).close()
    journal = Journal.open(journal_path, passphrase="anything")
    try:
        customer(journal, "Bert")
    finally:
        journal.close()
    assert cipher.is_plain_database(journal_path)


def test_encrypted_plain_and_foreign_files_are_told_apart_without_a_key(tmp_path: Path) -> None:
    enc, text = tmp_path / "enc.rapport", tmp_path / "text.rapport"
    make(enc)
    text.write_text("hello " * 2000)
    assert cipher.looks_encrypted(enc)
    assert not cipher.looks_encrypted(text)
    with pytest.raises(cipher.PassphraseNeededError):
        Journal.open(enc)
    with pytest.raises(NotAJournalError):
        Journal.open(text, passphrase="x")


def test_backups_of_an_encrypted_journal_are_encrypted_and_check_good(journal_path: Path) -> None:
    make(journal_path)
    journal = Journal.open(journal_path, passphrase="correct horse")
    try:
        made = backup.backup_journal(journal.engine, journal_path, "manual")
    finally:
        journal.close()
    assert cipher.looks_encrypted(made)
    assert WORD.encode() not in made.read_bytes()
    assert backup.check_backup(made) is None
    cipher.forget_all()
    assert backup.check_backup(made) is not None  # without the passphrase it cannot be read


def test_a_plain_journal_is_encrypted_rekeyed_and_made_plain_again_with_nothing_lost(
    journal_path: Path,
) -> None:
    journal = Journal.open(journal_path)
    try:
        cid = customer(journal, "Anna Alpha")
        entry(journal, cid, 1, body=f"She likes {WORD} on Fridays.")
        backup.backup_journal(journal.engine, journal_path, "manual")
    finally:
        journal.close()
    encrypt.change_passphrase(journal_path, None, "first")
    assert cipher.looks_encrypted(journal_path)
    for made in backup.list_backups(journal_path):
        assert WORD.encode() not in made.path.read_bytes(), made.path.name
    cipher.forget_all()
    encrypt.change_passphrase(journal_path, "first", "second")
    cipher.forget_all()
    with pytest.raises(cipher.WrongPassphraseError):
        Journal.open(journal_path, passphrase="first")
    journal = Journal.open(journal_path, passphrase="second")
    try:
        assert journal.search.search(WORD)
    finally:
        journal.close()
    assert all(backup.check_backup(b.path) is None for b in backup.list_backups(journal_path))
    encrypt.change_passphrase(journal_path, "second", None)
    cipher.forget_all()
    assert cipher.is_plain_database(journal_path)
    journal = Journal.open(journal_path)
    try:
        assert journal.search.search(WORD)
    finally:
        journal.close()
    assert [p.name for p in journal_path.parent.iterdir() if p.name.startswith(".")] == []


def test_a_wrong_passphrase_changes_nothing(journal_path: Path) -> None:
    make(journal_path)
    before = journal_path.read_bytes()
    with pytest.raises(cipher.WrongPassphraseError):
        encrypt.change_passphrase(journal_path, "wrong", None)
    assert journal_path.read_bytes() == before


def test_a_damaged_encrypted_journal_is_told_apart_and_recovered_from_its_backup(
    journal_path: Path,
) -> None:
    journal = Journal.open(journal_path, passphrase="pw for damage")
    try:
        for n in range(300):
            customer(journal, f"Customer {n}", organisation="x" * 180)
        backup.backup_journal(journal.engine, journal_path, "manual")
    finally:
        journal.close()
    with journal_path.open("r+b") as handle:  # a bad disk spoils one page in the middle
        handle.seek(cipher.PAGE_SIZE * 8)
        handle.write(bytes(range(256)) * 16)
    with pytest.raises(CorruptJournalError):
        Journal.open(journal_path, passphrase="pw for damage")
    assert integrity.looks_like_a_journal(journal_path)  # so recovery is offered
    good = backup.newest_good_backup(journal_path)
    assert good is not None
    aside = integrity.move_aside(journal_path)
    backup.restore_backup(journal_path, good.path)
    assert cipher.looks_encrypted(journal_path) and cipher.looks_encrypted(aside)
    journal = Journal.open(journal_path, passphrase="pw for damage")
    try:
        assert journal.customers.count() == 300
        assert check_journal(journal).ok
    finally:
        journal.close()


def test_an_encrypted_journal_moved_or_restored_into_a_new_file_stays_encrypted(
    tmp_path: Path,
) -> None:
    source = tmp_path / "books" / "journal.rapport"
    make(source)
    cipher.set_passphrase(source, "correct horse")
    target = tmp_path / "elsewhere" / "journal.rapport"
    target.parent.mkdir()
    move.write_copy(source, target)
    assert cipher.looks_encrypted(target)
    assert WORD.encode() not in target.read_bytes()
    journal = Journal.open(target)  # the passphrase of the journal it was moved from
    try:
        assert journal.search.search(WORD)
        made = backup.backup_journal(journal.engine, target, "manual")
    finally:
        journal.close()
    lost = tmp_path / "lost" / "journal.rapport"
    lost.parent.mkdir()
    backup.copy_into(made, lost)  # a restore where the journal went missing
    assert cipher.looks_encrypted(lost)
    assert backup.check_backup(lost) is None
