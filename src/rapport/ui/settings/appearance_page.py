"""Settings → Appearance: theme, language and the week's first day."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QWidget

from rapport.i18n import Words
from rapport.ui.settings.page import SettingsPage

AppearancePageText = Words("AppearancePageText")


class AppearancePage(SettingsPage):
    """Colours, words and calendars; all apply as soon as they are saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = AppearancePageText.tr("Appearance")
        form = QFormLayout(self)
        self.add_rows(form, ["appearance/theme", "appearance/language", "appearance/weekStart"])
        self.theme = self.combo("appearance/theme")
        self.language = self.combo("appearance/language")
        self.week_start = self.combo("appearance/weekStart")
