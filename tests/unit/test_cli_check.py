"""`rapport check` never writes into the file it checks; damaged text leaves the rest readable."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from storehelp import customer, entry
from test_damaged_text import damage_text

from rapport.cli import run
from rapport.store import Journal
from rapport.store.backup import take_backup


def journal_with_a_backup(path: Path) -> None:
    journal = Journal.open(path)
    entry(journal, customer(journal, "Ana"), 0, body="Ordered beans.")
    journal.close()
    take_backup(path, "auto")


def test_check_of_an_emptied_journal_with_backups_says_so_and_writes_nothing(
    journal_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal_with_a_backup(journal_path)
    journal_path.write_bytes(b"")
    assert run(["--journal", str(journal_path), "check"]) == 2
    err = capsys.readouterr().err
    assert "All is well" not in err
    assert "empty" in err and "backup" in err
    assert "rapport restore 1" in err, "names the newest good backup and how to restore it"
    assert journal_path.read_bytes() == b""


def test_check_of_a_missing_journal_with_backups_points_to_them(
    journal_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal_with_a_backup(journal_path)
    journal_path.unlink()
    assert run(["--journal", str(journal_path), "check"]) == 2
    err = capsys.readouterr().err
    assert "missing" in err and "rapport restore 1" in err
    assert not journal_path.exists()


def test_check_of_an_empty_file_without_backups_writes_nothing(
    journal_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal_path.write_bytes(b"")
    assert run(["--journal", str(journal_path), "check"]) == 2
    out, err = capsys.readouterr()
    assert "All is well" not in out
    assert "empty" in err
    assert journal_path.read_bytes() == b""


@pytest.fixture
def damaged_note(journal_path: Path) -> tuple[Path, int]:
    journal = Journal.open(journal_path)
    ana = customer(journal, "Ana")
    entry(journal, ana, 0, body="Ordered beans.")
    bad = entry(journal, ana, 1, body="placeholder")
    journal.close()
    damage_text(journal_path, "entry", "body", bad)
    return journal_path, bad


def test_export_search_and_check_go_on_past_a_damaged_note(
    damaged_note: tuple[Path, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    path, bad = damaged_note
    target = tmp_path / "all.json"
    assert run(["--journal", str(path), "export", str(target)]) == 0
    assert "Ordered beans." in json.dumps(json.loads(target.read_text(encoding="utf-8")))
    assert run(["--journal", str(path), "search", "reserved"]) == 0
    assert "\ufffd" in capsys.readouterr().out
    assert run(["--journal", str(path), "check"]) == 1
    out, err = capsys.readouterr()
    assert f"Entry #{bad}" in out and "2024-01-02" in out
    assert "Rossi" not in out + err, "the damaged text itself is never shown"
    assert all("Rossi" not in r.getMessage() for r in caplog.records)


def test_the_restore_check_names_works_on_an_emptied_journal(
    journal_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal_with_a_backup(journal_path)
    journal_path.write_bytes(b"")
    assert run(["--journal", str(journal_path), "check"]) == 2
    assert run(["restore", "--journal", str(journal_path), "1", "--yes"]) == 0
    assert "empty" in capsys.readouterr().out
    assert run(["--journal", str(journal_path), "search", "beans"]) == 0
    assert len(list(journal_path.parent.glob("journal.damaged-*.rapport"))) == 1, "kept aside"
