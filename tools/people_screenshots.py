"""Screens of issue 15 (people on both sides) into docs/screenshots/, at 1366 × 768.

- `organisation*.png` — the customer page of an organisation with its people
  (Café Lindeboom: a main contact, a head barista and a barista);
- `ledger*.png` — the Health tab of a relationship with favours and promises each
  way, scrolled to its ledger;
- `entry-both-sides*.png` — an entry with people on both sides (the owner and a
  colleague served the bakery's owner), selected on its timeline, with "Who took
  part" open over it.

Each in English and German (`-de`), light and dark (`-dark`), on the demo journal as
of now. `python tools/people_screenshots.py` writes only these; `make screenshots`
writes them with the others.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QTextBrowser, QWidget
from screenshots import OUT, _customer_named, _settle, shoot_every_look

from rapport.i18n import translate
from rapport.store import Journal
from rapport.ui.bridge import JournalBridge
from rapport.ui.main_window import MainWindow

log = logging.getLogger("rapport.tools")

#: The screen size these are made at: the most common laptop screen.
SIZE = (1366, 768)
#: The demo's organisation with the most people.
ORGANISATION = "Café Lindeboom"
#: A relationship whose ledger has favours both ways and promises still open.
LEDGER = ORGANISATION
#: Where our people served them (the power level's story): entries with both sides.
SERVED = "Bakkerij Mariën"


def _both_sides(journal: Journal, customer_id: int) -> int:
    """The newest entry of a customer where a colleague and one of theirs took part."""
    items = journal.timeline.page(customer_id, 0, 200)
    ids = [i.entry.id for i in items if i.entry is not None]
    took = journal.participants.of(ids)
    return next(e for e in ids if e in took and any(took[e][0]) and took[e][1])


def _save(image: QPixmap, name: str) -> None:
    target = OUT / name
    image.save(str(target))
    log.info("wrote %s", target)


def _over(window: QWidget, dialog: QWidget) -> QPixmap:
    """The window with a dialog on top, as the owner sees it.

    Offscreen, a dialog is a window of its own: it is painted over the customer list,
    so the timeline row it is about stays in view beside it.
    """
    shot = window.grab()
    painter = QPainter(shot)
    top = dialog.grab()
    at = QPoint(24, max(0, (shot.height() - top.height()) // 2))
    painter.drawPixmap(at, top)
    painter.end()
    return shot


def shoot_people(app: QApplication, journal: Journal, settings: QSettings, suffix: str) -> None:
    """The organisation page, the ledger and an entry with both sides; names end in `suffix`."""
    window = MainWindow(JournalBridge(journal), settings)
    window.resize(*SIZE)
    window.show()
    _settle(app, lambda: not window.today.busy)
    cafe = _customer_named(journal, ORGANISATION)
    window.customer_list.select(cafe)
    _settle(app, lambda: False, 0.5)
    _save(window.grab(), f"organisation{suffix}.png")

    served = _customer_named(journal, SERVED)
    window.customer_list.select(served)
    entry = _both_sides(journal, served)
    _settle(app, lambda: False, 0.3)
    window.page.select_item(("entry", entry))
    dialog = window.people.who_took_part(entry)
    assert dialog is not None
    _settle(app, lambda: False, 0.5)
    _save(_over(window, dialog), f"entry-both-sides{suffix}.png")
    dialog.reject()
    app.processEvents()

    window.customer_list.select(_customer_named(journal, LEDGER))
    window.page.tabs.setCurrentWidget(window.page.health)
    _settle(app, lambda: False, 0.5)
    _to_ledger(window.page.health)
    app.processEvents()
    _save(window.grab(), f"ledger{suffix}.png")
    window.close()
    window.deleteLater()
    app.processEvents()


def _to_ledger(panel: QTextBrowser) -> None:
    """Scroll the Health tab so its ledger's heading is at the top."""
    heading = re.sub("<[^>]+>", "", translate("HealthPanelText", "<h3>Favours and promises</h3>"))
    if panel.find(heading):
        bar = panel.verticalScrollBar()
        bar.setValue(bar.value() + panel.cursorRect().top() - 8)
        cursor = panel.textCursor()
        cursor.clearSelection()
        panel.setTextCursor(cursor)


def main() -> int:
    """Write these screenshots, each language light then dark."""
    return shoot_every_look(shoot_people)


if __name__ == "__main__":
    sys.exit(main())
