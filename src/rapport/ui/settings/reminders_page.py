"""Settings → Reminders: start at login, the daily summary's time, quiet hours, weekends.

The schedule is read by `rapport.domain.reminders` (through `ReminderPrefs.to_reminders`);
start at login is written to the platform's own autostart entry when the settings are
saved (`SettingsDialog`, through `rapport.autostart`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QWidget

from rapport.i18n import Words
from rapport.ui.settings.page import SettingsPage

RemindersPageText = Words("RemindersPageText")


class RemindersPage(SettingsPage):
    """When Rapport starts, and when it may speak up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = RemindersPageText.tr("Reminders")
        form = QFormLayout(self)
        self.add_rows(
            form,
            [
                "reminders/startAtLogin",
                "reminders/keepInTray",
                "reminders/summaryAt",
                "reminders/weekends",
                "reminders/quietHours",
                "reminders/quietFrom",
                "reminders/quietUntil",
            ],
        )
        start = self.fields["reminders/startAtLogin"]
        quiet = self.fields["reminders/quietHours"]
        assert isinstance(start, QCheckBox) and isinstance(quiet, QCheckBox)
        self.start_at_login = start
        self.quiet_hours = quiet
        quiet.toggled.connect(self._follow_quiet)
        self._follow_quiet(quiet.isChecked())

    def _follow_quiet(self, on: bool) -> None:
        for key in ("reminders/quietFrom", "reminders/quietUntil"):
            self.fields[key].setEnabled(on)
