"""Settings → Reminders: the summary's time, quiet hours and weekends reach the rules."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTime
from PySide6.QtWidgets import QTimeEdit
from pytestqt.qtbot import QtBot

from rapport.domain.reminders import ReminderSettings
from rapport.ui.settings.app_settings import AppSettings
from rapport.ui.settings.dialog import SettingsDialog


def _dialog(qtbot: QtBot, tmp_path: Path) -> SettingsDialog:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    dialog = SettingsDialog(settings, tmp_path / "journal.rapport")
    qtbot.addWidget(dialog)
    return dialog


def test_the_defaults_are_the_rules_defaults(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    assert dialog.app_settings.prefs().reminders.to_reminders() == ReminderSettings()
    page = dialog.reminders_page
    summary = page.fields["reminders/summaryAt"]
    assert isinstance(summary, QTimeEdit) and summary.time() == QTime(8, 30)
    assert not page.fields["reminders/quietFrom"].isEnabled()  # until quiet hours are on


def test_a_chosen_schedule_is_saved_and_read_by_the_rules(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    page = dialog.reminders_page
    dialog.show_page(page)
    dialog.show()
    summary = page.fields["reminders/summaryAt"]
    assert isinstance(summary, QTimeEdit)
    summary.setTime(QTime(7, 45))
    page.quiet_hours.setChecked(True)
    assert page.fields["reminders/quietFrom"].isEnabled()
    page.fields["reminders/weekends"].click()
    dialog.grab().save(str(tmp_path / "reminders.png"))
    dialog.accept()
    reread = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert reread.prefs().reminders.to_reminders() == ReminderSettings(
        summary_at=time(7, 45), quiet_from=time(21), quiet_until=time(7), weekends=False
    )
