"""Turning table rows into the detached records handed out by the store."""

from __future__ import annotations

from decimal import Decimal

from rapport.domain.customers import Status
from rapport.domain.entries import entry_values
from rapport.domain.levels import Level
from rapport.domain.lifecycle import reason_words
from rapport.domain.people import relationship_kind
from rapport.domain.stages import Stage
from rapport.store.models import Customer, Entry, StageChange
from rapport.store.records import CustomerRecord, EntryRecord, StageChangeRecord


def cents_to_value(cents: int | None) -> Decimal | None:
    """Stored cents to a Decimal amount."""
    return None if cents is None else (Decimal(cents) / 100).quantize(Decimal("0.01"))


def value_to_cents(value: Decimal | None) -> int | None:
    """A Decimal amount to stored cents."""
    return None if value is None else int((value * 100).to_integral_value())


def customer_record(row: Customer, tags: tuple[str, ...]) -> CustomerRecord:
    """A customer row (and its tag names) as a record."""
    assert row.id is not None
    return CustomerRecord(
        id=row.id,
        name=row.name,
        organisation=row.organisation,
        role=row.role,
        email=row.email,
        phone=row.phone,
        address=row.address,
        website=row.website,
        about=row.about,
        tags=tags,
        level=Level(row.level),
        account_value=cents_to_value(row.account_value_cents),
        currency=row.currency,
        cadence_days=row.cadence_days,
        status=Status(row.status),
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
        kind=relationship_kind(row.kind),
    )


def entry_record(row: Entry) -> EntryRecord:
    """An entry row as a record (its fields as `EntryDraft` declares them)."""
    assert row.id is not None
    return EntryRecord(
        **entry_values(row),
        id=row.id,
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
        author=row.author,
        editor=row.editor,
    )


def stage_record(row: StageChange) -> StageChangeRecord:
    """A stage-change row as a record."""
    assert row.id is not None
    return StageChangeRecord(
        id=row.id,
        customer_id=row.customer_id,
        stage=Stage(row.stage),
        occurred_at=row.occurred_at,
        reason=reason_words(row.reason),
        entry_id=row.entry_id,
        version=row.version,
        author=row.author,
    )
