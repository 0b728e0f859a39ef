"""Capture's store side: relationships are recognised by their people's e-mails, too."""

from __future__ import annotations

from pathlib import Path

from rapport.domain.capture import by_address
from rapport.domain.customers import CustomerDraft
from rapport.domain.people import Labelled, PersonDraft
from rapport.store import Journal
from rapport.store.capture import known_relationships


def test_a_persons_e_mail_recognises_their_relationship(tmp_path: Path) -> None:
    journal = Journal.open(tmp_path / "j.rapport")
    try:
        cafe = journal.customers.create(CustomerDraft(name="Café Lindeboom"))
        journal.people.add(
            cafe,
            PersonDraft(name="Jens de Vries", emails=(Labelled("work", "Jens@Lindeboom.example"),)),
        )
        gone = journal.people.add(
            cafe, PersonDraft(name="Old Hand", emails=(Labelled("", "old@lindeboom.example"),))
        )
        journal.people.remove(gone)
        known = known_relationships(journal)
        assert by_address(["jens@lindeboom.example"], known) == [cafe]
        assert by_address(["old@lindeboom.example"], known) == []
        (cafe_known,) = known
        assert cafe_known.people == ("Jens de Vries",)
    finally:
        journal.close()
