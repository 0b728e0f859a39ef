"""A clock for tests: timers fire when the test moves time on, not after real waiting."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject


class ManualTimer:
    """A one-shot timer of a ManualClock."""

    def __init__(self, clock: ManualClock, interval_ms: int, fire: Callable[[], None]) -> None:
        self._clock = clock
        self.interval_ms = interval_ms
        self._fire = fire
        self.due: int | None = None

    def start(self) -> None:
        self.due = self._clock.now + self.interval_ms

    def stop(self) -> None:
        self.due = None

    def isActive(self) -> bool:  # Qt's name
        return self.due is not None

    def fire(self) -> None:
        self.due = None
        self._fire()


class ManualClock:
    """Time that passes only in `advance`, firing every timer that falls due, in order."""

    def __init__(self) -> None:
        self.now = 0
        self.timers: list[ManualTimer] = []

    def single_shot(
        self, parent: QObject, interval_ms: int, fire: Callable[[], None]
    ) -> ManualTimer:
        timer = ManualTimer(self, interval_ms, fire)
        self.timers.append(timer)
        return timer

    def advance(self, ms: int) -> None:
        """Move time on by ms, firing what falls due (a timer restarted while firing too)."""
        until = self.now + ms
        while True:
            due = [t for t in self.timers if t.due is not None and t.due <= until]
            if not due:
                break
            first = min(due, key=lambda t: t.due or 0)
            self.now = first.due or self.now
            first.fire()
        self.now = until
