"""The tray icon: Rapport keeps running when its window is closed, and shows reminders.

Made only when the owner has turned it on (Settings → Reminders), so it costs nothing
at start otherwise. Its menu offers Open Rapport, New entry…, Today and Quit (signals
`ui/keep_running.py` connects); a notification is shown through the tray
(`QSystemTrayIcon.showMessage`, which uses the desktop's notification service where
there is one), and clicking it asks to open what it is about: Today for the summary,
the customer at the entry for a follow-up. On Linux the notices go to the desktop's
notification service directly (`ui/desktop_notices.py`: Qt sends no "default" action,
so a click would never reach Rapport), tray or not. Where there is neither a
notification service nor a tray, `Tray.available()` says so and the notices are shown
as a message over the window (`fallback` signal).
"""

from __future__ import annotations

import html
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from rapport.domain.reminders import Notice
from rapport.i18n import Words
from rapport.ui import msgbox
from rapport.ui.icons import app_icon
from rapport.ui.settings.app_settings import AppSettings

if TYPE_CHECKING:
    from rapport.domain.today import TodayItem
    from rapport.store import Journal
    from rapport.ui.desktop_notices import DesktopNotices
    from rapport.ui.reminder_clock import ReminderClock

log = logging.getLogger("rapport.ui")
TrayText = Words("TrayText")

#: Set once the owner was asked whether to keep Rapport in the tray.
ASKED_KEY = "reminders/trayAsked"


class Tray(QObject):
    """The tray icon, its menu, and the notifications it shows."""

    open_requested = Signal()
    new_entry_requested = Signal()
    today_requested = Signal()
    quit_requested = Signal()
    notice_opened = Signal(object)  # the Notice the owner clicked
    fallback = Signal(object)  # a Notice to show another way: there is no tray

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip("Rapport")
        self.menu = QMenu()
        self.open_action = self._action(TrayText.tr("&Open Rapport"), self.open_requested)
        self.menu.setDefaultAction(self.open_action)
        self.new_entry_action = self._action(TrayText.tr("&New entry…"), self.new_entry_requested)
        self.today_action = self._action(TrayText.tr("&Today"), self.today_requested)
        self.menu.addSeparator()
        self.quit_action = self._action(TrayText.tr("&Quit Rapport"), self.quit_requested)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self._clicked)
        self.last_notice: Notice | None = None
        self.clock: ReminderClock | None = None  # set by `start_reminders`
        self.desktop: DesktopNotices | None = None  # Linux's notification service, if any

    def _action(self, text: str, signal: SignalInstance) -> QAction:
        action = QAction(text, self.menu)
        action.triggered.connect(signal.emit)
        self.menu.addAction(action)
        return action

    @staticmethod
    def available() -> bool:
        """Whether this desktop has a tray (some Linux desktops have none)."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        """Put the icon in the tray (when there is one)."""
        if self.available():
            self.icon.show()

    def hide(self) -> None:
        """Take the icon out of the tray."""
        self.icon.hide()

    def notify(self, notice: Notice) -> None:
        """Show a notification; without a tray, hand it to `fallback`."""
        if self._to_desktop(notice):
            return
        self.last_notice = notice
        if not self.available() or not self.icon.isVisible():
            self.fallback.emit(notice)
            return
        body = html.escape(notice.body, quote=False) if speaks_markup() else notice.body
        self.icon.showMessage(notice.title, body, QSystemTrayIcon.MessageIcon.Information)

    def notify_all(self, notices: Sequence[Notice]) -> None:
        """Show the notices told at one look.

        Through Qt's tray (not Linux's notification service, see `_to_desktop`), the
        desktop does not say which of several notifications was clicked (Qt's
        `messageClicked` has no id): after more than one, a click opens Today, which
        lists them all, rather than the customer of whichever came last.
        """
        for notice in notices:
            self.notify(notice)
        if len(notices) > 1:
            self.last_notice = Notice("", "")

    def _to_desktop(self, notice: Notice) -> bool:
        """Shown by the desktop's notification service (Linux): its click opens this notice."""
        return self.desktop is not None and self.desktop.open and self.desktop.send(notice)

    def _clicked(self) -> None:
        if self.last_notice is not None:
            self.notice_opened.emit(self.last_notice)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.open_requested.emit()


