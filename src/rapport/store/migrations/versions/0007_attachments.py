"""Attachments: files on entries, stored inside the journal once per content

Two new tables, nothing existing is touched: `blob` holds each distinct file's bytes
(keyed by its SHA-256, so the same photo attached twice is stored once), and
`attachment` names a file on an entry. Inside the journal, every backup, restore and
move carries them, and nothing points to files that can go missing.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create `blob` and `attachment`."""
    op.create_table(
        "blob",
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("blob_sha256", sa.String(), nullable=False),
        sa.Column("filename", sa.String(), nullable=False),
        sa.Column("content_type", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["entry_id"], ["entry.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["blob_sha256"], ["blob.sha256"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_attachment_entry", "attachment", ["entry_id"])
    op.create_index("ix_attachment_customer_id", "attachment", ["customer_id"])
    op.create_index("ix_attachment_blob_sha256", "attachment", ["blob_sha256"])


def downgrade() -> None:
    """Drop both tables (the files go with them)."""
    op.drop_table("attachment")
    op.drop_table("blob")
