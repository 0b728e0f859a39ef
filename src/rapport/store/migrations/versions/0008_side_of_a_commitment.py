"""A commitment's side: whose word it is (ours or theirs)

Entries get `side`, nullable text: "ours" or "theirs" on a commitment, NULL on every
other kind. Commitments written before are left NULL and count as ours (the owner wrote
down what they had promised; domain.entries.side_of). `ADD COLUMN` keeps the table and
its triggers (the search index's).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add `entry.side`, NULL for every entry already there."""
    op.add_column("entry", sa.Column("side", sa.String(), nullable=True))


def downgrade() -> None:
    """Drop the column (SQLite 3.35+ drops columns in place)."""
    op.drop_column("entry", "side")
