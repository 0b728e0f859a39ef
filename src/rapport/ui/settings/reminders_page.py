"""Settings → Reminders: start at login (and, once the tray is in, when to remind).

Start at login is written to the platform's own autostart entry when the settings are
saved (`SettingsDialog`, through `rapport.autostart`). The schedule's settings (tray,
summary time, weekends, quiet hours) are declared and read by
`rapport.domain.reminders`, but shown only once the tray that acts on them is part of
the main window (`WAITING_FOR_THE_TRAY`): a setting that does nothing is not offered.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QWidget

from rapport.i18n import Words
from rapport.ui.settings.page import SettingsPage

RemindersPageText = Words("RemindersPageText")
#: Declared, read by the reminder rules, not yet offered: nothing acts on them until the
#: tray (ui/tray.py) is wired into the main window.
WAITING_FOR_THE_TRAY = (
    "reminders/keepInTray",
    "reminders/summaryAt",
    "reminders/weekends",
    "reminders/quietHours",
    "reminders/quietFrom",
    "reminders/quietUntil",
)


class RemindersPage(SettingsPage):
    """When Rapport starts, and when it may speak up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = RemindersPageText.tr("Reminders")
        form = QFormLayout(self)
        self.add_rows(form, ["reminders/startAtLogin"])
        start = self.fields["reminders/startAtLogin"]
        assert isinstance(start, QCheckBox)
        self.start_at_login = start
