"""PostgreSQL's search index: a text search configuration and a GIN index on the notes.

SQLite's FTS5 keeps its own copy of the text, filled by triggers. PostgreSQL keeps a
note's vector (`to_tsvector(...)` of its title and body) in a generated column with a
GIN index, both kept in step by the server itself with every write: no trigger.
The configuration `rapport_search` is the `simple` parser (no stemming, no
stop words: "we" and "Q3" are words) with `unaccent` in front when the server has it,
so "muller" finds "Müller" and "strasse" finds "Straße", as FTS5 plus
search_fts5_terms.py do on SQLite.

Customers are few (thousands, not hundreds of thousands) and their document joins
their tags, so their vector is computed at query time (store/search_pg.py).

Migration 0003 installs this on PostgreSQL (its FTS5 tables are SQLite's); `rebuild`
drops and installs it again. Every statement is idempotent. Because a migration calls
it, change it only in ways that are right for a journal at revision 0003 too; anything
else goes into a new migration.
"""

from __future__ import annotations

from sqlalchemy import Connection

#: The text search configuration every vector and query is made with.
CONFIG = "rapport_search"
#: The GIN index over a note's weighted vector.
ENTRY_INDEX = "search_entry_vector"
#: The note's vector, a column the server computes on every write (GENERATED … STORED):
#: ranking reads it instead of parsing every matching note again (2,000 matching notes:
#: 70 ms → 7 ms). The ORM does not know it (migrate.include_name hides search_*).
ENTRY_COLUMN = "search_vector"
#: How the column is referred to in a query of `entry AS e`.
ENTRY_VECTOR = f"e.{ENTRY_COLUMN}"

#: A note's document: its title (weight A) counts more than its body (weight B).
_DOCUMENT = (
    f"setweight(to_tsvector('{CONFIG}', title), 'A') || "
    f"setweight(to_tsvector('{CONFIG}', body), 'B')"
)


def has_unaccent(conn: Connection) -> bool:
    """Whether the server ships the unaccent extension (PostgreSQL's contrib)."""
    row = conn.exec_driver_sql(
        "SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent'"
    ).first()
    return row is not None


def install(conn: Connection) -> None:
    """Create the configuration (with unaccent when it can) and the notes' GIN index."""
    unaccent = has_unaccent(conn)
    if unaccent:
        # A trusted extension: a database owner may create it without being superuser.
        conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
    exists = conn.exec_driver_sql(
        "SELECT 1 FROM pg_ts_config WHERE cfgname = %(name)s", {"name": CONFIG}
    ).first()
    if exists is None:
        conn.exec_driver_sql(f"CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = simple)")
        if unaccent:
            conn.exec_driver_sql(
                f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} "
                "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple"
            )
    conn.exec_driver_sql(
        f"ALTER TABLE entry ADD COLUMN IF NOT EXISTS {ENTRY_COLUMN} tsvector "
        f"GENERATED ALWAYS AS ({_DOCUMENT}) STORED"
    )
    conn.exec_driver_sql(
        f"CREATE INDEX IF NOT EXISTS {ENTRY_INDEX} ON entry USING gin ({ENTRY_COLUMN})"
    )


def drop(conn: Connection) -> None:
    """Remove the index and the notes' vectors (the configuration stays: it holds no data)."""
    conn.exec_driver_sql(f"DROP INDEX IF EXISTS {ENTRY_INDEX}")
    conn.exec_driver_sql(f"ALTER TABLE entry DROP COLUMN IF EXISTS {ENTRY_COLUMN}")
