"""`rapport check [--rebuild-index]`: Check journal from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rapport.cli import fail, journal_arg, out


def register(verbs: Any) -> None:
    """Add the `check` verb."""
    parser = verbs.add_parser("check", help="check the journal file and its search index")
    parser.add_argument(  # also accepted after the verb; SUPPRESS keeps the global one
        "--journal", type=Path, metavar="PATH", default=argparse.SUPPRESS, help="the journal"
    )
    parser.add_argument(
        "--rebuild-index",
        action="store_true",
        help="rebuild the search index (safe: it is made from your notes)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print the report; exit 0 when all is well, 1 when a problem remains.

    The journal is never created: a missing or empty file is reported (with its
    newest good backup, when it has backups), and nothing is written into it.
    """
    from rapport.store import Journal
    from rapport.store.check import check_journal
    from rapport.store.errors import LostJournalError

    path = journal_arg(args).expanduser().absolute()
    try:
        journal = Journal.open(path, create=False)
    except LostJournalError as exc:
        fail(exc.message, _restore_hint(path))
        return 2
    try:
        report = check_journal(journal, rebuild_index=args.rebuild_index)
    finally:
        journal.close()
    for line in report.lines():
        out(line)
    if not report.search_ok and not report.rebuilt_index:
        out()
        out("To repair the search index: rapport check --rebuild-index")
    out()
    out("All is well." if report.ok else "Problems were found; see above.")
    return 0 if report.ok else 1


def _restore_hint(path: Path) -> str:
    """Which backup to restore, by its number in `rapport restore`'s list."""
    from rapport.store.backup import list_backups, newest_good_backup

    good = newest_good_backup(path)
    if good is None:
        return "None of its backups passes its check; keep them, and ask for help."
    number = [b.path for b in list_backups(path)].index(good.path) + 1
    when = good.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return f"The newest good backup is from {when}. To restore it: rapport restore {number}"
