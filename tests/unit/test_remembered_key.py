"""Issue 17: “Remember on this computer” keeps the journal's data key in the keyring, bound
to its key file — never the passphrase — and a new passphrase, the recovery key or
turning protection off makes the remembered key lapse."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from storehelp import customer, entry

from rapport import keyring_store, remembered_key, unlock_ahead
from rapport.store import Journal, cipher, encrypt, keys
from rapport.store.keys import DataKey

PASSPHRASE = "s3cret words"


@pytest.fixture
def keyring(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A keyring of the test's own (the machine's is never touched)."""
    kept: dict[str, str] = {}
    monkeypatch.setattr(keyring_store, "available", lambda: True)
    monkeypatch.setattr(keyring_store, "recall", lambda key: kept.get(str(key)))
    monkeypatch.setattr(
        keyring_store, "remember", lambda key, secret: kept.__setitem__(str(key), secret) or True
    )
    monkeypatch.setattr(keyring_store, "forget", lambda key: kept.pop(str(key), None))
    return kept


@pytest.fixture
def derivations(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One item per scrypt run."""
    seen: list[int] = []
    real = unlock_ahead.scrypt
    monkeypatch.setattr(unlock_ahead, "scrypt", lambda *a: seen.append(1) or real(*a))
    return seen


@pytest.fixture
def remembered(journal_path: Path, keyring: dict[str, str]) -> Iterator[tuple[Path, str]]:
    """A journal protected with a recovery key, remembered when it was opened; the key."""
    journal = Journal.open(journal_path)
    try:
        entry(journal, customer(journal, "Rossi Imports"), 1, body="The olive harvest is late.")
    finally:
        journal.close()
    recovery = keys.new_recovery_key()
    encrypt.change_passphrase(journal_path, None, PASSPHRASE, recovery)
    cipher.forget_all()
    Journal.open(journal_path, passphrase=PASSPHRASE).close()
    assert remembered_key.remember(journal_path, PASSPHRASE)
    cipher.forget_all()
    yield journal_path, recovery
    cipher.forget_all()


def names(path: Path, secret: cipher.Secret) -> list[str]:
    journal = Journal.open(path, passphrase=secret, create=False)
    try:
        return [c.name for c in journal.timeline.customers(statuses=())]
    finally:
        journal.close()


def test_the_keyring_keeps_the_data_key_never_the_passphrase(
    remembered: tuple[Path, str], keyring: dict[str, str], derivations: list[int]
) -> None:
    path, _ = remembered
    (kept,) = keyring.values()
    assert PASSPHRASE not in kept
    secret = remembered_key.recall(path)
    assert isinstance(secret, DataKey)
    assert names(path, secret) == ["Rossi Imports"]
    assert derivations == []  # a remembered start pays no scrypt


@pytest.mark.parametrize("change", ["new passphrase", "recovery key", "protection off"])
def test_a_changed_key_file_makes_the_remembered_key_lapse(
    remembered: tuple[Path, str], keyring: dict[str, str], change: str
) -> None:
    path, recovery = remembered
    if change == "new passphrase":
        encrypt.change_passphrase(path, PASSPHRASE, "another one entirely")
    elif change == "recovery key":
        data_key = cipher.unlock_with_recovery(path, recovery)
        encrypt.rewrap(path, data_key, "a new one after forgetting")
    else:
        encrypt.change_passphrase(path, PASSPHRASE, None)
    cipher.forget_all()
    assert remembered_key.recall(path) is None
    assert keyring == {}  # forgotten, not kept for later


def test_a_recovery_key_added_later_keeps_the_remembered_key(
    remembered: tuple[Path, str], keyring: dict[str, str]
) -> None:
    """Only the passphrase's slot binds it: a new recovery key changes nothing for it."""
    path, _ = remembered
    secret = remembered_key.recall(path)
    assert isinstance(secret, DataKey)
    keys.set_slot(path, "recovery", secret, keys.new_recovery_key())
    assert remembered_key.recall(path) == secret


def test_a_damaged_entry_is_forgotten(
    remembered: tuple[Path, str], keyring: dict[str, str]
) -> None:
    path, _ = remembered
    keyring[str(path)] = f"{remembered_key.PREFIX} nonsense"
    assert remembered_key.recall(path) is None
    assert keyring == {}


def test_an_older_rapports_remembered_passphrase_still_opens(
    remembered: tuple[Path, str], keyring: dict[str, str]
) -> None:
    path, _ = remembered
    keyring[str(path)] = PASSPHRASE
    assert remembered_key.recall(path) == PASSPHRASE
