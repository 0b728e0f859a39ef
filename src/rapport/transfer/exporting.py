"""Export: a snapshot written atomically in the format the owner chose.

One function for the command line and the UI, so both write the same files.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from rapport.i18n import QT_TRANSLATE_NOOP, Words, translate
from rapport.transfer.atomic import write_atomically
from rapport.transfer.csv_export import customers_csv, entries_csv, live
from rapport.transfer.json_format import encode
from rapport.transfer.snapshot import Snapshot
from rapport.transfer.vcard_export import customers_vcard

ExportingText = Words("ExportingText")


class ExportFormat(StrEnum):
    """What an export writes."""

    JSON = "json"
    CSV_CUSTOMERS = "csv"
    CSV_ENTRIES = "csv-entries"
    VCARD = "vcard"

    @property
    def label(self) -> str:
        """How the export dialog offers it (in the owner's language)."""
        return translate("ExportingText", _LABELS[self])

    @property
    def suffix(self) -> str:
        """The file name ending it is saved with."""
        return {"json": ".json", "vcard": ".vcf"}.get(self.value, ".csv")


_LABELS = {
    ExportFormat.JSON: QT_TRANSLATE_NOOP(
        "ExportingText", "Rapport JSON — everything, to import again or keep"
    ),
    ExportFormat.CSV_CUSTOMERS: QT_TRANSLATE_NOOP(
        "ExportingText", "CSV — customers, for a spreadsheet"
    ),
    ExportFormat.CSV_ENTRIES: QT_TRANSLATE_NOOP(
        "ExportingText", "CSV — journal entries, for a spreadsheet"
    ),
    ExportFormat.VCARD: QT_TRANSLATE_NOOP("ExportingText", "vCard — customers, for a contacts app"),
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
    if fmt is ExportFormat.JSON:
        customers = _customers(len(snapshot.rows("customers")))
        entries = _entries(len(snapshot.rows("entries")))
        text = (
            ExportingText.tr(
                "{customers} and {entries}, with stage changes and check-ins (the trash included)"
            )
            if scope == "journal"
            else ExportingText.tr("{customers} and {entries}, with stage changes and check-ins")
        )
        return text.format(customers=customers, entries=entries)
    if fmt is ExportFormat.CSV_ENTRIES:
        return _entries(len(live(snapshot.rows("entries"))))
    return _customers(len(live(snapshot.rows("customers"))))


def _customers(n: int) -> str:
    return ExportingText.tr("%n customer(s)", "", n)


def _entries(n: int) -> str:
    return ExportingText.tr("%n entr(y|ies)", "", n)
