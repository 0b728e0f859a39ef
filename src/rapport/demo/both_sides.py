"""People on both sides of the demo's relationships, a supplier and a partner.

The roastery's own people (Wout roasts, Lena trains baristas, Samir drives the van)
join the owner; the cafés have more than one person; every contact says who took
part (the owner and the main contact). At Bakkerij Mariën the praise of the last
year came while Wout, Lena and Samir served them: the journal suggests the power
level ("happy whoever serves them"), with the entries it rests on. The green-coffee
importer is a supplier and the barista school a partner, with promises each way.
Birthdays lie outside the demo's first week, so Today stays as the stories tell it.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import insert, select
from sqlmodel import col

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.facts import Side
from rapport.domain.kinds import EntryKind
from rapport.domain.people import PersonDraft, RelationshipKind
from rapport.domain.stages import Stage
from rapport.store import Journal
from rapport.store.models import Entry, EntryOurPerson, EntryPerson, Person

OUR_PEOPLE = ("Wout", "Lena", "Samir")
#: Who else works at a relationship, by the character's key.
MORE_PEOPLE: Mapping[str, tuple[PersonDraft, ...]] = {
    "lindeboom": (
        PersonDraft(name="Jens Bakker", role="Head barista"),
        PersonDraft(name="Aïcha Benali", role="Barista"),
    ),
    "bakkerij": (PersonDraft(name="Pieter Mariën", role="Baker and co-owner"),),
    "leiezicht": (PersonDraft(name="Femke Aerts", role="Sous-chef"),),
}
#: The relationship where our people's service shows the power level.
POWER_KEY = "bakkerij"
_WARM = frozenset({EntryKind.PRAISE, EntryKind.PURCHASE, EntryKind.MEETING, EntryKind.VISIT})


def write_both_sides(
    journal: Journal, ids: Mapping[str, int], now: datetime, rng: random.Random
) -> int:
    """Add our people, more people, who took part, a supplier and a partner; how many added."""
    staff = [journal.our_people.add(name) for name in OUR_PEOPLE]
    me = journal.our_people.me()
    for key, people in MORE_PEOPLE.items():
        for person in people:
            born = (now + timedelta(days=rng.randint(40, 300))).date()
            journal.people.add(ids[key], _with_birthday(person, born))
    extra = [_supplier(journal, now), _partner(journal, now)]
    _took_part(journal, [*ids.values(), *extra], me.id if me else None, staff, ids[POWER_KEY], now)
    return len(extra)


def _with_birthday(person: PersonDraft, day: date) -> PersonDraft:
    from dataclasses import replace

    return replace(person, birthday=day.replace(year=1980 + day.day % 15))


def _at(now: datetime, days: int, hour: int = 10) -> datetime:
    day = (now - timedelta(days=days)).date()
    return datetime.combine(day, time(hour), tzinfo=now.tzinfo)


def _supplier(journal: Journal, now: datetime) -> int:
    cid = journal.customers.create(
        CustomerDraft(
            name="Marta Gómez",
            organisation="Huila Green Imports",
            role="Account manager",
            email="marta@huilagreen.example",
            phone="+32 3 555 01 20",
            about="Our green-coffee importer: Colombian and Ethiopian lots, shipped via Antwerp.",
            website="https://huilagreen.example",
            tags=("green coffee",),
            account_value=Decimal(1800),
            cadence_days=30,
        ),
        Stage.DEEPER_UNDERSTANDING,
        _at(now, 400),
    )
    journal.customers.set_kind(cid, RelationshipKind.SUPPLIER)
    journal.people.add(cid, PersonDraft(name="Koen Maes", role="Warehouse, Antwerp"))
    lines = [
        (360, EntryKind.MEETING, "Cupping of the new Huila lots", 2, None),
        (
            300,
            EntryKind.COMMITMENT_MADE,
            "Marta promised samples of the new harvest",
            1,
            Side.THEIRS,
        ),
        (285, EntryKind.COMMITMENT_KEPT, "The harvest samples came as promised", 2, Side.THEIRS),
        (
            200,
            EntryKind.COMMITMENT_MADE,
            "We promised to pay the big lot within 30 days",
            0,
            Side.OURS,
        ),
        (175, EntryKind.COMMITMENT_KEPT, "Paid the big lot, on time", 1, Side.OURS),
        (
            90,
            EntryKind.COMMITMENT_MADE,
            "Marta promised to hold two bags of the Gesha",
            1,
            Side.THEIRS,
        ),
        (
            60,
            EntryKind.COMMITMENT_BROKEN,
            "The Gesha went to another roaster after all",
            -1,
            Side.THEIRS,
        ),
    ]
    lines += [(d, EntryKind.PURCHASE, "Ordered green coffee", 1, None) for d in range(380, 0, -28)]
    lines.append((6, EntryKind.CALL, "Marta on next season's prices", 1, None))
    _entries(journal, cid, now, lines)
    return cid


def _partner(journal: Journal, now: datetime) -> int:
    cid = journal.customers.create(
        CustomerDraft(
            name="Sara Willaert",
            organisation="Barista School Gent",
            role="Head trainer",
            email="sara@baristaschool.example",
            phone="+32 9 555 44 10",
            about="We train their students on our espresso; they send us cafés that want one.",
            website="https://baristaschool.example",
            tags=("training",),
            account_value=Decimal(900),
            cadence_days=45,
        ),
        Stage.DEEPER_UNDERSTANDING,
        _at(now, 400),
    )
    journal.customers.set_kind(cid, RelationshipKind.PARTNER)
    lines = [
        (320, EntryKind.MEETING, "Lena's first workshop at the school", 2, None),
        (250, EntryKind.FAVOUR_RECEIVED, "Sara sent us Café Lindeboom", 2, None),
        (240, EntryKind.FAVOUR_GIVEN, "Lent them a grinder for the exams", 1, None),
        (150, EntryKind.COMMITMENT_MADE, "We promised two workshops in spring", 1, Side.OURS),
        (95, EntryKind.COMMITMENT_KEPT, "Both spring workshops given", 2, Side.OURS),
        (
            40,
            EntryKind.COMMITMENT_MADE,
            "Sara promised to list us as their roaster",
            1,
            Side.THEIRS,
        ),
        (20, EntryKind.COMMITMENT_KEPT, "Our name is on the school's website", 2, Side.THEIRS),
        (9, EntryKind.MEETING, "Planning the autumn course", 1, None),
    ]
    lines += [(d, EntryKind.CALL, "Sara on the next course", 1, None) for d in range(395, 20, -30)]
    _entries(journal, cid, now, lines)
    return cid


def _entries(
    journal: Journal,
    cid: int,
    now: datetime,
    lines: list[tuple[int, EntryKind, str, int, Side | None]],
) -> None:
    for days, kind, title, mood, side in sorted(lines, key=lambda line: -line[0]):
        journal.entries.add(
            EntryDraft(
                customer_id=cid,
                occurred_at=_at(now, days),
                kind=kind,
                title=title,
                body=title + ".",
                sentiment=mood,
                side=side,
            )
        )


def _took_part(
    journal: Journal,
    ids: list[int],
    me: int | None,
    staff: list[int],
    power: int,
    now: datetime,
) -> None:
    """The owner and the main contact in every contact; at the bakery, our people serving."""
    year_ago = now - timedelta(days=365)
    with journal.write() as w:
        session = w.session
        w.touched(everything=True)  # bulk inserts into the link tables
        mains: dict[int, int] = {
            int(cid): int(pid)
            for cid, pid in session.execute(
                select(col(Person.customer_id), col(Person.id)).where(
                    col(Person.main).is_(True), col(Person.customer_id).in_(ids)
                )
            ).all()
        }
        rows = session.execute(
            select(
                col(Entry.id),
                col(Entry.customer_id),
                col(Entry.kind),
                col(Entry.occurred_at),
                col(Entry.sentiment),
            )
            .where(col(Entry.customer_id).in_(ids))
            .order_by(col(Entry.occurred_at), col(Entry.id))
        ).all()
        ours: list[dict[str, int]] = []
        theirs: list[dict[str, int]] = []
        turn = 0
        for entry_id, cid, kind, at, sentiment in rows:
            if not EntryKind(kind).is_contact:
                continue
            if me is not None:
                ours.append({"entry_id": entry_id, "our_person_id": me})
            if cid in mains:
                theirs.append({"entry_id": entry_id, "person_id": mains[cid]})
            warm = EntryKind(kind) in _WARM and (sentiment or 0) >= 1
            if cid == power and warm and _aware(at, now) > year_ago:
                ours.append({"entry_id": entry_id, "our_person_id": staff[turn % len(staff)]})
                turn += 1
        if ours:
            session.execute(insert(EntryOurPerson), ours)
        if theirs:
            session.execute(insert(EntryPerson), theirs)


def _aware(at: datetime, now: datetime) -> datetime:
    return at if at.tzinfo is not None else at.replace(tzinfo=now.tzinfo)
