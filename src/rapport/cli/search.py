"""`rapport search QUERY [--limit N]`: the journal's full-text search on the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from rapport.cli import existing_journal, out

#: How matches are marked in plain (non-terminal) output, and on a terminal.
_PLAIN = ("[", "]")
_TERMINAL = ("\x1b[1m", "\x1b[0m")


def register(verbs: Any) -> None:
    """Add the `search` verb."""
    parser = verbs.add_parser("search", help="search every note and customer")
    parser.add_argument("query", nargs="+", help="the words to look for")
    parser.add_argument(  # also accepted after the verb; SUPPRESS keeps the global one
        "--journal", type=Path, metavar="PATH", default=argparse.SUPPRESS, help="the journal"
    )
    parser.add_argument("--limit", type=int, default=20, metavar="N", help="at most N results")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print the hits, most relevant first; exit 1 when nothing matched."""
    from rapport.store import Journal
    from rapport.store.search import snippet_parts

    # Words on a command line are complete: a trailing space turns off prefix matching.
    query = " ".join(args.query) + " "
    start, end = _TERMINAL if sys.stdout.isatty() else _PLAIN
    path = existing_journal(args)
    if path is None:
        return 2
    journal = Journal.open(path, create=False, for_reading=True)
    try:
        hits = journal.search.search(query, limit=max(1, args.limit))
    finally:
        journal.close()
    if not hits:
        out("No notes or customers match.")
        return 1
    for hit in hits:
        if hit.entry_id is None:
            head = f"customer    {hit.customer_name}"
            if hit.title:
                head += f" ({hit.title})"
        else:
            when = hit.occurred_at.date().isoformat() if hit.occurred_at else ""
            kind = hit.kind.label if hit.kind else ""
            head = f"{when}  {kind:<10}  {hit.customer_name}"
            if hit.title:
                head += f" — {hit.title}"
            head += f"  (entry {hit.entry_id}{', private' if hit.private else ''})"
        out(head)
        text = "".join(start + t + end if m else t for t, m in snippet_parts(hit.snippet))
        out("    " + " ".join(text.split()))
    return 0
