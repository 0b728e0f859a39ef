"""Upgrading to 0012 adds the team journal's rules table, empty, and touches nothing else."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from rapport.store import Journal
from rapport.store.migrate import head_revision

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_a_0011_journal_gains_an_empty_rules_table_and_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "journal-0011.rapport"
    shutil.copyfile(FIXTURES / "journal-0011.rapport", path)
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        before = {t: conn.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables}
    assert "journal_rule" not in tables
    Journal.open(path).close()
    with sqlite3.connect(path) as conn:
        for table in tables:
            if table != "alembic_version":
                assert conn.execute(f'SELECT * FROM "{table}"').fetchall() == before[table]
        assert conn.execute("SELECT count(*) FROM journal_rule").fetchone() == (0,)
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    assert revision == head_revision()
    assert before["entry"]
