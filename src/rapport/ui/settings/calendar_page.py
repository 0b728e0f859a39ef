"""Settings → Calendar: the `.ics` file the owner's calendar keeps exporting.

Rapport reads it on start and whenever it changes, and brings the meetings of the
last two weeks that were with a relationship into Today, to be written up. The path
is kept in the settings file under `CALENDAR_KEY`, beside the preferences (it is no
rule the preferences model checks): the dialog writes it on OK.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from rapport.i18n import Words
from rapport.settings_model import Prefs
from rapport.ui.settings.page import SettingsPage, note
from rapport.ui.today_calendar import CALENDAR_KEY

CalendarPageText = Words("CalendarPageText")


class CalendarPage(SettingsPage):
    """Which calendar file Today reads meetings from (none: no meetings)."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = CalendarPageText.tr("Calendar")
        self._settings = settings
        self.file = QLineEdit(self)
        self.file.setObjectName("calendarFile")
        self.file.setAccessibleName(CalendarPageText.tr("Calendar file"))
        self.file.setPlaceholderText(CalendarPageText.tr("No calendar file"))
        choose = QPushButton(CalendarPageText.tr("C&hoose…"), self)
        choose.setAccessibleName(CalendarPageText.tr("Choose the calendar file"))
        choose.clicked.connect(self._choose)
        clear = QPushButton(CalendarPageText.tr("&None"), self)
        clear.setAccessibleName(CalendarPageText.tr("Read no calendar file"))
        clear.clicked.connect(self.file.clear)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(choose)
        row.addWidget(clear)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(
            note(
                CalendarPageText.tr(
                    "Let your calendar export to an .ics file (Google, Outlook, Apple and "
                    "Thunderbird can). Rapport reads it on start and whenever it changes: "
                    "meetings of the last two weeks with your customers come up in Today "
                    "to be written up."
                )
            )
        )
        layout.addStretch(1)

    def load(self, prefs: Prefs) -> None:
        """Show the file followed now."""
        self.file.setText(str(self._settings.value(CALENDAR_KEY, "") or ""))

    def save(self, prefs: Prefs) -> Prefs:
        """The preferences as they are: the file is written by `store`, on OK."""
        return prefs

    def store(self) -> None:
        """Remember the file chosen (before the preferences are saved and announced)."""
        self._settings.setValue(CALENDAR_KEY, self.file.text().strip())

    def _choose(self) -> None:
        start = self.file.text() or str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            CalendarPageText.tr("Choose the calendar file"),
            start,
            CalendarPageText.tr("Calendar")
            + " (*.ics);;"
            + CalendarPageText.tr("All files")
            + " (*)",
        )
        if chosen:
            self.file.setText(chosen)
