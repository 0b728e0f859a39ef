"""Counting the SQL a block runs: whether something kept was read again (no timing)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from rapport.store import Journal


@contextmanager
def statements(journal: Journal, *, only_selects: bool = False) -> Iterator[list[str]]:
    """The statements (or only the SELECTs) run on the journal's engine inside the block."""
    seen: list[str] = []

    def count(*args: Any) -> None:
        sql = str(args[2])
        if not only_selects or sql.lstrip().upper().startswith("SELECT"):
            seen.append(sql)

    event.listen(journal.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(journal.engine, "before_cursor_execute", count)


def selects(journal: Journal) -> Any:
    """The SELECT statements run inside the block."""
    return statements(journal, only_selects=True)
