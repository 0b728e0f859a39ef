"""The chart's seam: whatever the charts hand over is drawn on page 1, as vectors."""

from __future__ import annotations

from pathlib import Path

import pytest
from printhelp import NOW, pdf_pages, story

from rapport.domain.stages import Stage
from rapport.reports.pdf_output import write_pdf
from rapport.reports.print_chart import PrintChart, SvgChart
from rapport.reports.timeline_data import ReportOptions
from rapport.reports.timeline_report import TimelineReport
from rapport.store import Journal

SVG = b"""<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400" viewBox="0 0 800 400">
<rect x="10" y="10" width="780" height="380" fill="#56B4E9"/>
<text x="40" y="200" font-size="40">Chartmark progression</text></svg>"""


def _svg_source(*_args: object) -> PrintChart:
    return SvgChart(SVG)


def test_the_chart_is_drawn_on_page_one(journal: Journal, tmp_path: Path) -> None:
    cid = story(journal)
    report = TimelineReport.build(journal, cid, ReportOptions(), NOW, chart_source=_svg_source)
    assert report.chart is not None and abs(report.chart.aspect() - 0.5) < 1e-6
    write_pdf(report, tmp_path / "chart.pdf")
    pages = pdf_pages(tmp_path / "chart.pdf")
    assert "Chartmark progression" in pages[0]
    first_entry = pages[0].find("Alpha first visit")
    assert pages[0].find("Chartmark") < first_entry or first_entry == -1


def test_no_chart_when_not_asked_for(journal: Journal) -> None:
    cid = story(journal)
    options = ReportOptions(include_chart=False)
    report = TimelineReport.build(journal, cid, options, NOW, chart_source=_svg_source)
    assert report.chart is None


@pytest.mark.logs_errors
def test_a_failing_chart_does_not_cost_the_printout(journal: Journal, tmp_path: Path) -> None:
    def broken(*_args: object) -> PrintChart:
        raise RuntimeError("matplotlib fell over")

    cid = story(journal)
    report = TimelineReport.build(journal, cid, ReportOptions(), NOW, chart_source=broken)
    assert report.chart is None
    assert write_pdf(report, tmp_path / "still.pdf") >= 1


def test_the_real_chart_prints_as_vectors_with_its_words(journal: Journal, tmp_path: Path) -> None:
    """Drawn straight through the printer's painter: text stays text, and no picture."""
    from pypdf import PdfReader

    cid = story(journal)
    # Dollar signs make matplotlib read the reason as mathematics: drawn as outlines.
    journal.entries.change_stage(cid, Stage.CONFLICT, NOW, "Price up from $5 to $6")
    report = TimelineReport.build(journal, cid, ReportOptions(), NOW)
    assert report.chart is not None
    write_pdf(report, tmp_path / "real.pdf")
    first = pdf_pages(tmp_path / "real.pdf")[0]
    for words in ("Mood of each entry", "Health", "Compromise"):
        assert words in first
    assert not PdfReader(tmp_path / "real.pdf").pages[0].images
