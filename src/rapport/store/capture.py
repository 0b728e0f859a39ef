"""Writing what was captured — an e-mail — into the journal in one piece.

The message becomes an entry of kind *message* (dated when it was sent, the subject
as its title, the new text as its body) with its attachments and the original file
beside them, so the quoted history and the original formatting stay one click away.
All of it is saved in one unit of work: a failure leaves no entry without its files.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlmodel import col, select

from rapport.domain.capture import Known
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.store.models import Customer, Person
from rapport.store.people import load_labelled

if TYPE_CHECKING:
    from rapport.store.journal import Journal
    from rapport.transfer.mail import MailMessage


def known_relationships(journal: Journal) -> list[Known]:
    """Every live relationship with the addresses it can be recognised by: its people's too."""
    query = select(Customer.id, Customer.name, Customer.email).where(
        col(Customer.deleted_at).is_(None)
    )
    people = select(Person.customer_id, Person.name, Person.emails).where(
        col(Person.deleted_at).is_(None)
    )
    with journal.read() as session:
        rows = session.exec(query).all()
        theirs: dict[int, list[tuple[str, str]]] = {}
        for owner, person, emails in session.exec(people).all():
            theirs.setdefault(owner, []).append((person, emails))
    known = []
    for cid, name, email in rows:
        if not cid:
            continue
        addresses = _addresses(email)
        for _, emails in theirs.get(cid, []):
            addresses += [e.value for e in load_labelled(emails)]
        known.append(Known.of(cid, name, addresses, [n for n, _ in theirs.get(cid, [])]))
    return known


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
    return entry_id
