"""A team journal's saves run again, a few times, when they collided with a colleague's.

On a server two clients write at the same moment; a unit of work runs at REPEATABLE
READ (store/server.py), so the later of two colliding saves is refused with a
serialization failure (or a deadlock) instead of overwriting the other. Running the
same call again reads the rows as they are now: its version check then merges what it
can or says the conflict in words, as it would have on SQLite. The owner sees a
collision only when it happens `ATTEMPTS` times in a row (store/db_errors_pg.py).

The unit of work's body is the store's method (a `with door.write()` block cannot be
run twice), so the journal's stores are wrapped: each call made outside a unit of work
is retried as a whole; a call inside one joins it and leaves the retry to the outer
call. A journal file is never wrapped: SQLite takes its write lock before reading.
"""

from __future__ import annotations

import functools
from typing import Any, TypeVar, cast

from rapport.store.db_errors_pg import retrying
from rapport.store.unit_of_work import Door

T = TypeVar("T")


class _Retried:
    """A store whose every call outside a unit of work is retried when it collided."""

    def __init__(self, store: object, door: Door) -> None:
        object.__setattr__(self, "_store", store)
        object.__setattr__(self, "_door", door)

    def __getattr__(self, name: str) -> Any:
        found = getattr(self._store, name)
        if name.startswith("_") or not callable(found):
            return found
        door: Door = self._door

        @functools.wraps(found)
        def call(*args: Any, **kwargs: Any) -> Any:
            if door.in_write:  # joins an outer unit of work: that one is retried
                return found(*args, **kwargs)
            return retrying(lambda: found(*args, **kwargs))

        return call

    def __setattr__(self, name: str, value: object) -> None:
        setattr(self._store, name, value)


def retried(store: T, door: Door) -> T:
    """store, with its calls run again when they collide (for a team journal's stores)."""
    return cast(T, _Retried(store, door))
