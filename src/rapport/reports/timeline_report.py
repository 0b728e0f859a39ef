"""A customer's printable timeline, built without a window: the one builder of issue 7.

    report = TimelineReport.build(journal, customer_id, ReportOptions(include_private=False))
    report.private_left_out          # for the dialog: "3 private entries left out"
    report.print_to(printer)         # a QPrinter (preview or paper) or a QPdfWriter
    write_pdf(report, path)          # atomically, see rapport.reports.pdf_output

The print preview, File → Export PDF and `rapport print` all go through here. The
report is laid out anew for each device it is printed to, with that device's page
size and resolution, so a preview shows exactly what paper will get.

One health number: the printout's health is the score when it is printed, worked out
from every entry (private ones too, as on screen: leaving an entry off the paper does
not change the relationship); the chart's health line ends at that moment, on that
score, and the header says so under the number.
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import QImage, QPagedPaintDevice, QPageSize, QPaintDevice, QPainter

from rapport.i18n import Words
from rapport.reports.print_blocks import build_blocks
from rapport.reports.print_chart import ChartSource, PrintChart, chart_for_print
from rapport.reports.print_layout import Placement, paginate
from rapport.reports.print_page import PageGeometry, paint_furniture
from rapport.reports.print_style import default_page_size
from rapport.reports.print_text import long_day
from rapport.reports.timeline_data import ReportOptions, TimelineData, day_bounds, gather
from rapport.store.journal import Journal

log = logging.getLogger("rapport.reports")

TimelineReportText = Words("TimelineReportText")

Pages = list[list[Placement]]


class PrintError(Exception):
    """The report could not be painted on the device (a printer or file that refused it)."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


@dataclass
class TimelineReport:
    """What is printed (`data`) and the chart; lays itself out for each device."""

    data: TimelineData
    chart: PrintChart | None = None

    @classmethod
    def build(
        cls,
        journal: Journal,
        customer_id: int,
        options: ReportOptions | None = None,
        now: datetime | None = None,
        chart_source: ChartSource = chart_for_print,
    ) -> TimelineReport:
        """Read the customer's report from the journal (RecordNotFoundError when gone)."""
        options = options or ReportOptions()
        now = now or datetime.now().astimezone()
        data = gather(journal, customer_id, options, now)
        chart = None
        if options.include_chart:
            assert now.tzinfo is not None
            start, end = day_bounds(data.start, data.end, now.tzinfo)
            # One health number: the header's score is read now, from every entry, so the
            # chart's line (also from every entry) ends now too, not at midnight.
            end = max(start, min(end, now))
            try:
                chart = chart_source(
                    journal, customer_id, start, end, options.include_private, 170, options.rules
                )
            except Exception:  # a chart that fails must not cost the owner the printout
                log.exception("the chart could not be drawn for the printout")
        return cls(data, chart)

    @property
    def private_left_out(self) -> int:
        """How many private entries of the period the report leaves out."""
        return self.data.private_left_out

    @property
    def title(self) -> str:
        """The document's title, e.g. for the PDF's properties and the print job."""
        return TimelineReportText.tr("{name} — relationship timeline").format(
            name=self.data.customer.name
        )

    def paginate(self, device: QPaintDevice, geometry: PageGeometry) -> Pages:
        """Lay the report out for the device and cut it into pages."""
        started = time.perf_counter()
        body = geometry.body
        blocks = build_blocks(self.data, self.chart, device, body.width())
        pages = paginate(blocks, body.height())
        log.debug(
            "laid out %d pages in %.0f ms", len(pages), (time.perf_counter() - started) * 1000
        )
        return pages

    def print_to(self, device: QPagedPaintDevice) -> int:
        """Paint every page on the device (a QPrinter or a QPdfWriter); return the count."""
        with _collector_waits():
            return self._print_to(device)

    def _print_to(self, device: QPagedPaintDevice) -> int:
        geometry = PageGeometry.for_device(device)
        pages = self.paginate(device, geometry)
        painter = QPainter()
        if not painter.begin(device):
            raise PrintError(
                TimelineReportText.tr("The printout could not be started."),
                TimelineReportText.tr(
                    "Check the printer, or that the file's folder can be written."
                ),
            )
        try:
            for index in range(len(pages)):
                if index and not device.newPage():
                    raise PrintError(
                        TimelineReportText.tr("The printer refused a new page."),
                        TimelineReportText.tr("Check the printer."),
                    )
                painter.save()
                painter.translate(geometry.origin)
                self.paint_page(painter, geometry, pages, index)
                painter.restore()
        finally:
            painter.end()
        return len(pages)

    def paint_page(
        self, painter: QPainter, geometry: PageGeometry, pages: Pages, index: int
    ) -> None:
        """Paint page `index` (0-based) of `pages` with its header and footer."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        body = geometry.body
        for placed in pages[index]:
            payload = placed.block.payload
            payload.paint(  # type: ignore[attr-defined]
                painter,
                body.left(),
                body.top() + placed.y,
                body.width(),
                placed.top,
                placed.height,
                placed.y == 0,
            )
        paint_furniture(
            painter,
            geometry,
            index + 1,
            len(pages),
            self.data.customer.name,
            long_day(self.data.printed_at),
            self.data.options.include_private,
        )

    def page_images(self, dpi: float = 60, page_size: QPageSize | None = None) -> list[QImage]:
        """Every page as an image (white paper): for thumbnails and layout tests."""
        size = (page_size or default_page_size()).size(QPageSize.Unit.Millimeter)
        geometry = PageGeometry.for_paper(QSizeF(size), dpi)
        probe = _image(geometry, dpi)
        pages = self.paginate(probe, geometry)
        images = []
        for index in range(len(pages)):
            image = _image(geometry, dpi)
            painter = QPainter(image)
            self.paint_page(painter, geometry, pages, index)
            painter.end()
            images.append(image)
        return images


@contextmanager
def _collector_waits() -> Iterator[None]:
    """Python's cyclic collector waits while the pages are laid out and painted.

    Laying out 500 entries makes thousands of objects that live until the last page
    (documents, blocks, slices); the thirty-odd collections they set off walked them
    again and again, some 5% of the printout. They are walked once, at the end, so no
    work is left for later. A collector someone else paused (a background job) stays so.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
            gc.collect(0)


def _image(geometry: PageGeometry, dpi: float) -> QImage:
    image = QImage(
        int(geometry.paper.width()), int(geometry.paper.height()), QImage.Format.Format_RGB32
    )
    per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(per_metre)
    image.setDotsPerMeterY(per_metre)
    image.fill(Qt.GlobalColor.white)
    return image
