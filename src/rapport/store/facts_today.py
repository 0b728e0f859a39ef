"""Reading the part of the book the Today list needs, fast enough for 100,000 entries.

`rapport.domain.evidence` says what Today reads: every entry of the last year, the
latest check-in, all stage changes, and the answers to a few questions about older
entries. This module asks exactly that of the database, in about ten queries for the
whole book, whatever its size:

- rows are read as plain columns (never an ORM object per row); kinds and stages are
  turned into their enums through a dictionary, and times are parsed from the stored
  text directly (SQLite hands back the naive UTC text it stores);
- the year's entries come through the (customer, time) index, and so do each
  customer's first entry and first purchase (its anniversary);
- each question about older entries is one query over the customers that ask it: a
  correlated sub-query walks that customer's index backwards to the latest match.

The result is a `BookFacts` whose customers hold only this part; `compose_today`
gives the same list from it as from the whole record (tests/unit/test_facts_today.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import String, and_, type_coerce
from sqlalchemy import select as core_select
from sqlalchemy.orm import aliased
from sqlmodel import col

from rapport.domain.checkins import Answers, CheckIn
from rapport.domain.customers import Status
from rapport.domain.entries import side_of
from rapport.domain.evidence import Lookback, lookbacks, merge_entries, window_start
from rapport.domain.facts import BookFacts, EntryFact, RelationshipFacts
from rapport.domain.kinds import EntryKind
from rapport.domain.levels import Level
from rapport.domain.lifecycle import StageSpan
from rapport.domain.people import relationship_kind
from rapport.domain.settings import RuleSettings
from rapport.domain.stages import Stage
from rapport.domain.today import Cancelled, Stop
from rapport.store import models
from rapport.store.convert import cents_to_value
from rapport.store.facts_people import with_people
from rapport.store.models import Customer, Entry, StageChange

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlmodel import Session

_KINDS = {k.value: k for k in EntryKind}
_STAGES = {s.value: s for s in Stage}
_LEVELS = {level.value: level for level in Level}


def utc(value: object) -> datetime:
    """A stored time as an aware UTC datetime: SQLite's naive UTC text, or a driver's datetime.

    Appending the offset to the text is ten times faster than `replace(tzinfo=UTC)`.
    """
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value + "+00:00")
        except ValueError:  # text that already carries an offset
            return datetime.fromisoformat(value).astimezone(UTC)
    assert isinstance(value, datetime)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _text(column: Any) -> Any:
    """A time column read as stored (no per-row conversion by SQLAlchemy)."""
    return type_coerce(column, String)


def read_today_book(
    session: Session,
    now: datetime,
    settings: RuleSettings,
    stop: Stop | None = None,
    only: Iterable[int] | None = None,
) -> dict[int, RelationshipFacts]:
    """The active customers' facts as Today reads them (without follow-ups), by id.

    `only`: of these customers alone (those a change touched).
    """

    def check() -> None:
        if stop is not None and stop():
            raise Cancelled

    conn = session.connection()  # Core rows: the ORM's result handling doubles the cost
    since = window_start(now, settings)
    live = and_(col(Customer.deleted_at).is_(None), col(Customer.status) == Status.ACTIVE.value)
    if only is not None:
        live = and_(live, col(Customer.id).in_(sorted(only)))
    ids = core_select(col(Customer.id)).where(live)
    customers = _customers(conn, live)
    check()
    stages = stage_spans(conn, ids)
    check_ins = _latest_check_ins(conn, ids, now)
    check()
    entries = _window(conn, ids, since, now)
    check()
    first = _first_entries(conn, ids)
    bought = _first_entries(conn, ids, EntryKind.PURCHASE, now)
    check()
    facts = {  # each built once, with all it holds (a frozen record costs per field)
        cid: RelationshipFacts(
            customer_id=cid,
            name=name,
            level=_LEVELS[level],
            status=Status.ACTIVE,
            account_value=cents_to_value(cents),
            currency=currency,
            cadence_days=cadence,
            created_at=utc(created),
            kind=relationship_kind(kind),
            entries=merge_entries(first.get(cid, ()), entries.get(cid, ())),
            stages=tuple(stages.get(cid, ())),
            check_ins=tuple(check_ins.get(cid, ())),
            first_purchase_at=bought[cid][0].at if cid in bought else None,
        )
        for cid, name, level, cents, currency, cadence, created, kind in customers
    }
    asked = [q for c in facts.values() for q in lookbacks(c, now, since)]
    older = _answer(conn, asked, since, check)
    for cid, found in older.items():
        facts[cid] = replace(facts[cid], entries=merge_entries(facts[cid].entries, found))
    with_people(conn, ids, facts)
    return facts


def to_book(facts: dict[int, RelationshipFacts], follow_ups: Sequence[Any]) -> BookFacts:
    """The book in customer order, as `FactsStore.book` hands it out."""
    return BookFacts(customers=tuple(facts[k] for k in sorted(facts)), follow_ups=tuple(follow_ups))


# --- the queries ---------------------------------------------------------------------


def _customers(conn: Connection, live: Any) -> Sequence[Any]:
    """The customers' own columns, as rows (their facts are built once all is read)."""
    query = core_select(
        col(Customer.id),
        col(Customer.name),
        col(Customer.level),
        col(Customer.account_value_cents),
        col(Customer.currency),
        col(Customer.cadence_days),
        _text(col(Customer.created_at)),
        col(Customer.kind),
    ).where(live)
    return conn.execute(query).fetchall()


