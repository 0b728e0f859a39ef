"""Partial indexes for the customer list's last contact, next follow-up and stage

The customer list sorts by values computed per customer (latest contact, earliest open
follow-up, current stage). Each is a correlated subquery; these partial indexes hold
exactly the rows those subqueries read, so each is one index seek. The queries in
store/timeline.py spell their conditions the same way (literals, `IS 0`), which SQLite
needs to see that a partial index applies. PostgreSQL gets the same conditions in its
own spelling (`postgresql_where`: a boolean is `false` there, never 0).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the three partial indexes."""
    op.create_index(
        "ix_entry_last_contact",
        "entry",
        ["customer_id", "occurred_at"],
        sqlite_where=sa.text("deleted_at IS NULL AND kind NOT IN ('commitment_broken', 'note')"),
        postgresql_where=sa.text(
            "deleted_at IS NULL AND kind NOT IN ('commitment_broken', 'note')"
        ),
    )
    op.create_index(
        "ix_entry_open_follow_up",
        "entry",
        ["customer_id", "follow_up_on"],
        sqlite_where=sa.text(
            "deleted_at IS NULL AND follow_up_on IS NOT NULL AND follow_up_done IS 0"
        ),
        postgresql_where=sa.text(
            "deleted_at IS NULL AND follow_up_on IS NOT NULL AND follow_up_done IS false"
        ),
    )
    op.create_index(
        "ix_stage_change_live",
        "stage_change",
        ["customer_id", "occurred_at", "id"],
        sqlite_where=sa.text("deleted_at IS NULL"),
        postgresql_where=sa.text("deleted_at IS NULL"),
    )


def downgrade() -> None:
    """Drop them again."""
    op.drop_index("ix_stage_change_live", table_name="stage_change")
    op.drop_index("ix_entry_open_follow_up", table_name="entry")
    op.drop_index("ix_entry_last_contact", table_name="entry")
