"""The evidence the relationship rules read: plain frozen records, no database.

The store builds these from the journal (a few queries for the whole book); the
health, risk, suggestion and Today rules only ever see these records, so every rule
can be tested with hand-made examples and gives the same answer every time.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from rapport.domain.checkins import CheckIn
from rapport.domain.customers import Status
from rapport.domain.kinds import EntryKind, Side
from rapport.domain.levels import Level
from rapport.domain.lifecycle import StageSpan
from rapport.domain.people import RelationshipKind
from rapport.domain.stages import Stage


@dataclass(frozen=True)
class EntryFact:
    """One journal entry as the rules see it: what, when, and how it felt."""

    kind: EntryKind
    at: datetime
    sentiment: int | None = None
    id: int | None = None
    #: For a commitment, whose word it is; anything else has no side.
    side: Side | None = None
    #: Who of our own people took part (their ids); fed once the journal knows them.
    served_by: frozenset[int] = frozenset()

    @property
    def ref(self) -> str:
        """A stable name for the entry ("entry:42"), used to remember dismissals."""
        return f"entry:{self.id}" if self.id is not None else f"at:{self.at.isoformat()}"


def _at(entry: EntryFact) -> datetime:
    return entry.at


def entries_between(
    entries: Sequence[EntryFact],
    lo: datetime | None,
    hi: datetime,
    *,
    from_lo: bool = False,
) -> Sequence[EntryFact]:
    """The entries after `lo` (from it, with `from_lo`) up to and including `hi`.

    `entries` sorted by time, as `RelationshipFacts` holds them: two binary searches
    instead of a pass over a long history (a rule asks for the last weeks of it).
    None for `lo`: from the first entry.
    """
    if lo is None:
        start = 0
    elif from_lo:
        start = bisect_left(entries, lo, key=_at)
    else:
        start = bisect_right(entries, lo, key=_at)
    return entries[start : bisect_right(entries, hi, lo=start, key=_at)]


@dataclass(frozen=True)
class FollowUp:
    """An open follow-up: an entry's "get back to them on" date not yet ticked off."""

    entry_id: int
    customer_id: int
    due: date
    title: str
    kind: EntryKind = EntryKind.NOTE
    #: A private entry's text is never shown outside its page (notifications say only its kind).
    private: bool = False


@dataclass(frozen=True)
class RelationshipFacts:
    """Everything the rules know about one customer, oldest evidence first.

    `entries`, `stages` and `check_ins` must be sorted by time (the store does so;
    `sorted_copy` helps hand-made examples). `dismissed` holds the (stage, basis)
    pairs of stage suggestions the owner turned down.
    """

    customer_id: int
    name: str = ""
    level: Level = Level.PROFESSIONAL
    status: Status = Status.ACTIVE
    account_value: Decimal | None = None
    currency: str = "EUR"
    cadence_days: int | None = None
    created_at: datetime | None = None
    entries: tuple[EntryFact, ...] = ()
    stages: tuple[StageSpan, ...] = ()
    check_ins: tuple[CheckIn, ...] = ()
    dismissed: frozenset[tuple[Stage, str]] = field(default_factory=frozenset)
    #: The (level, basis) pairs of level suggestions the owner turned down.
    dismissed_levels: frozenset[tuple[Level, str]] = field(default_factory=frozenset)
    #: The first purchase ever, when `entries` may not reach back to it (Today's reading).
    first_purchase_at: datetime | None = None
    #: Birthdays of the people at this relationship: (name, date of birth).
    birthdays: tuple[tuple[str, date], ...] = ()
    #: Customer, supplier or partner: the rules' sentences say which.
    kind: RelationshipKind = RelationshipKind.CUSTOMER

    @property
    def started_at(self) -> datetime | None:
        """When the relationship began: the earliest entry, stage change or creation."""
        moments = [m for m in (self.created_at,) if m is not None]
        if self.entries:
            moments.append(self.entries[0].at)
        if self.stages:
            moments.append(self.stages[0].at)
        return min(moments) if moments else None

    @property
    def first_purchase(self) -> datetime | None:
        """When they first bought: the earliest purchase entry, or `first_purchase_at`."""
        found = next((e.at for e in self.entries if e.kind is EntryKind.PURCHASE), None)
        given = self.first_purchase_at
        if found is None or given is None:
            return found or given
        return min(found, given)

    def sorted_copy(self) -> RelationshipFacts:
        """The same facts with entries, stages and check-ins sorted by time."""
        from dataclasses import replace

        return replace(
            self,
            entries=tuple(sorted(self.entries, key=lambda e: e.at)),
            stages=tuple(sorted(self.stages, key=lambda s: s.at)),
            check_ins=tuple(sorted(self.check_ins, key=lambda c: c.at)),
        )


@dataclass(frozen=True)
class BookFacts:
    """The facts of every customer in the book, plus the open follow-ups."""

    customers: tuple[RelationshipFacts, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()
