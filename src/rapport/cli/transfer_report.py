"""The import verb's work: read the file, print what is wrong, import what may be imported.

The file is read and reported before any journal is opened for writing: a journal
the command would create is only created when there is something to import, and if
the import then fails it is removed again, with the folders and the backup made for
it, so a failed import leaves no empty journal behind.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterable
from pathlib import Path

from rapport.cli import EXIT_SKIPPED, fail, out
from rapport.domain.wording import count
from rapport.store import Journal
from rapport.store.backup import backup_folder
from rapport.store.transfer import Imported
from rapport.transfer.csv_import import CsvSource
from rapport.transfer.duplicates import Existing
from rapport.transfer.errors import TransferError
from rapport.transfer.fields import Target
from rapport.transfer.opening import Format, Opened, open_file
from rapport.transfer.plan import ImportPlan, read_plan, run_to_end
from rapport.transfer.sealed import PassphraseNeededError, WrongPassphraseError


def import_file(args: argparse.Namespace, journal_path: Path) -> int:
    """Import as the flags say; return the exit status (see `rapport.cli`).

    0 when imported (or a dry run), 3 when bad rows were skipped, 1 when bad rows
    stopped it (--strict, or no good row at all), 2 on errors.
    """
    try:
        opened = _open(args.file, Format(args.format) if args.format else None)
        if isinstance(opened.source, CsvSource):
            _remap(opened.source, args.map)
        elif args.map:
            raise TransferError("--map only applies to CSV files.")
    except TransferError as exc:
        fail(exc.message, exc.hint)
        return 2
    path = Path(journal_path)
    if not path.exists():
        plan = _read(args, opened, [])
        stop = _stop(args, plan, "Dry run: nothing was imported (and there is no journal yet).")
        return stop if stop is not None else _import_into_new(args, path, plan)
    journal = Journal.open(path)
    try:
        plan = _read(args, opened, journal.transfer.existing())
        stop = _stop(args, plan, "Dry run: nothing was imported.")
        if stop is not None:
            return stop
        imported = _run(args, journal, plan)
    finally:
        journal.close()
    return _imported(plan, imported, path)


def _open(path: Path, fmt: Format | None) -> Opened:
    """Open the file; a sealed export with the passphrase (environment, else the terminal)."""
    from rapport.cli.transfer import open_passphrase
    from rapport.locations import PASSPHRASE_ENV

    attempt, passphrase = 0, None
    while True:
        try:
            return open_file(path, fmt, passphrase)
        except (PassphraseNeededError, WrongPassphraseError) as exc:
            passphrase = open_passphrase(path.name, attempt)
            attempt += 1
            if passphrase is None:
                hint = f"Type it when asked, or give it in the variable {PASSPHRASE_ENV}."
                raise TransferError(exc.message, hint) from None


def _read(args: argparse.Namespace, opened: Opened, existing: Iterable[Existing]) -> ImportPlan:
    plan = run_to_end(read_plan(opened, existing))
    _report(args.file, plan, args.include_duplicates)
    return plan


def _stop(args: argparse.Namespace, plan: ImportPlan, dry_run: str) -> int | None:
    """The exit status when nothing is to be written, or None to go on and import."""
    good = plan.importable_count(args.include_duplicates)
    if args.dry_run:
        out(dry_run)
        return 0
    if plan.bad and args.strict:
        fail(
            f"Nothing was imported: {count(len(plan.bad), 'row')} cannot be (listed above).",
            f"Fix them and import again, or leave out --strict to import the {good} good ones.",
        )
        return 1
    if good == 0 and not plan.found and plan.bad:
        fail(
            "Nothing was imported: no row of the file can be imported (listed above).",
            "Check that it is the file your contacts program exported, and fix the rows.",
        )
        return 1
    if good == 0:
        out("Nothing was imported: there is no new customer in the file.")
        return EXIT_SKIPPED if plan.bad else 0
    return None


def _run(args: argparse.Namespace, journal: Journal, plan: ImportPlan) -> Imported:
    steps = journal.transfer.run(plan, args.file.name, args.include_duplicates)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            imported: Imported = done.value
            return imported


def _import_into_new(args: argparse.Namespace, path: Path, plan: ImportPlan) -> int:
    """Create the journal and import; if that fails, remove what was made for it."""
    folders = [f for f in (path.parent, *path.parent.parents) if not f.exists()]
    backups = backup_folder(path)
    before = set(backups.iterdir()) if backups.is_dir() else None
    committed = False
    try:
        journal = Journal.open(path)
        try:
            imported = _run(args, journal, plan)
            committed = True
        finally:
            journal.close()
    except BaseException:
        if not committed:
            _remove_new(path, folders, backups, before)
        raise
    out(f"Created a new journal at {path}.")
    return _imported(plan, imported, path)


def _remove_new(path: Path, folders: list[Path], backups: Path, before: set[Path] | None) -> None:
    """Remove a journal this command created, its backup and the folders made for it."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    if backups.is_dir():
        for made in set(backups.iterdir()) - (before or set()):
            with contextlib.suppress(OSError):
                made.unlink()
        if before is None:
            with contextlib.suppress(OSError):
                backups.rmdir()
    for folder in folders:  # innermost first; only while empty
        with contextlib.suppress(OSError):
            folder.rmdir()


