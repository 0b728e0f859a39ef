"""A saved entry refreshes what it changed; what it cannot change is not read again (issue 13).

The status bar's counts and the page's people show a customer's own row and people:
an entry saved leaves them as they are, and every write that does change them (a
customer added or edited, a person added or renamed, here or in another program)
still shows at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.domain.people import PersonDraft
from rapport.store import Journal
from rapport.store.records import Change
from rapport.ui.main_window import MainWindow

WindowFactory = Callable[[Path], MainWindow]
NOW = datetime.now(UTC)


def _people_shown(window: MainWindow) -> list[str]:
    shown = window.page.people.list
    return [shown.item(row).text() for row in range(shown.count())]


def _save_entry(window: MainWindow, customer_id: int, title: str) -> int:
    """Save a new entry as the owner does: quick capture, then Ctrl+Enter (its accept)."""
    written: list[Change] = []
    window.bridge.changed.connect(written.append)
    dialog = window.controller.new_entry(customer_id)
    assert dialog is not None
    dialog.title.setText(title)
    dialog.accept()
    window.bridge.changed.disconnect(written.append)
    [new] = written[-1].entries
    return new


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Callable[[Journal], dict[str, list[int]]]:
    """Count the reads of the status bar's counts and of a customer's people."""

    def count(journal: Journal) -> dict[str, list[int]]:
        reads: dict[str, list[int]] = {"counts": [], "people": []}
        kinds, people = journal.customers.count_by_kind, journal.people.of
        monkeypatch.setattr(
            journal.customers, "count_by_kind", lambda: reads["counts"].append(0) or kinds()
        )
        monkeypatch.setattr(
            journal.people, "of", lambda cid: reads["people"].append(cid) or people(cid)
        )
        return reads

    return count


def test_a_saved_entry_shows_everywhere_without_reading_the_counts_or_the_people_again(
    qtbot: QtBot,
    make_window: WindowFactory,
    journal_path: Path,
    counted: Callable[[Journal], dict[str, list[int]]],
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    ada = journal.customers.create(CustomerDraft(name="Ada Brandt", organisation="Brandt BV"))
    journal.people.add(ada, PersonDraft(name="Jens Dekker", main=True))
    window.customer_list.select(ada)
    people = _people_shown(window)
    assert people[0] == "★ Jens Dekker"  # the main contact
    reads = counted(journal)

    new = _save_entry(window, ada, "Agreed the spring order")

    assert reads == {"counts": [], "people": []}
    current = window.page.current_item()
    assert current is not None and current.key == ("entry", new)
    assert current.theirs == ("Jens Dekker",)  # who took part: the main contact, as before
    header = window.page.heading.shown_header
    assert header is not None and header.entry_count == 1
    assert header.last_contact is not None
    row = window.customer_list.model.row_of(ada)
    assert row is not None
    assert window.customer_list.model.summary(row).last_contact == header.last_contact
    assert _people_shown(window) == people
    assert window.statusBar().currentMessage().startswith("1 customer · ")


def test_the_people_and_the_counts_still_follow_every_write_that_changes_them(
    qtbot: QtBot,
    make_window: WindowFactory,
    journal_path: Path,
    counted: Callable[[Journal], dict[str, list[int]]],
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    ada = journal.customers.create(CustomerDraft(name="Ada Brandt", organisation="Brandt BV"))
    ben = journal.customers.create(CustomerDraft(name="Ben Colt", organisation="Colt & Co"))
    window.customer_list.select(ada)
    reads = counted(journal)

    jens = journal.people.add(ada, PersonDraft(name="Jens Dekker"))
    assert "Jens Dekker" in _people_shown(window)
    with journal.transaction():  # an entry and a rename in one write
        journal.entries.add(EntryDraft(ada, NOW - timedelta(hours=1), EntryKind.CALL, "Call"))
        journal.people.update(jens, PersonDraft(name="Jens de Vries"))
    people = _people_shown(window)
    assert "Jens de Vries" in people and "Jens Dekker" not in people
    journal.people.add(ben, PersonDraft(name="Bea Colt"))  # another customer's people
    assert _people_shown(window) == people
    assert reads["people"] == [ada, ada]

    journal.customers.update(ben, CustomerDraft(name="Ben Colt", kind="supplier"))
    assert window.statusBar().currentMessage().startswith("1 customer, 1 supplier · ")
    journal.customers.create(CustomerDraft(name="Cleo Dunn", kind="partner"))
    message = window.statusBar().currentMessage()
    assert message.startswith("1 customer, 1 supplier, 1 partner · ")
    journal.customers.delete(ben)
    assert window.statusBar().currentMessage().startswith("1 customer, 1 partner · ")

    window.bridge.changed.emit(Change.of(customers={ada}))  # said by hand: not narrowed
    assert reads["people"][-1] == ada
