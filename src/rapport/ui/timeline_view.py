"""The timeline view: one QListView whose delegate paints each row as rich text.

Each row is a small QTextDocument (a heading built as escaped HTML, the body inserted
as Markdown without HTML, images or live links: `reports.note_text`), cached per row
and version, so a customer with thousands of entries scrolls smoothly and no widget
is made per entry.
"""

from __future__ import annotations

import time
from html import escape
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    QTimer,
)
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)
from typing_extensions import override

from rapport import formatting
from rapport.domain.kinds import sentiment_label
from rapport.domain.people import took_part
from rapport.i18n import Words
from rapport.reports.note_text import NoteInk, QuietDocument, insert_markdown
from rapport.store.records import TimelineItem
from rapport.theme import KIND_COLOURS, STAGE_COLOURS
from rapport.ui.models.timeline import ITEM_ROLE, PAGE, TimelineModel
from rapport.ui.row_files import append_files
from rapport.ui.row_paint import BAR, PAD, KeptRows, fit, paint_frame, paint_text
from rapport.ui.sight_list import SightList

TimelineViewText = Words("TimelineViewText")

_GAP = 6
#: No row is shorter than this (a line of when and what, a margin): rows beyond a
#: screen's height of them are surely below the first screen.
_SHORTEST_ROW = 30
#: Laid-out rows kept when another customer is shown: two customers' first pages.
KEPT_ROWS = 2 * PAGE
#: How long the rows below the first screen are laid out at a time, in seconds.
_SIZING_SLICE_S = 0.005
#: The same after going to an old row: each slice is followed by a relayout of every row
#: loaded (thousands), so a slice does more at a time.
_FAR_SLICE_S = 0.02
_Index = QModelIndex | QPersistentModelIndex


def row_document(item: TimelineItem, palette: QPalette) -> QTextDocument:
    """The rich text of one timeline row. User text is escaped or parsed as Markdown only."""
    doc = QuietDocument()
    doc.setDocumentMargin(4)
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    if item.entry is not None:
        entry = item.entry
        meta = [formatting.long_when(entry.occurred_at), entry.kind.label]
        if entry.side is not None:  # a commitment: "Commitment made · theirs"
            meta.append(entry.side.label)
        if item.ours or item.theirs:
            meta.append(took_part(list(item.ours), list(item.theirs)))
        meta += _signed(entry.author, entry.editor)
        if entry.sentiment is not None:
            meta.append(f"{sentiment_label(entry.sentiment)} ({entry.sentiment:+d})")
        if entry.private:
            meta.append(TimelineViewText.tr("Private"))
        if entry.follow_up_on is not None:
            day = formatting.day(entry.follow_up_on)
            if entry.follow_up_done:
                meta.append(TimelineViewText.tr("Follow up {day} (done)").format(day=day))
            else:
                meta.append(TimelineViewText.tr("Follow up {day} (open)").format(day=day))
        html = f"<p style='color:{muted}'>{escape(' · '.join(meta))}</p>"
        if entry.title:
            html += f"<p style='font-weight:600; font-size:large'>{escape(entry.title)}</p>"
        doc.setHtml(html)
        if entry.body.strip():
            cursor = QTextCursor(doc)
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            quote = palette.color(QPalette.ColorRole.PlaceholderText)
            ink = NoteInk(quote, palette.color(QPalette.ColorRole.Mid))
            insert_markdown(cursor, entry.body, ink)
        if item.files:
            append_files(doc, item.files, muted)
    else:
        change = item.stage_change
        assert change is not None
        when = escape(formatting.long_when(change.occurred_at))
        heading = TimelineViewText.tr("{when} · Stage change").format(when=when)
        heading = " · ".join([heading, *map(escape, _signed(change.author, None))])
        moved = TimelineViewText.tr("Moved to <b>{stage}</b>").format(
            stage=escape(change.stage.label)
        )
        html = f"<p style='color:{muted}'>{heading}</p><p style='font-size:large'>{moved}"
        if change.reason:
            html += f" — {escape(change.reason)}"
        html += "</p>"
        doc.setHtml(html)
    return doc


def _signed(author: str | None, editor: str | None) -> list[str]:
    """Who wrote a row and who saved it last: only a team journal's rows say it."""
    said = []
    if author:
        said.append(TimelineViewText.tr("by {login}").format(login=author))
    if editor and editor != author:
        said.append(TimelineViewText.tr("edited by {login}").format(login=editor))
    return said


def row_colour(item: TimelineItem) -> QColor:
    """The colour of the row's side bar: the entry's kind or the new stage."""
    if item.entry is not None:
        return QColor(KIND_COLOURS[item.entry.kind])
    assert item.stage_change is not None
    return QColor(STAGE_COLOURS[item.stage_change.stage])


