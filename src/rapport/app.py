"""Composition root: builds the application, opens the journal, shows the main window.

Errors opening a journal become a plain message with a way forward; unexpected errors
anywhere are logged to a file in the data folder and shown as one friendly dialog.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from rapport import APP_ID, APP_NAME, ORG_NAME, __version__
from rapport.locations import JOURNAL_ENV, data_folder, default_journal, settings
from rapport.logs import setup_logging
from rapport.store import Journal, JournalError
from rapport.ui import msgbox
from rapport.ui.bridge import JournalBridge
from rapport.ui.formatting import ensure_readable_locale
from rapport.ui.icons import app_icon
from rapport.ui.main_window import MainWindow

log = logging.getLogger("rapport.app")

#: Set to 1 to quit as soon as the main window has been shown and painted (benchmarks).
EXIT_WHEN_SHOWN = "RAPPORT_EXIT_WHEN_SHOWN"


class AppSession:
    """The one open journal and its window; switching journals replaces both."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings
        self.window: MainWindow | None = None
        self.journal: Journal | None = None

    def show(self, journal: Journal) -> MainWindow:
        """Show a main window on an open journal, closing the previous one."""
        previous, old_journal = self.window, self.journal
        self.journal = journal
        self.window = MainWindow(JournalBridge(journal), self.settings)
        self.window.open_journal_requested.connect(self.switch_to)
        self.window.open_demo_requested.connect(self.open_demo)
        if previous is not None:
            previous.save_state()
            previous.hide()
            previous.deleteLater()
        if old_journal is not None:
            old_journal.close()
        self.settings.setValue("journal/last", str(journal.path))
        self.window.show()
        return self.window

    def switch_to(self, path: Path) -> None:
        """Open another journal; on failure, say why and keep the current one."""
        if self.journal is not None and path.absolute() == self.journal.path:
            return
        journal = open_journal(path, self.window)
        if journal is not None:
            self.show(journal)

    def open_demo(self) -> None:
        """Open the demo journal in the data folder, writing it the first time."""
        journal = open_demo_journal(self.window)
        if journal is not None:
            self.show(journal)

    def close(self) -> None:
        """Close the window (remembering its layout) and release the journal at exit."""
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        if self.journal is not None:
            self.journal.close()
            self.journal = None


def open_journal(path: Path, parent: object = None) -> Journal | None:
    """Open a journal, or explain in plain words why not (the file is left as it was)."""
    try:
        return Journal.open(path)
    except JournalError as exc:
        log.warning("could not open %s: %s", path, exc)
        msgbox.warn(parent, "Rapport could not open the journal", exc.message, exc.hint)  # type: ignore[arg-type]
        return None


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
            msgbox.warn(parent, "The demo journal could not be written", str(exc))  # type: ignore[arg-type]
            return None
    return open_journal(path, parent)


def _first_start_choice(path: Path) -> Journal | None:
    """On the very first start, offer a demo journal instead of the empty one."""
    if msgbox.ask(
        None,
        f"Welcome to {APP_NAME}",
        "Rapport keeps a journal of your customer relationships: what happened after each "
        "meeting, where each relationship stands, and what to follow up.",
        detail="Start with an empty journal, or look around a demo journal of a small "
        "coffee roastery first? You can open either later from the File menu.",
        yes="Start my journal",
        no="Open the demo",
    ):
        return open_journal(path)
    return open_demo_journal()


def _install_excepthook(log_path: Path | None) -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        where = f"Details were written to {log_path}." if log_path else ""
        msgbox.warn(
            None,
            "Something went wrong",
            "Rapport ran into an unexpected problem. Your saved entries are safe.",
            f"{where} If it happens again, please send that file to support.",
        )

    sys.excepthook = hook


def _choose_journal(explicit: Path | None) -> tuple[Path, bool]:
    """The journal to open and whether the user named it (command line or environment)."""
    if explicit is not None:
        return explicit.expanduser(), True
    return default_journal(), bool(os.environ.get(JOURNAL_ENV, "").strip())


def start_app(journal_path: Path | None = None, verbose: bool = False) -> AppSession | None:
    """Set up the application and show the main window; None when no journal was opened."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    ensure_readable_locale()
    log_path = setup_logging(verbose)
    _install_excepthook(log_path)
    path, named = _choose_journal(journal_path)
    first_start = not named and not path.exists()
    journal = _first_start_choice(path) if first_start else open_journal(path)
    while journal is None:
        chosen, _ = QFileDialog.getOpenFileName(
            None, "Open a journal", str(path.parent), "Rapport journals (*.rapport);;All files (*)"
        )
        if not chosen:
            return None
        journal = open_journal(Path(chosen))
    session = AppSession(settings())
    session.show(journal)
    return session


def run_app(journal_path: Path | None = None, verbose: bool = False) -> int:
    """Run the desktop app until its window closes; returns the exit code."""
    session = start_app(journal_path, verbose)
    if session is None:
        return 1
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = session.window
    if os.environ.get(EXIT_WHEN_SHOWN) == "1" and window is not None:
        QTimer.singleShot(0, lambda: (window.repaint(), app.quit()))
    code = app.exec()
    session.close()
    return code
