"""The theme and the week's first day, applied to the whole application.

Qt 6.5+ reports the system's colour scheme (`QStyleHints.colorScheme`) and says when it
changes; Qt 6.8+ can also be asked for a scheme (`setColorScheme`). Where the platform
cannot honour that (or has no dark palette, as offscreen), Rapport sets a palette of its
own, so "dark" always looks dark. Screens that paint with colours of their own listen
for `QEvent.PaletteChange` and draw again: charts, timeline rows, the Health tab.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QCalendarWidget, QDateTimeEdit
from typing_extensions import override

from rapport.settings_model import Theme, WeekStart

log = logging.getLogger("rapport.ui.appearance")

_DAYS = {
    WeekStart.MONDAY: Qt.DayOfWeek.Monday,
    WeekStart.SATURDAY: Qt.DayOfWeek.Saturday,
    WeekStart.SUNDAY: Qt.DayOfWeek.Sunday,
}
#: The week start chosen in Settings → Appearance (LOCALE until the window applies it).
_week_start = WeekStart.LOCALE
#: Whether the palette in force is Rapport's own rather than the platform's.
_own_palette = False

_SCHEMES = {
    Theme.SYSTEM: Qt.ColorScheme.Unknown,
    Theme.LIGHT: Qt.ColorScheme.Light,
    Theme.DARK: Qt.ColorScheme.Dark,
}


def is_dark(palette: QPalette) -> bool:
    """Whether a palette draws light text on a dark window."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightnessF() < text.lightnessF()


def dark_palette() -> QPalette:
    """A dark palette for platforms that have none (contrast checked against WCAG AA)."""
    p = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2c2f"),
        (roles.WindowText, "#ececec"),
        (roles.Base, "#202124"),
        (roles.AlternateBase, "#2b2c2f"),
        (roles.Text, "#ececec"),
        (roles.Button, "#35363a"),
        (roles.ButtonText, "#ececec"),
        (roles.BrightText, "#ffffff"),
        (roles.Highlight, "#3d7ab8"),
        (roles.HighlightedText, "#ffffff"),
        (roles.Link, "#8ab4f8"),
        (roles.LinkVisited, "#c58af9"),
        (roles.ToolTipBase, "#35363a"),
        (roles.ToolTipText, "#ececec"),
        (roles.PlaceholderText, "#a8a8a8"),
        (roles.Light, "#4a4b4f"),
        (roles.Midlight, "#404145"),
        (roles.Mid, "#3a3b3e"),
        (roles.Dark, "#18191b"),
        (roles.Shadow, "#000000"),
    ):
        p.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(disabled, role, QColor("#8a8a8a"))
    p.setColor(disabled, roles.Highlight, QColor("#4a4b4f"))
    return p


def system_scheme() -> Qt.ColorScheme:
    """The colour scheme the system asks for (Unknown where the platform does not say)."""
    return QGuiApplication.styleHints().colorScheme()


def wanted_dark(theme: Theme) -> bool:
    """Whether a theme means dark now (following the system asks the platform)."""
    if theme is Theme.SYSTEM:
        return system_scheme() == Qt.ColorScheme.Dark
    return theme is Theme.DARK


def apply_theme(theme: Theme) -> bool:
    """Use a theme from now on; returns whether the app is now dark.

    The platform is asked first; if its palette does not match (no support, or no dark
    palette), Rapport's own palette is set, and removed again when it no longer is needed.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+
        hints.setColorScheme(_SCHEMES[theme])
    global _own_palette
    dark = wanted_dark(theme)
    if _own_palette:  # see what the platform gives now
        app.setPalette(QPalette())
        _own_palette = False
    if is_dark(app.palette()) != dark:
        app.setPalette(dark_palette() if dark else app.style().standardPalette())
        _own_palette = True
    log.info("theme %s: %s", theme.value, "dark" if dark else "light")
    return dark


def first_day_of_week() -> Qt.DayOfWeek:
    """The first column of calendars: the owner's choice, else the locale's."""
    return _DAYS.get(_week_start) or QLocale().firstDayOfWeek()


class _WeekStartFilter(QObject):
    """Sets a date field's calendar to the chosen first day just before it can pop up.

    The calendar is made only when the owner reaches for it (a click or a key), so a
    dialog with date fields opens as fast as before.
    """

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Set the first day on a click or key press; never swallows the event."""
        kinds = (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress)
        if event.type() in kinds and isinstance(watched, QDateTimeEdit):
            calendar = watched.calendarWidget()
            if calendar.firstDayOfWeek() != first_day_of_week():
                calendar.setFirstDayOfWeek(first_day_of_week())
        return False


_WEEK_FILTER = _WeekStartFilter()


def calendar_popup(edit: QDateTimeEdit) -> None:
    """Give a date field a calendar pop-up that starts the week on the chosen day."""
    edit.setCalendarPopup(True)
    edit.installEventFilter(_WEEK_FILTER)


class Appearance(QObject):
    """Keeps the app in the chosen theme (live, as the system switches) and week start."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.theme = Theme.SYSTEM
        self.week_start = WeekStart.LOCALE
        self._applying = False
        self._applied = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.styleHints().colorSchemeChanged.connect(self.on_system_change)

    def apply(self, theme: Theme, week_start: WeekStart) -> None:
        """Switch to a theme and week start now (calendars already open follow too)."""
        global _week_start
        changed = theme is not self.theme or not self._applied
        self.theme, self.week_start = theme, week_start
        _week_start = week_start
        if changed:  # saving other settings must not repaint every screen
            self._applying = True
            try:
                apply_theme(theme)
            finally:
                self._applying = False
            self._applied = True
        app = QApplication.instance()
        if isinstance(app, QApplication):
            for widget in app.allWidgets():
                if isinstance(widget, QCalendarWidget):
                    widget.setFirstDayOfWeek(first_day_of_week())

    def on_system_change(self, scheme: Qt.ColorScheme) -> None:
        """The system switched light/dark: follow it, unless a theme is forced."""
        if self.theme is Theme.SYSTEM and not self._applying:
            log.info("the system switched to %s", scheme.name)
            self._applying = True
            try:
                apply_theme(Theme.SYSTEM)
            finally:
                self._applying = False
