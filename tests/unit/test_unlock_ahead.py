"""Issue 17: a passphrase known at launch is derived on a thread while the app starts,
once, and the journal opens with it as before (a wrong one still says so)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from storehelp import customer, entry

from rapport import unlock_ahead
from rapport.cli import derive_ahead
from rapport.locations import JOURNAL_ENV, PASSPHRASE_ENV
from rapport.store import Journal, cipher, keys

PASSPHRASE = "s3cret words"


@pytest.fixture
def locked(journal_path: Path) -> Iterator[Path]:
    journal = Journal.open(journal_path, passphrase=PASSPHRASE)
    try:
        entry(journal, customer(journal, "Rossi Imports"), 1, body="The olive harvest is late.")
    finally:
        journal.close()
    cipher.forget_all()
    yield journal_path
    cipher.forget_all()


@pytest.fixture
def derivations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The threads each scrypt ran on (its passphrase is not kept)."""
    seen: list[str] = []
    real = unlock_ahead.scrypt

    def counted(*args: object) -> bytes:
        seen.append(threading.current_thread().name)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(unlock_ahead, "scrypt", counted)
    return seen


def names(path: Path) -> list[str]:
    journal = Journal.open(path, passphrase=PASSPHRASE, create=False)
    try:
        return [c.name for c in journal.timeline.customers(statuses=())]
    finally:
        journal.close()


def test_a_passphrase_derived_ahead_opens_the_journal_without_deriving_again(
    locked: Path, derivations: list[str]
) -> None:
    assert unlock_ahead.start(locked, PASSPHRASE) is not None
    assert names(locked) == ["Rossi Imports"]
    assert derivations == ["rapport-unlock-ahead"]  # once, and not on the main thread


def test_a_wrong_passphrase_derived_ahead_still_does_not_open_it(
    locked: Path, derivations: list[str]
) -> None:
    unlock_ahead.start(locked, "not it")
    before = locked.read_bytes()
    with pytest.raises(cipher.WrongPassphraseError):
        Journal.open(locked, passphrase="not it", create=False)
    assert locked.read_bytes() == before
    assert derivations[0] == "rapport-unlock-ahead"


def test_the_derivation_leaves_the_main_thread_free(locked: Path) -> None:
    """hashlib.scrypt releases the GIL: the main thread keeps running Python meanwhile."""
    thread = unlock_ahead.start(locked, PASSPHRASE)
    assert thread is not None
    turns = 0
    while thread.is_alive():
        turns += 1
        time.sleep(0)
    assert turns > 1000  # a held GIL would have stopped this loop until the end
    unlock_ahead.forget()


def test_the_launch_starts_it_for_the_journal_named_with_the_passphrase_in_the_environment(
    locked: Path, derivations: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    assert derive_ahead(locked)
    assert names(locked) == ["Rossi Imports"]
    assert derivations == ["rapport-unlock-ahead"]
    monkeypatch.setenv(JOURNAL_ENV, str(locked))
    cipher.forget_all()
    assert derive_ahead(None)


def test_nothing_is_started_without_a_passphrase_or_a_key_file(
    locked: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    assert not derive_ahead(locked)
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    assert not derive_ahead(tmp_path / "plain.rapport")
    keys.key_file(locked).write_text("{damaged", encoding="utf-8")
    assert not derive_ahead(locked)


def test_the_launch_guesses_the_journal_open_last_once_qt_settings_can_be_read(
    locked: Path, derivations: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.delenv(JOURNAL_ENV, raising=False)

    class Last:
        def value(self, key: str) -> object:
            return str(locked) if key == "journal/last" else None

    monkeypatch.setattr("rapport.locations.settings", lambda: Last())
    assert not derive_ahead(None)  # before the store's imports: no Qt yet
    assert derive_ahead(None, remembered=True)
    assert not derive_ahead("postgresql://me@server/journal", remembered=True)
    assert names(locked) == ["Rossi Imports"]
    assert derivations == ["rapport-unlock-ahead"]
