"""The people an import writes: plain rows straight into person rows (issue 14).

A group of plain CSV rows comes to the import as `PlainPeople` (transfer/plain_groups.py):
their person rows and their customer's search text are made from the rows' texts,
exactly as `people.add_people` and `people.drafts_text` make them from drafts (a
property test holds them to it), without a draft made a person.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlmodel import Session

from rapport.domain.people import PersonDraft
from rapport.store.people import (
    _QUOTED,
    _insert_people,
    _person_row,
    _stamps,
    add_people,
    drafts_text,
)
from rapport.transfer.plain_groups import PlainPeople


def people_text_of(people: Sequence[PersonDraft]) -> str:
    """`drafts_text` of an import's people, read straight from plain rows where they are."""
    if type(people) is not PlainPeople:
        return drafts_text(people)
    words = [w for name, role, email, _ in people.spaced() for w in (name, role, email)]
    return "\n".join(filter(None, words))


def add_people_of(
    session: Session, people: Iterable[tuple[int, Sequence[PersonDraft]]], now: datetime
) -> None:
    """`add_people` for each customer's people; plain rows (`PlainPeople`) written as they are."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        add_people(session, ((i, p) for i, found in people for p in found), now)
        return
    stamp, day_of = _stamps(connection, now)
    rows: list[tuple[object, ...]] = []
    for customer_id, found in people:
        if type(found) is PlainPeople:
            rows += _plain_person_rows(customer_id, found, stamp)
        else:
            rows += [_person_row(customer_id, d, stamp, day_of) for d in found]
    _insert_people(connection, rows)


def _plain_person_rows(
    customer_id: int, people: PlainPeople, stamp: object
) -> list[tuple[object, ...]]:
    """The person rows of plain rows, as `_person_row` makes them from their drafts."""
    made: list[tuple[object, ...]] = []
    main = 1
    quoted = _QUOTED
    how = None
    mail_label = phone_label = ""
    for row, (name, role, email, phone) in zip(people.rows, people.spaced(), strict=True):
        if row.how is not how:  # one builder a file: its labels quoted once
            how = row.how
            mail_label, phone_label = quoted(how.email_label), quoted(how.phone_label)
        made.append(
            (
                customer_id,
                name,
                role,
                f"[[{mail_label}, {quoted(email)}]]" if row.email else "[]",
                f"[[{phone_label}, {quoted(phone)}]]" if row.phone else "[]",
                None,
                "",
                main,
                None,
                stamp,
                stamp,
                None,
                1,
            )
        )
        main = 0
    return made
