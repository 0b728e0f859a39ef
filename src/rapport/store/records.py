"""Plain, read-only records the store hands to the UI and the command line.

They are detached from any database session, so a view can keep them as long as it
likes; changes go back through the store's methods, never through these objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from rapport.domain.customers import Status
from rapport.domain.entries import EntryDraft
from rapport.domain.levels import Level
from rapport.domain.people import Labelled, RelationshipKind
from rapport.domain.stages import Stage
from rapport.store.change import Change

if TYPE_CHECKING:
    from rapport.store.attachments import AttachmentRecord

__all__ = [
    "Change",
    "CustomerHeader",
    "CustomerRecord",
    "CustomerSort",
    "CustomerSummary",
    "EntryRecord",
    "OurPersonRecord",
    "PersonRecord",
    "StageChangeRecord",
    "TimelineItem",
]


class CustomerSort(StrEnum):
    """Ways the customer list can be ordered (all done in SQL)."""

    NAME = "name"
    STAGE = "stage"
    LAST_CONTACT = "last_contact"
    NEXT_FOLLOW_UP = "next_follow_up"


@dataclass(frozen=True)
class CustomerSummary:
    """One row of the customer list."""

    id: int
    name: str
    organisation: str
    status: Status
    level: Level
    stage: Stage | None
    stage_since: datetime | None
    last_contact: datetime | None
    next_follow_up: date | None
    kind: RelationshipKind = RelationshipKind.CUSTOMER
    #: Without an organisation of its own: its main contact (or first person still there).
    contact: str = ""


@dataclass(frozen=True)
class CustomerRecord:
    """Everything about one customer, as the detail page and the edit form need it."""

    id: int
    name: str
    organisation: str
    role: str
    email: str
    phone: str
    address: str
    website: str
    about: str
    tags: tuple[str, ...]
    level: Level
    account_value: Decimal | None
    currency: str
    cadence_days: int | None
    status: Status
    created_at: datetime
    updated_at: datetime
    #: The row's version when read: the base an edit started from (see store/versions.py).
    version: int = 1
    kind: RelationshipKind = RelationshipKind.CUSTOMER


@dataclass(frozen=True, kw_only=True)
class EntryRecord(EntryDraft):
    """One saved journal entry: its fields (`EntryDraft`), and which row, saved when.

    The one shape of an entry the views, the dialogs and the reports read; what an
    edit writes back is its `EntryDraft` part, with this record as the merge's base.
    """

    id: int
    created_at: datetime
    updated_at: datetime
    #: The row's version when read: the base an edit started from (see store/versions.py).
    version: int = 1
    #: Who wrote it and who saved it last (a team journal's logins; None in a journal file).
    author: str | None = None
    editor: str | None = None


@dataclass(frozen=True)
class StageChangeRecord:
    """One move of a customer to a lifecycle stage."""

    id: int
    customer_id: int
    stage: Stage
    occurred_at: datetime
    reason: str
    entry_id: int | None
    version: int = 1
    #: Who moved it (a team journal's login; None in a journal file).
    author: str | None = None


@dataclass(frozen=True)
class TimelineItem:
    """A row of a customer's timeline: an entry or a stage change."""

    entry: EntryRecord | None = None
    stage_change: StageChangeRecord | None = None
    #: Who took part in the entry: our people's names (the owner's as ""), and theirs.
    ours: tuple[str, ...] = ()
    theirs: tuple[str, ...] = ()
    #: The entry's files (filled in by the timeline's model, a page at a time).
    files: tuple[AttachmentRecord, ...] = ()

    @property
    def at(self) -> datetime:
        """When it happened."""
        if self.entry is not None:
            return self.entry.occurred_at
        assert self.stage_change is not None
        return self.stage_change.occurred_at

    @property
    def key(self) -> tuple[str, int]:
        """A stable identity for the row: ("entry", 12) or ("stage", 3)."""
        if self.entry is not None:
            return ("entry", self.entry.id)
        assert self.stage_change is not None
        return ("stage", self.stage_change.id)


@dataclass(frozen=True)
class CustomerHeader:
    """What the customer page's header shows."""

    customer: CustomerRecord
    stage: Stage | None
    stage_since: datetime | None
    last_contact: datetime | None
    next_follow_up: date | None
    entry_count: int
    stage_history: tuple[StageChangeRecord, ...] = field(default=())


@dataclass(frozen=True)
class PersonRecord:
    """One person at a relationship, as the customer page and the person dialog show it."""

    id: int
    customer_id: int
    name: str
    role: str
    emails: tuple[Labelled, ...]
    phones: tuple[Labelled, ...]
    birthday: date | None
    note: str
    main: bool
    left_on: date | None
    updated_at: datetime
    #: The row's version when read: the base an edit started from (see store/versions.py).
    version: int = 1

    @property
    def gone(self) -> bool:
        """Whether they are no longer there."""
        return self.left_on is not None


@dataclass(frozen=True)
class OurPersonRecord:
    """One of the owner's own people; `me` is the owner."""

    id: int
    name: str
    me: bool
    version: int = 1
