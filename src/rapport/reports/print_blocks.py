"""The report as a flow of blocks — title, facts, chart, stage headings, entries, follow-ups.

Each block carries a payload that knows how to draw any horizontal slice of itself
at a given place; `print_layout.paginate` decides the places. Entries are a date
column beside the note (kind and sentiment, title, Markdown body, follow-up), with a
hairline between entries; a stage heading is a wash of the stage's colour with a
solid bar and the stage's name, so colour is never the only cue.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from html import escape
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPaintDevice, QPainter, QPen, QTextDocument

from rapport.i18n import Words
from rapport.reports import print_text as text
from rapport.reports.print_chart import PrintChart
from rapport.reports.print_docs import (
    cut_finder,
    draw_slice,
    lay_out,
    make_document,
    width_of,
)
from rapport.reports.print_entry_doc import MetaFormats, compose_entry, with_style
from rapport.reports.print_files import append_entry_files
from rapport.reports.print_layout import Block
from rapport.reports.print_style import (
    DATE_GUTTER_MM,
    INK,
    RULE,
    TINT_ALPHA,
    Units,
    stage_colour,
)
from rapport.reports.timeline_data import TimelineData
from rapport.store.records import EntryRecord

PrintBlocksText = Words("PrintBlocksText")

#: Tallest the chart may be, as a share of the body's width: a tall figure is shrunk
#: (and centred) so page 1 still starts the timeline.
MAX_CHART_ASPECT = 0.56


class Payload(Protocol):
    """Something that draws slices of itself."""

    def paint(
        self,
        painter: QPainter,
        x: float,
        y: float,
        width: float,
        top: float,
        height: float,
        page_top: bool = False,
    ) -> None:
        """Draw rows [top, top + height) of the block with their top at (x, y).

        `page_top`: the slice starts the page (no rule is drawn above it there).
        """


@dataclass
class DocPayload:
    """A document, shrunk to fit when its content is wider than the body (a huge table)."""

    doc: QTextDocument
    pad_top: float = 0.0
    scale: float = 1.0
    rule_below: float = 0.0

    def paint(
        self,
        painter: QPainter,
        x: float,
        y: float,
        width: float,
        top: float,
        height: float,
        page_top: bool = False,
    ) -> None:
        """Draw the document's slice, and the rule under it if this slice reaches it."""
        inner = max(0.0, top - self.pad_top)
        start = y + max(0.0, self.pad_top - top)
        shown = height - (start - y)
        if shown > 0:
            draw_slice(painter, self.doc, x, start, inner / self.scale, shown, self.scale)
        if self.rule_below and top + height >= self.height - 0.5:
            _hairline(painter, x, y - top + self.height - self.rule_below / 2, width)

    @property
    def height(self) -> float:
        """Padding, the document's scaled height and the rule's room."""
        return self.pad_top + self.doc.size().height() * self.scale + self.rule_below


@dataclass(frozen=True)
class DocSlice:
    """Rows [top, top + height) of a document shared by many blocks: one entry's date.

    Every entry's date is in one document (the date column), laid out once: a document
    per date cost more to set up than to lay out and draw.
    """

    doc: QTextDocument
    top: float
    height: float
    #: The slice's first block and how many it has (none: drawn through the document).
    first: int = 0
    blocks: int = 0

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        """Draw the slice with its top at (x, y)."""
        if not self.blocks:
            draw_slice(painter, self.doc, x, y, self.top, self.height)
            return
        # Only the slice's own lines: the document's layout, asked to draw a slice, goes
        # through the rest of the column's blocks to find those it holds (458 dates,
        # 458 times over, cost a fifth of painting every note).
        painter.save()
        painter.setPen(_INK)
        origin = QPointF(x, y - self.top)
        block = self.doc.findBlockByNumber(self.first)
        for _ in range(self.blocks):
            block.layout().draw(painter, origin)
            block = block.next()
        painter.restore()


