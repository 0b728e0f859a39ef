"""The trash lists deleted customers, entries and stage changes; restores them; empties for good."""

from __future__ import annotations

import pytest
from storehelp import at, customer, entry, raw_rows

from rapport.domain.stages import Stage
from rapport.store import Journal
from rapport.store.trash import TrashKind

#: The store behaves alike on a journal file and on a team journal (PostgreSQL).
pytestmark = pytest.mark.both_backends


def test_deleted_things_are_listed_newest_first_and_come_back(journal: Journal) -> None:
    ana, ben = customer(journal, "Ana"), customer(journal, "Ben", organisation="Bike Hub")
    note = entry(journal, ana, 1, title="Tasting")
    move = journal.entries.change_stage(ana, Stage.CONFLICT, at(2))
    journal.entries.delete(note)
    journal.entries.delete_stage_change(move)
    journal.customers.delete(ben)
    items = journal.trash.items()
    assert [(i.kind, i.label, i.customer_name) for i in items] == [
        (TrashKind.CUSTOMER, "Bike Hub", "Bike Hub"),  # Ben is its person
        (TrashKind.STAGE_CHANGE, "Move to Conflict", "Ana"),
        (TrashKind.ENTRY, "Tasting of 2 Jan 2024", "Ana"),
    ]
    for item in items:
        journal.trash.restore(item)
    assert journal.trash.items() == []
    assert journal.entries.get(note).title == "Tasting"
    assert journal.timeline.header(ana).stage is Stage.CONFLICT
    assert journal.customers.get(ben).name == "Bike Hub"


def test_entries_of_a_deleted_customer_travel_with_the_customer(journal: Journal) -> None:
    ana = customer(journal, "Ana")
    entry(journal, ana, 1)
    journal.customers.delete(ana)
    assert [i.kind for i in journal.trash.items()] == [TrashKind.CUSTOMER]


@pytest.mark.sqlite_only
def test_emptying_deletes_for_good_and_keeps_everything_else(journal: Journal) -> None:
    ana, ben = customer(journal, "Ana", tags=("vip",)), customer(journal, "Ben")
    keep = entry(journal, ana, 1)
    gone = entry(journal, ana, 2)
    caused = journal.entries.change_stage(ana, Stage.CONFLICT, at(2), entry_id=gone)
    entry(journal, ben, 3)
    journal.entries.delete(gone)
    journal.customers.delete(ben)
    assert journal.trash.empty() == 2
    assert journal.trash.items() == []
    assert raw_rows(journal, "SELECT id FROM customer") == [(ana,)]
    assert raw_rows(journal, "SELECT id FROM entry") == [(keep,)]
    assert raw_rows(journal, f"SELECT entry_id FROM stage_change WHERE id = {caused}") == [(None,)]
    assert raw_rows(journal, "PRAGMA foreign_key_check") == []
    assert journal.customers.get(ana).tags == ("vip",)
