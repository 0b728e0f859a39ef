"""Reading customers from a CSV file: the table, then each row through a column mapping.

The table is read once (fast, and it gives the mapping step its preview); rows are
turned into customers in slices, so the UI can show progress and stop between two
slices. Every row keeps the line it starts on (a quoted cell may span lines), so a
report says "line 12", which is where a spreadsheet or an editor will show it.

Address books often leave out a row's empty cells at its end (Outlook does), so a
short row is read as if they were there. A row with more cells than the header has
is reported, unless the cells beyond are empty: which cell moved is anyone's guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Literal, overload

from rapport.i18n import Words
from rapport.transfer.building import _into, _person, _phone, build_customer
from rapport.transfer.csv_table import CsvTable, Row, Rows, line_words, read_table
from rapport.transfer.fast_rows import BLANK, PlainBuilder, PlainRow, RowBuilder, compile_plain
from rapport.transfer.fields import RowValues, Target, label_word
from rapport.transfer.formula import unescape
from rapport.transfer.presets import Mapping, detect
from rapport.transfer.rows import BadRow, Read

__all__ = ["CsvSource", "CsvTable", "Row", "read_table"]

CsvImportText = Words("CsvImportText")


class CsvSource:
    """Customers of a CSV table under a column mapping, read a slice at a time."""

    def __init__(self, table: CsvTable, mapping: Mapping | None = None) -> None:
        preset = detect(table.headers)
        self.table = table
        self.kind = preset.name
        self.preset = preset
        self.mapping: Mapping = list(mapping) if mapping is not None else preset.mapping
        self.labels = label_columns(table.headers)

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
        return [read for _, read in self.reads(start, stop)]

    @overload
    def reads(
        self, start: int, stop: int, plain: Literal[False] = False
    ) -> Iterator[tuple[int, Read]]: ...

    @overload
    def reads(
        self, start: int, stop: int, plain: bool
    ) -> Iterator[tuple[int, Read | PlainRow]]: ...

    def reads(
        self, start: int, stop: int, plain: bool = False
    ) -> Iterator[tuple[int, Read | PlainRow]]:
        """Rows [start, stop) with their index (-1: a line the table could not split)."""
        if start == 0:
            yield from ((-1, bad) for bad in self.table.bad)
        yield from self.read_at(range(start, min(stop, self.total)), plain)

    @overload
    def read_at(
        self, indexes: Iterable[int], plain: Literal[False] = False
    ) -> Iterator[tuple[int, Read]]: ...

    @overload
    def read_at(
        self, indexes: Iterable[int], plain: bool
    ) -> Iterator[tuple[int, Read | PlainRow]]: ...

    def read_at(
        self, indexes: Iterable[int], plain: bool = False
    ) -> Iterator[tuple[int, Read | PlainRow]]:
        """The rows at these indexes (blank ones left out), read again from the table.

        `plain`: a plain row comes as its `PlainRow` (`fast_rows`), not as its candidate.
        """
        width = len(self.table.headers)
        rows = self.table.rows
        columns = self._columns()  # the mapping holds still while rows are read
        builder = self._plain_way()
        short = None if builder is None else builder.plain if plain else builder.build
        line = line_words()
        indexes = list(indexes)
        if isinstance(rows, Rows):
            found = rows.cells_at(indexes)
        else:
            found = ((row.line, row.cells) for row in (rows[i] for i in indexes))
        for index, (number, cells) in zip(indexes, found, strict=True):
            place = line.format(line=number)
            if len(cells) > width and any(c.strip() for c in cells[width:]):
                yield index, BadRow(place, _too_many(len(cells), width), number)
                continue
            if short is not None:
                read = short(cells, place, number)
                if read is BLANK:
                    continue
                if read is not None:
                    yield index, read  # type: ignore[misc]
                    continue
            values = self._values(cells, columns)
            if not values.is_blank():
                yield index, build_customer(values, place, number)

    def _short_way(self) -> RowBuilder | None:
        """The short way for the common row under the mapping (`fast_rows`), if it has one."""
        builder = self._plain_way()
        return None if builder is None else builder.build

    def _plain_way(self) -> PlainBuilder | None:
        """What reads the common row under the mapping on the short way (`fast_rows`), if any."""
        return compile_plain(
            self.mapping, self.table.headers, self.labels, self.preset, _into, _person, _phone
        )

    def values(self, cells: Sequence[str]) -> RowValues:
        """The cells of one row by the field they fill; missing cells at the end are empty."""
        return self._values(cells, self._columns())

    def _columns(self) -> list[tuple[int, Target | None, str, int | str | None]]:
        """Each column's index, target, header and label (None: not an e-mail or phone).

        Worked out once per slice of rows, not for every cell of every row.
        """
        labels = self.labels
        return [
            (i, t, h, labels.get(i, "") if t in (Target.EMAIL, Target.PHONE) else None)
            for i, (t, h) in enumerate(zip(self.mapping, self.table.headers, strict=False))
        ]

    def _values(
        self, cells: Sequence[str], columns: list[tuple[int, Target | None, str, int | str | None]]
    ) -> RowValues:
        values = RowValues()
        preset = self.preset
        no_value = preset.no_value
        count = len(cells)
        for index, target, header, label in columns:
            if index >= count:
                break
            cell = cells[index]
            text = unescape(cell) if cell[:1] == "'" else cell
            stripped = text.strip()
            if stripped in no_value:
                continue
            if label is not None:
                if isinstance(label, int):  # Google: the label is in a column of its own
                    label = cells[label] if label < count else ""
                values.add(target, header, text, label_word(label))  # type: ignore[arg-type]
            elif target is not None:
                values.add(target, header, text)
            elif (
                stripped
                and index not in preset.qualifiers
                and stripped.casefold() not in preset.defaults
            ):
                values.left_out.append(header)
        return values


_GOOGLE_VALUE = re.compile(r"(?i)((?:e-mail|phone) \d+) - value")
_OUTLOOK_PHONE = re.compile(
    r"(?i)(business|mobile|home|other|car|primary|company main) phone( \d)?"
)


def label_columns(headers: Sequence[str]) -> dict[int, int | str]:
    """Each e-mail or phone column's label: the column holding it (Google), or the label."""
    where = {" ".join(h.split()).casefold(): i for i, h in enumerate(headers)}
    found: dict[int, int | str] = {}
    for index, header in enumerate(headers):
        header = " ".join(header.split())
        if google := _GOOGLE_VALUE.fullmatch(header):
            label = where.get(f"{google[1]} - label".casefold())
            if label is not None:
                found[index] = label
        elif outlook := _OUTLOOK_PHONE.fullmatch(header):
            found[index] = outlook[1]
    return found


def _too_many(cells: int, width: int) -> str:
    text = CsvImportText.tr(
        "it has %n cell(s) where the header has {width} (a comma or quote too many inside a cell?)",
        "",
        cells,
    )
    return text.format(width=width)
