"""Menu actions that keep the journal safe (back up, restore, check, trash); automatic backups.

Automatic backups run in the background while the journal changes, at most every 30 minutes
unless the owner chose another interval in Settings → Backups.

Restoring and recovering replace the open journal, which only the app session may do,
so those are asked for with signals; everything else is done here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from rapport import formatting
from rapport.domain.retention import AUTO_BACKUP_INTERVAL, backup_due, reason_label
from rapport.i18n import Words
from rapport.store import integrity
from rapport.store.backup import (
    BackupError,
    BackupInfo,
    backup_journal,
    list_backups,
    take_backup,
)
from rapport.store.check import CheckReport
from rapport.store.check import check_journal as check_links_and_index
from rapport.store.errors import JournalError, JournalMovedError
from rapport.store.records import Change
from rapport.store.team import owner_only
from rapport.store.trash import TrashItem
from rapport.ui import msgbox, recovery
from rapport.ui.background import start_thread
from rapport.ui.bridge import JournalBridge
from rapport.ui.check_journal import present
from rapport.ui.dialogs.restore_dialog import RestoreDialog, human_size
from rapport.ui.dialogs.trash_dialog import TrashDialog
from rapport.ui.long_tasks import tasks_of
from rapport.ui.modal import open_modal
from rapport.ui.worker import Progress, Task

log = logging.getLogger("rapport.ui.safety")
SafetyText = Words("SafetyText")
CHECK_EVERY_MS = 60_000
#: A big journal's full quick check starts this long after the window is up.
BACKGROUND_CHECK_DELAY_MS = 1500


class AutoBackup(QObject):
    """Backs the journal up in the background: at most every `interval`, only after changes."""

    done = Signal(object)  # BackupInfo, or a BackupError

    def __init__(
        self,
        bridge: JournalBridge,
        parent: QObject | None = None,
        run: Callable[[Callable[[], None]], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.changed = False
        self.running = False
        self.stopped = False  # the window shut down: its journal is no longer ours to back up
        self.interval = AUTO_BACKUP_INTERVAL  # the owner's choice, from Settings → Backups
        newest = list_backups(self.path)
        self.last: datetime | None = newest[0].taken_at if newest else None
        self._run = run or (lambda job: start_thread(job, "rapport-backup"))
        bridge.changed.connect(self._on_change)
        self.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self.timer = QTimer(self, interval=CHECK_EVERY_MS)
        self.timer.timeout.connect(lambda: self.tick(datetime.now(UTC)))
        self.timer.start()

    @property
    def path(self) -> Path:
        """The journal's file (it may have been saved again elsewhere)."""
        return self.bridge.journal.path

    def _on_change(self, _change: Change) -> None:
        self.changed = True

    def tick(self, now: datetime) -> bool:
        """Start a backup if one is due; True when one was started.

        Not while the journal's file is gone: the file at its path is not the journal.
        """
        if self.stopped or self.running:
            return False
        if not backup_due(self.last, self.changed, now, self.interval):
            return False
        if self.bridge.journal.file_moved():
            log.warning("automatic backup skipped: the journal file was moved or deleted")
            return False
        self.running, self.changed = True, False
        path = self.path

        def job() -> None:
            try:
                result: object = take_backup(path, "auto")
            except BackupError as exc:
                result = exc
            with suppress(RuntimeError):  # the window closed meanwhile: nobody to tell
                self.done.emit(result)

        self._run(job)
        return True

    def stop(self) -> None:
        """No more backups (the window shuts down; one under way finishes on its own)."""
        self.stopped = True
        self.timer.stop()

    def _on_done(self, result: object) -> None:
        self.running = False
        if isinstance(result, BackupInfo):
            self.last = result.taken_at
        else:
            self.changed = True  # try again at the next tick
            log.warning("automatic backup failed: %s", result)


