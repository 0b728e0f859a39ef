"""Render the main screens on the demo journal into docs/screenshots/ (`make screenshots`).

Today (the start screen), a customer page (the longest timeline) and one customer's
Health tab.

Runs offscreen with a fixed clock and window size, so the pictures change only when
the screens do.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from rapport.demo import populate
from rapport.store import Journal
from rapport.ui.bridge import JournalBridge
from rapport.ui.formatting import ensure_readable_locale
from rapport.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
#: A customer whose Health tab shows a check-in, two risk signals and their next steps.
HEALTH_CUSTOMER = "Hilde Claes"
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


def main() -> int:
    """Write the screenshots and say where they are."""
    logging.basicConfig(level=logging.INFO)
    app = QApplication(sys.argv[:1])
    ensure_readable_locale()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        journal = Journal.open(Path(folder) / "demo.rapport")
        populate(journal, now=datetime.now(UTC))
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(JournalBridge(journal), settings)
        window.resize(1360, 860)
        window.show()
        app.processEvents()
        _save(window, "today.png")  # the start screen
        window.customer_list.select(_pick_customer(journal))
        app.processEvents()
        _save(window, "main-window.png")
        window.customer_list.select(_customer_named(journal, HEALTH_CUSTOMER))
        window.page.tabs.setCurrentWidget(window.page.health)
        app.processEvents()
        _save(window, "customer-health.png")
        window.close()
        journal.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