def _version(item: TimelineItem) -> Any:
    """What changes when a row's text may: the row itself (its entry, files, who took part).

    A laid-out row is kept while it stays equal, across customers too (`keep_recent`).
    """
    return item


class TimelineDelegate(QStyledItemDelegate):
    """Paints timeline rows from cached documents laid out to the view's width.

    Opening a customer lays out only the rows of the first screen at once; the rows
    below it get a guessed height and are laid out a few at a time right after (`_later`),
    so the page is painted without waiting for rows no one sees yet. Once the view is
    scrolled, or a row was laid out before, every height asked is the real one; except
    after going to an old row (`guess_anywhere`), where the view lays out what comes
    into sight (`SightList`).
    """

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        #: Laid-out rows for those asked for last (the rows in sight, and after a switch
        #: the last customers' first pages: `keep_recent`), not for every row of a long
        #: history scrolled through.
        self._cache: KeptRows[tuple[str, int], tuple[Any, QTextDocument]] = KeptRows()
        #: Each row's size by (version, view width): the view asks for every row's size
        #: again whenever one row comes or goes (as after each save).
        self._sizes: dict[tuple[str, int], tuple[Any, int, QSize]] = {}
        #: Rows given a guessed height, to be laid out for real soon.
        self._guessed: set[tuple[str, int]] = set()
        #: Whether any row not yet laid out may be guessed, wherever it is (after going
        #: to an old row: `guess_anywhere`); the view lays out the rows in sight first.
        self.anywhere = False
        #: The last guess, and the (width, rows laid out) it was made for.
        self._guessed_height: tuple[tuple[int, int], int] = ((0, -1), 0)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self._size_some)

    def clear_cache(self) -> None:
        """Forget every laid-out row (after the model was reset or the theme changed)."""
        self._cache.clear()
        self._sizes.clear()
        self._guessed.clear()

    def keep_recent(self) -> None:
        """Keep the rows used last, two customers' first pages (another customer is shown).

        Switching back to a customer finds their rows laid out; a row that changed
        meanwhile is laid out again (it no longer equals the one kept).
        """
        for key in self._cache.trim(KEPT_ROWS):
            self._sizes.pop(key, None)
        self._guessed.clear()
        self.anywhere = False

    def guess_anywhere(self) -> None:
        """Let every row not laid out at this width be guessed, above the rows in sight too.

        Going to an old entry then costs the rows in sight, not the thousands above them;
        those are laid out a slice at a time afterwards, nearest first (`_size_some`),
        while the view keeps what is in sight where it is (`SightList.doItemsLayout`).
        """
        self.anywhere = True

    @property
    def has_guesses(self) -> bool:
        """Whether some rows still have a guessed height (they are being laid out)."""
        return bool(self._guessed)

    def is_guessed(self, item: TimelineItem) -> bool:
        """Whether a row's height in the view is a guess (it was never laid out)."""
        return item.key in self._guessed

    def real_height(self, item: TimelineItem) -> int:
        """The row's real height, laid out now if it was not yet at this width."""
        width = self._view.viewport().width()
        known = self._sizes.get(item.key)
        if known is None or known[0] != _version(item) or known[1] != width:
            return self._size(item, width, _version(item)).height()
        return known[2].height()

    def realise(self, items: list[TimelineItem]) -> bool:
        """Lay these rows out now if their height was guessed; True if any was."""
        width, any_guessed = self._view.viewport().width(), False
        for item in items:
            if item.key in self._guessed:
                self._size(item, width, _version(item))
                any_guessed = True
        return any_guessed

    def _document(self, item: TimelineItem, width: int) -> QTextDocument:
        version = _version(item)
        cached = self._cache.get(item.key)
        if cached is None or cached[0] != version:
            cached = (version, row_document(item, self._view.palette()))
            self._cache.put(item.key, cached)
        return fit(cached[1], width)

    def _text_width(self) -> int:
        return max(200, self._view.viewport().width() - BAR - 2 * PAD)

    @override
    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        # Asked for every row at each layout (after each save): the row's item is taken
        # from the model itself, not through a Qt variant, and a kept size by identity.
        model = index.model()
        row = index.row()
        if isinstance(model, TimelineModel) and 0 <= row < model.rowCount():
            item: TimelineItem | None = model.item(row)
        else:
            item = index.data(ITEM_ROLE)
        if item is None:
            return QSize(0, 0)
        width, version = self._view.viewport().width(), _version(item)
        known = self._sizes.get(item.key)
        if known is not None and known[1] == width and (known[0] is version or known[0] == version):
            return known[2]
        if (self.anywhere and (known is None or known[1] != width)) or (
            known is None and self._may_guess(index.row())
        ):
            self._guessed.add(item.key)
            self._later.start()
            return QSize(width, self._guess(width))
        return self._size(item, width, version)

    def _size(self, item: TimelineItem, width: int, version: Any) -> QSize:
        """The row's real size: its document laid out to the view's width."""
        doc = self._document(item, self._text_width())
        size = QSize(width, int(doc.size().height()) + 2 * _GAP)
        self._sizes[item.key] = (version, width, size)
        self._guessed.discard(item.key)
        return size

    def _may_guess(self, row: int) -> bool:
        """Whether a row never laid out may wait: below the first screen, seen from the top."""
        if self._view.verticalOffset() > 0:
            return False
        screen = self._view.viewport().height()
        if row > screen // _SHORTEST_ROW:
            return True
        model, width, above = self._view.model(), self._view.viewport().width(), 0
        for earlier in range(row):
            item: TimelineItem | None = model.index(earlier, 0).data(ITEM_ROLE)
            known = None if item is None else self._sizes.get(item.key)
            if known is None or known[1] != width:
                return False
            above += known[2].height()
        return above > screen

    def _guess(self, width: int) -> int:
        """The height a row not yet laid out is given: that of the rows laid out so far.

        Worked out again only when rows were laid out since (thousands are guessed in
        one layout after going to an old row).
        """
        asked = (width, len(self._sizes))
        if self._guessed_height[0] != asked:
            heights = [size.height() for _, w, size in self._sizes.values() if w == width]
            guess = sum(heights) // len(heights) if heights else _SHORTEST_ROW * 2
            self._guessed_height = (asked, guess)
        return self._guessed_height[1]

    def _size_some(self) -> None:
        """Lay out guessed rows for a few milliseconds, then let the view place them."""
        if self.anywhere:
            self._size_near(time.perf_counter() + _FAR_SLICE_S)
        else:
            self._size_guessed(time.perf_counter() + _SIZING_SLICE_S)
        self._view.scheduleDelayedItemsLayout()
        if self._guessed:
            self._later.start()

    def _size_guessed(self, until: float) -> None:
        """Lay out the guessed rows in order, until the time `until`."""
        model = self._view.model()
        width = self._view.viewport().width()
        for row in range(model.rowCount() if model is not None else 0):
            item: TimelineItem | None = model.index(row, 0).data(ITEM_ROLE)
            if item is not None and item.key in self._guessed:
                self._size(item, width, _version(item))
                if time.perf_counter() > until:
                    return
        self._guessed.clear()  # what is left is no longer a row

    def _size_near(self, until: float) -> None:
        """Lay out guessed rows nearest the top row in sight first, until the time `until`."""
        model = self._view.model()
        count = model.rowCount() if model is not None else 0
        width = self._view.viewport().width()
        near = max(0, self._view.indexAt(QPoint(PAD, PAD)).row())
        for step in range(2 * count):
            row = near - (step + 1) // 2 if step % 2 else near + step // 2
            if not 0 <= row < count:
                continue
            item: TimelineItem | None = model.index(row, 0).data(ITEM_ROLE)
            if item is not None and item.key in self._guessed:
                self._size(item, width, _version(item))
                if time.perf_counter() > until:
                    return
        self._guessed.clear()  # what is left is no longer a row

    @override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        item: TimelineItem | None = index.data(ITEM_ROLE)
        if item is None:
            return
        rect: QRect = option.rect
        state = option.state
        palette = self._view.palette()
        painter.save()
        selected = bool(state & QStyle.StateFlag.State_Selected)
        paint_frame(painter, rect, palette, row_colour(item), selected)
        doc = self._document(item, self._text_width())
        focused = bool(state & QStyle.StateFlag.State_HasFocus)
        paint_text(painter, doc, rect, palette, _GAP, selected, focused)
        painter.restore()


class TimelineView(SightList):
    """The list view the timeline is shown in: variable row heights, reflowed on resize."""

    delegate: TimelineDelegate
    item_role = ITEM_ROLE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.delegate = TimelineDelegate(self)
        self.setObjectName("timeline")
        self.setAccessibleName(TimelineViewText.tr("Timeline"))
        self.setAccessibleDescription(
            TimelineViewText.tr("Entries and stage changes of this customer, newest first")
        )
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setMouseTracking(False)
        self.setItemDelegate(self.delegate)

    @override
    def changeEvent(self, event: QEvent) -> None:
        """Lay the rows out again in the new colours after a theme switch."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.delegate.clear_cache()
            self.scheduleDelayedItemsLayout()

    @override
    def dataChanged(
        self,
        top_left: _Index,
        bottom_right: _Index,
        roles: Any = (),
    ) -> None:
        """An edited row may need another height: lay the rows out again."""
        super().dataChanged(top_left, bottom_right, roles)
        self.scheduleDelayedItemsLayout()

    @override
    def resizeEvent(self, event: Any) -> None:
        """Reflow rows to the new width."""
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()
