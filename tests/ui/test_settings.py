"""Edit → Settings: values persist, bad ones are refused with a reason, newer files open."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QSpinBox
from pytestqt.qtbot import QtBot

from msgboxes import MessageBoxes
from rapport import app
from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.domain.levels import Level
from rapport.domain.stages import Stage
from rapport.settings_model import OPTIONS, VERSION_KEY, BackupPrefs, Prefs, Theme, WeekStart
from rapport.settings_options import Option
from rapport.store.backup import backup_folder, plan_for, set_plan, take_backup
from rapport.ui.main_window import MainWindow
from rapport.ui.settings.app_settings import AppSettings
from rapport.ui.settings.dialog import SettingsDialog
from rapport.ui.settings.editors import make_editor, show_value, value_of

WindowFactory = Callable[[Path], MainWindow]


@pytest.fixture(autouse=True)
def _forget_plans(journal_path: Path) -> Iterator[None]:
    yield
    set_plan(journal_path, None)


def _open_settings(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_settings_persist_across_restarts(tmp_path: Path) -> None:
    path = tmp_path / "rapport.ini"
    first = AppSettings(QSettings(str(path), QSettings.Format.IniFormat))
    prefs = first.prefs()
    rules = replace(prefs.rules, cadence_by_level={**prefs.rules.cadence_by_level, Level.POWER: 75})
    changed = Prefs(
        backups=BackupPrefs(every_minutes=60, recent=3, folder=str(tmp_path)),
        rules=rules,
        appearance=replace(prefs.appearance, week_start=WeekStart.SUNDAY),
    )
    first.save(changed)
    again = AppSettings(QSettings(str(path), QSettings.Format.IniFormat))  # a new start
    assert again.prefs() == changed
    assert again.rules().health.cadence.by_level[Level.POWER] == 75


def test_the_dialog_saves_what_was_typed(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, settings: QSettings
) -> None:
    window = make_window(journal_path)
    dialog = _open_settings(qtbot, window)
    dialog.backups_page.recent.setValue(4)
    dialog.rules_page.check_in.setValue(60)
    dialog.appearance_page.week_start.setCurrentIndex(
        dialog.appearance_page.week_start.findData(WeekStart.MONDAY.value)
    )
    dialog.accept()
    assert not dialog.isVisible()
    reread = AppSettings(QSettings(settings.fileName(), QSettings.Format.IniFormat)).prefs()
    assert reread.backups.recent == 4
    assert reread.rules.check_in_interval_days == 60
    assert reread.appearance.week_start is WeekStart.MONDAY
    assert plan_for(journal_path).policy.recent == 4


def test_an_invalid_value_is_refused_with_the_reason_shown(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, settings: QSettings
) -> None:
    window = make_window(journal_path)
    dialog = _open_settings(qtbot, window)
    box = dialog.rules_page.levels[Level.PROFESSIONAL]
    box.setValue(0)
    dialog.list.setCurrentRow(0)  # the owner is on another page when pressing OK
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.stack.currentWidget() is dialog.rules_page
    assert dialog.problem.isVisible()
    assert "Professional cadence must be from 1 to 365 days; it is 0" in dialog.problem.text()
    assert dialog.focusWidget() is box
    assert settings.value("rules/cadence/professional") is None  # nothing was written
    box.setValue(14)
    dialog.accept()
    assert not dialog.isVisible()
    assert window.preferences.rules().health.cadence.by_level[Level.PROFESSIONAL] == 14


def test_a_settings_file_from_a_newer_version_opens_and_keeps_its_keys(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, settings: QSettings
) -> None:
    settings.setValue(VERSION_KEY, 99)
    settings.setValue("appearance/theme", "high-contrast-neon")
    settings.setValue("sync/server", "https://example.invalid")
    settings.setValue("backups/everyMinutes", "soon")
    settings.sync()
    window = make_window(journal_path)
    prefs = window.preferences.app_settings.prefs()
    assert prefs.appearance.theme is Theme.SYSTEM
    assert prefs.backups.every_minutes == 30
    dialog = _open_settings(qtbot, window)
    dialog.accept()
    settings.sync()
    assert int(str(settings.value(VERSION_KEY))) == 99  # not taken for an old file later
    assert settings.value("sync/server") == "https://example.invalid"


def test_the_rules_reach_the_customer_page(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    cid = journal.customers.create(CustomerDraft(name="Ada"))
    when = datetime.now(UTC) - timedelta(days=20)
    call = EntryDraft(customer_id=cid, occurred_at=when, kind=EntryKind.CALL, title="Call")
    journal.entries.add(call)
    window.customer_list.select(cid)
    assert "Overdue" not in window.page.health.toPlainText()  # 20 days on a 30-day cadence
    dialog = _open_settings(qtbot, window)
    dialog.rules_page.levels[Level.PROFESSIONAL].setValue(10)
    dialog.accept()
    assert "Overdue" in window.page.health.toPlainText()
    assert "cadence 10 days" in window.page.health.toPlainText()


def test_backups_follow_the_chosen_folder_and_interval(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, tmp_path: Path
) -> None:
    window = make_window(journal_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    dialog = _open_settings(qtbot, window)
    dialog.backups_page.folder.setText(str(elsewhere))
    dialog.backups_page.every.setValue(120)
    dialog.accept()
    assert window.safety.auto.interval == timedelta(minutes=120)
    info = take_backup(journal_path, "manual")
    assert info.path.parent == backup_folder(journal_path)
    assert info.path.parent.parent == elsewhere


def test_moving_the_journal_leaves_one_checked_copy_in_the_new_place(
    qtbot: QtBot, journal_path: Path, tmp_path: Path
) -> None:
    session = app.start_app(journal_path)
    assert session is not None and session.window is not None and session.journal is not None
    session.journal.customers.create(CustomerDraft(name="Ada"))
    target = tmp_path / "moved" / "mine.rapport"
    target.parent.mkdir()
    dialog = _open_settings(qtbot, session.window)
    page = dialog.journal_page
    assert not page.ask_to_move(journal_path)  # refused: where it already is
    assert MessageBoxes.log[-1].text == "That is where the journal already is."
    MessageBoxes.answers.append(True)  # "Move"
    assert page.ask_to_move(target)
    QApplication.processEvents()
    assert session.journal.path == target
    assert session.journal.customers.count() == 1
    assert not journal_path.exists()
    assert session.settings.value("journal/last") == str(target)
    session.close()
    again = app.start_app(None)  # the next start finds the journal where it went
    assert again is not None and again.journal is not None
    assert again.journal.path == target
    again.close()


def test_every_setting_has_one_field_made_from_its_declaration(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    dialog = _open_settings(qtbot, make_window(journal_path))
    shown = [key for page in dialog.pages for key in page.fields]
    assert sorted(shown) == sorted(OPTIONS), "each setting on exactly one page"
    for page in dialog.pages:
        for key, widget in page.fields.items():
            option = OPTIONS[key]
            if isinstance(widget, QSpinBox):
                assert widget.accessibleName() == option.what_text()
                assert f"from {option.low} to {option.high}" in widget.toolTip()
            elif isinstance(widget, QComboBox):
                values = [widget.itemData(i) for i in range(widget.count())]
                assert values == [member.value for member in option.choices]
    cap = dialog.rules_page.caps[Stage.COMPATIBILITY]
    assert (cap.text(), dialog.rules_page.check_in.text()) == ("No limit", "91 days")


def test_a_yes_or_no_setting_is_a_check_box(qtbot: QtBot) -> None:
    flag = Option("test/flag", False, label="&Remind me", context="Test")
    box = make_editor(flag)
    qtbot.addWidget(box)
    assert isinstance(box, QCheckBox) and box.text() == "&Remind me"
    show_value(box, True)
    assert box.isChecked() and value_of(box) is True


def test_an_old_settings_file_is_upgraded_once_when_the_app_opens_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "Rapport.conf"
    shutil.copy(Path(__file__).resolve().parents[1] / "fixtures" / "settings-1.conf", path)
    before = QSettings(str(path), QSettings.Format.IniFormat)
    geometry = before.value("window/geometry")
    with caplog.at_level(logging.INFO, "rapport.settings"):
        prefs = AppSettings(QSettings(str(path), QSettings.Format.IniFormat)).prefs()
    assert "settings upgraded to version 2" in caplog.text
    after = QSettings(str(path), QSettings.Format.IniFormat)
    assert int(str(after.value(VERSION_KEY))) == 2
    assert after.value("window/customerHeader") is None
    assert after.value("window/geometry") == geometry  # the window's place is kept
    assert after.value("journal/last") == "/home/ada/Documents/shop.rapport"
    assert prefs.appearance.theme is Theme.DARK and prefs.backups.every_minutes == 60
    caplog.clear()
    with caplog.at_level(logging.INFO, "rapport.settings"):
        AppSettings(QSettings(str(path), QSettings.Format.IniFormat))
    assert "upgraded" not in caplog.text  # once


def test_a_new_settings_file_stays_empty_until_the_owner_saves(tmp_path: Path) -> None:
    path = tmp_path / "Rapport.conf"
    AppSettings(QSettings(str(path), QSettings.Format.IniFormat))
    assert QSettings(str(path), QSettings.Format.IniFormat).allKeys() == []
