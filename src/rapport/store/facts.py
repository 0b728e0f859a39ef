"""Reading the evidence the relationship rules need, for one customer or the whole book.

Whatever the size of the book, a read is six queries — customers, entries, stage
changes, check-ins, dismissed suggestions (of stages and levels) and open
follow-ups — each fetching only the small columns the rules use (never an entry's
body, beyond a follow-up's first line). The rows become the domain's frozen facts;
the rules themselves live in `rapport.domain` and never see the database.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, and_
from sqlalchemy import select as core_select
from sqlmodel import col, select

from rapport.domain.checkins import CheckIn as CheckInFact
from rapport.domain.customers import Status
from rapport.domain.facts import BookFacts, EntryFact, FollowUp, RelationshipFacts
from rapport.domain.health import HealthReport, health_over_time
from rapport.domain.level_suggestions import LEVEL_PREFIX, dismissed_level
from rapport.domain.levels import Level
from rapport.domain.people import relationship_kind
from rapport.domain.risk import BookContext, big_deal_thresholds
from rapport.domain.settings import RuleSettings
from rapport.domain.stages import Stage
from rapport.domain.today import (
    CustomerInsight,
    Stop,
    TodayAnswer,
    TodayItem,
    compose_first,
    compose_part,
    compose_today,
    insight,
)
from rapport.store import models
from rapport.store.change import ChangeFeed
from rapport.store.checkins import check_in_of
from rapport.store.convert import cents_to_value
from rapport.store.errors import RecordNotFoundError
from rapport.store.facts_follow_ups import (
    LIVE_ACTIVE,
    follow_ups,
    named_follow_ups,
)
from rapport.store.facts_kept import Kept
from rapport.store.facts_people import with_people
from rapport.store.facts_today import (
    entry_columns,
    entry_facts,
    read_today_book,
    stage_spans,
    to_book,
)
from rapport.store.models import Customer, DismissedSuggestion, Entry

if TYPE_CHECKING:
    from sqlmodel import Session

    from rapport.store.unit_of_work import Reader

log = logging.getLogger("rapport.store.facts")


class FactsStore:
    """The rules' view of a journal (hung on it as `journal.facts`)."""

    def __init__(self, reader: Reader, changes: ChangeFeed | None = None) -> None:
        self._reader = reader

        def in_write() -> bool:  # a Door says whether this thread is inside a write
            return bool(getattr(reader, "in_write", False))

        #: What opening a customer's page reads, kept until a write touches it.
        self._kept: Kept[dict[str, list[int]], RelationshipFacts] = Kept(changes, in_write)

    def _account_cents(self) -> dict[str, list[int]]:
        """The book's account values, read once until a write touches a customer."""

        def read() -> dict[str, list[int]]:
            with self._reader.read() as session:
                return account_cents(session)

        return self._kept.book(read)

    def customer(self, customer_id: int) -> RelationshipFacts:
        """The facts of one customer (RecordNotFoundError when missing or deleted)."""
        with self._reader.read() as session:
            return customer_facts(session, customer_id)

    def book(self, statuses: Iterable[Status] = (Status.ACTIVE,)) -> BookFacts:
        """The facts of every customer with one of these statuses, and their follow-ups."""
        with self._reader.read() as session:
            return book_facts(session, statuses)

    def book_context(self, settings: RuleSettings | None = None) -> BookContext:
        """What the risk rules compare one customer against: one query of account values."""
        with self._reader.read() as session:
            return book_context_of(session, settings)

    def insight(
        self, customer_id: int, now: datetime, settings: RuleSettings | None = None
    ) -> CustomerInsight:
        """Health with its factors, risk signals, stage suggestions and next check-in."""
        context = context_of(self._account_cents(), settings)
        return insight(self._kept.customer(customer_id, self.customer), now, settings, context)

    def kept_insight(
        self, customer_id: int, now: datetime, settings: RuleSettings | None = None
    ) -> tuple[CustomerInsight, CheckInFact | None] | None:
        """`insight` and `latest_check_in` from what is kept, reading nothing; None: not kept.

        Whether opening a customer can ask the rules at once: a customer opened lately
        and not written to since costs a few milliseconds of rules, no read.
        """
        known = self._kept.known(customer_id)
        if known is None:
            return None
        cents, facts = known
        checks = facts.check_ins
        found = insight(facts, now, settings, context_of(cents, settings))
        return found, checks[-1] if checks else None

    def latest_check_in(self, customer_id: int) -> CheckInFact | None:
        """The customer's most recent check-in, from the facts `insight` keeps (read once)."""
        checks = self._kept.customer(customer_id, self.customer).check_ins
        return checks[-1] if checks else None

    def health_over_time(
        self, customer_id: int, moments: Sequence[date], settings: RuleSettings | None = None
    ) -> list[HealthReport]:
        """The customer's health as it stood at each moment, for the charts."""
        health_settings = (settings or RuleSettings()).health
        return health_over_time(self.customer(customer_id), moments, health_settings)

    def today(
        self,
        now: datetime,
        settings: RuleSettings | None = None,
        today: date | None = None,
        stop: Stop | None = None,
    ) -> list[TodayItem]:
        """The Today list of the whole book (active customers), as of `now`.

        Only what the rules read is read (`facts_today`): on a 100,000-entry journal
        that is a fifth of the entries. `stop`, asked between steps, ends early with
        `Cancelled` (the caller no longer wants the answer). Safe to call from a
        worker thread: the reading has a session of its own.
        """
        s = settings or RuleSettings()
        book = self.today_book(now, s, stop)
        return compose_today(book, now, s, today, stop)

    def today_part(
        self,
        now: datetime,
        customer_ids: Iterable[int],
        settings: RuleSettings | None = None,
        stop: Stop | None = None,
    ) -> TodayAnswer:
        """The Today items of these customers alone, and the book context they were judged in.

        What a change to a few customers asks again (`splice_today` puts them into the
        list). The context is read first: a write landing meanwhile makes it newer,
        never older, than the items, so a list spliced with it is read whole next time.
        """
        s = settings or RuleSettings()
        ids = sorted(set(customer_ids))
        context = self.book_context(s)
        live = and_(
            col(Customer.id).in_(ids),
            col(Customer.deleted_at).is_(None),
            col(Customer.status) == Status.ACTIVE.value,
        )
        with self._reader.read() as session:
            facts = read_today_book(session, now, s, stop, only=ids)
            follow_ups = _follow_ups(session, core_select(col(Customer.id)).where(live))
        return TodayAnswer(compose_part(to_book(facts, follow_ups), now, context, s), context)

    def today_first(self, now: datetime, settings: RuleSettings | None = None) -> TodayAnswer:
        """The Today list's follow-ups alone (`compose_first`), in one small query.

        What the list begins with: its first page is shown from them while the rules
        work out the rest (`today_answer`). Only the follow-ups' customers are read,
        and not the book's account values: no rule compares a follow-up with them
        (at a million entries that read was a quarter of the wait for the first page).
        """
        s = settings or RuleSettings()
        with self._reader.read() as session:
            found, customers = named_follow_ups(session.connection())
        return TodayAnswer(compose_first(found, customers, now, s), None)

    def today_answer(
        self, now: datetime, settings: RuleSettings | None = None, stop: Stop | None = None
    ) -> TodayAnswer:
        """The whole Today list and the book context it was judged in (read first, as above)."""
        context = self.book_context(settings)
        return TodayAnswer(self.today(now, settings, stop=stop), context)

    def today_book(
        self, now: datetime, settings: RuleSettings | None = None, stop: Stop | None = None
    ) -> BookFacts:
        """The active customers' facts as far as the Today rules read them, as of `now`."""
        with self._reader.read() as session:
            facts = read_today_book(session, now, settings or RuleSettings(), stop)
            follow_ups = _follow_ups(session, core_select(col(Customer.id)).where(LIVE_ACTIVE))
        log.debug("read Today's facts of %d customers", len(facts))
        return to_book(facts, follow_ups)


