"""The SQL of one search: statements and parameters, built from the filters.

Kept apart from the code that runs them so the benchmark can run exactly the same
statements through raw sqlite3 and measure what the store's layers add. Statements
are final driver SQL (named parameters, lists already spread into `IN (...)`,
times already in the stored form): the store runs them with `exec_driver_sql`,
which skips SQLAlchemy's statement compiling, most of what the store adds to a
search.

Why the statements look the way they do (measured on 100,000 notes):

- Ranking uses FTS5's `rank` column (`rank MATCH 'bm25(...)'`, `ORDER BY rank`).
  FTS5 then hands rows over already in rank order, SQLite stops after LIMIT rows, and
  `snippet()` runs for the rows shown only, not for every match (a plain
  `ORDER BY bm25(...)` snippets every match before sorting: ~300 ms for "the and").
- bm25 costs about a microsecond per matching note, so a query matching most of the
  journal ("the", "we") cannot be ranked in full within the 100 ms a keystroke
  allows. Only the newest `RANK_WINDOW` matching notes are ranked: `floor` finds the
  oldest of them, walking the index newest first, and the ranked query starts there.
  Queries with fewer matches are ranked in full.
- bm25's cost does not shrink with the window: it first counts, for each word, the
  notes holding it in the whole index (its IDF), a walk of the word's full list (~70 ms
  per common word at 1,000,000 notes). For a word in at least half the notes bm25 gives
  that IDF the floor value 1e-6: the word weighs nothing. So when the window overflows
  and its matches are dense (the newest `RANK_WINDOW` matches lie among the newest
  2 × `RANK_WINDOW` notes: every word typed is in at least half the recent notes), the
  notes are listed newest first instead (`newest_entry_query`): ranking by words that
  tell no note from another would only cost the walk, and a note-taker typing common
  words looks for something recent. Under a millisecond at any size.
- With filters, FTS5's rank order would still score every match, filtered out or
  not (200-500 ms for "the and" among complaints). So a filtered search ranks with
  `bm25()` in a plain ORDER BY, which SQLite computes only for rows that pass the
  filters, and fetches the page's snippets afterwards, one note at a time.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.dialects import sqlite

from rapport.store.models import Entry
from rapport.store.search import ELLIPSIS, MATCH_END, MATCH_START, SearchFilters

#: At most this many matching notes (newest first) are ranked by relevance.
RANK_WINDOW = 10_000
#: How many words of context a snippet holds around the matches.
SNIPPET_WORDS = 12
#: bm25 weights per column: a word in a note's title counts four times one in its body,
#: one in the name of a file on it twice.
ENTRY_WEIGHTS = "4.0, 1.0, 2.0"
ENTRY_RANKING = f"bm25({ENTRY_WEIGHTS})"
#: bm25 weights per column: name, organisation, tags, about.
CUSTOMER_RANKING = "bm25(10.0, 5.0, 3.0, 1.0)"

_CURRENT_STAGE = """(SELECT s.stage FROM stage_change AS s
    WHERE s.customer_id = cs.id AND s.deleted_at IS NULL
    ORDER BY s.occurred_at DESC, s.id DESC LIMIT 1)"""

_ENTRY_FROM = """
    FROM search_entry
    CROSS JOIN entry AS e ON e.id = search_entry.rowid
    CROSS JOIN customer AS c ON c.id = e.customer_id
    WHERE search_entry MATCH :q AND e.deleted_at IS NULL AND c.deleted_at IS NULL"""

_ENTRY_COLUMNS = """
    SELECT e.id AS entry_id, e.customer_id AS customer_id, c.name AS customer_name,
           e.occurred_at AS occurred_at, e.kind AS kind, e.title AS title,
           e.private AS private,"""

_SNIPPET = "snippet({table}, -1, :ms, :me, :ellipsis, :words)"

_CUSTOMER_SELECT = f"""
    SELECT NULL AS entry_id, c.id AS customer_id, c.name AS customer_name,
           NULL AS occurred_at, NULL AS kind, c.organisation AS title, 0 AS private,
           {_SNIPPET.format(table="search_customer")} AS snippet,
           search_customer.rank AS score
    FROM search_customer
    CROSS JOIN customer AS c ON c.id = search_customer.rowid
    WHERE search_customer MATCH :q AND search_customer.rank MATCH :ranking
      AND c.deleted_at IS NULL"""

#: Turns a datetime into what the ORM stores in entry.occurred_at (same processor).
_STORED_TIME = Entry.__table__.c.occurred_at.type.bind_processor(sqlite.dialect())  # type: ignore[attr-defined]


def _stored(moment: datetime) -> Any:
    value = moment.astimezone(UTC)
    return _STORED_TIME(value) if _STORED_TIME is not None else value


def _in(name: str, values: Iterable[str], params: dict[str, Any]) -> str:
    """`IN (:name_0, :name_1, ...)` with one bound parameter per value."""
    keys = []
    for i, value in enumerate(sorted(values)):
        params[f"{name}_{i}"] = value
        keys.append(f":{name}_{i}")
    return "IN (" + ", ".join(keys) + ")"


def customer_conditions(filters: SearchFilters, params: dict[str, Any]) -> list[str]:
    """SQL conditions on customer `c`; fills the bound parameters they use."""
    where: list[str] = []
    if filters.levels:
        where.append("c.level " + _in("level", (v.value for v in filters.levels), params))
    if filters.tags:
        # Not correlated with the outer row, so SQLite works the set out once.
        where.append(
            "c.id IN (SELECT ct.customer_id FROM customer_tag AS ct JOIN tag AS t"
            " ON t.id = ct.tag_id WHERE t.name " + _in("tag", filters.tags, params) + ")"
        )
    if filters.stages:
        stages = _in("stage", (v.value for v in filters.stages), params)
        where.append(f"c.id IN (SELECT cs.id FROM customer AS cs WHERE {_CURRENT_STAGE} {stages})")
    return where


def entry_conditions(filters: SearchFilters, params: dict[str, Any]) -> list[str]:
    """SQL conditions on customer `c` and entry `e`; fills their bound parameters."""
    where = customer_conditions(filters, params)
    if filters.kinds:
        where.append("e.kind " + _in("kind", (v.value for v in filters.kinds), params))
    if filters.occurred_from is not None:
        params["since"] = _stored(filters.occurred_from)
        where.append("e.occurred_at >= :since")
    if filters.occurred_before is not None:
        params["before"] = _stored(filters.occurred_before)
        where.append("e.occurred_at < :before")
    return where


def _and(base: str, conditions: list[str]) -> str:
    return base + "".join(f"\n      AND {c}" for c in conditions)


def snippet_params(expression: str) -> dict[str, Any]:
    """Parameters every statement of one search shares."""
    return {
        "q": expression,
        "ms": MATCH_START,
        "me": MATCH_END,
        "ellipsis": ELLIPSIS,
        "words": SNIPPET_WORDS,
    }


def customer_query(
    expression: str, filters: SearchFilters, limit: int
) -> tuple[str, dict[str, Any]]:
    """Customers whose name, organisation, tags or about match, best first."""
    params = {**snippet_params(expression), "ranking": CUSTOMER_RANKING, "limit": limit}
    sql = _and(_CUSTOMER_SELECT, customer_conditions(filters, params))
    return sql + "\n    ORDER BY search_customer.rank LIMIT :limit", params


def floor_query(expression: str, filters: SearchFilters, window: int) -> tuple[str, dict[str, Any]]:
    """The id of the oldest note in the ranking window; no row when all matches fit."""
    params: dict[str, Any] = {"q": expression, "skip": window - 1}
    sql = _and("SELECT search_entry.rowid" + _ENTRY_FROM, entry_conditions(filters, params))
    return sql + "\n    ORDER BY search_entry.rowid DESC LIMIT 1 OFFSET :skip", params


def window_filled_query(expression: str, window: int) -> tuple[str, dict[str, Any]]:
    """The ids of the `window`-th and next newest matches, live or not; none when fewer.

    A second row means the window overflows: some matches go unranked.

    It reads the full-text index alone (under a millisecond): with fewer matches than
    the window there is no floor to find, and the joined `floor_query` (tens of ms for
    a word in thousands of notes, as a keystroke types it) is not run.
    """
    sql = (
        "SELECT rowid FROM search_entry WHERE search_entry MATCH :q"
        " ORDER BY rowid DESC LIMIT 2 OFFSET :skip"
    )
    return sql, {"q": expression, "skip": window - 1}


NEWEST_ID_QUERY = "SELECT max(id) FROM entry"


def newest_entry_query(
    expression: str, filters: SearchFilters, limit: int, offset: int
) -> tuple[str, dict[str, Any]]:
    """Matching notes, most recently written first, with snippets (no filters).

    FTS5 hands rows over in rowid order itself, so SQLite stops after the page and
    reads and snippets the page's notes only.
    """
    params = {**snippet_params(expression), "limit": limit, "offset": offset}
    columns = (
        _ENTRY_COLUMNS
        + f"""
           {_SNIPPET.format(table="search_entry")} AS snippet,
           0.0 AS score"""
    )
    sql = _and(columns + _ENTRY_FROM, entry_conditions(filters, params))
    return sql + "\n    ORDER BY search_entry.rowid DESC LIMIT :limit OFFSET :offset", params


def entry_query(
    expression: str, filters: SearchFilters, floor: int, limit: int, offset: int
) -> tuple[str, dict[str, Any]]:
    """Matching notes from id `floor` on, most relevant first, with snippets (no filters)."""
    params = {
        **snippet_params(expression),
        "ranking": ENTRY_RANKING,
        "floor": floor,
        "limit": limit,
        "offset": offset,
    }
    conditions = [
        "search_entry.rank MATCH :ranking",
        "search_entry.rowid >= :floor",
        *entry_conditions(filters, params),
    ]
    columns = (
        _ENTRY_COLUMNS
        + f"""
           {_SNIPPET.format(table="search_entry")} AS snippet,
           search_entry.rank AS score"""
    )
    sql = _and(columns + _ENTRY_FROM, conditions)
    return sql + "\n    ORDER BY search_entry.rank LIMIT :limit OFFSET :offset", params


def filtered_entry_query(
    expression: str, filters: SearchFilters, limit: int, offset: int
) -> tuple[str, dict[str, Any]]:
    """Matching notes that pass the filters, most relevant first, without snippets."""
    params: dict[str, Any] = {"q": expression, "limit": limit, "offset": offset}
    columns = (
        _ENTRY_COLUMNS
        + f"""
           NULL AS snippet,
           bm25(search_entry, {ENTRY_WEIGHTS}) AS score"""
    )
    sql = _and(columns + _ENTRY_FROM, entry_conditions(filters, params))
    return sql + "\n    ORDER BY score LIMIT :limit OFFSET :offset", params


def snippet_query(expression: str, entry_id: int) -> tuple[str, dict[str, Any]]:
    """The snippet of one matching note."""
    params = {**snippet_params(expression), "id": entry_id}
    table = "search_entry"
    sql = (
        f"SELECT {_SNIPPET.format(table=table)} FROM {table} WHERE {table} MATCH :q AND rowid = :id"
    )
    return sql, params
