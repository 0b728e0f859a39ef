"""Every customer's name for the entry's picker, read once and kept up to date by change notices.

Ctrl+N offers every customer: reading all their names each time took 120 ms at
20,000 customers, on the UI thread, before the dialog showed. They are kept here
instead: a write that touched customers' own rows or people (`Change.details`:
created, renamed, archived, deleted, restored, a person added) has just those
customers read again and put in their place; a write too broad to list has all of
them read again. A read that overlapped a change is not kept; inside a unit of work
nothing kept is used (the write reads its own uncommitted rows).

The kept answer is one tuple until something changes, so the UI can keep what it
built from it (ui/customer_choices.py) by asking whether it is the same tuple.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import select
from sqlmodel import col

from rapport.store.change import Change, ChangeFeed
from rapport.store.models import Customer

if TYPE_CHECKING:
    from rapport.store.unit_of_work import Door

#: More customers changed than this are read again with all the others (one query).
_FEW = 200

#: The picker's order: folded name, name as written, oldest first (customers.name_order).
_Key = tuple[str, str, int]


class Choice(NamedTuple):
    """A customer to pick: its name, organisation, and its people's names, roles, e-mails."""

    id: int
    name: str
    organisation: str
    #: One per line, the main contact's name first (store/people.py).
    people: str = ""


class KeptChoices:
    """Every live customer as a `Choice`, in name order, re-read only where a write touched."""

    def __init__(self, door: Door, changes: ChangeFeed | None) -> None:
        self._door = door
        self._keys: list[_Key] = []
        self._kept: tuple[Choice, ...] | None = None
        self._stale: set[int] = set()  # customers written since: read again when asked
        self._writes = 0  # changes heard: a read that overlapped one is not kept
        self._lock = threading.Lock()
        self._keeps = changes is not None  # unheard changes: keep nothing
        if changes is not None:
            changes.subscribe(self._heard)

    def _heard(self, change: Change) -> None:
        if not (change.everything or change.details_written):
            return  # an entry, stage or check-in: no name changed
        with self._lock:
            self._writes += 1
            if change.everything:
                self._kept = None
                self._stale.clear()
            elif self._kept is not None:
                self._stale |= change.details_written
                if len(self._stale) > _FEW:
                    self._kept = None

    def choices(self) -> tuple[Choice, ...]:
        """Every customer not deleted, by name: read once, then only what was written since."""
        if self._door.in_write:
            return tuple(c for _k, c in self._read(None))
        with self._lock:
            kept, stale, writes = self._kept, set(self._stale), self._writes
            keys = self._keys
        if kept is not None and not stale:
            return kept
        if kept is None:
            rows = self._read(None)
            keys, found = [k for k, _c in rows], tuple(c for _k, c in rows)
        else:
            keys, found = _merged(keys, kept, stale, self._read(stale))
        with self._lock:
            if self._keeps and writes == self._writes and not self._door.in_write:
                self._keys, self._kept = keys, found
                self._stale -= stale
        return found

    def _read(self, ids: Iterable[int] | None) -> list[tuple[_Key, Choice]]:
        """The live customers among `ids` (None: all of them) with their order's key."""
        key, name, cid = col(Customer.sort_key), col(Customer.name), col(Customer.id)
        query = select(key, name, cid, col(Customer.organisation), col(Customer.people_text))
        query = query.where(col(Customer.deleted_at).is_(None))
        if ids is not None:
            query = query.where(cid.in_(sorted(ids)))
        with self._door.read() as session:
            rows = session.execute(query.order_by(key, name, cid)).all()
        return [
            ((key, name, int(cid or 0)), Choice(int(cid or 0), name, organisation, people))
            for key, name, cid, organisation, people in rows
        ]


def _merged(
    keys: list[_Key],
    kept: tuple[Choice, ...],
    stale: set[int],
    fresh: list[tuple[_Key, Choice]],
) -> tuple[list[_Key], tuple[Choice, ...]]:
    """The kept choices without the stale customers, then with their fresh rows in place."""
    keep = [i for i, c in enumerate(kept) if c.id not in stale]
    new_keys = [keys[i] for i in keep]
    new_choices = [kept[i] for i in keep]
    for key, choice in fresh:
        at = bisect_left(new_keys, key)
        new_keys.insert(at, key)
        new_choices.insert(at, choice)
    return new_keys, tuple(new_choices)
