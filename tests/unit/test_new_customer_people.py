"""A new customer is shaped as the 0009 migration shapes old ones: its contact is a person."""

from __future__ import annotations

from rapport.domain.capture import Known
from rapport.domain.customers import CustomerDraft
from rapport.domain.people import Labelled
from rapport.store import Journal
from rapport.store.capture import known_relationships


def test_an_organisation_names_the_relationship_and_the_contact_becomes_its_first_person(
    journal: Journal,
) -> None:
    cid = journal.customers.create(
        CustomerDraft(
            name="Jens Bakker",
            organisation="Café Lindeboom",
            role="Owner",
            email="jens@lindeboom.nl, info@lindeboom.nl",
            phone="+31 20 555",
        )
    )
    record = journal.customers.get(cid)
    assert (record.name, record.organisation) == ("Café Lindeboom", "")
    assert (record.role, record.email, record.phone) == ("", "", "")  # once, on the person
    (jens,) = journal.people.of(cid)
    assert (jens.name, jens.role, jens.main) == ("Jens Bakker", "Owner", True)
    assert jens.emails == (Labelled("", "jens@lindeboom.nl"), Labelled("", "info@lindeboom.nl"))
    assert jens.phones == (Labelled("", "+31 20 555"),)
    assert [c.id for c in journal.customers.find("jens")] == [cid]  # found by its person


def test_one_person_keeps_the_name_and_a_bare_name_makes_no_person(journal: Journal) -> None:
    ada = journal.customers.create(CustomerDraft(name="Ada Ross", email="ada@ross.example"))
    assert journal.customers.get(ada).name == "Ada Ross"
    assert [(p.name, p.emails) for p in journal.people.of(ada)] == [
        ("Ada Ross", (Labelled("", "ada@ross.example"),))
    ]
    same = journal.customers.create(CustomerDraft(name="Bo", organisation="bo", role="Owner"))
    assert (journal.customers.get(same).name, journal.customers.get(same).organisation) == (
        "Bo",
        "bo",
    )
    assert [p.name for p in journal.people.of(same)] == ["Bo"]
    bare = journal.customers.create(CustomerDraft(name="Café Noord"))
    assert journal.people.of(bare) == []  # nothing said about a person: the owner adds them


def test_a_new_entry_names_the_new_main_contact(journal: Journal) -> None:
    from storehelp import entry

    cid = journal.customers.create(
        CustomerDraft(name="Jens", organisation="Café Lindeboom", phone="1")
    )
    eid = entry(journal, cid, 1)
    journal.participants.put_defaults(eid)
    assert journal.participants.of([eid])[eid] == ([""], ["Jens"])


def test_mail_from_a_person_finds_their_relationship(journal: Journal) -> None:
    cid = journal.customers.create(
        CustomerDraft(name="Jens", organisation="Café Lindeboom", email="jens@lindeboom.nl")
    )
    known = {k.customer_id: k for k in known_relationships(journal)}
    assert isinstance(known[cid], Known)
    assert "jens@lindeboom.nl" in known[cid].emails
