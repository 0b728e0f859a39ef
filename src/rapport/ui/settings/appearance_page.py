"""Settings → Appearance: the theme (follow the system, light or dark) and the week's first day."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from rapport.settings_model import Prefs, Theme, WeekStart
from rapport.ui.settings.page import SettingsPage

THEME_LABELS = {
    Theme.SYSTEM: "Follow the system",
    Theme.LIGHT: "Light",
    Theme.DARK: "Dark",
}
WEEK_LABELS = {
    WeekStart.LOCALE: "As the computer's region says",
    WeekStart.MONDAY: "Monday",
    WeekStart.SATURDAY: "Saturday",
    WeekStart.SUNDAY: "Sunday",
}


class AppearancePage(SettingsPage):
    """Colours and calendars; both apply at once when saved."""

    title = "Appearance"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = QComboBox(self)
        self.theme.setObjectName("theme")
        self.theme.setAccessibleName("Theme")
        self.theme.setAccessibleDescription("Follow the system's light or dark setting, or choose")
        for theme, label in THEME_LABELS.items():
            self.theme.addItem(label, theme.value)
        self.week_start = QComboBox(self)
        self.week_start.setObjectName("weekStart")
        self.week_start.setAccessibleName("First day of the week")
        self.week_start.setAccessibleDescription("The first column of every calendar")
        for week, label in WEEK_LABELS.items():
            self.week_start.addItem(label, week.value)
        self.fields = {"appearance/theme": self.theme, "appearance/weekStart": self.week_start}
        note = QLabel(
            "“Follow the system” switches between light and dark when your computer does. "
            "Charts and icons follow the theme."
        )
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow("&Theme", self.theme)
        form.addRow("", note)
        form.addRow("&Week starts on", self.week_start)

    def load(self, prefs: Prefs) -> None:
        """Select the theme and week start in force."""
        look = prefs.appearance
        self.theme.setCurrentIndex(self.theme.findData(look.theme.value))
        self.week_start.setCurrentIndex(self.week_start.findData(look.week_start.value))

    def save(self, prefs: Prefs) -> Prefs:
        """The chosen theme and week start."""
        look = replace(
            prefs.appearance,
            theme=Theme(self.theme.currentData()),
            week_start=WeekStart(self.week_start.currentData()),
        )
        return replace(prefs, appearance=look)
