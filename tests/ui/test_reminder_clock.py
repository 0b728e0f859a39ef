"""The reminders' clock and the tray: told once, kept across restarts, shown or handed on."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from msgboxes import MessageBoxes
from rapport.domain.reminders import Notice, ReminderSettings
from rapport.domain.today import Section, TodayItem
from rapport.ui.reminder_clock import POLL_MS, ReminderClock, read_state
from rapport.ui.settings.app_settings import AppSettings
from rapport.ui.tray import Tray, keep_in_tray_on_close

BRUSSELS = ZoneInfo("Europe/Brussels")
ITEMS = [
    TodayItem(Section.FOLLOW_UP, 1, "Anna's Bakery", "Quote", "", due=date(2026, 6, 3), entry_id=7)
]


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _clock(tmp_path: Path, now: Clock) -> tuple[ReminderClock, list[Notice]]:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    clock = ReminderClock(lambda _now: ITEMS, ReminderSettings, settings, now=now, zone=BRUSSELS)
    told: list[Notice] = []
    clock.notice.connect(told.append)
    return clock, told


def test_the_summary_is_told_once_and_a_restart_does_not_tell_it_again(tmp_path: Path) -> None:
    now = Clock(datetime(2026, 6, 3, 6, 27, tzinfo=UTC))  # 08:27 in Brussels
    clock, told = _clock(tmp_path, now)
    clock.start()
    assert told == []
    assert clock.timer.interval() == 3 * 60 * 1000  # wakes at 08:30, not later
    now.now += timedelta(minutes=4)
    clock.check()
    assert [n.body for n in told] == ["1 follow-up"]
    again, told_again = _clock(tmp_path, now)  # Rapport restarted
    again.start()
    assert told_again == []
    assert read_state(again._settings).told_follow_ups == frozenset({7})
    assert again.timer.interval() == POLL_MS
    clock.stop()
    again.stop()


def test_a_journal_that_cannot_be_read_is_tried_again_later(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)

    def broken(_now: datetime) -> list[TodayItem]:
        raise OSError("disk gone")

    clock = ReminderClock(broken, ReminderSettings, settings, zone=BRUSSELS)
    assert clock.check() == ()
    assert clock.timer.isActive() and clock.timer.interval() == POLL_MS
    clock.stop()


def test_without_a_tray_a_notice_is_handed_to_the_fallback(qtbot: QtBot) -> None:
    tray = Tray(QIcon())
    assert not Tray.available()  # the offscreen platform has none
    with qtbot.waitSignal(tray.fallback) as caught:
        tray.notify(Notice("Due today", "1 follow-up"))
    assert caught.args == [Notice("Due today", "1 follow-up")]
    assert [a.text() for a in tray.menu.actions() if a.text()] == [
        "&Open Rapport",
        "&New entry…",
        "&Today",
        "&Quit Rapport",
    ]


def test_closing_the_window_asks_once_whether_to_keep_running(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    app_settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert not keep_in_tray_on_close(None, app_settings)  # no tray: nothing to ask
    assert MessageBoxes.log == []
    monkeypatch.setattr(Tray, "available", staticmethod(lambda: True))
    MessageBoxes.answers.append(True)
    assert keep_in_tray_on_close(None, app_settings)
    assert MessageBoxes.log[-1].title == "Keep Rapport running?"
    assert app_settings.prefs().reminders.keep_in_tray
    asked = len(MessageBoxes.log)
    assert keep_in_tray_on_close(None, app_settings)
    assert len(MessageBoxes.log) == asked  # asked once


def test_start_reminders_wires_the_clock_to_the_tray_and_falls_back_without_one(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QWidget

    from rapport.ui.tray import start_reminders

    parent = QWidget()
    qtbot.addWidget(parent)
    app_settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    opened: list[Notice] = []
    tray = start_reminders(parent, app_settings, lambda _now: ITEMS, opened.append, list, list)
    assert tray.clock is not None and tray.clock.timer.isActive()
    tray.notify(Notice("Due today", "1 follow-up"))  # no tray offscreen: a message instead
    qtbot.waitUntil(lambda: bool(MessageBoxes.log))  # once the window can show it
    assert (MessageBoxes.log[-1].title, MessageBoxes.log[-1].text) == ("Due today", "1 follow-up")
    tray.today_action.trigger()
    assert opened == [Notice("", "")]  # a notice without a customer opens Today
    tray.clock.stop()


def test_clicking_one_of_several_notices_told_at_once_opens_today(qtbot: QtBot) -> None:
    """The desktop does not say which notification was clicked: Today lists them all."""
    tray = Tray(QIcon())
    first = Notice("Anna's Bakery", "Send the quote", 1, 7)
    second = Notice("Bo's Farm", "Call back", 2, 8)
    with qtbot.waitSignal(tray.notice_opened) as one:
        tray.notify_all((first,))
        tray.icon.messageClicked.emit()
    assert one.args == [first]  # alone: the customer at that entry
    with qtbot.waitSignal(tray.notice_opened) as several:
        tray.notify_all((first, second))
        tray.icon.messageClicked.emit()
    assert several.args[0].customer_id is None  # several: Today


class _Facts:
    """Stands in for `journal.facts`: records the thread Today is worked out in."""

    def __init__(self) -> None:
        self.threads: list[threading.Thread] = []

    def today(self, now: datetime, settings: object = None, stop: object = None) -> list[TodayItem]:
        assert now.tzinfo is not None
        self.threads.append(threading.current_thread())
        return ITEMS


class _Journal:
    def __init__(self, facts: _Facts) -> None:
        self.facts = facts


def test_the_clock_works_out_today_off_the_ui_thread(qtbot: QtBot, tmp_path: Path) -> None:
    """Today over a big journal takes hundreds of ms: the clock's look must not hold the window."""
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    now = Clock(datetime(2026, 6, 3, 6, 31, tzinfo=UTC))  # 08:31 in Brussels: the summary is due
    facts = _Facts()
    clock = ReminderClock(
        lambda _now: [],  # not used: the journal is read in the background
        ReminderSettings,
        settings,
        now=now,
        zone=BRUSSELS,
        journal=_Journal(facts),  # type: ignore[arg-type]
    )
    told: list[Notice] = []
    clock.notice.connect(told.append)
    clock.start()
    assert told == []  # nothing worked out on this thread
    qtbot.waitUntil(lambda: bool(told))
    assert [n.body for n in told] == ["1 follow-up"]
    assert facts.threads and all(t is not threading.main_thread() for t in facts.threads)
    assert clock.timer.isActive()
    clock.stop()
