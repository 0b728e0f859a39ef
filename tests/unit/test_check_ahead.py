"""The start-up check begun at launch (`rapport.check_ahead`): the open takes its verdict
only for the same file, unchanged since; damage, found then or after, is refused as before."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from storehelp import customer, damage_table, entry

from rapport import check_ahead, cli
from rapport.store import Journal, integrity
from rapport.store.errors import CorruptJournalError


def closed_journal(path: Path) -> None:
    """A closed journal with a customer and a few notes."""
    journal = Journal.open(path)
    try:
        ana = customer(journal, "Ana")
        for day in range(5):
            entry(journal, ana, day)
    finally:
        journal.close()


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The paths the start-up check ran on, ahead or at the open (count the test's own)."""
    ran: list[Path] = []
    real = check_ahead.start_check

    def counted(conn: object, path: Path, size: int, sync_bytes: int) -> tuple[str | None, bool]:
        ran.append(path)
        return real(conn, path, size, sync_bytes)  # type: ignore[arg-type]

    monkeypatch.setattr(check_ahead, "start_check", counted)
    return ran


@pytest.mark.parametrize("big", [False, True])
def test_the_check_begun_at_launch_is_the_one_the_open_takes(
    journal_path: Path, checks: list[Path], monkeypatch: pytest.MonkeyPatch, big: bool
) -> None:
    if big:  # the first screen's tables only, the rest in the background
        monkeypatch.setattr(check_ahead, "SYNC_CHECK_BYTES", 0)
        monkeypatch.setattr(integrity, "SYNC_CHECK_BYTES", 0)
    closed_journal(journal_path)
    for sidecar in ("-wal", "-shm"):  # as a clean close leaves it: the check makes them anew
        Path(f"{journal_path}{sidecar}").unlink(missing_ok=True)
    assert check_ahead.start(journal_path) is not None
    journal = Journal.open(journal_path)
    try:
        assert journal.check_pending is big
    finally:
        journal.close()
    assert checks.count(journal_path) == 1  # once, ahead: the open did not read it through again


def test_damage_done_after_the_check_ahead_is_still_refused_at_open(
    journal_path: Path, checks: list[Path]
) -> None:
    closed_journal(journal_path)
    thread = check_ahead.start(journal_path)
    assert thread is not None
    thread.join()
    time.sleep(0.05)  # a later write: the file's modification time moves on
    damage_table(journal_path, "customer")
    with pytest.raises(CorruptJournalError):
        Journal.open(journal_path)
    assert checks.count(journal_path) == 2  # the file changed: checked again at the open


def test_damage_found_ahead_is_refused_in_words_as_before(
    journal_path: Path, checks: list[Path]
) -> None:
    closed_journal(journal_path)
    damage_table(journal_path, "customer")
    assert check_ahead.start(journal_path) is not None
    with pytest.raises(CorruptJournalError):
        Journal.open(journal_path)
    assert (
        checks.count(journal_path) == 2
    )  # only a sound verdict is taken; damage is found again, said as before


def test_a_verdict_is_taken_once_and_only_under_the_same_threshold(
    journal_path: Path, checks: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    closed_journal(journal_path)
    assert check_ahead.start(journal_path) is not None
    monkeypatch.setattr(integrity, "SYNC_CHECK_BYTES", 0)  # checked as a big journal now
    Journal.open(journal_path).close()
    Journal.open(journal_path).close()  # a second open: nothing ahead any more
    assert checks.count(journal_path) == 3


def test_only_a_plain_journal_is_checked_ahead(tmp_path: Path) -> None:
    other = tmp_path / "notes.rapport"
    other.write_bytes(b"\x8a" * 4096)  # an encrypted journal's first page looks like this
    assert check_ahead.start(other) is None
    assert check_ahead.start(tmp_path / "missing.rapport") is None


def test_the_app_begins_the_check_of_the_journal_named_at_launch(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rapport import app, desktop_libs

    begun: list[Path] = []
    monkeypatch.setattr(check_ahead, "start", lambda path: begun.append(path) or object())
    monkeypatch.setattr(desktop_libs, "check_desktop", lambda: None)
    monkeypatch.setattr(app, "run_app", lambda *args, **kwargs: 0)
    assert cli.run(["--journal", str(journal_path)]) == 0
    assert begun == [journal_path]
