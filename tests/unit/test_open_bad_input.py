"""Opening something that is not a good journal: a plain refusal, and the file left as it was."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from rapport.domain.customers import CustomerDraft
from rapport.store import Journal
from rapport.store.errors import (
    CorruptJournalError,
    JournalError,
    JournalLocationError,
    NewerJournalError,
    NotAJournalError,
)

PAGE = 4096


def snapshot(path: Path) -> tuple[bytes, int, int]:
    """What must not change: the bytes, the modification time and the mode."""
    info = path.stat()
    return path.read_bytes(), info.st_mtime_ns, info.st_mode


def refused(path: Path, kind: type[JournalError]) -> JournalError:
    """Open `path`, expect a refusal of `kind` in plain words, and return it."""
    with pytest.raises(kind) as caught:
        Journal.open(path)
    error = caught.value
    assert error.message and error.hint
    words = str(error).replace(str(path), "")
    for technical in ("sqlite", "SQL", "Traceback", "alembic", "Errno"):
        assert technical not in words, str(error)
    return error


@pytest.fixture
def real_journal(tmp_path: Path) -> Path:
    """A closed journal with enough customers to span several pages."""
    path = tmp_path / "real.rapport"
    journal = Journal.open(path)
    for i in range(120):
        journal.customers.create(CustomerDraft(name=f"Customer {i}", about="notes " * 80))
    journal.close()
    return path


# --- things that are not journals ------------------------------------------------------


def test_a_folder_is_refused_and_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "Documents"
    folder.mkdir()
    (folder / "letter.txt").write_text("Dear Ana")
    error = refused(folder, JournalLocationError)
    assert "folder" in error.message
    assert sorted(p.name for p in folder.iterdir()) == ["letter.txt"]


@pytest.mark.parametrize(
    "content",
    [b"Meeting notes, typed in a text editor.\n", b"%PDF-1.7\n" + bytes(range(256)), b"S"],
)
def test_a_file_that_is_not_a_database_is_refused_unchanged(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.rapport"
    path.write_bytes(content)
    before = snapshot(path)
    refused(path, NotAJournalError)
    assert snapshot(path) == before


@pytest.mark.parametrize("journal_mode", ["delete", "wal"])
def test_a_database_of_another_program_is_refused_unchanged(
    tmp_path: Path, journal_mode: str
) -> None:
    path = tmp_path / "places.sqlite"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode = {journal_mode}")
    conn.execute("CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO bookmarks (url) VALUES ('https://example.com')")
    conn.commit()
    conn.close()
    before = snapshot(path)
    error = refused(path, NotAJournalError)
    assert "another program" in error.message
    assert snapshot(path) == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    path = tmp_path / "pipe.rapport"
    os.mkfifo(path)
    refused(path, NotAJournalError)


def test_an_empty_file_becomes_a_journal(tmp_path: Path) -> None:
    path = tmp_path / "new.rapport"
    path.touch()
    journal = Journal.open(path)
    journal.customers.create(CustomerDraft(name="Ana"))
    journal.close()
    reopened = Journal.open(path)
    try:
        assert [c.name for c in reopened.timeline.customers()] == ["Ana"]
    finally:
        reopened.close()


# --- damaged or newer journals ---------------------------------------------------------

Damage = Callable[[bytes], bytes]
DAMAGE: dict[str, Damage] = {
    "header": lambda data: data[:16] + b"\xff" * 84 + data[100:],
    "first page": lambda data: data[:100] + b"\xa5" * (PAGE - 100) + data[PAGE:],
    "only the magic words": lambda data: data[:16],
    "cut in half": lambda data: data[: len(data) // 2],
    "pages zeroed": lambda data: data[:PAGE] + bytes(len(data) - PAGE),
}


@pytest.mark.parametrize("how", list(DAMAGE))
def test_a_damaged_journal_is_refused_unchanged_with_a_way_out(
    real_journal: Path, how: str
) -> None:
    real_journal.write_bytes(DAMAGE[how](real_journal.read_bytes()))
    before = snapshot(real_journal)
    error = refused(real_journal, CorruptJournalError)
    assert "damaged" in error.message
    assert "backup" in error.hint
    assert snapshot(real_journal) == before


def test_a_journal_from_a_newer_rapport_is_refused_unchanged(real_journal: Path) -> None:
    conn = sqlite3.connect(real_journal)
    conn.execute("UPDATE alembic_version SET version_num = 'f00d_from_the_future'")
    conn.commit()
    conn.close()
    before = snapshot(real_journal)
    error = refused(real_journal, NewerJournalError)
    assert "newer version" in error.message
    assert snapshot(real_journal) == before
    assert not (real_journal.parent / "backups").exists()


# --- places a journal cannot live ------------------------------------------------------


def test_a_folder_that_cannot_be_written_is_refused(tmp_path: Path) -> None:
    # Root may write in any ordinary folder, so where /proc exists (Linux) use one of its
    # folders, which nobody can create files in; elsewhere take write permission away.
    if Path("/proc/self").is_dir():
        locked = Path("/proc/self")
        error = refused(locked / "journal.rapport", JournalLocationError)
        assert str(locked) in error.message
        assert not (locked / "journal.rapport").exists()
        return
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        error = refused(locked / "journal.rapport", JournalLocationError)
        assert str(locked) in error.message
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


@pytest.mark.parametrize("mode", [0o644, 0o755])
def test_a_path_inside_a_file_is_refused_and_the_file_left_alone(tmp_path: Path, mode: int) -> None:
    # Works as root too: no permission bit lets anyone create a file inside a file.
    parent = tmp_path / "report.pdf"
    parent.write_bytes(b"%PDF-1.7 not a folder")
    parent.chmod(mode)
    before = snapshot(parent)
    for path in (parent / "journal.rapport", parent / "sub" / "journal.rapport"):
        error = refused(path, JournalLocationError)
        assert str(parent) in error.message
    assert snapshot(parent) == before


def test_a_missing_folder_is_created_private(tmp_path: Path) -> None:
    path = tmp_path / "Rapport" / "journal.rapport"
    journal = Journal.open(path)
    journal.close()
    assert path.is_file()
    if os.name == "posix":
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
