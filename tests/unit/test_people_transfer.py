"""JSON carries people, our people and who took part; an older export still imports exactly."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from storehelp import customer, entry

from rapport.domain.people import Labelled, PersonDraft, RelationshipKind
from rapport.store import Journal
from rapport.transfer.json_format import decode, encode

T = datetime(2024, 5, 1, tzinfo=UTC)


def _run(steps: object) -> object:
    while True:
        try:
            next(steps)  # type: ignore[call-overload]
        except StopIteration as done:
            return done.value


def _filled(path: Path) -> Journal:
    journal = Journal.open(path)
    cafe = customer(journal, "Café Lindeboom")
    journal.customers.set_kind(customer(journal, "Roastery Bos"), RelationshipKind.SUPPLIER)
    jens = journal.people.add(
        cafe,
        PersonDraft(
            name="Jens Bakker",
            role="Owner",
            emails=(Labelled("work", "jens@lindeboom.nl"), Labelled("", "j@home.nl")),
            phones=(Labelled("mobile", "+31 6 1234"),),
            birthday=date(1979, 4, 2),
        ),
    )
    journal.people.add(cafe, PersonDraft(name="Tom", left_on=date(2024, 3, 31)))
    me = journal.our_people.me()
    assert me is not None
    lena = journal.our_people.add("Lena")
    journal.participants.put(entry(journal, cafe, 1), (me.id, lena), (jens,))
    return journal


def _text(journal: Journal) -> str:
    return "".join(encode(journal.transfer.snapshot(), T))


def _state(journal: Journal) -> object:
    customers = journal.timeline.customers(statuses=())
    people = {
        c.name: [(p.name, p.emails, p.phones, p.main, p.left_on) for p in journal.people.of(c.id)]
        for c in customers
    }
    kinds = {c.name: c.kind for c in customers}
    entries = [i.entry.id for c in customers for i in journal.timeline.page(c.id) if i.entry]
    took = journal.participants.of(entries)
    return people, kinds, sorted(took.values()), [p.name for p in journal.our_people.all()]


def test_an_export_brings_back_people_our_people_and_who_took_part(tmp_path: Path) -> None:
    source = _filled(tmp_path / "a" / "source.rapport")
    try:
        text, expected = _text(source), _state(source)
    finally:
        source.close()
    document = json.loads(text)
    assert document["people"][0]["emails"] == [["work", "jens@lindeboom.nl"], ["", "j@home.nl"]]
    snapshot, bad = decode(text)
    assert bad == []
    for target in (tmp_path / "b" / "empty.rapport", tmp_path / "c" / "busy.rapport"):
        journal = Journal.open(target)
        try:
            if "busy" in target.name:  # ids taken: everything is renumbered and mapped
                customer(journal, "Someone else")
                journal.our_people.add("Lena")  # the same colleague is not doubled
            _run(journal.transfer.import_snapshot(snapshot))
            people, kinds, took, ours = _state(journal)  # type: ignore[misc]
            want_people, want_kinds, want_took, want_ours = expected  # type: ignore[misc]
            assert {k: v for k, v in people.items() if k != "Someone else"} == want_people
            assert {k: v for k, v in kinds.items() if k != "Someone else"} == want_kinds
            assert took == want_took and ours == want_ours
            assert [c.name for c in journal.timeline.customers("jens")] == ["Café Lindeboom"]
        finally:
            journal.close()


def test_an_export_made_before_people_imports_exactly(tmp_path: Path) -> None:
    source = _filled(tmp_path / "a" / "source.rapport")
    try:
        document = json.loads(_text(source))
    finally:
        source.close()
    for table in ("people", "our_people", "entry_people", "entry_our_people"):
        del document[table]
    for row in document["customers"]:
        del row["kind"]
        row["email"] = "info@example.nl"
    snapshot, bad = decode(json.dumps(document))
    assert bad == []
    journal = Journal.open(tmp_path / "b" / "older.rapport")
    try:
        _run(journal.transfer.import_snapshot(snapshot))
        customers = journal.timeline.customers(statuses=())
        assert {c.name: c.kind for c in customers} == {
            "Café Lindeboom": RelationshipKind.CUSTOMER,
            "Roastery Bos": RelationshipKind.CUSTOMER,
        }
        assert all(journal.customers.get(c.id).email == "info@example.nl" for c in customers)
        assert all(journal.people.of(c.id) == [] for c in customers)
    finally:
        journal.close()
