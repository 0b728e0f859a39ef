"""What the owner can do on a customer's timeline: open, delete, tick a follow-up done.

The shortcuts (Delete, Ctrl+D), a double click or Enter, and the context menu all end in
the same three signals; the customer page passes them on to whoever does the work.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from rapport.i18n import Words
from rapport.store.records import TimelineItem
from rapport.ui.models.timeline import TimelineModel
from rapport.ui.timeline_view import TimelineView

CustomerPageText = Words("CustomerPageText")


class TimelineActions(QObject):
    """The timeline's actions, turned into requests for an entry or a row."""

    edit_entry_requested = Signal(int)
    delete_item_requested = Signal(object)  # TimelineItem
    follow_up_done_requested = Signal(int, bool)  # entry id, done
    took_part_requested = Signal(int)  # entry id: who took part, on each side

    def __init__(self, view: TimelineView, model: TimelineModel) -> None:
        super().__init__(view)
        self._view = view
        self._model = model
        view.activated.connect(self._on_activated)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        delete = QAction(CustomerPageText.tr("Delete"), view)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self._delete_current)
        view.addAction(delete)
        done = QAction(CustomerPageText.tr("Mark follow-up done"), view)
        done.setShortcut(QKeySequence("Ctrl+D"))
        done.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        done.triggered.connect(self._toggle_follow_up)
        view.addAction(done)

    def current_item(self) -> TimelineItem | None:
        """The selected timeline row."""
        index = self._view.currentIndex()
        return self._model.item(index.row()) if index.isValid() else None

    def _on_activated(self, index: QModelIndex) -> None:
        item = self._model.item(index.row())
        if item.entry is not None:
            self.edit_entry_requested.emit(item.entry.id)

    def _toggle_follow_up(self) -> None:
        item = self.current_item()
        entry = item.entry if item is not None else None
        if entry is not None and entry.follow_up_on is not None:
            self.follow_up_done_requested.emit(entry.id, not entry.follow_up_done)

    def _delete_current(self) -> None:
        item = self.current_item()
        if item is not None:
            self.delete_item_requested.emit(item)

    def _context_menu(self, pos: QPoint) -> None:
        index = self._view.indexAt(pos)
        if not index.isValid():
            return
        item = self._model.item(index.row())
        menu = QMenu(self._view)
        if item.entry is not None:
            entry_id = item.entry.id
            menu.addAction(
                CustomerPageText.tr("Edit entry…"), lambda: self.edit_entry_requested.emit(entry_id)
            )
            menu.addAction(
                CustomerPageText.tr("Who took part…"),
                lambda: self.took_part_requested.emit(entry_id),
            )
            if item.entry.follow_up_on is not None:
                done = not item.entry.follow_up_done
                label = (
                    CustomerPageText.tr("Mark follow-up done")
                    if done
                    else CustomerPageText.tr("Reopen follow-up")
                )
                menu.addAction(label, lambda: self.follow_up_done_requested.emit(entry_id, done))
            menu.addAction(
                CustomerPageText.tr("Delete entry"), lambda: self.delete_item_requested.emit(item)
            )
        else:
            menu.addAction(
                CustomerPageText.tr("Delete stage change"),
                lambda: self.delete_item_requested.emit(item),
            )
        menu.exec(self._view.viewport().mapToGlobal(pos))
