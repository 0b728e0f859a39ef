"""Writing a report to a PDF file without ever leaving half a file behind.

The PDF is painted into a temporary file beside the target, flushed to disk, then
renamed over the target in one step: a full disk, a crash or a refused page leaves
the old file (or none), never a broken one that looks like the real thing.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter

from rapport import __version__
from rapport.i18n import Words
from rapport.reports.print_style import default_page_size
from rapport.reports.timeline_report import PrintError

log = logging.getLogger("rapport.reports")

PdfOutputText = Words("PdfOutputText")

#: Dots per inch of the PDF's coordinate grid: fine enough that nothing snaps visibly.
PDF_RESOLUTION = 1200


class Printable(Protocol):
    """A report that prints itself: the timeline, the meeting brief."""

    @property
    def title(self) -> str:
        """The PDF's title."""
        ...

    def print_to(self, device: QPagedPaintDevice) -> int:
        """Paint every page; return the count."""
        ...


def pdf_writer(path: Path, title: str, page_size: QPageSize | None = None) -> QPdfWriter:
    """A PDF writer for `path`: full-page layout (the report draws its own margins)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            page_size or default_page_size(),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setTitle(title)
    writer.setCreator(f"Rapport {__version__}")
    return writer


def write_pdf(report: Printable, path: Path, page_size: QPageSize | None = None) -> int:
    """Write the report to `path` atomically; return the number of pages.

    Raises PrintError (in words for the owner) when the file cannot be written; the
    target is then left as it was.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".pdf.tmp", dir=folder)
    except OSError as exc:
        raise _unwritable(path, exc) from exc
    os.close(handle)
    temporary = Path(name)
    try:
        writer = pdf_writer(temporary, report.title, page_size)
        pages = report.print_to(writer)
        del writer  # closes the file
        with open(temporary, "rb+") as written:
            if written.read(5) != b"%PDF-":
                raise PrintError(
                    PdfOutputText.tr("The PDF “{name}” could not be written.").format(
                        name=path.name
                    )
                )
            os.fsync(written.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise _unwritable(path, exc) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    log.info("wrote %d-page PDF %s", pages, path)
    return pages


def _unwritable(path: Path, exc: OSError) -> PrintError:
    reason = exc.strerror or str(exc)
    return PrintError(
        PdfOutputText.tr("“{path}” could not be written ({reason}).").format(
            path=path, reason=reason
        ),
        PdfOutputText.tr("Choose a folder you may write to, with some free space."),
    )
