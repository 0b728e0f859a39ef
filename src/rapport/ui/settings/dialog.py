"""Edit → Settings: the pages in a list beside them; OK checks every page before saving.

A value a page refuses keeps the dialog open on that page, with the field focused and
the reason written above the buttons (and announced to screen readers).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rapport.autostart import Autostart, AutostartError
from rapport.i18n import Words
from rapport.settings_model import Prefs
from rapport.store.errors import JournalError
from rapport.ui import msgbox, window_fit
from rapport.ui.settings.app_settings import AppSettings
from rapport.ui.settings.appearance_page import AppearancePage
from rapport.ui.settings.backups_page import BackupsPage
from rapport.ui.settings.calendar_page import CalendarPage
from rapport.ui.settings.journal_page import JournalPage
from rapport.ui.settings.page import SettingsPage
from rapport.ui.settings.reminders_page import RemindersPage
from rapport.ui.settings.rules_page import RulesPage

log = logging.getLogger("rapport.settings")
SettingsDialogText = Words("SettingsDialogText")


class SettingsDialog(QDialog):
    """Journal, Backups, Relationship rules, Appearance and Reminders, saved together on OK."""

    open_journal_requested = Signal(Path)
    move_journal_requested = Signal(Path)
    protection_requested = Signal(object)  # a ProtectionRequest: the journal is rewritten

    def __init__(
        self, app_settings: AppSettings, journal_path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(SettingsDialogText.tr("Settings"))
        self.app_settings = app_settings
        self.autostart = Autostart()  # the platform's own entry (tests give their own place)
        self.journal_page = JournalPage(journal_path, self)
        self.backups_page = BackupsPage(journal_path, self)
        self.rules_page = RulesPage(self)
        self.appearance_page = AppearancePage(self)
        self.reminders_page = RemindersPage(self)
        self.calendar_page = CalendarPage(app_settings.settings, self)
        self.pages: list[SettingsPage] = [
            self.journal_page,
            self.backups_page,
            self.rules_page,
            self.appearance_page,
            self.reminders_page,
            self.calendar_page,
        ]
        self.list = QListWidget(self)
        self.list.setObjectName("settingsPages")
        self.list.setAccessibleName(SettingsDialogText.tr("Settings pages"))
        self.stack = QStackedWidget(self)
        for page in self.pages:
            self.list.addItem(page.title)
            self.stack.addWidget(page)
            page.load(app_settings.prefs())
        if app_settings.team_rules is not None:
            self.rules_page.for_team(app_settings.may_change_rules)
        self.list.setFixedWidth(self.list.sizeHintForColumn(0) + 32)
        self.list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.list.setCurrentRow(0)
        self.problem = QLabel(self)
        self.problem.setObjectName("settingsProblem")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(SettingsDialogText.tr("Why the settings were not saved"))
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.journal_page.open_requested.connect(self._open_journal)
        self.journal_page.move_requested.connect(self._move_journal)
        self.journal_page.protection.requested.connect(self._protect)
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        window_fit.open_at(self, 720, 560)
        self.list.setFocus()

    def show_page(self, page: SettingsPage) -> None:
        """Bring a page forward."""
        self.list.setCurrentRow(self.pages.index(page))

    def collect(self) -> Prefs | None:
        """Every page's values, or None after showing why one is refused."""
        prefs = self.app_settings.prefs()
        for page in self.pages:
            prefs = page.save(prefs)
        for page in self.pages:
            problem = page.check(prefs)
            if problem is not None:
                self.show_page(page)
                page.check(prefs)  # focus the field again, now that its page is shown
                self.problem.setText(
                    SettingsDialogText.tr("<b>Not saved:</b> {reason}").format(
                        reason=problem.reason
                    )
                )
                self.problem.show()
                log.info("settings refused: %s", problem.reason)
                return None
        self.problem.hide()
        return prefs

    def accept(self) -> None:
        """Save and close, unless a value is refused (the dialog then says why)."""
        prefs = self.collect()
        if prefs is None:
            return
        self.calendar_page.store()
        try:
            self.app_settings.save(self._start_at_login(prefs))
        except JournalError as exc:  # a team journal's rules: not an owner, no server
            self.show_page(self.rules_page)
            self.problem.setText(
                SettingsDialogText.tr("<b>Not saved:</b> {reason}").format(reason=exc.message)
            )
            self.problem.show()
            return
        super().accept()

    def _start_at_login(self, prefs: Prefs) -> Prefs:
        """Write or remove the autostart entry to match; if that fails, say why and keep it."""
        on = prefs.reminders.start_at_login
        try:
            if on != self.autostart.enabled():
                self.autostart.set(on)
        except AutostartError as exc:
            msgbox.warn(
                self,
                SettingsDialogText.tr("Start at login"),
                exc.message,
                SettingsDialogText.tr("Your other settings are saved."),
            )
            return replace(prefs, reminders=replace(prefs.reminders, start_at_login=not on))
        return prefs

    def _open_journal(self, path: Path) -> None:
        self.reject()
        self.open_journal_requested.emit(path)

    def _protect(self, request: object) -> None:
        self.reject()
        self.protection_requested.emit(request)

    def _move_journal(self, path: Path) -> None:
        self.reject()
        self.move_journal_requested.emit(path)
