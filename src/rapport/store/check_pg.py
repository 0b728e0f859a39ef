"""Check journal for a team journal: checks that mean something on a PostgreSQL server.

A server has no journal file to check page by page, and its own advice for damage is
its administrator's, not "restore the latest backup" (which would throw away every
colleague's work since). So the checks are: the server answers and holds every table
at this Rapport's schema; every link between records is a constraint the server has
validated; the database stores UTF-8 (then every note reads as text); and every
index is valid (an interrupted index build leaves one that is not). None of the
words speaks of a file.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sqlalchemy import Connection
from sqlalchemy.exc import DatabaseError

from rapport.i18n import Words
from rapport.store.check import Finding
from rapport.store.migrate import SCHEMA_HEAD
from rapport.store.models import SQLModel

if TYPE_CHECKING:
    from rapport.store.journal import Journal

log = logging.getLogger("rapport.store.check")
CheckServerText = Words("CheckServerText")


def _missing_tables(conn: Connection) -> list[str]:
    present = {
        row[0]
        for row in conn.exec_driver_sql(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        )
    }
    return sorted(set(SQLModel.metadata.tables) - present)


def _schema_finding(conn: Connection) -> Finding:
    missing = _missing_tables(conn)
    stamped = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    if not missing and stamped == SCHEMA_HEAD:
        return Finding(
            "server", True, CheckServerText.tr("The server answers and holds the whole journal.")
        )
    return Finding(
        "server",
        False,
        CheckServerText.tr("Part of the team journal is missing on the server."),
        CheckServerText.tr(
            "Ask whoever runs the server to restore it from a pg_dump backup; "
            "keep Rapport closed on every computer until then."
        ),
        tuple(missing) + ((f"schema {stamped}",) if stamped != SCHEMA_HEAD else ()),
    )


def _links_finding(conn: Connection) -> Finding:
    unchecked = [
        str(row[0])
        for row in conn.exec_driver_sql(
            "SELECT conname FROM pg_constraint WHERE contype = 'f' AND NOT convalidated "
            "AND connamespace = current_schema()::regnamespace"
        )
    ]
    if not unchecked:
        return Finding(
            "links",
            True,
            CheckServerText.tr("Every record links to records that exist (the server sees to it)."),
        )
    return Finding(
        "links",
        False,
        CheckServerText.tr("Some links between records are not checked by the server."),
        CheckServerText.tr("Ask whoever runs the server to validate the journal's constraints."),
        tuple(unchecked),
    )


def _text_finding(conn: Connection) -> Finding:
    encoding = conn.exec_driver_sql("SHOW server_encoding").scalar()
    if encoding == "UTF8":
        return Finding(
            "text", True, CheckServerText.tr("Every note and name reads as text (UTF-8).")
        )
    return Finding(
        "text",
        False,
        CheckServerText.tr("The database does not store text as UTF-8 ({encoding}).").format(
            encoding=encoding
        ),
        CheckServerText.tr(
            "Notes in some languages may not be saved. Move the journal to a UTF-8 database."
        ),
    )


def _indexes_finding(conn: Connection) -> Finding:
    invalid = [
        str(row[0])
        for row in conn.exec_driver_sql(
            "SELECT c.relname FROM pg_index AS i JOIN pg_class AS c ON c.oid = i.indexrelid "
            "WHERE NOT i.indisvalid AND c.relnamespace = current_schema()::regnamespace"
        )
    ]
    if not invalid:
        return Finding("indexes", True, CheckServerText.tr("Every look-up table is usable."))
    return Finding(
        "indexes",
        False,
        CheckServerText.tr(
            "%n look-up table(s) (is|are) unusable; lists may be slow.", "", len(invalid)
        ),
        CheckServerText.tr("Ask whoever runs the server to run REINDEX; no record is lost."),
        tuple(invalid),
    )


def server_findings(journal: Journal) -> list[Finding]:
    """The server's findings, in the order Check journal reports them (search follows)."""
    try:
        with journal.engine.connect() as conn:
            findings = [
                _schema_finding(conn),
                _links_finding(conn),
                _text_finding(conn),
                _indexes_finding(conn),
            ]
            conn.rollback()
    except DatabaseError as exc:
        code = getattr(exc.orig, "sqlstate", None)
        log.warning("server check failed: %s", code)
        return [
            Finding(
                "server",
                False,
                CheckServerText.tr("The team journal could not be checked on the server."),
                CheckServerText.tr("Check that the server is reachable, then try again."),
            )
        ]
    return findings
