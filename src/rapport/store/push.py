"""Moving a personal journal onto a server: `rapport team push JOURNAL.rapport URL`.

A team that starts from one owner's journal file keeps all of it: every row of every
table is copied with its own id (so an export, a link or a note that names `#12`
still means the same customer), in one transaction on the server. Then the server's
id counters are moved past the copied ids (store/sequences.py), and before the commit
each table's rows are counted on both sides, and every file's bytes are checked
against their SHA-256 and size on the server: a difference undoes the whole copy.

Only an empty team journal is filled (a new one holds nothing but the owner's own
"me" row, which the file's takes the place of); one that holds anything is refused in
words and left as it was: two journals are merged by a JSON import, not by a push.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, Table, func, insert, select, text
from sqlalchemy.exc import DBAPIError

from rapport.i18n import Words
from rapport.store.errors import JournalError
from rapport.store.models import SQLModel
from rapport.store.sequences import advance_sequences

log = logging.getLogger("rapport.store.push")
PushText = Words("PushText")

#: Rows copied per INSERT (a big journal does not sit in memory whole).
BATCH = 500


class PushRefusedError(JournalError):
    """The server's journal is not empty, or the copy did not come out whole."""


@dataclass(frozen=True)
class PushReport:
    """What was copied: rows per table (as counted on the server), and the files' bytes."""

    rows: dict[str, int]
    file_bytes: int

    @property
    def customers(self) -> int:
        """How many relationships the team journal holds now."""
        return self.rows.get("customer", 0)


def tables() -> list[Table]:
    """The journal's tables, parents before the rows that point to them."""
    return list(SQLModel.metadata.sorted_tables)


def push(source: Engine, target: Engine) -> PushReport:
    """Copy every row of the journal file behind source into the empty team journal.

    One transaction on the server: it commits only once the counts and the files'
    bytes were checked there; anything else leaves the server's journal as it was.
    Raises PushRefusedError (in words) when the team journal is not empty or the copy
    differs, and the server's own failures as a JournalError in words.
    """
    from rapport.store.db_errors_pg import server_error

    try:
        with source.connect() as reading, target.begin() as writing:
            _refuse_unless_empty(writing)
            expected = {table.name: _copy(table, reading, writing) for table in tables()}
            advance_sequences(writing)
            report = _verified(writing, expected, _file_bytes(reading))
    except DBAPIError as exc:
        raise server_error(exc, writing=True) from exc
    log.info("a journal file was pushed to a team journal (%d tables)", len(report.rows))
    _tidy(target)
    return report


def _tidy(target: Engine) -> None:
    """VACUUM ANALYZE the freshly filled tables, so the team searches fast at once.

    Bulk-copied rows leave the search index's pending list full and the planner without
    statistics until autovacuum comes by. The copy is committed by now: a failure here
    only costs speed, so it is logged, not raised.
    """
    try:
        with target.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            for table in tables():
                conn.exec_driver_sql(f'VACUUM ANALYZE "{table.name}"')
    except DBAPIError as exc:
        log.warning("the pushed team journal was not tidied: %s", type(exc.orig).__name__)


def _refuse_unless_empty(conn: Connection) -> None:
    """Stop unless the team journal holds nothing but a new journal's own "me" row."""
    # Colleagues cannot write while the copy runs (they would see a half journal).
    names = ", ".join(f'"{table.name}"' for table in tables())
    conn.exec_driver_sql(f"LOCK TABLE {names} IN SHARE ROW EXCLUSIVE MODE")
    for table in tables():
        rows = conn.execute(select(func.count()).select_from(table)).scalar_one()
        if table.name == "our_person" and rows == 1 and _only_a_new_me(conn):
            continue
        if rows:
            raise PushRefusedError(
                PushText.tr("The team journal is not empty, so nothing was copied into it."),
                PushText.tr(
                    "Push into a new, empty team journal (rapport team init URL), "
                    "or bring the file's customers in with a JSON export and import."
                ),
            )
    conn.execute(text("DELETE FROM our_person"))  # the file's own "me" takes its place


def _only_a_new_me(conn: Connection) -> bool:
    """Whether our_person's one row is the owner's unnamed "me" a new journal starts with."""
    found = conn.execute(text("SELECT me, name FROM our_person")).one()
    return bool(found.me) and not found.name


def _copy(table: Table, reading: Connection, writing: Connection) -> int:
    """Copy one table's rows, ids and all, in batches; return how many were read."""
    copied = 0
    result = reading.execution_options(yield_per=BATCH).execute(select(table))
    for batch in result.mappings().partitions(BATCH):
        writing.execute(insert(table), [dict(row) for row in batch])
        copied += len(batch)
    return copied


def _file_bytes(conn: Connection) -> int:
    """How many bytes of attached files the journal file holds."""
    return int(conn.execute(text("SELECT coalesce(sum(length(data)), 0) FROM blob")).scalar_one())


def _verified(conn: Connection, expected: dict[str, int], file_bytes: int) -> PushReport:
    """Count what the server holds now; raise (and so roll back) when it differs."""
    counted = {
        table.name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
        for table in tables()
    }
    stored = int(conn.execute(text("SELECT coalesce(sum(length(data)), 0) FROM blob")).scalar_one())
    damaged = conn.execute(
        text(
            "SELECT count(*) FROM blob "
            "WHERE encode(sha256(data), 'hex') <> sha256 OR length(data) <> size"
        )
    ).scalar_one()
    differs = [name for name, rows in expected.items() if counted[name] != rows]
    if differs or stored != file_bytes or damaged:
        log.warning("a push was undone: tables %s differ, %s damaged files", differs, damaged)
        raise PushRefusedError(
            PushText.tr("The copy on the server did not match the journal file, so it was undone."),
            PushText.tr(
                "Nothing was changed on the server. Try again; if it fails again, "
                "check the journal file with “rapport check”."
            ),
        )
    return PushReport(counted, stored)
