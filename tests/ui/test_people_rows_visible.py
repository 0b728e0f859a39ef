"""Issue 15 leftovers (seen on the screenshots): on a 1366 × 768 screen, a page with a
level suggestion still shows two of its people, not the main contact alone beside a
scroll bar, also while an entry's files strip is open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from rapport.demo import populate
from rapport.store import Journal
from rapport.ui.main_window import MainWindow

WindowFactory = Callable[[Path], MainWindow]


def test_two_people_show_on_a_laptop_screen_beside_a_suggestion(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    journal = Journal.open(journal_path)
    populate(journal)
    journal.close()
    window = make_window(journal_path)
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: not window.today.busy, timeout=10_000)
    bakery = window.bridge.journal.customers.find("Bakkerij Mariën")[0].id
    window.customer_list.select(bakery)
    qtbot.waitUntil(lambda: window.page.attention.isVisible(), timeout=5000)  # "level Power"
    newest = window.bridge.journal.timeline.page(bakery, 0, 1)[0].entry
    assert newest is not None
    window.page.select_item(("entry", newest.id))  # its files strip opens below the timeline
    qtbot.wait(50)
    people = window.page.people.list
    assert people.count() == 2
    assert people.height() >= 2 * people.sizeHintForRow(0)
