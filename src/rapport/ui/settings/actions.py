"""Edit → Settings and Help → Keyboard shortcuts, and applying the settings as they change.

The main window makes one of these and connects its signals; this keeps the settings
wiring (theme, backup plan, the Settings dialog) out of the window's assembly code.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from rapport.domain.settings import RuleSettings
from rapport.i18n import Words
from rapport.settings_model import Prefs
from rapport.store.backup import set_plan
from rapport.ui.appearance import Appearance
from rapport.ui.modal import open_modal
from rapport.ui.settings.app_settings import AppSettings

if TYPE_CHECKING:  # the dialogs load when first opened, not with the window
    from rapport.ui.dialogs.shortcuts_dialog import ShortcutsDialog
    from rapport.ui.settings.dialog import SettingsDialog

SettingsActionsText = Words("SettingsActionsText")


class SettingsActions(QObject):
    """Owns the app's settings for one window; opens the Settings and Shortcuts dialogs."""

    open_journal_requested = Signal(Path)
    move_journal_requested = Signal(Path)
    protection_requested = Signal(object)  # a ProtectionRequest

    def __init__(self, settings: QSettings, journal_path: Path, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.journal_path = journal_path
        self.app_settings = AppSettings(settings, self)
        self.appearance = Appearance(self)
        self.app_settings.changed.connect(self.apply)
        self.apply(self.app_settings.prefs())

    def rules(self) -> RuleSettings:
        """The owner's relationship rules, for every insight, health and Today call."""
        return self.app_settings.rules()

    def apply(self, prefs: Prefs) -> None:
        """Put the preferences in force: theme, week start, where and how backups are kept."""
        self.appearance.apply(prefs.appearance.theme, prefs.appearance.week_start)
        set_plan(self.journal_path, self.app_settings.backup_plan())

    def follow(self, journal_path: Path) -> None:
        """The journal now lives at another path: its backups follow the same plan."""
        set_plan(self.journal_path, None)
        self.journal_path = journal_path
        set_plan(journal_path, self.app_settings.backup_plan())

    def add_edit_actions(self, menu: QMenu) -> QAction:
        """Settings… (Ctrl+,) in the Edit menu; the application menu on macOS."""
        action = QAction(SettingsActionsText.tr("Se&ttings…"), self.window)
        action.setShortcut(QKeySequence("Ctrl+,"))
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.setMenuRole(QAction.MenuRole.PreferencesRole)
        action.triggered.connect(self.show_settings)
        menu.addAction(action)
        self.window.addAction(action)
        return action

    def add_help_actions(self, menu: QMenu) -> QAction:
        """Keyboard shortcuts (Ctrl+/) in the Help menu."""
        action = QAction(SettingsActionsText.tr("&Keyboard shortcuts"), self.window)
        action.setShortcut(QKeySequence("Ctrl+/"))
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(self.show_shortcuts)
        menu.addAction(action)
        self.window.addAction(action)
        return action

    def show_settings(self) -> SettingsDialog:
        """Open the Settings dialog (window-modal; it saves on OK)."""
        from rapport.ui.settings.dialog import SettingsDialog

        self.app_settings.reload()
        dialog = SettingsDialog(self.app_settings, self.journal_path, self.window)
        dialog.open_journal_requested.connect(self.open_journal_requested)
        dialog.move_journal_requested.connect(self.move_journal_requested)
        dialog.protection_requested.connect(self.protection_requested)
        open_modal(dialog)
        return dialog

    def show_shortcuts(self) -> ShortcutsDialog:
        """List every action's keys, read from the window's menus."""
        from rapport.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.window)
        open_modal(dialog)
        return dialog
