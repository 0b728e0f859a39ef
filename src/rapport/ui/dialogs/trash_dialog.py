"""Edit → Trash: what was deleted, to restore one by one or to empty for good."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from rapport import formatting
from rapport.i18n import QT_TRANSLATE_NOOP, Words, translate
from rapport.store.trash import TrashItem, TrashKind
from rapport.ui.dialogs import item_rows

TrashDialogText = Words("TrashDialogText")

#: What the Kind column calls each kind of trashed item.
_KINDS = {
    TrashKind.CUSTOMER: QT_TRANSLATE_NOOP("TrashDialogText", "Customer"),
    TrashKind.ENTRY: QT_TRANSLATE_NOOP("TrashDialogText", "Entry"),
    TrashKind.STAGE_CHANGE: QT_TRANSLATE_NOOP("TrashDialogText", "Stage change"),
}


class TrashDialog(QDialog):
    """Lists the trash; restoring and emptying go through the callbacks given."""

    def __init__(
        self,
        load: Callable[[], list[TrashItem]],
        restore: Callable[[TrashItem], bool],
        empty: Callable[[], bool],
        parent: QWidget | None = None,
        *,
        owner: bool = True,
    ) -> None:
        super().__init__(parent)
        #: False for a colleague on a team journal: only its owner may empty the trash.
        self.owner = owner
        self.setObjectName("trashDialog")
        self.setWindowTitle(TrashDialogText.tr("Trash"))
        self.setMinimumSize(600, 380)
        self._load, self._restore, self._empty = load, restore, empty
        self._items: list[TrashItem] = []
        self.list = QTreeWidget()
        self.list.setAccessibleName(TrashDialogText.tr("Deleted items"))
        self.list.setHeaderLabels(
            [
                TrashDialogText.tr("What"),
                TrashDialogText.tr("Customer"),
                TrashDialogText.tr("Kind"),
                TrashDialogText.tr("Deleted"),
            ]
        )
        self.list.setRootIsDecorated(False)
        self.empty_note = QLabel(TrashDialogText.tr("The trash is empty."))
        self.owner_note = QLabel(
            TrashDialogText.tr("Only the journal's owner can empty the trash.")
        )
        self.owner_note.setObjectName("trashOwnerNote")
        self.owner_note.setVisible(not owner)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(
            TrashDialogText.tr("&Restore"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setAccessibleName(TrashDialogText.tr("Restore the selected item"))
        self.empty_button = buttons.addButton(
            TrashDialogText.tr("&Empty trash…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.empty_button.setAccessibleName(TrashDialogText.tr("Empty the trash for good"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.empty_trash)
        buttons.rejected.connect(self.reject)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                TrashDialogText.tr(
                    "Deleted customers, entries and stage changes stay here until you empty "
                    "the trash."
                )
            )
        )
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.owner_note)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        """Show the trash as it is now."""
        self._items = self._load()
        rows = (
            [
                item.label,
                item.customer_name,
                translate(TrashDialogText.context, _KINDS[item.kind]),
                formatting.when(item.deleted_at),
            ]
            for item in self._items
        )
        item_rows.fill(self.list, rows, 3)
        self._update_buttons()

    def selected(self) -> TrashItem | None:
        """The item selected in the list."""
        return item_rows.selected(self.list, self._items)

    def restore_selected(self) -> None:
        """Bring the selected item back."""
        item = self.selected()
        if item is not None and self._restore(item):
            self.reload()

    def empty_trash(self) -> None:
        """Delete everything in the trash for good (the callback asks and backs up first)."""
        if self._items and self._empty():
            self.reload()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)
        self.empty_button.setEnabled(bool(self._items) and self.owner)
        self.empty_note.setVisible(not self._items)
