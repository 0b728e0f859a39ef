"""What a printed timeline reads: one customer's entries and stage changes, oldest first.

The screen's timeline pages newest first through everything; a printout wants the
opposite — one date range, read in the order things happened, with private entries
left out unless asked for (and a count of how many were, so the dialog can say so).
All of it is a handful of indexed queries on (customer_id, occurred_at).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, and_, func
from sqlmodel import col, select

from rapport.store.convert import entry_record, stage_record
from rapport.store.models import Entry, StageChange
from rapport.store.records import EntryRecord, StageChangeRecord

if TYPE_CHECKING:
    from rapport.store.unit_of_work import Reader


@dataclass(frozen=True)
class TimelineSpan:
    """A customer's timeline between two moments, as a printout needs it."""

    entries: tuple[EntryRecord, ...]
    """Entries in the range, oldest first (private ones only when asked for)."""
    stage_changes: tuple[StageChangeRecord, ...]
    """Stage changes in the range, oldest first."""
    stage_before: StageChangeRecord | None
    """The stage change in force when the range starts (None: none before it)."""
    private_left_out: int
    """How many private entries in the range were left out (0 when they were asked for)."""
    open_follow_ups: tuple[EntryRecord, ...]
    """Entries with a follow-up not yet done, whenever written, soonest due first."""


class ReportQueries:
    """Read-only queries for printed reports (built on demand: `ReportQueries(journal)`)."""

    def __init__(self, reader: Reader) -> None:
        self._reader = reader

    def bounds(self, customer_id: int) -> tuple[datetime | None, datetime | None]:
        """The first and last moment on the customer's timeline (None, None when empty)."""
        with self._reader.read() as session:
            entries = session.execute(
                select(func.min(Entry.occurred_at), func.max(Entry.occurred_at)).where(
                    _entries_of(customer_id)
                )
            ).one()
            stages = session.execute(
                select(func.min(StageChange.occurred_at), func.max(StageChange.occurred_at)).where(
                    _stages_of(customer_id)
                )
            ).one()
        firsts = [m for m in (entries[0], stages[0]) if m is not None]
        lasts = [m for m in (entries[1], stages[1]) if m is not None]
        return (min(firsts) if firsts else None, max(lasts) if lasts else None)

    def span(
        self,
        customer_id: int,
        start: datetime | None = None,
        end: datetime | None = None,
        include_private: bool = False,
    ) -> TimelineSpan:
        """Entries and stage changes with start <= occurred_at < end (open ends allowed)."""
        in_entries = _between(col(Entry.occurred_at), start, end)
        in_stages = _between(col(StageChange.occurred_at), start, end)
        with self._reader.read() as session:
            entry_query = select(Entry).where(_entries_of(customer_id), *in_entries)
            if not include_private:
                entry_query = entry_query.where(col(Entry.private).is_(False))
            entries = session.exec(
                entry_query.order_by(col(Entry.occurred_at), col(Entry.id))
            ).all()
            left_out = 0
            if not include_private:
                left_out = int(
                    session.exec(
                        select(func.count())
                        .select_from(Entry)
                        .where(_entries_of(customer_id), col(Entry.private).is_(True), *in_entries)
                    ).one()
                )
            stages = session.exec(
                select(StageChange)
                .where(_stages_of(customer_id), *in_stages)
                .order_by(col(StageChange.occurred_at), col(StageChange.id))
            ).all()
            before = None
            if start is not None:
                before = session.exec(
                    select(StageChange)
                    .where(
                        _stages_of(customer_id),
                        *_between(col(StageChange.occurred_at), None, start),
                    )
                    .order_by(col(StageChange.occurred_at).desc(), col(StageChange.id).desc())
                    .limit(1)
                ).first()
            follow_query = select(Entry).where(
                _entries_of(customer_id),
                col(Entry.follow_up_on).is_not(None),
                col(Entry.follow_up_done).is_(False),
            )
            if not include_private:
                follow_query = follow_query.where(col(Entry.private).is_(False))
            follow_ups = session.exec(
                follow_query.order_by(col(Entry.follow_up_on), col(Entry.id))
            ).all()
            return TimelineSpan(
                entries=tuple(entry_record(e) for e in entries),
                stage_changes=tuple(stage_record(s) for s in stages),
                stage_before=stage_record(before) if before is not None else None,
                private_left_out=left_out,
                open_follow_ups=tuple(entry_record(e) for e in follow_ups),
            )

    def private_count(
        self, customer_id: int, start: datetime | None = None, end: datetime | None = None
    ) -> int:
        """How many private entries lie in the range: what "include private" would add."""
        with self._reader.read() as session:
            return int(
                session.exec(
                    select(func.count())
                    .select_from(Entry)
                    .where(
                        _entries_of(customer_id),
                        col(Entry.private).is_(True),
                        *_between(col(Entry.occurred_at), start, end),
                    )
                ).one()
            )


def _entries_of(customer_id: int) -> ColumnElement[bool]:
    return and_(col(Entry.customer_id) == customer_id, col(Entry.deleted_at).is_(None))


def _stages_of(customer_id: int) -> ColumnElement[bool]:
    return and_(col(StageChange.customer_id) == customer_id, col(StageChange.deleted_at).is_(None))


def _between(column: Any, start: datetime | None, end: datetime | None) -> list[Any]:
    # Stored times are UTC without an offset: compare with UTC, whatever zone was given.
    conditions = []
    if start is not None:
        conditions.append(column >= start.astimezone(UTC))
    if end is not None:
        conditions.append(column < end.astimezone(UTC))
    return conditions
