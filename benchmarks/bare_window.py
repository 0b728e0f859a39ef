"""The startup baseline: a bare PySide6 QMainWindow that quits once it is shown and painted.

It does what `RAPPORT_EXIT_WHEN_SHOWN=1` asks of the app (quit right after the main
window is first shown and painted, exit code 0), so the two processes are timed the
same way.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow

#: Exit code when no paint came within the time limit (the harness reports it).
NO_PAINT = 3


class _Window(QMainWindow):
    """Quits the application after its first paint."""

    def __init__(self) -> None:
        super().__init__()
        self._painted = False

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint, then quit on the first one."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, QApplication.quit)


def main() -> int:
    """Show the window and run until it has been painted."""
    app = QApplication(sys.argv)
    window = _Window()
    window.setWindowTitle("Rapport startup baseline")
    window.resize(1100, 720)
    window.show()
    QTimer.singleShot(20_000, lambda: app.exit(NO_PAINT))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
