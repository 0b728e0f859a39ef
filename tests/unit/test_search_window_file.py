"""A journal file ranks the newest matching notes only (RANK_WINDOW): which ones, exactly."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store import Journal
from rapport.store import search_fts5_sql as sql

T0 = datetime(2025, 3, 10, 9, 30, tzinfo=UTC)


def found(journal: Journal, word: str, limit: int) -> set[int]:
    hits = journal.search.search(word, limit=limit)
    return {h.entry_id for h in hits if h.entry_id is not None}


@pytest.mark.parametrize("window", [3, 4, 6, 50])
def test_the_window_holds_the_newest_live_matches_whatever_the_trash_holds(
    journal: Journal, monkeypatch: pytest.MonkeyPatch, window: int
) -> None:
    monkeypatch.setattr(sql, "RANK_WINDOW", window)
    cid = journal.customers.create(CustomerDraft(name="Hartmann Bakery"))
    gone = journal.customers.create(CustomerDraft(name="Gone Ltd"))
    ids = [
        journal.entries.add(
            EntryDraft(customer_id=cid, occurred_at=T0 + timedelta(days=n), body=f"rye {n}")
        )
        for n in range(6)
    ]
    for entry in (ids[5], ids[3]):  # the newest and another in the trash
        journal.entries.delete(entry)
    journal.entries.add(EntryDraft(customer_id=gone, occurred_at=T0, body="rye gone"))
    journal.customers.delete(gone)
    journal.entries.add(EntryDraft(customer_id=cid, occurred_at=T0, body="spelt only"))
    live = [ids[4], ids[2], ids[1], ids[0]]  # newest first

    assert found(journal, "rye", limit=window) == set(live[:window])  # a page: the window
