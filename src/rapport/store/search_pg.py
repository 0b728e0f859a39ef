"""PostgreSQL's full-text search behind the `SearchIndex` interface (a team journal).

The words typed are split exactly as for FTS5 (search_fts5_query.split_words), so any
text is plain words and never query syntax; each becomes a quoted lexeme of a tsquery
(`'word'`, the last one `'word':*` while it is being typed), ANDed, and written into
the statement as a literal so the planner sees how rare the words are. Folding of
case and accents is the configuration's (search_pg_schema.py: simple + unaccent).
Notes are found through the GIN index on their stored, weighted vector (title,
body, files' names) and ranked with `ts_rank`, the newest RANK_WINDOW matches only,
as on FTS5. Customers are found through the GIN index on their stored words, or by a
tag; only those found get their whole document weighed. The stored weights say
which part matched; the snippet is cut from it as written (search_pg_snippet.py),
with the same markers as FTS5's.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from rapport.domain.kinds import EntryKind
from rapport.i18n import Words
from rapport.store import search_pg_schema as schema
from rapport.store.search import SearchFilters, SearchHit
from rapport.store.search_backend import SearchBackend
from rapport.store.search_fts5_query import match_expression, split_words
from rapport.store.search_fts5_sql import RANK_WINDOW, customer_conditions
from rapport.store.search_pg_snippet import snippet

log = logging.getLogger("rapport.store.search")
SearchPgText = Words("SearchPgText")

_CONFIG = f"CAST('{schema.CONFIG}' AS regconfig)"
#: The words typed, every one required. Written into the statement as a literal, not
#: bound: the planner then always sees how rare the words are (a bound value in a
#: statement psycopg prepared gets a generic plan, made for words of average count).
_QUERY = f"to_tsquery({_CONFIG}, {{q}})"
#: The same words, any one of them: which tags might have matched.
_ANY = f"to_tsquery({_CONFIG}, {{any}})"
#: ts_rank's weights of a note's parts {D, C, B, A}: title 1.0 and body 0.4 (ts_rank's
#: defaults), the names of its files 0.7 (FTS5: title 4, files 2, body 1).
_ENTRY_WEIGHTS = "ARRAY[0.1, 0.7, 0.4, 1.0]::real[]"


def _vector(column: str) -> str:
    return f"to_tsvector({_CONFIG}, {column})"


def _part_matches(vector: str, weight: str) -> str:
    """Whether the part of a weighted vector with this weight alone holds every word."""
    return f"ts_filter({vector}, ARRAY['{weight}']::\"char\"[]) @@ {_QUERY}"


#: A customer's words but its tags, as the GIN index has them (search_pg_schema.py).
_CUSTOMER_WORDS = f"(m.{schema.CUSTOMER_HEAD} || m.{schema.CUSTOMER_TAIL})"

_CUSTOMER_TAGS = """coalesce((SELECT string_agg(t.name, ' ' ORDER BY t.name)
    FROM customer_tag AS ct JOIN tag AS t ON t.id = ct.tag_id
    WHERE ct.customer_id = c.id), '')"""

#: The customers who may match: their own words hold every word typed (the GIN index),
#: or a tag of theirs holds one. Only for these is the whole document put together
#: (name A, organisation and people B, tags C, about D: the stored parts around the
#: tags') and weighed; OFFSET 0 keeps it made once per customer.
_CUSTOMER_QUERY = f"""
    SELECT NULL AS entry_id, d.id AS customer_id, d.name AS customer_name,
           NULL AS occurred_at, NULL AS kind, d.organisation AS title, false AS private,
           ts_rank(d.v, {_QUERY}) AS score,
           CASE WHEN {_part_matches("d.v", "a")} THEN d.name
                WHEN {_part_matches("d.v", "b")} THEN d.found_by
                WHEN {_part_matches("d.v", "c")} THEN d.tags ELSE d.about END AS source
    FROM (
        SELECT c.id, c.name, c.organisation, c.found_by, c.about, c.tags,
               c.{schema.CUSTOMER_HEAD} || setweight({_vector("c.tags")}, 'C')
               || c.{schema.CUSTOMER_TAIL} AS v
        FROM (SELECT c.id, c.name, c.organisation, c.about,
                     c.{schema.CUSTOMER_HEAD}, c.{schema.CUSTOMER_TAIL},
                     {schema.organisation("c")} AS found_by,
                     {_CUSTOMER_TAGS} AS tags
              FROM customer AS c
              WHERE c.deleted_at IS NULL AND c.id IN (
                  SELECT m.id FROM customer AS m WHERE {_CUSTOMER_WORDS} @@ {_QUERY}
                  UNION
                  SELECT ct.customer_id FROM customer_tag AS ct JOIN tag AS t ON t.id = ct.tag_id
                  WHERE {_vector("t.name")} @@ {_ANY}){{conditions}}
              OFFSET 0
        ) AS c
    ) AS d
    WHERE d.v @@ {_QUERY}
    ORDER BY score DESC, d.id DESC
    LIMIT :limit"""

#: Only the newest RANK_WINDOW matches are ranked, as on FTS5: a query matching most
#: notes ("the and") is then read newest first (the primary key backwards) and stops
#: there, instead of ranking every match. Fewer matches are all ranked, found through
#: the GIN index. Only the page's rows are then read in full and told which part
#: matched (title, body or files) for their snippets, from the stored vector's weights.
_ENTRY_QUERY = f"""
    WITH page AS (
        SELECT w.id, w.score FROM (
            SELECT e.id, ts_rank({_ENTRY_WEIGHTS}, {schema.ENTRY_VECTOR}, {_QUERY}) AS score
            FROM entry AS e JOIN customer AS c ON c.id = e.customer_id
            WHERE {schema.ENTRY_VECTOR} @@ {_QUERY}
              AND e.deleted_at IS NULL AND c.deleted_at IS NULL{{conditions}}
            ORDER BY e.id DESC
            LIMIT :window
        ) AS w
        ORDER BY w.score DESC, w.id DESC
        LIMIT :limit OFFSET :offset
    )
    SELECT e.id AS entry_id, e.customer_id AS customer_id, c.name AS customer_name,
           e.occurred_at AS occurred_at, e.kind AS kind, e.title AS title,
           e.private AS private, page.score AS score,
           CASE WHEN {_part_matches(schema.ENTRY_VECTOR, schema.BODY)} THEN e.body
                WHEN {_part_matches(schema.ENTRY_VECTOR, schema.TITLE)} THEN e.title
                WHEN {_part_matches(schema.ENTRY_VECTOR, schema.FILES)} THEN e.files_text
                ELSE e.title END AS source
    FROM page JOIN entry AS e ON e.id = page.id JOIN customer AS c ON c.id = e.customer_id
    ORDER BY page.score DESC, e.id DESC"""


@dataclass(frozen=True)
class Wanted:
    """What was typed, as words, and as the tsqueries that find all of them, or any."""

    words: list[str]
    prefix_last: bool
    tsquery: str
    any_tsquery: str


def wanted(query: str) -> Wanted | None:
    """The words typed and their tsquery (quoted lexemes ANDed); None without words.

    The last word is a prefix exactly when FTS5's expression makes it one (mid-word,
    at least two letters or one wide character).
    """
    words = split_words(query)
    expression = match_expression(query)
    if not words or expression is None:
        return None
    prefix = expression.endswith("*")
    # split_words keeps letters, digits and marks only: no quote or operator can occur.
    parts = ["'" + word + "'" for word in words]
    if prefix:
        parts[-1] += ":*"
    return Wanted(words, prefix, " & ".join(parts), " | ".join(parts))


def entry_conditions(filters: SearchFilters, params: dict[str, Any]) -> list[str]:
    """The filters on customer `c` and entry `e`; times stay datetimes (timestamptz)."""
    where = customer_conditions(filters, params)
    if filters.kinds:
        kinds = sorted(v.value for v in filters.kinds)
        params.update({f"kind_{i}": kind for i, kind in enumerate(kinds)})
        where.append("e.kind IN (" + ", ".join(f":kind_{i}" for i in range(len(kinds))) + ")")
    if filters.occurred_from is not None:
        params["since"] = filters.occurred_from
        where.append("e.occurred_at >= :since")
    if filters.occurred_before is not None:
        params["before"] = filters.occurred_before
        where.append("e.occurred_at < :before")
    return where


def _literal(tsquery: str) -> str:
    """A tsquery's text as an SQL string literal (its words hold no quote; doubled anyway)."""
    return "'" + tsquery.replace("'", "''") + "'"


