"""Settings → Appearance: theme, language and the week's first day."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from rapport.i18n import QT_TRANSLATE_NOOP, Words, translate
from rapport.languages import LANGUAGES
from rapport.settings_model import Language, Prefs, Theme, WeekStart
from rapport.ui.settings.page import SettingsPage

AppearancePageText = Words("AppearancePageText")

THEME_LABELS = {
    Theme.SYSTEM: QT_TRANSLATE_NOOP("AppearancePageText", "Follow the system"),
    Theme.LIGHT: QT_TRANSLATE_NOOP("AppearancePageText", "Light"),
    Theme.DARK: QT_TRANSLATE_NOOP("AppearancePageText", "Dark"),
}
WEEK_LABELS = {
    WeekStart.LOCALE: QT_TRANSLATE_NOOP("AppearancePageText", "As the computer's region says"),
    WeekStart.MONDAY: QT_TRANSLATE_NOOP("AppearancePageText", "Monday"),
    WeekStart.SATURDAY: QT_TRANSLATE_NOOP("AppearancePageText", "Saturday"),
    WeekStart.SUNDAY: QT_TRANSLATE_NOOP("AppearancePageText", "Sunday"),
}


class AppearancePage(SettingsPage):
    """Colours, words and calendars; all apply as soon as they are saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = AppearancePageText.tr("Appearance")
        self.theme = QComboBox(self)
        self.theme.setObjectName("theme")
        self.theme.setAccessibleName(AppearancePageText.tr("Theme"))
        self.theme.setAccessibleDescription(
            AppearancePageText.tr("Follow the system's light or dark setting, or choose")
        )
        for theme, label in THEME_LABELS.items():
            self.theme.addItem(translate("AppearancePageText", label), theme.value)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.setAccessibleName(AppearancePageText.tr("Language"))
        self.language.setAccessibleDescription(
            AppearancePageText.tr(
                "The language of menus, screens and printouts, and how dates and numbers read"
            )
        )
        self.language.addItem(
            AppearancePageText.tr("As the computer's region says"), Language.SYSTEM.value
        )
        for code, name in LANGUAGES.items():  # each language named in its own words
            self.language.addItem(name, Language(code).value)
        self.week_start = QComboBox(self)
        self.week_start.setObjectName("weekStart")
        self.week_start.setAccessibleName(AppearancePageText.tr("First day of the week"))
        self.week_start.setAccessibleDescription(
            AppearancePageText.tr("The first column of every calendar")
        )
        for week, label in WEEK_LABELS.items():
            self.week_start.addItem(translate("AppearancePageText", label), week.value)
        self.fields = {
            "appearance/theme": self.theme,
            "appearance/language": self.language,
            "appearance/weekStart": self.week_start,
        }
        note = QLabel(
            AppearancePageText.tr(
                "“Follow the system” switches between light and dark when your computer does. "
                "Charts and icons follow the theme."
            )
        )
        note.setWordWrap(True)
        language_note = QLabel(
            AppearancePageText.tr(
                "A new language applies when you save: the main window is built again in it. "
                "Your journal's contents stay as you wrote them."
            )
        )
        language_note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(AppearancePageText.tr("&Theme"), self.theme)
        form.addRow("", note)
        form.addRow(AppearancePageText.tr("&Language"), self.language)
        form.addRow("", language_note)
        form.addRow(AppearancePageText.tr("&Week starts on"), self.week_start)

    def load(self, prefs: Prefs) -> None:
        """Select the theme, language and week start in force."""
        look = prefs.appearance
        self.theme.setCurrentIndex(self.theme.findData(look.theme.value))
        self.language.setCurrentIndex(self.language.findData(look.language.value))
        self.week_start.setCurrentIndex(self.week_start.findData(look.week_start.value))

    def save(self, prefs: Prefs) -> Prefs:
        """The chosen theme, language and week start."""
        look = replace(
            prefs.appearance,
            theme=Theme(self.theme.currentData()),
            language=Language(self.language.currentData()),
            week_start=WeekStart(self.week_start.currentData()),
        )
        return replace(prefs, appearance=look)
