"""Upgrading to 0014 adds the imports' batches table, empty, and touches nothing else."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from rapport.store import Journal
from rapport.store.migrate import head_revision

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_a_0013_journal_gains_an_empty_import_batch_table_and_keeps_every_row(
    tmp_path: Path,
) -> None:
    path = tmp_path / "journal-0013.rapport"
    shutil.copyfile(FIXTURES / "journal-0013.rapport", path)
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        before = {t: conn.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables}
    assert "import_batch" not in tables
    Journal.open(path).close()
    with sqlite3.connect(path) as conn:
        for table in tables:
            if table != "alembic_version":
                assert conn.execute(f'SELECT * FROM "{table}"').fetchall() == before[table]
        assert conn.execute("SELECT count(*) FROM import_batch").fetchone() == (0,)
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    assert revision == head_revision() >= "0014"
    assert before["customer"]


def test_an_upgraded_journal_records_and_undoes_an_import(tmp_path: Path) -> None:
    from rapport.domain.customers import CustomerDraft
    from rapport.transfer.rows import Candidate

    path = tmp_path / "journal-0013.rapport"
    shutil.copyfile(FIXTURES / "journal-0013.rapport", path)
    journal = Journal.open(path)
    try:
        count = journal.customers.count()
        steps = journal.transfer.import_customers(
            [Candidate("line 2", CustomerDraft(name="Imported after the upgrade"))], "a.csv"
        )
        for _ in steps:
            pass
        [batch] = journal.imports.recent()
        journal.imports.undo(batch.id)
        assert journal.customers.count() == count
    finally:
        journal.close()


def test_a_new_journal_has_the_import_batch_table(journal_path: Path) -> None:
    Journal.open(journal_path).close()
    with sqlite3.connect(journal_path) as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(import_batch)")]
    assert columns == [
        "id",
        "source",
        "imported_at",
        "kind",
        "customer_ids",
        "person_ids",
        "abouts",
        "undone_at",
    ]
