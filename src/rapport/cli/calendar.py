"""`rapport calendar FILE`: every open follow-up as a calendar the owner's calendar reads.

Run it again (by hand or from a scheduled task) and the calendar, subscribed to the
file, updates the same events: ticked-off follow-ups disappear, new ones appear.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rapport.cli import existing_journal, fail, out


def register(verbs: Any) -> None:
    """Add the `calendar` verb."""
    parser = verbs.add_parser(
        "calendar", help="write every open follow-up to an .ics calendar file"
    )
    parser.add_argument("file", type=Path, help="the .ics file to write (replaced if it exists)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Read the open follow-ups and write them, atomically, as iCalendar."""
    from rapport.store import Journal, JournalError
    from rapport.transfer.atomic import write_atomically
    from rapport.transfer.calendar_out import FollowUpEvent, follow_ups_calendar
    from rapport.transfer.errors import TransferError

    path = existing_journal(args)
    if path is None:
        return 2
    try:
        journal = Journal.open(path, create=False, for_reading=True)
    except JournalError as exc:
        fail(exc.message, exc.hint)
        return 2
    try:
        book = journal.facts.book()
    finally:
        journal.close()
    names = {c.customer_id: c.name for c in book.customers}
    events = [FollowUpEvent(f, names[f.customer_id]) for f in book.follow_ups]
    data = follow_ups_calendar(events, datetime.now(UTC)).decode("utf-8")
    try:
        write_atomically(args.file, [data])
    except TransferError as exc:
        fail(exc.message, exc.hint)
        return 2
    count = len(events)
    out(f"Wrote {args.file} ({count} follow-up{'' if count == 1 else 's'}).")
    return 0
