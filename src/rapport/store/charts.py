"""What the charts read: compact, plain records for one customer or the whole book.

A chart needs far less than the timeline: when each entry happened, its kind, mood,
a short title for the hover text and its id for click-to-open; each stage change;
and the health score sampled over time. One query fetches the entries, one the
stage changes; the health series comes from the rules (`store.facts`), so the
chart plots exactly the score the customer page explains.

The records are plain frozen dataclasses: `rapport.reports` draws them without a
database, a window or Qt, so the same data feeds the screen, print and export.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import func
from sqlalchemy import select as core_select
from sqlmodel import Session, col

from rapport.domain.customers import Status
from rapport.domain.facts import RelationshipFacts
from rapport.domain.health import health, health_over_time
from rapport.domain.kinds import EntryKind
from rapport.domain.lifecycle import StageSpan, current_stage, reason_words
from rapport.domain.risk import under_related_big_deal
from rapport.domain.settings import RuleSettings
from rapport.domain.stages import Stage
from rapport.domain.today import Cancelled
from rapport.store.customers import read_customer
from rapport.store.facts import (
    book_context_of,
    customer_facts,
    gather,
)
from rapport.store.facts_follow_ups import FOLLOW_UP_TITLE_CHARS, _title
from rapport.store.models import Customer, Entry, StageChange

if TYPE_CHECKING:
    from rapport.store.unit_of_work import Reader

_KINDS = {kind.value: kind for kind in EntryKind}  # faster than EntryKind(value) per row

#: At most this many health scores per chart: enough for a smooth line, cheap to compute.
HEALTH_SAMPLES = 120


@dataclass(frozen=True)
class ChartEntry:
    """One entry as a chart mark: when, what, how it felt, and what to say on hover."""

    id: int
    at: datetime
    kind: EntryKind
    sentiment: int | None
    title: str
    private: bool = False


@dataclass(frozen=True)
class ChartStageChange:
    """One move to a lifecycle stage, with the reason the owner gave."""

    id: int
    stage: Stage
    at: datetime
    reason: str = ""


@dataclass(frozen=True)
class HealthPoint:
    """The health score as it stood at one moment."""

    at: datetime
    score: int


@dataclass(frozen=True)
class CustomerChartData:
    """Everything the per-customer chart draws, oldest first."""

    customer_id: int
    name: str
    created_at: datetime
    now: datetime
    entries: tuple[ChartEntry, ...] = ()
    stages: tuple[ChartStageChange, ...] = ()
    health: tuple[HealthPoint, ...] = ()

    @property
    def started_at(self) -> datetime:
        """When the relationship began: the first entry, stage change or the creation."""
        moments = [self.created_at]
        if self.entries:
            moments.append(self.entries[0].at)
        if self.stages:
            moments.append(self.stages[0].at)
        return min(moments)


@dataclass(frozen=True)
class BookCustomer:
    """One active customer as the portfolio shows it."""

    id: int
    name: str
    stage: Stage | None
    stage_since: datetime | None
    account_value: Decimal | None
    currency: str
    health: int
    big_deal_at_risk: bool = False


@dataclass(frozen=True)
class StageMove:
    """A stage change anywhere in the book, with the stage it left (None: the first)."""

    at: datetime
    stage: Stage
    previous: Stage | None


@dataclass(frozen=True)
class BookChartData:
    """Everything the portfolio draws.

    `contacts` holds the time of every contact (any entry but a plain note) of every
    customer in the year the chart shows (`BOOK_YEAR`, in no order), whatever their
    status, since the book's history is history; `moves` the stage moves of that year;
    `customers` holds the active ones only, since they are the book today.
    `big_deal_from` is where a "big" account starts per currency (the risk rules'
    top quarter) and `strong_from` the health from which a relationship counts as
    strong: a big account below it may be under-related. `big_deal_at_risk` on a
    customer says the risk rule "a big account on a thin relationship" fires.
    """

    now: datetime
    customers: tuple[BookCustomer, ...] = ()
    contacts: tuple[datetime, ...] = ()
    moves: tuple[StageMove, ...] = ()
    big_deal_from: dict[str, Decimal] = field(default_factory=dict)
    strong_from: int = 70


class ChartStore:
    """The charts' queries (hung on the journal as `journal.charts`)."""

    def __init__(self, reader: Reader) -> None:
        self._reader = reader

    def customer(
        self,
        customer_id: int,
        now: datetime,
        since: datetime | None = None,
        settings: RuleSettings | None = None,
        samples: int = HEALTH_SAMPLES,
    ) -> CustomerChartData:
        """The customer's entries and stage changes, and health sampled from `since` to `now`.

        Entries and stages cover the whole history (cheap, and the stage in force at
        `since` needs the earlier changes); only the health samples follow `since`,
        so a three-month chart gets a finely drawn line. RecordNotFoundError when the
        customer is missing or deleted.
        """
        title = func.substr(col(Entry.body), 1, FOLLOW_UP_TITLE_CHARS * 2)
        entry_query = (
            core_select(
                col(Entry.id),
                col(Entry.occurred_at),
                col(Entry.kind),
                col(Entry.sentiment),
                col(Entry.title),
                title,
                col(Entry.private),
            )
            .where(col(Entry.customer_id) == customer_id, col(Entry.deleted_at).is_(None))
            .order_by(col(Entry.occurred_at), col(Entry.id))
        )
        stage_query = (
            core_select(
                col(StageChange.id),
                col(StageChange.stage),
                col(StageChange.occurred_at),
                col(StageChange.reason),
            )
            .where(
                col(StageChange.customer_id) == customer_id,
                col(StageChange.deleted_at).is_(None),
            )
            .order_by(col(StageChange.occurred_at), col(StageChange.id))
        )
        with self._reader.read() as session:
            record = read_customer(session, customer_id)
            entries = tuple(
                ChartEntry(i, at, _KINDS[kind], mood, _title(head, body), bool(private))
                for i, at, kind, mood, head, body, private in session.execute(entry_query)
            )
            stages = tuple(
                ChartStageChange(i, Stage(stage), at, reason_words(reason or ""))
                for i, stage, at, reason in session.execute(stage_query)
            )
            facts = customer_facts(session, customer_id)
        data = CustomerChartData(customer_id, record.name, record.created_at, now, entries, stages)
        start = max(since, data.started_at) if since is not None else data.started_at
        moments = sample_moments(start, now, samples)
        reports = health_over_time(facts, moments, (settings or RuleSettings()).health)
        points = tuple(HealthPoint(m, r.score) for m, r in zip(moments, reports, strict=True))
        return CustomerChartData(
            customer_id, record.name, record.created_at, now, entries, stages, points
        )

    def book(
        self,
        now: datetime,
        settings: RuleSettings | None = None,
        stop: Callable[[], bool] = lambda: False,
    ) -> BookChartData:
        """The whole book as the portfolio draws it (one read of the rules' facts).

        Seconds on a big journal: `stop()` is asked at each customer and raises
        `Cancelled` when it answers True (the Portfolio was closed meanwhile).
        """
        rules = settings or RuleSettings()
        since = now - BOOK_YEAR
        customers = []
        contacts: list[datetime] = []
        moves: list[StageMove] = []
        with self._reader.read() as session:
            context = book_context_of(session, rules)
            for facts in _book_in_parts(session):
                if stop():
                    raise Cancelled
                contacts.extend(
                    e.at for e in facts.entries if e.kind.is_contact and since <= e.at <= now
                )
                moves.extend(m for m in _moves(facts.stages) if m.at >= since)
                if facts.status is not Status.ACTIVE:
                    continue
                latest = current_stage([s for s in facts.stages if s.at <= now])
                report = health(facts, now, rules.health)
                risk = under_related_big_deal(facts, report, context, rules.risk)
                customers.append(
                    BookCustomer(
                        id=facts.customer_id,
                        name=facts.name,
                        stage=latest.stage if latest else None,
                        stage_since=latest.at if latest else None,
                        account_value=facts.account_value,
                        currency=facts.currency,
                        health=report.score,
                        big_deal_at_risk=risk is not None,
                    )
                )
        return BookChartData(
            now=now,
            customers=tuple(customers),
            contacts=tuple(contacts),
            moves=tuple(sorted(moves, key=lambda m: m.at)),
            big_deal_from=dict(context.big_deal_from),
            strong_from=rules.risk.big_deal_strong_health,
        )


