"""`rapport backup` and `rapport restore`: verified backups and going back to one.

    rapport backup [--journal PATH] [--list]
    rapport restore [--journal PATH] [BACKUP] [--yes]

BACKUP is a number from `rapport restore`'s list (1 is the newest) or a backup file.
A restore backs the current journal up first; a damaged journal is moved aside instead.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from rapport.cli import fail, journal_arg, out


def register(verbs: Any) -> None:
    """Add the `backup` and `restore` verbs."""
    backup = verbs.add_parser("backup", help="back the journal up now (checked before it counts)")
    backup.add_argument("--journal", dest="backup_journal", metavar="PATH", type=Path)
    backup.add_argument("--list", action="store_true", help="list the backups instead")
    backup.set_defaults(handler=run_backup)
    restore = verbs.add_parser("restore", help="put a backup in place of the journal")
    restore.add_argument("--journal", dest="restore_journal", metavar="PATH", type=Path)
    restore.add_argument("backup", nargs="?", help="a number from the list, or a backup file")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.set_defaults(handler=run_restore)


def _journal(args: argparse.Namespace, own: Path | None) -> Path | None:
    path = (own or journal_arg(args)).expanduser().absolute()
    from rapport.store.backup import list_backups

    if not path.exists() and not list_backups(path):
        fail(f"There is no journal at “{path}”.", "Check the path, or start Rapport to create one.")
        return None
    return path


def _describe(n: int, info: Any) -> str:
    from rapport.domain.retention import reason_label

    when = info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return f"  {n:>2}. {when}  {reason_label(info.reason):<28} {info.size / 1e6:>7.1f} MB"


def run_backup(args: argparse.Namespace) -> int:
    """Take a verified backup, or list them."""
    from rapport.store.backup import list_backups, take_backup

    path = _journal(args, args.backup_journal)
    if path is None:
        return 2
    if args.list:
        backups = list_backups(path)
        out(f"{len(backups)} backups of {path.name} in {path.parent / 'backups'}:")
        for n, info in enumerate(backups, 1):
            out(_describe(n, info))
        return 0
    info = take_backup(path, "manual")
    out(f"Backed up and checked: {info.path} ({info.size / 1e6:.1f} MB)")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    """List the backups, or restore one (after a backup of the current journal)."""
    from rapport.single_instance import hold_lock
    from rapport.store.backup import list_backups, restore_backup
    from rapport.store.integrity import is_blank, move_aside, quick_check

    path = _journal(args, args.restore_journal)
    if path is None:
        return 2
    backups = list_backups(path)
    if not args.backup:
        out(f"Backups of {path.name}, newest first (restore one with: rapport restore N):")
        for n, info in enumerate(backups, 1):
            out(_describe(n, info))
        return 0
    chosen = _pick(args.backup, backups)
    if chosen is None:
        fail(f"There is no backup “{args.backup}”.", "Run `rapport restore` to see the list.")
        return 2
    if not args.yes:
        if not sys.stdin.isatty():
            fail("Restoring replaces the journal's content.", "Add --yes to go ahead.")
            return 2
        answer = input(f"Put {chosen.name} in place of {path.name}? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            out("Nothing was changed.")
            return 1
    lock = hold_lock(path)
    if lock is None:
        fail(
            f"Rapport is open on “{path.name}”.",
            "Close it first, or use File → Restore from backup in the app.",
        )
        return 2
    try:
        if path.exists() and is_blank(path):  # nothing in it to back up first
            aside = move_aside(path)
            out(f"The journal was empty; it was moved aside to {aside.name}.")
        elif path.exists() and quick_check(path) is not None:
            aside = move_aside(path)
            out(f"The journal was damaged; it was moved aside to {aside.name}.")
        before = restore_backup(path, chosen)
    finally:
        lock.unlock()
    out(f"Restored {path.name} from {chosen.name}.")
    if before is not None:
        out(f"The journal as it was just before is kept as {before.path.name}.")
    return 0


def _pick(choice: str, backups: list[Any]) -> Path | None:
    if choice.isdigit():
        n = int(choice)
        return backups[n - 1].path if 1 <= n <= len(backups) else None
    candidate = Path(choice).expanduser()
    return candidate if candidate.is_file() else None
