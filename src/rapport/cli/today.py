"""`rapport today [--journal PATH]`: print the Today list — what is due, who is drifting."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import Any

from rapport.cli import fail, journal_arg, out


def register(verbs: Any) -> None:
    """Add the `today` verb."""
    parser = verbs.add_parser(
        "today", help="print today's follow-ups, quiet relationships, risks and check-ins"
    )
    parser.add_argument("--journal", dest="today_journal", metavar="PATH", type=Path)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Open the journal (never creating one) and print its Today list."""
    from rapport.cli.printing import owner_rules
    from rapport.domain.people import RelationshipKind
    from rapport.domain.today import Section
    from rapport.store import Journal

    path = args.today_journal or journal_arg(args)
    if not Path(path).exists():
        fail(f"There is no journal at “{path}”.", "Check the path, or start Rapport to create one.")
        return 2
    now = datetime.now().astimezone()
    rules = owner_rules()
    journal = Journal.open(path, create=False, for_reading=True)
    try:
        items = journal.facts.today(now, settings=rules)
        kinds = {s.id: s.kind for s in journal.timeline.customers()}
    finally:
        journal.close()
    out(f"Today, {now.day} {now:%B %Y}")
    if not items:
        out("Nothing due. Every relationship is within its keep-in-touch cadence.")
        return 0
    section: Section | None = None
    for item in items:
        if item.section is not section:
            section = item.section
            out()
            out(f"{section.label} ({sum(i.section is section for i in items)})")
        health = f" · health {item.health}" if item.health is not None else ""
        kind = kinds.get(item.customer_id, RelationshipKind.CUSTOMER)
        named = item.customer_name
        if kind is not RelationshipKind.CUSTOMER:  # "Rösterei Blau (supplier)"
            named += f" ({kind.noun})"
        out(f"  {named} [#{item.customer_id}] — {item.title}{health}")
        out(f"      {item.detail}")
        if item.signal is not None and section is Section.RISK:
            for line in item.signal.evidence:
                out(f"      · {line}")
            out(f"      Next: {item.signal.next_step}")
    return 0
