"""Reading the open follow-ups: the Today list's first items, and the rules' book.

Today shows its follow-ups first, before the rules have worked out the rest
(`FactsStore.today_first`): that read is what the owner waits for between the window
and the first page. So it is one query, the follow-ups joined to their customers'
names and kinds, rather than the follow-ups and then every active customer's name
(20,000 rows at a million entries, four times the time of the follow-ups). Rows are
read as plain columns through the connection: the ORM's result handling doubled it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, and_, func
from sqlalchemy import select as core_select
from sqlmodel import col

from rapport.domain.customers import Status
from rapport.domain.facts import FollowUp
from rapport.domain.kinds import EntryKind
from rapport.domain.people import RelationshipKind, relationship_kind
from rapport.store.models import Customer, Entry

if TYPE_CHECKING:
    from sqlalchemy import Connection

#: Longest follow-up title shown in the Today list (the first line of the entry).
FOLLOW_UP_TITLE_CHARS = 120

_KINDS = {k.value: k for k in EntryKind}

#: The customers Today shows: live and active.
LIVE_ACTIVE = and_(col(Customer.deleted_at).is_(None), col(Customer.status) == Status.ACTIVE.value)


def _open(ids: Any) -> ColumnElement[bool]:
    """Open follow-ups of live entries of these customers (the partial index's terms)."""
    return and_(
        col(Entry.deleted_at).is_(None),
        col(Entry.customer_id).in_(ids),
        col(Entry.follow_up_on).is_not(None),
        col(Entry.follow_up_done).is_(False),
    )


def _columns() -> tuple[Any, ...]:
    first_part = func.substr(col(Entry.body), 1, FOLLOW_UP_TITLE_CHARS * 2)
    return (
        col(Entry.id),
        col(Entry.customer_id),
        col(Entry.follow_up_on),
        col(Entry.title),
        first_part,
        col(Entry.kind),
        col(Entry.private),
    )


def _follow_up(row: Sequence[Any]) -> FollowUp:
    entry_id, customer_id, due, title, body, kind, private = row[:7]
    return FollowUp(entry_id, customer_id, due, _title(title, body), _KINDS[kind], bool(private))


def follow_ups(conn: Connection, ids: Any) -> list[FollowUp]:
    """The open follow-ups of these customers (a select of ids), soonest due first."""
    query = (
        core_select(*_columns()).where(_open(ids)).order_by(col(Entry.follow_up_on), col(Entry.id))
    )
    return [_follow_up(row) for row in conn.execute(query).fetchall()]


def named_follow_ups(
    conn: Connection,
) -> tuple[list[FollowUp], dict[int, tuple[str, RelationshipKind]]]:
    """The live active customers' open follow-ups, with those customers' names and kinds.

    One query: the follow-ups' customers are the only ones their items name.
    """
    ids = core_select(col(Customer.id)).where(LIVE_ACTIVE)
    query = (
        core_select(*_columns(), col(Customer.name), col(Customer.kind))
        .join(Customer, col(Customer.id) == col(Entry.customer_id))
        .where(_open(ids), LIVE_ACTIVE)
        .order_by(col(Entry.follow_up_on), col(Entry.id))
    )
    found, named = [], {}
    kinds: dict[str | None, RelationshipKind] = {}
    for row in conn.execute(query).fetchall():
        found.append(_follow_up(row))
        name, kind = row[7], row[8]
        if kind not in kinds:
            kinds[kind] = relationship_kind(kind)
        named[row[1]] = (name, kinds[kind])
    return found, named


def _title(title: str, body: str | None) -> str:
    """The entry's title, else the first non-empty line of its body, shortened."""
    text = title or next((line.strip() for line in (body or "").splitlines() if line.strip()), "")
    text = text.lstrip("#*-> ").strip()
    if len(text) > FOLLOW_UP_TITLE_CHARS:
        text = text[: FOLLOW_UP_TITLE_CHARS - 1].rstrip() + "…"
    return text
