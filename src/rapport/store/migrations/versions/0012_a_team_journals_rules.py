"""A team journal's relationship rules: one table the whole team reads, its owners write

`journal_rule` holds Settings → Relationship rules for a team journal, keyed as the
settings file keys them ("rules/cadence/personal" → 21): so every colleague's health
scores and reminders follow the same rules, and only an owner may change them (the
server's grants, store/team.py). A journal file leaves it empty: its owner's rules
stay in their settings, as always. A new table; nothing existing is touched.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create `journal_rule`."""
    op.create_table(
        "journal_rule",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )


def downgrade() -> None:
    """Drop it (a team journal's colleagues then follow their own settings again)."""
    op.drop_table("journal_rule")
