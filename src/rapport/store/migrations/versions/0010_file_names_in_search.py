"""File names in search: `entry.files_text` holds the names of the files on an entry

Search finds an entry by the name of a file on it. The names are copied into the
entry's row (a line each, live files only; store/attachments.py keeps them) because
the SQLite index is an external-content index over `entry`, which can read no other
table. On SQLite the entry index and its triggers are made again with the new column
(frozen copies of store/search_fts5_schema.py as of this revision) and filled.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from collections import defaultdict
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_DROP = (
    "DROP TRIGGER IF EXISTS search_entry_ai",
    "DROP TRIGGER IF EXISTS search_entry_ad",
    "DROP TRIGGER IF EXISTS search_entry_au",
    "DROP TABLE IF EXISTS search_entry_terms",
    "DROP TABLE IF EXISTS search_entry",
)

_CREATE = (
    """CREATE VIRTUAL TABLE IF NOT EXISTS search_entry USING fts5(
        title, body, files_text, content='entry', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3')""",
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_entry_terms USING fts5vocab(search_entry, 'row')",
    """CREATE TRIGGER IF NOT EXISTS search_entry_ai
        AFTER INSERT ON entry BEGIN
            INSERT INTO search_entry(rowid, title, body, files_text)
            VALUES (new.id, new.title, new.body, new.files_text);
        END""",
    """CREATE TRIGGER IF NOT EXISTS search_entry_ad
        AFTER DELETE ON entry BEGIN
            INSERT INTO search_entry(search_entry, rowid, title, body, files_text)
            VALUES ('delete', old.id, old.title, old.body, old.files_text);
        END""",
    """CREATE TRIGGER IF NOT EXISTS search_entry_au
        AFTER UPDATE OF id, title, body, files_text ON entry BEGIN
            INSERT INTO search_entry(search_entry, rowid, title, body, files_text)
            VALUES ('delete', old.id, old.title, old.body, old.files_text);
            INSERT INTO search_entry(rowid, title, body, files_text)
            VALUES (new.id, new.title, new.body, new.files_text);
        END""",
    "INSERT INTO search_entry(search_entry) VALUES ('rebuild')",
)


def upgrade() -> None:
    """Add the column, fill it from the live files, and index it (SQLite)."""
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:
        for statement in _DROP:
            op.execute(statement)
    op.add_column("entry", sa.Column("files_text", sa.String(), nullable=False, server_default=""))
    names: defaultdict[int, list[str]] = defaultdict(list)
    rows = bind.exec_driver_sql(
        "SELECT entry_id, filename FROM attachment WHERE deleted_at IS NULL ORDER BY id"
    )
    for entry_id, filename in rows:
        names[entry_id].append(filename)
    if names:
        bind.execute(
            sa.text("UPDATE entry SET files_text = :text WHERE id = :id"),
            [{"id": key, "text": "\n".join(value)} for key, value in names.items()],
        )
    if sqlite:
        for statement in _CREATE:
            op.execute(statement)


def downgrade() -> None:
    """Back to searching notes only: the index as 0009 left it, the column gone."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        for statement in _DROP:
            op.execute(statement)
    with op.batch_alter_table("entry") as batch:
        batch.drop_column("files_text")
    if sqlite:
        for statement in _CREATE:
            op.execute(_unfiled(statement))


def _unfiled(statement: str) -> str:
    """A statement of 0010's index as 0009 had it: without the files' names."""
    return (
        statement.replace(", files_text, content=", ", content=")
        .replace(", body, files_text)", ", body)")
        .replace(", new.files_text)", ")")
        .replace(", old.files_text)", ")")
        .replace("OF id, title, body, files_text ON", "OF id, title, body ON")
    )
