"""Issue 17 item 5: a data key wrapped by the passphrase and by an optional recovery key."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from storehelp import customer, entry

from rapport.store import Journal, backup, cipher, encrypt, keys

WORD = "Zwetschgenquark"
PASSPHRASE = "correct horse"
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "journal-0011.rapport"


@pytest.fixture(autouse=True)
def _forget_passphrases() -> Iterator[None]:
    yield
    cipher.forget_all()
    cipher.on_passphrase_needed = None


def make(path: Path, passphrase: str = PASSPHRASE) -> int:
    journal = Journal.open(path, passphrase=passphrase)
    try:
        cid = customer(journal, "Anna Alpha")
        entry(journal, cid, 1, body=f"She likes {WORD} on Fridays.")
    finally:
        journal.close()
    cipher.forget_all()
    return cid


def protected_with_recovery(path: Path) -> str:
    """A plain journal protected in Settings, with a recovery key; the key returned."""
    make_plain(path)
    recovery = keys.new_recovery_key()
    encrypt.change_passphrase(path, None, PASSPHRASE, recovery)
    cipher.forget_all()
    return recovery


def make_plain(path: Path) -> None:
    journal = Journal.open(path)
    try:
        cid = customer(journal, "Anna Alpha")
        entry(journal, cid, 1, body=f"She likes {WORD} on Fridays.")
    finally:
        journal.close()


def names(path: Path, passphrase: str | None = PASSPHRASE) -> list[str]:
    journal = Journal.open(path, passphrase=passphrase, create=False)
    try:
        return [c.name for c in journal.timeline.customers(statuses=())]
    finally:
        journal.close()
        cipher.forget_all()


def test_a_new_encrypted_journal_is_keyed_by_a_data_key_its_key_file_wraps(
    journal_path: Path,
) -> None:
    make(journal_path)
    key_file = keys.key_file(journal_path)
    assert key_file.is_file()
    assert key_file.stat().st_mode & 0o077 == 0
    text = key_file.read_bytes()
    assert PASSPHRASE.encode() not in text and WORD.encode() not in text
    assert "recovery" not in (keys.read(journal_path) or {})
    # the database is not keyed with the passphrase itself (as before data keys)
    assert not cipher._opens(journal_path, PASSPHRASE, cipher.salt_of(journal_path) or b"")
    assert names(journal_path) == ["Anna Alpha"]


def test_changing_the_passphrase_rewraps_the_key_and_leaves_the_journal_untouched(
    journal_path: Path,
) -> None:
    make(journal_path)
    cipher.give_passphrase(journal_path, PASSPHRASE)
    backup.take_backup(journal_path, "manual")
    before = journal_path.read_bytes()
    cipher.forget_all()

    encrypt.change_passphrase(journal_path, PASSPHRASE, "battery staple")

    assert journal_path.read_bytes() == before, "a rewrap does not rewrite the journal"
    cipher.forget_all()
    with pytest.raises(cipher.WrongPassphraseError):
        Journal.open(journal_path, passphrase=PASSPHRASE)
    assert names(journal_path, "battery staple") == ["Anna Alpha"]
    for info in backup.list_backups(journal_path):  # the backups follow: the old one opens none
        assert not cipher.opens(info.path, PASSPHRASE)
        assert cipher.opens(info.path, "battery staple")


def test_a_forgotten_passphrase_is_replaced_after_unlocking_with_the_recovery_key(
    journal_path: Path,
) -> None:
    recovery = protected_with_recovery(journal_path)
    assert cipher.looks_encrypted(journal_path)
    typed = recovery.lower().replace("-", " ").replace("0", "o")  # as an owner may type it

    data_key = cipher.unlock_with_recovery(journal_path, typed)
    journal = Journal.open(journal_path, create=False)  # the data key opens it
    try:
        assert journal.search.search(WORD)
    finally:
        journal.close()
    encrypt.rewrap(journal_path, data_key, "a new passphrase")
    cipher.forget_all()

    assert names(journal_path, "a new passphrase") == ["Anna Alpha"]
    with pytest.raises(cipher.WrongPassphraseError):
        Journal.open(journal_path, passphrase=PASSPHRASE)
    cipher.unlock_with_recovery(journal_path, recovery)  # the recovery key still opens it


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("not a key", "That is not a recovery key."),
        (None, "That recovery key does not open “journal.rapport”."),
    ],
)
def test_a_wrong_recovery_key_is_said_plainly_and_nothing_is_written(
    journal_path: Path, typed: str | None, said: str
) -> None:
    protected_with_recovery(journal_path)
    before = {p.name: p.read_bytes() for p in journal_path.parent.iterdir() if p.is_file()}
    with pytest.raises(cipher.WrongRecoveryKeyError) as caught:
        cipher.unlock_with_recovery(journal_path, typed or keys.new_recovery_key())
    assert caught.value.message == said
    assert cipher.passphrase_of(journal_path) is None
    after = {p.name: p.read_bytes() for p in journal_path.parent.iterdir() if p.is_file()}
    assert after == before


def test_a_journal_without_a_recovery_key_says_so(journal_path: Path) -> None:
    make(journal_path)
    with pytest.raises(cipher.WrongRecoveryKeyError) as caught:
        cipher.unlock_with_recovery(journal_path, keys.new_recovery_key())
    assert caught.value.message == "“journal.rapport” has no recovery key."


def test_a_backup_restored_on_its_own_opens_with_the_passphrase_and_the_recovery_key(
    tmp_path: Path,
) -> None:
    journal_path = tmp_path / "books" / "journal.rapport"
    journal_path.parent.mkdir()
    recovery = protected_with_recovery(journal_path)
    cipher.give_passphrase(journal_path, PASSPHRASE)
    taken = backup.take_backup(journal_path, "manual")
    cipher.forget_all()
    assert keys.key_file(taken.path).is_file()

    # the laptop's journal is gone; the backup folder is all there is
    journal_path.unlink()
    keys.key_file(journal_path).unlink()
    cipher.on_passphrase_needed = lambda _path, _attempt: PASSPHRASE
    backup.restore_backup(journal_path, taken.path)
    cipher.on_passphrase_needed = None
    cipher.forget_all()
    assert names(journal_path) == ["Anna Alpha"]
    cipher.unlock_with_recovery(journal_path, recovery)
    assert names(journal_path, None) == ["Anna Alpha"]

    # and the backup file copied elsewhere with its key file opens as a journal
    elsewhere = tmp_path / "usb" / "copy.rapport"
    elsewhere.parent.mkdir()
    shutil.copyfile(taken.path, elsewhere)
    shutil.copyfile(keys.key_file(taken.path), keys.key_file(elsewhere))
    assert names(elsewhere) == ["Anna Alpha"]
    cipher.unlock_with_recovery(elsewhere, recovery)
    assert names(elsewhere, None) == ["Anna Alpha"]


def test_removing_the_passphrase_removes_the_key_files(journal_path: Path) -> None:
    protected_with_recovery(journal_path)
    cipher.give_passphrase(journal_path, PASSPHRASE)
    backup.take_backup(journal_path, "manual")
    cipher.forget_all()

    encrypt.change_passphrase(journal_path, PASSPHRASE, None)

    assert cipher.is_plain_database(journal_path)
    assert not keys.key_file(journal_path).exists()
    for info in backup.list_backups(journal_path):
        assert cipher.is_plain_database(info.path)
        assert not keys.key_file(info.path).exists()
    assert names(journal_path, None) == ["Anna Alpha"]


def test_a_journal_encrypted_the_older_way_opens_and_converts_at_a_change(
    tmp_path: Path,
) -> None:
    path = tmp_path / FIXTURE.name
    shutil.copyfile(FIXTURE, path)
    encrypt.rewrite_file(path, None, "fixture passphrase", cipher.new_salt())
    assert cipher.looks_encrypted(path) and not keys.has_keys(path)
    expected = names(path, "fixture passphrase")
    assert expected

    recovery = keys.new_recovery_key()
    encrypt.change_passphrase(path, "fixture passphrase", "fixture passphrase", recovery)
    cipher.forget_all()

    assert keys.has_keys(path)
    assert not cipher._opens(path, "fixture passphrase", cipher.salt_of(path) or b"")
    assert names(path, "fixture passphrase") == expected
    cipher.unlock_with_recovery(path, recovery)
    assert names(path, None) == expected
    for info in backup.list_backups(path):  # the backup taken before, converted as well
        assert keys.has_keys(info.path)
        assert cipher.opens(info.path, "fixture passphrase")


def test_a_key_file_cut_short_is_said_in_words(journal_path: Path) -> None:
    make(journal_path)
    keys.key_file(journal_path).write_bytes(b'{"format": "rapport-')
    with pytest.raises(keys.KeyFileError) as caught:
        Journal.open(journal_path, passphrase=PASSPHRASE)
    assert "damaged" in caught.value.message


def test_a_recovery_key_reads_back_from_its_printed_form() -> None:
    recovery = keys.new_recovery_key()
    groups = recovery.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert keys.recovery_bytes(recovery) == keys.recovery_bytes(recovery.lower().replace("-", ""))
    assert keys.recovery_bytes(recovery[:-1]) is None


def test_no_log_line_holds_the_passphrase_the_recovery_key_or_the_data_key(
    journal_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    recovery = protected_with_recovery(journal_path)
    data_key = cipher.unlock_with_recovery(journal_path, recovery)
    encrypt.rewrap(journal_path, data_key, "a new passphrase")
    backup.take_backup(journal_path, "manual")
    cipher.forget_all()
    with pytest.raises(cipher.WrongRecoveryKeyError):
        cipher.unlock_with_recovery(journal_path, keys.new_recovery_key())
    assert names(journal_path, "a new passphrase") == ["Anna Alpha"]
    told = caplog.text + repr(data_key) + f"{data_key} {[data_key]}"
    for secret in (PASSPHRASE, "a new passphrase", recovery, recovery.replace("-", "")):
        assert secret not in told
    assert data_key.hex() not in told and repr(data_key) == "DataKey(…)"
