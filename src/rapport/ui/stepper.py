"""Running long work a step at a time on the GUI thread, so it can show progress and stop.

The work is a generator that does one chunk per `next()` and yields (done, total);
each step runs from the event loop (a zero-delay timer), so the window repaints and
the Cancel button answers between two chunks without a second thread: the journal's
connection never leaves the thread that owns it. Cancelling closes the generator,
which rolls back whatever transaction it holds open.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger("rapport.ui")

Steps = Generator[tuple[int, int], None, Any]


class Stepper(QObject):
    """Drives one generator to its end, announcing progress, the result or the failure."""

    progressed = Signal(int, int)
    finished = Signal(object)  # the generator's return value
    failed = Signal(object)  # the exception; the caller turns it into words

    def __init__(
        self,
        steps: Steps,
        run_step: Callable[[Callable[[], Any]], Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._steps: Steps | None = steps
        self._run_step = run_step or (lambda call: call())

    @property
    def running(self) -> bool:
        """Whether the work has neither finished, failed nor been cancelled."""
        return self._steps is not None

    def start(self) -> None:
        """Begin with the first step on the next turn of the event loop."""
        QTimer.singleShot(0, self._step)

    def cancel(self) -> None:
        """Stop between two steps; the generator's cleanup (a rollback) runs now."""
        steps, self._steps = self._steps, None
        if steps is not None:
            steps.close()
            log.info("long task cancelled")

    def _step(self) -> None:
        steps = self._steps
        if steps is None:
            return
        try:
            done, total = self._run_step(lambda: next(steps))
        except StopIteration as end:
            self._steps = None
            self.finished.emit(end.value)
            return
        except Exception as exc:  # every failure reaches the user in words, never a traceback
            self._steps = None
            steps.close()
            log.warning("long task failed: %r", exc, exc_info=True)
            self.failed.emit(exc)
            return
        self.progressed.emit(done, total)
        QTimer.singleShot(0, self._step)
