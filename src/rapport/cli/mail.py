"""`rapport mail FILE…`: e-mails saved from a mail program into their customers' journals.

Each `.eml` or Outlook `.msg` becomes an entry of kind message, with its attachments
and the original file, for the customer whose address is on it (or the one named
with --customer). A message that matches nobody, or several, is said and skipped.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rapport.cli import existing_journal, fail, out


def register(verbs: Any) -> None:
    """Add the `mail` verb."""
    parser = verbs.add_parser(
        "mail", help="add e-mails (.eml, Outlook .msg) to the journal of their customer"
    )
    parser.add_argument("files", nargs="+", type=Path, help="the saved e-mails")
    parser.add_argument(
        "--customer", metavar="NAME", help="add them to this customer (name or #ID)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Read every message, match it, and save it; 2 when any could not be added."""
    from rapport.cli.printing import _one_customer
    from rapport.store import Journal, JournalError

    path = existing_journal(args)
    if path is None:
        return 2
    try:
        journal = Journal.open(path, create=False)
    except JournalError as exc:
        fail(exc.message, exc.hint)
        return 2
    try:
        chosen = None
        if args.customer:
            chosen = _one_customer(journal, args.customer)
            if chosen is None:
                return 2
        failures = sum(
            not _add(journal, file, chosen.id if chosen else None) for file in args.files
        )
    finally:
        journal.close()
    return 2 if failures else 0


def _add(journal: Any, file: Path, customer_id: int | None) -> bool:
    from rapport.domain.capture import by_address
    from rapport.store import JournalError
    from rapport.store.capture import add_mail, known_relationships
    from rapport.transfer.errors import TransferError
    from rapport.transfer.mail import read_mail_bytes

    try:
        original = file.read_bytes()
        mail = read_mail_bytes(original, file.name)
    except OSError as exc:
        fail(f"“{file}” could not be read ({exc.strerror}).", "Check the path.")
        return False
    except TransferError as exc:
        fail(exc.message, exc.hint)
        return False
    known = known_relationships(journal)
    if customer_id is None:
        found = by_address([a.email for a in mail.addresses], known)
        if len(found) != 1:
            names = {k.customer_id: k.name for k in known}
            who = ", ".join(a.email for a in mail.addresses) or "nobody"
            hint = "Name the customer with --customer NAME (or #ID)."
            if found:
                listed = "; ".join(f"{names[c]} #{c}" for c in found)
                fail(f"“{file.name}” is to or from several customers: {listed}.", hint)
            else:
                fail(f"No customer has an address on “{file.name}” ({who}).", hint)
            return False
        customer_id = found[0]
    try:
        add_mail(journal, customer_id, mail, file.name, original)
    except JournalError as exc:
        fail(exc.message, exc.hint)
        return False
    name = next((k.name for k in known if k.customer_id == customer_id), f"#{customer_id}")
    files = len(mail.attachments)
    extra = f", {files} attachment{'' if files == 1 else 's'}" if files else ""
    out(f"Added “{mail.subject or file.name}” to {name}{extra}.")
    return True
