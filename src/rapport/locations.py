"""Where Rapport keeps its files: the data folder, the default journal and the log.

Uses Qt's AppDataLocation (QtCore only, no window needed), so the command line and
the app agree. `RAPPORT_JOURNAL` or `--journal` point at another journal file.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from rapport import APP_NAME, ORG_NAME

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

JOURNAL_ENV = "RAPPORT_JOURNAL"
DEFAULT_JOURNAL_NAME = "journal.rapport"


def data_folder() -> Path:
    """The platform's per-user data folder for Rapport (not created here)."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    if QCoreApplication.applicationName() != APP_NAME:  # default: the executable's name
        QCoreApplication.setOrganizationName(ORG_NAME)
        QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def settings() -> QSettings:
    """The app's settings store (the platform's usual place, under "Rapport")."""
    from PySide6.QtCore import QSettings

    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


def default_journal() -> Path:
    """The journal to open when none is named: $RAPPORT_JOURNAL, else the data folder's."""
    named = os.environ.get(JOURNAL_ENV, "").strip()
    if named:
        return Path(named).expanduser()
    return data_folder() / DEFAULT_JOURNAL_NAME


def log_file() -> Path:
    """Where unexpected errors are written, in the data folder."""
    return data_folder() / "rapport.log"


def ensure_private_folder(folder: Path) -> None:
    """Create a folder readable by the owner alone (0700)."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
