"""Capture's store side: relationships are recognised by their people's e-mails, too."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from rapport.domain.capture import by_address
from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.domain.people import Labelled, PersonDraft
from rapport.store import Journal
from rapport.store.capture import known_relationships, meeting_times


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


def test_meeting_entries_are_found_by_customer_and_time(tmp_path: Path) -> None:
    journal = Journal.open(tmp_path / "j.rapport")
    try:
        cafe = journal.customers.create(CustomerDraft(name="Café Lindeboom"))
        at = datetime(2026, 3, 10, 14, 5, tzinfo=UTC)
        journal.entries.add(EntryDraft(cafe, at, EntryKind.MEETING, "Tasting", "Went well."))
        journal.entries.add(EntryDraft(cafe, at, EntryKind.NOTE, "Note", "Not a meeting."))
        old = journal.entries.add(
            EntryDraft(cafe, at - timedelta(days=30), EntryKind.MEETING, "Old", "Long ago.")
        )
        assert meeting_times(journal, [cafe], at - timedelta(days=14)) == {cafe: [at]}
        journal.entries.delete(old)
        assert meeting_times(journal, [cafe], at - timedelta(days=60)) == {cafe: [at]}
    finally:
        journal.close()
