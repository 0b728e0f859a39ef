"""`rapport import FILE` and `rapport export FILE`: contacts in, journal out.

Import reads the whole file first and reports bad rows, likely duplicates and what
went where; it imports the good rows and exits 3 when it skipped bad ones (`--strict`
imports nothing then, and exits 1), and never doubles a likely duplicate unless told
`--include-duplicates`. `--dry-run` only reports.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rapport.cli import fail, journal_arg, out
from rapport.locations import PASSPHRASE_ENV

if TYPE_CHECKING:
    from rapport.store import Journal


def register(verbs: Any) -> None:
    """Add the `import` and `export` verbs."""
    imp = verbs.add_parser(
        "import", help="import customers from CSV, vCard or a Rapport JSON export or archive"
    )
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--journal", dest="transfer_journal", metavar="PATH", type=Path)
    imp.add_argument("--format", choices=["csv", "vcard", "json"], help="default: from the name")
    imp.add_argument("--dry-run", action="store_true", help="report only; import nothing")
    imp.add_argument(
        "--strict", action="store_true", help="import nothing when any row is bad (exit 1)"
    )
    # What every import does now; still accepted so that old scripts keep working.
    imp.add_argument("--skip-bad", action="store_true", help=argparse.SUPPRESS)
    imp.add_argument(
        "--include-duplicates", action="store_true", help="import likely duplicates too"
    )
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="CSV: fill FIELD from COLUMN (repeatable; FIELD 'none' ignores the column)",
    )
    imp.set_defaults(handler=run_import)

    exp = verbs.add_parser("export", help="export the journal or one customer")
    exp.add_argument("file", type=Path, metavar="FILE")
    exp.add_argument(
        "--journal",
        dest="transfer_journal",
        metavar="PATH",
        help="the journal file, or a team journal's postgresql:// URL",
    )
    exp.add_argument("--customer", metavar="NAME", help="only this customer (a name, or #id)")
    exp.add_argument(
        "--format",
        choices=["archive", "json", "csv", "csv-entries", "vcard"],
        help="default: from the name (.zip: the JSON with the files on entries; .json, .csv, "
        ".vcf); csv-entries writes the entries",
    )
    exp.add_argument(
        "--seal",
        action="store_true",
        help=f"JSON: encrypt the export with a passphrase (asked, or from {PASSPHRASE_ENV})",
    )
    exp.set_defaults(handler=run_export)


def run_import(args: argparse.Namespace) -> int:
    """Read, report, and import (or not) as the flags say."""
    from rapport.cli.transfer_report import import_file

    return import_file(args, args.transfer_journal or journal_arg(args))


def run_export(args: argparse.Namespace) -> int:
    """Write the export atomically; the journal must exist."""
    from rapport.store import Journal
    from rapport.store.server import server_location
    from rapport.transfer.errors import TransferError
    from rapport.transfer.exporting import ExportFormat, export, format_for
    from rapport.transfer.sealed import export_sealed

    given = args.transfer_journal
    team = server_location(given) if given else None
    path = Path(given or journal_arg(args))
    if team is None and not path.exists():
        fail(f"There is no journal at “{path}”.", "Check the path given with --journal.")
        return 2
    fmt = ExportFormat(args.format) if args.format else format_for(args.file)
    if fmt is None:
        fail(
            f"Rapport cannot tell the format from “{args.file.name}”.",
            "Name the file .zip, .json, .csv or .vcf, or say "
            "--format archive|json|csv|csv-entries|vcard.",
        )
        return 2
    passphrase = None
    if args.seal:
        if fmt is not ExportFormat.JSON:
            fail("Only a JSON export can be sealed; CSV and vCard stay plain.")
            return 2
        passphrase = seal_passphrase()
        if passphrase is None:
            return 2
    journal = Journal.open(team or path, create=False, for_reading=True)
    try:
        customer_id = _customer(journal, args.customer) if args.customer else None
        scope = "journal" if customer_id is None else "customer"
        try:
            with journal.transfer.reading(customer_id) as rows:
                if passphrase is None:
                    what = export(args.file, rows, fmt, scope)
                else:
                    what = export_sealed(
                        args.file, passphrase, lambda plain: export(plain, rows, fmt, scope)
                    )
        except TransferError as exc:
            fail(exc.message, exc.hint)
            return 2
    finally:
        journal.close()
    sealing = ", sealed with a passphrase" if passphrase else ""
    out(f"Exported {what} to {args.file}{sealing}.")
    return 0


def seal_passphrase() -> str | None:
    """The passphrase to seal an export with: the environment's, else typed twice."""
    given = os.environ.get(PASSPHRASE_ENV, "")
    if given:
        return given
    if sys.stdin is None or not sys.stdin.isatty():
        fail(
            "A sealed export needs a passphrase, and there is no terminal to ask on.",
            f"Give it in the variable {PASSPHRASE_ENV}.",
        )
        return None
    first = _prompt("Passphrase for the export: ")
    if not first:
        fail("The passphrase is empty; nothing was exported.", "Type a passphrase.")
        return None
    if _prompt("The same passphrase again: ") != first:
        fail("The two passphrases do not match; nothing was exported.", "Export again.")
        return None
    return first


def open_passphrase(name: str, attempt: int) -> str | None:
    """The passphrase of a sealed file: the environment's once, else asked on the terminal."""
    given = os.environ.get(PASSPHRASE_ENV, "")
    if given and attempt == 0:
        return given
    if given or attempt >= 3 or sys.stdin is None or not sys.stdin.isatty():
        return None
    if attempt:
        sys.stderr.write("That passphrase does not open it. Try again.\n")
    return _prompt(f"Passphrase for {name}: ")


def _prompt(text: str) -> str:
    import getpass

    return getpass.getpass(text)


def _customer(journal: Journal, text: str) -> int:
    """The id of the customer named (or "#12"); RecordNotFoundError says what is wrong."""
    from rapport.store.errors import RecordNotFoundError

    wanted = text.strip()
    if wanted.startswith("#") and wanted[1:].isdigit():
        return int(wanted[1:])
    found = journal.customers.find(wanted)
    matches = [c for c in found if c.name.casefold() == wanted.casefold()] or found
    if len(matches) == 1:
        return matches[0].id
    if not matches:
        raise RecordNotFoundError(
            f"No customer is called “{wanted}”.", "Check the spelling, or give #id."
        )
    raise RecordNotFoundError(
        f"{len(matches)} customers match “{wanted}”.",
        "Say which with --customer #id: " + ", ".join(f"#{c.id} {c.name}" for c in matches[:10]),
    )