def speaks_markup() -> bool:
    """Whether a notification's body is read as markup: Qt's tray over D-Bus on Linux.

    There Qt sends the body to the desktop's notification service as it is, and the
    service reads `<`, `>` and `&` as markup ("Quote & samples" would be cut or show
    tags): the text is escaped. Qt's own balloons elsewhere show text as it is.
    """
    if not sys.platform.startswith("linux"):
        return False
    from PySide6.QtDBus import QDBusConnection

    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    return bool(bus.interface().isServiceRegistered("org.kde.StatusNotifierWatcher").value())


def keep_in_tray_on_close(parent: QWidget | None, app_settings: AppSettings) -> bool:
    """Whether closing the window keeps Rapport in the tray; asks once, the first time."""
    if not Tray.available():
        return False
    settings = app_settings.settings
    if settings.value(ASKED_KEY) is None:
        keep = msgbox.ask(
            parent,
            TrayText.tr("Keep Rapport running?"),
            TrayText.tr(
                "Rapport can keep running in the tray when its window is closed, "
                "so it can remind you of follow-ups and check-ins that fall due."
            ),
            TrayText.tr("You can change this in Settings → Reminders."),
            yes=TrayText.tr("Keep running in the tray"),
            no=TrayText.tr("Quit"),
        )
        settings.setValue(ASKED_KEY, True)
        prefs = app_settings.prefs()
        app_settings.save(replace(prefs, reminders=replace(prefs.reminders, keep_in_tray=keep)))
        return keep
    return app_settings.prefs().reminders.keep_in_tray


def start_reminders(
    parent: QObject,
    app_settings: AppSettings,
    today: Callable[[datetime], Sequence[TodayItem]],
    open_notice: Callable[[Notice], None],
    new_entry: Callable[[], None],
    quit_app: Callable[[], None],
    journal: Journal | None = None,
) -> Tray:
    """The tray and the reminders' clock, wired: the one call the main window makes.

    `today(now)` is the Today list (`journal.facts.today(now, rules)`); `open_notice`
    opens Today (a notice without a customer) or the customer at the entry. Without a
    tray, a notice is shown as a message instead (the desktop says it has no tray).
    Given the `journal`, the clock works Today out from it in the background instead.
    """
    from rapport.ui.reminder_clock import ReminderClock

    tray = Tray(app_icon(), parent)
    clock = ReminderClock(
        today,
        lambda: app_settings.prefs().reminders.to_reminders(),
        app_settings.settings,
        tray,
        journal=journal,
        rules=app_settings.rules,
    )
    clock.told.connect(tray.notify_all)
    tray.fallback.connect(  # queued: said over the window, once it is shown
        lambda notice: msgbox.inform(
            parent if isinstance(parent, QWidget) else None, notice.title, notice.body
        ),
        Qt.ConnectionType.QueuedConnection,
    )
    tray.notice_opened.connect(open_notice)
    tray.today_requested.connect(lambda: open_notice(Notice("", "")))
    tray.new_entry_requested.connect(new_entry)
    tray.quit_requested.connect(quit_app)
    tray.clock = clock
    _open_desktop_notices(tray, open_notice)
    tray.show()
    clock.start()
    return tray


def _open_desktop_notices(tray: Tray, open_notice: Callable[[Notice], None]) -> None:
    """On Linux, notices go to the notification service itself, so a click reaches Rapport."""
    from rapport.ui.desktop_notices import open_notices

    tray.desktop = open_notices(tray)
    if tray.desktop is not None:
        tray.desktop.clicked.connect(open_notice)
