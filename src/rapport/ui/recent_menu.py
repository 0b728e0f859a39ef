"""File → Open recent: the journals opened last, files and team journals alike.

A server shows as “database” on server (never with a password); choosing it opens it
as File → Open team journal… would, asking only for what the keyring does not have.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from rapport.i18n import Words
from rapport.ui.team_open import as_location, recent_journals, recent_label

if TYPE_CHECKING:
    from rapport.ui.main_window import MainWindow

RecentText = Words("RecentText")


def recent_menu(parent: QMenu, window: MainWindow) -> QMenu:
    """Add the Open recent submenu to parent; it is filled each time it opens."""
    menu = parent.addMenu(RecentText.tr("Recent jo&urnals"))
    menu.setObjectName("recentJournals")
    menu.aboutToShow.connect(lambda: fill_recent(menu, window))
    fill_recent(menu, window)
    return menu


def fill_recent(menu: QMenu, window: MainWindow) -> None:
    """List the remembered journals (the open one too: choosing it does nothing)."""
    menu.clear()
    remembered = recent_journals(window.settings)
    for number, where in enumerate(remembered, start=1):
        label = recent_label(where)
        shown = label.replace("&", "&&")  # a name's own & is no shortcut
        action = menu.addAction(f"&{number} {shown}" if number < 10 else shown)
        server = as_location(where)
        action.setToolTip(where)  # a server's address: never with its password
        if server is not None:
            action.triggered.connect(lambda _c=False, s=server: window.open_team_requested.emit(s))
        else:
            path = Path(where)
            action.triggered.connect(lambda _c=False, p=path: window.open_journal_requested.emit(p))
    if not remembered:
        menu.addAction(RecentText.tr("No journals yet")).setEnabled(False)
