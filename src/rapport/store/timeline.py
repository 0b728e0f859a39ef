"""Read-side queries for lists: the customer list, a customer's header and timeline.

Sorting, filtering and paging all happen in SQL (indexed), so the UI's item models
only ever hold the page they show.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    and_,
    bindparam,
    case,
    func,
    literal,
    literal_column,
    or_,
    union_all,
)
from sqlalchemy import select as core_select
from sqlmodel import col, select

from rapport.domain.customers import Status
from rapport.domain.folding import fold
from rapport.domain.kinds import NOT_CONTACT
from rapport.domain.levels import Level
from rapport.domain.people import RelationshipKind, relationship_kind
from rapport.domain.stages import Stage
from rapport.store.change import Change, ChangeFeed
from rapport.store.convert import entry_record, stage_record
from rapport.store.customers import name_order, read_customer
from rapport.store.errors import RecordNotFoundError
from rapport.store.facts_kept import Kept
from rapport.store.models import Customer, CustomerTag, Entry, Person, StageChange, Tag
from rapport.store.participants import participants_of
from rapport.store.records import (
    CustomerHeader,
    CustomerSort,
    CustomerSummary,
    StageChangeRecord,
    TimelineItem,
)

if TYPE_CHECKING:
    from rapport.store.unit_of_work import Reader


def _live_entries(customer_id: Any) -> ColumnElement[bool]:
    return and_(Entry.customer_id == customer_id, col(Entry.deleted_at).is_(None))


def _live_stages(customer_id: Any) -> ColumnElement[bool]:
    return and_(StageChange.customer_id == customer_id, col(StageChange.deleted_at).is_(None))


def _current_stage_query(customer_id: Any) -> Any:
    return (
        select(StageChange.stage)
        .where(_live_stages(customer_id))
        .order_by(col(StageChange.occurred_at).desc(), col(StageChange.id).desc())
        .limit(1)
        .scalar_subquery()
    )


def _stage_since_query(customer_id: Any) -> Any:
    return (
        select(StageChange.occurred_at)
        .where(_live_stages(customer_id))
        .order_by(col(StageChange.occurred_at).desc(), col(StageChange.id).desc())
        .limit(1)
        .scalar_subquery()
    )


#: Which entries count as contact, in SQL; the same text as ix_entry_last_contact's.
CONTACT_CONDITION = "entry.kind NOT IN ('commitment_broken', 'note')"
assert {f"'{k.value}'" for k in NOT_CONTACT} == set(
    CONTACT_CONDITION.split("(")[1].rstrip(")").split(", ")
), "CONTACT_CONDITION must list exactly the kinds that are not contact"


def _last_contact_query(customer_id: Any) -> Any:
    return (
        select(func.max(Entry.occurred_at))
        # Written as literals, exactly as in the partial index of migration 0004, so
        # that SQLite sees the index applies (a bound parameter would hide it).
        .where(_live_entries(customer_id), literal_column(CONTACT_CONDITION))
        .scalar_subquery()
    )


def _next_follow_up_query(customer_id: Any) -> Any:
    return (
        select(func.min(Entry.follow_up_on))
        .where(
            _live_entries(customer_id),
            col(Entry.follow_up_on).is_not(None),
            col(Entry.follow_up_done).is_(False),
        )
        .scalar_subquery()
    )


def _contact_query(customer_id: Any) -> Any:
    """Whom the list names beside a relationship without an organisation field.

    Its main contact, else the first person still there (by name). Two lookups on the
    person index, without an ORDER BY: the list's first page stays a walk of its index.
    """
    here = (
        col(Person.customer_id) == customer_id,
        col(Person.deleted_at).is_(None),
        col(Person.left_on).is_(None),
    )
    main = select(Person.name).where(*here, col(Person.main).is_(True)).limit(1)
    first = select(func.min(Person.name)).where(*here)
    return func.coalesce(main.scalar_subquery(), first.scalar_subquery())


@cache
def _figures_query() -> Any:
    """What a save may change in a header: the customer's version and the entries' figures.

    Built once (for the customer bound as `customer_id`): building it and working out
    its cache key took twice as long as SQLite took to answer it.
    """
    customer_id = bindparam("customer_id", type_=Integer)
    version = (
        select(Customer.version)
        .where(Customer.id == customer_id, col(Customer.deleted_at).is_(None))
        .scalar_subquery()
    )
    count = select(func.count()).select_from(Entry).where(_live_entries(customer_id))
    return core_select(
        version,
        _last_contact_query(customer_id),
        _next_follow_up_query(customer_id),
        count.scalar_subquery(),
    )


@cache
def _summaries_query(
    sort: CustomerSort,
    descending: bool,
    statuses: tuple[str, ...],
    kinds: tuple[str, ...],
    by_ids: bool,
) -> Any:
    """The customer list's rows in their order, built once per kind of list.

    `kinds`: only relationships of these kinds (none: every kind). `by_ids`: only the
    customers bound as `ids` (what the list reads after a change).
    Building the query and working out its cache key took longer than SQLite took
    to answer it for one customer.
    """
    stage = _current_stage_query(Customer.id).label("stage")
    since = _stage_since_query(Customer.id).label("stage_since")
    last = _last_contact_query(Customer.id).label("last_contact")
    follow = _next_follow_up_query(Customer.id).label("next_follow_up")
    columns: list[Any] = [
        col(Customer.id),
        col(Customer.name),
        col(Customer.organisation),
        col(Customer.status),
        col(Customer.level),
        stage,
        since,
        last,
        follow,
        col(Customer.kind),
        # asked only where the organisation field is empty (an organisation's own row)
        case((col(Customer.organisation) == "", _contact_query(Customer.id)), else_=""),
    ]
    query = core_select(*columns).where(col(Customer.deleted_at).is_(None))
    if kinds:
        query = query.where(col(Customer.kind).in_(kinds))
    if by_ids:
        query = query.where(col(Customer.id).in_(bindparam("ids", expanding=True)))
    if statuses and set(statuses) != {s.value for s in Status}:
        # likely(): most customers are active. Without the hint SQLite takes the
        # status index as selective, reads every active customer with its four
        # subqueries and sorts them all; with it, it walks the name order's index
        # and stops at the end of the page.
        query = query.where(func.likely(col(Customer.status).in_(statuses)))
    return query.order_by(*_order(sort, descending, stage, last, follow))


@cache
def _live_rows(table: type[Entry] | type[StageChange]) -> Any:
    """Live rows of a customer (bound as `cid`) among some ids (`ids`): built once."""
    customer_id = bindparam("cid", type_=Integer)
    ids: Any = bindparam("ids", expanding=True)
    if table is Entry:
        return select(Entry).where(_live_entries(customer_id), col(Entry.id).in_(ids))
    return select(StageChange).where(_live_stages(customer_id), col(StageChange.id).in_(ids))


def _other_than(contact: str | None, name: str) -> str:
    """The contact's name, unless it only repeats the relationship's own name."""
    return "" if not contact or fold(contact) == fold(name) else contact


class TimelineStore:
    """List queries for the customer list, the customer page and its timeline."""

    def __init__(self, reader: Reader, changes: ChangeFeed | None = None) -> None:
        self._reader = reader

        def in_write() -> bool:  # a Door says whether this thread is inside a write
            return bool(getattr(reader, "in_write", False))

        def tags(change: Change) -> bool:  # a tag's rows are in every header that shows it
            return change.tags

        #: What opening a customer's page reads, kept until a write touches the customer:
        #: switching back to a customer reads nothing (`facts_kept`).
        self._headers: Kept[None, CustomerHeader] = Kept(changes, in_write, tags)
        self._first_pages: Kept[None, tuple[int, list[TimelineItem]]] = Kept(changes, in_write)

    def customers(
        self,
        text: str = "",
        sort: CustomerSort = CustomerSort.NAME,
        descending: bool = False,
        statuses: Iterable[Status] = (Status.ACTIVE,),
        offset: int = 0,
        limit: int | None = None,
        ids: Iterable[int] | None = None,
        kinds: Iterable[RelationshipKind] = (),
    ) -> list[CustomerSummary]:
        """A page of the customer list, filtered by words typed and sorted in SQL.

        `ids` keeps only those customers (of the ones the filter shows): what the list
        re-reads after a change to a few of them.
        """
        wanted = tuple(sorted({Status(s).value for s in statuses}))
        kind_values = tuple(sorted({RelationshipKind(k).value for k in kinds}))
        query = _summaries_query(sort, descending, wanted, kind_values, ids is not None)
        params = {} if ids is None else {"ids": sorted(ids)}
        words = fold(text).split()
        if offset:
            query = query.offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self._reader.read() as session:
            tagged = _tags_matching(session, words)
            for word in words:
                query = query.where(_matches(word, tagged[word]))
            rows = session.execute(query, params).all()
        return [
            CustomerSummary(
                id=r[0],
                name=r[1],
                organisation=r[2],
                status=Status(r[3]),
                level=Level(r[4]),
                stage=Stage(r[5]) if r[5] else None,
                stage_since=r[6],
                last_contact=r[7],
                next_follow_up=r[8],
                kind=relationship_kind(r[9]),
                contact=_other_than(r[10], r[1]),
            )
            for r in rows
        ]

    def header(self, customer_id: int) -> CustomerHeader:
        """The customer page's header: details, current stage, last contact, next follow-up."""
        return self._headers.customer(customer_id, self._read_header)

    def _read_header(self, customer_id: int) -> CustomerHeader:
        with self._reader.read() as session:
            customer = read_customer(session, customer_id)
            row = session.execute(
                core_select(
                    _current_stage_query(customer_id),
                    _stage_since_query(customer_id),
                    _last_contact_query(customer_id),
                    _next_follow_up_query(customer_id),
                    select(func.count())
                    .select_from(Entry)
                    .where(_live_entries(customer_id))
                    .scalar_subquery(),
                )
            ).one()
            history = session.exec(
                select(StageChange)
                .where(_live_stages(customer_id))
                .order_by(col(StageChange.occurred_at), col(StageChange.id))
            ).all()
            return CustomerHeader(
                customer=customer,
                stage=Stage(row[0]) if row[0] else None,
                stage_since=row[1],
                last_contact=row[2],
                next_follow_up=row[3],
                entry_count=int(row[4]),
                stage_history=tuple(stage_record(h) for h in history),
            )

    def header_again(self, shown: CustomerHeader, stages: bool = True) -> CustomerHeader:
        """The header after a write to its customer, reading only what the write may change.

        The entries' figures are read again; the customer's details only when its row's
        version moved (any save of the customer bumps it); the stage and its history
        only when `stages` (a stage change was written). RecordNotFoundError: gone.
        """
        customer_id = shown.customer.id
        with self._reader.read() as session:
            row = session.execute(_figures_query(), {"customer_id": customer_id}).one()
            if row[0] is None:
                raise RecordNotFoundError.gone("customer")
            customer = shown.customer
            if row[0] != customer.version:
                customer = read_customer(session, customer_id)
            fresh = replace(
                shown,
                customer=customer,
                last_contact=row[1],
                next_follow_up=row[2],
                entry_count=int(row[3]),
            )
        if not stages:
            return fresh
        history = self._stage_history(customer_id)
        latest = history[-1] if history else None
        return replace(
            fresh,
            stage=latest.stage if latest else None,
            stage_since=latest.occurred_at if latest else None,
            stage_history=history,
        )

    def _stage_history(self, customer_id: int) -> tuple[StageChangeRecord, ...]:
        with self._reader.read() as session:
            history = session.exec(
                select(StageChange)
                .where(_live_stages(customer_id))
                .order_by(col(StageChange.occurred_at), col(StageChange.id))
            ).all()
            return tuple(stage_record(h) for h in history)

    def page(self, customer_id: int, offset: int = 0, limit: int = 200) -> list[TimelineItem]:
        """A page of the customer's timeline: entries and stage changes, newest first.

        The first page is kept until a write touches the customer (as the header is).
        """
        if offset:
            return self.items(self.keys(customer_id, offset, limit))

        def read(cid: int) -> tuple[int, list[TimelineItem]]:
            return limit, self.items(self.keys(cid, 0, limit))

        kept, rows = self._first_pages.customer(customer_id, read)
        if kept != limit:  # another size of first page: read as asked, keep the last size
            kept, rows = self._first_pages.customer(customer_id, read, again=True)
        return list(rows)

    def keys(self, customer_id: int, offset: int = 0, limit: int = 200) -> list[tuple[str, int]]:
        """The keys of a page of the timeline, ("entry", id) or ("stage", id), newest first.

        What a timeline shown already needs after a change: the rows it holds are read
        again only if they changed (`items`).

        Each kind's newest `offset + limit` rows come first, through its (customer,
        time) index, and only those are sorted together: sorting both kinds whole
        sorted the customer's entire history (a 2,000-entry customer's first page
        took a hundred times longer). The order is the same: time, then stage
        changes before entries, then the newer id first.
        """
        wanted = offset + limit

        def newest(kind: str, table: Any, live: Any) -> Any:
            rows = (
                core_select(
                    literal(kind).label("type"),
                    col(table.id).label("id"),
                    col(table.occurred_at).label("at"),
                )
                .where(live)
                .order_by(col(table.occurred_at).desc(), col(table.id).desc())
                .limit(wanted)
                .subquery()
            )
            return core_select(rows.c.type, rows.c.id, rows.c.at)

        both = union_all(
            newest("entry", Entry, _live_entries(customer_id)),
            newest("stage", StageChange, _live_stages(customer_id)),
        ).subquery()
        keys = (
            core_select(both.c.type, both.c.id)
            .order_by(both.c.at.desc(), both.c.type.desc(), both.c.id.desc())
            .offset(offset)
            .limit(limit)
        )
        with self._reader.read() as session:
            return [(t, int(i)) for t, i in session.execute(keys).all()]

    def position(self, customer_id: int, key: tuple[str, int]) -> int | None:
        """Where key stands in the customer's timeline (0: newest); None: not in it.

        One read of the keys alone, so a view can load every row above an old entry
        at once instead of page after page, each deeper OFFSET costlier than the last.
        """
        wanted = (key[0], int(key[1]))
        with self._reader.read() as session:
            for row, (kind, item_id) in enumerate(session.execute(_ordered_keys(customer_id))):
                if (kind, int(item_id)) == wanted:
                    return row
        return None

    def items(self, order: list[tuple[str, int]]) -> list[TimelineItem]:
        """The timeline items of these keys, in their order."""
        entry_ids = [i for t, i in order if t == "entry"]
        stage_ids = [i for t, i in order if t == "stage"]
        with self._reader.read() as session:
            entry_rows = (
                {
                    e.id: entry_record(e)
                    for e in session.exec(select(Entry).where(col(Entry.id).in_(entry_ids)))
                }
                if entry_ids
                else {}
            )
            stage_rows = (
                {
                    s.id: stage_record(s)
                    for s in session.exec(
                        select(StageChange).where(col(StageChange.id).in_(stage_ids))
                    )
                }
                if stage_ids
                else {}
            )
            took_part = participants_of(session, entry_ids)
        none: tuple[list[str], list[str]] = ([], [])
        return [
            TimelineItem(
                entry=entry_rows[i],
                ours=tuple(took_part.get(i, none)[0]),
                theirs=tuple(took_part.get(i, none)[1]),
            )
            if t == "entry"
            else TimelineItem(stage_change=stage_rows[i])
            for t, i in order
        ]

    def live_items(self, customer_id: int, keys: Iterable[tuple[str, int]]) -> list[TimelineItem]:
        """Of these rows, those that are live rows of the customer's timeline (in no order).

        What a timeline shown already reads after a write: the rows the write named,
        each then placed among the loaded rows by its time.
        """
        wanted = list(keys)
        entry_ids = [i for t, i in wanted if t == "entry"]
        stage_ids = [i for t, i in wanted if t == "stage"]
        found: list[TimelineItem] = []
        with self._reader.read() as session:
            if entry_ids:
                rows = list(
                    session.scalars(_live_rows(Entry), {"cid": customer_id, "ids": entry_ids})
                )
                took_part = participants_of(session, [e.id for e in rows if e.id is not None])
                none: tuple[list[str], list[str]] = ([], [])
                found += [
                    TimelineItem(
                        entry=entry_record(e),
                        ours=tuple(took_part.get(e.id or 0, none)[0]),
                        theirs=tuple(took_part.get(e.id or 0, none)[1]),
                    )
                    for e in rows
                ]
            if stage_ids:
                stages = session.scalars(
                    _live_rows(StageChange), {"cid": customer_id, "ids": stage_ids}
                )
                found += [TimelineItem(stage_change=stage_record(s)) for s in stages]
        return found

    def count(self, customer_id: int) -> int:
        """How many rows the customer's timeline has."""
        with self._reader.read() as session:
            entries = session.exec(
                select(func.count()).select_from(Entry).where(_live_entries(customer_id))
            ).one()
            stages = session.exec(
                select(func.count()).select_from(StageChange).where(_live_stages(customer_id))
            ).one()
        return int(entries) + int(stages)


