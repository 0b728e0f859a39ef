"""Going to a timeline row far down (a search hit, a follow-up): read off the UI thread.

The rows above an old entry are read by a worker (`TimelineModel.reader`) and shown
in one insert when they have all arrived (`TimelineModel.take`), so Cancel (its button,
or Esc) leaves the timeline as it was: nothing is shown half-read. The view then goes
to the row without laying out the rows above it (`TimelineView.go_to`). A read that
takes longer than a moment shows its progress ("Finding the entry…").
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QProgressDialog
from typing_extensions import override

from rapport.i18n import Words
from rapport.store.errors import JournalError
from rapport.ui import msgbox
from rapport.ui.long_tasks import SHOW_PROGRESS_AFTER_MS, LongTaskText
from rapport.ui.models.timeline import Through, TimelineModel
from rapport.ui.timeline_view import TimelineView
from rapport.ui.worker import Task

log = logging.getLogger("rapport.ui.timeline")
GoToText = Words("GoToText")


class GoTo(QObject):
    """The one row being gone to in a timeline; a new one, or another customer, cancels it."""

    def __init__(self, view: TimelineView, model: TimelineModel) -> None:
        super().__init__(view)
        self._view = view
        self._model = model
        self._task: Task | None = None
        self._dialog: QProgressDialog | None = None
        view.installEventFilter(self)  # Esc in the timeline cancels
        model.modelReset.connect(self.cancel)  # another customer (or the same afresh)

    @property
    def running(self) -> bool:
        """Whether rows are being read for a row to go to."""
        return self._task is not None

    @property
    def dialog(self) -> QProgressDialog | None:
        """The progress shown while the rows are read (hidden for the first moment)."""
        return self._dialog

    def start(self, key: tuple[str, int], shown: Callable[[], None]) -> bool:
        """Go to the row of `key`; False if it is not in this timeline.

        A row loaded already is gone to at once; otherwise the rows above it are read
        in the background and `shown` is called once it is selected and in sight.
        True then means "on its way".
        """
        self.cancel()
        row = self._model.loaded_row(key)
        if row is not None:
            self._show(row, shown)
            return True
        read = self._model.reader(key)
        if read is None:
            return False
        task = Task(read, "find-entry", self)
        dialog = QProgressDialog(
            GoToText.tr("Finding the entry…"), GoToText.tr("Cancel"), 0, 0, self._view.window()
        )
        dialog.setObjectName("findEntryProgress")
        dialog.setWindowTitle(GoToText.tr("Go to entry"))
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)  # starts the timer that shows it after the minimum duration
        dialog.canceled.connect(self.cancel)

        def progressed(done: int, total: int) -> None:
            if self._dialog is not dialog:
                return  # cancelled: the dialog is gone
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))

        def ended() -> None:
            if self._task is not task:
                return  # cancelled: whatever it read is dropped
            self._end()
            result = task.result
            if task.outcome != "finished" or not isinstance(result, Through):
                return
            found = self._model.take(result, key)
            if found is None:
                log.info("the entry to go to is no longer in this timeline")
                return
            self._show(found, shown)

        task.progressed.connect(progressed)
        task.failed.connect(lambda exc: self._failed(exc) if self._task is task else None)
        task.ended.connect(ended)
        self._task, self._dialog = task, dialog
        task.start()
        return True

    def cancel(self) -> None:
        """Stop going to the row: the timeline stays as it was."""
        task = self._task
        if task is None:
            return
        task.cancel()
        self._end()
        log.info("going to an entry cancelled")

    def _end(self) -> None:
        self._task = None
        dialog, self._dialog = self._dialog, None
        if dialog is not None:
            dialog.canceled.disconnect(self.cancel)
            dialog.close()
            dialog.deleteLater()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc in the timeline while the rows are read: cancel (the dialog takes Esc too)."""
        if (
            self._task is not None
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.cancel()
            return True
        return super().eventFilter(watched, event)

    def _failed(self, exc: object) -> None:
        """The rows could not be read: say so in words (the timeline stays as it was)."""
        title = GoToText.tr("Go to entry")
        if isinstance(exc, JournalError):
            msgbox.warn(self._view.window(), title, exc.message, exc.hint)
            return
        msgbox.warn(
            self._view.window(),
            title,
            LongTaskText.tr("Something unexpected went wrong; your journal was not changed."),
            LongTaskText.tr("The details are in Rapport's log."),
        )

    def _show(self, row: int, shown: Callable[[], None]) -> None:
        shown()
        self._view.go_to(self._model.index(row))
