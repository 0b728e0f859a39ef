"""Writing what was captured — an e-mail — into the journal in one piece.

The message becomes an entry of kind *message* (dated when it was sent, the subject
as its title, the new text as its body) with its attachments and the original file
beside them, so the quoted history and the original formatting stay one click away;
the customer's people whose address is on it took part.
All of it is saved in one unit of work: a failure leaves no entry without its files.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlmodel import col, select

from rapport.domain.capture import Known
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.store.facts_today import utc
from rapport.store.models import Customer, Entry, Person
from rapport.store.people import load_labelled

if TYPE_CHECKING:
    from rapport.store.journal import Journal
    from rapport.transfer.mail import MailMessage


def known_relationships(journal: Journal) -> list[Known]:
    """Every live relationship with the addresses it can be recognised by.

    Those are the customer's own e-mail field and the e-mails of its live people
    (kept as labelled JSON lists); the people's names serve to find it in a title.
    """
    query = select(Customer.id, Customer.name, Customer.email).where(
        col(Customer.deleted_at).is_(None)
    )
    people = select(Person.customer_id, Person.name, Person.emails).where(
        col(Person.deleted_at).is_(None)
    )
    emails: dict[int, list[str]] = defaultdict(list)
    names: dict[int, list[str]] = defaultdict(list)
    with journal.read() as session:
        rows = session.exec(query).all()
        for cid, name, labelled in session.exec(people).all():
            names[cid].append(name)
            emails[cid].extend(item.value for item in load_labelled(labelled))
    return [
        Known.of(cid, name, [*_addresses(email), *emails[cid]], names[cid])
        for cid, name, email in rows
        if cid
    ]


def _addresses(field: str) -> list[str]:
    """The addresses of an e-mail field that may hold several ("a@x, b@y; c@z")."""
    return [part.strip() for part in field.replace(";", ",").split(",") if "@" in part]


def add_mail(
    journal: Journal,
    customer_id: int,
    mail: MailMessage,
    original_name: str,
    original: bytes,
    now: datetime | None = None,
) -> int:
    """Save the message as an entry of `customer_id` with its files; the entry's id."""
    when = mail.sent_at or now or datetime.now(UTC)
    draft = EntryDraft(
        customer_id=customer_id,
        occurred_at=when,
        kind=EntryKind.MESSAGE,
        title=mail.subject,
        body=mail.text,
    )
    with journal.write():
        entry_id = journal.entries.add(draft)
        for attachment in mail.attachments:
            journal.attachments.add(
                entry_id, attachment.filename, attachment.data, attachment.content_type
            )
        journal.attachments.add(entry_id, original_name, original, "message/rfc822")
        _took_part(journal, entry_id, customer_id, mail)
    return entry_id


def _took_part(journal: Journal, entry_id: int, customer_id: int, mail: MailMessage) -> None:
    """The owner, and the customer's people whose address is on the message, took part."""
    on_it = {address.email.casefold() for address in mail.addresses}
    theirs = [
        person.id
        for person in journal.people.of(customer_id)
        if any(e.value.strip().casefold() in on_it for e in person.emails)
    ]
    me = journal.our_people.me()
    journal.participants.put(entry_id, [me.id] if me else [], theirs)


def meeting_times(
    journal: Journal, customer_ids: Iterable[int], since: datetime
) -> dict[int, list[datetime]]:
    """When the relationships' live entries of kind meeting took place, from `since` on.

    What tells Today that a meeting from the calendar has been written up.
    """
    ids = sorted(set(customer_ids))
    if not ids:
        return {}
    query = (
        select(Entry.customer_id, Entry.occurred_at)
        .where(col(Entry.customer_id).in_(ids))
        .where(Entry.kind == EntryKind.MEETING.value)
        .where(col(Entry.deleted_at).is_(None))
        .where(col(Entry.occurred_at) >= since.astimezone(UTC))
    )
    times: dict[int, list[datetime]] = defaultdict(list)
    with journal.read() as session:
        for customer_id, at in session.exec(query).all():
            times[customer_id].append(utc(at))
    return dict(times)
