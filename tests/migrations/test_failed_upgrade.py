"""A migration that fails half-way leaves every earlier journal byte-identical, and says so."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from rapport.store import Journal, JournalError, migrate
from rapport.store.backup import list_backups
from rapport.store.migrate import head_revision

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
JOURNALS = sorted(FIXTURES.glob("journal-*.rapport"))

FAILING = '''"""a migration that rebuilds and rewrites tables, then fails"""

import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("customer") as batch:  # a full table rebuild
        batch.add_column(sa.Column("nickname", sa.String(), nullable=False, server_default=""))
    op.execute("UPDATE customer SET name = 'overwritten'")
    op.execute("DELETE FROM entry")
    op.drop_table("tag")
    raise RuntimeError("the power went out half-way")


def downgrade() -> None:
    pass
'''


@pytest.fixture
def failing_migrations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The real migrations plus a newer one that fails after changing a lot."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, folder)
    head = head_revision()
    (folder / "versions" / "9999_fails.py").write_text(FAILING.replace("{head}", head))
    monkeypatch.setattr(migrate, "MIGRATIONS", folder)
    monkeypatch.setattr(migrate, "SCHEMA_HEAD", "9999")  # the head as the code would name it


def counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


@pytest.mark.logs_errors
@pytest.mark.parametrize("fixture", JOURNALS, ids=[p.name for p in JOURNALS])
def test_a_failed_upgrade_leaves_the_journal_byte_identical_with_a_backup(
    fixture: Path, tmp_path: Path, failing_migrations: None
) -> None:
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    original = path.read_bytes()
    rows = counts(path)
    with pytest.raises(JournalError) as caught:
        Journal.open(path)
    assert "left exactly as it was" in caught.value.message
    assert path.read_bytes() == original
    assert not Path(f"{path}-wal").exists() or counts(path) == rows
    (backup,) = list_backups(path)
    assert backup.reason == "before-upgrade"
    assert str(backup.path) in caught.value.hint
    assert counts(backup.path) == rows
