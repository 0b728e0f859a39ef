"""The customer list: filtering as the user types, and sorting with empty values last."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from storehelp import at, customer, entry
from transferhelp import FIXTURES, plan_of

from rapport.domain.customers import CustomerDraft
from rapport.domain.kinds import EntryKind
from rapport.domain.stages import Stage
from rapport.store import Journal
from rapport.store.records import CustomerSort

#: The store behaves alike on a journal file and on a team journal (PostgreSQL).
pytestmark = pytest.mark.both_backends


def names(journal: Journal, text: str = "", **options: object) -> list[str]:
    return [c.name for c in journal.timeline.customers(text, **options)]  # type: ignore[arg-type]


# --- filtering -------------------------------------------------------------------------


@pytest.fixture
def book(journal: Journal) -> Journal:
    customer(
        journal,
        "Ana Ruiz",
        organisation="Panadería Ruiz",
        email="ana@panaderia.es",
        tags=("bakery", "Madrid"),
    )
    customer(journal, "Ben Cohen", organisation="Cohen & Sons", email="ben@cohen.co.il")
    customer(journal, "Chen Wei", role="Buyer", tags=("wholesale", "東京"))
    customer(journal, "100% Natural Ltd")
    customer(journal, "snake_case Inc")
    customer(journal, "Back\\slash GmbH")
    customer(journal, "Łukasz Wójcik", organisation="Ölmühle")
    customer(journal, "Ελένη Παπαδοπούλου")
    return journal


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("", None),  # no words: everyone
        ("ana", ["Panadería Ruiz"]),  # its person, Ana Ruiz,
        ("panaderia.es", ["Panadería Ruiz"]),  # her email
        ("panadería", ["Panadería Ruiz"]),  # the organisation
        ("madrid", ["Panadería Ruiz"]),  # tag
        ("ruiz MADRID", ["Panadería Ruiz"]),  # words match across fields, all must match
        ("ruiz wholesale", []),
        ("buyer", ["Chen Wei"]),  # role
        ("東京", ["Chen Wei"]),
        ("  cohen   sons ", ["Cohen & Sons"]),
        ("&", ["Cohen & Sons"]),
    ],
)
def test_each_typed_word_must_match_a_name_organisation_email_role_or_tag(
    book: Journal, typed: str, found: list[str] | None
) -> None:
    everyone = names(book)
    assert names(book, typed) == (everyone if found is None else found)


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("%", ["100% Natural Ltd"]),
        ("100%", ["100% Natural Ltd"]),
        ("_", ["snake_case Inc"]),
        ("e_c", ["snake_case Inc"]),
        ("\\", ["Back\\slash GmbH"]),
        ("%_", []),
    ],
)
def test_wildcards_typed_by_the_user_are_plain_characters(
    book: Journal, typed: str, found: list[str]
) -> None:
    assert names(book, typed) == found


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("łukasz", "Ölmühle"),
        ("WÓJCIK", "Ölmühle"),
        ("ölmühle", "Ölmühle"),
        ("ελένη", "Ελένη Παπαδοπούλου"),
        ("ΠΑΠΑΔΟΠΟΎΛΟΥ", "Ελένη Παπαδοπούλου"),
    ],
)
def test_filtering_ignores_case_in_every_script(book: Journal, typed: str, found: str) -> None:
    assert names(book, typed) == [found]


def test_finding_a_customer_by_name_prefers_the_exact_name_in_any_case(journal: Journal) -> None:
    customer(journal, "Ana")
    customer(journal, "Anabel")
    customer(journal, "Éva")
    assert [c.name for c in journal.customers.find("ANA")] == ["Ana"]
    assert [c.name for c in journal.customers.find("an")] == ["Ana", "Anabel"]
    assert [c.name for c in journal.customers.find("éva")] == ["Éva"]
    assert journal.customers.find("%") == []


@pytest.fixture
def accents(journal: Journal) -> Journal:
    customer(journal, "Jürgen Müller", organisation="Müller & Söhne")
    customer(journal, "Anouk Mariën", organisation="Bakkerij Mariën", tags=("Gent",))
    customer(journal, "Hans Muller", role="Käufer")
    customer(journal, "Søren Kjær", organisation="Øresund Æbler", tags=("Köln",))
    customer(journal, "Grete Weiß", organisation="Großhandel Straße 5")
    customer(journal, "Łucja Nowak", email="lucja@łódź.pl")
    customer(journal, "Cœur de Lion")
    return journal


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("muller", ["Hans Muller", "Müller & Söhne"]),
        ("MÜLLER", ["Hans Muller", "Müller & Söhne"]),  # an accent typed finds the plain name too
        ("sohne", ["Müller & Söhne"]),  # the organisation
        ("marien", ["Bakkerij Mariën"]),
        ("anouk marien", ["Bakkerij Mariën"]),
        ("kaufer", ["Hans Muller"]),  # role
        ("koln", ["Øresund Æbler"]),  # tag
        ("soren kjaer", ["Øresund Æbler"]),
        ("oresund aebler", ["Øresund Æbler"]),
        ("weiss", ["Großhandel Straße 5"]),
        ("grosshandel strasse", ["Großhandel Straße 5"]),
        ("lucja lodz", ["Łucja Nowak"]),  # e-mail
        ("coeur", ["Cœur de Lion"]),
        ("Mu\u0308ller", ["Hans Muller", "Müller & Söhne"]),  # a decomposed ü
    ],
)
def test_filtering_ignores_accents_and_special_letters(
    accents: Journal, typed: str, found: list[str]
) -> None:
    assert names(accents, typed) == found


def test_a_renamed_customer_is_found_by_the_new_name_only(accents: Journal) -> None:
    lion = accents.customers.find("Cœur de Lion")[0]
    accents.customers.update(lion.id, CustomerDraft(name="Cœur de Tigre"))
    assert names(accents, "tigre") == ["Cœur de Tigre"]
    assert names(accents, "lion") == []
    assert [c.name for c in accents.customers.find("coeur de lion")] == []


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("anouk marien", ["Bakkerij Mariën"]),  # the whole name, without its accent
        ("ANOUK MARIËN", ["Bakkerij Mariën"]),
        ("muller", ["Hans Muller", "Müller & Söhne"]),  # part of two names
        ("hans müller", ["Hans Muller"]),  # the exact name, accent or not, wins
        ("weiss", ["Großhandel Straße 5"]),
        ("soren", ["Øresund Æbler"]),
        ("Bakkerij", ["Bakkerij Mariën"]),  # the organisation names it
    ],
)
def test_finding_a_customer_by_name_ignores_case_and_accents(
    accents: Journal, typed: str, found: list[str]
) -> None:
    assert [c.name for c in accents.customers.find(typed)] == found


# --- sorting ---------------------------------------------------------------------------


@pytest.fixture
def sortable(journal: Journal) -> Journal:
    ana = customer(journal, "Ana", stage=Stage.COMPROMISE)
    entry(journal, ana, 10, follow_up_on=date(2024, 3, 1))
    bob = customer(journal, "bob")  # lower case: sorting by name ignores case
    entry(journal, bob, 20, EntryKind.CALL)
    chen = customer(journal, "Chen", stage=Stage.DEEPER_UNDERSTANDING)
    entry(journal, chen, 30, EntryKind.NOTE, follow_up_on=date(2024, 2, 1))  # a note: no contact
    dana = customer(journal, "Dana")
    entry(journal, dana, 5, follow_up_on=date(2024, 1, 15), follow_up_done=True)
    for change in journal.entries.stage_history(dana):
        journal.entries.delete_stage_change(change.id)  # no stage at all
    return journal


@pytest.mark.parametrize(
    ("sort", "ascending", "descending"),
    [
        (CustomerSort.NAME, "Ana bob Chen Dana", "Dana Chen bob Ana"),
        (CustomerSort.STAGE, "bob Ana Chen Dana", "Chen Ana bob Dana"),
        (CustomerSort.LAST_CONTACT, "Dana Ana bob Chen", "bob Ana Dana Chen"),
        (CustomerSort.NEXT_FOLLOW_UP, "Chen Ana bob Dana", "Ana Chen Dana bob"),
    ],
)
def test_sorting_both_ways_puts_customers_without_a_value_last(
    sortable: Journal, sort: CustomerSort, ascending: str, descending: str
) -> None:
    assert names(sortable, sort=sort) == ascending.split()
    assert names(sortable, sort=sort, descending=True) == descending.split()


def test_the_list_shows_stage_last_contact_and_next_follow_up(sortable: Journal) -> None:
    rows = {c.name: c for c in sortable.timeline.customers()}
    assert rows["Ana"].stage is Stage.COMPROMISE
    assert rows["Ana"].last_contact == at(10)
    assert rows["Ana"].next_follow_up == date(2024, 3, 1)
    assert rows["Chen"].last_contact is None  # a note is not contact
    assert rows["Chen"].next_follow_up == date(2024, 2, 1)
    assert rows["Dana"].stage is None
    assert rows["Dana"].next_follow_up is None  # its follow-up is done


def test_the_earliest_open_follow_up_is_the_next_one(journal: Journal) -> None:
    cid = customer(journal, "Ana")
    entry(journal, cid, 1, follow_up_on=date(2024, 6, 1))
    soon = entry(journal, cid, 2, follow_up_on=date(2024, 4, 1))
    entry(journal, cid, 3, follow_up_on=date(2024, 5, 1))
    assert journal.timeline.header(cid).next_follow_up == date(2024, 4, 1)
    journal.entries.set_follow_up_done(soon)
    assert journal.timeline.header(cid).next_follow_up == date(2024, 5, 1)


def test_the_list_pages_consistently(journal: Journal) -> None:
    for i in range(25):
        customer(journal, f"Customer {i % 7}")  # repeated names: ties broken by id
    whole = [c.id for c in journal.timeline.customers(limit=None)]
    for sort in CustomerSort:
        for descending in (False, True):
            every = [c.id for c in journal.timeline.customers(sort=sort, descending=descending)]
            paged = [
                c.id
                for offset in range(0, 25, 6)
                for c in journal.timeline.customers(
                    sort=sort, descending=descending, offset=offset, limit=6
                )
            ]
            assert paged == every
            assert sorted(every) == sorted(whole)


@pytest.mark.sqlite_only
def test_the_list_sort_keys_are_read_through_their_partial_indexes(journal: Journal) -> None:
    """A fast sort needs SQLite to see that the partial indexes of migration 0004 apply."""
    from sqlalchemy import event

    from rapport.store.records import CustomerSort

    captured: list[str] = []

    def capture(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        captured.append(statement)

    event.listen(journal.engine, "before_cursor_execute", capture)
    try:
        journal.timeline.customers(sort=CustomerSort.LAST_CONTACT, limit=10)
    finally:
        event.remove(journal.engine, "before_cursor_execute", capture)
    statement = next(s for s in captured if "max(entry.occurred_at)" in s)
    with journal.engine.connect() as conn:
        params = tuple(1 for _ in range(statement.count("?")))
        plan = " ".join(
            str(row[3]) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)
        )
    assert "ix_entry_last_contact" in plan
    assert "ix_entry_open_follow_up" in plan
    assert "ix_stage_change_live" in plan


def test_names_sort_as_in_a_dictionary_both_ways(journal: Journal) -> None:
    for name in ("Emma", "Zoë", "Élodie", "eddy", "Ärzte Verbund", "Anton", "Øystein", "Oskar"):
        customer(journal, name)
    dictionary = ["Anton", "Ärzte Verbund", "eddy", "Élodie", "Emma", "Oskar", "Øystein", "Zoë"]
    assert names(journal) == dictionary
    assert names(journal, descending=True) == dictionary[::-1]
    assert [c.name for c in journal.customers.choices()] == dictionary


@pytest.mark.sqlite_only
def test_the_name_sort_walks_an_index_so_the_first_page_is_cheap(journal: Journal) -> None:
    """Sorting by name must not sort every customer before the first page is returned."""
    from sqlalchemy import event

    captured: list[str] = []

    def capture(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        captured.append(statement)

    customer(journal, "Élodie")
    for descending in (False, True):
        captured.clear()
        event.listen(journal.engine, "before_cursor_execute", capture)
        try:
            journal.timeline.customers(descending=descending, limit=10)
        finally:
            event.remove(journal.engine, "before_cursor_execute", capture)
        [statement] = [s for s in captured if "FROM customer" in s]
        with journal.engine.connect() as conn:
            params = tuple("active" for _ in range(statement.count("?")))
            plan = [
                str(row[3])
                for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)
            ]
        assert any("ix_customer_sort_key" in step for step in plan), plan
        assert "USE TEMP B-TREE FOR ORDER BY" not in plan, plan


def _to_end(steps: Any) -> Any:
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


def test_imported_customers_are_found_without_accents(journal: Journal, tmp_path: Path) -> None:
    """Imports write rows in bulk, past the customer store: the folded keys come along."""
    _to_end(journal.transfer.run(plan_of(FIXTURES / "generic.csv"), "generic.csv"))
    # issue 15: Amélie comes in as the person of "Café Lumière", found by her name too
    assert names(journal, "amelie") == ["Café Lumière"]
    assert names(journal, "lumiere cafes") == ["Café Lumière"]  # its name and a tag
    copy = Journal.open(tmp_path / "copy" / "copy.rapport")
    try:
        _to_end(copy.transfer.import_snapshot(journal.transfer.snapshot()))
        assert names(copy, "amelie") == ["Café Lumière"]
        assert [c.name for c in copy.customers.find("amelie dupont")] == ["Café Lumière"]
    finally:
        copy.close()
