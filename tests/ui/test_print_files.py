"""The printout shows an entry's pictures within the page and lists its other files."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from printhelp import NOW, customer, entry, pdf_pages
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage, QPageSize

from rapport.reports.pdf_output import pdf_writer, write_pdf
from rapport.reports.print_blocks import EntryPayload
from rapport.reports.print_page import PageGeometry
from rapport.reports.timeline_data import ReportOptions
from rapport.reports.timeline_report import TimelineReport
from rapport.store import Journal

A4 = QPageSize(QPageSize.PageSizeId.A4)


def _photo(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a6f97"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())


def _print(journal: Journal, cid: int, path: Path, private: bool) -> PdfReader:
    report = TimelineReport.build(journal, cid, ReportOptions(include_private=private), NOW)
    write_pdf(report, path, A4)
    return PdfReader(path)


def test_pictures_in_the_page_other_files_by_name_private_ones_by_rule(
    journal: Journal, tmp_path: Path
) -> None:
    cid = customer(journal)
    visit = entry(journal, cid, 1, "Alpha first visit, whiteboard photographed.")
    secret = entry(journal, cid, 2, "Secret margin talk.", private=True)
    journal.attachments.add(visit, "whiteboard.jpg", _photo(4000, 6000))  # tall: fits the page
    journal.attachments.add(visit, "order form.pdf", b"%PDF-1.4" + b"x" * 2040)
    journal.attachments.add(secret, "margins.xlsx", b"x" * 5000)
    journal.attachments.add(secret, "secret.png", _photo(300, 200))

    path = tmp_path / "public.pdf"
    reader = _print(journal, cid, path, private=False)
    shutil.copy(path, Path(tempfile.gettempdir()) / "rapport-print-files.pdf")  # to look at
    text = " ".join(pdf_pages(path))
    assert "order form.pdf" in text and "whiteboard.jpg" in text
    assert "2.0 kB" in text or "2.0 KB" in text
    assert "margins.xlsx" not in text and "secret.png" not in text
    images = [image for page in reader.pages for image in page.images]
    assert len(images) == 1
    for page in reader.pages:  # the picture drawn inside the page's box
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert width > 0 and height > 0
    assert len(reader.pages) <= 3

    shown = tmp_path / "private.pdf"
    reader = _print(journal, cid, shown, private=True)
    text = " ".join(pdf_pages(shown))
    assert "margins.xlsx" in text
    assert len([image for page in reader.pages for image in page.images]) == 2


def _picture(width: int, height: int, dpi: float | None = None) -> bytes:
    """A PNG of `width` × `height` pixels, saying its resolution when `dpi` is given."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#e9c46a"))
    if dpi is not None:
        image.setDotsPerMeterX(round(dpi / 0.0254))
        image.setDotsPerMeterY(round(dpi / 0.0254))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())


def _printed_pictures(journal: Journal, cid: int, tmp_path: Path) -> tuple[list[float], float]:
    """The printed pictures' widths and the note column's width, in points (A4 PDF)."""
    report = TimelineReport.build(journal, cid, ReportOptions(include_chart=False), NOW)
    writer = pdf_writer(tmp_path / "pictures.pdf", "pictures", A4)
    pages = report.paginate(writer, PageGeometry.for_device(writer))
    dpi = writer.logicalDpiX()
    widths: list[float] = []
    column = 0.0
    for page in pages:
        for placement in page:
            payload = placement.block.payload
            if not isinstance(payload, EntryPayload) or placement.top:
                continue
            doc = payload.body.doc
            column = doc.textWidth() * 72 / dpi
            block = doc.begin()
            while block.isValid():
                it = block.begin()
                while not it.atEnd():
                    char = it.fragment().charFormat()
                    if char.isImageFormat():  # in 1/96 inch, whatever the device
                        widths.append(char.toImageFormat().width() * 72 / 96)
                    it += 1
                block = block.next()
    return widths, column


def test_pictures_print_at_a_sharp_size_within_the_column(journal: Journal, tmp_path: Path) -> None:
    cid = customer(journal)
    for day, (name, data) in enumerate(
        [
            ("shop front.png", _picture(400, 300)),  # a small photo: no resolution said
            ("phone photo.png", _picture(640, 480, dpi=72)),  # a phone's customary 72 dpi
            ("scan.png", _picture(1200, 900, dpi=300)),  # a scan: 4 × 3 inches
            ("whiteboard.png", _picture(4000, 3000)),  # larger than the page
        ]
    ):
        note = entry(journal, cid, day + 1, f"Picture {day}.")
        journal.attachments.add(note, name, data)
    (small, phone, scan, large), column = _printed_pictures(journal, cid, tmp_path)
    assert small == pytest.approx(400 / 150 * 72, rel=0.02)  # 150 dpi: 6.8 cm, not 10.6
    assert phone == pytest.approx(640 / 150 * 72, rel=0.02)  # never coarser than 150 dpi
    assert scan == pytest.approx(4 * 72, rel=0.02)  # its own size at its own resolution
    assert large == pytest.approx(column, rel=0.02)  # as wide as the column, no wider
