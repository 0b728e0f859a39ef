"""PostgreSQL's search index: a text search configuration and GIN indexes.

SQLite's FTS5 keeps its own copy of the text, filled by triggers. PostgreSQL keeps a
note's vector (`to_tsvector(...)` of its title, body and the names of its files) in a
generated column with a GIN index, kept in step by the server itself with every
write: no trigger. The configuration `rapport_search` is the `simple` parser (no
stemming, no stop words: "we" and "Q3" are words) with `unaccent` in front when the
server has it, so "muller" finds "Müller" and "strasse" finds "Straße", as FTS5 plus
search_fts5_terms.py do on SQLite. `to_tsvector(regconfig, text)` is immutable (the
configuration is fixed by name, unaccent inside it), so the generated columns, their
indexes and the queries' vectors all fold alike.

A customer's words are in generated columns too (name, organisation and people in
one, about in another), GIN-indexed together. Its tags live in another table, which
a generated column cannot read: search matches them on the small tag table and puts
the whole document together only for the few customers found (store/search_pg.py).

Migration 0003 installed the notes' index of its day (title and body, a frozen copy
there); 0013 replaced it with this one by calling `install`, which `rebuild` runs
again. Every statement is idempotent. Because 0013 calls it, change it only in ways
that are right for a journal at revision 0013 too (or freeze 0013's copy first), and
add a migration that installs the change.
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
#: A customer's weighted words before its tags: name (A), organisation and people (B);
#: and after them: about (D). Search puts the tags' (C) between the two, which gives
#: exactly the document a customer was always ranked by.
CUSTOMER_HEAD = "search_vector"
CUSTOMER_TAIL = "search_about"
#: The GIN index over a customer's words but its tags (head and tail together).
CUSTOMER_INDEX = "search_customer_vector"
#: The indexed expression: a query must spell it the same way for the index to be used.
CUSTOMER_WORDS = f"({CUSTOMER_HEAD} || {CUSTOMER_TAIL})"
#: Which part of a note each weight marks (`ts_filter` picks a part out of the vector).
TITLE, BODY, FILES = "a", "b", "c"


def _vector(column: str) -> str:
    return f"to_tsvector('{CONFIG}', {column})"


#: A note's document: its title (weight A), its body (B), the names of its files (C).
_ENTRY_DOCUMENT = (
    f"setweight({_vector('title')}, 'A') || setweight({_vector('body')}, 'B') || "
    f"setweight({_vector('files_text')}, 'C')"
)


def organisation(alias: str = "") -> str:
    """Who a customer is, in words: its organisation and its people (names, roles, e-mails)."""
    at = f"{alias}." if alias else ""
    return f"btrim({at}organisation || chr(10) || {at}people_text, chr(10) || ' ')"


_CUSTOMER_COLUMNS = (
    (
        CUSTOMER_HEAD,
        f"setweight({_vector('name')}, 'A') || setweight({_vector(organisation())}, 'B')",
    ),
    (CUSTOMER_TAIL, f"setweight({_vector('about')}, 'D')"),
)


def has_unaccent(conn: Connection) -> bool:
    """Whether the server ships the unaccent extension (PostgreSQL's contrib)."""
    row = conn.exec_driver_sql(
        "SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent'"
    ).first()
    return row is not None


def install_configuration(conn: Connection) -> None:
    """Create the configuration (with unaccent when the server has it), if missing."""
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


def install(conn: Connection) -> None:
    """Create the configuration, the notes' and the customers' vectors and GIN indexes."""
    install_configuration(conn)
    for table, column, document in (
        ("entry", ENTRY_COLUMN, _ENTRY_DOCUMENT),
        *(("customer", column, document) for column, document in _CUSTOMER_COLUMNS),
    ):
        conn.exec_driver_sql(
            f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column} tsvector "
            f"GENERATED ALWAYS AS ({document}) STORED"
        )
    conn.exec_driver_sql(
        f"CREATE INDEX IF NOT EXISTS {ENTRY_INDEX} ON entry USING gin ({ENTRY_COLUMN})"
    )
    conn.exec_driver_sql(
        f"CREATE INDEX IF NOT EXISTS {CUSTOMER_INDEX} ON customer USING gin ({CUSTOMER_WORDS})"
    )
    conn.exec_driver_sql("ANALYZE entry, customer")  # the planner learns the words' counts


def drop(conn: Connection) -> None:
    """Remove the indexes and the vectors (the configuration stays: it holds no data)."""
    for index in (ENTRY_INDEX, CUSTOMER_INDEX):
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {index}")
    for table, column in (
        ("entry", ENTRY_COLUMN),
        ("customer", CUSTOMER_HEAD),
        ("customer", CUSTOMER_TAIL),
    ):
        conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN IF EXISTS {column}")
