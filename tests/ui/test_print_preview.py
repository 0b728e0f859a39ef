"""File → Print (the preview with its options) and File → Export PDF."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from printhelp import NOW, pdf_pages, story
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from msgboxes import MessageBoxes
from rapport.reports.print_text import facts_html
from rapport.reports.timeline_data import ReportOptions
from rapport.reports.timeline_report import TimelineReport
from rapport.store import Journal
from rapport.ui.print_dialog import PrintPreviewDialog


@pytest.fixture
def preview(qtbot: QtBot, journal: Journal) -> PrintPreviewDialog:
    cid = story(journal)
    dialog = PrintPreviewDialog(journal, cid, now=NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.pages > 0)
    return dialog


def test_preview_shows_the_pages_and_the_private_count(preview: PrintPreviewDialog) -> None:
    assert preview.page_label.text() == "2 pages"  # the chart, then the timeline
    assert "1 entry left out" in preview.include_private.text()
    assert preview.include_chart.isChecked()
    preview.include_chart.setChecked(False)
    preview.refresh()
    assert preview.page_label.text() == "1 page"
    for widget in (preview.start, preview.end, preview.include_private, preview.pdf_button):
        assert widget.accessibleName()


def test_including_private_entries_redraws(preview: PrintPreviewDialog) -> None:
    preview.include_private.setChecked(True)
    preview.refresh()
    assert preview.report.data.options.include_private
    assert "left out" not in preview.include_private.text()
    assert any(e.private for g in preview.report.data.groups for e in g.entries)


def test_save_as_pdf_from_the_preview(
    preview: PrintPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "mine"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    saved = preview.save_pdf()
    assert saved == tmp_path / "mine.pdf"
    assert "Marieke Janssens" in " ".join(pdf_pages(saved))


def test_file_menu_print_and_export(
    make_window, journal_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:  # type: ignore[no-untyped-def]
    journal = Journal.open(journal_path)
    cid = story(journal)
    journal.close()
    window = make_window(journal_path)
    assert not window.print_action.isEnabled()
    window.customer_list.select(cid)
    assert window.print_action.isEnabled() and window.export_pdf_action.isEnabled()
    assert window.print_action.shortcut().toString() == "Ctrl+P"
    target = tmp_path / "out.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_pdf_action.trigger()
    assert target.read_bytes().startswith(b"%PDF-")
    assert "Saved" in window.statusBar().currentMessage()
    window.print_action.trigger()
    dialog = window.findChild(PrintPreviewDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.pages > 0)
    dialog.reject()
    assert MessageBoxes.log == []


def test_the_printout_shows_one_health_number(journal: Journal) -> None:
    """The header's score and the chart's last point are the same score, and say which.

    The rule, stated on the paper: the score as it stands when printed, from every entry
    (private ones included, as on screen); the chart's line ends at that same moment.
    """
    cid = story(journal)
    drawn: list[tuple[datetime, datetime, bool]] = []

    def chart_source(
        _j: object, _c: int, start: datetime, end: datetime, private: bool, _w: float, _r: object
    ):  # type: ignore[no-untyped-def]
        drawn.append((start, end, private))

    for include_private in (False, True):
        options = ReportOptions(include_private=include_private)
        report = TimelineReport.build(journal, cid, options, NOW, chart_source=chart_source)
        start, end, _private = drawn[-1]
        chart = journal.charts.customer(cid, now=end, since=start)
        assert report.data.health is not None
        assert chart.health[-1].score == report.data.health.score, include_private
        assert end == report.data.printed_at
        assert "from every entry" in facts_html(report.data)
