"""File → Recent imports…: the imports not undone yet, newest first, each with Undo.

An undo runs in the background (rapport.ui.import_undo): while it does, Undo waits
for it (one at a time), and the list is read again when it ends.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from rapport import formatting
from rapport.i18n import Words
from rapport.store.import_batches import RecentImport
from rapport.ui.dialogs import item_rows
from rapport.ui.worker import Task

RecentImportsText = Words("RecentImportsText")


class RecentImportsDialog(QDialog):
    """Lists the imports; undoing one goes through `undo` (which asks first, then starts it)."""

    def __init__(
        self,
        load: Callable[[], list[RecentImport]],
        undo: Callable[[RecentImport], Task | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recentImportsDialog")
        self.setWindowTitle(RecentImportsText.tr("Recent imports"))
        self.setMinimumSize(520, 300)
        self._load, self._undo = load, undo
        self._items: list[RecentImport] = []
        #: The undo started here, while it runs.
        self.running: Task | None = None
        self.list = QTreeWidget()
        self.list.setAccessibleName(RecentImportsText.tr("Imports not undone"))
        self.list.setHeaderLabels(
            [
                RecentImportsText.tr("Imported"),
                RecentImportsText.tr("File"),
                RecentImportsText.tr("Customers"),
            ]
        )
        self.list.setRootIsDecorated(False)
        self.empty_note = QLabel(RecentImportsText.tr("There is no import to undo."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.undo_button = buttons.addButton(
            RecentImportsText.tr("&Undo import…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.undo_button.setAccessibleName(RecentImportsText.tr("Undo the selected import"))
        self.undo_button.clicked.connect(self.undo_selected)
        buttons.rejected.connect(self.reject)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout = QVBoxLayout(self)
        intro = QLabel(
            RecentImportsText.tr(
                "Undoing an import moves the customers it added to the trash and takes off the "
                "people it added to customers already there. What you changed since is kept."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_note)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        """Show the imports as they are now."""
        self._items = self._load()
        item_rows.fill(self.list, map(self._row, self._items), 2)
        self._update_buttons()

    @staticmethod
    def _row(batch: RecentImport) -> list[str]:
        count = QLocale().toString(batch.count)
        if batch.joined:
            count = RecentImportsText.tr("{count} (+ %n person(s) added)", "", batch.joined).format(
                count=count
            )
        return [formatting.when(batch.imported_at), batch.source, count]

    def selected(self) -> RecentImport | None:
        """The import selected in the list."""
        return item_rows.selected(self.list, self._items)

    def undo_selected(self) -> None:
        """Undo the selected import (asked first), then list what is left."""
        batch = self.selected()
        if batch is None or (self.running is not None and self.running.running):
            return
        task = self._undo(batch)
        if task is None:
            return
        self.running = task
        task.ended.connect(self._undone)
        self._update_buttons()

    def _undone(self) -> None:
        self.running = None
        self.reload()

    def _update_buttons(self) -> None:
        waiting = self.running is not None and self.running.running
        self.undo_button.setEnabled(self.selected() is not None and not waiting)
        self.empty_note.setVisible(not self._items)
        self.list.setVisible(bool(self._items))