def _tags_matching(session: Any, words: list[str]) -> dict[str, list[int]]:
    """For each folded word, the ids of the tags whose folded name contains it.

    Tags are few (tens, a few hundred), so they are folded here rather than stored
    folded: one small read per keystroke, and a tag renamed by any means still matches.
    """
    if not words:
        return {}
    rows = session.execute(core_select(col(Tag.id), col(Tag.name))).all()
    tags = [(int(i), fold(n)) for i, n in rows]
    return {word: [i for i, name in tags if word in name] for word in words}


def _matches(word: str, tag_ids: list[int]) -> ColumnElement[bool]:
    """A customer's folded details contain `word`, or one of its tags does."""
    in_details = func.instr(col(Customer.match_text), word) > 0
    if not tag_ids:
        return in_details
    tagged = core_select(col(CustomerTag.customer_id)).where(col(CustomerTag.tag_id).in_(tag_ids))
    return or_(in_details, col(Customer.id).in_(tagged))


def _order(sort: CustomerSort, descending: bool, stage: Any, last: Any, follow: Any) -> list[Any]:
    by_name = name_order(descending)
    if sort is CustomerSort.STAGE:
        key = case({s.value: s.order for s in Stage}, value=stage, else_=None)
    elif sort is CustomerSort.LAST_CONTACT:
        key = last
    elif sort is CustomerSort.NEXT_FOLLOW_UP:
        key = follow
    else:
        return by_name
    ordered = key.desc() if descending else key.asc()
    return [ordered.nulls_last(), *by_name]


def _ordered_keys(customer_id: int) -> Any:
    """The customer's timeline keys (type, id), newest first, as the pages show them."""
    entries: Any = core_select(
        literal("entry").label("type"),
        col(Entry.id).label("id"),
        col(Entry.occurred_at).label("at"),
    ).where(_live_entries(customer_id))
    stages: Any = core_select(
        literal("stage").label("type"),
        col(StageChange.id).label("id"),
        col(StageChange.occurred_at).label("at"),
    ).where(_live_stages(customer_id))
    merged = union_all(entries, stages).subquery()
    return core_select(merged.c.type, merged.c.id).order_by(
        merged.c.at.desc(), merged.c.type.desc(), merged.c.id.desc()
    )
