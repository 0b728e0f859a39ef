"""PostgreSQL's search index looked after: what FTS5's checks are on SQLite, for a server.

The search behaviour itself (ranking, snippets, folding, prefixes, filters) is tested
on both back ends in tests/unit/test_search.py and test_search_filters.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store import Journal
from rapport.store.search_pg import wanted
from rapport.store.search_pg_snippet import snippet
from rapport.store.server import ServerLocation

T0 = datetime(2025, 3, 10, 9, 30, tzinfo=UTC)


@pytest.fixture
def team(pg_location: ServerLocation) -> Iterator[Journal]:
    journal = Journal.open(pg_location)
    yield journal
    journal.close()


def test_a_missing_index_is_reported_and_rebuilt(team: Journal) -> None:
    cid = team.customers.create(CustomerDraft(name="Broken"))
    team.entries.add(EntryDraft(customer_id=cid, occurred_at=T0, body="lost words"))
    with team.engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX search_entry_vector")
    assert [p for p in team.search.check() if "missing" in p]
    assert len(team.search.search("lost")) == 1  # slower, but still found
    team.search.rebuild()
    assert team.search.check() == []


def test_deletes_and_tag_renames_outside_rapport_are_followed_at_once(team: Journal) -> None:
    cid = team.customers.create(CustomerDraft(name="Hard Delete", tags=("gamma",)))
    team.entries.add(EntryDraft(customer_id=cid, occurred_at=T0, body="Gone for good."))
    with team.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE tag SET name = 'delta' WHERE name = 'gamma'")
    assert team.search.search("delta ")[0].customer_id == cid
    with team.engine.begin() as conn:
        conn.exec_driver_sql(f"DELETE FROM customer WHERE id = {cid}")
    assert team.search.search("gone") == [] and team.search.check() == []


def test_a_long_note_is_cut_around_its_matches_with_ellipses() -> None:
    text = " ".join(f"w{i}" for i in range(40)) + " Straße, at last."
    typed = wanted("strasse ")
    assert typed is not None
    cut = snippet(text, typed.words, typed.prefix_last)
    assert cut.startswith("…") and cut.endswith("\ufdd0Straße\ufdd1, at last.")
    assert snippet("<b>x</b> invoice", ["invoice"], False) == "<b>x</b> \ufdd0invoice\ufdd1"
