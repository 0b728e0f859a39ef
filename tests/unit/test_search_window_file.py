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


def test_words_in_most_notes_list_the_newest_notes_first(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Words in most notes say nothing about which note is meant: newest first, no ranking."""
    monkeypatch.setattr(sql, "RANK_WINDOW", 4)
    cid = journal.customers.create(CustomerDraft(name="Hartmann Bakery"))
    ids = [
        journal.entries.add(
            EntryDraft(
                customer_id=cid,
                occurred_at=T0 + timedelta(days=n),
                title="The plan" if n == 7 else "",
                body="the plan, the plan and the plan" if n == 7 else f"the visit {n}",
            )
        )
        for n in range(10)
    ]
    hits = journal.search.search("the", limit=4)
    assert [h.entry_id for h in hits] == [ids[9], ids[8], ids[7], ids[6]]
    hits = journal.search.search("the", limit=2, offset=2)
    assert [h.entry_id for h in hits] == [ids[7], ids[6]]


def test_a_word_in_few_of_many_notes_is_still_ranked(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """More matches than the window, but spread thin: the best of the newest come first."""
    monkeypatch.setattr(sql, "RANK_WINDOW", 4)
    cid = journal.customers.create(CustomerDraft(name="Hartmann Bakery"))
    rye = []
    for n in range(40):
        text = "rye, rye, rye" if n == 33 else ("rye bread" if n % 4 == 1 else "spelt bread")
        entry = journal.entries.add(
            EntryDraft(customer_id=cid, occurred_at=T0 + timedelta(days=n), body=text)
        )
        if "rye" in text:
            rye.append(entry)
    hits = journal.search.search("rye", limit=4)
    assert hits[0].entry_id == rye[-2]  # n == 33: the most rye, though not the newest
    assert {h.entry_id for h in hits} == set(rye[-4:])
