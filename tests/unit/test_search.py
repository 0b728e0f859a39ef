"""Full-text search through the store's API: ranking, snippets, filters, triggers, safety."""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.folding import fold
from rapport.domain.kinds import EntryKind
from rapport.store import Journal
from rapport.store.search import (
    MATCH_END,
    MATCH_START,
    SearchFilters,
    SearchHit,
    snippet_parts,
)
from rapport.store.search_fts5_query import match_expression

#: The search behaviour holds on a journal file (FTS5) and on a team journal (PostgreSQL).
pytestmark = pytest.mark.both_backends

T0 = datetime(2025, 3, 10, 9, 30, tzinfo=UTC)


def customer(journal: Journal, name: str, **kw: object) -> int:
    return journal.customers.create(CustomerDraft(name=name, **kw))  # type: ignore[arg-type]


def note(journal: Journal, cid: int, body: str, title: str = "", **kw: object) -> int:
    draft = EntryDraft(customer_id=cid, occurred_at=kw.pop("at", T0), title=title, body=body, **kw)  # type: ignore[arg-type]
    return journal.entries.add(draft)


def entry_ids(journal: Journal, query: str, filters: SearchFilters | None = None) -> list[int]:
    return [h.entry_id for h in journal.search.search(query, filters) if h.entry_id is not None]


@pytest.fixture
def j(journal: Journal) -> Journal:
    return journal


# --- ranking and snippets -------------------------------------------------------------


def test_title_match_outranks_a_body_match(j: Journal) -> None:
    cid = customer(j, "Hartmann Bakery")
    body_only = note(j, cid, "We talked about the oven and then, briefly, the renewal.")
    in_title = note(j, cid, "Talked about ovens and flour prices.", title="Renewal")
    assert entry_ids(j, "renewal ") == [in_title, body_only]


def test_more_occurrences_rank_higher(j: Journal) -> None:
    cid = customer(j, "Lindqvist")
    once = note(j, cid, "Samples arrived. The rest of the order is late, as usual, sadly.")
    often = note(j, cid, "Samples, samples, samples: they want more samples.")
    assert entry_ids(j, "samples ") == [often, once]


def test_hit_carries_customer_date_kind_and_highlighted_snippet(j: Journal) -> None:
    cid = customer(j, "Café Noir", website="noir.example")
    eid = note(j, cid, "They loved the espresso blend.", title="Tasting", kind=EntryKind.VISIT)
    [hit] = j.search.search("espresso ")
    assert (hit.customer_id, hit.customer_name, hit.entry_id) == (cid, "Café Noir", eid)
    assert hit.occurred_at == T0 and hit.kind is EntryKind.VISIT and hit.title == "Tasting"
    assert f"{MATCH_START}espresso{MATCH_END}" in hit.snippet
    assert ("espresso", True) in hit.parts()
    assert "".join(t for t, _ in hit.parts()) == "They loved the espresso blend."


def test_snippet_never_turns_user_text_into_markup(j: Journal) -> None:
    cid = customer(j, "Markup Ltd")
    note(j, cid, "<b>bold</b> & <script>alert(1)</script> invoice")
    [hit] = j.search.search("invoice ")
    text = "".join(t for t, _ in hit.parts())
    assert "<script>alert(1)</script>" in text  # raw text, for the UI to escape
    assert [t for t, matched in hit.parts() if matched] == ["invoice"]


def test_snippet_parts_handles_stray_markers() -> None:
    assert snippet_parts(f"a{MATCH_END}b{MATCH_START}c{MATCH_END}d") == [
        ("ab", False),
        ("c", True),
        ("d", False),
    ]


def test_customers_are_found_by_name_organisation_tags_and_about(j: Journal) -> None:
    cid = customer(
        j, "Greta Olsen", organisation="Fjord Foods", tags=("wholesale",), about="Loves licorice"
    )
    for query in ("greta", "fjord", "wholesale", "licorice"):
        [hit] = j.search.search(query)
        # the organisation names the relationship; Greta is its person (found by her too)
        assert hit.is_customer and hit.customer_id == cid and hit.customer_name == "Fjord Foods"


def test_customer_hits_come_first_and_at_most_five(j: Journal) -> None:
    ids = [customer(j, f"Pellegrino {i}") for i in range(7)]
    eid = note(j, ids[0], "Pellegrino called about pallets.")
    hits = j.search.search("pellegrino")
    assert [h.is_customer for h in hits] == [True] * 5 + [False]
    assert hits[-1].entry_id == eid


# --- prefix, accents, odd input ---------------------------------------------------------


def test_last_word_matches_as_prefix_while_typing(j: Journal) -> None:
    cid = customer(j, "Prefix GmbH")
    eid = note(j, cid, "Quarterly renewal of the contract.")
    assert entry_ids(j, "contract renew") == [eid]
    assert entry_ids(j, "renew ") == []  # a finished word is a whole word
    assert entry_ids(j, "renew contract") == []  # only the last word is a prefix
    assert entry_ids(j, "r") == []  # one letter is a word, not a prefix