def customer_facts(session: Session, customer_id: int) -> RelationshipFacts:
    """The facts of one customer, read in the caller's session (RecordNotFoundError if gone)."""
    found = gather(session, col(Customer.id) == customer_id).customers
    if not found:
        raise RecordNotFoundError.gone("customer")
    return found[0]


def book_facts(session: Session, statuses: Iterable[Status] = (Status.ACTIVE,)) -> BookFacts:
    """The facts of every customer with one of these statuses, and their follow-ups."""
    wanted = [Status(s).value for s in statuses]
    return gather(session, col(Customer.status).in_(wanted))


def book_context_of(session: Session, settings: RuleSettings | None = None) -> BookContext:
    """What the risk rules compare one customer against: one query of account values.

    The stored cents are compared as they are (they order as the values do); only the
    thresholds become amounts. Opening a customer reads this each time.
    """
    return context_of(account_cents(session), settings)


def account_cents(session: Session) -> dict[str, list[int]]:
    """The active customers' positive account values, as stored cents by currency.

    Each currency's values come largest first: the risk rules sort them on every
    customer opened (20,000 values at a million entries), and a sorted list sorts at once.
    """
    query = core_select(col(Customer.currency), col(Customer.account_value_cents)).where(
        col(Customer.deleted_at).is_(None),
        col(Customer.status) == Status.ACTIVE.value,
        col(Customer.account_value_cents) > 0,
    )
    cents: dict[str, list[int]] = {}
    for currency, amount in session.execute(query).fetchall():
        cents.setdefault(currency, []).append(amount)
    for values in cents.values():
        values.sort(reverse=True)
    return cents


