"""Reading a journal into a transfer snapshot, and writing one back with its own timestamps.

This is the store's half of the JSON round trip: every column of every table, times
and ids as they were. Writing keeps the file's ids when the journal is empty (so an
export restores exactly); into a journal that already has customers, rows get new ids
and every reference is mapped to them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlmodel import Session, SQLModel, col, select

from rapport.store.models import (
    CheckIn,
    Customer,
    CustomerTag,
    DismissedSuggestion,
    Entry,
    StageChange,
    Tag,
)
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
            query = _one_customer(query, table, model, customer_id, links)
        for row in session.exec(query).all():
            snapshot.rows(table).append(_row(table, row, links))
    return snapshot


def _one_customer(
    query: Any, table: str, model: Any, customer_id: int, links: dict[int, list[str]]
) -> Any:
    if table == "tags":
        names = links.get(customer_id, [])
        return query.where(col(model.name).in_(names))
    key = model.id if table == "customers" else model.customer_id
    query = query.where(key == customer_id)
    if hasattr(model, "deleted_at"):
        query = query.where(col(model.deleted_at).is_(None))
    return query


def _row(table: str, row: SQLModel, links: dict[int, list[str]]) -> Row:
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
    done = 0
    for table, model in MODELS.items():
        pending: list[tuple[int, SQLModel]] = []
        for row in snapshot.rows(table):
            if table == "tags" and not keep_ids:
                tags.id_of(row["name"])  # matched by name to the journal's own tags
                made = None
            else:
                made = _model_row(table, model, row, ids, skip, keep_ids)
            if made is not None:
                session.add(made)
                pending.append((row["id"], made))
            done += 1
            if len(pending) >= CHUNK:
                _settle(session, table, pending, ids, tags)
                yield done
        _settle(session, table, pending, ids, tags)
        if table == "tags":
            tags.load()
        yield done


def _model_row(
    table: str,
    model: Any,
    row: Row,
    ids: dict[str, dict[int, int]],
    skip: set[int],
    keep_ids: bool,
) -> SQLModel | None:
    values = {k: v for k, v in row.items() if k != "tags"}
    if table == "customers" and row["id"] in skip:
        return None
    if "customer_id" in values:
        if values["customer_id"] not in ids["customers"]:
            return None  # its customer was skipped as a duplicate
        values["customer_id"] = ids["customers"][values["customer_id"]]
    if table == "stage_changes" and values["entry_id"] is not None:
        values["entry_id"] = ids["entries"].get(values["entry_id"])
    if not keep_ids:
        values["id"] = None
    made: SQLModel = model(**values)
    return made


def _settle(
    session: Session,
    table: str,
    pending: list[tuple[int, SQLModel]],
    ids: dict[str, dict[int, int]],
    tags: TagCache,
) -> None:
    """Flush a chunk, note the new ids, and link new customers to their tags."""
    session.flush()
    for old, made in pending:
        ids[table][old] = int(getattr(made, "id"))  # noqa: B009
    if table == "customers":
        for old, _made in pending:
            for name in tags.names_of[old]:
                session.add(CustomerTag(customer_id=ids[table][old], tag_id=tags.id_of(name)))
        session.flush()
    pending.clear()


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
