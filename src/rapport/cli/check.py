"""`rapport check [--rebuild-index]`: Check journal from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rapport.cli import existing_journal, out


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
    """Print the report; exit 0 when all is well, 1 when a problem remains."""
    from rapport.store import Journal
    from rapport.store.check import check_journal

    path = existing_journal(args)
    if path is None:
        return 2
    journal = Journal.open(path)
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
