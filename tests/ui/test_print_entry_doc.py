"""An entry's note in the printout: written straight or the long way, it reads the same."""

from __future__ import annotations

import pytest
from printhelp import NOW, customer, entry
from PySide6.QtGui import QImage, QTextDocument

from rapport.reports import print_text as text
from rapport.reports.print_docs import append_html, compose_document, lay_out
from rapport.reports.print_entry_doc import MetaFormats, compose_entry
from rapport.reports.timeline_data import ReportOptions, gather
from rapport.store import Journal

WIDTH = 500


def _device() -> QImage:
    image = QImage(800, 800, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(3780)  # 96 dpi
    image.setDotsPerMeterY(3780)
    return image


def _top_of(doc: QTextDocument, words: str) -> float:
    """Where the block holding `words` starts in the laid-out document."""
    block = doc.begin()
    while block.isValid():
        if words in block.text():
            return float(doc.documentLayout().blockBoundingRect(block).top())
        block = block.next()
    raise AssertionError(f"{words!r} not in the note")


def _notes(journal: Journal, bodies: list[str]) -> list[QTextDocument]:
    cid = customer(journal)
    for day, body in enumerate(bodies):
        entry(journal, cid, day + 1, body, title="Visit", follow_up_on=NOW.date())
    data = gather(journal, cid, ReportOptions(include_chart=False), NOW)
    formats = MetaFormats.read(text.ENTRY_STYLE)
    device = _device()
    return [
        lay_out(compose_entry(formats, note), device, WIDTH)
        for group in data.groups
        for note in group.entries
    ]


def test_a_note_that_starts_with_a_list_starts_under_its_title_like_any_note(
    journal: Journal,
) -> None:
    paragraph, listed, numbered = _notes(
        journal, ["Ask about the grinder", "- Ask about the grinder", "1. Ask about the grinder"]
    )
    expected = _top_of(paragraph, "Ask about the grinder")  # a list item's margin: 2 px more
    assert _top_of(listed, "Ask about the grinder") == pytest.approx(expected, abs=3)
    assert _top_of(numbered, "Ask about the grinder") == pytest.approx(expected, abs=3)


@pytest.mark.parametrize(
    "body",
    [
        "Plain words.",
        "First paragraph.\n\nSecond, with **bold** and `code`.\n\n- a list\n- of two",
        "Words, then a table.\n\n| kilos | price |\n|---|---|\n| 8 | 12 |",
        "Words, then a heading.\n\n# Big\n\nmore words",
    ],
)
def test_a_note_written_straight_is_laid_out_as_the_long_way_lays_it_out(
    journal: Journal, body: str
) -> None:
    (straight,) = _notes(journal, [body])
    data = gather(journal, 1, ReportOptions(include_chart=False), NOW)
    (note,) = data.groups[-1].entries
    long_way = compose_document(text.entry_meta_html(note), note.body, text.ENTRY_STYLE)
    append_html(long_way, text.follow_up_html(note))
    lay_out(long_way, _device(), WIDTH)
    assert straight.toPlainText() == long_way.toPlainText()
    assert straight.size() == long_way.size()
    assert straight.blockCount() == long_way.blockCount()
