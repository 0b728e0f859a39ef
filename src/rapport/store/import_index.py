"""The customers' search index filled once at the end of an import, not row by row.

On SQLite a trigger re-indexes a customer on every insert of it and of each of its
tags (search_fts5_schema): some 80 µs a row, more than the insert itself. An import
drops those two triggers inside its own transaction, indexes its new customers in
one statement before it commits, and puts the triggers back: the index ends exactly
as the triggers would have left it. Dropping a trigger is part of the transaction,
so a cancelled or failed import gets them back with the rollback. A journal whose
triggers are missing (an index to be rebuilt) is left to its rebuild; PostgreSQL
keeps its own index.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, text

from rapport.store import search_fts5_schema as schema

#: The triggers that index a new customer: on its row, and on each tag it gets.
_ON_INSERT = ("search_customer_ai", "search_customer_tag_ai")


@contextmanager
def customers_indexed_at_the_end(conn: Connection, after_id: int) -> Iterator[None]:
    """Insert customers with ids above `after_id` in the block; they are indexed when it ends."""
    if conn.dialect.name != "sqlite" or not _have_triggers(conn):
        yield
        return
    for name in _ON_INSERT:
        conn.exec_driver_sql(f"DROP TRIGGER {name}")
    yield  # an exception leaves the triggers dropped until the rollback brings them back
    conn.execute(text("DELETE FROM search_customer WHERE rowid > :after"), {"after": after_id})
    conn.execute(
        text(
            "INSERT INTO search_customer(rowid, name, organisation, tags, about)"
            f"{schema.CUSTOMER_DOCUMENTS} WHERE c.id > :after"
        ),
        {"after": after_id},
    )
    for name in _ON_INSERT:
        conn.exec_driver_sql(schema.TRIGGERS[name])


def _have_triggers(conn: Connection) -> bool:
    found = conn.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)",
        _ON_INSERT,
    ).scalar()
    return found == len(_ON_INSERT)
