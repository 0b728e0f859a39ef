"""Long work off the UI thread: one job in a thread of its own, with progress and Cancel.

A `Task` runs `job(progress)` in a worker thread and hands its end back to the UI
thread by queued signals: `finished(result)`, `failed(exception)` or `cancelled()`.
The job reports with `progress(done, total)`, which answers False once Cancel was
asked for (the exports' callbacks take that answer), or calls `progress.check()`,
which raises `TaskCancelled` there. A job that reads or writes the journal does so
through `Journal`'s doors from the worker: each thread gets a session and connection
of its own, so no SQLite connection crosses threads. A generator of steps (an
import) is driven by `drive`, which closes it in the worker when cancelled, so its
transaction rolls back on the connection that opened it.

The garbage collector is paused while a job runs (`rapport.ui.background`).
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from rapport.domain.today import Cancelled
from rapport.transfer.errors import ExportCancelled
from rapport.ui.background import collector_gate

log = logging.getLogger("rapport.ui.worker")

#: Progress reaches the UI thread at most this often (a report per row would flood it).
REPORT_EVERY_S = 0.05


class TaskCancelled(Exception):
    """Raised in a job by `Progress.check()` once Cancel was asked for."""


#: Exceptions that mean "stopped because asked to", not a failure.
CANCELLED = (TaskCancelled, ExportCancelled, Cancelled)

Steps = Generator[tuple[int, int], None, Any]


class Progress:
    """What a job reports through; it also tells the job whether to stop."""

    def __init__(self, report: Callable[[int, int], None]) -> None:
        self._report = report
        self._stop = threading.Event()
        self._last = 0.0

    @property
    def cancelled(self) -> bool:
        """Whether Cancel was asked for."""
        return self._stop.is_set()

    def cancel(self) -> None:
        """Ask the job to stop at its next report or check."""
        self._stop.set()

    def __call__(self, done: int, total: int) -> bool:
        """Report `done` of `total`; False means stop now (Cancel was asked for)."""
        now = time.monotonic()
        if now - self._last >= REPORT_EVERY_S or done >= total:
            self._last = now
            self._report(done, total)
        return not self._stop.is_set()

    def check(self) -> None:
        """Raise `TaskCancelled` if Cancel was asked for."""
        if self._stop.is_set():
            raise TaskCancelled


def drive(steps: Steps, progress: Progress) -> Any:
    """Run a generator of (done, total) steps to its end; its return value is the result.

    Cancel stops it between two steps: the generator is closed here, in the worker,
    so whatever transaction it holds rolls back on its own thread.
    """
    try:
        while True:
            progress.check()
            done, total = next(steps)
            progress(done, total)
    except StopIteration as end:
        return end.value
    finally:
        steps.close()


class Task(QObject):
    """One job in a worker thread; its progress and end come back as signals."""

    progressed = Signal(int, int)
    finished = Signal(object)  # what the job returned
    failed = Signal(object)  # the exception it raised; the caller puts it into words
    cancelled = Signal()
    ended = Signal()  # after any of the three
    _reported = Signal(int, int)

    def __init__(
        self, job: Callable[[Progress], Any], name: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._job = job
        self._thread: threading.Thread | None = None
        self.progress = Progress(self._reported.emit)
        #: "finished", "failed" or "cancelled" once ended; None before.
        self.outcome: str | None = None
        self.result: Any = None
        self._reported.connect(self.progressed, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        """Whether it started and has not ended yet (as the UI thread knows it)."""
        return self._thread is not None and self.outcome is None

    def start(self) -> Task:
        """Start the job in its thread (call from the UI thread)."""
        gate = collector_gate()
        job, progress, me = self._job, self.progress, weakref.ref(self)
        name = self.objectName()

        def run() -> None:
            kind, value = "finished", None
            try:
                value = job(progress)
            except CANCELLED:
                kind = "cancelled"
            except Exception as exc:  # handed to the UI thread, which explains it
                log.warning("task %s failed: %r", name, exc, exc_info=True)
                kind, value = "failed", exc
            gate.hand_back(me, "_on_ended", kind, value)  # gone meanwhile: nobody waits
            gate.end()  # last: see rapport.ui.background

        gate.begin()
        self._thread = threading.Thread(target=run, daemon=True, name=f"rapport-{name}")
        self._thread.start()
        return self

    def cancel(self) -> None:
        """Ask the job to stop; `cancelled` follows when it has."""
        if self.outcome is None:
            log.info("task %s: cancel asked for", self.objectName())
            self.progress.cancel()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the thread to end (the window is closing); True when it has."""
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def settle(self, timeout: float | None = None) -> None:
        """Wait for the job to end and take its end now (for a dialog that must know at once).

        Meant for a cancelled job, which stops at its next step: a short wait.
        """
        if self.wait(timeout):
            QCoreApplication.sendPostedEvents(collector_gate())  # its end is handed back there

    def _on_ended(self, kind: str, value: object) -> None:
        if self.outcome is not None:
            return  # taken already by `settle`
        self.outcome = kind
        if kind == "finished":
            self.result = value
            self.finished.emit(value)
        elif kind == "failed":
            self.failed.emit(value)
        else:
            self.cancelled.emit()
        self.ended.emit()
