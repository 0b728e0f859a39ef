"""A team journal's server went away: the window says so, keeps the text, and carries on when back.

The journal's listener for colleagues' changes (store/change_notify_pg.py) is the
first to notice: the server ends its connection when it stops, and the window's timer
for changes made elsewhere tries to connect again every second. While it cannot, the
status bar says "The server is not reachable; your text is kept." (a save meanwhile
gets the same words, and the editor keeps the text and its draft on this computer).
Once the listener is back, every view reads afresh (notices may have been missed) and
the status bar says that the server is reachable again; the engine's pool replaces its
dropped connections by itself (`pool_pre_ping`).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from rapport.i18n import Words
from rapport.store.db_errors_pg import ServerUnreachableError

if TYPE_CHECKING:
    from rapport.ui.main_window import MainWindow

log = logging.getLogger("rapport.ui.server")
ServerStatusText = Words("ServerStatusText")
#: How often the listener's state is looked at (it is itself kept up every second).
LOOK_MS = 500
#: How long "reachable again" stays in the status bar.
BACK_SHOWN_MS = 10_000


class ServerStatus(QObject):
    """Says in the window's status bar while a team journal's server cannot be reached."""

    def __init__(self, window: MainWindow, interval_ms: int = LOOK_MS) -> None:
        super().__init__(window)
        self.setObjectName("serverStatus")
        self._window = window
        self.reachable = True
        self.label = QLabel(window)
        self.label.setObjectName("serverStatusLabel")
        window.statusBar().addPermanentWidget(self.label)
        self.label.hide()
        self._fade = QTimer(self, singleShot=True, interval=BACK_SHOWN_MS)
        self._fade.timeout.connect(self.label.hide)
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.look)
        self._timer.start()

    def look(self) -> None:
        """Follow the listener's state: say when the server went away, and when it is back."""
        elsewhere = self._window.bridge.journal.elsewhere
        reachable = bool(getattr(elsewhere, "connected", True))
        if reachable == self.reachable:
            return
        self.reachable = reachable
        if reachable:
            log.info("the team journal's server is reachable again")
            self.label.setStyleSheet("")
            self.label.setText(ServerStatusText.tr("The server is reachable again."))
            self._fade.start()  # said for a while, then the status bar is as before
        else:
            log.warning("the team journal's server is not reachable")
            self._fade.stop()
            self.label.setStyleSheet("font-weight: bold;")
            self.label.setText(
                ServerStatusText.tr(
                    "The server is not reachable; your text is kept. Rapport reconnects by itself."
                )
            )
        self.label.show()

    def stop(self) -> None:
        """Stop looking (the window shuts down)."""
        self._timer.stop()
        self._fade.stop()


def watch_server(window: MainWindow) -> ServerStatus | None:
    """A ServerStatus for a window on a team journal; None for a journal file."""
    return ServerStatus(window) if window.bridge.journal.server is not None else None


def server_away(exc: BaseException) -> bool:
    """Whether a failure that reached the event loop is a team journal's server gone away.

    A view that reads while the server is away (a click, a refresh) fails with it; that
    is no unexpected problem: the status bar says the server is not reachable, and once
    it is back every view reads afresh. Logged without a traceback.
    """
    if not isinstance(exc, ServerUnreachableError):
        return False
    log.warning("a view could not read: the team journal's server is not reachable")
    return True
