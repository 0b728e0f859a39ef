"""What opening a customer's page reads for the rules, kept until a write touches it.

Switching between customers would otherwise read the same history again each time
(every entry of a 2,000-entry customer), and the whole book's account values that
each customer is compared with. Both are kept here: the book's values until a write
touches a customer's own row (`Change.details`: an entry saved changes no account
value), a customer's facts until a write touches that customer (the journal's change
notices say which: `Change.customers`, or everything). A read that
overlapped a change is not kept; inside a unit of work nothing kept is used or kept
(the write reads its own uncommitted rows).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

from rapport.store.change import Change, ChangeFeed

#: Customers whose facts are kept (the ones opened last).
KEPT_CUSTOMERS = 4

_Book = TypeVar("_Book")
_Facts = TypeVar("_Facts")


class Kept(Generic[_Book, _Facts]):
    """The book's account values and a few customers' facts, forgotten by change notices."""

    def __init__(
        self,
        changes: ChangeFeed | None,
        in_write: Callable[[], bool],
        wide: Callable[[Change], bool] | None = None,
    ) -> None:
        """`wide`: which changes name no customer yet forget every customer's (e.g. tags)."""
        self._in_write = in_write
        self._wide = wide
        self._book: _Book | None = None
        self._facts: OrderedDict[int, _Facts] = OrderedDict()
        self._writes = 0  # changes heard: a read that overlapped one is not kept
        self._lock = threading.Lock()
        self._keeps = changes is not None  # unheard changes: keep nothing
        if changes is not None:
            changes.subscribe(self._forget)

    def _forget(self, change: Change) -> None:
        wide = change.everything or (self._wide is not None and self._wide(change))
        if not (change.customers or wide):
            return
        with self._lock:
            self._writes += 1
            if wide or change.details_written:
                self._book = None
            if wide:
                self._facts.clear()
            for customer_id in change.customers:
                self._facts.pop(customer_id, None)

    def _may_keep(self, writes: int) -> bool:
        return self._keeps and writes == self._writes and not self._in_write()

    def book(self, read: Callable[[], _Book]) -> _Book:
        """The book's account values, read (with `read`) once until a customer's row is written."""
        if self._in_write():  # it reads its own rows, not yet everyone's
            return read()
        with self._lock:
            kept, writes = self._book, self._writes
        if kept is not None:
            return kept
        found = read()
        with self._lock:
            if self._may_keep(writes):
                self._book = found
        return found

    def known(self, customer_id: int) -> tuple[_Book, _Facts] | None:
        """The book's values and the customer's facts if both are kept, else None (nothing read)."""
        if self._in_write():
            return None
        with self._lock:
            book, facts = self._book, self._facts.get(customer_id)
            if book is None or facts is None:
                return None
            self._facts.move_to_end(customer_id)
            return book, facts

    def customer(
        self, customer_id: int, read: Callable[[int], _Facts], again: bool = False
    ) -> _Facts:
        """A customer's facts, read again only after a write touched them (or when `again`)."""
        if self._in_write():
            return read(customer_id)
        with self._lock:
            kept, writes = None if again else self._facts.get(customer_id), self._writes
            if kept is not None:
                self._facts.move_to_end(customer_id)
                return kept
        found = read(customer_id)
        with self._lock:
            if self._may_keep(writes):
                self._facts[customer_id] = found
                while len(self._facts) > KEPT_CUSTOMERS:
                    self._facts.popitem(last=False)
        return found
