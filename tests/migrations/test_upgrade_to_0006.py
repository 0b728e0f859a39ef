"""Upgrading to 0006 gives every row a version, and the next save adds one."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from rapport.store import Journal

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_a_0005_journal_starts_at_version_one_and_a_save_counts(tmp_path: Path) -> None:
    path = tmp_path / "journal-0005.rapport"
    shutil.copyfile(FIXTURES / "journal-0005.rapport", path)
    journal = Journal.open(path)
    try:
        with sqlite3.connect(path) as conn:
            for table in ("customer", "entry", "check_in", "stage_change"):
                versions = {v for (v,) in conn.execute(f"SELECT version FROM {table}")}
                assert versions <= {1}, table
        first = journal.timeline.customers()[0]
        journal.customers.set_status(first.id, first.status)
        assert journal.customers.get(first.id).version == 2
    finally:
        journal.close()
