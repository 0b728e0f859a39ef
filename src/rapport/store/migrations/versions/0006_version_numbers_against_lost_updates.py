"""Version numbers on customers, entries, check-ins and stage changes: no lost update

Each row gets `version` (1 for every row already there). Every save through the store
adds one (store/versions.py); a save made from a copy whose version is no longer the
row's is merged field by field instead of overwriting what another window or process
saved meanwhile (domain/merge.py). `ADD COLUMN` keeps the tables and their triggers.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("customer", "entry", "check_in", "stage_change")


def upgrade() -> None:
    """Add `version`, 1 for every existing row (trashed ones too)."""
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    """Drop the columns (SQLite 3.35+ drops columns in place)."""
    for table in TABLES:
        op.drop_column(table, "version")