def _and(conditions: list[str]) -> str:
    return "".join(f"\n      AND {c}" for c in conditions)


class PgSearchIndex(SearchBackend[Wanted]):
    """The PostgreSQL full-text search back end of one team journal."""

    error_kind = "sqlstate"

    def _typed(self, query: str) -> Wanted | None:
        return wanted(query)

    def _customers(
        self, conn: Connection, typed: Wanted, filters: SearchFilters, limit: int
    ) -> list[Any]:
        params: dict[str, Any] = {"limit": limit}
        sql = _CUSTOMER_QUERY.format(
            q=_literal(typed.tsquery),
            any=_literal(typed.any_tsquery),
            conditions=_and(customer_conditions(filters, params)),
        )
        return _rows(conn, sql, params)

    def _entries(
        self, conn: Connection, typed: Wanted, filters: SearchFilters, limit: int, offset: int
    ) -> list[Any]:
        params: dict[str, Any] = {
            "limit": limit,
            "offset": offset,
            "window": max(RANK_WINDOW, offset + limit),
        }
        sql = _ENTRY_QUERY.format(
            q=_literal(typed.tsquery), conditions=_and(entry_conditions(filters, params))
        )
        return _rows(conn, sql, params)

    def _hit(self, row: Any, typed: Wanted) -> SearchHit:
        return _hit(row, typed)

    def rebuild(self) -> None:
        """Build the index again (a GIN index is the server's to keep; this renews it)."""
        with self._door.write() as w:
            w.touched(everything=True)
            conn = w.session.connection()
            schema.drop(conn)
            schema.install(conn)
        log.info("search index rebuilt")

    def check(self) -> list[str]:
        """Problems with the index: its configuration, or a vector or GIN index missing."""
        problems: list[str] = []
        with self._door.connection() as conn:
            config = conn.exec_driver_sql(
                "SELECT 1 FROM pg_ts_config WHERE cfgname = %(name)s", {"name": schema.CONFIG}
            ).first()
            notes = _usable(conn, "entry", (schema.ENTRY_COLUMN,), schema.ENTRY_INDEX)
            customers = _usable(
                conn,
                "customer",
                (schema.CUSTOMER_HEAD, schema.CUSTOMER_TAIL),
                schema.CUSTOMER_INDEX,
            )
            conn.rollback()
        if config is None:
            problems.append(
                SearchPgText.tr("The search configuration “{name}” is missing.").format(
                    name=schema.CONFIG
                )
            )
        if not notes:
            problems.append(
                SearchPgText.tr(
                    "The search index of notes is missing or unusable, so search is slow "
                    "or finds nothing."
                )
            )
        if not customers:
            problems.append(
                SearchPgText.tr(
                    "The search index of customers is missing or unusable, so search is "
                    "slow or finds nothing."
                )
            )
        return problems


