"""File → Restore from backup: the journal's backups with their dates, reasons and sizes."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
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
from rapport.i18n import Words
from rapport.reports.note_text import plain_tip
from rapport.store.backup import BackupInfo

RestoreDialogText = Words("RestoreDialogText")


def human_size(size: int) -> str:
    """A file size the way a file manager shows it, in the locale's number format."""
    if size < 1000:
        return RestoreDialogText.tr("%n byte(s)", "", size)
    value = size / 1000
    for unit in ("KB", "MB"):
        if value < 1000:
            return _in_unit(value, unit)
        value /= 1000
    return _in_unit(value, "GB")


def _in_unit(value: float, unit: str) -> str:
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    number = locale.toString(value, "f", 1)
    if unit == "KB":
        return RestoreDialogText.tr("{number} KB").format(number=number)
    if unit == "MB":
        return RestoreDialogText.tr("{number} MB").format(number=number)
    return RestoreDialogText.tr("{number} GB").format(number=number)


class RestoreDialog(QDialog):
    """Pick a backup to restore; `chosen()` is the selected one after OK."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(RestoreDialogText.tr("Restore from backup"))
        self.setMinimumSize(560, 360)
        self._backups = backups
        intro = QLabel(
            RestoreDialogText.tr(
                "Choose the backup to go back to. The journal as it is now is backed up first, "
                "so this can be undone by restoring that backup."
            )
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setAccessibleName(RestoreDialogText.tr("Backups"))
        self.list.setHeaderLabels(
            [
                RestoreDialogText.tr("Taken"),
                RestoreDialogText.tr("Why"),
                RestoreDialogText.tr("Size"),
            ]
        )
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
            item.setToolTip(0, plain_tip(str(backup.path)))
            self.list.addTopLevelItem(item)
        self.list.resizeColumnToContents(0)
        self.list.resizeColumnToContents(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            RestoreDialogText.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setAccessibleName(RestoreDialogText.tr("Restore the chosen backup"))
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
            layout.addWidget(
                QLabel(RestoreDialogText.tr("There are no backups of this journal yet."))
            )
        layout.addWidget(self.buttons)

    def chosen(self) -> BackupInfo | None:
        """The backup picked in the list."""
        current = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(current) if current is not None else -1
        return self._backups[row] if 0 <= row < len(self._backups) else None