def date_column(device: QPaintDevice, width: float, entries: list[EntryRecord]) -> list[DocSlice]:
    """Each entry's date and time, laid out `width` wide in one document, in entry order."""
    if not entries:
        return []
    doc = make_document(device, width, text.dates_html(entries), style=text.DATE_STYLE)
    if doc.blockCount() != text.DATE_BLOCKS * len(entries):  # not expected: one doc per date
        return [_own_date(device, width, entry) for entry in entries]
    layout = doc.documentLayout()
    slices = []
    block = doc.begin()
    for _ in entries:
        top, first = layout.blockBoundingRect(block).top(), block.blockNumber()
        for _ in range(text.DATE_BLOCKS - 1):
            block = block.next()
        bottom = layout.blockBoundingRect(block).bottom()
        slices.append(DocSlice(doc, top, bottom - top, first, text.DATE_BLOCKS))
        block = block.next()
    return slices


def _own_date(device: QPaintDevice, width: float, entry: EntryRecord) -> DocSlice:
    doc = make_document(device, width, text.date_html(entry), style=text.DATE_STYLE)
    return DocSlice(doc, 0.0, doc.size().height())


@dataclass
class EntryPayload:
    """One entry: its date in the left column, the note beside it, a hairline above."""

    date: DocSlice
    body: DocPayload
    gutter: float
    pad: float
    rule_above: bool

    @property
    def height(self) -> float:
        """The taller of the two columns, with padding above and below."""
        return self.pad * 2 + max(self.date.height, self.body.height)

    def paint(
        self,
        painter: QPainter,
        x: float,
        y: float,
        width: float,
        top: float,
        height: float,
        page_top: bool = False,
    ) -> None:
        """Rule and date on the first slice; the note's slice beside them."""
        if top == 0:
            if self.rule_above and not page_top:
                _hairline(painter, x, y, width)
            self.date.paint(painter, x, y + self.pad)
        inner = max(0.0, top - self.pad)
        start = y + max(0.0, self.pad - top)
        shown = min(height - (start - y), self.body.height - inner)
        if shown > 0:
            self.body.paint(painter, x + self.gutter, start, width - self.gutter, inner, shown)


@dataclass
class HeadingPayload:
    """A stage heading: a tinted band with a solid bar in the stage's colour."""

    doc: QTextDocument
    colour: str
    bar: float
    pad: float

    @property
    def height(self) -> float:
        """The text and its padding."""
        return self.doc.size().height() + 2 * self.pad

    def paint(
        self,
        painter: QPainter,
        x: float,
        y: float,
        width: float,
        top: float,
        height: float,
        page_top: bool = False,
    ) -> None:
        """Band, bar and text (a heading is never cut)."""
        band = QRectF(x, y, width, self.height)
        tint = QColor(self.colour)
        tint.setAlpha(TINT_ALPHA)
        painter.fillRect(band, tint)
        painter.fillRect(QRectF(x, y, self.bar, self.height), QColor(self.colour))
        draw_slice(painter, self.doc, x + self.bar * 4, y + self.pad, 0, self.doc.size().height())


@dataclass
class ChartPayload:
    """The progression chart, drawn into its box (vector where the chart allows it)."""

    chart: PrintChart
    box_height: float

    def paint(
        self,
        painter: QPainter,
        x: float,
        y: float,
        width: float,
        top: float,
        height: float,
        page_top: bool = False,
    ) -> None:
        """The chart, fitted to the body width."""
        self.chart.paint(painter, QRectF(x, y, width, self.box_height))


def _hairline(painter: QPainter, x: float, y: float, width: float) -> None:
    painter.save()
    painter.setPen(_rule_pen(painter.device().logicalDpiY()))
    painter.drawLine(QPointF(x, y), QPointF(x + width, y))
    painter.restore()


#: The dates' ink (made once: a colour parsed per entry adds up).
_INK = QColor(INK)


@cache
def _rule_pen(dpi: int) -> QPen:
    """The hairline's pen at a resolution (one per printout, not one per entry)."""
    pen = QPen(QColor(RULE))
    pen.setWidthF(max(1.0, dpi / 300))
    return pen


