"""Rapport kept running in the tray: the window hides on close, reminders run, Quit quits.

One `KeepRunning` per main window (made by the app session). When the owner has
turned on "keep Rapport in the tray" (Settings → Reminders, or the question asked the
first time the window is closed), it makes the tray icon and the reminders' clock
(`ui/tray.start_reminders`) and tells Qt not to quit when the last window closes;
turned off, both go and closing the window quits again. Nothing is made, and nothing
of the tray is imported, while it is off: a start costs what it did.

Where the desktop has no tray, closing the window quits (Settings says so) and the
reminders, if on, run while the window is open, shown as a message. Quit — in the
tray's menu — really quits: what is being typed is kept as a draft (offered at the
next start), then the window closes and the session releases the journal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from typing_extensions import override

from rapport.ui.drafts import DraftKeeper

if TYPE_CHECKING:
    from rapport.domain.reminders import Notice
    from rapport.domain.today import TodayItem
    from rapport.ui.main_window import MainWindow
    from rapport.ui.tray import Tray

log = logging.getLogger("rapport.ui")


def tray_available() -> bool:
    """Whether this desktop has a tray (asked of `Tray`, imported only when asked)."""
    from rapport.ui.tray import Tray

    return Tray.available()


class _OnceShown(QObject):
    """Runs a callable the first time a widget is shown (now, if it already is)."""

    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            self.deleteLater()
            self._then()
        return False


def once_shown(widget: QWidget, then: Callable[[], object]) -> None:
    """Call `then` when `widget` is first shown: at once when it is, else later."""
    if widget.isVisible():
        then()
    else:
        _OnceShown(widget, then)


class KeepRunning(QObject):
    """Whether closing the main window hides it in the tray; the tray and its reminders."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.app_settings = window.preferences.app_settings
        self.tray: Tray | None = None
        self.quitting = False
        window.stays_in_tray = self.stays_in_tray
        window.quit_app = self.quit_from_menu
        self.app_settings.changed.connect(self.apply)
        app = QApplication.instance()
        if isinstance(app, QApplication):  # the desktop session ends: log-out, shutdown
            app.commitDataRequest.connect(self._on_commit_data)  # gone with this object
        self.apply()

    @property
    def on(self) -> bool:
        """Whether the owner chose to keep Rapport in the tray (and so, reminders)."""
        return self.app_settings.prefs().reminders.keep_in_tray

    def apply(self, _prefs: object = None) -> None:
        """Make or take away the tray and the reminders to match the settings."""
        if self.on and self.tray is None:
            from rapport.ui.tray import start_reminders

            self.tray = start_reminders(
                self.window,
                self.app_settings,
                self._today,
                self.open_notice,
                self._new_entry,
                self.quit,
                journal=self.window.bridge.journal,
            )
            self.tray.open_requested.connect(self.bring_up)
        elif self.on and self.tray is not None and self.tray.clock is not None:
            self.tray.clock.check()  # the schedule may have changed: look again now
        elif not self.on and self.tray is not None:
            self.stop()
        QApplication.setQuitOnLastWindowClosed(not (self.on and tray_available()))

    def stop(self) -> None:
        """No tray and no reminders any more (turned off, or the window is replaced)."""
        tray, self.tray = self.tray, None
        if tray is not None:
            if tray.clock is not None:
                tray.clock.stop()
            if tray.desktop is not None:
                tray.desktop.close()
            tray.hide()
            tray.deleteLater()

    def stays_in_tray(self) -> bool:
        """Asked as the window closes: True when it only hides (asks once, the first time)."""
        if self.quitting:
            return False
        from rapport.ui.tray import keep_in_tray_on_close

        keep = keep_in_tray_on_close(self.window, self.app_settings)  # saving it applies it
        return keep and self.tray is not None

    def _today(self, now: datetime) -> list[TodayItem]:
        """The Today list, as the Today screen computes it, for the reminder rules."""
        return self.window.bridge.journal.facts.today(now, settings=self.app_settings.rules())

    def bring_up(self) -> None:
        """Show the window again, in front."""
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def open_notice(self, notice: Notice) -> None:
        """A notice was clicked: the customer at the entry, or Today for the summary."""
        self.bring_up()
        if notice.customer_id is None:
            self.window.show_today()
            log.info("opened Today from a notice")
        else:
            self.window.navigator.open(notice.customer_id, notice.entry_id, bring_up=True)
            log.info("opened customer #%s at entry #%s", notice.customer_id, notice.entry_id)

    def _new_entry(self) -> None:
        self.bring_up()
        self.window.controller.new_entry()

    def quit_from_menu(self) -> None:
        """File → Quit: with the tray, quit as its Quit does; without, close as before."""
        if self.tray is None:
            self.window.close()
        else:
            self.quit()

    def session_ends(self) -> None:
        """The desktop closes every window as the session ends: close for real, ask nothing.

        A window that only hid would cancel the log-out; text being typed is kept as a
        draft, offered at the next start.
        """
        self.quitting = True
        self._keep_drafts()

    def _on_commit_data(self, _manager: object) -> None:
        self.session_ends()

    def _keep_drafts(self) -> None:
        for keeper in self.window.findChildren(DraftKeeper):
            keeper.keep_for_later()

    def quit(self) -> None:
        """Quit for real: text being typed is kept as a draft, then the window closes."""
        self.quitting = True
        self._keep_drafts()
        if not self.window.close():  # another dialog asked to stay open
            self.quitting = False
            self.bring_up()
            return
        log.info("quit from the tray")
        QApplication.quit()