def _imported(plan: ImportPlan, imported: Imported, path: Path) -> int:
    out(f"Imported {count(len(imported.customer_ids), 'customer')} into {path}.")
    if imported.backed_up:
        out(f"The journal as it was before is backed up in {backup_folder(path)}.")
    elif imported.batch_id is not None:
        out("To take it back, use Undo import in Rapport's File → Recent imports….")
    if not plan.bad:
        return 0
    were = "was" if len(plan.bad) == 1 else "were"
    fail(
        f"{count(len(plan.bad), 'row')} {were} skipped (listed above).",
        "Fix them and import the file again (what was imported now is then left out as "
        "duplicates), or use --strict to import nothing while a row is bad.",
    )
    return EXIT_SKIPPED


def _remap(source: CsvSource, pairs: list[str]) -> None:
    """Apply --map COLUMN=FIELD to a CSV source's guessed mapping, then check it."""
    fields = {t.value: t for t in Target} | {"none": None}
    for pair in pairs:
        column, _, field = pair.rpartition("=")
        if column not in source.table.headers or field not in fields:
            raise TransferError(
                f"--map {pair}: “{column}” is not a column of the file, "
                f"or “{field}” is not a field.",
                "Fields: " + ", ".join(fields) + ". Columns: " + ", ".join(source.table.headers),
            )
        for index, header in enumerate(source.table.headers):
            if header == column:
                source.mapping[index] = fields[field]
    problem = source.check_mapping()
    if problem:
        raise TransferError(
            problem.replace("Choose", "Say with --map COLUMN=name"),
            "Columns: " + ", ".join(source.table.headers),
        )


def _report(path: Path, plan: ImportPlan, include_duplicates: bool) -> None:
    out(f"Read “{path.name}” ({plan.kind}, {plan.encoding}).")
    out(f"{count(plan.found, 'customer')} can be imported.")
    if plan.bad:
        out(f"{count(len(plan.bad), 'row')} cannot be imported:")
        for bad in plan.bad:
            out(f"  {bad}")
    warned = plan.warned()
    if warned:
        comes = "comes" if len(warned) == 1 else "come"
        out(f"{count(len(warned), 'customer')} {comes} with a warning:")
        for candidate in warned:
            for notice in candidate.notices:
                out(f"  {candidate.place}: {candidate.draft.name} — {notice}")
    if plan.groups:
        out(
            f"{count(len(plan.groups), 'organisation')} with several people, each one relationship:"
        )
        for group in plan.groups:
            names = ", ".join(m.draft.name for m in group.members)
            out(f"  {group.organisation}: {names}")
    joining = plan.joining(include_duplicates)
    if joining:
        out(f"{count(len(joining), 'relationship')} already in the journal, joined by its people:")
        for joined in joining:
            out(f"  {joined.name}: {', '.join(p.name for p in joined.people)}")
    where = plan.placements(include_duplicates)
    if where:
        out("What went where:")
        for placed in where:
            out(f"  {placed.origin} → {placed.destination} ({count(placed.customers, 'customer')})")
    if plan.duplicates:
        left = "imported anyway" if include_duplicates else "left out (--include-duplicates)"
        out(f"{count(len(plan.duplicates), 'likely duplicate')}, {left}:")
        for duplicate in plan.duplicates:
            out(f"  {duplicate}")
