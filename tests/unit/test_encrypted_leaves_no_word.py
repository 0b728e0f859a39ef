"""Issue 17: once a journal is encrypted, no file under its folders holds the owner's words."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from storehelp import customer, entry

from rapport.domain.drafts import NO_CUSTOMER, TypedEntry
from rapport.domain.entries import EntryDraft
from rapport.logs import setup_logging
from rapport.store import Journal, backup, cipher, encrypt
from rapport.store.clock import utcnow
from rapport.store.drafts import DraftStore
from rapport.transfer import sealed
from rapport.transfer.exporting import ExportFormat, export

WORD = "Quittenbrotzeit"


@pytest.fixture
def log_file(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> Iterator[Path]:
    caplog.set_level(logging.DEBUG)
    path = setup_logging(verbose=True, path=tmp_path / "logs" / "rapport.log")
    assert path is not None
    yield path
    root = logging.getLogger("rapport")
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", None) == str(path):
            handler.close()
            root.removeHandler(handler)
    cipher.forget_all()


def holding(folder: Path, word: str) -> list[str]:
    """Every file under folder whose bytes hold the word (as UTF-8 or UTF-16)."""
    needles = (word.encode(), word.encode("utf-16-le"))
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if any(n in data for n in needles):
            found.append(str(path.relative_to(folder)))
    return found


def typed(body: str) -> TypedEntry:
    now = utcnow()
    return TypedEntry("d1", None, "", EntryDraft(NO_CUSTOMER, now, body=body), now)


@pytest.mark.parametrize("start", ["plain, then encrypted", "encrypted from the start"])
def test_no_file_and_no_log_line_holds_a_word_of_an_encrypted_journal(
    tmp_path: Path, log_file: Path, caplog: pytest.LogCaptureFixture, start: str
) -> None:
    books = tmp_path / "books"
    path = books / "journal.rapport"
    first = None if start.startswith("plain") else "open sesame"
    journal = Journal.open(path, passphrase=first)
    try:
        cid = customer(journal, f"Anna {WORD}")
        entry(journal, cid, 1, body=f"Bring {WORD} next time.")
        backup.backup_journal(journal.engine, path, "manual")
        DraftStore(path).save(typed(f"half a thought about {WORD}"))
    finally:
        journal.close()
    if first is None:
        assert holding(books, WORD), "the scan finds the word in a plain journal"
        encrypt.change_passphrase(path, None, "open sesame")
    journal = Journal.open(path, passphrase="open sesame")
    try:
        entry(journal, cid, 2, body=f"Again {WORD}.")  # the WAL and SHM exist now
        backup.take_backup(path, "daily")
        DraftStore(path).save(typed(f"another {WORD} draft"))
        with journal.transfer.reading(None) as rows:  # an export sealed with a passphrase
            sealed.export_sealed(
                books / "export.json", "export words", lambda p: export(p, rows, ExportFormat.JSON)
            )
        assert (books / "journal.rapport-wal").exists()
        assert holding(books, WORD) == []
        assert [t.entry.body for t in DraftStore(path).list()][-1] == f"another {WORD} draft"
        assert journal.search.search(WORD)
        assert sealed.is_sealed((books / "export.json").read_bytes())
    finally:
        journal.close()
    assert holding(books, WORD) == []
    assert WORD not in log_file.read_text("utf-8")
    assert not [r for r in caplog.records if WORD in r.getMessage()]
    assert "open sesame" not in log_file.read_text("utf-8")
