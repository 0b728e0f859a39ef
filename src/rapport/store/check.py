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

from rapport.i18n import QT_TRANSLATE_NOOP, Words, translate
from rapport.store.text_check import DamagedText, find_damaged_text

if TYPE_CHECKING:
    from rapport.store.journal import Journal

log = logging.getLogger("rapport.store.check")
CheckText = Words("CheckText")

#: At most this many of SQLite's own messages are kept in the report.
MAX_DETAILS = 10


@dataclass(frozen=True)
class Finding:
    """One result of the check: good news or a problem, with what to do about it."""

    area: str  # "file", "links", "text" or "search"
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
        good = CheckText.tr("OK")
        bad = CheckText.tr("PROBLEM")
        width = max(len(good), len(bad)) + 2
        out: list[str] = []
        for finding in self.findings:
            out.append((good if finding.ok else bad).ljust(width) + finding.message)
            if finding.hint:
                out.append(" " * width + finding.hint)
            out.extend(" " * (width + 2) + "- " + d for d in finding.details)
        return out


def _file_finding(journal: Journal) -> Finding:
    try:
        with journal.engine.connect() as conn:
            rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check")]
    except DatabaseError as exc:
        rows = [str(exc.orig or exc)]
    if rows == ["ok"]:
        return Finding("file", True, CheckText.tr("The journal file is sound."))
    log.warning("integrity_check: %s", rows[:MAX_DETAILS])
    return Finding(
        "file",
        False,
        CheckText.tr("The journal file is damaged."),
        CheckText.tr(
            "Restore the latest backup (your backups folder is beside the journal); "
            "keep this damaged copy until you have checked the restored one."
        ),
        tuple(rows[:MAX_DETAILS]),
    )


def _links_finding(journal: Journal) -> Finding:
    try:
        with journal.engine.connect() as conn:
            rows = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
    except DatabaseError as exc:
        return Finding(
            "links",
            False,
            CheckText.tr("The links between records could not be checked."),
            "",
            (str(exc),),
        )
    if not rows:
        return Finding("links", True, CheckText.tr("Every record links to records that exist."))
    details = tuple(
        CheckText.tr("{table} row {row} points to a missing {parent}").format(
            table=r[0], row=r[1], parent=r[2]
        )
        for r in rows[:MAX_DETAILS]
    )
    return Finding(
        "links",
        False,
        CheckText.tr(
            "%n record(s) (points|point) to customers or entries that no longer exist.",
            "",
            len(rows),
        ),
        CheckText.tr("Restore the latest backup, or report this problem with the details below."),
        details,
    )


#: How a row with damaged text is named: by table, with its id, customer and date.
_ROW_NAMES = {
    "customer": QT_TRANSLATE_NOOP("CheckText", "Customer #{id} (added {day}): {column}"),
    "entry": QT_TRANSLATE_NOOP("CheckText", "Entry #{id} of customer #{customer}, {day}: {column}"),
    "stage_change": QT_TRANSLATE_NOOP(
        "CheckText", "Stage change #{id} of customer #{customer}, {day}: {column}"
    ),
    "check_in": QT_TRANSLATE_NOOP(
        "CheckText", "Check-in #{id} of customer #{customer}, {day}: {column}"
    ),
    "dismissed_suggestion": QT_TRANSLATE_NOOP(
        "CheckText", "Dismissed suggestion #{id} of customer #{customer}, {day}: {column}"
    ),
    "tag": QT_TRANSLATE_NOOP("CheckText", "Tag #{id}: {column}"),
}
#: The text columns an owner knows by name (any other is named as it is in the file).
_COLUMN_NAMES = {
    "body": QT_TRANSLATE_NOOP("CheckText", "the note"),
    "note": QT_TRANSLATE_NOOP("CheckText", "the note"),
    "title": QT_TRANSLATE_NOOP("CheckText", "the title"),
    "name": QT_TRANSLATE_NOOP("CheckText", "the name"),
    "about": QT_TRANSLATE_NOOP("CheckText", "About"),
    "reason": QT_TRANSLATE_NOOP("CheckText", "the reason"),
}


def _row_name(found: DamagedText) -> str:
    """Where the damaged text is, never the text itself (it may be private)."""
    label = _COLUMN_NAMES.get(found.column)
    column = translate("CheckText", label) if label else found.column
    template = _ROW_NAMES.get(found.table)
    if template is None:
        return f"{found.table} #{found.row_id}: {column}"
    return translate("CheckText", template).format(
        id=found.row_id, customer=found.customer_id, day=found.day, column=column
    )


def _text_finding(journal: Journal) -> Finding:
    try:
        with journal.engine.connect() as conn:
            found = find_damaged_text(conn)
    except DatabaseError as exc:
        reading = CheckText.tr("The text of the records could not be read.")
        return Finding("text", False, reading, "", (str(exc),))
    if not found:
        return Finding("text", True, CheckText.tr("Every note and name reads as text."))
    log.warning(
        "%d text cell(s) not UTF-8: %s",
        len(found),
        [(f.table, f.row_id, f.column) for f in found[:MAX_DETAILS]],
    )
    return Finding(
        "text",
        False,
        CheckText.tr(
            "%n piece(s) of text (holds|hold) characters that cannot be read (shown as “�”).",
            "",
            len(found),
        ),
        CheckText.tr(
            "The rest of the text is intact. Open each one and correct it (saving it fixes it), "
            "or restore a backup from before the damage."
        ),
        tuple(_row_name(f) for f in found[:MAX_DETAILS]),
    )


def _search_findings(journal: Journal) -> list[Finding]:
    try:
        problems = journal.search.check()
    except DatabaseError as exc:
        problems = [
            CheckText.tr("The search index could not be checked ({reason}).").format(
                reason=exc.orig or exc
            )
        ]
    if not problems:
        return [
            Finding(
                "search",
                True,
                CheckText.tr("Search finds every note: its index matches the journal."),
            )
        ]
    return [
        Finding(
            "search",
            False,
            p,
            CheckText.tr("Rebuilding the search index repairs this; your notes are not affected."),
        )
        for p in problems
    ]


def check_journal(
    journal: Journal, rebuild_index: bool = False, file_checked: bool = False
) -> CheckReport:
    """Run every check; with rebuild_index, rebuild the search index and check it again.

    `file_checked` skips SQLite's integrity check when the caller has just run it (it
    is the slow part on a big journal).
    """
    if journal.engine.dialect.name != "sqlite":  # a team journal: no file to speak of
        from rapport.store.check_pg import server_findings

        findings = server_findings(journal)
    else:
        findings = [] if file_checked else [_file_finding(journal)]
        findings.append(_links_finding(journal))
        findings.append(_text_finding(journal))
    if not rebuild_index:
        findings.extend(_search_findings(journal))
        return CheckReport(tuple(findings))
    before = _search_findings(journal)
    journal.search.rebuild()
    after = _search_findings(journal)
    healthy = all(f.ok for f in before)
    rebuilt = (
        CheckText.tr("Search index rebuilt (it was healthy before).")
        if healthy
        else CheckText.tr("Search index rebuilt (it had problems before).")
    )
    findings.append(Finding("search", True, rebuilt))
    findings.extend(after)
    log.info("check with rebuild: index %s before", "was healthy" if healthy else "had problems")
    return CheckReport(tuple(findings), rebuilt_index=True)