def _usable(conn: Connection, table: str, columns: tuple[str, ...], index: str) -> bool:
    """Whether a table has its search vectors and their GIN index is valid."""
    found = conn.exec_driver_sql(
        "SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema()"
        " AND table_name = %(table)s AND column_name = ANY(%(columns)s)",
        {"table": table, "columns": list(columns)},
    ).scalar_one()
    valid = conn.exec_driver_sql(
        "SELECT i.indisvalid FROM pg_index AS i JOIN pg_class AS c ON c.oid = i.indexrelid"
        " WHERE c.relname = %(name)s",
        {"name": index},
    ).first()
    return found == len(columns) and valid is not None and bool(valid[0])


def _rows(conn: Connection, sql: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    return [dict(row._mapping) for row in conn.execute(text(sql), params)]


def _hit(row: dict[str, Any], typed: Wanted) -> SearchHit:
    return SearchHit(
        customer_id=int(row["customer_id"]),
        customer_name=row["customer_name"],
        entry_id=None if row["entry_id"] is None else int(row["entry_id"]),
        occurred_at=row["occurred_at"],
        kind=None if row["kind"] is None else EntryKind(row["kind"]),
        title=row["title"] or "",
        snippet=snippet(row["source"] or "", typed.words, typed.prefix_last),
        private=bool(row["private"]),
        relevance=float(row["score"]),
    )
