"""Settings → Reminders: start at login is offered; the schedule reaches the rules.

The schedule (summary time, quiet hours, weekends) is declared and read by the reminder
rules, but the page offers it only once the tray that acts on it is in the main window.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import time
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from rapport.domain.reminders import ReminderSettings
from rapport.ui.settings.app_settings import AppSettings
from rapport.ui.settings.dialog import SettingsDialog
from rapport.ui.settings.reminders_page import WAITING_FOR_THE_TRAY


def _settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


def test_the_page_offers_only_what_acts_today(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SettingsDialog(_settings(tmp_path), tmp_path / "journal.rapport")
    qtbot.addWidget(dialog)
    page = dialog.reminders_page
    assert list(page.fields) == ["reminders/startAtLogin"]
    assert not set(WAITING_FOR_THE_TRAY) & set(page.fields)
    assert dialog.app_settings.prefs().reminders.to_reminders() == ReminderSettings()


def test_a_chosen_schedule_is_saved_and_read_by_the_rules(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    prefs = settings.prefs()
    chosen = replace(
        prefs.reminders,
        summary_at=7 * 60 + 45,
        quiet_hours=True,
        quiet_from=21 * 60,
        quiet_until=7 * 60,
        weekends=False,
    )
    settings.save(replace(prefs, reminders=chosen))
    reread = _settings(tmp_path)
    assert reread.prefs().reminders.to_reminders() == ReminderSettings(
        summary_at=time(7, 45), quiet_from=time(21), quiet_until=time(7), weekends=False
    )