def test_accents_and_case_fold(j: Journal) -> None:
    cid = customer(j, "Accent")
    eid = note(j, cid, "Großer Ärger über die Crème brûlée im CAFÉ.")
    for query in ("arger ", "ÄRGER ", "creme brulee ", "café ", "cafe ", "über "):
        assert entry_ids(j, query) == [eid], query


def matched(hit: SearchHit) -> list[str]:
    return [text for text, is_match in hit.parts() if is_match]


def test_names_typed_without_accents_are_found_and_marked_as_written(j: Journal) -> None:
    cid = customer(j, "Anouk Mariën", organisation="Bakkerij Mariën")
    eid = note(j, cid, "Jürgen Müller called about the Crème brûlée order.")
    [who] = j.search.search("anouk marien")
    assert who.customer_id == cid and matched(who) == ["Anouk", "Mariën"]
    [hit] = j.search.search("muller creme ")
    assert hit.entry_id == eid and matched(hit) == ["Müller", "Crème"]
    written = "Jürgen Müller called about the Crème brûlée order."
    assert "".join(t for t, _ in hit.parts()) == written


@pytest.mark.parametrize(
    ("query", "written"),
    [
        ("hauptstrasse ", ["Hauptstraße", "Hauptstrasse"]),  # ß typed as ss (Swiss keyboards)
        ("Hauptstraße ", ["Hauptstraße", "Hauptstrasse"]),
        ("HAUPTSTRASSE ", ["Hauptstraße", "Hauptstrasse"]),
        ("oeuvre ", ["Œuvre"]),
        ("lodz ", ["Łódź"]),
        ("soren ", ["Søren"]),
        ("aero ", ["Ærø"]),
        ("haupts", ["Hauptstraße", "Hauptstrasse"]),  # as a prefix, while typing
        ("lod", ["Łódź"]),
    ],
)
def test_letters_beyond_accents_fold_too(j: Journal, query: str, written: list[str]) -> None:
    cid = customer(j, "Letters")
    note(j, cid, "Hauptstraße 5, Œuvre Łódź", at=T0)
    note(j, cid, "Hauptstrasse 7: Søren of Ærø", at=T0.replace(hour=10))
    found = [word for hit in j.search.search(query) for word in matched(hit)]
    assert sorted(found) == sorted(written)


def test_customers_with_such_letters_are_found_typed_plainly(j: Journal) -> None:
    cid = customer(j, "Søren Weiß", organisation="Großhandel Kjær")
    for query in ("soren weiss", "grosshandel", "kjaer", "SØREN WEISS"):
        hits = j.search.search(query)
        assert [h.customer_id for h in hits if h.is_customer] == [cid], query


@pytest.mark.sqlite_only
def test_without_its_word_lists_search_still_runs_and_check_says_so(j: Journal) -> None:
    eid = note(j, customer(j, "Lists"), "Hauptstraße 5")
    with sqlite3.connect(j.path) as raw:
        raw.execute("DROP TABLE search_entry_terms")
    assert entry_ids(j, "hauptstraße ") == [eid]  # as written, still found
    assert entry_ids(j, "hauptstrasse ") == []
    assert any("search_entry_terms" in problem for problem in j.search.check())
    j.search.rebuild()
    assert entry_ids(j, "hauptstrasse ") == [eid]
    assert j.search.check() == []


def test_cjk_and_emoji(j: Journal) -> None:
    cid = customer(j, "東京商事")
    eid = note(j, cid, "会議 in 東京 went well 🎉")
    assert entry_ids(j, "東京 ") == [eid]
    assert entry_ids(j, "会") == [eid]  # prefix on CJK, which has no spaces
    assert j.search.search("🎉") == []  # an emoji is not a word
    assert j.search.search("東京商事")[0].is_customer


NASTY = [
    '"',
    '"unbalanced',
    "(",
    "a OR b",
    "NOT",
    "invoice NOT paid",
    "NEAR(invoice paid)",
    "title:invoice",
    "{title body}: x",
    "inv*",
    "*",
    "^invoice",
    "invoice AND",
    "'; DROP TABLE entry; --",
    "\x00",
    "\ufdd0",
    "-invoice",
    "+",
    "a" * 5000,
    " ".join(["w"] * 500),
]


@pytest.mark.parametrize("query", NASTY)
def test_fts_syntax_is_searched_as_words(j: Journal, query: str) -> None:
    cid = customer(j, "Syntax")
    note(j, cid, "The invoice was NOT paid, said the title: near the end.")
    assert isinstance(j.search.search(query), list)
    assert isinstance(j.search.search(query, SearchFilters(kinds=frozenset(EntryKind))), list)


def test_operators_are_words(j: Journal) -> None:
    cid = customer(j, "Operators")
    eid = note(j, cid, "The invoice was not paid near the end.")
    assert entry_ids(j, "invoice NOT paid") == [eid]
    assert entry_ids(j, "title:invoice") == []  # "title" is a word here, not a column
    assert entry_ids(j, "NEAR(invoice paid)") == [eid]


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text())
def test_any_text_never_raises(j: Journal, query: str, caplog: pytest.LogCaptureFixture) -> None:
    if not j.search.search("seeded"):
        note(j, customer(j, "Hypothesis"), "seeded note with some words and Ünïcödé")
    caplog.clear()
    hits = j.search.search(query, limit=5)
    assert isinstance(hits, list)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]  # nothing swallowed


