"""After rows were written with their own ids, a server's id counters must follow them.

SQLite numbers a new row after the largest id in its table, whatever wrote it. On
PostgreSQL a table's ids come from a sequence that only moves when it hands one out:
after a JSON import that kept the file's ids (or numbered rows itself), the next new
customer would be given id 1 again and fail as a duplicate. So every write that puts
ids in by hand calls `advance_sequences` before it commits.
"""

from __future__ import annotations

from sqlalchemy import Connection

from rapport.store.models import SQLModel


def advance_sequences(conn: Connection) -> None:
    """Move each table's id sequence past its largest id (nothing to do on SQLite)."""
    if conn.dialect.name != "postgresql":
        return
    for table in SQLModel.metadata.sorted_tables:
        if "id" not in table.columns or not table.c.id.primary_key:
            continue
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f'coalesce(max(id), 0) + 1, false) FROM "{table.name}"'
        )
