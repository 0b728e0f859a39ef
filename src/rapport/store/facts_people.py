"""What the rules read of people: birthdays (Today's important dates) and who served.

`RelationshipFacts.birthdays` holds the birthdays of a relationship's people who are
still there (someone who left is no longer celebrated); `EntryFact.served_by` the
ids of our own people who took part in each entry, which the power-level suggestion
counts ("served well by 3 of your people"). Two queries for any number of customers.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import Connection
from sqlalchemy import select as core_select
from sqlmodel import col

from rapport.domain.facts import RelationshipFacts
from rapport.store.models import Entry, EntryOurPerson, Person


def with_people(conn: Connection, ids: Any, facts: dict[int, RelationshipFacts]) -> None:
    """Add birthdays and who served each entry to `facts` (by customer id), in place.

    `ids`: a select of the customers' ids (the same the other queries use).
    """
    born = _birthdays(conn, ids)
    served = _served(conn, ids)
    for cid, fact in facts.items():
        entries = fact.entries
        if served and any(e.id in served for e in entries):
            entries = tuple(
                replace(e, served_by=served[e.id]) if e.id in served else e for e in entries
            )
        birthdays = tuple(born.get(cid, ()))
        if entries is not fact.entries or birthdays != fact.birthdays:  # most have neither
            facts[cid] = replace(fact, birthdays=birthdays, entries=entries)


def _birthdays(conn: Connection, ids: Any) -> dict[int, list[tuple[str, date]]]:
    query = (
        core_select(col(Person.customer_id), col(Person.name), col(Person.birthday))
        .where(
            col(Person.customer_id).in_(ids),
            col(Person.deleted_at).is_(None),
            col(Person.left_on).is_(None),
            col(Person.birthday).is_not(None),
        )
        .order_by(col(Person.customer_id), col(Person.id))
    )
    found: dict[int, list[tuple[str, date]]] = defaultdict(list)
    for cid, name, birthday in conn.execute(query):
        if birthday is not None:
            found[cid].append((name, birthday))
    return found


def _served(conn: Connection, ids: Any) -> dict[int, frozenset[int]]:
    """Who of ours took part in each live entry of these customers.

    Walked from the links (few, or none in a journal of one) to their entries, never
    from every entry of the book to its links: a join let SQLite start from the
    entries, 130 ms on 100,000 of them for no link at all.
    """
    of_these = (
        core_select(col(Entry.id))
        .where(
            col(Entry.id) == col(EntryOurPerson.entry_id),
            col(Entry.customer_id).in_(ids),
            col(Entry.deleted_at).is_(None),
        )
        .exists()
    )
    query = core_select(col(EntryOurPerson.entry_id), col(EntryOurPerson.our_person_id)).where(
        of_these
    )
    found: dict[int, set[int]] = defaultdict(set)
    for entry_id, person_id in conn.execute(query):
        found[entry_id].add(person_id)
    return {k: frozenset(v) for k, v in found.items()}
