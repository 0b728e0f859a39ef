"""A note's wide table fitted to the printed column: whole words, columns shared out by need.

The printout wraps anywhere when a word is wider than its line (a long web address
must not run off the paper), and Qt shares a table's width out evenly once the table
is wider than its room: in a table of eight columns, "Lieferbedingungen" was cut into
three. Here each column is given a share of the column as a browser gives it: at least
its longest word, and what is left in proportion to how much more its longest line
needs. When even the longest words do not fit side by side, the table's type is made
smaller (down to `SMALLEST_TABLE_PT`) before any word has to be cut; only past that are
words cut, each column keeping its share of the longest words.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPaintDevice,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLength,
    QTextTable,
    QTextTableCell,
)

from rapport.reports.print_style import BODY_PT

#: The smallest type a table is set in to keep its words whole (of the body's 9.5 pt).
SMALLEST_TABLE_PT = 7.5
#: Room kept aside from the measured words (font metrics are not the layout's, exactly).
_SLACK = 1.03


@dataclass(frozen=True)
class _Column:
    """What a column needs, in device pixels: its longest word and its longest line."""

    word: float
    line: float


def fit_tables(doc: QTextDocument, device: QPaintDevice, width: float) -> None:
    """Give each table of the note's Markdown column widths that keep its words whole.

    `width`: the document's width in `device` pixels. A table whose lines all fit, or
    whose columns were given widths already (the printout's own tables), is left to Qt.
    """
    for frame in doc.rootFrame().childFrames():
        if isinstance(frame, QTextTable) and not frame.format().columnWidthConstraints():
            _fit(doc, frame, device, width)


def _fit(doc: QTextDocument, table: QTextTable, device: QPaintDevice, width: float) -> None:
    table_format = table.format()
    scale = device.logicalDpiX() / 96  # the table's borders and paddings are in 1/96 inch
    padding = 2 * (table_format.cellPadding() + table_format.border()) * scale
    columns = [_measure(doc, table, c, device) for c in range(table.columns())]
    room = (width - 2 * table_format.border() * scale) / _SLACK - padding * len(columns)
    words = sum(c.word for c in columns)
    if room <= 0 or sum(c.line for c in columns) <= room:
        return  # every line fits: Qt lays it out as it is
    shrink = min(1.0, max(SMALLEST_TABLE_PT / BODY_PT, room / words)) if words else 1.0
    if shrink < 1.0:
        _set_type(table, BODY_PT * shrink)
    shares = _shares([_Column(c.word * shrink, c.line * shrink) for c in columns], room)
    total = sum(shares) + padding * len(columns)
    table_format.setColumnWidthConstraints(
        [
            QTextLength(QTextLength.Type.PercentageLength, 100 * (share + padding) / total)
            for share in shares
        ]
    )
    table.setFormat(table_format)


def _shares(columns: list[_Column], room: float) -> list[float]:
    """Each column's width: its longest word, and the room left by how much more it needs.

    When the longest words do not fit side by side, each gets its share of them.
    """
    words = sum(c.word for c in columns)
    if words >= room:
        return [room * c.word / words for c in columns]
    wants = sum(c.line - c.word for c in columns)
    left = room - words
    return [c.word + (left * (c.line - c.word) / wants if wants else 0.0) for c in columns]


def _measure(doc: QTextDocument, table: QTextTable, column: int, device: QPaintDevice) -> _Column:
    """The widest word and the longest line of a column's cells, on `device`."""
    word = line = 0.0
    base = doc.defaultFont()
    for row in range(table.rows()):
        cell = table.cellAt(row, column)
        if cell.column() != column or cell.columnSpan() > 1:
            continue  # a cell spanning columns is left to Qt
        for words, length in _cell_lines(cell, base, device):
            word = max(word, words)
            line = max(line, length)
    return _Column(word, line)


def _cell_lines(
    cell: QTextTableCell, base: QFont, device: QPaintDevice
) -> list[tuple[float, float]]:
    """For each paragraph of the cell: its widest word and its whole width."""
    lines = []
    inherited = cell.format()
    block = cell.firstCursorPosition().block()
    end = cell.lastCursorPosition().block()
    while block.isValid():
        widest = length = 0.0
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            char = QTextCharFormat(inherited)
            char.merge(fragment.charFormat())
            metrics = QFontMetricsF(char.font().resolve(base), device)
            text = fragment.text()
            length += metrics.horizontalAdvance(text)
            widest = max([widest, *(metrics.horizontalAdvance(w) for w in text.split())])
            it += 1
        lines.append((widest, length))
        if block == end:
            break
        block = block.next()
    return lines


def _set_type(table: QTextTable, points: float) -> None:
    """Set every cell of the table in type of `points`."""
    cursor = QTextCursor(table.document())
    cursor.setPosition(table.firstPosition())
    cursor.setPosition(table.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
    smaller = QTextCharFormat()
    smaller.setFontPointSize(points)
    cursor.mergeCharFormat(smaller)
