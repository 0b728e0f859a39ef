"""Settings → Backups: how often automatic backups run, how many are kept, and where.

The four "kept" numbers are `domain/retention.py`'s policy: the newest few, then one
per day, per week and per month. A folder of the owner's choosing (another disk, a
synced folder) replaces the `backups` folder beside the journal; the backups made so
far stay where they are.
"""

from __future__ import annotations

from dataclasses import replace
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
from rapport.settings_model import BackupPrefs, Prefs
from rapport.ui.settings.page import SettingsPage

BackupsPageText = Words("BackupsPageText")


class BackupsPage(SettingsPage):
    """The backup interval, the retention policy and the backup folder."""

    def __init__(self, journal_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = BackupsPageText.tr("Backups")
        self._journal_path = journal_path
        self.every = self.spin("backups/everyMinutes", "minutes")
        self.recent = self.spin("backups/recent")
        self.daily = self.spin("backups/daily")
        self.weekly = self.spin("backups/weekly")
        self.monthly = self.spin("backups/monthly")
        self.total = QLabel()
        self.total.setWordWrap(True)
        for box in (self.recent, self.daily, self.weekly, self.monthly):
            box.valueChanged.connect(self._show_total)

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

        often = QFormLayout()
        often.addRow(BackupsPageText.tr("Back up &every"), self.every)
        often.addRow(
            "",
            _note(BackupsPageText.tr("Only after changes; a quiet journal makes no new copies.")),
        )
        keep = QGroupBox(BackupsPageText.tr("Backups kept"), self)
        kept = QFormLayout(keep)
        kept.addRow(BackupsPageText.tr("The &newest"), self.recent)
        kept.addRow(BackupsPageText.tr("One per &day, for the last"), self.daily)
        kept.addRow(BackupsPageText.tr("One per &week, for the last"), self.weekly)
        kept.addRow(BackupsPageText.tr("One per &month, for the last"), self.monthly)
        kept.addRow("", self.total)
        safety = BackupsPageText.tr(
            "Backups taken before an import, an upgrade, a restore, a repair or emptying "
            "the trash are also kept for 30 days, on top of these."
        )
        kept.addRow("", _note(safety))
        where = QGroupBox(BackupsPageText.tr("Where"), self)
        place = QVBoxLayout(where)
        place.addLayout(row)
        place.addWidget(_note(BackupsPageText.tr("Backups made so far stay where they are.")))
        layout = QVBoxLayout(self)
        layout.addLayout(often)
        layout.addWidget(keep)
        layout.addWidget(where)
        layout.addStretch(1)

    def load(self, prefs: Prefs) -> None:
        """Show the backup settings in force."""
        b = prefs.backups
        for box, value in (
            (self.every, b.every_minutes),
            (self.recent, b.recent),
            (self.daily, b.daily),
            (self.weekly, b.weekly),
            (self.monthly, b.monthly),
        ):
            box.setValue(value)
        self.folder.setText(b.folder)
        self._show_total()

    def save(self, prefs: Prefs) -> Prefs:
        """The backup settings as typed."""
        backups = BackupPrefs(
            every_minutes=self.every.value(),
            recent=self.recent.value(),
            daily=self.daily.value(),
            weekly=self.weekly.value(),
            monthly=self.monthly.value(),
            folder=self.folder.text().strip(),
        )
        return replace(prefs, backups=backups)

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


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label
