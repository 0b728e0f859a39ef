"""Issue 15 leftovers: the wording follows the kind of relationship (customer, supplier,
partner) in the status bar and in Today's rows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.domain.people import RelationshipKind
from rapport.domain.today import Section
from rapport.store import Journal
from rapport.ui.main_window import MainWindow
from rapport.ui.models.today import TodayModel

WindowFactory = Callable[[Path], MainWindow]
NOW = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def _book(journal: Journal) -> int:
    """Two customers, a supplier past its own cadence, and a partner."""
    journal.customers.create(CustomerDraft(name="Café Lindeboom"))
    journal.customers.create(CustomerDraft(name="Brasserie Het Pand"))
    roastery = journal.customers.create(CustomerDraft(name="Roastery Bos", cadence_days=21))
    journal.customers.set_kind(roastery, RelationshipKind.SUPPLIER)
    school = journal.customers.create(CustomerDraft(name="Barista School"))
    journal.customers.set_kind(school, RelationshipKind.PARTNER)
    journal.entries.add(
        EntryDraft(
            customer_id=roastery,
            occurred_at=NOW - timedelta(days=60),
            kind=EntryKind.CALL,
            body="Asked about the new harvest.",
        )
    )
    return roastery


def test_the_status_bar_counts_each_kind_in_its_own_word(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    journal = Journal.open(journal_path)
    _book(journal)
    journal.close()
    window = make_window(journal_path)
    message = window.statusBar().currentMessage()
    assert message.startswith("2 customers, 1 supplier, 1 partner · ")
    assert "4 customers" not in message


def test_a_suppliers_today_row_says_supplier_not_customer(journal: Journal) -> None:
    _book(journal)
    model = TodayModel(journal, clock=lambda: NOW)
    model.reload()
    [row] = [
        r
        for r in range(model.rowCount())
        if (item := model.item(r)) is not None and item.section is Section.PAST_CADENCE
    ]
    item = model.item(row)
    assert item is not None and item.kind is RelationshipKind.SUPPLIER
    text = model.index(row).data(Qt.ItemDataRole.AccessibleTextRole)
    assert text.startswith("Roastery Bos (supplier). ")
    assert "cadence 21 days (set for this supplier)" in text
    assert "customer" not in text
    assert "1 relationship past cadence" in model.summary()


def test_the_status_bar_shows_a_journal_in_the_home_folder_from_the_tilde(
    qtbot: QtBot,
    make_window: WindowFactory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The owner's user name and home folder are noise, and not for every screen share."""
    monkeypatch.setenv("HOME", str(tmp_path))
    path = tmp_path / "Documents" / "Rapport" / "Shop.rapport"
    path.parent.mkdir(parents=True)
    Journal.open(path).close()
    window = make_window(path)
    message = window.statusBar().currentMessage()
    assert message.endswith(" · " + str(Path("~", "Documents", "Rapport", "Shop.rapport")))
    assert str(tmp_path) not in message
