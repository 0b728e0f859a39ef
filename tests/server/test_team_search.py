"""PostgreSQL's search index looked after: what FTS5's checks are on SQLite, for a server.

The search behaviour itself (ranking, snippets, folding, prefixes, filters) is tested
on both back ends in tests/unit/test_search.py and test_search_filters.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from hypothesis import given
from hypothesis import strategies as st

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store import Journal
from rapport.store.migrate import alembic_config
from rapport.store.search_pg import wanted
from rapport.store.search_pg_snippet import _words, _words_within, snippet
from rapport.store.server import ServerLocation, make_server_engine

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


@given(st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=40))
def test_words_are_found_quickly_exactly_as_one_character_at_a_time(text: str) -> None:
    assert _words(text) == _words_within(text, 0, len(text))


def test_a_0011_team_journal_finds_files_and_customers_after_the_upgrade(
    pg_url: str, tmp_path: Path
) -> None:
    location = ServerLocation.from_url(pg_url, local_root=tmp_path)
    engine = make_server_engine(location)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0011")
        conn.exec_driver_sql(
            "INSERT INTO customer (id, name, organisation, role, email, phone, address, website,"
            " about, level, currency, status, created_at, updated_at, version, people_text) "
            "VALUES (7, 'Café Lindeboom', 'Lindeboom BV', '', '', '', '', '', 'Roasts in Delft',"
            " 'professional', 'EUR', 'active', now(), now(), 1, '')"
        )
        conn.exec_driver_sql(
            "INSERT INTO entry (id, customer_id, occurred_at, kind, title, body, private,"
            " follow_up_done, created_at, updated_at, version, files_text) VALUES (3, 7, now(),"
            " 'note', 'Tasting', 'Went well.', false, false, now(), now(), 1, 'Offerte 2026.pdf')"
        )
    engine.dispose()

    journal = Journal.open(location)
    try:
        assert [h.entry_id for h in journal.search.search("offerte")] == [3]
        assert [h.customer_id for h in journal.search.search("delft")] == [7]
        assert journal.search.check() == []
    finally:
        journal.close()
