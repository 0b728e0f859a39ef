"""Render the main screens on the demo journal into docs/screenshots/ (`make screenshots`).

Today (the start screen), a customer page (the longest timeline), one customer's
Health tab and Chart tab, the Portfolio window, Settings and Keyboard shortcuts, on
the demo journal as of now: in English and German (`*-de*.png`), each light and dark
(`*-dark.png`). The demo's notes are English data in both.

Runs offscreen at a fixed window size; the demo is dated from today, so it looks current.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from rapport.demo import populate
from rapport.formatting import ensure_readable_locale
from rapport.languages import apply_language
from rapport.reports.chart_data import ChartRange
from rapport.settings_model import Theme
from rapport.store import Journal
from rapport.ui.bridge import JournalBridge
from rapport.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
#: A customer whose Health tab shows a check-in, two risk signals and their next steps.
HEALTH_CUSTOMER = "Hogeschool Leiedal — campus restaurant"  # Hilde Claes there
log = logging.getLogger("rapport.tools")


def _pick_customer(journal: Journal) -> int:
    """The demo customer with the longest timeline: the most lived-in page."""
    summaries = journal.timeline.customers()
    return max(summaries, key=lambda s: journal.timeline.count(s.id)).id


def _customer_named(journal: Journal, name: str) -> int:
    return next(s.id for s in journal.timeline.customers() if s.name == name)


def _save(window: QWidget, name: str) -> None:
    target = OUT / name
    window.grab().save(str(target))
    log.info("wrote %s", target)


def _settle(app: QApplication, done: Callable[[], bool], seconds: float = 20.0) -> None:
    """Let the event loop run until `done` (background work on show), or give up."""
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    app.processEvents()


def _shoot(app: QApplication, journal: Journal, settings: QSettings, suffix: str) -> None:
    """Every main screen once, in the theme the settings name; files end in `suffix`."""
    window = MainWindow(JournalBridge(journal), settings)
    window.resize(1360, 860)
    window.show()
    _settle(app, lambda: not window.today.busy)  # Today is worked out in the background
    _save(window, f"today{suffix}.png")  # the start screen
    window.customer_list.select(_pick_customer(journal))
    app.processEvents()
    _save(window, f"main-window{suffix}.png")
    window.customer_list.select(_customer_named(journal, HEALTH_CUSTOMER))
    window.page.tabs.setCurrentWidget(window.page.health)
    app.processEvents()
    _save(window, f"customer-health{suffix}.png")
    window.customer_list.select(_pick_customer(journal))  # every stage, two conflicts
    window.page.tabs.setCurrentWidget(window.page.chart)
    chart = window.page.chart.view
    assert chart is not None
    chart.set_range(ChartRange.ALL)  # the whole story, every stage
    app.processEvents()
    chart.draw()  # at once, rather than on the next turn of the event loop
    app.processEvents()
    _save(window, f"customer-chart{suffix}.png")
    portfolio = window.show_portfolio()
    portfolio.resize(1200, 780)
    app.processEvents()
    portfolio.draw()
    app.processEvents()
    _save(portfolio, f"portfolio{suffix}.png")
    portfolio.close()
    dialog = window.preferences.show_settings()
    dialog.show_page(dialog.rules_page)
    app.processEvents()
    _save(dialog, f"settings{suffix}.png")
    dialog.reject()
    shortcuts = window.preferences.show_shortcuts()
    app.processEvents()
    _save(shortcuts, f"shortcuts{suffix}.png")
    shortcuts.reject()
    window.close()
    window.deleteLater()
    app.processEvents()


Shoot = Callable[[QApplication, Journal, QSettings, str], None]


def shoot_every_look(shoot: Shoot) -> int:
    """Run `shoot` on the demo journal in each language, light then dark (its file suffix)."""
    logging.basicConfig(level=logging.INFO)
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")  # the same look wherever the screenshots are made
    ensure_readable_locale()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["HOME"] = folder  # the status bar shows ~/Documents/…, not a temp path
        documents = Path(folder) / "Documents" / "Rapport"
        documents.mkdir(parents=True)
        journal = Journal.open(documents / "Roastery.rapport")
        populate(journal, now=datetime.now(UTC))
        for language in ("en", "de"):
            apply_language(language)
            for theme, dark in ((Theme.LIGHT, ""), (Theme.DARK, "-dark")):
                ini = Path(folder) / f"{language}-{theme}.ini"
                settings = QSettings(str(ini), QSettings.Format.IniFormat)
                settings.setValue("appearance/theme", theme.value)
                settings.setValue("appearance/language", language)
                suffix = ("" if language == "en" else f"-{language}") + dark
                shoot(app, journal, settings, suffix)
        journal.close()
    return 0


def main() -> int:
    """Write the screenshots, each language light then dark, and say where they are."""
    return shoot_every_look(_shoot)


if __name__ == "__main__":
    sys.exit(main())
