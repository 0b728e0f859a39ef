"""A long timeline opens at its first screen: the rows below it are laid out right after.

Opening a customer lays out the rows the owner sees first; the rest of the page (60
rows) follow a few at a time once the page is painted, so every row ends with its real
height, and a row asked for at once (a search hit, a chart's point) is still scrolled
to exactly.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.store import Journal
from rapport.ui import timeline_view
from rapport.ui.customer_page import CustomerPage
from rapport.ui.models.timeline import PAGE

NOW = datetime.now(UTC)


def _long_history(journal: Journal) -> tuple[int, list[int]]:
    cid = journal.customers.create(CustomerDraft(name="Ada Brandt"), since=NOW - timedelta(400))
    entries = []
    for n in range(PAGE + 10):
        body = "\n\n".join(
            f"Paragraph {p} of talk {n}: the order, the terrace." for p in range(n % 4)
        )
        draft = EntryDraft(cid, NOW - timedelta(days=n + 1), EntryKind.CALL, f"Talk {n}", body)
        entries.append(journal.entries.add(draft))
    return cid, entries


@pytest.fixture
def page(qtbot: QtBot, journal: Journal) -> CustomerPage:
    shown = CustomerPage(journal)
    qtbot.addWidget(shown)
    shown.resize(1000, 700)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_opening_lays_out_the_first_screen_at_once_and_every_row_right_after(
    qtbot: QtBot, journal: Journal, page: CustomerPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid, _ = _long_history(journal)
    built: list[int] = []
    real = timeline_view.row_document
    monkeypatch.setattr(
        timeline_view, "row_document", lambda item, palette: built.append(1) or real(item, palette)
    )

    page.show_customer(cid)
    page.repaint()

    assert page.timeline_model.rowCount() == PAGE
    assert 0 < len(built) < PAGE // 2  # the first screen's rows, not the page's
    view, delegate = page.timeline, page.timeline.delegate
    option = QStyleOptionViewItem()

    def every_row_real() -> bool:
        rows = [view.model().index(r, 0) for r in range(PAGE)]
        return len(built) >= PAGE and all(
            view.visualRect(i).height() == delegate.sizeHint(option, i).height() for i in rows
        )

    qtbot.waitUntil(every_row_real)
    heights = {view.visualRect(view.model().index(r, 0)).height() for r in range(PAGE)}
    assert len(heights) > 1  # the rows' own heights, not one guess for all


def test_a_row_below_the_first_screen_is_scrolled_to_exactly(
    qtbot: QtBot, journal: Journal, page: CustomerPage
) -> None:
    cid, entries = _long_history(journal)
    page.show_customer(cid)

    assert page.select_item(("entry", entries[PAGE + 5]))  # on the page after the first

    view = page.timeline  # its rows are read in the background (`GoTo`), then scrolled to
    qtbot.waitUntil(lambda: view.currentIndex().isValid())
    assert page.timeline_model.item(view.currentIndex().row()).key == ("entry", entries[PAGE + 5])
    shown = view.visualRect(view.currentIndex())
    assert view.viewport().rect().contains(shown)
    qtbot.wait(300)  # every row has its real height by now: the row did not move
    assert view.visualRect(view.currentIndex()) == shown


def test_switching_back_to_a_customer_finds_their_rows_laid_out_but_an_edit_anew(
    qtbot: QtBot, journal: Journal, page: CustomerPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    ada, entries = _long_history(journal)
    ben = journal.customers.create(CustomerDraft(name="Ben Colt"), since=NOW - timedelta(9))
    journal.entries.add(EntryDraft(ben, NOW - timedelta(days=2), EntryKind.CALL, "Hello"))
    built: list[str] = []
    real = timeline_view.row_document

    def counted(item: object, palette: object) -> object:
        doc = real(item, palette)  # type: ignore[arg-type]
        built.append(doc.toPlainText())
        return doc

    monkeypatch.setattr(timeline_view, "row_document", counted)
    page.show_customer(ada)
    qtbot.waitUntil(lambda: len(built) >= PAGE)
    page.show_customer(ben)
    page.repaint()
    newest = journal.entries.get(entries[0])
    edited = EntryDraft(ada, newest.occurred_at, EntryKind.CALL, "Talk 0, agreed", newest.body)
    journal.entries.update(entries[0], edited)
    built.clear()

    page.show_customer(ada)
    page.repaint()
    qtbot.wait(50)

    assert len(built) == 1
    assert "Talk 0, agreed" in built[0]