@pytest.fixture(scope="module")
def bare_fts5() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE t USING fts5(a, b, tokenize='unicode61 remove_diacritics 2')"
    )
    conn.execute("INSERT INTO t VALUES ('some words', 'ünïcödé and more')")
    return conn


@settings(max_examples=500, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text() | st.text(alphabet='"()*^:+-{} ANDORNTEa\u0301東'))
def test_any_text_makes_a_valid_match_expression(bare_fts5: sqlite3.Connection, query: str) -> None:
    expression = match_expression(query)
    if expression is not None:  # raw sqlite3 raises on any FTS5 syntax error
        bare_fts5.execute("SELECT rowid FROM t WHERE t MATCH ?", (expression,)).fetchall()
    spelled = match_expression(query, spellings=lambda word, _prefix: [fold(word), f'{word}" *'])
    if spelled is not None:  # with other spellings ORed in, whatever they hold
        bare_fts5.execute("SELECT rowid FROM t WHERE t MATCH ?", (spelled,)).fetchall()


# --- triggers: edits, soft delete, restore ----------------------------------------------


def test_edited_entry_is_found_by_its_new_words_only(j: Journal) -> None:
    cid = customer(j, "Editor")
    eid = note(j, cid, "First draft mentions marzipan.")
    j.entries.update(eid, EntryDraft(customer_id=cid, occurred_at=T0, body="Now it says nougat."))
    assert entry_ids(j, "marzipan ") == []
    assert entry_ids(j, "nougat ") == [eid]
    assert j.search.check() == []


def test_soft_deleted_entries_are_not_found_until_restored(j: Journal) -> None:
    cid = customer(j, "Trash")
    eid = note(j, cid, "Confidential pistachio pricing.")
    j.entries.delete(eid)
    assert entry_ids(j, "pistachio ") == []
    j.entries.restore(eid)
    assert entry_ids(j, "pistachio ") == [eid]


def test_deleted_customer_and_its_entries_are_not_found(j: Journal) -> None:
    cid = customer(j, "Vanishing Ventures")
    note(j, cid, "Hazelnut shipment.")
    j.customers.delete(cid)
    assert j.search.search("hazelnut") == [] and j.search.search("vanishing") == []
    j.customers.restore(cid)
    assert len(j.search.search("hazelnut")) == 1


def test_customer_edits_and_tags_reach_the_index(j: Journal) -> None:
    cid = customer(j, "Old Name", tags=("alpha",))
    j.customers.update(cid, CustomerDraft(name="New Name", tags=("beta",)))
    assert j.search.search("old ") == [] and j.search.search("alpha ") == []
    assert j.search.search("beta ")[0].customer_id == cid
    assert j.search.search("new name")[0].customer_id == cid
    assert j.search.check() == []


@pytest.mark.sqlite_only
def test_hard_deletes_and_tag_renames_keep_the_index_in_step(j: Journal) -> None:
    cid = customer(j, "Hard Delete", tags=("gamma",))
    note(j, cid, "Gone for good.")
    with sqlite3.connect(j.path) as raw:
        raw.execute("PRAGMA foreign_keys = ON")
        raw.execute("UPDATE tag SET name = 'delta' WHERE name = 'gamma'")
    assert j.search.search("delta ")[0].customer_id == cid
    with sqlite3.connect(j.path) as raw:
        raw.execute("PRAGMA foreign_keys = ON")
        raw.execute("DELETE FROM customer WHERE id = ?", (cid,))
    assert j.search.search("gone") == [] and j.search.check() == []


@pytest.mark.sqlite_only
@pytest.mark.logs_errors
def test_a_missing_index_finds_nothing_instead_of_crashing(j: Journal, journal_path: Path) -> None:
    cid = customer(j, "Broken")
    note(j, cid, "lost words")
    with sqlite3.connect(journal_path) as raw:
        raw.execute("DROP TABLE search_entry")
    assert entry_ids(j, "lost") == []
    problems = j.search.check()
    assert any("missing" in p for p in problems)
    j.search.rebuild()
    assert len(entry_ids(j, "lost")) == 1 and j.search.check() == []


def test_a_relationship_is_found_by_its_people(journal: Journal) -> None:
    from rapport.domain.people import Labelled, PersonDraft

    cid = customer(journal, "Café Lindeboom")
    journal.people.add(
        cid,
        PersonDraft(
            "Jens Visser", role="Barista", emails=(Labelled("work", "jens@lindeboom.example"),)
        ),
    )
    for words in ("jens", "barista", "visser "):
        hits = [h for h in journal.search.search(words) if h.is_customer]
        assert [h.customer_id for h in hits] == [cid], words
        assert hits[0].title == ""  # the organisation field itself is empty
