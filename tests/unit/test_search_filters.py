"""Search filters (stage, kind, tag, level, dates) and paging through results."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.domain.levels import Level
from rapport.domain.stages import Stage
from rapport.store import Journal
from rapport.store.search import SearchFilters

#: The filters hold on a journal file (FTS5) and on a team journal (PostgreSQL).
pytestmark = pytest.mark.both_backends

T0 = datetime(2025, 3, 10, 9, 30, tzinfo=UTC)


def customer(journal: Journal, name: str, **kw: object) -> int:
    return journal.customers.create(CustomerDraft(name=name, **kw))  # type: ignore[arg-type]


def note(
    journal: Journal, cid: int, body: str, kind: EntryKind = EntryKind.NOTE, at: datetime = T0
) -> int:
    return journal.entries.add(EntryDraft(customer_id=cid, occurred_at=at, kind=kind, body=body))


def entry_ids(journal: Journal, query: str, filters: SearchFilters | None = None) -> list[int]:
    return [h.entry_id for h in journal.search.search(query, filters) if h.entry_id is not None]


@pytest.fixture
def j(journal: Journal) -> Journal:
    return journal


@pytest.fixture
def book(j: Journal) -> dict[str, int]:
    a = customer(j, "Alpha", level="personal", tags=("wholesale",))
    b = customer(j, "Beta", level="structural", tags=("retail",))
    j.entries.change_stage(b, Stage.CONFLICT, datetime.now(UTC), "complaint")
    return {
        "a_call": note(j, a, "Pricing talk", kind=EntryKind.CALL, at=T0),
        "a_visit": note(j, a, "Pricing visit", kind=EntryKind.VISIT, at=T0 - timedelta(days=40)),
        "b_call": note(j, b, "Pricing complaint", kind=EntryKind.COMPLAINT, at=T0),
        "a": a,
        "b": b,
    }


def test_filter_by_kind_leaves_customers_out(j: Journal, book: dict[str, int]) -> None:
    hits = j.search.search("pricing", SearchFilters(kinds=frozenset({EntryKind.CALL})))
    assert [h.entry_id for h in hits] == [book["a_call"]]
    assert hits[0].parts() == [(("Pricing"), True), (" talk", False)]  # snippets here too


def test_filter_by_stage_tag_and_level(j: Journal, book: dict[str, int]) -> None:
    conflict = SearchFilters(stages=frozenset({Stage.CONFLICT}))
    assert entry_ids(j, "pricing", conflict) == [book["b_call"]]
    attraction = SearchFilters(stages=frozenset({Stage.ATTRACTION}))
    assert sorted(entry_ids(j, "pricing", attraction)) == sorted([book["a_call"], book["a_visit"]])
    assert set(entry_ids(j, "pricing", SearchFilters(tags=frozenset({"RETAIL"})))) == {
        book["b_call"]
    }
    structural = SearchFilters(levels=frozenset({Level.STRUCTURAL}))
    assert entry_ids(j, "pricing", structural) == [book["b_call"]]


def test_filter_by_date_range_in_any_time_zone(j: Journal, book: dict[str, int]) -> None:
    berlin = timezone(timedelta(hours=1))
    start = (T0 - timedelta(days=1)).astimezone(berlin)
    recent = SearchFilters(occurred_from=start, occurred_before=T0 + timedelta(seconds=1))
    assert sorted(entry_ids(j, "pricing", recent)) == sorted([book["a_call"], book["b_call"]])
    older = SearchFilters(occurred_before=T0)
    assert entry_ids(j, "pricing", older) == [book["a_visit"]]
    with pytest.raises(ValueError):
        SearchFilters(occurred_from=datetime(2025, 1, 1))


@pytest.mark.parametrize(
    "filters", [SearchFilters(), SearchFilters(kinds=frozenset({EntryKind.NOTE}))]
)
def test_pages_join_up(j: Journal, filters: SearchFilters) -> None:
    for c in range(3):
        cid = customer(j, f"Page Turner {c}")
        for i in range(4):
            note(j, cid, f"Paging note number {i} " + "page " * (i % 4 + 1))
    whole = j.search.search("page", filters, limit=100)
    assert len(whole) == 12 + (0 if filters.narrows else 3)
    pieces = [
        h for off in range(0, 16, 4) for h in j.search.search("page", filters, limit=4, offset=off)
    ]
    assert [(h.customer_id, h.entry_id) for h in pieces] == [
        (h.customer_id, h.entry_id) for h in whole
    ]
    assert j.search.search("page", filters, limit=0) == []
