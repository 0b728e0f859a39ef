"""A very broad search is ranked among its newest matches only, on both back ends alike.

Ranking every match of "the" in 100,000 notes takes longer than a keystroke, so both
back ends rank the newest RANK_WINDOW matches (10,000; made small here) and leave the
older ones out of the page; a query with fewer matches is ranked in full.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store import Journal

pytestmark = pytest.mark.both_backends

T0 = datetime(2025, 3, 10, 9, 30, tzinfo=UTC)


def test_only_the_newest_matches_are_ranked_when_there_are_very_many(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("rapport.store.search_fts5_sql.RANK_WINDOW", 3)
    monkeypatch.setattr("rapport.store.search_pg.RANK_WINDOW", 3)
    cid = journal.customers.create(CustomerDraft(name="Hartmann"))
    oldest = journal.entries.add(EntryDraft(cid, T0, title="Renewal", body="renewal renewal"))
    newer = [
        journal.entries.add(EntryDraft(cid, T0 + timedelta(days=i), body=f"The renewal, {i}."))
        for i in range(1, 5)
    ]
    ranked_in_full = [h.entry_id for h in journal.search.search("renewal ", limit=5)]
    assert ranked_in_full[0] == oldest  # the window holds the page: every match ranked
    window = [h.entry_id for h in journal.search.search("renewal ", limit=2)]
    assert oldest not in window and set(window) <= set(newer[1:])
