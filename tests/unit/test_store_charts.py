"""The charts' queries: compact records for one customer and for the whole book."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from storehelp import at, customer, entry

from rapport.domain.customers import Status
from rapport.domain.kinds import EntryKind
from rapport.domain.stages import Stage
from rapport.store import Journal
from rapport.store import charts as store_charts

#: The store behaves alike on a journal file and on a team journal (PostgreSQL).
pytestmark = pytest.mark.both_backends


def test_a_customers_chart_data_has_entries_stages_and_health(journal: Journal) -> None:
    cid = customer(journal, "Ada", since=0)
    first = entry(
        journal, cid, 1, EntryKind.MEETING, body="# First tasting\nThey liked it", sentiment=2
    )
    entry(journal, cid, 5, EntryKind.NOTE, body="Remember the dog's name", private=True)
    gone = entry(journal, cid, 6, EntryKind.CALL, body="Wrong customer")
    journal.entries.delete(gone)
    entry(journal, cid, 9, EntryKind.COMPLAINT, title="Burnt roast", body="Long story")
    journal.entries.change_stage(cid, Stage.CONFLICT, at(9), "Burnt roast")

    data = journal.charts.customer(cid, at(30))

    assert data.name == "Ada" and data.now == at(30)
    assert [(e.id, e.title, e.sentiment, e.private) for e in data.entries] == [
        (first, "First tasting", 2, False),
        (first + 1, "Remember the dog's name", None, True),
        (first + 3, "Burnt roast", None, False),
    ]
    assert [(s.stage, s.at, s.reason) for s in data.stages] == [
        (Stage.ATTRACTION, at(0), "New customer"),
        (Stage.CONFLICT, at(9), "Burnt roast"),
    ]
    assert data.health[0].at == data.started_at and data.health[-1].at == at(30)
    assert len(data.health) == 31  # one a day for a month
    expected = journal.facts.health_over_time(cid, [at(30)])[0].score
    assert data.health[-1].score == expected


def test_health_samples_start_where_the_range_does(journal: Journal) -> None:
    cid = customer(journal, "Ada", since=0)
    entry(journal, cid, 1)
    data = journal.charts.customer(cid, at(400), since=at(400) - timedelta(days=98))
    assert data.health[0].at == at(302) and len(data.health) == 99
    assert len(journal.charts.customer(cid, at(400)).health) == 120


def test_the_book_carries_only_the_contacts_and_moves_of_the_year_its_chart_shows(
    journal: Journal,
) -> None:
    """A million entries' contacts held and sorted stalled the window (the sort holds the GIL)."""
    ada = customer(journal, "Ada", since=0)
    entry(journal, ada, 10, EntryKind.CALL)
    entry(journal, ada, 700, EntryKind.CALL)
    journal.entries.change_stage(ada, Stage.CONFLICT, at(20), "Late delivery")
    journal.entries.change_stage(ada, Stage.COMPROMISE, at(710), "Refund")
    data = journal.charts.book(at(800))
    assert data.contacts == (at(700),)
    assert [(m.at, m.stage) for m in data.moves] == [(at(710), Stage.COMPROMISE)]


def test_the_book_has_active_customers_every_contact_and_every_move(journal: Journal) -> None:
    big = customer(journal, "Big", since=0, account_value=Decimal(50000))
    for n, value in enumerate((1000, 2000, 3000)):
        customer(journal, f"Small {n}", since=0, account_value=Decimal(value))
    gone = customer(journal, "Gone", since=0)
    entry(journal, gone, 3, EntryKind.CALL)
    entry(journal, big, 4, EntryKind.MEETING)
    entry(journal, big, 5, EntryKind.NOTE)  # a note is not a contact
    journal.entries.change_stage(big, Stage.CONFLICT, at(6), "Late delivery")
    journal.entries.change_stage(big, Stage.COMPROMISE, at(8), "Refund")
    journal.customers.set_status(gone, Status.PARTED)

    data = journal.charts.book(at(200))

    assert sorted(c.name for c in data.customers) == ["Big", "Small 0", "Small 1", "Small 2"]
    assert sorted(data.contacts) == [at(3), at(4)]  # the parted customer's call still happened
    moves = [(m.stage, m.previous) for m in data.moves if m.at > at(5)]
    assert moves == [(Stage.CONFLICT, Stage.ATTRACTION), (Stage.COMPROMISE, Stage.CONFLICT)]
    assert data.big_deal_from == {"EUR": Decimal(50000)}
    (flagged,) = [c for c in data.customers if c.big_deal_at_risk]
    assert flagged.name == "Big" and flagged.stage is Stage.COMPROMISE
    assert flagged.stage_since == at(8) and flagged.health < data.strong_from


def test_the_book_read_a_few_customers_at_a_time_is_the_book_read_at_once(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(7):
        who = customer(journal, f"Customer {n}", since=n, account_value=Decimal(1000 * (n + 1)))
        entry(journal, who, n + 1, EntryKind.CALL)
        if n % 3 == 0:
            journal.entries.change_stage(who, Stage.CONFLICT, at(n + 2), "Late")
    whole = journal.charts.book(at(200))
    monkeypatch.setattr(store_charts, "BOOK_PART", 2)  # the portfolio's memory: parts
    assert journal.charts.book(at(200)) == whole