def stage_spans(conn: Connection, ids: Any) -> defaultdict[int, list[StageSpan]]:
    """Every live stage change of these customers, oldest first, by customer."""
    query = (
        core_select(
            col(StageChange.customer_id), col(StageChange.stage), _text(StageChange.occurred_at)
        )
        .where(col(StageChange.deleted_at).is_(None), col(StageChange.customer_id).in_(ids))
        .order_by(col(StageChange.customer_id), col(StageChange.occurred_at), col(StageChange.id))
    )
    found: defaultdict[int, list[StageSpan]] = defaultdict(list)
    for cid, stage, at in conn.execute(query):
        found[cid].append(StageSpan(_STAGES[stage], utc(at)))
    return found


def _latest_check_ins(conn: Connection, ids: Any, now: datetime) -> dict[int, list[CheckIn]]:
    """Each customer's latest check-in up to now: the only one the Today rules read."""
    table, newer = models.CheckIn, aliased(models.CheckIn)
    latest = (
        core_select(col(newer.id))
        .where(
            col(newer.customer_id) == col(Customer.id),
            col(newer.deleted_at).is_(None),
            col(newer.taken_at) <= now,
        )
        .order_by(col(newer.taken_at).desc(), col(newer.id).desc())
        .limit(1)
        .scalar_subquery()
    )
    query = core_select(
        col(table.id), col(table.customer_id), _text(table.taken_at), col(table.trust),
        col(table.their_word), col(table.value), col(table.help), col(table.needs),
        col(table.liking),
    ).where(col(table.id).in_(core_select(latest).where(col(Customer.id).in_(ids))))  # fmt: skip
    found: dict[int, list[CheckIn]] = {}
    for row in conn.execute(query):
        answers = Answers(*row[3:])
        found[row[1]] = [CheckIn(row[1], utc(row[2]), answers, id=row[0])]
    return found


def entry_columns(table: Any = Entry) -> tuple[Any, ...]:
    """What the rules read of an entry, the time as stored (see `utc`)."""
    return (
        col(table.customer_id),
        col(table.id),
        col(table.kind),
        _text(table.occurred_at),
        col(table.sentiment),
        col(table.side),
    )


def entry_facts(rows: Iterable[Any]) -> defaultdict[int, list[EntryFact]]:
    """Rows of `entry_columns()` as entry facts, by customer (in the rows' order)."""
    found: defaultdict[int, list[EntryFact]] = defaultdict(list)
    kinds = _KINDS
    for cid, entry_id, word, at, sentiment, side in rows:
        kind = kinds[word]
        found[cid].append(EntryFact(kind, utc(at), sentiment, entry_id, side_of(kind, side)))
    return found


