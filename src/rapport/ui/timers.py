"""Timers whose time a test can move on: the drafts' clocks, a chart's resize settle.

Code that waits a fixed delay before it acts asks a `Clock` for a one-shot timer (Qt's
by default). A test gives its own clock instead (tests/manualclock.py) and moves time
on by hand, so it fires exactly what is due without waiting real time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer


class Timer(Protocol):
    """A one-shot timer: started (again from zero), stopped, or running."""

    def start(self) -> None:
        """Start, or start again from zero when running."""
        ...

    def stop(self) -> None:
        """Stop without firing."""
        ...

    def isActive(self) -> bool:  # Qt's name, so a QTimer is one
        """Whether it is running."""
        ...


class Clock(Protocol):
    """Makes one-shot timers."""

    def single_shot(self, parent: QObject, interval_ms: int, fire: Callable[[], None]) -> Timer:
        """A stopped timer that calls fire interval_ms after each start."""
        ...


class QtClock:
    """Real time: Qt's timers, owned by parent (they go with it)."""

    def single_shot(self, parent: QObject, interval_ms: int, fire: Callable[[], None]) -> Timer:
        """A QTimer firing once, interval_ms after each start."""
        timer = QTimer(parent, singleShot=True, interval=interval_ms)
        timer.timeout.connect(fire)
        return timer


#: The clock of the app.
QT_CLOCK: Clock = QtClock()
