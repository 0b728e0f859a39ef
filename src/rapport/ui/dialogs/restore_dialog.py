"""File → Restore from backup: the journal's backups with their dates, reasons and sizes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rapport import formatting
from rapport.domain.retention import reason_label
from rapport.store.backup import BackupInfo


def human_size(size: int) -> str:
    """A file size the way a file manager shows it."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{size} bytes"


class RestoreDialog(QDialog):
    """Pick a backup to restore; `chosen()` is the selected one after OK."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle("Restore from backup")
        self.setMinimumSize(560, 360)
        self._backups = backups
        intro = QLabel(
            "Choose the backup to go back to. The journal as it is now is backed up first, "
            "so this can be undone by restoring that backup."
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setAccessibleName("Backups")
        self.list.setHeaderLabels(["Taken", "Why", "Size"])
        self.list.setRootIsDecorated(False)
        for backup in backups:
            item = QTreeWidgetItem(
                [
                    formatting.when(backup.taken_at),
                    reason_label(backup.reason),
                    human_size(backup.size),
                ]
            )
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, str(backup.path))
            self.list.addTopLevelItem(item)
        self.list.resizeColumnToContents(0)
        self.list.resizeColumnToContents(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            "&Restore", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setAccessibleName("Restore the chosen backup")
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.currentItemChanged.connect(
            lambda current, _previous: self.restore_button.setEnabled(current is not None)
        )
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        if not backups:
            layout.addWidget(QLabel("There are no backups of this journal yet."))
        layout.addWidget(self.buttons)

    def chosen(self) -> BackupInfo | None:
        """The backup picked in the list."""
        current = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(current) if current is not None else -1
        return self._backups[row] if 0 <= row < len(self._backups) else None
