"""The window's long actions (export, check, back up, restore) run one at a time, off its thread.

`tasks_of(window).run(…)` starts a `Task` (`rapport.ui.worker`) and shows its progress
with Cancel once it has taken longer than `SHOW_PROGRESS_AFTER_MS`. The window keeps
painting and answering meanwhile. A second long action while one runs is not started:
the owner is told to wait for the first (two at once would race for the journal).
A failure arrives as the usual message in words; the job's result goes to `done`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog, QWidget
from typing_extensions import override

from rapport.i18n import Words
from rapport.store.errors import JournalError
from rapport.transfer.errors import TransferError
from rapport.ui import msgbox
from rapport.ui.worker import Progress, Task

log = logging.getLogger("rapport.ui.worker")
LongTaskText = Words("LongTaskText")
#: A task that takes longer than this shows its progress, with Cancel.
SHOW_PROGRESS_AFTER_MS = 400
#: How long a closing window waits for a cancelled task to stop.
SHUTDOWN_WAIT_S = 10.0


class LongTasks(QObject):
    """The one long task a window runs at a time (found with `tasks_of(window)`)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("rapportLongTasks")
        self.window = window
        self.current: Task | None = None
        self._what = ""

    @property
    def busy(self) -> bool:
        """Whether a long task is running."""
        return self.current is not None and self.current.running

    def run(
        self,
        title: str,
        label: str,
        job: Callable[[Progress], Any],
        done: Callable[[Any], None] | None = None,
        *,
        modal: bool = False,
        cancellable: bool = True,
        cancelled: Callable[[Any], None] | None = None,
        failed: Callable[[object], None] | None = None,
    ) -> Task | None:
        """Start `job` in the background with a progress dialog; None when another one runs.

        `done(result)` runs on the UI thread when it succeeds; `cancelled(result)` when it
        was cancelled (the result of a job that ended as Cancel was clicked, to undo).
        `modal` keeps the owner's hands off the window (a restore replaces its journal);
        a task that must not stop half-way is not `cancellable` (no Cancel button).
        `failed(exception)` replaces the usual message in words.
        """
        if self.busy:
            msgbox.inform(
                self.window,
                title,
                LongTaskText.tr("Rapport is still busy: {what}").format(what=self._what),
                LongTaskText.tr("Try again when it has finished, or cancel it first."),
            )
            return None
        task = Task(job, title.replace(" ", "-").lower(), self)
        dialog = _ProgressDialog(label, LongTaskText.tr("Cancel"), 0, 0, self.window)
        dialog.cancellable = cancellable
        dialog.setObjectName("longTaskProgress")
        dialog.setWindowTitle(title)
        dialog.setWindowModality(
            Qt.WindowModality.WindowModal if modal else Qt.WindowModality.NonModal
        )
        dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)  # starts the timer that shows it after the minimum duration
        stop = task.cancel if cancellable else (lambda: None)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(stop)

        def progressed(value: int, total: int) -> None:
            if dialog.wasCanceled():  # reset by its cancel() slot, which emits nothing
                stop()
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(value, max(total, 1)))

        def ended() -> None:
            dialog.canceled.disconnect(stop)
            dialog.setProperty("ended", True)
            dialog.close()
            dialog.deleteLater()
            self.current = None
            stopped = task.outcome == "cancelled" or task.progress.cancelled
            if task.outcome == "finished" and not stopped and done is not None:
                done(task.result)
            elif stopped and task.outcome != "failed":  # ended as Cancel was clicked: undone
                log.info("%s cancelled", task.objectName())
                if cancelled is not None:
                    cancelled(task.result)

        task.progressed.connect(progressed)
        task.failed.connect(failed or (lambda exc: self._failed(title, exc)))
        task.ended.connect(ended)
        self.current, self._what = task, label
        return task.start()

    def _failed(self, title: str, exc: object) -> None:
        if isinstance(exc, JournalError | TransferError):
            msgbox.warn(self.window, title, exc.message, exc.hint)
            return
        msgbox.warn(
            self.window,
            title,
            LongTaskText.tr("Something unexpected went wrong; your journal was not changed."),
            LongTaskText.tr("The details are in Rapport's log."),
        )

    def shutdown(self) -> None:
        """Cancel every task of the window and wait for them (the window or its journal closes).

        That includes tasks its dialogs run themselves (an import): an import stopped
        this way rolls back on its own thread before the journal is closed.
        """
        running = [t for t in self.window.findChildren(Task) if t.running]
        for task in running:
            task.cancel()
        for task in running:
            if not task.wait(SHUTDOWN_WAIT_S):
                log.warning("task %s did not stop in time", task.objectName())


class _ProgressDialog(QProgressDialog):
    """A task's progress; without Cancel, Esc and the close button do not hide it either."""

    cancellable = True

    @override
    def reject(self) -> None:
        if self.cancellable:
            super().reject()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.cancellable or not self.isVisible() or self.property("ended"):
            super().closeEvent(event)
        else:
            event.ignore()


def tasks_of(window: QWidget) -> LongTasks:
    """The window's long tasks, made the first time they are asked for."""
    found = window.findChild(
        LongTasks, "rapportLongTasks", Qt.FindChildOption.FindDirectChildrenOnly
    )
    return found if isinstance(found, LongTasks) else LongTasks(window)
