"""Composition root: builds the application, opens the journal, shows the main window.

Errors opening a journal become a plain message with a way forward; unexpected errors
anywhere are logged to a file in the data folder and shown as one friendly dialog.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from rapport import APP_ID, APP_NAME, ORG_NAME, __version__, keyring_store
from rapport.formatting import ensure_readable_locale
from rapport.i18n import Words
from rapport.languages import apply_language, language_setting, resolve
from rapport.locations import JOURNAL_ENV, data_folder, default_journal, settings
from rapport.logs import setup_logging
from rapport.settings_model import Prefs
from rapport.single_instance import GUARDS
from rapport.store import Journal, JournalError
from rapport.store.backup import BackupInfo, restore_backup, set_plan
from rapport.store.errors import (
    CorruptJournalError,
    DamagedIndexesError,
    JournalDamagedError,
    LostJournalError,
    MissingTablesError,
)
from rapport.store.integrity import is_lost, looks_like_a_journal
from rapport.ui import msgbox, team_open
from rapport.ui.away_lock import AwayLock
from rapport.ui.bridge import JournalBridge
from rapport.ui.drafts import offer_drafts
from rapport.ui.icons import app_icon
from rapport.ui.journal_move import remove_old, tidy_after_a_kill, write_checked_copy
from rapport.ui.keep_running import KeepRunning, once_shown, tray_available
from rapport.ui.long_tasks import tasks_of
from rapport.ui.main_window import MainWindow
from rapport.ui.new_journal import PLAIN, ask_protection
from rapport.ui.passphrase_dialog import open_with_passphrase
from rapport.ui.protection import rewrite
from rapport.ui.recovery import recover_damaged, recover_lost, repair_indexes
from rapport.ui.server_status import server_away
from rapport.ui.settings.app_settings import AppSettings
from rapport.ui.settings.passphrase_form import ProtectionRequest
from rapport.ui.worker import Progress

log = logging.getLogger("rapport.app")
AppText = Words("AppText")

#: Set to 1 to quit as soon as the main window has been shown and painted (benchmarks).
EXIT_WHEN_SHOWN = "RAPPORT_EXIT_WHEN_SHOWN"


class AppSession:
    """The one open journal and its window; switching journals replaces both."""

    def __init__(
        self, settings: QSettings, language: str | None = None, at_login: bool = False
    ) -> None:
        self.settings = settings
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
            if recover_damaged(journal.path, self.window):
                again = open_journal(journal.path, self.window)
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

        The copy runs in the background behind a window-modal progress (the window keeps
        painting); it has no Cancel: a restore stopped half-way is the one thing it must
        never leave.
        """
        if self.journal is None or self.window is None:
            return
        if team_open.refused_for_team(self.journal, self.window, "restore"):
            return
        path, window = self.journal.path, self.window
        self._close_journal()

        def job(_progress: Progress) -> BackupInfo | None:
            return restore_backup(path, backup)

        def done(before: BackupInfo | None) -> None:
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
            reopened = open_journal(path, window)
            if reopened is not None:
                self.show(reopened)

        task = tasks_of(window).run(
            AppText.tr("Restore from backup"),
            AppText.tr("Restoring the backup…"),
            job,
            done,
            modal=True,
            cancellable=False,
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
        recover_damaged(path, self.window)
        reopened = open_journal(path, self.window)
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
        rewrite(path, request, self.window)
        reopened = open_journal(path, self.window)
        if reopened is not None:
            self.show(reopened)

    def switch_to(self, path: Path) -> None:
        """Open another journal; on failure, say why and keep the current one."""
        if self.journal is not None and path.absolute() == self.journal.path:
            return
        journal = open_journal(path, self.window)
        if journal is not None:
            self.show(journal)

    def create(self, path: Path, request: ProtectionRequest) -> None:
        """File → New journal…: create it (encrypted when asked) and open it."""
        journal = open_journal(path, self.window, new=request)
        if journal is not None:
            self.show(journal)

    def move_to(self, target: Path) -> None:
        """Settings → Journal → Move: a checked copy, opened there, then the old file removed."""
        if self.journal is None or team_open.refused_for_team(self.journal, self.window, "move"):
            return
        source = self.journal.path
        if not write_checked_copy(source, target, self.window):
            return
        self.switch_to(target)
        if self.journal is not None and self.journal.path == target.absolute():
            remove_old(source, target, self.window)
        else:  # the copy did not open: keep the old journal, drop the copy
            target.unlink(missing_ok=True)

    def open_demo(self) -> None:
        """Open the demo journal in the data folder, writing it the first time."""
        journal = open_demo_journal(self.window)
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


def open_journal(
    path: Path, parent: object = None, new: ProtectionRequest | None = None
) -> Journal | None:
    """Open a journal, or explain in plain words why not (the file is left as it was).

    `new` says how a journal that does not exist yet is created: with its passphrase
    (encrypted from the first byte), or plain.
    """
    path = path.expanduser().absolute()
    if not GUARDS.claim(path):
        msgbox.inform(
            parent,  # type: ignore[arg-type]
            AppText.tr("The journal is already open"),
            AppText.tr(
                "“{name}” is open in another Rapport window, which was brought forward."
            ).format(name=path.name),
        )
        return None
    use_owner_backups(path)
    tidy_after_a_kill(path)  # it is ours now: no other Rapport is backing it up or moving it

    created = new.new if new is not None and not path.exists() else None

    def opener(passphrase: str | None) -> Journal:
        return Journal.open(path, passphrase=passphrase or created)

    try:
        try:
            journal = open_with_passphrase(path, opener, parent)  # type: ignore[arg-type]
        except (LostJournalError, CorruptJournalError) as exc:
            if isinstance(exc, CorruptJournalError) and not looks_like_a_journal(path):
                raise  # not recognisably ours: left exactly where it is
            if _recovered(path, parent, exc):  # type: ignore[arg-type]
                journal = open_with_passphrase(path, opener, parent)  # type: ignore[arg-type]
            else:
                journal = None  # explained, and moved aside if damaged; nothing more to say
        if journal is None:  # the passphrase was not given: the journal stays closed
            GUARDS.release(path)
        elif created and new is not None and new.remember:
            keyring_store.remember(journal.path, created)
        return journal
    except JournalError as exc:
        GUARDS.release(path)
        log.warning("could not open %s: %s", path, exc)
        msgbox.warn(
            parent,  # type: ignore[arg-type]
            AppText.tr("Rapport could not open the journal"),
            exc.message,
            exc.hint,
        )
        return None


def _recovered(path: Path, parent: QWidget | None, error: JournalError) -> bool:
    """Offer the way out of a lost or damaged journal; True when it is ready to open again."""
    if isinstance(error, LostJournalError):
        return recover_lost(path, parent)
    if isinstance(error, DamagedIndexesError):
        repaired = repair_indexes(path, parent)
        return bool(repaired or (repaired is None and recover_damaged(path, parent)))
    return recover_damaged(path, parent, missing_part=isinstance(error, MissingTablesError))


def use_owner_backups(path: Path) -> None:
    """Look for (and write) this journal's backups where Settings → Backups keeps them.

    Set before the journal opens: whether a missing journal has backups, and where the
    backup before a schema upgrade goes, depend on it.
    """
    set_plan(path.absolute(), AppSettings(settings()).backup_plan())


def demo_journal_path() -> Path:
    """Where the demo journal lives: the data folder, beside the default journal."""
    return data_folder() / "demo.rapport"


def open_demo_journal(parent: object = None) -> Journal | None:
    """Open the demo journal, generating it if it does not exist yet."""
    from rapport.demo import write_demo

    path = demo_journal_path()
    if not path.exists():
        try:
            write_demo(path)
        except (JournalError, OSError) as exc:
            msgbox.warn(
                parent,  # type: ignore[arg-type]
                AppText.tr("The demo journal could not be written"),
                str(exc),
            )
            return None
    return open_journal(path, parent)


def _first_start_choice(path: Path) -> Journal | None:
    """On the very first start, offer a demo journal instead of the empty one."""
    if msgbox.ask(
        None,
        AppText.tr("Welcome to {app}").format(app=APP_NAME),
        AppText.tr(
            "Rapport keeps a journal of your customer relationships: what happened after each "
            "meeting, where each relationship stands, and what to follow up."
        ),
        detail=AppText.tr(
            "Start with an empty journal, or look around a demo journal of a small "
            "coffee roastery first? You can open either later from the File menu."
        ),
        yes=AppText.tr("Start my journal"),
        no=AppText.tr("Open the demo"),
    ):
        return open_journal(path, new=ask_protection(None, path) or PLAIN)
    return open_demo_journal()


def _install_excepthook(log_path: Path | None) -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if server_away(value):  # a team journal's server: the status bar says so, not this
            return
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if log_path:
            detail = AppText.tr(
                "Details were written to {path}. If it happens again, please send that file "
                "to support."
            ).format(path=log_path)
        else:
            detail = ""
        msgbox.warn(
            None,
            AppText.tr("Something went wrong"),
            AppText.tr("Rapport ran into an unexpected problem. Your saved entries are safe."),
            detail,
        )

    sys.excepthook = hook


def _choose_journal(explicit: Path | None, remembered: object = None) -> tuple[Path, bool]:
    """The journal to open, and whether it was named rather than the default.

    Named means: on the command line, in the environment, or the journal last open (so
    a journal opened or moved elsewhere is found again at the next start, and one that
    went missing is offered its backups rather than swapped for the default).
    """
    if explicit is not None:
        return explicit.expanduser(), True
    if os.environ.get(JOURNAL_ENV, "").strip():
        return default_journal(), True
    if isinstance(remembered, str) and remembered:
        last = Path(remembered)
        use_owner_backups(last)
        if last.is_file() or is_lost(last):
            return last, True
    return default_journal(), False


def start_app(
    journal_path: Path | str | None = None, verbose: bool = False, at_login: bool = False
) -> AppSession | None:
    """Set up the application and show the main window; None when no journal was opened.

    `at_login` (started by the autostart entry): the window waits in the tray when
    Rapport is kept there, else it starts minimised.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    ensure_readable_locale()
    log_path = setup_logging(verbose)
    language = apply_language(language_setting(settings()))
    _install_excepthook(log_path)
    team, named = team_open.requested(journal_path, settings().value("journal/last"))
    journal = team_open.open_team(team) if team is not None else None
    if journal is not None or named:  # a team journal named at start: no file instead
        session = AppSession(settings(), language, at_login)
        return session if journal is not None and session.show(journal) is not None else None
    path, named = _choose_journal(
        Path(journal_path) if journal_path else None, settings().value("journal/last")
    )
    if not GUARDS.claim(path.absolute()):
        if not GUARDS.handed_over:
            msgbox.warn(
                None,
                AppText.tr("The journal is in use"),
                AppText.tr("Another program is using “{path}” and did not answer.").format(
                    path=path
                ),
                AppText.tr("Close it (or wait until it finishes), then start Rapport again."),
            )
        return None
    use_owner_backups(path)
    first_start = not named and not path.exists() and not is_lost(path)
    journal = _first_start_choice(path) if first_start else open_journal(path)
    while journal is None:
        chosen, _ = QFileDialog.getOpenFileName(
            None,
            AppText.tr("Open a journal"),
            str(path.parent),
            AppText.tr("Rapport journals (*.rapport);;All files (*)"),
        )
        if not chosen:
            return None
        journal = open_journal(Path(chosen))
    session = AppSession(settings(), language, at_login)
    return session if session.show(journal) is not None else None


def run_app(
    journal_path: Path | str | None = None, verbose: bool = False, at_login: bool = False
) -> int:
    """Run the desktop app until it quits (window closed, or Quit in the tray)."""
    session = start_app(journal_path, verbose, at_login)
    if session is None:
        return 0 if GUARDS.handed_over else 1
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = session.window
    if os.environ.get(EXIT_WHEN_SHOWN) == "1" and window is not None:
        QTimer.singleShot(0, lambda: (window.repaint(), app.quit()))
    code = app.exec()
    session.close()
    # Everything is saved and closed. Python's last garbage collection at exit walks
    # every object SQLAlchemy, SQLModel and Qt made (about 100 ms, a tenth of a start);
    # the process is ending and frees them all at once, so that walk is skipped.
    gc.freeze()
    return code
