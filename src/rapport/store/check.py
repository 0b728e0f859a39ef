"""Check journal: the file is sound, its records link up, and search matches the notes.

Used by Tools → Check journal and `rapport check`. It runs SQLite's
`PRAGMA integrity_check` and `foreign_key_check`, then the search index's own check,
and can rebuild the index (the one repair that is always safe: it is derived data).
The report speaks in plain words; SQLite's own messages are kept as details for a
bug report.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy.exc import DatabaseError

if TYPE_CHECKING:
    from rapport.store.journal import Journal

log = logging.getLogger("rapport.store.check")

#: At most this many of SQLite's own messages are kept in the report.
MAX_DETAILS = 10


@dataclass(frozen=True)
class Finding:
    """One result of the check: good news or a problem, with what to do about it."""

    area: str  # "file", "links" or "search"
    ok: bool
    message: str
    hint: str = ""
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class CheckReport:
    """Everything Check journal found, in the order it looked."""

    findings: tuple[Finding, ...] = field(default=())
    rebuilt_index: bool = False

    @property
    def ok(self) -> bool:
        """Whether nothing is wrong (after any repair that was made)."""
        return all(f.ok for f in self.findings)

    @property
    def search_ok(self) -> bool:
        """Whether the search index is healthy (rebuilding it would change nothing)."""
        return all(f.ok for f in self.findings if f.area == "search")

    def lines(self) -> list[str]:
        """The report as lines of text for the command line or a dialog."""
        out: list[str] = []
        for finding in self.findings:
            out.append(("OK       " if finding.ok else "PROBLEM  ") + finding.message)
            if finding.hint:
                out.append("         " + finding.hint)
            out.extend("           - " + d for d in finding.details)
        return out


def _file_finding(journal: Journal) -> Finding:
    try:
        with journal.engine.connect() as conn:
            rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check")]
    except DatabaseError as exc:
        rows = [str(exc.orig or exc)]
    if rows == ["ok"]:
        return Finding("file", True, "The journal file is sound.")
    log.warning("integrity_check: %s", rows[:MAX_DETAILS])
    return Finding(
        "file",
        False,
        "The journal file is damaged.",
        "Restore the latest backup (your backups folder is beside the journal); "
        "keep this damaged copy until you have checked the restored one.",
        tuple(rows[:MAX_DETAILS]),
    )


def _links_finding(journal: Journal) -> Finding:
    try:
        with journal.engine.connect() as conn:
            rows = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
    except DatabaseError as exc:
        return Finding(
            "links", False, "The links between records could not be checked.", "", (str(exc),)
        )
    if not rows:
        return Finding("links", True, "Every record links to records that exist.")
    details = tuple(f"{r[0]} row {r[1]} points to a missing {r[2]}" for r in rows[:MAX_DETAILS])
    return Finding(
        "links",
        False,
        f"{len(rows)} record(s) point to customers or entries that no longer exist.",
        "Restore the latest backup, or report this problem with the details below.",
        details,
    )


def _search_findings(journal: Journal) -> list[Finding]:
    try:
        problems = journal.search.check()
    except DatabaseError as exc:
        problems = [f"The search index could not be checked ({exc.orig or exc})."]
    if not problems:
        return [Finding("search", True, "Search finds every note: its index matches the journal.")]
    return [
        Finding(
            "search",
            False,
            p,
            "Rebuilding the search index repairs this; your notes are not affected.",
        )
        for p in problems
    ]


def check_journal(journal: Journal, rebuild_index: bool = False) -> CheckReport:
    """Run every check; with rebuild_index, rebuild the search index and check it again."""
    findings = [_file_finding(journal), _links_finding(journal)]
    if not rebuild_index:
        findings.extend(_search_findings(journal))
        return CheckReport(tuple(findings))
    before = _search_findings(journal)
    journal.search.rebuild()
    after = _search_findings(journal)
    was = "was healthy" if all(f.ok for f in before) else "had problems"
    findings.append(Finding("search", True, f"Search index rebuilt (it {was} before)."))
    findings.extend(after)
    log.info("check with rebuild: index %s before", was)
    return CheckReport(tuple(findings), rebuilt_index=True)
