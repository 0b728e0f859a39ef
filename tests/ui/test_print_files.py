"""The printout shows an entry's pictures within the page and lists its other files."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from printhelp import NOW, customer, entry, pdf_pages
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage, QPageSize

from rapport.reports.pdf_output import write_pdf
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
