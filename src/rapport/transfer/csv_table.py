"""A CSV file read into its header and rows, finding its way again after a bad quote.

A quoted cell may span lines (a note with several lines), so Python's csv module reads
on after a quote that is never closed: it swallows every later line, to the end of
the file or to the next quote, and reports one error for all of them. Here each error
says where the quote opens and which lines it took in, and reading goes on:

- When the quotes balance again a few lines later and the line where they do is no row
  of its own (`it was a yes"`), the quote was meant and one inside the cell was not
  doubled: those lines are one bad row, and reading goes on after them.
- Otherwise the quote was left open: that line is the bad row, and reading goes on at
  the first later line that looks like a row of its own (as many cells as rows usually
  have, no quote inside an unquoted cell); lines before it are left out with the bad
  row, so nothing is planted as a customer and nothing is dropped without a word.
"""

from __future__ import annotations

import csv
import io
from array import array
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import overload

from rapport.i18n import Words, formats
from rapport.transfer.errors import TransferError
from rapport.transfer.rows import BadRow

CsvImportText = Words("CsvImportText")

_DELIMITERS = ",;\t"
#: Python's csv module refuses longer cells (its default field size limit).
CELL_LIMIT = 131_072
#: How far to look for the line where a quote's cell ends, or for a row's end.
_LOOK_AHEAD = 200
#: Lines sampled to learn how many cells a row usually has.
_SAMPLE = 2000


@dataclass(frozen=True)
class Row:
    """One data row of the file: the line it starts on and its cells."""

    line: int
    cells: list[str]


