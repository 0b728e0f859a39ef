"""People at a relationship, our own people, who took part, and the relationship's kind."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from storehelp import customer, entry

from rapport.domain.customers import ValidationError
from rapport.domain.people import Labelled, PersonDraft, RelationshipKind, names_in_words
from rapport.store import Journal
from rapport.store.change import Change
from rapport.store.errors import ConflictError


def test_the_first_person_is_the_main_contact_and_one_mark_moves(journal: Journal) -> None:
    cafe = customer(journal, "Café Lindeboom")
    jens = journal.people.add(cafe, PersonDraft(name="Jens Bakker", role="Owner"))
    lena = journal.people.add(cafe, PersonDraft(name="Lena", role="Barista"))
    assert [(p.name, p.main) for p in journal.people.of(cafe)] == [
        ("Jens Bakker", True),
        ("Lena", False),
    ]
    journal.people.update(lena, replace(_draft(journal, lena), main=True))
    assert [(p.name, p.main) for p in journal.people.of(cafe)] == [
        ("Lena", True),
        ("Jens Bakker", False),
    ]
    assert journal.people.main_contact(cafe) == journal.people.get(lena)
    assert journal.people.get(jens).role == "Owner"


def test_someone_who_left_is_kept_last_and_is_no_longer_the_main_contact(
    journal: Journal,
) -> None:
    cafe = customer(journal, "Café Lindeboom")
    jens = journal.people.add(cafe, PersonDraft(name="Jens"))
    journal.people.add(cafe, PersonDraft(name="Anna"))
    journal.people.update(jens, replace(_draft(journal, jens), left_on=date(2024, 6, 30)))
    people = journal.people.of(cafe)
    assert [(p.name, p.main, p.gone) for p in people] == [
        ("Anna", True, False),
        ("Jens", False, True),
    ]
    assert people[1].left_on == date(2024, 6, 30)


def test_several_labelled_emails_and_phones_are_kept_in_order(journal: Journal) -> None:
    cafe = customer(journal, "Café Lindeboom")
    emails = (Labelled("work", " jens@lindeboom.nl "), Labelled("home", "jens@home.nl"))
    pid = journal.people.add(
        cafe,
        PersonDraft(
            name="Jens",
            emails=(*emails, Labelled("", "")),
            phones=(Labelled("mobile", "+31 6 1234"),),
            birthday=date(1979, 4, 2),
            note="Prefers mornings.",
        ),
    )
    jens = journal.people.get(pid)
    assert jens.emails == (Labelled("work", "jens@lindeboom.nl"), Labelled("home", "jens@home.nl"))
    assert jens.phones == (Labelled("mobile", "+31 6 1234"),)
    assert (jens.birthday, jens.note) == (date(1979, 4, 2), "Prefers mornings.")


def test_a_person_needs_a_name(journal: Journal) -> None:
    cafe = customer(journal, "Café Lindeboom")
    with pytest.raises(ValidationError, match="person needs a name"):
        journal.people.add(cafe, PersonDraft(name="  "))


def test_the_list_finds_a_relationship_by_any_of_its_people(journal: Journal) -> None:
    cafe = customer(journal, "Café Lindeboom")
    customer(journal, "Roastery Bos")
    pid = journal.people.add(
        cafe,
        PersonDraft(name="Jens Bakker", role="Owner", emails=(Labelled("", "jb@cafe.nl"),)),
    )
    for typed in ("jens", "owner", "jb@cafe", "bakker lindeboom"):
        assert [c.name for c in journal.timeline.customers(typed)] == ["Café Lindeboom"], typed
    assert cafe in {h.customer_id for h in journal.search.search("Jens")}
    journal.people.remove(pid)  # someone removed no longer finds it
    assert journal.timeline.customers("jens") == []
    journal.people.restore(pid)
    assert [c.name for c in journal.timeline.customers("jens")] == ["Café Lindeboom"]
    assert journal.people.get(pid).main


def test_person_writes_announce_the_customer_and_leave_its_version(journal: Journal) -> None:
    cafe = customer(journal, "Café Lindeboom")
    version = journal.customers.get(cafe).version
    seen: list[Change] = []
    journal.changes.subscribe(seen.append)
    journal.people.add(cafe, PersonDraft(name="Jens"))
    assert len(seen) == 1 and seen[0].touches(cafe)
    assert journal.customers.get(cafe).version == version


def test_an_edit_from_an_older_copy_merges_and_a_clash_is_named(journal: Journal) -> None:
    cafe = customer(journal, "Café Lindeboom")
    pid = journal.people.add(cafe, PersonDraft(name="Jens"))
    base = journal.people.get(pid)
    journal.people.update(pid, replace(_draft(journal, pid), role="Owner"), base)
    journal.people.update(pid, replace(_draft(journal, pid, base), note="Kind."), base)
    merged = journal.people.get(pid)
    assert (merged.role, merged.note, merged.version) == ("Owner", "Kind.", 3)
    with pytest.raises(ConflictError, match="role"):
        journal.people.update(pid, replace(_draft(journal, pid, base), role="Chef"), base)


def test_our_people_start_with_the_owner_and_grow(journal: Journal) -> None:
    me = journal.our_people.me()
    assert me is not None and me.me and me.name == ""
    lena = journal.our_people.add("Lena")
    assert [p.name for p in journal.our_people.all()] == ["", "Lena"]
    journal.our_people.remove(me.id)  # the owner stays
    journal.our_people.remove(lena)
    assert [p.id for p in journal.our_people.all()] == [me.id]


def test_an_entry_records_who_took_part_on_each_side(journal: Journal) -> None:
    cafe = customer(journal, "Café Lindeboom")
    jens = journal.people.add(cafe, PersonDraft(name="Jens"))
    anna = journal.people.add(cafe, PersonDraft(name="Anna"))
    me = journal.our_people.me()
    assert me is not None
    marieke = journal.our_people.add("Marieke")
    note = entry(journal, cafe, 1)
    seen: list[Change] = []
    journal.changes.subscribe(seen.append)
    journal.participants.put(note, (me.id, marieke), (jens, anna))
    assert seen and seen[0].touches_entry(note) and seen[0].touches(cafe)
    ours, theirs = journal.participants.of([note])[note]
    assert (ours, theirs) == (["", "Marieke"], ["Jens", "Anna"])
    journal.participants.put(note, (marieke,), (jens,))
    assert journal.participants.of([note])[note] == (["Marieke"], ["Jens"])
    assert journal.participants.ids_of(note) == ({marieke}, {jens})
    assert names_in_words(["Marieke", "Jens"]) == "Marieke and Jens"


def test_a_relationship_has_a_kind_and_the_list_filters_by_it(journal: Journal) -> None:
    cafe = customer(journal, "Café Lindeboom")
    roastery = customer(journal, "Roastery Bos")
    assert journal.customers.get(cafe).kind is RelationshipKind.CUSTOMER
    journal.customers.set_kind(roastery, RelationshipKind.SUPPLIER)
    assert journal.customers.get(roastery).kind is RelationshipKind.SUPPLIER
    only = journal.timeline.customers(kinds=[RelationshipKind.SUPPLIER])
    assert [(c.name, c.kind) for c in only] == [("Roastery Bos", RelationshipKind.SUPPLIER)]
    assert len(journal.timeline.customers()) == 2


def _draft(journal: Journal, pid: int, base: object | None = None) -> PersonDraft:
    p = base if base is not None else journal.people.get(pid)
    return PersonDraft(
        name=p.name,  # type: ignore[attr-defined]
        role=p.role,  # type: ignore[attr-defined]
        emails=p.emails,  # type: ignore[attr-defined]
        phones=p.phones,  # type: ignore[attr-defined]
        birthday=p.birthday,  # type: ignore[attr-defined]
        note=p.note,  # type: ignore[attr-defined]
        main=p.main,  # type: ignore[attr-defined]
        left_on=p.left_on,  # type: ignore[attr-defined]
    )


def test_json_carries_the_kind_and_an_export_without_it_reads_as_customers(
    journal: Journal,
) -> None:
    import json
    from datetime import UTC, datetime

    from rapport.transfer.json_format import decode, encode

    roastery = customer(journal, "Roastery Bos")
    journal.customers.set_kind(roastery, RelationshipKind.SUPPLIER)
    text = "".join(encode(journal.transfer.snapshot(), datetime(2024, 1, 1, tzinfo=UTC)))
    snap, bad = decode(text)
    assert bad == [] and snap.rows("customers")[0]["kind"] == "supplier"
    older = json.loads(text)  # an export made before relationships had a kind
    for row in older["customers"]:
        del row["kind"]
    snap, bad = decode(json.dumps(older))
    assert bad == [] and snap.rows("customers")[0]["kind"] == "customer"


def test_lookup_by_name_falls_back_to_the_people(journal: Journal) -> None:
    cafe = customer(journal, "Café Lindeboom")
    customer(journal, "Jensen Tools")
    journal.people.add(cafe, PersonDraft(name="Jens Bakker"))
    assert [c.name for c in journal.customers.find("jensen")] == ["Jensen Tools"]
    assert [c.name for c in journal.customers.find("bakker")] == ["Café Lindeboom"]
