"""Issue 17: the command line opens an encrypted journal with its recovery key too — from
RAPPORT_RECOVERY_KEY (named in `rapport --help`) or typed at the terminal after Enter —
and says plainly when the key is wrong, changing nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from storehelp import customer, entry

from rapport.__main__ import main
from rapport.locations import PASSPHRASE_ENV, RECOVERY_KEY_ENV
from rapport.store import Journal, cipher, encrypt, keys

PASSPHRASE = "s3cret words"
SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.fixture
def protected(journal_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, str]]:
    """A journal protected in Settings with a recovery key; the key with it."""
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    monkeypatch.delenv(RECOVERY_KEY_ENV, raising=False)
    journal = Journal.open(journal_path)
    try:
        entry(journal, customer(journal, "Rossi Imports"), 1, body="The olive harvest is late.")
    finally:
        journal.close()
    recovery = keys.new_recovery_key()
    encrypt.change_passphrase(journal_path, None, PASSPHRASE, recovery)
    cipher.forget_all()
    yield journal_path, recovery
    cipher.forget_all()


def rapport(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """The real `rapport` command, in a process of its own."""
    home = Path(env["HOME"])
    full = {
        **os.environ,
        **env,
        "PYTHONPATH": str(SRC),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    full.pop(PASSPHRASE_ENV, None) if PASSPHRASE_ENV not in env else None
    return subprocess.run(
        [sys.executable, "-m", "rapport", *args],
        capture_output=True,
        text=True,
        env=full,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_the_help_names_the_recovery_key_variable(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert RECOVERY_KEY_ENV in text and PASSPHRASE_ENV in text
    assert "press Enter there to type its recovery key" in text


def test_a_script_opens_the_journal_with_the_recovery_key(
    protected: tuple[Path, str], tmp_path: Path
) -> None:
    path, recovery = protected
    done = rapport(
        "--journal",
        str(path),
        "search",
        "harvest",
        env={RECOVERY_KEY_ENV: recovery.lower(), "HOME": str(tmp_path / "home")},
    )
    assert done.returncode == 0, done.stderr
    assert "Rossi Imports" in done.stdout
    assert "Opened with the recovery key" in done.stderr
    cipher.forget_all()
    journal = Journal.open(path, passphrase=PASSPHRASE, create=False)  # the passphrase still opens
    journal.close()


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ("wrong", "That recovery key does not open “journal.rapport”."),
        ("QQQQ-1234", "That is not a recovery key."),
    ],
)
def test_a_wrong_recovery_key_from_a_script_is_said_and_changes_nothing(
    protected: tuple[Path, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    given: str,
    said: str,
) -> None:
    path, _ = protected
    key = keys.new_recovery_key() if given == "wrong" else given
    monkeypatch.setenv(RECOVERY_KEY_ENV, key)
    before = path.read_bytes(), keys.key_file(path).read_bytes()
    assert main(["--journal", str(path), "search", "harvest"]) == 2
    err = capsys.readouterr().err
    assert said in err
    assert "Traceback" not in err and key not in err
    assert (path.read_bytes(), keys.key_file(path).read_bytes()) == before


def test_a_journal_without_a_recovery_key_says_so(
    journal_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    Journal.open(journal_path, passphrase=PASSPHRASE).close()
    cipher.forget_all()
    monkeypatch.setenv(RECOVERY_KEY_ENV, keys.new_recovery_key())
    assert main(["--journal", str(journal_path), "search", "harvest"]) == 2
    assert "has no recovery key" in capsys.readouterr().err
    cipher.forget_all()


def test_at_the_terminal_enter_asks_for_the_recovery_key_and_a_wrong_one_is_asked_again(
    protected: tuple[Path, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, recovery = protected
    prompts: list[str] = []
    typed = iter(["", keys.new_recovery_key(), "", recovery])

    def getpass(prompt: str) -> str:
        prompts.append(prompt)
        return next(typed)

    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", getpass)
    assert main(["--journal", str(path), "search", "harvest"]) == 0
    captured = capsys.readouterr()
    assert "Rossi Imports" in captured.out
    assert (
        prompts
        == [
            "Passphrase for journal.rapport (or press Enter to use the recovery key): ",
            "Recovery key for journal.rapport: ",
        ]
        * 2
    )
    assert "That recovery key does not open" in captured.err
    assert "Opened with the recovery key" in captured.err


def test_three_wrong_recovery_keys_at_the_terminal_end_the_command_with_words(
    protected: tuple[Path, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, _ = protected
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    answers = iter(["", "not a key"] * 3)
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(answers))
    before = path.read_bytes()
    assert main(["--journal", str(path), "search", "harvest"]) == 2
    err = capsys.readouterr().err
    assert err.count("That is not a recovery key.") == 3
    assert "Traceback" not in err
    assert path.read_bytes() == before


@pytest.mark.parametrize("verb", [["check"], ["export", "{out}"]])
def test_other_commands_open_it_with_the_recovery_key_too(
    protected: tuple[Path, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    verb: list[str],
) -> None:
    path, recovery = protected
    out = tmp_path / "out.csv"
    monkeypatch.setenv(RECOVERY_KEY_ENV, recovery)
    argv = [part.format(out=out) for part in verb]
    assert main(["--journal", str(path), *argv]) == 0
    assert "Opened with the recovery key" in capsys.readouterr().err
    if "export" in verb:
        assert "Rossi Imports" in out.read_text(encoding="utf-8")
