"""Search results as a list model: pages of hits fetched from the store as the view scrolls.

The journal may change while the results are shown (an entry edited, trashed, a customer
renamed): `refresh` searches again and changes only the rows that changed, so the
owner's place (the selected hit, the scroll position) stays where it was.
"""

from __future__ import annotations

from dataclasses import replace
from difflib import SequenceMatcher
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from typing_extensions import override

from rapport.i18n import Words
from rapport.store import Journal
from rapport.store.errors import RecordNotFoundError
from rapport.store.search import SearchFilters, SearchHit
from rapport.ui.models.paging import PagedModel, Pages

SearchResultsText = Words("SearchResultsText")

PAGE = 50
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
#: What a hit is, whatever it shows: its entry, or the customer itself.
HitKey = tuple[str, int]


def hit_key(hit: SearchHit) -> HitKey:
    """A hit's identity across searches (its row number is not)."""
    return ("customer", hit.customer_id) if hit.entry_id is None else ("entry", hit.entry_id)


def _looks_alike(old: SearchHit, new: SearchHit) -> bool:
    """Whether a hit shows the same (its relevance moves with every write to the index)."""
    return old == replace(new, relevance=old.relevance)


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

    def row_of(self, key: HitKey) -> int | None:
        """The row showing a hit (by `hit_key`), None when it is not shown."""
        return next((r for r, hit in enumerate(self._pages.rows) if hit_key(hit) == key), None)

    def still_there(self, hit: SearchHit) -> bool:
        """Whether a hit is as shown: its entry not trashed nor moved, its customer not trashed.

        A change another program made is heard within a second (ui/external_changes.py);
        a hit opened meanwhile is read again first, so it never opens something else.
        """
        try:
            if hit.entry_id is None:
                self._journal.customers.get(hit.customer_id)
                return True
            return self._journal.entries.get(hit.entry_id).customer_id == hit.customer_id
        except RecordNotFoundError:
            return False

    def refresh(self) -> bool:
        """Search again for the same words and filters; True when any row changed.

        As many hits are read as were before (a page at least). Rows that stay keep
        their place and index (a hit that shows the same is not even told); the others
        are removed, inserted or updated one by one, never by a reset. Rows shown stay
        shown (up to the last of them still found, and as many as a search shows at
        first); the rest are held back as before.
        """
        pages = self._pages
        limit = max(pages.size, -(-pages.loaded // pages.size) * pages.size)
        fresh = self._fetch(0, limit)
        old = [hit_key(hit) for hit in pages.rows]
        new = [hit_key(hit) for hit in fresh]
        shown = set(old)
        at_first = len(fresh) if pages.shown is None else pages.shown  # as a search shows
        cut = max([len(old), at_first] + [n + 1 for n, key in enumerate(new) if key in shown])
        new = new[:cut]
        ops = SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
        changed = False
        for op, i1, i2, j1, j2 in reversed(ops):  # from the bottom: rows above keep their number
            if op == "equal":
                changed |= self._update(i1, fresh[j1:j2])
                continue
            changed = True
            if op in ("delete", "replace"):
                self.beginRemoveRows(QModelIndex(), i1, i2 - 1)
                del pages.rows[i1:i2]
                self.endRemoveRows()
            if op in ("insert", "replace"):
                self.beginInsertRows(QModelIndex(), i1, i1 + j2 - j1 - 1)
                pages.rows[i1:i1] = fresh[j1:j2]
                self.endInsertRows()
        pages.held = fresh[cut:]
        pages.more = len(fresh) == limit
        return changed

    def _update(self, first: int, hits: list[SearchHit]) -> bool:
        """Put the hits read again on their rows; tell the views of those that look changed."""
        changed = False
        for row, hit in enumerate(hits, first):
            if not _looks_alike(self._pages.rows[row], hit):
                self._pages.rows[row] = hit
                self.dataChanged.emit(self.index(row), self.index(row))
                changed = True
        return changed

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
