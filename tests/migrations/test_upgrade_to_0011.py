"""Upgrading to 0011 gives entries, stage changes and check-ins an author and an editor,
NULL for every row already there (and for every row a journal file writes)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from rapport.store import Journal

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TABLES = ("entry", "stage_change", "check_in")


def test_a_0010_journal_gains_authors_and_editors_left_empty(tmp_path: Path) -> None:
    path = tmp_path / "journal-0010.rapport"
    shutil.copyfile(FIXTURES / "journal-0010.rapport", path)
    with sqlite3.connect(path) as conn:
        before = {t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in TABLES}
    Journal.open(path).close()
    with sqlite3.connect(path) as conn:
        for table in TABLES:
            after = conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            assert [row[:-2] for row in after] == before[table]
            assert {row[-2:] for row in after} <= {(None, None)}
            columns = [c[1] for c in conn.execute(f"PRAGMA table_info({table})")]
            assert columns[-2:] == ["author", "editor"]
    assert before["entry"] and before["stage_change"]
