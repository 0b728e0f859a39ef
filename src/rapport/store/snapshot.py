"""Reading a journal into a transfer snapshot, and writing one back with its own timestamps.

This is the store's half of the JSON round trip: every column of every table, times
and ids as they were. Writing keeps the file's ids when the journal is empty (so an
export restores exactly); into a journal that already has customers, rows get new ids
and every reference is mapped to them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import func, insert, update
from sqlmodel import Session, SQLModel, col, select

from rapport.store.models import (
    CheckIn,
    Customer,
    CustomerTag,
    DismissedSuggestion,
    Entry,
    EntryOurPerson,
    EntryPerson,
    OurPerson,
    Person,
    StageChange,
    Tag,
)
from rapport.store.people import refresh_matching
from rapport.transfer.json_checks import nocase
from rapport.transfer.snapshot import TABLES, Row, Snapshot

#: The table behind each part of a snapshot.
MODELS: dict[str, type[SQLModel]] = {
    "tags": Tag,
    "customers": Customer,
    "entries": Entry,
    "stage_changes": StageChange,
    "check_ins": CheckIn,
    "dismissed_suggestions": DismissedSuggestion,
    "people": Person,
    "our_people": OurPerson,
    "entry_people": EntryPerson,
    "entry_our_people": EntryOurPerson,
}
#: Who-took-part links: the table each of their references points into.
LINKS = {
    "entry_people": {"entry_id": "entries", "person_id": "people"},
    "entry_our_people": {"entry_id": "entries", "our_person_id": "our_people"},
}
#: Rows written between two progress reports.
CHUNK = 500


def read_snapshot(session: Session, customer_id: int | None = None) -> Snapshot:
    """Every row of the journal, or one customer's rows (without their trash)."""
    snapshot = Snapshot()
    links: dict[int, list[str]] = {}
    tag_query = select(CustomerTag.customer_id, Tag.name).join(
        Tag, col(Tag.id) == col(CustomerTag.tag_id)
    )
    if customer_id is not None:
        tag_query = tag_query.where(CustomerTag.customer_id == customer_id)
    for owner, name in session.exec(tag_query.order_by(col(Tag.name))).all():
        links.setdefault(owner, []).append(name)
    for table, model in MODELS.items():
        query = select(model).order_by(model.id)  # type: ignore[attr-defined]
        if customer_id is not None:
            query = one_customer(query, table, model, customer_id, links)
        for row in session.exec(query).all():
            snapshot.rows(table).append(row_of(table, row, links))
    return snapshot


def one_customer(
    query: Any, table: str, model: Any, customer_id: int, links: dict[int, list[str]]
) -> Any:
    """The query narrowed to one customer's rows (their tags; nothing in the trash)."""
    if table == "tags":
        names = links.get(customer_id, [])
        return query.where(col(model.name).in_(names))
    if table == "our_people":  # a few, and who of ours took part reads them
        return query.where(col(model.deleted_at).is_(None))
    if table in LINKS:
        own = select(Entry.id).where(Entry.customer_id == customer_id)
        own = own.where(col(Entry.deleted_at).is_(None))
        return query.where(col(model.entry_id).in_(own))
    key = model.id if table == "customers" else model.customer_id
    query = query.where(key == customer_id)
    if hasattr(model, "deleted_at"):
        query = query.where(col(model.deleted_at).is_(None))
    return query


def row_of(table: str, row: Any, links: Mapping[int, Sequence[str]]) -> Row:
    """One stored row (a model or a result row) as a snapshot row, the customer's tags added."""
    values: Row = {}
    for name in TABLES[table]:
        if name == "tags":
            values[name] = tuple(links.get(getattr(row, "id"), ()))  # noqa: B009
        else:
            values[name] = getattr(row, name)
    return values


def write_snapshot(
    session: Session,
    snapshot: Snapshot,
    ids: dict[str, dict[int, int]],
    *,
    keep_ids: bool,
    skip: set[int],
) -> Iterator[int]:
    """Add the snapshot's rows (less the customers in `skip` and all that is theirs).

    Yields how many rows are written so far, after each chunk; the caller owns the
    transaction, so stopping between chunks and rolling back leaves nothing behind.
    `ids` fills up with each table's file id → journal id.
    """
    ids.update({table: {} for table in MODELS})
    tags = TagCache(session, {row["id"]: row["tags"] for row in snapshot.rows("customers")})
    # The write transaction holds the journal's lock, so the next free ids stay free.
    next_ids = {
        table: int(session.exec(select(func.max(model.id))).one() or 0) + 1  # type: ignore[attr-defined]
        for table, model in MODELS.items()
    }
    done = 0
    for table, model in MODELS.items():
        rows = snapshot.rows(table)
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start : start + CHUNK]
            if table == "tags" and not keep_ids:
                for row in chunk:
                    tags.id_of(row["name"])  # matched by name to the journal's own tags
            else:
                first = None if keep_ids else next_ids[table]
                next_ids[table] += _insert(session, table, model, chunk, ids, skip, first, tags)
            done += len(chunk)
            yield done
        if table == "tags":
            tags.load()
    for customer_id in sorted(
        {ids["customers"][r["customer_id"]] for r in _imported_people(snapshot, ids)}
    ):
        refresh_matching(session, customer_id)  # the list and search find them by their people


