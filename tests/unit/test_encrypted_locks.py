"""Telling plain from encrypted never costs an open journal its locks.

Closing any handle on a file drops every POSIX lock the process holds on it, SQLite's
included: were the journal's header read again while it is open, another program
closing it would take the open journal's WAL away with it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from storehelp import customer

from rapport.domain.drafts import NO_CUSTOMER, TypedEntry
from rapport.domain.entries import EntryDraft
from rapport.store import Journal, cipher
from rapport.store.clock import utcnow
from rapport.store.drafts import DraftStore

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks")
WRITER = """
import sys
from pathlib import Path
from rapport.store import cipher
conn = cipher.connect(Path(sys.argv[1]), passphrase=sys.argv[2] or None)
conn.execute("PRAGMA journal_mode = WAL")
conn.execute("UPDATE customer SET name = name")
conn.commit()
conn.close()
"""


@pytest.fixture(autouse=True)
def _forget() -> Iterator[None]:
    yield
    cipher.forget_all()


@pytest.mark.parametrize("passphrase", ["", "a passphrase"], ids=["plain", "encrypted"])
def test_another_program_closing_the_journal_leaves_the_open_journals_wal(
    journal_path: Path, passphrase: str
) -> None:
    journal = Journal.open(journal_path, passphrase=passphrase or None)
    try:
        customer(journal, "Anna")
        now = utcnow()
        for _ in range(3):  # what asks "plain or encrypted?" while the journal is open
            assert cipher.looks_encrypted(journal_path) == bool(passphrase)
            DraftStore(journal_path).save(
                TypedEntry("d", None, "", EntryDraft(NO_CUSTOMER, now, body="x"), now)
            )
        src = str(Path(cipher.__file__).parents[2])
        subprocess.run(
            [sys.executable, "-c", WRITER, str(journal_path), passphrase],
            check=True,
            env={**os.environ, "PYTHONPATH": src},
        )
        assert journal_path.with_name("journal.rapport-wal").exists()
        assert not journal.file_moved()
    finally:
        journal.close()
