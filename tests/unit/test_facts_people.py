"""The rules hear about people: birthdays for Today, and who of ours served each entry."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.domain.levels import Level
from rapport.domain.people import PersonDraft
from rapport.domain.today import Section
from rapport.store import Journal

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday


def test_birthdays_of_people_still_there_reach_the_rules_and_today(journal: Journal) -> None:
    cid = journal.customers.create(CustomerDraft(name="Café Lindeboom"))
    journal.people.add(cid, PersonDraft(name="Jens", birthday=date(1979, 3, 4)))
    journal.people.add(
        cid, PersonDraft(name="Anna", birthday=date(1990, 3, 3), left_on=date(2025, 1, 1))
    )
    journal.people.add(cid, PersonDraft(name="Lena"))
    assert journal.facts.customer(cid).birthdays == (("Jens", date(1979, 3, 4)),)
    (today,) = [c for c in journal.facts.today_book(NOW).customers if c.customer_id == cid]
    assert today.birthdays == (("Jens", date(1979, 3, 4)),)
    dates = [i for i in journal.facts.today(NOW) if i.section is Section.DATE]
    assert [(d.customer_id, d.due) for d in dates] == [(cid, date(2026, 3, 4))]
    assert "Jens" in dates[0].title


def test_who_took_part_becomes_served_by_and_the_power_level_is_suggested(
    journal: Journal,
) -> None:
    cid = journal.customers.create(CustomerDraft(name="Café Lindeboom", level=Level.PERSONAL))
    ours = [journal.our_people.add(name) for name in ("Jens", "Lena", "Tom")]
    served = []
    for days, person in zip((40, 30, 20), ours, strict=True):
        eid = journal.entries.add(
            EntryDraft(
                customer_id=cid,
                occurred_at=NOW - timedelta(days=days),
                kind=EntryKind.PRAISE,
                body="Loved the delivery.",
            )
        )
        journal.participants.put(eid, [person], [])
        served.append(eid)
    facts = journal.facts.customer(cid)
    assert [e.served_by for e in facts.entries] == [frozenset({p}) for p in ours]
    insight = journal.facts.insight(cid, NOW)
    (power,) = [s for s in insight.level_suggestions if s.level is Level.POWER]
    assert set(power.entry_ids) == set(served)
    assert "3 of your people" in power.evidence[0]
