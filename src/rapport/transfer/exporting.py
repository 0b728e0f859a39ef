"""Export: the journal's rows written atomically, as they are read, in the chosen format.

One function for the command line and the UI, so both write the same files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from rapport.i18n import QT_TRANSLATE_NOOP, Words, translate
from rapport.transfer.archive import FileRows, write_archive
from rapport.transfer.atomic import write_atomically
from rapport.transfer.csv_export import customers_csv, entries_csv
from rapport.transfer.errors import ExportCancelled
from rapport.transfer.json_format import encode
from rapport.transfer.snapshot import TABLES, Row, Rows

ExportingText = Words("ExportingText")


class ExportFormat(StrEnum):
    """What an export writes."""

    ARCHIVE = "archive"
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
        return {"archive": ".zip", "json": ".json", "vcard": ".vcf"}.get(self.value, ".csv")


_LABELS = {
    ExportFormat.ARCHIVE: QT_TRANSLATE_NOOP(
        "ExportingText", "Rapport archive — everything with the files on entries, in one file"
    ),
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
        ".zip": ExportFormat.ARCHIVE,
        ".json": ExportFormat.JSON,
        ".csv": ExportFormat.CSV_CUSTOMERS,
        ".vcf": ExportFormat.VCARD,
        ".vcard": ExportFormat.VCARD,
    }.get(path.suffix.lower())


#: Asked now and then during an export with (rows read, rows in all); False cancels.
ExportProgress = Callable[[int, int], bool]
#: Rows between two progress reports.
REPORT_EVERY = 500

#: The tables each format reads (what its progress counts).
_READS = {
    ExportFormat.ARCHIVE: tuple(TABLES),
    ExportFormat.JSON: tuple(TABLES),
    ExportFormat.CSV_CUSTOMERS: ("customers", "stage_changes"),
    ExportFormat.CSV_ENTRIES: ("customers", "entries"),
    ExportFormat.VCARD: ("customers",),
}


def chunks(source: Rows, fmt: ExportFormat, scope: str = "journal") -> Iterator[str]:
    """The export's text, in pieces, written as the rows are read.

    CSV and vCard yield a header (CSV) and then one piece per customer or entry.
    """
    if fmt in (ExportFormat.JSON, ExportFormat.ARCHIVE):
        return encode(source, datetime.now(UTC), scope)
    if fmt is ExportFormat.CSV_CUSTOMERS:
        return customers_csv(source)
    if fmt is ExportFormat.CSV_ENTRIES:
        return entries_csv(source)
    from rapport.transfer.vcard_export import customers_vcard  # vobject, when asked for

    return customers_vcard(source)


def export(
    path: Path,
    source: Rows,
    fmt: ExportFormat,
    scope: str = "journal",
    progress: ExportProgress | None = None,
) -> str:
    """Write the export atomically and say in a sentence what it holds.

    `progress`, when given, is told how far the export is; when it returns False the
    export stops, removes its temporary file, and raises ExportCancelled.
    """
    watched = source if progress is None else _Watched(source, _READS[fmt], progress)
    pieces = 0

    def counted() -> Iterator[str]:
        nonlocal pieces
        for piece in chunks(watched, fmt, scope):
            pieces += 1
            yield piece
        if isinstance(watched, _Watched):
            watched.report()  # the last word before the file is put in place

    if fmt is ExportFormat.ARCHIVE:
        assert isinstance(source, FileRows), "an archive is written from a journal's rows"
        write_archive(path, counted(), source)
    else:
        write_atomically(path, counted())
    if fmt in (ExportFormat.JSON, ExportFormat.ARCHIVE):
        customers = _customers(source.size("customers"))
        entries = _entries(source.size("entries"))
        text = (
            ExportingText.tr(
                "{customers} and {entries}, with stage changes and check-ins (the trash included)"
            )
            if scope == "journal"
            else ExportingText.tr("{customers} and {entries}, with stage changes and check-ins")
        )
        return text.format(customers=customers, entries=entries)
    written = pieces - (0 if fmt is ExportFormat.VCARD else 1)  # less the CSV's header
    return _entries(written) if fmt is ExportFormat.CSV_ENTRIES else _customers(written)


class _Watched:
    """A source that reports the rows read so far, and stops the export when told."""

    def __init__(self, source: Rows, tables: Iterable[str], progress: ExportProgress) -> None:
        self._source = source
        self._progress = progress
        self.total = sum(source.size(t) for t in tables)
        self.done = 0

    def rows(self, table: str) -> Iterator[Row]:
        return self._counted(self._source.rows(table))

    def size(self, table: str) -> int:
        return self._source.size(table)

    def entries_by_time(self) -> Iterator[Row]:
        return self._counted(self._source.entries_by_time())

    def report(self) -> None:
        """Tell the progress how far; ExportCancelled when it says stop."""
        if not self._progress(min(self.done, self.total), self.total):
            raise ExportCancelled

    def _counted(self, rows: Iterable[Row]) -> Iterator[Row]:
        self.report()
        for row in rows:
            yield row
            self.done += 1
            if self.done % REPORT_EVERY == 0:
                self.report()


def _customers(n: int) -> str:
    return ExportingText.tr("%n customer(s)", "", n)


def _entries(n: int) -> str:
    return ExportingText.tr("%n entr(y|ies)", "", n)
