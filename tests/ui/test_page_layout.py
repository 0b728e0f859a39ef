"""On a laptop's screen, in English and German: the customer list fits its pane (no sideways
scrolling, every date whole), the stage strip shows every stage's name whole, and the
header's facts stay on one row instead of wrapping onto three or four lines."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle
from pytestqt.qtbot import QtBot

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.domain.stages import Stage
from rapport.languages import apply_language
from rapport.store import Journal
from rapport.ui.main_window import MainWindow

WindowFactory = Callable[[Path], MainWindow]
#: The main window's room on a 1366×768 and a 1280×720 laptop screen (less frame, panel).
LAPTOPS = [(1350, 700), (1264, 660)]


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """Each test in English and in German (the longer words)."""
    apply_language(request.param)
    yield request.param
    apply_language("en")


def _deep_customer(journal: Journal) -> int:
    """A customer in Deeper understanding with every fact the header shows, and overdue."""
    now = datetime.now(UTC)
    cid = journal.customers.create(
        CustomerDraft(
            name="Marieke Janssens",
            organisation="Hogeschool Leiedal Kortrijk",
            role="Owner",
            account_value=Decimal("9600"),
        ),
        Stage.DEEPER_UNDERSTANDING,
        now - timedelta(days=95),
    )
    journal.entries.add(
        EntryDraft(
            customer_id=cid,
            occurred_at=now - timedelta(days=3),
            kind=EntryKind.CALL,
            title="Cold brew",
            body="For the terrace.",
            follow_up_on=date.today() - timedelta(days=12),
        )
    )
    return cid


def _laptop(window: MainWindow, qtbot: QtBot, size: tuple[int, int]) -> None:
    window.resize(*size)
    window.splitter.setSizes([window.customer_list.sizeHint().width(), size[0]])
    qtbot.wait(50)


def test_an_empty_list_does_not_scroll_sideways(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, language: str
) -> None:
    window = make_window(journal_path)
    for size in LAPTOPS:
        _laptop(window, qtbot, size)
        assert not window.customer_list.table.horizontalScrollBar().isVisible(), size


def test_every_column_of_the_list_is_whole(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, language: str
) -> None:
    window = make_window(journal_path)
    _deep_customer(window.bridge.journal)
    table = window.customer_list.table
    header = table.horizontalHeader()
    model = window.customer_list.model
    bold = QFont(table.font())
    bold.setBold(True)
    margin = 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 2
    for size in LAPTOPS:
        _laptop(window, qtbot, size)
        assert not table.horizontalScrollBar().isVisible(), size
        right = header.sectionViewportPosition(4) + header.sectionSize(4)
        assert right <= table.viewport().width(), size
        for column in (3, 4):  # the dates: never cut ("19" of "19/12/2026")
            text = model.index(0, column).data()
            assert text, column
            needed = QFontMetrics(bold).horizontalAdvance(text) + margin
            assert needed <= header.sectionSize(column), (size, column, text)


def test_the_stage_strip_names_every_stage_whole(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, language: str
) -> None:
    window = make_window(journal_path)
    cid = _deep_customer(window.bridge.journal)
    window.customer_list.select(cid)
    strip = window.page._strip
    for size in LAPTOPS:
        _laptop(window, qtbot, size)
        assert strip.shown_labels() == [stage.label for stage in Stage], size


def test_the_header_facts_stay_on_one_row(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, language: str
) -> None:
    window = make_window(journal_path)
    cid = _deep_customer(window.bridge.journal)
    window.customer_list.select(cid)
    facts = window.page._facts
    for size in LAPTOPS:
        _laptop(window, qtbot, size)
        tops = {label.geometry().top() for label in facts.labels()}
        assert len(tops) == 1, (size, facts.text())
        line = facts.fontMetrics().lineSpacing()
        assert facts.height() < 3 * line, (size, facts.text())  # a caption over a value
