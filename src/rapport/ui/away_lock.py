"""Lock when away: an encrypted journal hidden behind its passphrase after idle time.

Any key or mouse press in Rapport restarts the count. When it runs out, every visible
window (the main window, an entry being written) is hidden, not closed, so text being
typed stays as it is (and its draft, encrypted, goes on being kept); the passphrase
prompt shows instead. The right passphrase brings the same windows back; Cancel
closes Rapport as its window would.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from rapport.store import Journal, cipher
from rapport.ui.passphrase_dialog import PassphraseDialog

log = logging.getLogger("rapport.ui.lock")
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.Wheel,
    QEvent.Type.MouseMove,
}


class AwayLock(QObject):
    """Counts idle time in the app and locks an encrypted journal when it runs out."""

    def __init__(self, journal: Journal, window: QMainWindow, minutes: int) -> None:
        super().__init__(window)
        self.journal, self.window = journal, window
        self.hidden: list[QWidget] = []
        self.prompt: PassphraseDialog | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def locked(self) -> bool:
        """Whether the journal is hidden behind the prompt now."""
        return self.prompt is not None

    def set_minutes(self, minutes: int) -> None:
        """Lock after this many idle minutes (0: never)."""
        self.minutes = minutes
        if minutes > 0:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Input anywhere in Rapport restarts the count (while unlocked)."""
        if event.type() in _ACTIVITY and self.minutes > 0 and not self.locked:
            self.timer.start()
        return False

    def lock(self) -> bool:
        """Hide every window behind the passphrase prompt; False for a plain journal."""
        if self.locked or not cipher.looks_encrypted(self.journal.path):
            return False
        self.hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for widget in self.hidden:
            widget.hide()
        self.prompt = PassphraseDialog(self.journal.path, self._check)
        self.prompt.setWindowTitle(self.window.windowTitle())
        self.prompt.accepted.connect(self._unlock)
        self.prompt.rejected.connect(self._give_up)
        self.prompt.show()
        log.info("journal locked after %d idle minutes", self.minutes)
        return True

    def _check(self, passphrase: str) -> Journal:
        if not cipher.opens(self.journal.path, passphrase):
            raise cipher.WrongPassphraseError(self.journal.path)
        return self.journal

    def _unlock(self) -> None:
        prompt, self.prompt = self.prompt, None
        if prompt is not None:
            prompt.deleteLater()
        for widget in self.hidden:
            widget.show()
        self.hidden = []
        self.set_minutes(self.minutes)
        log.info("journal unlocked")

    def _give_up(self) -> None:
        """Cancel on the lock prompt: Rapport closes, as if its window were closed."""
        prompt, self.prompt = self.prompt, None
        if prompt is not None:
            prompt.deleteLater()
        self.window.close()
