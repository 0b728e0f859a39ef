"""What the rules work out from a customer's facts once, kept for the facts used last.

A customer's page is opened again and again with the same facts object (the store
keeps it until a write touches the customer): its time index and its ledger do not
depend on the moment asked about, so they are worked out once per facts object, not
at every opening. Kept by identity, never by value (hashing 2,000 entries would cost
what it saves); the objects are held, so an id is never taken for another's.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

#: How many facts objects' results are kept (the customers opened last).
KEPT = 4
#: Shorter histories are worked out afresh: faster than looking them up, and the Today
#: list asks about thousands of customers once each (a look-up would only slow it).
LONG = 256

_Key = TypeVar("_Key")
_Value = TypeVar("_Value")


class ByIdentity(Generic[_Key, _Value]):
    """Results for the last few objects they were worked out from (`is`, not `==`)."""

    def __init__(self, limit: int = KEPT) -> None:
        self._limit = limit
        self._kept: list[tuple[_Key, object, _Value]] = []
        self._lock = threading.Lock()  # Today's worker and the page ask from two threads

    def get(self, key: _Key, also: object, make: Callable[[], _Value]) -> _Value:
        """The result for `key` (worked out with `also`, compared by `==`); made once."""
        with self._lock:
            for kept_key, kept_also, value in self._kept:
                if kept_key is key and (kept_also is also or kept_also == also):
                    return value
        value = make()
        with self._lock:
            self._kept.append((key, also, value))
            del self._kept[: -self._limit]
        return value
