"""The screens' words go through the translator when they are shown, counts included."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rapport import i18n
from rapport.domain.customers import CustomerDraft
from rapport.domain.today import Section
from rapport.store import Journal
from rapport.ui.models.customer_list import CustomerListModel
from rapport.ui.models.today import _counted
from rapport.ui.search_panel import SearchPanel

#: A tiny German catalogue, as Qt's translator would answer from rapport_de.qm.
GERMAN = {
    ("ModelsCustomerListText", "Last contact"): ("Letzter Kontakt",),
    ("ModelsTodayText", "%n follow-up(s)"): ("%n Wiedervorlage", "%n Wiedervorlagen"),
    ("SearchPanelText", "Any stage"): ("Alle Phasen",),
}


def _german(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    forms = GERMAN.get((context, text))
    if forms is None:
        return i18n.english(context, text, disambiguation, n)
    return forms[0 if n == 1 or len(forms) == 1 else 1].replace("%n", str(n))


@pytest.fixture
def german() -> Iterator[None]:
    """German words for the test, English again afterwards."""
    i18n.install(_german)
    yield
    i18n.install(None)


def test_column_headings_are_translated_when_shown(journal: Journal, german: None) -> None:
    """Headings are marked at import and translated by headerData, after the translator."""
    model = CustomerListModel(journal)
    heading = model.headerData(3, Qt.Orientation.Horizontal)
    assert heading == "Letzter Kontakt"
    assert model.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == heading


def test_today_counts_take_the_plural_of_the_language(german: None) -> None:
    assert _counted(Section.FOLLOW_UP, 1) == "1 Wiedervorlage"
    assert _counted(Section.FOLLOW_UP, 3) == "3 Wiedervorlagen"
    assert _counted(Section.RISK, 1) == "1 risk signal"  # not in the catalogue: English


def test_english_counts_read_as_before() -> None:
    assert _counted(Section.FOLLOW_UP, 2) == "2 follow-ups"
    assert _counted(Section.PAST_CADENCE, 1) == "1 customer past cadence"
    assert _counted(Section.CHECK_IN, 4) == "4 check-ins due"


def test_search_filters_and_status_use_the_owners_words(
    qtbot: QtBot, journal: Journal, german: None
) -> None:
    journal.customers.create(CustomerDraft(name="Ada Lovelace"))
    panel = SearchPanel(journal)
    qtbot.addWidget(panel)
    assert panel.stage.itemText(0) == "Alle Phasen"
    assert panel.stage.accessibleName() == "Stage filter"
    panel.box.setText("Ada")
    panel.run()
    assert panel.status.text() == "1 result — Enter opens the selected one"
