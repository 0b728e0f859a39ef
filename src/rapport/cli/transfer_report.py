"""The import verb's work: read the file, print what is wrong, import what may be imported."""

from __future__ import annotations

import argparse
from pathlib import Path

from rapport.cli import fail, out
from rapport.domain.wording import count
from rapport.store import Journal
from rapport.store.backup import backup_folder
from rapport.transfer.csv_import import CsvSource
from rapport.transfer.errors import TransferError
from rapport.transfer.fields import Target
from rapport.transfer.opening import Format, Opened, open_file
from rapport.transfer.plan import ImportPlan, read_plan, run_to_end


def import_file(args: argparse.Namespace, journal_path: Path) -> int:
    """Exit 0 when imported (or a dry run), 1 when bad rows stopped it, 2 on errors."""
    try:
        opened = open_file(args.file, Format(args.format) if args.format else None)
        if isinstance(opened.source, CsvSource):
            _remap(opened.source, args.map)
        elif args.map:
            raise TransferError("--map only applies to CSV files.")
    except TransferError as exc:
        fail(exc.message, exc.hint)
        return 2
    if args.dry_run and not Path(journal_path).exists():  # a dry run creates nothing
        plan = run_to_end(read_plan(opened, []))
        _report(args.file, plan, args.include_duplicates)
        out("Dry run: nothing was imported (and there is no journal at that path yet).")
        return 0
    created = not Path(journal_path).exists()
    journal = Journal.open(journal_path)
    if created:
        out(f"Created a new journal at {journal.path}.")
    try:
        return _import(args, journal, opened)
    finally:
        journal.close()


def _import(args: argparse.Namespace, journal: Journal, opened: Opened) -> int:
    plan = run_to_end(read_plan(opened, journal.transfer.existing()))
    _report(args.file, plan, args.include_duplicates)
    good = len(plan.importable(args.include_duplicates))
    if args.dry_run:
        out("Dry run: nothing was imported.")
        return 0
    if plan.bad and not args.skip_bad:
        fail(
            f"Nothing was imported: {count(len(plan.bad), 'row')} cannot be (listed above).",
            f"Fix them and import again, or add --skip-bad to import the {good} good ones.",
        )
        return 1
    if good == 0:
        out("Nothing was imported: there is no new customer in the file.")
        return 0
    steps = journal.transfer.run(plan, args.file.name, args.include_duplicates)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            imported = done.value
            break
    out(f"Imported {count(len(imported.customer_ids), 'customer')} into {journal.path}.")
    out(f"The journal as it was before is backed up in {backup_folder(journal.path)}.")
    return 0


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
    out(f"{count(len(plan.candidates), 'customer')} can be imported.")
    if plan.bad:
        out(f"{count(len(plan.bad), 'row')} cannot be imported:")
        for bad in plan.bad:
            out(f"  {bad}")
    if plan.duplicates:
        left = "imported anyway" if include_duplicates else "left out (--include-duplicates)"
        out(f"{count(len(plan.duplicates), 'likely duplicate')}, {left}:")
        for duplicate in plan.duplicates:
            out(f"  {duplicate}")
