"""Settings → Backups: how often automatic backups run, how many are kept, and where.

The four "kept" numbers are `domain/retention.py`'s policy: the newest few, then one
per day, per week and per month. A folder of the owner's choosing (another disk, a
synced folder) replaces the `backups` folder beside the journal; the backups made so
far stay where they are.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rapport.i18n import Words
from rapport.settings_model import Prefs
from rapport.ui.settings.page import SettingsPage, note

BackupsPageText = Words("BackupsPageText")
#: The retention policy's four numbers, in the order shown.
_KEPT = ("backups/recent", "backups/daily", "backups/weekly", "backups/monthly")


class BackupsPage(SettingsPage):
    """The backup interval, the retention policy and the backup folder."""

    def __init__(self, journal_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = BackupsPageText.tr("Backups")
        self._journal_path = journal_path
        often = QFormLayout()
        self.add_rows(often, ["backups/everyMinutes"])
        keep = QGroupBox(BackupsPageText.tr("Backups kept"), self)
        kept = QFormLayout(keep)
        self.add_rows(kept, _KEPT)
        self.every = self.box("backups/everyMinutes")
        self.recent, self.daily, self.weekly, self.monthly = (self.box(key) for key in _KEPT)
        self.total = QLabel()
        self.total.setWordWrap(True)
        for box in (self.recent, self.daily, self.weekly, self.monthly):
            box.valueChanged.connect(self._show_total)
        kept.addRow("", self.total)
        safety = BackupsPageText.tr(
            "Backups taken before an import, an upgrade, a restore, a repair or emptying "
            "the trash are also kept for 30 days, on top of these."
        )
        kept.addRow("", note(safety))

        self.folder = QLineEdit(self)
        self.folder.setObjectName("backupFolder")
        self.folder.setAccessibleName(BackupsPageText.tr("Backup folder"))
        self.folder.setAccessibleDescription(
            BackupsPageText.tr("Empty: a backups folder beside the journal")
        )
        self.folder.setPlaceholderText(
            BackupsPageText.tr("Beside the journal: {folder}").format(
                folder=journal_path.parent / "backups"
            )
        )
        self.fields["backups/folder"] = self.folder
        choose = QPushButton(BackupsPageText.tr("C&hoose…"), self)
        choose.setAccessibleName(BackupsPageText.tr("Choose a folder for backups"))
        choose.clicked.connect(self._choose)
        beside = QPushButton(BackupsPageText.tr("Beside the &journal"), self)
        beside.setAccessibleName(BackupsPageText.tr("Keep backups beside the journal"))
        beside.clicked.connect(self.folder.clear)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        row.addWidget(beside)
        where = QGroupBox(BackupsPageText.tr("Where"), self)
        place = QVBoxLayout(where)
        place.addLayout(row)
        place.addWidget(note(BackupsPageText.tr("Backups made so far stay where they are.")))
        layout = QVBoxLayout(self)
        layout.addLayout(often)
        layout.addWidget(keep)
        layout.addWidget(where)
        layout.addStretch(1)

    def load(self, prefs: Prefs) -> None:
        """Show the backup settings in force, and how many backups that keeps."""
        super().load(prefs)
        self._show_total()

    def _show_total(self) -> None:
        most = sum(b.value() for b in (self.recent, self.daily, self.weekly, self.monthly))
        self.total.setText(
            BackupsPageText.tr(
                "At most %n backup(s) (is|are) kept; older ones are deleted.", "", most
            )
        )

    def _choose(self) -> None:
        start = self.folder.text() or str(self._journal_path.parent)
        chosen = QFileDialog.getExistingDirectory(
            self, BackupsPageText.tr("Folder for backups"), start
        )
        if chosen:
            self.folder.setText(chosen)
