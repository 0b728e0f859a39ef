"""The one open journal and its main window, from the first window to the last.

Switching journals, creating one, opening the demo, moving the file, restoring a
backup, changing the passphrase and a new language all replace the window (and the
journal under it) here; the tray keeps Rapport running when it is closed. How a
journal is opened (and what to do when it will not open) is given by the composition
root (`rapport.app`), so the owner's settings are read in one place.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from rapport.i18n import Words
from rapport.languages import apply_language, language_setting, resolve
from rapport.settings_model import Prefs
from rapport.single_instance import GUARDS
from rapport.store import Journal
from rapport.store.errors import JournalDamagedError
from rapport.ui import msgbox, team_open
from rapport.ui.away_lock import AwayLock
from rapport.ui.bridge import JournalBridge
from rapport.ui.drafts import offer_drafts
from rapport.ui.keep_running import KeepRunning, once_shown, tray_available
from rapport.ui.main_window import MainWindow

if TYPE_CHECKING:
    from rapport.store.backup import BackupInfo
    from rapport.ui.settings.passphrase_form import ProtectionRequest
    from rapport.ui.worker import Progress

log = logging.getLogger("rapport.app")
#: The texts keep the context they had in app.py (their translations stay as they are).
AppText = Words("AppText")

#: Opens a journal at a path (parent for messages, how to create it), None when it did not.
OpenJournal = Callable[[Path, object, "ProtectionRequest | None"], "Journal | None"]
#: Opens the demo journal (parent for messages), None when it could not.
OpenDemo = Callable[[object], "Journal | None"]


class AppSession:
    """The one open journal and its window; switching journals replaces both."""

    def __init__(
        self,
        settings: QSettings,
        language: str | None = None,
        at_login: bool = False,
        *,
        open_journal: OpenJournal,
        open_demo: OpenDemo,
    ) -> None:
        self.settings = settings
        #: How a journal is opened (with its backups planned, its failures explained).
        self._open = open_journal
        self._open_demo = open_demo
        self.window: MainWindow | None = None
        #: Whether closing the window keeps Rapport in the tray (one per window).
        self.keep: KeepRunning | None = None
        #: Started by the login's autostart entry: the first window waits in the tray.
        self.at_login = at_login
        self.journal: Journal | None = None
        #: Hides an encrypted journal behind its passphrase when the owner is away.
        self.away: AwayLock | None = None
        #: The language in effect (a window is rebuilt when a different one is saved).
        self.language = language or resolve(language_setting(settings))

    def show(self, journal: Journal) -> MainWindow | None:
        """Show a main window on an open journal, closing the previous one.

        A big journal is only partly checked before it opens (store/integrity.py); if
        the first screen runs into damage, the journal is moved aside and the newest
        good backup offered, as at start. None when no window could be shown.
        """
        try:
            window = MainWindow(JournalBridge(journal), self.settings)
        except JournalDamagedError as exc:
            log.warning("damage found while showing %s: %s", journal.path, exc.reason)
            journal.close()
            from rapport.ui.recovery import recover_damaged

            if recover_damaged(journal.path, self.window):
                again = self._open(journal.path, self.window, None)
                if again is not None:
                    return self.show(again)
            if self.journal is None or self.journal.path != journal.path:
                GUARDS.release(journal.path)
            return None
        previous, old_journal = self.window, self.journal
        self.journal = journal
        self.window = window
        self.window.open_journal_requested.connect(self.switch_to)
        self.window.open_team_requested.connect(
            lambda where: team_open.switch_to_team(where, self.journal, self.window, self.show)
        )
        self.window.new_journal_requested.connect(self.create)
        self.window.open_demo_requested.connect(self.open_demo)
        self.window.move_journal_requested.connect(self.move_to)
        self.window.preferences.protection_requested.connect(self.change_protection)
        minutes = self.window.preferences.app_settings.prefs().journal.lock_after_minutes
        self.away = AwayLock(journal, window, minutes)
        self.window.safety.restore_requested.connect(self.restore_from)
        self.window.safety.recover_requested.connect(self.recover_open_journal)
        self.window.bridge.relocated.connect(self._on_relocated)
        self.window.preferences.app_settings.changed.connect(self._on_prefs_changed)
        guard = GUARDS.get(journal.path)
        if guard is not None and old_journal is not journal:
            guard.activated.connect(self.bring_forward)
        if self.keep is not None:
            self.keep.stop()
        self.keep = KeepRunning(window)
        if previous is not None:
            previous.save_state()
            previous.shutdown()
            previous.hide()
            previous.deleteLater()
        if old_journal is not None and old_journal is not journal:
            old_journal.close()
            if old_journal.path != journal.path:
                GUARDS.release(old_journal.path)
        team_open.remember_journal(self.settings, journal)
        if not self.at_login:
            window.show()
        elif self.keep.tray is None or not tray_available():
            window.showMinimized()  # no tray to wait in: in the task bar instead
        self.at_login = False  # only the first window
        drafts, reopen = window.controller.drafts, window.controller.reopen_draft
        # Waiting in the tray: asked when the owner opens the window, not at login.
        once_shown(
            window,
            lambda: QTimer.singleShot(0, window, lambda: offer_drafts(window, drafts, reopen)),
        )
        return window

    def _on_relocated(self, old: Path, new: Path) -> None:
        """The journal was saved again at `new` (its file was taken away): own it there."""
        if GUARDS.claim(new):
            guard = GUARDS.get(new)
            if guard is not None:
                guard.activated.connect(self.bring_forward)
        GUARDS.release(old)
        self.settings.setValue("journal/last", str(new))

    def _on_prefs_changed(self, prefs: Prefs) -> None:
        """A new language was saved: speak it, and build the window again in it."""
        if self.away is not None:
            self.away.set_minutes(prefs.journal.lock_after_minutes)
        choice = prefs.appearance.language.value
        if resolve(choice) == self.language:
            return
        self.language = apply_language(choice)
        # After the Settings dialog has closed: the window it belongs to is replaced.
        QTimer.singleShot(0, self._rebuild_window)

    def _rebuild_window(self) -> None:
        """The same journal in a new main window (its words are set when it is built).

        Open dialogs get their say first, as when the window closes: one with text the
        owner keeps writing stays, and so does the window, until the next start.
        """
        window = self.window
        if self.journal is None or window is None:
            return
        for child in window.findChildren(QWidget):
            if child.isWindow() and child.isVisible() and not child.close():
                msgbox.inform(
                    window,
                    AppText.tr("The main window changes language at the next start"),
                    AppText.tr(
                        "New dialogs already use the language you chose. The main window "
                        "stays as it is while you finish what you are writing."
                    ),
                )
                return
        self.show(self.journal)

    def bring_forward(self) -> None:
        """Another start asked for this journal: show the window (and its open dialog)."""
        window = self.window
        if window is None:
            return
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        modal = QApplication.activeModalWidget()
        if modal is not None:
            modal.raise_()
            modal.activateWindow()

    def restore_from(self, backup: Path) -> None:
        """Put a backup in place of the open journal (backed up first) and reopen it.

        The work runs in the background behind a window-modal progress (the window keeps
        painting). Cancel stops it while the backup is checked and the journal backed up
        first; once the copy has begun it goes to its end (a restore stopped half-way is
        the one thing it must never leave), and says so when it is done.
        """
        if self.journal is None or self.window is None:
            return
        if team_open.refused_for_team(self.journal, self.window, "restore"):
            return
        path, window = self.journal.path, self.window
        self._close_journal()

        from rapport.store.backup import restore_backup
        from rapport.ui.long_tasks import tasks_of

        def job(progress: Progress) -> tuple[BackupInfo | None]:
            return (restore_backup(path, backup, go_on=progress.check),)

        def done(restored: tuple[BackupInfo | None]) -> None:
            (before,) = restored
            msgbox.inform(
                window,
                AppText.tr("Backup restored"),
                AppText.tr("The journal is back to how it was in the backup."),
                AppText.tr("The journal as it was just before is kept as a backup: {name}").format(
                    name=before.path.name
                )
                if before
                else "",
            )

        def failed(exc: object) -> None:
            msgbox.warn(window, AppText.tr("The backup was not restored"), str(exc))

        def reopen() -> None:
            reopened = self._open(path, window, None)
            if reopened is not None:
                self.show(reopened)

        task = tasks_of(window).run(
            AppText.tr("Restore from backup"),
            AppText.tr("Restoring the backup…"),
            job,
            done,
            modal=True,
            # Cancel clicked too late (the copy had begun): it was restored all the same.
            cancelled=lambda restored: done(restored) if restored else None,
            failed=failed,
        )
        if task is None:
            reopen()
        else:
            task.ended.connect(reopen)

    def recover_open_journal(self) -> None:
        """Tools → Check journal found damage: move the journal aside, offer the newest backup."""
        if self.journal is None or team_open.refused_for_team(self.journal, self.window, "recover"):
            return
        path = self.journal.path
        self._close_journal()
        from rapport.ui.recovery import recover_damaged

        recover_damaged(path, self.window)
        reopened = self._open(path, self.window, None)
        if reopened is not None:
            self.show(reopened)

    def _close_journal(self) -> None:
        """Close the journal under the window, its background work stopped first."""
        if self.window is not None:
            self.window.shutdown()  # no reading while the file is replaced or moved
        if self.journal is not None:
            self.journal.close()

    def change_protection(self, request: ProtectionRequest) -> None:
        """Settings → Journal → Passphrase: rewrite the journal closed, then open it again."""
        if self.journal is None or team_open.refused_for_team(
            self.journal, self.window, "passphrase"
        ):
            return
        path = self.journal.path
        self._close_journal()
        from rapport.ui.protection import rewrite

        rewrite(path, request, self.window)
        reopened = self._open(path, self.window, None)
        if reopened is not None:
            self.show(reopened)

    def switch_to(self, path: Path) -> None:
        """Open another journal; on failure, say why and keep the current one."""
        if self.journal is not None and path.absolute() == self.journal.path:
            return
        journal = self._open(path, self.window, None)
        if journal is not None:
            self.show(journal)

    def create(self, path: Path, request: ProtectionRequest) -> None:
        """File → New journal…: create it (encrypted when asked) and open it."""
        journal = self._open(path, self.window, request)
        if journal is not None:
            self.show(journal)

    def move_to(self, target: Path) -> None:
        """Settings → Journal → Move: a checked copy, opened there, then the old file removed."""
        if self.journal is None or team_open.refused_for_team(self.journal, self.window, "move"):
            return
        source = self.journal.path
        from rapport.ui.journal_move import remove_old, write_checked_copy

        if not write_checked_copy(source, target, self.window):
            return
        self.switch_to(target)
        if self.journal is not None and self.journal.path == target.absolute():
            remove_old(source, target, self.window)
        else:  # the copy did not open: keep the old journal, drop the copy
            target.unlink(missing_ok=True)

    def open_demo(self) -> None:
        """Open the demo journal in the data folder, writing it the first time."""
        journal = self._open_demo(self.window)
        if journal is not None:
            self.show(journal)

    def close(self) -> None:
        """Close the window (remembering its layout) and release the journal at exit."""
        if self.keep is not None:
            self.keep.quitting = True  # the window closes for real now
            self.keep.stop()
        if self.window is not None:
            self.window.close()
            self.window.shutdown()  # even if a dialog kept the window open
            self.window.deleteLater()
            self.window = None
        if self.journal is not None:
            self.journal.close()
            GUARDS.release(self.journal.path)
            self.journal = None