def _window(
    conn: Connection, ids: Any, since: datetime, now: datetime
) -> defaultdict[int, list[EntryFact]]:
    """Every live entry from `since` up to `now`, oldest first."""
    query = (
        core_select(*entry_columns())
        .where(
            col(Entry.customer_id).in_(ids),
            col(Entry.occurred_at) >= since,
            col(Entry.occurred_at) <= now,
            col(Entry.deleted_at).is_(None),
        )
        .order_by(col(Entry.customer_id), col(Entry.occurred_at), col(Entry.id))
    )
    return entry_facts(conn.execute(query))


def _first_entries(
    conn: Connection, ids: Any, kind: EntryKind | None = None, now: datetime | None = None
) -> defaultdict[int, list[EntryFact]]:
    """Each customer's first live entry (of any time, or of a kind up to `now`).

    The first of all: when the relationship began; the first purchase: its anniversary.
    """
    first = aliased(Entry)
    conditions = [col(first.customer_id) == col(Customer.id), col(first.deleted_at).is_(None)]
    if kind is not None:
        conditions.append(col(first.kind) == kind.value)
    if now is not None:
        conditions.append(col(first.occurred_at) <= now)
    earliest = (
        core_select(col(first.id))
        .where(*conditions)
        .order_by(col(first.occurred_at), col(first.id))
        .limit(1)
        .scalar_subquery()
    )
    query = core_select(*entry_columns()).where(
        col(Entry.id).in_(core_select(earliest).where(col(Customer.id).in_(ids)))
    )
    return entry_facts(conn.execute(query))


def _answer(
    conn: Connection, asked: list[Lookback], since: datetime, check: Callable[[], None]
) -> defaultdict[int, list[EntryFact]]:
    """Answer the questions about older entries: one query per kind of question."""
    groups: defaultdict[tuple[frozenset[EntryKind], bool, int | None], list[Lookback]]
    groups = defaultdict(list)
    for q in asked:
        groups[(q.kinds, q.every, q.min_sentiment)].append(q)
    found: defaultdict[int, list[EntryFact]] = defaultdict(list)
    for (kinds, every, rated), questions in groups.items():
        by_customer = {q.customer_id: q for q in questions}
        if every:
            rows = _every_older(conn, list(by_customer), kinds, rated, since)
        else:
            rows = _latest_older(conn, list(by_customer), kinds, rated, since)
        for cid, entries in entry_facts(rows).items():
            found[cid].extend(e for e in entries if by_customer[cid].matches(e))
        check()
    return found


def _older(table: Any, kinds: frozenset[EntryKind], rated: int | None, since: datetime) -> Any:
    conditions = [
        col(table.deleted_at).is_(None),
        col(table.kind).in_(sorted(k.value for k in kinds)),
        col(table.occurred_at) < since,
    ]
    if rated is not None:
        conditions.append(col(table.sentiment) >= rated)
    return and_(*conditions)


def _every_older(
    conn: Connection,
    customers: list[int],
    kinds: frozenset[EntryKind],
    rated: int | None,
    since: datetime,
) -> Any:
    """Every older entry of these kinds for these customers (the caller applies each start)."""
    query = (
        core_select(*entry_columns())
        .where(col(Entry.customer_id).in_(customers), _older(Entry, kinds, rated, since))
        .order_by(col(Entry.customer_id), col(Entry.occurred_at), col(Entry.id))
    )
    return conn.execute(query)


def _latest_older(
    conn: Connection,
    customers: list[int],
    kinds: frozenset[EntryKind],
    rated: int | None,
    since: datetime,
) -> Any:
    """For each customer, the latest older entry of these kinds (walking their index back)."""
    older = aliased(Entry)
    latest = (
        core_select(col(older.id))
        .where(col(older.customer_id) == col(Customer.id), _older(older, kinds, rated, since))
        .order_by(col(older.occurred_at).desc(), col(older.id).desc())
        .limit(1)
        .scalar_subquery()
    )
    query = core_select(*entry_columns()).where(
        col(Entry.id).in_(core_select(latest).where(col(Customer.id).in_(customers)))
    )
    return conn.execute(query)
