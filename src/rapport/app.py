"""Composition root: builds the application, opens the journal, shows the main window.

Errors opening a journal become a plain message with a way forward
(`ui/journal_opening.py`); the open journal and its window live in a session
(`ui/app_session.py`); unexpected errors anywhere are logged to a file in the data
folder and shown as one friendly dialog. Only what the first window needs is imported
before it is shown: recovery, passphrase changes, moving and restoring load when used.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

import rapport.ui.pyside_hook  # noqa: F401  (first: PySide's import hook made cheap)
from rapport import APP_ID, APP_NAME, ORG_NAME, __version__
from rapport.formatting import ensure_readable_locale
from rapport.i18n import Words
from rapport.languages import apply_language, language_setting
from rapport.locations import JOURNAL_ENV, data_folder, default_journal, settings
from rapport.logs import setup_logging
from rapport.single_instance import GUARDS
from rapport.store import Journal, JournalError
from rapport.store.backup import set_plan
from rapport.store.integrity import is_lost
from rapport.ui import journal_opening, msgbox, team_open
from rapport.ui.app_session import AppSession
from rapport.ui.icons import app_icon
from rapport.ui.server_status import server_away
from rapport.ui.settings.app_settings import AppSettings

if TYPE_CHECKING:
    from rapport.ui.settings.passphrase_form import ProtectionRequest

__all__ = ["AppSession", "open_journal", "run_app", "start_app"]

log = logging.getLogger("rapport.app")
AppText = Words("AppText")

#: Set to 1 to quit as soon as the main window has been shown and painted (benchmarks).
EXIT_WHEN_SHOWN = "RAPPORT_EXIT_WHEN_SHOWN"


def open_journal(
    path: Path, parent: object = None, new: ProtectionRequest | None = None
) -> Journal | None:
    """Open a journal, or explain in plain words why not (the file is left as it was).

    `new` says how a journal that does not exist yet is created: with its passphrase
    (encrypted from the first byte), or plain. Its backups are looked for (and
    written) where Settings → Backups keeps them (`ui/journal_opening.py` does the rest).
    """
    return journal_opening.open_journal(path, parent, new, use_owner_backups)


def new_session(language: str, at_login: bool = False) -> AppSession:
    """The session of this process's windows, opening journals as the app does."""
    return AppSession(
        settings(),
        language,
        at_login,
        open_journal=open_journal,
        open_demo=open_demo_journal,
    )


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
        from rapport.ui.new_journal import PLAIN, ask_protection

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


#: Whether this process has frozen what it loaded before its first window.
_STARTED: list[bool] = []


def _freeze_what_is_loaded() -> None:
    """Keep the modules' objects out of the collector's walks, once per process.

    They live to the end: the collections the first screen sets off (tens of
    thousands of objects for Today) need not walk them again and again. Only at the
    first start: a later one (tests start many) would pin earlier garbage for good.
    """
    if not _STARTED:
        _STARTED.append(True)
        gc.freeze()


def start_app(
    journal_path: Path | str | None = None, verbose: bool = False, at_login: bool = False
) -> AppSession | None:
    """Set up the application and show the main window; None when no journal was opened.

    `at_login` (started by the autostart entry): the window waits in the tray when
    Rapport is kept there, else it starts minimised.
    """
    _freeze_what_is_loaded()
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
        session = new_session(language, at_login)
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
    session = new_session(language, at_login)
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
