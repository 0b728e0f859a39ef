"""Export: a snapshot written atomically in the format the owner chose.

One function for the command line and the UI, so both write the same files.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from rapport.domain.wording import count
from rapport.transfer.atomic import write_atomically
from rapport.transfer.csv_export import customers_csv, entries_csv, live
from rapport.transfer.json_format import encode
from rapport.transfer.snapshot import Snapshot
from rapport.transfer.vcard_export import customers_vcard


class ExportFormat(StrEnum):
    """What an export writes."""

    JSON = "json"
    CSV_CUSTOMERS = "csv"
    CSV_ENTRIES = "csv-entries"
    VCARD = "vcard"

    @property
    def label(self) -> str:
        """How the export dialog offers it."""
        return _LABELS[self]

    @property
    def suffix(self) -> str:
        """The file name ending it is saved with."""
        return {"json": ".json", "vcard": ".vcf"}.get(self.value, ".csv")


_LABELS = {
    ExportFormat.JSON: "Rapport JSON — everything, to import again or keep",
    ExportFormat.CSV_CUSTOMERS: "CSV — customers, for a spreadsheet",
    ExportFormat.CSV_ENTRIES: "CSV — journal entries, for a spreadsheet",
    ExportFormat.VCARD: "vCard — customers, for a contacts app",
}


def format_for(path: Path) -> ExportFormat | None:
    """The format a file name suggests (".csv" means customers), or None."""
    return {
        ".json": ExportFormat.JSON,
        ".csv": ExportFormat.CSV_CUSTOMERS,
        ".vcf": ExportFormat.VCARD,
        ".vcard": ExportFormat.VCARD,
    }.get(path.suffix.lower())


def chunks(snapshot: Snapshot, fmt: ExportFormat, scope: str = "journal") -> Iterator[str]:
    """The export's text, in pieces."""
    if fmt is ExportFormat.JSON:
        return encode(snapshot, datetime.now(UTC), scope)
    if fmt is ExportFormat.CSV_CUSTOMERS:
        return customers_csv(snapshot)
    if fmt is ExportFormat.CSV_ENTRIES:
        return entries_csv(snapshot)
    return customers_vcard(snapshot)


def export(path: Path, snapshot: Snapshot, fmt: ExportFormat, scope: str = "journal") -> str:
    """Write the export atomically and say in a sentence what it holds."""
    write_atomically(path, chunks(snapshot, fmt, scope))
    return summary(snapshot, fmt, scope)


def summary(snapshot: Snapshot, fmt: ExportFormat, scope: str = "journal") -> str:
    """What an export of this snapshot holds, in words."""
    customers = len(live(snapshot.rows("customers")))
    entries = len(live(snapshot.rows("entries")))
    if fmt is ExportFormat.JSON:
        return (
            f"{count(len(snapshot.rows('customers')), 'customer')} and "
            f"{count(len(snapshot.rows('entries')), 'entry', 'entries')}, with stage changes "
            "and check-ins" + (" (the trash included)" if scope == "journal" else "")
        )
    if fmt is ExportFormat.CSV_ENTRIES:
        return count(entries, "entry", "entries")
    return count(customers, "customer")
