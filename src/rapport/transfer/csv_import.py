"""Reading customers from a CSV file: the table, then each row through a column mapping.

The table is read once (fast, and it gives the mapping step its preview); rows are
turned into customers in slices, so the UI can show progress and stop between two
slices. Every row keeps the line it starts on (a quoted cell may span lines), so a
report says "line 12", which is where a spreadsheet or an editor will show it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapport.i18n import Words, formats
from rapport.transfer.errors import TransferError
from rapport.transfer.fields import Target, build_customer, is_blank
from rapport.transfer.formula import unescape
from rapport.transfer.presets import Mapping, detect
from rapport.transfer.rows import BadRow, Read

CsvImportText = Words("CsvImportText")

_DELIMITERS = ",;\t"
#: Python's csv module refuses longer cells (its default field size limit).
_CELL_LIMIT = 131_072


@dataclass(frozen=True)
class Row:
    """One data row of the file: the line it starts on and its cells."""

    line: int
    cells: list[str]


@dataclass
class CsvTable:
    """A CSV file read into its header and rows; lines the reader choked on are in `bad`."""

    headers: list[str]
    rows: list[Row]
    delimiter: str = ","
    bad: list[BadRow] = field(default_factory=list)


def read_table(text: str) -> CsvTable:
    """Split CSV text into a header and rows; TransferError when there is no header."""
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    headers: list[str] | None = None
    rows: list[Row] = []
    bad: list[BadRow] = []
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            bad.append(BadRow(_line(line), _csv_reason(str(exc)), line))
            continue
        if not any(c.strip() for c in cells):
            continue
        if headers is None:
            headers = [
                h.strip() or CsvImportText.tr("Column {number}").format(number=i + 1)
                for i, h in enumerate(cells)
            ]
        else:
            rows.append(Row(line, cells))
    if headers is None:
        raise TransferError(
            CsvImportText.tr(
                "The file has no header line, so Rapport cannot tell which column is which."
            ),
            CsvImportText.tr("Export it again with column names in the first line."),
        )
    return CsvTable(headers, rows, delimiter, bad)


class CsvSource:
    """Customers of a CSV table under a column mapping, read a slice at a time."""

    def __init__(self, table: CsvTable, mapping: Mapping | None = None) -> None:
        preset = detect(table.headers)
        self.table = table
        self.kind = preset.name
        self.mapping: Mapping = list(mapping) if mapping is not None else preset.mapping

    @property
    def total(self) -> int:
        """How many rows there are to read."""
        return len(self.table.rows)

    def check_mapping(self) -> str | None:
        """Why the mapping cannot work, or None: some column must give a name."""
        names = {Target.NAME, Target.FIRST_NAME, Target.LAST_NAME, Target.ORGANISATION}
        if not names & {t for t in self.mapping if t is not None}:
            return CsvImportText.tr(
                "Choose the column that holds each customer's name (or organisation)."
            )
        return None

    def read(self, start: int, stop: int) -> list[Read]:
        """Rows [start, stop) as customers or bad rows; blank rows are left out."""
        found: list[Read] = []
        if start == 0:
            found.extend(self.table.bad)
        width = len(self.table.headers)
        for row in self.table.rows[start:stop]:
            place = _line(row.line)
            if len(row.cells) != width:
                found.append(BadRow(place, _width_reason(len(row.cells), width), row.line))
                continue
            values = self.values(row.cells)
            if not is_blank(values):
                found.append(build_customer(values, place, row.line))
        return found

    def values(self, cells: Sequence[str]) -> dict[Target, list[str]]:
        """The mapped cells of one row, grouped by the field they fill."""
        values: dict[Target, list[str]] = {}
        for target, cell in zip(self.mapping, cells, strict=False):
            if target is not None:
                values.setdefault(target, []).append(unescape(cell))
        return values


def _delimiter(text: str) -> str:
    """Comma, semicolon (European Excel) or tab, whichever the header line uses most."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _line(number: int) -> str:
    """Where a row is, in words: "line 12"."""
    return CsvImportText.tr("line {line}").format(line=number)


def _width_reason(cells: int, width: int) -> str:
    if cells > width:
        text = CsvImportText.tr(
            "it has %n cell(s) where the header has {width} "
            "(a comma or quote too many inside a cell?)",
            "",
            cells,
        )
    else:
        text = CsvImportText.tr(
            "it has %n cell(s) where the header has {width} (the line may be cut short)",
            "",
            cells,
        )
    return text.format(width=width)


def _csv_reason(message: str) -> str:
    """Python's csv messages, in words for a spreadsheet user."""
    if "field larger than field limit" in message:
        return CsvImportText.tr(
            "a cell is longer than {limit} characters, so the line was not read"
        ).format(limit=formats().number(_CELL_LIMIT, 0))
    if "unexpected end of data" in message:
        return CsvImportText.tr("a quoted cell is never closed (the file may be cut short)")
    if "expected after" in message:
        return CsvImportText.tr(
            "a quote inside a cell is not doubled, so the line cannot be split into cells"
        )
    return CsvImportText.tr("the line is not valid CSV ({reason})").format(reason=message)