#: How far back the portfolio's contacts and moves go: its panels show the last 52
#: weeks and 12 months, whole weeks and months in any time zone. A million entries'
#: contacts, all kept and sorted, cost 90 MB and a sort that held the UI thread.
BOOK_YEAR = timedelta(days=400)

#: Customers whose facts are read at once for the portfolio: the whole book's entries
#: as facts cost some 35 MB at 100,000 entries, and only one customer's are needed at
#: a time.
BOOK_PART = 200


def _book_in_parts(session: Session) -> Iterator[RelationshipFacts]:
    """Every live customer's facts (any status), by id, read a part of the book at a time."""
    ids = list(
        session.scalars(
            core_select(col(Customer.id))
            .where(col(Customer.deleted_at).is_(None))
            .order_by(col(Customer.id))
        )
    )
    for start in range(0, len(ids), BOOK_PART):
        part = ids[start : start + BOOK_PART]
        yield from gather(session, col(Customer.id).in_(part)).customers


def sample_moments(start: datetime, end: datetime, samples: int) -> list[datetime]:
    """Evenly spaced moments from start to end (both included), at most one per day."""
    if end <= start:
        return [end]
    days = (end - start).total_seconds() / 86_400
    count = max(2, min(samples, int(days) + 1))
    step = (end - start) / (count - 1)
    return [start + step * i for i in range(count - 1)] + [end]


def _moves(stages: Iterable[StageSpan]) -> list[StageMove]:
    """Each stage change of one customer (oldest first) with the stage it came from."""
    found: list[StageMove] = []
    previous: Stage | None = None
    for span in stages:
        found.append(StageMove(span.at, span.stage, previous))
        previous = span.stage
    return found


__all__ = [
    "BookChartData",
    "BookCustomer",
    "ChartEntry",
    "ChartStageChange",
    "ChartStore",
    "CustomerChartData",
    "HealthPoint",
    "StageMove",
    "sample_moments",
]