class Rows(Sequence[Row]):
    """A table's rows, split into cells again whenever asked for (never all held at once).

    Only the file's lines and where each row starts and ends are kept: a row's cells
    cost several times its text, and a big address book would otherwise be held whole
    twice over. A record always starts at the start of a line, so reading a row's
    lines again on their own gives the same cells the first reading gave.
    """

    def __init__(self, lines: list[str], delimiter: str) -> None:
        self._lines = lines
        self._delimiter = delimiter
        self._starts = array("l")  # the line each row starts on (1-based)
        self._ends = array("l")  # the last line of each row

    def add(self, start: int, end: int) -> None:
        """Note a row that spans lines start..end."""
        self._starts.append(start)
        self._ends.append(end)

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, index: int) -> Row: ...

    @overload
    def __getitem__(self, index: slice) -> list[Row]: ...

    def __getitem__(self, index: int | slice) -> Row | list[Row]:
        if isinstance(index, slice):
            return [self._row(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._row(index)

    def __iter__(self) -> Iterator[Row]:
        return (self._row(i) for i in range(len(self)))

    def cells_at(self, indexes: Sequence[int]) -> Iterator[tuple[int, list[str]]]:
        """The rows at these indexes as (the line each starts on, its cells), in that order.

        Their lines go through one reader, not one reader a row (a third of reading a
        plain row); a row whose record does not take exactly its own lines (which
        cannot happen to a row the table found) is read on its own, as `_row` does.
        """
        starts, ends, lines = self._starts, self._ends, self._lines
        done = 0
        while done < len(indexes):
            wanted = indexes[done:]
            feed = chain.from_iterable(lines[starts[i] - 1 : ends[i]] for i in wanted)
            reader = csv.reader(feed, delimiter=self._delimiter, strict=True)
            taken = 0
            try:
                for index in wanted:
                    cells = next(reader)
                    taken += ends[index] - starts[index] + 1
                    if reader.line_num != taken:
                        raise _Astray
                    yield starts[index], cells
                    done += 1
            except (csv.Error, StopIteration, _Astray):
                row = self._row(indexes[done])
                yield row.line, row.cells
                done += 1

    def _row(self, index: int) -> Row:
        start, end = self._starts[index], self._ends[index]
        text = self._lines[start - 1 : end]
        cells = next(csv.reader(text, delimiter=self._delimiter, strict=True))
        return Row(start, cells)


class _Astray(Exception):
    """A record that took more or fewer lines than its row's own."""


@dataclass
class CsvTable:
    """A CSV file read into its header and rows; lines the reader choked on are in `bad`."""

    headers: list[str]
    rows: Sequence[Row]
    delimiter: str = ","
    bad: list[BadRow] = field(default_factory=list)


def read_table(text: str) -> CsvTable:
    """Split CSV text into a header and rows; TransferError when there is no header."""
    delimiter = _delimiter(text)
    reading = _Reading(io.StringIO(text, newline="").readlines(), delimiter)
    headers: list[str] | None = None
    rows = Rows(reading.lines, delimiter)
    for line, cells in reading.records():
        if not "".join(cells).strip():  # blank cells only (one string, not a test a cell)
            continue
        if headers is None and reading.bad:
            raise _header_unreadable(reading.bad[0])
        if headers is None:
            headers = [
                h.strip() or CsvImportText.tr("Column {number}").format(number=i + 1)
                for i, h in enumerate(cells)
            ]
            reading.width = len(headers)
        else:
            rows.add(line, reading.feed.at)
    if headers is None and reading.bad:
        raise _header_unreadable(reading.bad[0])
    if headers is None:
        raise TransferError(
            CsvImportText.tr(
                "The file has no header line, so Rapport cannot tell which column is which."
            ),
            CsvImportText.tr("Export it again with column names in the first line."),
        )
    return CsvTable(headers, rows, delimiter, reading.bad)


def _header_unreadable(bad: BadRow) -> TransferError:
    return TransferError(
        CsvImportText.tr(
            "The header line, which names the columns, cannot be read ({place}): a quote "
            "in it is not closed or not doubled, or a name is far too long."
        ).format(place=bad.place),
        CsvImportText.tr("Correct that line in a text editor, then import the file again."),
    )


def line_place(number: int) -> str:
    """Where a row is, in words: "line 12"."""
    return line_words().format(line=number)


def line_words() -> str:
    """The words "line {line}" in the owner's language: asked once a slice, not once a row."""
    return CsvImportText.tr("line {line}")


def _lines_place(first: int, last: int) -> str:
    if first == last:
        return line_place(first)
    return CsvImportText.tr("lines {first}–{last}").format(first=first, last=last)


class _Feed:
    """The file's lines for the csv reader, from a position that can be set."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.at = 0  # lines read so far; the next one is line at + 1

    def __iter__(self) -> _Feed:
        return self

    def __next__(self) -> str:
        if self.at >= len(self.lines):
            raise StopIteration
        self.at += 1
        return self.lines[self.at - 1]


class _Reading:
    """The records of a CSV file with the line each starts on; bad ones go to `bad`."""

    def __init__(self, lines: list[str], delimiter: str) -> None:
        self.lines = lines
        self.delimiter = delimiter
        self.feed = _Feed(lines)
        self.bad: list[BadRow] = []
        self.width: int | None = None  # the header's cells, once read
        self._usual: int | None = None

    def records(self) -> Iterator[tuple[int, list[str]]]:
        reader = self._reader(self.feed)
        while True:
            start = self.feed.at + 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                self._recover(start, str(exc))
                reader = self._reader(self.feed)
                continue
            yield start, cells

    def _reader(self, lines: Iterator[str] | Sequence[str]) -> Iterator[list[str]]:
        return csv.reader(lines, delimiter=self.delimiter, strict=True)

    # --- after an error -------------------------------------------------------------

    def _recover(self, start: int, message: str) -> None:
        """Report the bad row that starts at `start`, and set where reading goes on."""
        failed = max(self.feed.at, start)  # the line the reader gave up on
        ran_out = "unexpected end of data" in message
        if not (ran_out or "expected after" in message):
            self._left_out(start, failed, _csv_reason(message))
            return
        opened = start + _scan(self.lines[start - 1 : failed], self.delimiter)[0]
        closing = self._balanced(start, opened)
        if closing is not None and (closing == opened or not self._row_shaped(closing)):
            self._bad(start, closing, _not_doubled(opened, closing))
            self.feed.at = closing
            return
        resume = self._next_row(opened + 1)
        last = (resume or len(self.lines) + 1) - 1
        if resume is None and ran_out:
            reason = CsvImportText.tr("a quoted cell is never closed (the file may be cut short)")
        elif failed == opened:
            reason = _not_doubled(opened, opened)
        elif self._last_text(opened, last) == opened:  # went on right after it (blank lines apart)
            reason = _unclosed(start, opened, failed)
        else:
            reason = CsvImportText.tr(
                "a quote opens at line {open} and is never closed; the lines after it up to "
                "line {last} look like part of its cell, so they are left out with it"
            ).format(open=opened, last=last)
        self._bad(start, last, reason)
        self.feed.at = last

    def _left_out(self, start: int, failed: int, reason: str) -> None:
        """A bad row, and any lines after it that cannot be rows of their own."""
        resume = self._next_row(failed + 1)
        last = (resume or len(self.lines) + 1) - 1
        self._bad(start, last, reason)
        self.feed.at = last

    def _bad(self, first: int, last: int, reason: str) -> None:
        last = self._last_text(first, last)
        self.bad.append(BadRow(_lines_place(first, last), reason, first))

    def _last_text(self, first: int, last: int) -> int:
        """The last line from first to last that is not blank (a span ends on text)."""
        while last > first and not self.lines[last - 1].strip():
            last -= 1
        return last

    def _balanced(self, start: int, opened: int) -> int | None:
        """The first line from `opened` on where the quotes since `start` are even."""
        quotes = 0
        end = min(len(self.lines), opened + _LOOK_AHEAD)
        for number in range(start, end + 1):
            quotes += self.lines[number - 1].count('"')
            if number >= opened and quotes % 2 == 0:
                return number
        return None

    def _next_row(self, first: int) -> int | None:
        """The first line from `first` on that looks like a row of its own."""
        return next((n for n in range(first, len(self.lines) + 1) if self._row_shaped(n)), None)

    def _row_shaped(self, number: int) -> bool:
        """Whether a line, read on its own, looks like the start of a row.

        It has as many cells as a row usually has, and no quote inside an unquoted cell
        (as the last line of a quoted note has: `it was a yes"`).
        """
        line = self.lines[number - 1]
        if not line.strip() or _scan([line], self.delimiter)[1]:
            return False
        return _cells_alone(line, self.delimiter) >= self._usual_cells()

    def _usual_cells(self) -> int:
        """How many cells a row's first line usually has (at most the header's, at least 2).

        Lines with one cell are left out of the count: in a file with many notes of
        several lines, those are mostly the notes' lines.
        """
        if self._usual is None:
            counts = Counter(_cells_alone(line, self.delimiter) for line in self.lines[:_SAMPLE])
            width = self.width or max(counts, default=1)
            usual = max((n for n in counts if n > 1), key=lambda n: counts[n], default=width)
            self._usual = 1 if width < 2 else max(2, min(usual, width))
        return self._usual


def _cells_alone(line: str, delimiter: str) -> int:
    """How many cells a line has when read on its own (0 for a blank one)."""
    if not line.strip():
        return 0
    try:
        return len(next(csv.reader([line], delimiter=delimiter), []))
    except csv.Error:  # a cell over the size limit
        return 1


def _scan(lines: Sequence[str], delimiter: str) -> tuple[int, bool]:
    """(index of the line where the last quoted cell opens, a quote inside an unquoted cell?).

    Reading stops where the csv module stops: at text right after a closing quote.
    """
    state, opened, bare_quote = "start", 0, False
    for index, line in enumerate(lines):
        for char in line:
            ends = char == delimiter or char in "\r\n"
            if state == "start":
                if char == '"':
                    state, opened = "quoted", index
                elif not ends:
                    state = "cell"
            elif state == "cell":
                if ends:
                    state = "start"
                elif char == '"':
                    bare_quote = True
            elif state == "quoted":
                if char == '"':
                    state = "quote"
            elif char == '"':  # a quote just after a quote inside a quoted cell: doubled
                state = "quoted"
            elif ends:
                state = "start"
            else:
                return opened, bare_quote
    return opened, bare_quote


def _not_doubled(opened: int, last: int) -> str:
    if last == opened:
        return CsvImportText.tr(
            "a quote inside a cell is not doubled, so the line cannot be split into cells"
        )
    return CsvImportText.tr(
        "a quote inside a cell is not doubled, so the cell runs on to line {last} "
        "and these lines cannot be split into cells"
    ).format(last=last)


def _unclosed(start: int, opened: int, failed: int) -> str:
    taken = _lines_place(opened + 1, failed)
    if start == opened:
        text = CsvImportText.tr(
            "a quote opens in this line and is never closed, so it took in {lines}; "
            "those were read again as rows of their own"
        )
    else:
        text = CsvImportText.tr(
            "a quote opens at line {open} and is never closed, so it took in {lines}; "
            "those were read again as rows of their own"
        )
    return text.format(open=opened, lines=taken)


def _delimiter(text: str) -> str:
    """Comma, semicolon (European Excel) or tab, whichever the header line uses most."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv_reason(message: str) -> str:
    """Python's csv messages, in words for a spreadsheet user."""
    if "field larger than field limit" in message:
        return CsvImportText.tr(
            "a cell is longer than {limit} characters, so the line was not read"
        ).format(limit=formats().number(CELL_LIMIT, 0))
    return CsvImportText.tr("the line is not valid CSV ({reason})").format(reason=message)
