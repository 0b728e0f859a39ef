"""Upgrading to 0009: each customer's details become its first person, nothing is lost."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import alembic.op
import pytest

from rapport.domain.people import RelationshipKind
from rapport.store import Journal, JournalError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
OLDER = [p for p in sorted(FIXTURES.glob("journal-*.rapport")) if p.stem < "journal-0009"]
KEPT = ("stage_change", "entry", "check_in", "customer_tag")


def rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def copy(fixture: Path, tmp_path: Path) -> Path:
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    return path


@pytest.mark.parametrize("fixture", OLDER, ids=[p.name for p in OLDER])
def test_every_customer_keeps_its_records_and_gets_its_first_person(
    fixture: Path, tmp_path: Path
) -> None:
    path = copy(fixture, tmp_path)
    before = rows(path, "SELECT id, name, role, email, deleted_at FROM customer ORDER BY id")
    linked = {
        t: rows(path, f"SELECT customer_id, count(*) FROM {t} GROUP BY customer_id")
        for t in KEPT
        if rows(path, f"SELECT name FROM sqlite_master WHERE name = '{t}'")
    }
    Journal.open(path).close()

    assert [r[0] for r in rows(path, "SELECT id FROM customer ORDER BY id")] == [
        r[0] for r in before
    ]
    for table, counts in linked.items():
        assert rows(path, f"SELECT customer_id, count(*) FROM {table} GROUP BY customer_id") == (
            counts
        ), table
    people = rows(
        path, "SELECT customer_id, name, role, emails, main FROM person ORDER BY customer_id"
    )
    assert [(p[0], p[1], p[2], p[4]) for p in people] == [(c[0], c[1], c[2], 1) for c in before]
    for person, customer in zip(people, before, strict=True):
        assert (customer[3] in person[3]) if customer[3] else person[3] == "[]"
    assert rows(path, "SELECT DISTINCT kind FROM customer") == [("customer",)]
    assert rows(path, "SELECT count(*) FROM customer WHERE email != '' OR role != ''") == [(0,)]
    assert rows(path, "SELECT name, me FROM our_person") == [("", 1)]


def test_an_organisation_names_the_relationship_and_a_person_keeps_hers(tmp_path: Path) -> None:
    path = copy(FIXTURES / "journal-0006.rapport", tmp_path)
    journal = Journal.open(path)
    try:
        (ruiz,) = journal.customers.find("Ruiz e Hijos S.L.")
        assert (ruiz.name, ruiz.organisation, ruiz.email, ruiz.role) == (
            "Ruiz e Hijos S.L.",
            "",
            "",
            "",
        )
        (ana,) = journal.people.of(ruiz.id)
        assert (ana.name, ana.role, ana.main) == ("Panadería Ruiz", "Dueña", True)
        assert [e.value for e in ana.emails] == ["ana@panaderia-ruiz.es"]
        assert ruiz.kind is RelationshipKind.CUSTOMER
        (eleni,) = journal.customers.find("Ελένη Παπαδοπούλου")  # one person: her own name
        assert [p.name for p in journal.people.of(eleni.id)] == ["Ελένη Παπαδοπούλου"]
        # the list's filter and search find the relationship by its person
        for typed in ("panaderia", "dueña", "ana@panaderia"):
            found = journal.timeline.customers(typed, statuses=())
            assert [c.name for c in found] == ["Ruiz e Hijos S.L."], typed
        hits = journal.search.search("Panadería")
        assert ruiz.id in {h.customer_id for h in hits}
        assert journal.our_people.me() is not None
    finally:
        journal.close()


@pytest.mark.logs_errors
def test_an_upgrade_that_fails_in_0009_leaves_the_file_byte_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy(FIXTURES / "journal-0006.rapport", tmp_path)
    original = path.read_bytes()
    execute = alembic.op.execute

    def fail_late(statement: Any, *args: Any, **kwargs: Any) -> Any:
        if "DELETE FROM search_customer" in str(statement):
            raise RuntimeError("the disk went away while the index was refilled")
        return execute(statement, *args, **kwargs)

    monkeypatch.setattr(alembic.op, "execute", fail_late)
    with pytest.raises(JournalError, match="left exactly as it was"):
        Journal.open(path)
    assert path.read_bytes() == original