def _insert(
    session: Session,
    table: str,
    model: Any,
    chunk: list[Row],
    ids: dict[str, dict[int, int]],
    skip: set[int],
    first: int | None,
    tags: TagCache,
) -> int:
    """Insert one chunk in one statement, note the journal's ids, link customers' tags.

    Rows keep their own ids when `first` is None, else are numbered from `first`;
    returns how many were inserted.
    """
    values: list[Row] = []
    if table == "our_people":
        chunk, first = _our_people(session, chunk, ids), first or _next_id(session, model)
    for row in chunk:
        made = _values(table, row, ids, skip)
        if made is not None:
            new_id = row["id"] if first is None else first + len(values)
            ids[table][row["id"]] = new_id
            values.append({**made, "id": new_id})
    if not values:
        return 0
    session.execute(insert(model.__table__), values)
    if table == "customers":
        links = [
            {"customer_id": ids[table][row["id"]], "tag_id": tags.id_of(name)}
            for row in chunk
            if row["id"] not in skip
            for name in tags.names_of[row["id"]]
        ]
        if links:
            session.execute(insert(CustomerTag.__table__), links)  # type: ignore[attr-defined]
    return len(values)


def _imported_people(snapshot: Snapshot, ids: dict[str, dict[int, int]]) -> list[Row]:
    return [r for r in snapshot.rows("people") if r["id"] in ids["people"]]


def _our_people(session: Session, chunk: list[Row], ids: dict[str, dict[int, int]]) -> list[Row]:
    """The file's owner is this journal's owner (named from the file if unnamed here)."""
    me = session.exec(select(OurPerson).where(col(OurPerson.me).is_(True))).first()
    rest = []
    named = {
        p.name.casefold(): p.id
        for p in session.exec(select(OurPerson).where(col(OurPerson.deleted_at).is_(None))).all()
        if p.name and p.id is not None
    }
    for row in chunk:
        known = named.get(row["name"].casefold()) if not row["me"] else None
        if known is not None:  # the same colleague, already here
            ids["our_people"][row["id"]] = known
        elif row["me"] and me is not None and me.id is not None:
            ids["our_people"][row["id"]] = me.id
            if not me.name and row["name"]:
                session.execute(
                    update(OurPerson).where(col(OurPerson.id) == me.id).values(name=row["name"])
                )
        else:
            rest.append(row)
    return rest


def _next_id(session: Session, model: Any) -> int:
    """The next free id of a table (the journal's lock keeps it free)."""
    return int(session.exec(select(func.max(model.id))).one() or 0) + 1


def _values(table: str, row: Row, ids: dict[str, dict[int, int]], skip: set[int]) -> Row | None:
    """A snapshot row as column values for this journal, or None when it is skipped."""
    if table == "customers" and row["id"] in skip:
        return None
    values = {k: v for k, v in row.items() if k != "tags"}
    if "customer_id" in values:
        if values["customer_id"] not in ids["customers"]:
            return None  # its customer was skipped as a duplicate
        values["customer_id"] = ids["customers"][values["customer_id"]]
    if table == "stage_changes" and values["entry_id"] is not None:
        values["entry_id"] = ids["entries"].get(values["entry_id"])
    for field, target in LINKS.get(table, {}).items():
        if values[field] not in ids[target]:
            return None  # its entry or person was not imported
        values[field] = ids[target][values[field]]
    return values


class TagCache:
    """Tag ids by name as the journal compares them (A–Z ignoring case), created on demand."""

    def __init__(self, session: Session, names_of: dict[int, tuple[str, ...]]) -> None:
        self._session = session
        self.names_of = names_of  # each snapshot customer's tag names
        self._ids: dict[str, int] = {}
        self.load()

    def load(self) -> None:
        """(Re)read the journal's tags."""
        for tag in self._session.exec(select(Tag)).all():
            assert tag.id is not None
            self._ids.setdefault(nocase(tag.name), tag.id)

    def id_of(self, name: str) -> int:
        """The id of the tag called `name`, making the tag when there is none."""
        key = nocase(name)
        if key not in self._ids:
            tag = Tag(name=name)
            self._session.add(tag)
            self._session.flush()
            assert tag.id is not None
            self._ids[key] = tag.id
        return self._ids[key]
