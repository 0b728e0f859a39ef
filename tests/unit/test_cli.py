"""The command line: the version, and a bad --journal answered in words with exit code 2."""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

import rapport.cli as cli
from rapport import __version__
from rapport.store import Journal


def test_version_is_printed_and_exits_cleanly(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.run(["--version"])
    assert caught.value.code == 0
    out, err = capsys.readouterr()
    assert out == f"Rapport {__version__}\n"
    assert err == ""


def test_version_from_a_real_process() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "rapport", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"Rapport {__version__}"
    assert done.stderr == ""


@pytest.fixture
def open_verb(monkeypatch: pytest.MonkeyPatch) -> str:
    """A verb that opens the journal named by --journal, registered the way every verb is.

    The shipped verbs that read a journal arrive with later work; this one goes through the
    same parser, the same `journal_arg` and the same error handling in `cli.run`.
    """

    def handler(args: argparse.Namespace) -> int:
        Journal.open(cli.journal_arg(args)).close()
        cli.out("opened")
        return 0

    def register(verbs: Any) -> None:
        verbs.add_parser("open-check").set_defaults(handler=handler)

    module = types.ModuleType("rapport.cli._open_check")
    module.register = register  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "rapport.cli._open_check", module)
    monkeypatch.setattr(cli, "VERB_MODULES", (*cli.VERB_MODULES, "_open_check"))
    return "open-check"


def test_a_good_journal_path_works(
    open_verb: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "journal.rapport"
    assert cli.run(["--journal", str(path), open_verb]) == 0
    assert capsys.readouterr() == ("opened\n", "")
    assert path.is_file()


def _folder(tmp: Path) -> Path:
    (tmp / "folder").mkdir()
    return tmp / "folder"


def _text(tmp: Path) -> Path:
    (tmp / "notes.txt").write_text("not a journal\n")
    return tmp / "notes.txt"


def _foreign(tmp: Path) -> Path:
    conn = sqlite3.connect(tmp / "other.db")
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    return tmp / "other.db"


def _inside_a_file(tmp: Path) -> Path:
    (tmp / "file").write_text("x")
    return tmp / "file" / "journal.rapport"


@pytest.mark.parametrize("make", [_folder, _text, _foreign, _inside_a_file])
def test_a_bad_journal_gets_exit_code_2_and_words_not_a_traceback(
    open_verb: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], make: Any
) -> None:
    path = make(tmp_path)
    existing = path.read_bytes() if path.is_file() else None
    assert cli.run(["--journal", str(path), open_verb]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert lines[0].startswith("rapport: “")
    assert len(lines) == 2 and lines[1].startswith("  ")  # what happened, then what to do
    assert "Traceback" not in err
    if existing is not None:
        assert path.read_bytes() == existing


def test_a_journal_option_without_a_path_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.run(["--journal"])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "--journal" in err
    assert "Traceback" not in err


@pytest.mark.logs_errors
def test_an_unexpected_error_in_a_verb_is_one_plain_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import rapport.demo

    def explode(*_a: object, **_k: object) -> int:
        raise RuntimeError("boom")

    monkeypatch.setattr(rapport.demo, "write_demo", explode)
    assert cli.run(["demo", "--journal", str(tmp_path / "d.rapport")]) == 1
    err = capsys.readouterr().err
    assert "Something unexpected went wrong" in err
    assert "Traceback" not in err and "boom" not in err


@pytest.mark.parametrize(
    ("argv", "app_only"),
    [
        ([], True),
        (["--journal", "/tmp/j.rapport", "--verbose"], True),
        (["--journal=/tmp/j.rapport", "--at-login"], True),
        (["--journal", "today"], True),  # a journal file named "today"
        (["today"], False),
        (["--verbose", "search", "rye"], False),
        (["--help"], False),
        (["--version"], False),
        (["--journal"], False),  # argparse says what is missing
        (["--verb"], False),  # an abbreviation argparse understands
    ],
)
def test_the_app_starts_without_the_verbs_only_when_no_verb_is_asked_for(
    argv: list[str], app_only: bool
) -> None:
    from rapport.cli import build_parser, only_app_options

    assert only_app_options(argv) is app_only
    if app_only:
        light = vars(build_parser(verbs=False).parse_args(argv))
        assert light == vars(build_parser().parse_args(argv))
