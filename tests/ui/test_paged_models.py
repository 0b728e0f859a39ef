"""The paged list models share one paging base, and Qt pages through it as a view scrolls."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QListView
from pytestqt.qtbot import QtBot

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.store import Journal
from rapport.ui.models.customer_list import CustomerListModel
from rapport.ui.models.paging import PagedModel
from rapport.ui.models.search_results import SearchResultsModel
from rapport.ui.models.timeline import PAGE, TimelineModel


def test_the_three_list_models_page_through_one_base() -> None:
    for model in (CustomerListModel, TimelineModel, SearchResultsModel):
        assert issubclass(model, PagedModel)
        for name in ("rowCount", "canFetchMore", "fetchMore"):
            assert name not in vars(model), f"{model.__name__} pages by itself"


def test_a_view_scrolled_to_the_end_pages_the_next_rows_in(qtbot: QtBot, journal: Journal) -> None:
    customer_id = journal.customers.create(CustomerDraft(name="Ada Brandt"))
    now = datetime.now(UTC)
    with journal.transaction():
        for day in range(PAGE + 20):
            journal.entries.add(
                EntryDraft(customer_id, now - timedelta(days=day + 1), EntryKind.CALL, f"{day}")
            )
    model = TimelineModel(journal)
    model.set_customer(customer_id)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(300, 200)
    view.show()
    assert model.rowCount() == PAGE
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == PAGE + 21)  # the customer's first stage too
    assert not model.canFetchMore(model.index(0).parent())
