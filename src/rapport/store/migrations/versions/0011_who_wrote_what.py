"""Who wrote what: an entry's, a stage change's and a check-in's author and last editor

`author` and `editor` are nullable text: on a team journal the server's login of the
person who wrote the row and of the one who saved it last (store/authors.py); in a
journal file, whose one writer is its owner, they stay NULL, as they do for every row
written before. `ADD COLUMN` keeps the tables and their triggers (the search index's).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("entry", "stage_change", "check_in")


def upgrade() -> None:
    """Add `author` and `editor`, NULL for every row already there."""
    for table in TABLES:
        op.add_column(table, sa.Column("author", sa.String(), nullable=True))
        op.add_column(table, sa.Column("editor", sa.String(), nullable=True))


def downgrade() -> None:
    """Drop the columns (SQLite 3.35+ drops columns in place)."""
    for table in TABLES:
        op.drop_column(table, "editor")
        op.drop_column(table, "author")