def _doc_block(
    doc: QTextDocument,
    width: float,
    units: Units,
    space: float = 0.0,
    rule_below: float = 0.0,
    keep: bool = False,
) -> Block:
    actual = width_of(doc)
    scale = min(1.0, width / actual) if actual > 0 else 1.0
    payload = DocPayload(doc, 0.0, scale, rule_below)
    return Block(payload.height, payload, cut_finder(doc, 0.0, scale), space, keep)


def _entry_block(
    entry: EntryRecord,
    date: DocSlice,
    device: QPaintDevice,
    width: float,
    units: Units,
    first: bool,
    formats: MetaFormats,
    data: TimelineData | None = None,
    took_part: str = "",
) -> Block:
    gutter = units.mm(DATE_GUTTER_MM)
    body_doc = compose_entry(formats, entry, took_part)
    lay_out(body_doc, device, width - gutter, tables="|" in entry.body)
    _entry_files(body_doc, entry, data, device, formats.style)
    actual = width_of(body_doc)
    scale = min(1.0, (width - gutter) / actual) if actual > 0 else 1.0
    pad = units.pt(7)
    payload = EntryPayload(date, DocPayload(body_doc, 0.0, scale), gutter, pad, not first)
    breaks = cut_finder(body_doc, pad, scale)
    return Block(payload.height, payload, breaks)


def _entry_files(
    doc: QTextDocument,
    entry: EntryRecord,
    data: TimelineData | None,
    device: QPaintDevice,
    style: str,
) -> None:
    """The entry's pictures and the names of its other files, under its note."""
    if data is not None and data.files.get(entry.id):
        with_style(doc, style)  # the files' line is rich text
        append_entry_files(doc, data.files[entry.id], data.read_file, device)


def build_blocks(
    data: TimelineData, chart: PrintChart | None, device: QPaintDevice, width: float
) -> list[Block]:
    """The whole report as blocks, laid out `width` device pixels wide for `device`."""
    units = Units(device.logicalDpiY())
    blocks = [
        _doc_block(make_document(device, width, text.title_html(data)), width, units),
        _doc_block(
            make_document(device, width, text.facts_html(data)),
            width,
            units,
            space=units.mm(7),
            rule_below=units.mm(7),
        ),
    ]
    if chart is not None:
        box = width * min(chart.aspect(), MAX_CHART_ASPECT)
        blocks.append(Block(box, ChartPayload(chart, box), None, units.mm(2)))
    if not data.entry_count and not any(g.change for g in data.groups):
        blocks.append(
            _doc_block(
                make_document(device, width, text.empty_html(data)), width, units, space=units.mm(6)
            )
        )
    bar = units.mm(1.2)
    dates = iter(
        date_column(
            device,
            units.mm(DATE_GUTTER_MM) - units.mm(3),
            [entry for group in data.groups for entry in group.entries],
        )
    )
    formats = MetaFormats.read(text.ENTRY_STYLE)
    for group in data.groups:
        heading_doc = make_document(device, width - bar * 6, text.heading_html(group))
        heading = HeadingPayload(heading_doc, stage_colour(group.stage), bar, units.mm(2.2))
        blocks.append(Block(heading.height, heading, None, units.mm(8), keep_with_next=True))
        for index, entry in enumerate(group.entries):
            who = data.took_part.get(entry.id, "")
            block = _entry_block(
                entry, next(dates), device, width, units, index == 0, formats, data, who
            )
            block.space_before = units.mm(1) if index == 0 else 0.0
            blocks.append(block)
    if data.open_follow_ups:
        section = escape(PrintBlocksText.tr("Open follow-ups"))
        title = make_document(device, width, f"<p class='section'>{section}</p>")
        blocks.append(_doc_block(title, width, units, space=units.mm(10), keep=True))
        table = make_document(
            device, width, text.follow_ups_html(data.open_follow_ups, data.printed_at.date())
        )
        blocks.append(_doc_block(table, width, units, space=units.mm(2)))
    return blocks
