"""Search results as a list model: pages of hits fetched from the store as the view scrolls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from typing_extensions import override

from rapport.i18n import Words
from rapport.store import Journal
from rapport.store.search import SearchFilters, SearchHit
from rapport.ui.models.paging import PagedModel, Pages

SearchResultsText = Words("SearchResultsText")

PAGE = 50
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(PagedModel[SearchHit], QAbstractListModel):
    """Hits for one query and filter set; ranking and filtering happen in the store."""

    def __init__(self, journal: Journal, parent: Any = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._query = ""
        self._filters = SearchFilters()
        self._pages: Pages[SearchHit] = Pages(PAGE)

    @property
    def query(self) -> str:
        """The text last searched for."""
        return self._query

    def search(
        self, query: str, filters: SearchFilters | None = None, shown: int | None = None
    ) -> None:
        """Run a new search: its first page, `shown` rows of it at first (None: all)."""
        self._query = query
        self._filters = filters or SearchFilters()
        self._load_first(shown)

    def found(self) -> tuple[int, bool]:
        """How many hits were read, and whether the store holds more."""
        return self._pages.loaded, self._pages.more

    def _fetch(self, offset: int, limit: int) -> list[SearchHit]:
        return self._journal.search.search(self._query, self._filters, limit, offset)

    def hit(self, row: int) -> SearchHit:
        """The hit on a row."""
        return self._pages.rows[row]

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self._row_at(index)
        if hit is None:
            return None
        if role == HIT_ROLE:
            return hit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = "".join(part for part, _ in hit.parts())
            if hit.is_customer:
                return SearchResultsText.tr("Customer {name}: {text}").format(
                    name=hit.customer_name, text=text
                )
            kind = hit.kind.label if hit.kind else ""
            return f"{hit.customer_name}, {kind}: {hit.title} {text}".strip()
        return None