def context_of(cents: dict[str, list[int]], settings: RuleSettings | None) -> BookContext:
    """The risk rules' book context from the account values: only the thresholds are amounts."""
    found = big_deal_thresholds(cents, (settings or RuleSettings()).risk)
    return BookContext({c: v for c, amount in found.items() if (v := cents_to_value(amount))})


def gather(session: Session, which: ColumnElement[bool]) -> BookFacts:
    """The facts of the live customers `which` selects: the six queries."""
    live = and_(col(Customer.deleted_at).is_(None), which)
    ids = core_select(col(Customer.id)).where(live)
    customers = session.exec(select(Customer).where(live).order_by(col(Customer.id))).all()
    entries = _entries(session, ids)
    stages = stage_spans(session.connection(), ids)
    checks = _check_ins(session, ids)
    dismissed, dismissed_levels = _dismissed(session, ids)
    follow_ups = _follow_ups(session, ids)
    facts = tuple(
        RelationshipFacts(
            customer_id=c.id or 0,
            name=c.name,
            level=Level(c.level),
            status=Status(c.status),
            account_value=cents_to_value(c.account_value_cents),
            currency=c.currency,
            cadence_days=c.cadence_days,
            created_at=c.created_at,
            entries=tuple(entries[c.id or 0]),
            stages=tuple(stages[c.id or 0]),
            check_ins=tuple(checks[c.id or 0]),
            dismissed=frozenset(dismissed[c.id or 0]),
            dismissed_levels=frozenset(dismissed_levels[c.id or 0]),
            kind=relationship_kind(c.kind),
        )
        for c in customers
    )
    by_id = {f.customer_id: f for f in facts}
    with_people(session.connection(), ids, by_id)
    log.debug("gathered facts of %d customers", len(facts))
    return BookFacts(customers=tuple(by_id.values()), follow_ups=tuple(follow_ups))


def _entries(session: Session, ids: Any) -> defaultdict[int, list[EntryFact]]:
    query = (
        core_select(*entry_columns())
        .where(col(Entry.deleted_at).is_(None), col(Entry.customer_id).in_(ids))
        .order_by(col(Entry.customer_id), col(Entry.occurred_at), col(Entry.id))
    )
    # fetchall: iterating a result fetches row by row, three times slower for a long history
    return entry_facts(session.connection().execute(query).fetchall())


def _check_ins(session: Session, ids: Any) -> defaultdict[int, list[CheckInFact]]:
    table = models.CheckIn
    query = (
        select(table)
        .where(col(table.deleted_at).is_(None), col(table.customer_id).in_(ids))
        .order_by(col(table.customer_id), col(table.taken_at), col(table.id))
    )
    found: defaultdict[int, list[CheckInFact]] = defaultdict(list)
    for row in session.exec(query):
        found[row.customer_id].append(check_in_of(row))
    return found


def _dismissed(
    session: Session, ids: Any
) -> tuple[defaultdict[int, set[tuple[Stage, str]]], defaultdict[int, set[tuple[Level, str]]]]:
    """Dismissed stage suggestions, and dismissed level suggestions ("level:…" rows)."""
    query = core_select(
        col(DismissedSuggestion.customer_id),
        col(DismissedSuggestion.stage),
        col(DismissedSuggestion.basis),
    ).where(col(DismissedSuggestion.customer_id).in_(ids))
    stages: defaultdict[int, set[tuple[Stage, str]]] = defaultdict(set)
    levels: defaultdict[int, set[tuple[Level, str]]] = defaultdict(set)
    for customer_id, stage, basis in session.execute(query):
        level = dismissed_level(stage)
        if level is not None:
            levels[customer_id].add((level, basis))
        elif stage.startswith(LEVEL_PREFIX):
            log.warning("a dismissed suggestion names an unknown level; ignored")
        else:
            stages[customer_id].add((Stage(stage), basis))
    return stages, levels


def _follow_ups(session: Session, ids: Any) -> list[FollowUp]:
    return follow_ups(session.connection(), ids)
