"""SQLModel tables. The schema itself is made by the Alembic migrations, not create_all.

Times are timezone-aware UTC (SQLModel stores them without offset and gives them
back as UTC). Rows are soft-deleted with `deleted_at` so a delete can be undone.
Money is kept in integer cents so SQLite never rounds it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index, String, UniqueConstraint, text
from sqlmodel import Field, SQLModel


class Customer(SQLModel, table=True):
    """A person or organisation the owner does business with."""

    __tablename__ = "customer"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_type=String(collation="NOCASE"), index=True)
    organisation: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    website: str = ""
    about: str = ""
    level: str = "professional"
    account_value_cents: int | None = None
    currency: str = "EUR"
    cadence_days: int | None = None
    status: str = Field(default="active", index=True)
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = None


class Tag(SQLModel, table=True):
    """A label the owner puts on customers ("wholesale", "Berlin")."""

    __tablename__ = "tag"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_type=String(collation="NOCASE"), unique=True)


class CustomerTag(SQLModel, table=True):
    """Which customer carries which tag."""

    __tablename__ = "customer_tag"

    customer_id: int = Field(foreign_key="customer.id", primary_key=True, ondelete="CASCADE")
    tag_id: int = Field(foreign_key="tag.id", primary_key=True, ondelete="CASCADE", index=True)


class Entry(SQLModel, table=True):
    """One journal note about one customer."""

    __tablename__ = "entry"
    __table_args__ = (
        Index("ix_entry_customer_time", "customer_id", "occurred_at"),
        Index("ix_entry_follow_up", "follow_up_on"),
        # What the customer list's sort keys read (migration 0004 says why).
        Index(
            "ix_entry_last_contact",
            "customer_id",
            "occurred_at",
            sqlite_where=text("deleted_at IS NULL AND kind NOT IN ('commitment_broken', 'note')"),
        ),
        Index(
            "ix_entry_open_follow_up",
            "customer_id",
            "follow_up_on",
            sqlite_where=text(
                "deleted_at IS NULL AND follow_up_on IS NOT NULL AND follow_up_done IS 0"
            ),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", ondelete="CASCADE")
    occurred_at: datetime
    kind: str = "note"
    title: str = ""
    body: str = ""
    sentiment: int | None = None
    private: bool = False
    follow_up_on: date | None = None
    follow_up_done: bool = False
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = None


class StageChange(SQLModel, table=True):
    """A customer moved to a lifecycle stage at a time; the latest one is the current stage."""

    __tablename__ = "stage_change"
    __table_args__ = (
        Index("ix_stage_change_customer_time", "customer_id", "occurred_at"),
        Index(
            "ix_stage_change_live",
            "customer_id",
            "occurred_at",
            "id",
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", ondelete="CASCADE")
    stage: str
    occurred_at: datetime
    reason: str = ""
    entry_id: int | None = Field(default=None, foreign_key="entry.id", ondelete="SET NULL")
    created_at: datetime
    deleted_at: datetime | None = None


class CheckIn(SQLModel, table=True):
    """A periodic self-assessment of one relationship: six answers (1–5, NULL = don't know)."""

    __tablename__ = "check_in"
    __table_args__ = (Index("ix_check_in_customer_time", "customer_id", "taken_at"),)

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", ondelete="CASCADE")
    taken_at: datetime
    trust: int | None = None
    their_word: int | None = None
    value: int | None = None
    help: int | None = None
    needs: int | None = None
    liking: int | None = None
    note: str = ""
    created_at: datetime
    deleted_at: datetime | None = None


class DismissedSuggestion(SQLModel, table=True):
    """A stage suggestion the owner turned down, remembered by what it rested on."""

    __tablename__ = "dismissed_suggestion"
    __table_args__ = (
        UniqueConstraint("customer_id", "stage", "basis", name="uq_dismissed_suggestion"),
    )

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", ondelete="CASCADE")
    stage: str
    basis: str
    dismissed_at: datetime
