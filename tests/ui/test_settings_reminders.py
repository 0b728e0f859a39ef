"""Settings → Reminders: start at login, the tray, and the schedule the rules read.

Each field does what it says: the tray switch decides whether closing the window keeps
Rapport running, the schedule reaches the reminder rules, and quiet hours' times are
only editable when quiet hours are on. Without a tray, the page says so.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTime
from pytestqt.qtbot import QtBot

from rapport.domain.reminders import ReminderSettings
from rapport.ui.settings.app_settings import AppSettings
from rapport.ui.settings.dialog import SettingsDialog
from rapport.ui.tray import Tray

SCHEDULE = (
    "reminders/summaryAt",
    "reminders/weekends",
    "reminders/quietHours",
    "reminders/quietFrom",
    "reminders/quietUntil",
)


def _settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


def test_the_page_offers_the_tray_and_the_schedule(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SettingsDialog(_settings(tmp_path), tmp_path / "journal.rapport")
    qtbot.addWidget(dialog)
    page = dialog.reminders_page
    assert list(page.fields) == ["reminders/startAtLogin", "reminders/keepInTray", *SCHEDULE]
    assert dialog.app_settings.prefs().reminders.to_reminders() == ReminderSettings()


def test_the_schedule_chosen_on_the_page_is_what_the_rules_read(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = SettingsDialog(_settings(tmp_path), tmp_path / "journal.rapport")
    qtbot.addWidget(dialog)
    page = dialog.reminders_page
    page.keep_in_tray.setChecked(True)
    page.fields["reminders/summaryAt"].setTime(QTime(7, 45))  # type: ignore[attr-defined]
    page.fields["reminders/weekends"].setChecked(False)  # type: ignore[attr-defined]
    page.quiet_hours.setChecked(True)
    page.fields["reminders/quietFrom"].setTime(QTime(21, 0))  # type: ignore[attr-defined]
    page.fields["reminders/quietUntil"].setTime(QTime(7, 0))  # type: ignore[attr-defined]
    dialog.accept()
    prefs = _settings(tmp_path).prefs().reminders
    assert prefs.keep_in_tray
    assert prefs.to_reminders() == ReminderSettings(
        summary_at=time(7, 45), quiet_from=time(21), quiet_until=time(7), weekends=False
    )


def test_quiet_hours_times_are_editable_only_when_quiet_hours_are_on(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = SettingsDialog(_settings(tmp_path), tmp_path / "journal.rapport")
    qtbot.addWidget(dialog)
    page = dialog.reminders_page
    page.keep_in_tray.setChecked(True)
    quiet_from = page.fields["reminders/quietFrom"]
    assert not page.quiet_hours.isChecked() and not quiet_from.isEnabled()
    page.quiet_hours.setChecked(True)
    assert quiet_from.isEnabled() and page.fields["reminders/quietUntil"].isEnabled()


def test_the_schedule_is_editable_only_when_reminders_run(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SettingsDialog(_settings(tmp_path), tmp_path / "journal.rapport")
    qtbot.addWidget(dialog)
    page = dialog.reminders_page
    assert not page.keep_in_tray.isChecked()
    assert not page.fields["reminders/summaryAt"].isEnabled()
    page.keep_in_tray.setChecked(True)
    assert page.fields["reminders/summaryAt"].isEnabled()


def test_without_a_tray_the_page_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SettingsDialog(_settings(tmp_path), tmp_path / "journal.rapport")
    qtbot.addWidget(dialog)
    assert not Tray.available()  # the offscreen platform has none
    assert not dialog.reminders_page.no_tray.isHidden()
    assert "has no tray" in dialog.reminders_page.no_tray.text()


def test_with_a_tray_the_page_does_not_warn(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Tray, "available", staticmethod(lambda: True))
    dialog = SettingsDialog(_settings(tmp_path), tmp_path / "journal.rapport")
    qtbot.addWidget(dialog)
    assert dialog.reminders_page.no_tray.isHidden()


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
