"""An important date in the Today list: its own heading, and counted as what it is."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.domain.stages import Stage
from rapport.domain.today import Section
from rapport.store import Journal
from rapport.ui.models.today import TodayModel

NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)


def test_a_first_purchase_anniversary_is_listed_and_counted(journal: Journal) -> None:
    cid = journal.customers.create(
        CustomerDraft(name="Marieke Jansen"), Stage.ATTRACTION, since=NOW - timedelta(days=9)
    )
    first = datetime(2023, 6, 3, 10, tzinfo=UTC)
    journal.entries.add(
        EntryDraft(customer_id=cid, occurred_at=first, kind=EntryKind.PURCHASE, body="First.")
    )
    model = TodayModel(journal, clock=lambda: NOW)
    model.reload()
    assert len([i for i in model.items() if i.section is Section.DATE]) == 1
    rows = [model.index(r).data() for r in range(model.rowCount())]
    assert rows[-2:] == [
        "Important dates this week (1)",
        "Marieke Jansen. 3 years since their first purchase. in 2 days, on 3 Jun.",
    ]
    assert model.summary().endswith(" · 1 important date")
