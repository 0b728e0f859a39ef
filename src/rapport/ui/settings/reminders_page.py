"""Settings → Reminders: start at login, the tray, and when Rapport may remind the owner.

Start at login is written to the platform's own autostart entry when the settings are
saved (`SettingsDialog`, through `rapport.autostart`). Keeping Rapport in the tray is
what runs the reminders (`rapport.ui.keep_running`); the schedule (summary time,
weekends, quiet hours) is read by `rapport.domain.reminders`, so its fields are
editable only while the reminders run, and the quiet hours' times only when quiet
hours are on. A desktop without a tray is named here: Rapport then quits when its
window is closed, and reminds only while it is open.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QWidget

from rapport.i18n import Words
from rapport.ui.keep_running import tray_available
from rapport.ui.settings.page import SettingsPage, note

RemindersPageText = Words("RemindersPageText")
#: The schedule: acted on only while the reminders run (Rapport kept in the tray).
SCHEDULE = (
    "reminders/summaryAt",
    "reminders/weekends",
    "reminders/quietHours",
    "reminders/quietFrom",
    "reminders/quietUntil",
)


class RemindersPage(SettingsPage):
    """When Rapport starts, whether it stays in the tray, and when it may speak up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = RemindersPageText.tr("Reminders")
        form = QFormLayout(self)
        self.add_rows(form, ["reminders/startAtLogin", "reminders/keepInTray"])
        self.no_tray: QLabel = note(
            RemindersPageText.tr(
                "This desktop has no tray: Rapport quits when its window is closed, and "
                "tells you what is due when it starts and while it is open."
            )
        )
        self.no_tray.setObjectName("noTray")
        form.addRow("", self.no_tray)
        self.no_tray.setVisible(not tray_available())
        self.add_rows(form, SCHEDULE)
        self.start_at_login = self._check("reminders/startAtLogin")
        self.keep_in_tray = self._check("reminders/keepInTray")
        self.quiet_hours = self._check("reminders/quietHours")
        self.keep_in_tray.toggled.connect(self._enable)
        self.quiet_hours.toggled.connect(self._enable)
        self._enable()

    def _check(self, key: str) -> QCheckBox:
        box = self.fields[key]
        assert isinstance(box, QCheckBox)
        return box

    def _enable(self) -> None:
        """The schedule only while reminders run; quiet hours' times only when they are on."""
        running = self.keep_in_tray.isChecked()
        for key in SCHEDULE:
            self.fields[key].setEnabled(running)
        quiet = running and self.quiet_hours.isChecked()
        self.fields["reminders/quietFrom"].setEnabled(quiet)
        self.fields["reminders/quietUntil"].setEnabled(quiet)
