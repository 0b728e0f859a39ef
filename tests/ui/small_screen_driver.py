"""Test-only driver: opens every window and dialog on a screen of a given size, reports each.

    python small_screen_driver.py LANGUAGE [SHOTS_FOLDER]

Run with `QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json`, whose one screen has the
laptop's size. For every window it prints one JSON line: its name, its frame on the
screen, the screen's available area, and every button that cannot be reached (outside
the screen, or cut off by the window or a parent). With a folder, each window is also
saved there as a picture. Message boxes are recorded, never shown.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSettings, QStandardPaths
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QWidget

from longwait import opened_import
from msgboxes import MessageBoxes
from rapport.demo import populate
from rapport.formatting import ensure_readable_locale
from rapport.languages import apply_language
from rapport.store import Journal
from rapport.ui.bridge import JournalBridge
from rapport.ui.main_window import MainWindow

#: A demo customer with every stage, a long timeline, an account value and follow-ups.
CUSTOMER = "Café Lindeboom"  # Marieke Janssens is its main contact


def _rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def _scrolled(button: QWidget, window: QWidget) -> QWidget | None:
    """The scroll area the button sits in (reached by scrolling it), if any."""
    parent = button.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def _cut_off(widget: QWidget, window: QWidget) -> bool:
    """Whether any part of the widget is outside the window or one of its parents."""
    parent = widget.parentWidget()
    while parent is not None:
        inside = QRect(widget.mapTo(parent, QPoint(0, 0)), widget.size())
        if not parent.rect().contains(inside):
            return True
        if parent is window:
            return False
        parent = parent.parentWidget()
    return False


def unreachable(window: QWidget) -> list[str]:
    """Every visible button of the window that the owner cannot see whole and click.

    A button is cut off when part of it is outside the window or one of its parents (a
    scroll area counts as reachable: it scrolls), and cut short when its text needs more
    room than it was given.
    """
    area = window.screen().availableGeometry()
    found = []
    if not area.contains(window.frameGeometry()):
        found.append(f"the window itself ({_rect(window.frameGeometry())} on {_rect(area)})")
    for button in window.findChildren(QAbstractButton):
        if button.window() is not window or not button.isVisible():
            continue
        target: QWidget = _scrolled(button, window) or button
        name = button.text() or button.accessibleName() or button.objectName()
        if _cut_off(target, window):
            found.append(f"{type(button).__name__} “{name}”")
        elif button.text() and button.width() < button.sizeHint().width():
            found.append(f"{type(button).__name__} “{name}” (its words cut short)")
    return found


def settle(app: QApplication, rounds: int = 20) -> None:
    """Let layouts, deferred drawing and background work run."""
    for _ in range(rounds):
        app.processEvents()


def windows(window: MainWindow, journal: Journal, folder: Path) -> Iterator[tuple[str, QWidget]]:
    """Open each window in turn, yield it, and close it again."""
    cid = next(s.id for s in journal.timeline.customers() if s.name == CUSTOMER)
    yield "main window (Today)", window
    window.customer_list.select(cid)
    for tab in range(window.page.tabs.count()):
        window.page.tabs.setCurrentIndex(tab)
        yield f"main window (customer, tab {tab})", window
    window.page.tabs.setCurrentIndex(0)
    from rapport.ui.print_dialog import show_print_preview

    preview = show_print_preview(journal, cid, window)
    assert preview is not None
    yield "print preview", preview
    preview.reject()
    portfolio = window.show_portfolio()
    yield "portfolio", portfolio
    portfolio.close()
    controller = window.controller
    for name, opened in (
        ("new entry", lambda: controller.new_entry(cid)),
        ("new customer", controller.new_customer),
        ("edit customer", lambda: controller.edit_customer(cid)),
        ("move to stage", lambda: controller.move_stage(cid)),
        ("check-in", lambda: window.insight.check_in(cid)),
        ("keyboard shortcuts", window.preferences.show_shortcuts),
        ("trash", window.safety.show_trash),
        ("restore a backup", window.safety.choose_backup),
        ("export", lambda: window.transfer.export(cid)),
    ):
        dialog = opened()
        assert dialog is not None, name
        yield name, dialog
        dialog.reject()
    settings = window.preferences.show_settings()
    for page in settings.pages:
        settings.show_page(page)
        yield f"settings ({page.title})", settings
    settings.reject()
    search = window.search_panel()
    search.start("a")
    yield "search", search
    search.close()
    csv = folder / "contacts.csv"
    csv.write_text("Name,E-mail Address\nAda Lovelace,ada@example.org\n", "utf-8")
    imported = opened_import(window, csv)
    assert imported is not None
    yield "import", imported
    imported.reject()


def main() -> int:
    """Open every window on the screen Qt was given and print one JSON line for each."""
    language = sys.argv[1]
    shots = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    app = QApplication(sys.argv[:1])
    QStandardPaths.setTestModeEnabled(True)
    ensure_readable_locale()
    apply_language(language)
    MessageBoxes.reset(recording=True)
    folder = Path(tempfile.mkdtemp())
    journal = Journal.open(folder / "demo.rapport")
    populate(journal, now=datetime.now(UTC))
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(JournalBridge(journal), settings)
    window.show()
    deadline = time.monotonic() + 30
    while window.today.busy and time.monotonic() < deadline:  # Today is worked out aside
        app.processEvents()
        time.sleep(0.01)
    for name, shown in windows(window, journal, folder):
        settle(app)
        area = shown.screen().availableGeometry()
        line = {
            "window": name,
            "frame": _rect(shown.frameGeometry()),
            "screen": _rect(area),
            "unreachable": unreachable(shown),
        }
        sys.stdout.write(json.dumps(line) + "\n")
        sys.stdout.flush()
        if shots is not None:
            safe = "".join(c if c.isalnum() else "-" for c in name)
            shown.grab().save(str(shots / f"{language}-{area.width()}-{safe}.png"))
    window.close()
    window.shutdown()
    journal.close()
    os._exit(0)  # skip Python's teardown of Qt's objects: the process is done


if __name__ == "__main__":
    sys.exit(main())
