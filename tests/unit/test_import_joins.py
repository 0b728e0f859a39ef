"""Issue 15 leftovers: people imported for an organisation already in the journal join
its relationship (matched ignoring case, spacing and accents), and the preview says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from transferhelp import plan_of

import rapport.cli as cli
from rapport.domain.customers import CustomerDraft
from rapport.domain.people import PersonDraft
from rapport.store import Journal
from rapport.transfer.plan import ImportPlan

CSV = (
    "First Name,Last Name,Organization Name,Organization Title,E-mail 1 - Label,"
    "E-mail 1 - Value\n"
    "Lena,Smit,cafe  LINDEBOOM,Manager,Work,lena@lindeboom.example\n"
    "Tom,Bos,Café Lindeboom,Barista,Work,tom@lindeboom.example\n"
    "Jens,de Vries,Café Lindeboom,Owner,Work,jens@lindeboom.example\n"
    "Ada,Peeters,Bakkerij Peeters,Owner,Work,ada@peeters.example\n"
)
VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mila Jansen\r\nN:Jansen;Mila;;;\r\n"
    "ORG:CAFÉ LINDEBOOM\r\nEMAIL;TYPE=work:mila@lindeboom.example\r\nEND:VCARD\r\n"
)


def _run(steps: object) -> object:
    while True:
        try:
            next(steps)  # type: ignore[call-overload]
        except StopIteration as done:
            return done.value


def _cafe(journal: Journal) -> int:
    cafe = journal.customers.create(CustomerDraft(name="Café Lindeboom"))
    journal.people.add(cafe, PersonDraft(name="Jens de Vries", role="Owner", main=True))
    return cafe


def _plan(journal: Journal, path: Path) -> ImportPlan:
    return plan_of(path, existing=journal.transfer.existing())


def test_csv_people_of_a_known_organisation_join_its_relationship(
    journal: Journal, tmp_path: Path
) -> None:
    cafe = _cafe(journal)
    path = tmp_path / "contacts.csv"
    path.write_text(CSV, encoding="utf-8")
    plan = _plan(journal, path)
    assert [d.candidate.draft.name for d in plan.duplicates] == ["Jens de Vries"]
    [joining] = plan.joining()
    assert (joining.customer_id, joining.name) == (cafe, "Café Lindeboom")
    assert [p.name for p in joining.people] == ["Lena Smit", "Tom Bos"]
    assert [r.draft.name for r in plan.relationships() if r.joins is None] == ["Bakkerij Peeters"]
    imported = _run(journal.transfer.run(plan, "contacts"))
    assert journal.customers.count() == 2  # the café was not made twice
    people = journal.people.of(cafe)
    assert [(p.name, p.main) for p in people] == [
        ("Jens de Vries", True),  # still the main contact
        ("Lena Smit", False),
        ("Tom Bos", False),
    ]
    assert [c.name for c in journal.customers.find("Lena")] == ["Café Lindeboom"]
    assert cafe in imported.customer_ids  # type: ignore[attr-defined]


def test_a_vcard_of_a_known_organisation_joins_it_too(journal: Journal, tmp_path: Path) -> None:
    cafe = _cafe(journal)
    path = tmp_path / "mila.vcf"
    path.write_text(VCARD, encoding="utf-8")
    plan = _plan(journal, path)
    [joining] = plan.joining()
    assert joining.customer_id == cafe and [p.name for p in joining.people] == ["Mila Jansen"]
    _run(journal.transfer.run(plan, "contacts"))
    assert journal.customers.count() == 1
    assert [p.name for p in journal.people.of(cafe)] == ["Jens de Vries", "Mila Jansen"]


def test_a_one_person_relationship_is_not_joined_by_name(journal: Journal, tmp_path: Path) -> None:
    journal.customers.create(CustomerDraft(name="Bakkerij Peeters"))  # no people: still joined
    journal.customers.create(CustomerDraft(name="Lena Smit"))
    path = tmp_path / "contacts.csv"
    path.write_text(CSV, encoding="utf-8")
    plan = _plan(journal, path)
    assert [j.name for j in plan.joining()] == ["Bakkerij Peeters"]
    _run(journal.transfer.run(plan, "contacts"))
    # the bakery, Lena on her own, and the new café once (its spellings are one organisation)
    assert journal.customers.count() == 3
    [bakery] = journal.customers.find("Bakkerij Peeters")
    assert [(p.name, p.main) for p in journal.people.of(bakery.id)] == [("Ada Peeters", True)]


def test_the_command_line_says_who_joins_what(
    journal_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = Journal.open(journal_path)
    _cafe(journal)
    journal.close()
    path = tmp_path / "contacts.csv"
    path.write_text(CSV, encoding="utf-8")
    assert cli.run(["import", str(path), "--journal", str(journal_path)]) == 0
    out = capsys.readouterr().out
    assert "1 relationship already in the journal, joined by its people:" in out
    assert "  Café Lindeboom: Lena Smit, Tom Bos" in out
