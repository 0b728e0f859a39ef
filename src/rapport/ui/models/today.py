"""The Today list as a list model: a heading row for each section, then its items.

The rules decide what is due and in which order (`rapport.domain.today`); this model
only lays the list out for a view. Headings are rows too, so a screen reader reads
"Follow-ups, 3" before the follow-ups, but they are not enabled: the keyboard skips
them and only items can be opened.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from typing_extensions import override

from rapport.domain.people import RelationshipKind
from rapport.domain.today import Section, TodayItem
from rapport.i18n import Words
from rapport.store import Journal, JournalError

log = logging.getLogger("rapport.ui")
ModelsTodayText = Words("ModelsTodayText")

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
SECTION_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex
Row = Section | TodayItem


def local_now() -> datetime:
    """The current time in the owner's time zone (the rules word dates in it)."""
    return datetime.now().astimezone()


class TodayModel(QAbstractListModel):
    """What is due today across the book; `reload` asks the rules again."""

    def __init__(
        self,
        journal: Journal,
        parent: Any = None,
        clock: Callable[[], datetime] = local_now,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._clock = clock
        self._rows: list[Row] = []
        self._counts: dict[Section, int] = {}
        self.as_of: datetime | None = None
        #: Whether the rows are the list's first items only, the rest still coming.
        self.first_page = False

    def reload(self) -> None:
        """Recompute the list as of now, here and now (the view does it in the background)."""
        now = self._clock()
        try:
            items = self._journal.facts.today(now)
        except JournalError as exc:  # a journal closed or gone: show nothing, say why in the log
            log.warning("the Today list could not be read: %s", exc)
            items = []
        self.set_items(now, items)

    def set_items(
        self, now: datetime, items: Sequence[TodayItem], first_page: bool = False
    ) -> None:
        """Show a list worked out as of `now`, grouped under its section headings.

        `first_page`: these are the list's first items only, the rest to come. When it
        comes (as of the same moment, beginning with them), it is added below them:
        nothing on show moves, and the keyboard and the scrolling stay where they are.
        """
        rows, counts = _laid_out(items)
        if self.first_page and now == self.as_of and rows[: len(self._rows)] == self._rows:
            self._add_rest(rows, counts)
        else:
            self.beginResetModel()
            self.as_of, self._rows, self._counts = now, rows, counts
            self.endResetModel()
        self.first_page = first_page
        log.debug("Today: %d items as of %s", len(items), now.isoformat(timespec="minutes"))

    def _add_rest(self, rows: list[Row], counts: dict[Section, int]) -> None:
        """The rest of the list below the first page shown; its headings counted anew."""
        shown = len(self._rows)
        recounted = [
            n
            for n, r in enumerate(self._rows)
            if isinstance(r, Section) and counts[r] != self._counts[r]
        ]
        if len(rows) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(rows) - 1)
        self._rows, self._counts = rows, counts
        if len(rows) > shown:
            self.endInsertRows()
        for n in recounted:
            self.dataChanged.emit(self.index(n), self.index(n))

    # --- questions the view and the tests ask -----------------------------------------

    def items(self) -> list[TodayItem]:
        """Every item, in the order shown."""
        return [r for r in self._rows if isinstance(r, TodayItem)]

    def item(self, row: int) -> TodayItem | None:
        """The item on a row, or None for a heading (or a row out of range)."""
        if 0 <= row < len(self._rows):
            found = self._rows[row]
            return found if isinstance(found, TodayItem) else None
        return None

    def count(self, section: Section) -> int:
        """How many items a section holds."""
        return self._counts.get(section, 0)

    def is_empty(self) -> bool:
        """Whether nothing at all is due."""
        return not self._rows

    def first_item_row(self, near: int = 0) -> int | None:
        """The item row at or after `near` (else the last item before it), for keyboard focus."""
        rows = [i for i, r in enumerate(self._rows) if isinstance(r, TodayItem)]
        if not rows:
            return None
        after = [i for i in rows if i >= near]
        return after[0] if after else rows[-1]

    def summary(self) -> str:
        """One line for the heading: "2 follow-ups · 1 risk signal"."""
        others = any(
            isinstance(row, TodayItem)
            and row.section is Section.PAST_CADENCE
            and row.kind is not RelationshipKind.CUSTOMER
            for row in self._rows
        )
        return " · ".join(_counted(section, n, others) for section, n in self._counts.items())

    # --- the model --------------------------------------------------------------------

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if self.item(index.row()) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ITEM_ROLE:
            return row if isinstance(row, TodayItem) else None
        if role == SECTION_ROLE:
            return row if isinstance(row, Section) else row.section
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if isinstance(row, Section):
                return f"{row.label} ({self.count(row)})"
            return plain_text(row)
        return None


def _laid_out(items: Sequence[TodayItem]) -> tuple[list[Row], dict[Section, int]]:
    """The rows of a list (each section's heading before its items) and the sections' sizes."""
    counts: dict[Section, int] = {}
    rows: list[Row] = []
    for item in items:
        if item.section not in counts:
            counts[item.section] = 0
            rows.append(item.section)
        counts[item.section] += 1
        rows.append(item)
    return rows, counts


def plain_text(item: TodayItem) -> str:
    """An item in one line of words, for screen readers, tooltips and copying."""
    parts = [item.named, item.title]
    signal = item.signal
    if item.section is Section.RISK and signal is not None:
        parts = [item.named, f"{signal.rule.label} ({signal.urgency})", item.detail]
        parts += list(signal.evidence)
        parts.append(ModelsTodayText.tr("Next step: {step}").format(step=signal.next_step))
    else:
        parts.append(item.detail)
    return ". ".join(p.rstrip(".") for p in parts if p) + "."


def _counted(section: Section, n: int, not_only_customers: bool = False) -> str:
    """How many items a section holds, in words: "2 follow-ups".

    Past their cadence are "customers" while they all are, else "relationships".
    """
    if section is Section.WRITE_UP:
        return ModelsTodayText.tr("%n meeting(s) to write up", "", n)
    if section is Section.FOLLOW_UP:
        return ModelsTodayText.tr("%n follow-up(s)", "", n)
    if section is Section.PAST_CADENCE and not_only_customers:
        return ModelsTodayText.tr("%n relationship(s) past cadence", "", n)
    if section is Section.PAST_CADENCE:
        return ModelsTodayText.tr("%n customer(s) past cadence", "", n)
    if section is Section.RISK:
        return ModelsTodayText.tr("%n risk signal(s)", "", n)
    if section is Section.DATE:
        return ModelsTodayText.tr("%n important date(s)", "", n)
    return ModelsTodayText.tr("%n check-in(s) due", "", n)
