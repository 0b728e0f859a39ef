"""Awkward notes — endless words, wide tables, right-to-left and CJK text, emoji, long code
lines — stay inside the page and stay findable in the PDF's text."""

from __future__ import annotations

from pathlib import Path

from printhelp import NOW, customer, entry, found, pdf_pages
from PySide6.QtGui import QColor, QFontDatabase, QImage, QPageSize

from rapport.reports.pdf_output import write_pdf
from rapport.reports.print_style import MARGIN_SIDE_MM
from rapport.reports.timeline_data import ReportOptions
from rapport.reports.timeline_report import TimelineReport
from rapport.store import Journal

LONG_WORD = "Koffie" + "branderij" * 40
TABLE = "\n".join(
    [
        "| " + " | ".join(f"column {i}" for i in range(12)) + " |",
        "|" + "---|" * 12,
        "| " + " | ".join(f"value{i}" + "x" * 30 for i in range(12)) + " |",
    ]
)
ARABIC = "مرحبا بكم في المحمصة، نحب القهوة"
HEBREW = "שלום לכולם בבית הקלייה"
CJK = "咖啡烘焙厂的新合同"
EMOJI = "Great tasting ☕🎉👍🏽 with the team"
CODE = "```\n" + "order_line = " + "'espresso', " * 40 + "\n```"
HARD_BODY = "\n\n".join(
    [
        "Opening line of the awkward note.",
        LONG_WORD,
        TABLE,
        ARABIC,
        HEBREW,
        CJK,
        EMOJI,
        CODE,
        "Closing line of the awkward note.",
    ]
)
A4 = QPageSize(QPageSize.PageSizeId.A4)


def _margins_are_blank(image: QImage, dpi: float) -> list[str]:
    side = int(MARGIN_SIDE_MM * dpi / 25.4) - 2
    problems = []
    white = QColor("white").rgb()
    for y in range(image.height()):
        for x in (*range(0, side), *range(image.width() - side, image.width())):
            if image.pixel(x, y) != white:
                problems.append(f"ink at ({x}, {y})")
                break
        if len(problems) > 3:
            break
    return problems


def test_awkward_text_stays_inside_the_page(journal: Journal) -> None:
    cid = customer(journal)
    entry(journal, cid, 1, HARD_BODY, title="An awkward note " + "title" * 30)
    report = TimelineReport.build(journal, cid, ReportOptions(), NOW)
    dpi = 40
    for image in report.page_images(dpi=dpi, page_size=A4):
        assert _margins_are_blank(image, dpi) == []


def test_awkward_text_is_found_in_the_pdf(journal: Journal, tmp_path: Path) -> None:
    cid = customer(journal)
    entry(journal, cid, 1, HARD_BODY)
    path = tmp_path / "hard.pdf"
    write_pdf(TimelineReport.build(journal, cid, ReportOptions(), NOW), path, A4)
    text = " ".join(pdf_pages(path))
    for words in ("Opening line", "Closing line", "Great tasting"):
        assert words in text
    squeezed = text.replace(" ", "")  # twelve wide columns wrap inside their words
    assert "column11" in squeezed and "value11" in squeezed and "'espresso'," in squeezed
    assert LONG_WORD[:60] in text.replace(" ", "")
    assert found("مرحبا", text) and found("שלום", text)
    if _has_font_for("咖"):
        assert found(CJK[:4], text)


def _has_font_for(char: str) -> bool:
    """Whether an installed font can draw the character (a bare CI machine may have none)."""
    from PySide6.QtGui import QFont, QFontMetrics

    for family in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        if QFontMetrics(QFont(family)).inFont(char):
            return True
    return False
