"""The demo shows people on both sides, a supplier, a partner, and the power level."""

from __future__ import annotations

from datetime import UTC, datetime

from rapport.demo import populate
from rapport.domain.facts import Side
from rapport.domain.levels import Level
from rapport.domain.people import RelationshipKind
from rapport.store import Journal

NOW = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def test_the_demo_has_people_on_both_sides_and_the_power_level_shows(journal: Journal) -> None:
    populate(journal, now=NOW)
    by_name = {s.name: s.id for s in journal.timeline.customers()}
    kinds = {journal.customers.get(cid).kind for cid in by_name.values()}
    assert kinds == set(RelationshipKind)
    assert len(journal.our_people.all()) == 4  # the owner, Wout, Lena, Samir
    cafe = by_name["Café Lindeboom"]
    assert journal.people.of(cafe)[0].name == "Marieke Janssens"
    assert len(journal.people.of(cafe)) == 3
    supplier = by_name["Huila Green Imports"]
    ledger = journal.facts.insight(supplier, NOW).ledger
    assert {line.side for line in ledger.lines} >= {Side.OURS, Side.THEIRS}
    bakery = journal.facts.insight(by_name["Bakkerij Mariën"], NOW)
    (power,) = [s for s in bakery.level_suggestions if s.level is Level.POWER]
    assert power.entry_ids and "4 of your people" in power.evidence[0]  # the owner too
