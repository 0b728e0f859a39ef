"""SQLite FTS5 behind the `SearchIndex` interface: ranked, highlighted, filtered search.

The index's tables and triggers are described in `search_fts5_schema.py`; the words
typed become a MATCH expression in `search_fts5_query.py`. Ranking is bm25 with a
note's title weighing more than its body and a customer's name more than the rest.
The few best customer hits (name, organisation, tags or about matched) come first:
typing a name is the quickest way to a customer. Entries follow, most relevant first.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection
from sqlalchemy.exc import DatabaseError

from rapport.domain.kinds import EntryKind
from rapport.i18n import Words
from rapport.store import search_fts5_schema as schema
from rapport.store import search_fts5_sql as sql
from rapport.store.search import CUSTOMER_HITS, MAX_LIMIT, SearchFilters, SearchHit
from rapport.store.search_fts5_query import match_expression
from rapport.store.search_fts5_terms import other_spellings

if TYPE_CHECKING:
    from rapport.store.unit_of_work import Door

log = logging.getLogger("rapport.store.search")
SearchFts5Text = Words("SearchFts5Text")


def _run(conn: Connection, built: tuple[str, dict[str, Any]]) -> list[Any]:
    query, params = built
    return list(conn.exec_driver_sql(query, params).all())


class Fts5SearchIndex:
    """The SQLite FTS5 search back end of one journal."""

    def __init__(self, door: Door) -> None:
        self._door = door

    def search(
        self,
        query: str,
        filters: SearchFilters | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[SearchHit]:
        """Hits for the words typed, most relevant first (see `SearchIndex.search`)."""
        expression = match_expression(query)
        if expression is None or limit <= 0:
            return []
        filters = filters or SearchFilters()
        limit, offset = min(limit, MAX_LIMIT), max(0, offset)
        with self._door.read() as session:
            try:
                conn = session.connection()
                spelled = match_expression(query, spellings=partial(other_spellings, conn))
                expression = spelled or expression
                rows = self._page(conn, expression, filters, limit, offset)
            except (DatabaseError, MemoryError) as exc:
                # The expression is valid by construction; failing here means a damaged
                # or missing index (SQLite reports some damage as out of memory). Search
                # must not take the app down: log it, find nothing; Check journal repairs
                # it. Only the error's kind: SQLite's message may quote the search words.
                reason = getattr(exc, "orig", exc)
                log.error("search failed: %s", getattr(reason, "sqlite_errorname", type(reason)))
                return []
        return [_hit(row) for row in rows]

    def _page(
        self, conn: Connection, expression: str, filters: SearchFilters, limit: int, offset: int
    ) -> list[Any]:
        """The few best customer hits first, then entries: one page of the combined list."""
        wanted = offset + limit
        customers: list[Any] = []
        if not filters.entries_only:
            first = min(CUSTOMER_HITS, wanted)
            customers = _run(conn, sql.customer_query(expression, filters, first))
            if len(customers) >= wanted:
                return customers[offset:wanted]
        page = customers[offset:]
        entry_offset = max(0, offset - len(customers))
        entry_limit = limit - len(page)
        if filters.narrows:
            built = sql.filtered_entry_query(expression, filters, entry_limit, entry_offset)
            rows = [row._asdict() for row in _run(conn, built)]
            for row in rows:  # the page's snippets only, not every filtered match's
                found = _run(conn, sql.snippet_query(expression, row["entry_id"]))
                row["snippet"] = found[0][0] if found else ""
            return page + rows
        window = max(sql.RANK_WINDOW, entry_offset + entry_limit)
        floor = 0
        if _run(conn, sql.window_filled_query(expression, window)):
            oldest = _run(conn, sql.floor_query(expression, filters, window))
            floor = int(oldest[0][0]) if oldest else 0
        built = sql.entry_query(expression, filters, floor, entry_limit, entry_offset)
        return page + _run(conn, built)

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
