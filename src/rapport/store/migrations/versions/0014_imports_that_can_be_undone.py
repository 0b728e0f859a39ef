"""Imports that can be undone: `import_batch` remembers what each CSV or vCard import wrote

An import used to be preceded by a full verified backup of the journal, which the owner
waited for after clicking Import (seconds on a big journal). Instead each import now
records, in its own transaction, the relationships it created, the people it added to
relationships already there and the About texts it appended to, so Undo import takes
exactly those back (store/import_batches.py). A new table; nothing existing is touched.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create `import_batch`, empty."""
    op.create_table(
        "import_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("customer_ids", sa.String(), nullable=False),
        sa.Column("person_ids", sa.String(), nullable=False),
        sa.Column("abouts", sa.String(), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    """Drop it (the imports recorded so far can then no longer be undone)."""
    op.drop_table("import_batch")
