"""`rapport brief CUSTOMER [--pdf FILE] [--include-private]`: the one-page meeting brief.

The same brief as the customer page's Brief window (`rapport.reports.brief`): with
`--pdf` it is written as a one-page PDF (atomically); without, its text is written to
standard output. The customer is found by name (or #ID) as `rapport print` finds them.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rapport.cli import fail, out
from rapport.cli.printing import _one_customer, open_for_printing, owner_rules


def register(verbs: Any) -> None:
    """Add the `brief` verb."""
    parser = verbs.add_parser(
        "brief",
        help="a customer's one-page meeting brief (text, or a PDF)",
        description="Show a customer's one-page meeting brief, or write it as a PDF.",
    )
    parser.add_argument("customer", help="the customer's name (or part of it), or #ID")
    parser.add_argument("--pdf", type=Path, metavar="FILE", help="write the brief as this PDF")
    parser.add_argument(  # also accepted after the verb; SUPPRESS keeps the global one
        "--journal", type=Path, metavar="PATH", default=argparse.SUPPRESS, help="the journal"
    )
    parser.add_argument(
        "--include-private", action="store_true", help="include entries marked private"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Find the customer, build the brief, and write it."""
    journal = open_for_printing(args)
    if journal is None:
        return 2
    from rapport.reports.brief import MeetingBrief
    from rapport.reports.pdf_output import write_pdf
    from rapport.reports.timeline_report import PrintError

    try:
        customer = _one_customer(journal, args.customer)
        if customer is None:
            return 2
        brief = MeetingBrief.build(journal, customer.id, args.include_private, rules=owner_rules())
    finally:
        journal.close()
    if args.pdf is None:
        out(brief.text())
        return 0
    try:
        write_pdf(brief, args.pdf)
    except PrintError as exc:
        fail(exc.message, exc.hint)
        return 2
    out(f"Wrote {args.pdf} (1 page).")
    return 0
