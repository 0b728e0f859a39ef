"""What both search back ends share: the entry point, its limits, its failures, its page.

`SearchIndex.search` is the same on SQLite and on a server: no words or no room means
no hits; the limit is capped at MAX_LIMIT and the offset at zero; the few best
customer hits come first, then entries, paged as one list; and a query the database
refuses (a damaged or missing index) is logged by its kind only and finds nothing,
because search must never take the app down (Check journal repairs the index). A
back end (search_fts5.py, search_pg.py) supplies how the words typed become its
query, its two queries, and how a row becomes a `SearchHit`.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from sqlalchemy import Connection
from sqlalchemy.exc import DatabaseError

from rapport.store.search import CUSTOMER_HITS, MAX_LIMIT, SearchFilters, SearchHit

if TYPE_CHECKING:
    from rapport.store.unit_of_work import Door

log = logging.getLogger("rapport.store.search")

#: What a back end makes of the words typed (an FTS5 expression, a tsquery).
Typed = TypeVar("Typed")


class SearchBackend(ABC, Generic[Typed]):
    """One journal's search: the shared entry point over a back end's queries."""

    #: What a failing query raises that search survives (finding nothing).
    failures: ClassVar[tuple[type[BaseException], ...]] = (DatabaseError,)
    #: The driver error's attribute naming its kind: logged instead of its message,
    #: which may quote the words searched.
    error_kind: ClassVar[str]

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
        typed = self._typed(query)
        if typed is None or limit <= 0:
            return []
        filters = filters or SearchFilters()
        limit, offset = min(limit, MAX_LIMIT), max(0, offset)
        with self._door.read() as session:
            try:
                conn = session.connection()
                typed = self._refined(conn, query, typed)
                rows = self._page(conn, typed, filters, limit, offset)
            except self.failures as exc:
                # The query is valid by construction: failing here means a damaged or
                # missing index. Only the error's kind is logged, never its message.
                reason = getattr(exc, "orig", exc)
                log.error("search failed: %s", getattr(reason, self.error_kind, type(reason)))
                return []
        return [self._hit(row, typed) for row in rows]

    def _page(
        self, conn: Connection, typed: Typed, filters: SearchFilters, limit: int, offset: int
    ) -> list[Any]:
        """The few best customer hits first, then entries: one page of the combined list."""
        end = offset + limit
        customers: list[Any] = []
        if not filters.entries_only:
            customers = self._customers(conn, typed, filters, min(CUSTOMER_HITS, end))
            if len(customers) >= end:
                return customers[offset:end]
        page = customers[offset:]
        entry_offset = max(0, offset - len(customers))
        return page + self._entries(conn, typed, filters, limit - len(page), entry_offset)

    @abstractmethod
    def _typed(self, query: str) -> Typed | None:
        """The back end's query for the words typed; None when there is no word to find."""

    def _refined(self, conn: Connection, query: str, typed: Typed) -> Typed:
        """The query made more exact with what the index knows (as it is, by default)."""
        return typed

    @abstractmethod
    def _customers(
        self, conn: Connection, typed: Typed, filters: SearchFilters, limit: int
    ) -> list[Any]:
        """The best `limit` customers matching, best first."""

    @abstractmethod
    def _entries(
        self, conn: Connection, typed: Typed, filters: SearchFilters, limit: int, offset: int
    ) -> list[Any]:
        """One page of the matching entries, most relevant first."""

    @abstractmethod
    def _hit(self, row: Any, typed: Typed) -> SearchHit:
        """A row of either query as a hit."""
