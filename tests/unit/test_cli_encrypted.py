"""Issue 17: the command line opens an encrypted journal with the passphrase from the
environment (named in `rapport --help`) or typed on the terminal, and says so when it is wrong."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from storehelp import customer, entry

from rapport.cli import PASSPHRASE_ENV, run
from rapport.store import Journal, cipher


@pytest.fixture
def locked(journal_path: Path) -> Iterator[Path]:
    journal = Journal.open(journal_path, passphrase="s3cret words")
    try:
        entry(journal, customer(journal, "Rossi Imports"), 1, body="The olive harvest is late.")
    finally:
        journal.close()
    cipher.forget_all()
    yield journal_path
    cipher.forget_all()


def test_the_passphrase_variable_is_named_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run(["--help"])
    assert PASSPHRASE_ENV in capsys.readouterr().out


def test_a_script_gives_the_passphrase_in_the_environment(
    locked: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, "s3cret words")
    assert run(["--journal", str(locked), "search", "harvest"]) == 0
    assert "Rossi Imports" in capsys.readouterr().out


@pytest.mark.parametrize("given", [None, "wrong"])
def test_without_the_right_passphrase_it_says_so_and_changes_nothing(
    locked: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    given: str | None,
) -> None:
    if given:
        monkeypatch.setenv(PASSPHRASE_ENV, given)
    else:
        monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    before = locked.read_bytes()
    assert run(["--journal", str(locked), "search", "harvest"]) == 2
    err = capsys.readouterr().err
    assert ("does not open" if given else "protected with a passphrase") in err
    assert PASSPHRASE_ENV in err
    assert locked.read_bytes() == before


def test_the_terminal_is_asked_again_after_a_wrong_passphrase(
    locked: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    typed = iter(["wrong", "s3cret words"])
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(typed))
    assert run(["--journal", str(locked), "search", "harvest"]) == 0
    captured = capsys.readouterr()
    assert "Rossi Imports" in captured.out
    assert "does not open it" in captured.err
