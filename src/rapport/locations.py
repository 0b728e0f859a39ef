"""Where Rapport keeps its files: the data folder, the default journal and the log.

Uses Qt's AppDataLocation (QtCore only, no window needed), so the command line and
the app agree. `RAPPORT_JOURNAL` or `--journal` point at another journal file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from rapport import APP_NAME, ORG_NAME

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

JOURNAL_ENV = "RAPPORT_JOURNAL"
#: The passphrase of an encrypted journal, for scripts (else it is asked for).
PASSPHRASE_ENV = "RAPPORT_PASSPHRASE"
#: Or its recovery key, for scripts (when the passphrase is forgotten).
RECOVERY_KEY_ENV = "RAPPORT_RECOVERY_KEY"
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
    """The app's settings store (the platform's usual place, under "Rapport").

    It says which journal opens and where backups go, so its folder and file are the
    owner's alone whatever the umask (Qt keeps a file's permissions when it saves it).
    """
    from PySide6.QtCore import QSettings

    store = QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)
    if os.name == "posix" and sys.platform != "darwin":  # macOS keeps a plist of its own
        _make_private(Path(store.fileName()))
    return store


def keep_setting(store: QSettings, key: str, value: object) -> None:
    """Set key to value, unless it holds that value already.

    Qt rewrites the whole settings file after any `setValue`, equal or not: the journal
    remembered at each start and the window's layout at each quit rewrote it every
    time (the first on the UI thread before the window's first paint).
    """
    if store.value(key) != value:
        store.setValue(key, value)


def _make_private(file: Path) -> None:
    """Create the settings folder 0700 and the file 0600 before Qt writes them."""
    try:
        if file.parent.name == APP_NAME:  # our own folder, never a shared one
            ensure_private_folder(file.parent)
            os.chmod(file.parent, 0o700)
        fd = os.open(file, os.O_CREAT | os.O_WRONLY, 0o600)
        try:
            os.fchmod(fd, 0o600)
        finally:
            os.close(fd)
    except OSError:
        pass  # Qt will say it cannot write the settings; nothing private was written


def default_journal() -> Path:
    """The journal to open when none is named: $RAPPORT_JOURNAL, else the data folder's."""
    named = os.environ.get(JOURNAL_ENV, "").strip()
    if named:
        return Path(named).expanduser()
    return data_folder() / DEFAULT_JOURNAL_NAME


def shown_path(path: Path) -> str:
    """The path as the owner reads it: from "~" when in their home folder (no user name shown)."""
    try:
        return str(Path("~") / path.relative_to(Path.home()))
    except (ValueError, RuntimeError):  # elsewhere, or no home folder to speak of
        return str(path)


def log_file() -> Path:
    """Where unexpected errors are written, in the data folder."""
    return data_folder() / "rapport.log"


def ensure_private_folder(folder: Path) -> None:
    """Create a folder readable by the owner alone (0700)."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
