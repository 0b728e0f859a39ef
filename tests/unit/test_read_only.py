"""A journal on a read-only disk (a backup disk) can still be read, searched and exported.

Commands that only read open such a journal read-only — SQLite's `mode=ro`, or
`immutable` where not even its -wal and -shm files can be created beside it — and
nothing is written: no upgrade, no sidecar file. A write says plainly why it cannot be.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from readonlyhelp import read_only

from rapport import locations
from rapport.cli import run
from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.store import Journal
from rapport.store import engine as store_engine
from rapport.store.errors import JournalLocationError, JournalReadOnlyError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def fill(path: Path) -> None:
    journal = Journal.open(path)
    try:
        cid = journal.customers.create(CustomerDraft(name="Rossi Imports", about="Olive oil"))
        journal.entries.add(
            EntryDraft(
                customer_id=cid,
                occurred_at=datetime(2025, 4, 1, tzinfo=UTC),
                kind=EntryKind.CALL,
                title="Harvest",
                body="The olive harvest is late this year.",
            )
        )
    finally:
        journal.close()


def listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    """A closed journal in a folder where nothing can be written, as on a backup disk."""
    folder = tmp_path / "backup-disk"
    folder.mkdir()
    path = folder / "journal.rapport"
    fill(path)
    assert sorted(listing(folder)) == ["journal.rapport"]
    with read_only(path, folder):
        yield path


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`rapport today` reads the owner's settings: a file of the test's own."""
    from PySide6.QtCore import QSettings

    ini = tmp_path / "settings.ini"
    monkeypatch.setattr(
        locations, "settings", lambda: QSettings(str(ini), QSettings.Format.IniFormat)
    )


# --- the decision ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("writable", "sidecars", "expected"),
    [
        ({"file", "folder"}, False, "write"),
        ({"folder"}, False, "read"),
        ({"file"}, False, "immutable"),
        (set(), False, "immutable"),
        (set(), True, "read"),
    ],
)
def test_how_a_journal_is_opened_follows_what_may_be_written(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    writable: set[str],
    sidecars: bool,
    expected: str,
) -> None:
    path = tmp_path / "journal.rapport"
    path.write_bytes(b"")
    if sidecars:
        for suffix in ("-wal", "-shm"):
            (tmp_path / f"journal.rapport{suffix}").write_bytes(b"")

    def access(target: object, mode: int) -> bool:
        if not mode & os.W_OK:
            return True
        return ("folder" if Path(str(target)) == tmp_path else "file") in writable

    monkeypatch.setattr(store_engine.os, "access", access)
    assert store_engine.access_for(path) == expected


# --- reading a read-only journal --------------------------------------------------------


def test_a_journal_on_a_read_only_disk_can_be_read_and_searched(disk: Path) -> None:
    before = listing(disk.parent)
    journal = Journal.open(disk, for_reading=True)
    try:
        assert journal.read_only
        (rossi,) = journal.customers.find("Rossi")
        assert rossi.name == "Rossi Imports"
        assert [h.title for h in journal.search.search("harvest ")] == ["Harvest"]
        assert journal.transfer.snapshot(None) is not None
    finally:
        journal.close()
    assert listing(disk.parent) == before


def test_a_write_to_a_read_only_journal_says_it_is_read_only(disk: Path) -> None:
    journal = Journal.open(disk, for_reading=True)
    try:
        with pytest.raises(JournalReadOnlyError) as caught:
            journal.customers.create(CustomerDraft(name="Bianchi"))
        assert "read-only" in caught.value.message
        assert caught.value.hint
        assert [c.name for c in journal.customers.find("")] == ["Rossi Imports"]
    finally:
        journal.close()


def test_opening_for_writing_still_refuses_a_read_only_folder(disk: Path) -> None:
    with pytest.raises(JournalLocationError):
        Journal.open(disk)


def test_an_old_journal_on_a_read_only_disk_is_left_as_it_was_and_says_why(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "old-disk"
    folder.mkdir()
    path = folder / "journal.rapport"
    shutil.copyfile(FIXTURES / "journal-0001.rapport", path)
    before = listing(folder)
    with read_only(path, folder), pytest.raises(JournalReadOnlyError) as caught:
        Journal.open(path, for_reading=True)
    assert "older version" in caught.value.message
    assert "folder you can write to" in caught.value.hint
    assert listing(folder) == before


def test_a_read_only_file_in_a_writable_folder_is_read(tmp_path: Path) -> None:
    path = tmp_path / "journal.rapport"
    fill(path)
    with read_only(path):
        before = path.read_bytes()
        journal = Journal.open(path, for_reading=True)
        try:
            assert journal.read_only
            assert journal.customers.count() == 1
        finally:
            journal.close()
        assert path.read_bytes() == before


# --- the command line ------------------------------------------------------------------


def test_search_reads_a_journal_on_a_read_only_disk(
    disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--journal", str(disk), "search", "harvest"]) == 0
    out, err = capsys.readouterr()
    assert "Rossi Imports — Harvest" in out and err == ""


def test_today_reads_a_journal_on_a_read_only_disk(
    disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["today", "--journal", str(disk)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("Today, ") and err == ""


def test_export_reads_a_journal_on_a_read_only_disk(
    disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.json"
    assert run(["export", str(target), "--journal", str(disk)]) == 0
    assert "Exported" in capsys.readouterr().out
    assert "Rossi Imports" in json.dumps(json.loads(target.read_text("utf-8")))
