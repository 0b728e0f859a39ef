"""The personal journal's schema is exactly what it was before the team journal came.

Every migration now also runs on PostgreSQL, with branches for that server. On SQLite
not one character of the schema may differ: a fresh journal, migrated to any revision,
holds the very table, index and trigger definitions as the fixture journal that the
Rapport of that revision wrote (tests/fixtures/journal-<revision>.rapport).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic import command

from rapport.store import Journal
from rapport.store.engine import make_engine
from rapport.store.migrate import SCHEMA_HEAD, alembic_config

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
REVISIONS = sorted(p.stem.removeprefix("journal-") for p in FIXTURES.glob("journal-*.rapport"))


def schema(path: Path) -> list[tuple[Any, ...]]:
    """Every definition in the file, in a stable order, with its header's ids."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
        header = [
            conn.execute(f"PRAGMA {p}").fetchone() for p in ("application_id", "user_version")
        ]
    finally:
        conn.close()
    return [*rows, *header]


@pytest.mark.parametrize("revision", REVISIONS)
def test_migrating_a_new_file_gives_the_schema_that_revision_always_had(
    revision: str, tmp_path: Path
) -> None:
    path = tmp_path / "journal.rapport"
    engine = make_engine(path, is_new=True)
    try:
        config = alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
    finally:
        engine.dispose()
    assert schema(path) == schema(FIXTURES / f"journal-{revision}.rapport")


def test_a_new_journal_has_the_schema_of_the_newest_fixture(tmp_path: Path) -> None:
    path = tmp_path / "journal.rapport"
    Journal.open(path).close()
    assert schema(path) == schema(FIXTURES / f"journal-{SCHEMA_HEAD}.rapport")
