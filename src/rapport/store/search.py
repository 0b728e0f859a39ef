"""Full-text search over the journal: what the UI and the command line ask for.

This module is the interface only, with no SQL in it. `SearchIndex` is what a back
end supplies; SQLite's lives in `search_fts5.py` (an FTS5 index kept in step by
triggers); PostgreSQL's (a team journal) in `search_pg.py` (tsvector, a GIN index),
behind the same three methods, and the UI does not notice. Both share their entry
point (limits, failures, the customers-then-entries page) in `search_backend.py`.

Highlighted words in a snippet sit between `MATCH_START` and `MATCH_END`: two Unicode
*noncharacters* (U+FDD0, U+FDD1), which Unicode reserves for a program's internal
use and which never come from a keyboard. The UI escapes the text around them and
turns the pair into bold; `SearchHit.parts()` does the splitting. No HTML ever comes
out of the store, so nothing a user typed can become markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from rapport.domain.kinds import EntryKind
from rapport.domain.levels import Level
from rapport.domain.stages import Stage

if TYPE_CHECKING:
    from rapport.store.unit_of_work import Door

#: Starts a highlighted (matching) stretch of a snippet.
MATCH_START = "\ufdd0"
#: Ends a highlighted stretch of a snippet.
MATCH_END = "\ufdd1"
#: Marks text left out at either end of a snippet.
ELLIPSIS = "…"
#: Most hits one call returns; the UI pages with offset for more.
MAX_LIMIT = 500
#: At most this many customers lead the results. Search is for finding notes; the
#: customer list (with its own filter) is for browsing customers.
CUSTOMER_HITS = 5


@dataclass(frozen=True)
class SearchFilters:
    """Narrow a search. Every empty field means "any".

    Stage, tag and level are the customer's (stage: the current one). Kind and the
    date range are the entry's, so setting either leaves customer hits out.
    `occurred_from` is inclusive and `occurred_before` exclusive, both timezone-aware:
    the UI turns the owner's local dates into instants, so "March" means the owner's
    March, not UTC's.
    """

    stages: frozenset[Stage] = field(default_factory=frozenset)
    kinds: frozenset[EntryKind] = field(default_factory=frozenset)
    tags: frozenset[str] = field(default_factory=frozenset)
    levels: frozenset[Level] = field(default_factory=frozenset)
    occurred_from: datetime | None = None
    occurred_before: datetime | None = None

    def __post_init__(self) -> None:
        for moment in (self.occurred_from, self.occurred_before):
            if moment is not None and moment.tzinfo is None:
                raise ValueError("search date bounds must be timezone-aware")

    @property
    def narrows(self) -> bool:
        """Whether any filter is set."""
        return bool(self.stages or self.kinds or self.tags or self.levels or self.entries_only)

    @property
    def entries_only(self) -> bool:
        """Whether the filters concern entries alone (a customer has no kind or date)."""
        dated = self.occurred_from is not None or self.occurred_before is not None
        return bool(self.kinds) or dated


@dataclass(frozen=True)
class SearchHit:
    """One search result: an entry, or a customer whose details matched.

    For an entry, `entry_id`, `occurred_at` and `kind` are set and `title` is the
    entry's title (often empty). For a customer hit they are None and `title` is the
    customer's organisation. `snippet` holds the matching passage with the matches
    between MATCH_START and MATCH_END. `relevance` only orders hits of one search:
    higher is better.
    """

    customer_id: int
    customer_name: str
    entry_id: int | None
    occurred_at: datetime | None
    kind: EntryKind | None
    title: str
    snippet: str
    private: bool
    relevance: float

    @property
    def is_customer(self) -> bool:
        """Whether the hit is the customer itself rather than one of its entries."""
        return self.entry_id is None

    def parts(self) -> list[tuple[str, bool]]:
        """The snippet as (text, is_match) pieces, markers removed, for the UI to style."""
        return snippet_parts(self.snippet)


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """Split a snippet into (text, is_match) pieces; empty pieces are left out."""
    pieces: list[tuple[str, bool]] = []
    for i, chunk in enumerate(snippet.split(MATCH_START)):
        if i == 0:
            if chunk:
                pieces.append((chunk.replace(MATCH_END, ""), False))
            continue
        matched, _, rest = chunk.partition(MATCH_END)
        if matched:
            pieces.append((matched, True))
        rest = rest.replace(MATCH_END, "")
        if rest:
            pieces.append((rest, False))
    return pieces


class SearchIndex(Protocol):
    """What a search back end supplies. Hung on the journal as `journal.search`."""

    def search(
        self,
        query: str,
        filters: SearchFilters | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[SearchHit]:
        """Hits for the words typed: up to CUSTOMER_HITS customers, then entries.

        Each group is ordered most relevant first; every word must match, case and
        accents aside ("muller" finds "Müller", "strasse" finds "Straße", as
        `domain.folding.fold` compares), and snippets mark the words as written. Any
        text is accepted and searched as plain words (operators, quotes and brackets
        included); the last word also matches as a prefix while it is being typed
        (not after a space, and not while it is a single letter), so results follow
        typing. Never raises for odd input; text with no searchable word gives no
        hits. Trashed entries and customers are never found; private entries are,
        flagged `private`. A back end may rank a very broad query among its newest
        matches only (both back ends: the newest 10,000) to answer within a keystroke.
        """
        ...

    def rebuild(self) -> None:
        """Rebuild the index from the journal's data (repairs a damaged index)."""
        ...

    def check(self) -> list[str]:
        """Problems with the index, each in plain words; empty when it is healthy."""
        ...


def make_search_index(door: Door) -> SearchIndex:
    """The search back end that fits the journal's database."""
    if door.dialect == "postgresql":
        from rapport.store.search_pg import PgSearchIndex

        return PgSearchIndex(door)
    if door.dialect != "sqlite":
        raise NotImplementedError(f"no full-text search for {door.dialect} yet")
    from rapport.store.search_fts5 import Fts5SearchIndex

    return Fts5SearchIndex(door)
