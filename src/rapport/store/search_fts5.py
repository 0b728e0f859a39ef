"""SQLite FTS5 behind the `SearchIndex` interface: ranked, highlighted, filtered search.

The index's tables and triggers are described in `search_fts5_schema.py`; the words
typed become a MATCH expression in `search_fts5_query.py`. Ranking is bm25 with a
note's title weighing more than its body and a customer's name more than the rest.
The few best customer hits (name, organisation, tags or about matched) come first:
typing a name is the quickest way to a customer. Entries follow, most relevant first
(words in most notes weigh nothing there: such searches list the newest notes first).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from functools import partial
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import DatabaseError

from rapport.domain.kinds import EntryKind
from rapport.i18n import Words
from rapport.store import search_fts5_schema as schema
from rapport.store import search_fts5_sql as sql
from rapport.store.search import SearchFilters, SearchHit
from rapport.store.search_backend import SearchBackend
from rapport.store.search_fts5_query import match_expression
from rapport.store.search_fts5_terms import other_spellings

log = logging.getLogger("rapport.store.search")
SearchFts5Text = Words("SearchFts5Text")


def _run(conn: Connection, built: tuple[str, dict[str, Any]]) -> list[Any]:
    query, params = built
    return list(conn.exec_driver_sql(query, params).all())


class Fts5SearchIndex(SearchBackend[str]):
    """The SQLite FTS5 search back end of one journal; the typed words are an FTS5 expression."""

    # SQLite reports some damage of an index as out of memory.
    failures = (DatabaseError, MemoryError)
    error_kind = "sqlite_errorname"

    def _typed(self, query: str) -> str | None:
        return match_expression(query)

    def _refined(self, conn: Connection, query: str, typed: str) -> str:
        """The expression with the index's other spellings of each word (Straße, strasse)."""
        spelled = match_expression(query, spellings=partial(other_spellings, conn))
        return spelled or typed

    def _customers(
        self, conn: Connection, typed: str, filters: SearchFilters, limit: int
    ) -> list[Any]:
        return _run(conn, sql.customer_query(typed, filters, limit))

    def _entries(
        self, conn: Connection, typed: str, filters: SearchFilters, limit: int, offset: int
    ) -> list[Any]:
        if filters.narrows:
            built = sql.filtered_entry_query(typed, filters, limit, offset)
            rows = [row._asdict() for row in _run(conn, built)]
            for row in rows:  # the page's snippets only, not every filtered match's
                found = _run(conn, sql.snippet_query(typed, row["entry_id"]))
                row["snippet"] = found[0][0] if found else ""
            return rows
        window = max(sql.RANK_WINDOW, offset + limit)
        floor = 0
        filled = _run(conn, sql.window_filled_query(typed, window))
        if filled:
            if len(filled) > 1 and _dense(conn, int(filled[0][0]), window):
                return _run(conn, sql.newest_entry_query(typed, filters, limit, offset))
            oldest = _run(conn, sql.floor_query(typed, filters, window))
            floor = int(oldest[0][0]) if oldest else 0
        return _run(conn, sql.entry_query(typed, filters, floor, limit, offset))

    def _hit(self, row: Any, typed: str) -> SearchHit:
        return _hit(row)

    def rebuild(self) -> None:
        """Drop the index and build it again from the journal's tables, in one commit."""
        with self._door.write() as w:
            w.touched(everything=True)  # the index's tables made anew: search finds afresh
            conn = w.session.connection()
            for statement in [*schema.drop_statements(), *schema.install_statements()]:
                conn.exec_driver_sql(statement)
        log.info("search index rebuilt")

    def check(self) -> list[str]:
        """FTS5's own integrity check against the journal's text, and the triggers' presence."""
        problems: list[str] = []
        # Its own connection: FTS5's check is an INSERT, rolled back at the end, and must
        # never roll back a transaction the caller has open.
        with self._door.connection() as conn:
            names = {
                row[0]
                for row in conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE name LIKE 'search%'"
                )
            }
            for index in schema.INDEXES:
                if index not in names:
                    problems.append(
                        SearchFts5Text.tr("The search index “{index}” is missing.").format(
                            index=index
                        )
                    )
                    continue
                try:
                    # rank 1: also compare the index with the text it was built from.
                    conn.exec_driver_sql(
                        f"INSERT INTO {index}({index}, rank) VALUES ('integrity-check', 1)"
                    )
                except (DatabaseError, MemoryError) as exc:
                    log.warning("FTS5 integrity-check of %s failed: %s", index, exc)
                    problems.append(
                        SearchFts5Text.tr(
                            "The search index “{index}” does not match the journal (it is "
                            "damaged or out of date), so search may miss or misplace notes."
                        ).format(index=index)
                    )
            missing = sorted((set(schema.TRIGGERS) | set(schema.TERMS.values())) - names)
            if missing:
                problems.append(
                    SearchFts5Text.tr(
                        "The search index is no longer kept up to date (missing: {missing})."
                    ).format(missing=", ".join(missing))
                )
            if "search_customer" in names and _customers_out_of_step(conn):
                problems.append(
                    SearchFts5Text.tr("The search index of customers does not match their details.")
                )
            conn.rollback()
        return problems


def _dense(conn: Connection, window_oldest: int, window: int) -> bool:
    """Whether the newest `window` matches lie among the newest 2 × `window` notes.

    Then every word typed is in at least half the recent notes, where bm25 weighs it
    (almost) nothing: see search_fts5_sql's notes.
    """
    newest = conn.exec_driver_sql(sql.NEWEST_ID_QUERY).scalar()
    return newest is not None and window_oldest > int(newest) - 2 * window


def _customers_out_of_step(conn: Any) -> bool:
    """Whether search_customer's copy differs from the customers' details and tags."""
    row = conn.exec_driver_sql(
        "SELECT count(*) FROM (SELECT * FROM (" + schema.CUSTOMER_DOCUMENTS + ") "
        "EXCEPT SELECT rowid, name, organisation, tags, about FROM search_customer)"
    ).one()
    extra = conn.exec_driver_sql(
        "SELECT count(*) FROM search_customer WHERE rowid NOT IN (SELECT id FROM customer)"
    ).one()
    return bool(row[0] or extra[0])


def _hit(found: Any) -> SearchHit:
    row = found if isinstance(found, dict) else found._asdict()
    occurred = row["occurred_at"]
    if isinstance(occurred, str):  # text() results are untyped: stored as naive UTC
        occurred = datetime.fromisoformat(occurred).replace(tzinfo=UTC)
    return SearchHit(
        customer_id=int(row["customer_id"]),
        customer_name=row["customer_name"],
        entry_id=None if row["entry_id"] is None else int(row["entry_id"]),
        occurred_at=occurred,
        kind=None if row["kind"] is None else EntryKind(row["kind"]),
        title=row["title"] or "",
        snippet=row["snippet"] or "",
        private=bool(row["private"]),
        relevance=-float(row["score"]),
    )
