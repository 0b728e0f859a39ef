"""Settings → Reminders → Start at login writes and removes the desktop's autostart entry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from msgboxes import MessageBoxes
from rapport.autostart import Autostart
from rapport.ui.settings.app_settings import AppSettings
from rapport.ui.settings.dialog import SettingsDialog


def _dialog(qtbot: QtBot, tmp_path: Path, config: Path) -> SettingsDialog:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    dialog = SettingsDialog(settings, tmp_path / "journal.rapport")
    qtbot.addWidget(dialog)
    dialog.autostart = Autostart("linux", env={"XDG_CONFIG_HOME": str(config)}, argv=["rapport"])
    return dialog


def test_start_at_login_is_written_on_save_and_removed_when_turned_off(
    qtbot: QtBot, tmp_path: Path
) -> None:
    entry = tmp_path / "config" / "autostart" / "rapport.desktop"
    dialog = _dialog(qtbot, tmp_path, tmp_path / "config")
    box = dialog.reminders_page.start_at_login
    assert not box.isChecked()
    box.setChecked(True)
    dialog.accept()
    assert entry.is_file()
    assert dialog.app_settings.prefs().reminders.start_at_login
    again = _dialog(qtbot, tmp_path, tmp_path / "config")
    assert again.reminders_page.start_at_login.isChecked()
    again.reminders_page.start_at_login.setChecked(False)
    again.accept()
    assert not entry.exists()
    assert not again.app_settings.prefs().reminders.start_at_login


def test_an_entry_that_cannot_be_written_is_said_and_the_choice_is_not_kept(
    qtbot: QtBot, tmp_path: Path
) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be")
    dialog = _dialog(qtbot, tmp_path, blocker)
    dialog.reminders_page.start_at_login.setChecked(True)
    dialog.accept()
    assert MessageBoxes.log[-1].title == "Start at login"
    assert "could not set itself to start at login" in MessageBoxes.log[-1].text
    assert not dialog.app_settings.prefs().reminders.start_at_login
