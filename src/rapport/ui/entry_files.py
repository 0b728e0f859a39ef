"""The files of the entry selected on the timeline, and files dropped onto its rows.

Below the customer page's tabs, a strip shows the selected entry's files (hidden when
no entry is selected or the timeline is not in front). Files dragged onto a timeline
row are attached to that row's entry, as a note taken in the meeting room would be.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QTabWidget, QWidget

from rapport.ui.attachments_panel import AttachmentsPanel
from rapport.ui.bridge import JournalBridge
from rapport.ui.models.timeline import TimelineModel
from rapport.ui.timeline_view import TimelineView

#: The strip's height: one row of thumbnails and the Attach button.
STRIP_HEIGHT = 170


class EntryFiles(QObject):
    """Keeps a files strip on the timeline's selected entry; takes drops on its rows."""

    def __init__(
        self,
        bridge: JournalBridge,
        timeline: TimelineView,
        model: TimelineModel,
        tabs: QTabWidget,
        parent: QWidget,
        undo: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self._timeline = timeline
        self._model = model
        self._tabs = tabs
        self.panel = AttachmentsPanel(bridge, parent, undo)
        self.panel.setMaximumHeight(STRIP_HEIGHT)
        self.panel.hide()
        timeline.setAcceptDrops(True)
        timeline.viewport().setAcceptDrops(True)
        timeline.viewport().installEventFilter(self)
        selection = timeline.selectionModel()
        if selection is not None:
            selection.currentChanged.connect(lambda *_: self.follow())
        model.modelReset.connect(self.follow)
        tabs.currentChanged.connect(lambda *_: self.follow())

    def _entry_at(self, row: int) -> int | None:
        if row < 0 or row >= self._model.rowCount():
            return None
        entry = self._model.item(row).entry
        return entry.id if entry is not None else None

    def follow(self) -> None:
        """Show the files of the selected entry while the timeline is in front.

        Its row holds its files (read with the row, brought up to date by every change
        to the entry): selecting it reads nothing again.
        """
        row = self._timeline.currentIndex().row()
        entry_id = self._entry_at(row)
        shown = entry_id is not None and self._tabs.currentWidget() is self._timeline
        files = self._model.item(row).files if shown else None
        self.panel.show_entry(entry_id if shown else None, files)
        self.panel.setVisible(shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take file drops on a timeline row for that row's entry."""
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDragMoveEvent)
            row = self._timeline.indexAt(event.position().toPoint()).row()
            if event.mimeData().hasUrls() and self._entry_at(row) is not None:
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            self.drop_on(event.position().toPoint(), event)
            return True
        return super().eventFilter(watched, event)

    def drop_on(self, where: QPoint, event: QDropEvent) -> None:
        """Select the row dropped on, and attach the files to its entry."""
        index = self._timeline.indexAt(where)
        if self._entry_at(index.row()) is None:
            event.ignore()
            return
        self._timeline.setCurrentIndex(index)
        self.follow()
        self.panel.dropEvent(event)