class SafetyActions(QObject):
    """File → Back up now / Restore from backup / Check journal, and Edit → Trash."""

    restore_requested = Signal(Path)  # a backup to restore into the open journal
    recover_requested = Signal()  # the open journal is damaged: move aside, offer a backup
    background_checked = Signal(object)  # what the background quick check found, or None

    def __init__(self, bridge: JournalBridge, undo_stack: QUndoStack, window: QWidget) -> None:
        super().__init__(window)
        self.bridge = bridge
        self.journal = bridge.journal
        self.undo_stack = undo_stack
        self.window = window
        self.auto = AutoBackup(bridge, self)
        self.background_checked.connect(
            self._on_background_check, Qt.ConnectionType.QueuedConnection
        )
        self._checking = False  # the background check is running
        self._met: str | None = None  # damage a screen met while it ran
        self._offered = False  # recovery was offered once this session
        self._stopped = False  # the window shut down
        if self.journal.check_pending:
            QTimer.singleShot(BACKGROUND_CHECK_DELAY_MS, self, self.start_background_check)

    @property
    def checking(self) -> bool:
        """Whether the background check is running."""
        return self._checking

    def add_file_actions(self, menu: QMenu) -> None:
        """Back up now and Restore from backup… in the File menu."""
        for text, slot in (
            (SafetyText.tr("&Back up now"), self.back_up_now),
            (SafetyText.tr("&Restore from backup…"), self.choose_backup),
        ):
            action = QAction(text, self.window)
            action.triggered.connect(slot)
            menu.addAction(action)

    def add_edit_actions(self, menu: QMenu) -> None:
        """Trash… in the Edit menu."""
        action = QAction(SafetyText.tr("&Trash…"), self.window)
        action.triggered.connect(self.show_trash)
        menu.addAction(action)

    # --- backups -------------------------------------------------------------------------

    def back_up_now(self) -> Task | None:
        """Take a verified backup in the background, then say where it is."""
        if self.journal.file_moved() and not self.bridge.save_again(
            self.window, JournalMovedError(self.journal.path)
        ):
            return None
        path = self.journal.path

        def job(_progress: Progress) -> BackupInfo:
            return take_backup(path, "manual")

        def done(info: BackupInfo) -> None:
            self.auto.last = info.taken_at
            msgbox.inform(
                self.window,
                SafetyText.tr("Backup made"),
                SafetyText.tr("The journal was backed up and checked ({size}).").format(
                    size=human_size(info.size)
                ),
                SafetyText.tr("It is in {folder}").format(folder=info.path.parent),
            )

        def cancelled(info: BackupInfo | None) -> None:
            # A backup is one SQLite copy that cannot stop half-way: one that ended as
            # Cancel was clicked is removed, so a cancelled backup leaves nothing.
            if info is not None:
                with suppress(OSError):
                    info.path.unlink()

        return tasks_of(self.window).run(
            SafetyText.tr("Back up now"),
            SafetyText.tr("Backing up the journal…"),
            job,
            done,
            cancelled=cancelled,
        )

    def choose_backup(self) -> RestoreDialog | None:
        """List the backups; on OK, ask the session to restore the chosen one."""
        if not self._owner(SafetyText.tr("Restore from backup"), "restore"):
            return None
        dialog = RestoreDialog(list_backups(self.journal.path), self.window)

        def chosen() -> None:
            backup = dialog.chosen()
            if backup is None:
                return
            if msgbox.ask(
                self.window,
                SafetyText.tr("Restore this backup?"),
                SafetyText.tr("The journal goes back to how it was on {when} ({reason}).").format(
                    when=formatting.when(backup.taken_at), reason=reason_label(backup.reason)
                ),
                detail=SafetyText.tr(
                    "The journal as it is now is backed up first, so you can come back to it."
                ),
                yes=SafetyText.tr("Restore"),
                no=SafetyText.tr("Cancel"),
            ):
                self.restore_requested.emit(backup.path)

        dialog.accepted.connect(chosen)
        open_modal(dialog)
        return dialog

    def shutdown(self) -> None:
        """Stop the background work (the window is going): automatic backups, a pending check."""
        self.auto.stop()
        self._stopped = True

    def start_background_check(self) -> None:
        """Check the whole of a big journal without holding up the window."""
        if self._checking or self._stopped:
            return
        self._checking = True
        path = self.journal.path

        def job() -> None:
            found = integrity.background_check(path)
            with suppress(RuntimeError):  # the window closed meanwhile: nobody to tell
                self.background_checked.emit(found)

        start_thread(job, "rapport-check")

    def damage_met(self, problem: str) -> None:
        """A screen reading in the background (Today) met damage: offer recovery once.

        While the background check runs, its verdict is awaited (and this damage
        counts even if the check misses it), so the owner is asked once, not twice.
        """
        log.warning("damage met while reading %s: %s", self.journal.path, problem)
        if self._checking:
            self._met = problem
            return
        self._on_background_check(problem)

    def _on_background_check(self, problem: object) -> None:
        self._checking = False
        self.journal.check_pending = False
        problem = problem or self._met
        if problem is None:
            log.info("background check of %s: sound", self.journal.path)
            return
        if self._offered:
            return
        self._offered = True
        if self._met is None and integrity.only_indexes_damaged(str(problem)):
            self._repair_indexes()
            return
        if msgbox.ask(
            self.window,
            SafetyText.tr("The journal is damaged"),
            SafetyText.tr(
                "While you worked, Rapport found that part of the journal can no longer be read."
            ),
            detail=SafetyText.tr(
                "Move it aside (nothing is deleted) and restore the newest good backup? "
                "Until then, avoid writing new entries."
            ),
            yes=SafetyText.tr("Move aside and restore"),
            no=SafetyText.tr("Later"),
        ):
            self.recover_requested.emit()

    def check_journal(self, rebuild: bool = False) -> Task | None:
        """Run the full check in the background; repair indexes or offer recovery when needed.

        A sound file goes on to its links and the search index (`check_and_report`'s
        checks); `rebuild` rebuilds the search index as well.
        """
        journal = self.journal

        def job(progress: Progress) -> tuple[str | None, CheckReport | None]:
            problem = integrity.full_check(journal.path, stop=lambda: progress.cancelled)
            if problem is not None:
                return problem, None
            progress.check()
            return None, check_links_and_index(journal, rebuild_index=rebuild, file_checked=True)

        def done(found: tuple[str | None, CheckReport | None]) -> None:
            problem, report = found
            if report is not None:  # the file is sound: now its links and the search index
                if present(report, self.window):
                    self.check_journal(rebuild=True)
                return
            if problem is not None and integrity.only_indexes_damaged(problem):
                self._repair_indexes()
                return
            self.recover_requested.emit()

        return tasks_of(self.window).run(
            SafetyText.tr("Check journal"), SafetyText.tr("Checking the journal…"), job, done
        )

    def _repair_indexes(self) -> None:
        """Indexes out of step: offer the rebuild (after a backup); other damage recovers."""
        repaired = recovery.repair_indexes(self.journal.path, self.window)
        if repaired:  # on the journal's own feed: what the store keeps is read again too
            self.journal.changes.publish(Change(everything=True))
        elif repaired is None:
            self.recover_requested.emit()

    def _owner(self, title: str, what: str) -> bool:
        """True when this login may do an owner's action; else says so plainly (a team journal)."""
        try:
            if self.journal.may_own():
                return True
            said: JournalError = owner_only(what)
        except JournalError as exc:  # the server could not be asked
            said = exc
        msgbox.warn(self.window, title, said.message, said.hint)
        return False

    # --- trash ---------------------------------------------------------------------------

    def show_trash(self) -> TrashDialog:
        """Open the Trash view."""
        dialog = TrashDialog(
            self.journal.trash.items,
            self._restore_item,
            self._empty,
            self.window,
            owner=self.journal.may_own(),
        )
        open_modal(dialog)
        return dialog

    def _restore_item(self, item: TrashItem) -> bool:
        ok, _ = self.bridge.write(
            self.window,
            SafetyText.tr("Restore from the trash"),
            lambda: self.journal.trash.restore(item),
        )
        return ok

    def _empty(self) -> bool:
        if not self._owner(SafetyText.tr("The trash was not emptied"), "trash"):
            return False
        count = len(self.journal.trash.items())
        if not msgbox.ask(
            self.window,
            SafetyText.tr("Empty the trash?"),
            SafetyText.tr("The %n item(s) in the trash will be deleted for good.", "", count),
            detail=SafetyText.tr("A backup is made first. Undo cannot bring them back afterwards."),
            yes=SafetyText.tr("Empty the trash"),
            no=SafetyText.tr("Cancel"),
        ):
            return False
        try:
            if self.journal.server is not None:  # a team journal: the server's pg_dump
                backup_journal(self.journal.engine, self.journal.path, "before-empty-trash")
            else:
                take_backup(self.journal.path, "before-empty-trash")
        except JournalError as exc:  # BackupError; a team journal's ServerBackupError
            msgbox.warn(
                self.window, SafetyText.tr("The trash was not emptied"), exc.message, exc.hint
            )
            return False
        ok, _ = self.bridge.write(
            self.window, SafetyText.tr("Empty the trash"), self.journal.trash.empty
        )
        if ok:
            self.undo_stack.clear()  # the deletes it holds can no longer be undone
        return ok
