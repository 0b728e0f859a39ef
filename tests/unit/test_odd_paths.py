"""A journal is stored in the very file the owner chose, whatever characters its path has.

A path is not a URL: `?`, `#` and `%41` in a folder or file name are plain characters,
so the journal, its backups and its checks all go to (and read) that file, never a
sibling whose name happens to be the path cut at `?`.
"""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from rapport.domain.customers import CustomerDraft
from rapport.store import Journal, integrity
from rapport.store.backup import check_backup, list_backups, take_backup
from rapport.store.errors import JournalError, NotAJournalError

ODD_NAMES = [
    "shop?1",
    "shop?mode=ro",
    "notes#2",
    "100%41",
    "a%3Fb",
    "with  two spaces ",
    "Müller & Søn – 日本",
    "semi;colon&amp=x",
]


def names_in(path: Path) -> list[str]:
    """The customers stored in the file at exactly this path (a plain name, not a URI)."""
    assert path.is_file(), path
    conn = sqlite3.connect(str(path))
    try:
        return [row[0] for row in conn.execute("SELECT name FROM customer ORDER BY name")]
    finally:
        conn.close()


def files_under(folder: Path) -> list[str]:
    """Every file below folder, relative, sorted (sidecars and backups included)."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


@pytest.mark.parametrize("name", ODD_NAMES)
def test_a_journal_in_an_oddly_named_folder_is_stored_in_that_folder(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / name / "journal.rapport"
    journal = Journal.open(path)
    journal.customers.create(CustomerDraft(name="Ada"))
    journal.close()
    assert files_under(tmp_path) == [f"{name}/journal.rapport"]
    assert names_in(path) == ["Ada"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = Journal.open(path)
    try:
        assert [c.name for c in again.customers.find("Ada")] == ["Ada"]
    finally:
        again.close()


@pytest.mark.parametrize("name", ODD_NAMES)
def test_an_oddly_named_journal_file_is_that_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.rapport"
    journal = Journal.open(path)
    journal.customers.create(CustomerDraft(name="Bea"))
    journal.close()
    assert files_under(tmp_path) == [f"{name}.rapport"]
    assert names_in(path) == ["Bea"]


def test_two_folders_that_differ_after_a_question_mark_keep_two_journals(tmp_path: Path) -> None:
    for shop, name in (("shop?1", "Ada"), ("shop?2", "Bea")):
        journal = Journal.open(tmp_path / shop / "journal.rapport")
        journal.customers.create(CustomerDraft(name=name))
        journal.close()
    assert names_in(tmp_path / "shop?1" / "journal.rapport") == ["Ada"]
    assert names_in(tmp_path / "shop?2" / "journal.rapport") == ["Bea"]
    assert not (tmp_path / "shop").exists()


def test_another_programs_database_behind_a_question_mark_is_refused(tmp_path: Path) -> None:
    # The sibling "shop" is a Rapport journal; the chosen file is another program's.
    decoy = Journal.open(tmp_path / "shop")
    decoy.close()
    foreign = tmp_path / "shop?1" / "journal.rapport"
    foreign.parent.mkdir()
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = foreign.read_bytes()
    with pytest.raises(NotAJournalError):
        Journal.open(foreign)
    assert foreign.read_bytes() == before


@pytest.mark.parametrize("name", ["shop?1", "notes#2", "100%41", "Müller – 日本"])
def test_backups_and_checks_of_an_oddly_named_journal_read_that_journal(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / name / "journal.rapport"
    journal = Journal.open(path)
    journal.customers.create(CustomerDraft(name="Ada"))
    journal.close()
    info = take_backup(path, "manual")
    assert [b.path for b in list_backups(path)] == [info.path]
    assert check_backup(info.path) is None
    assert names_in(info.path) == ["Ada"]
    assert integrity.quick_check(path) is None
    assert integrity.full_check(path) is None
    # The check reads the chosen file, not the path cut at "?" or decoded at "%".
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4080)
    assert integrity.quick_check(path) is not None


def test_a_very_long_path_is_stored_there_or_refused_in_words(tmp_path: Path) -> None:
    folder = tmp_path
    for i in range(6):  # about 1,500 characters: past SQLite's own limit on some systems
        folder = folder / (f"{i}?{'x' * 240}")
    folder.mkdir(parents=True)
    path = folder / "journal.rapport"
    try:
        journal = Journal.open(path)
    except JournalError as exc:
        assert "sqlite" not in str(exc).lower()
        assert files_under(tmp_path) == []
        return
    journal.customers.create(CustomerDraft(name="Ada"))
    journal.close()
    assert names_in(path) == ["Ada"]
    assert files_under(tmp_path) == [str(path.relative_to(tmp_path))]


def test_a_journal_copied_to_a_very_long_path_is_not_called_damaged(tmp_path: Path) -> None:
    folder = tmp_path
    for i in range(6):
        folder = folder / (f"{i}#{'y' * 240}")
    folder.mkdir(parents=True)
    path = folder / "journal.rapport"
    journal = Journal.open(tmp_path / "short.rapport")
    journal.customers.create(CustomerDraft(name="Ada"))
    journal.close()
    path.write_bytes((tmp_path / "short.rapport").read_bytes())
    before = path.read_bytes()
    try:
        Journal.open(path).close()
    except JournalError as exc:
        assert "damaged" not in exc.message and "sqlite" not in str(exc).lower()
        assert "could not be opened" in exc.message
        assert path.read_bytes() == before
