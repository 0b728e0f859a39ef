"""A colleague's change reaches an open journal through PostgreSQL's LISTEN/NOTIFY."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store import Journal
from rapport.store.change import Change
from rapport.store.change_notify_pg import MAX_PAYLOAD, parse, payload
from rapport.store.server import ServerLocation

T0 = datetime(2025, 3, 10, 9, 30, tzinfo=UTC)


@pytest.fixture
def two(pg_location: ServerLocation) -> Iterator[tuple[Journal, Journal]]:
    """Two clients of one team journal (as two colleagues have it open)."""
    mine, theirs = Journal.open(pg_location), Journal.open(pg_location)
    yield mine, theirs
    mine.close()
    theirs.close()


def _heard(journal: Journal, within_s: float = 5.0) -> Change | None:
    """Poll as the UI's timer does until something arrives (or give up)."""
    assert journal.elsewhere is not None
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        change = journal.elsewhere.poll()
        if change is not None:
            return change
        time.sleep(0.02)
    return None


def test_a_colleagues_entry_reaches_the_other_clients_subscribers_with_its_ids(
    two: tuple[Journal, Journal],
) -> None:
    mine, theirs = two
    cid = theirs.customers.create(CustomerDraft(name="Greta Olsen"))
    _heard(mine)  # the customer's own notice
    told: list[Change] = []
    mine.subscribe(told.append)
    eid = theirs.entries.add(EntryDraft(customer_id=cid, occurred_at=T0, title="Call"))
    change = _heard(mine)
    assert change is not None
    mine.changes.publish(change)  # what the UI's timer does with it
    assert told and told[-1].entries == {eid} and told[-1].customers == {cid}
    assert not told[-1].everything


def test_the_own_writes_are_not_heard_twice_and_a_rollback_says_nothing(
    two: tuple[Journal, Journal],
) -> None:
    mine, theirs = two
    mine.customers.create(CustomerDraft(name="Greta Olsen"))
    assert _heard(theirs) is not None
    assert _heard(mine, within_s=0.5) is None  # its own notice is skipped
    with pytest.raises(RuntimeError), theirs.door.write():
        theirs.customers.create(CustomerDraft(name="Never saved"))  # joins, then all rolls back
        raise RuntimeError("the save fails after the flush")
    assert _heard(mine, within_s=0.5) is None


def test_a_lost_listener_reconnects_and_says_everything(two: tuple[Journal, Journal]) -> None:
    mine, theirs = two
    assert mine.elsewhere is not None
    mine.elsewhere._conn.close()  # type: ignore[attr-defined]  (the server dropped it)
    theirs.customers.create(CustomerDraft(name="Greta Olsen"))
    change = _heard(mine)  # reconnected: what was sent meanwhile is lost, so everything
    assert change is not None and change.everything


def test_a_payload_too_big_says_everything_and_a_small_one_round_trips() -> None:
    small = Change.of(customers=[1, 2], entries=[3], check_ins=[4], tags=True)
    assert parse(payload("me", small)) == ("me", small)
    assert parse(payload("me", small))[1].details is None  # not said: any customer named
    saved = Change.of(customers=[1, 2], entries=[3], details=[2])  # an entry, and 2's people
    assert parse(payload("me", saved))[1].details == {2}
    assert parse(payload("me", Change.of(customers=[1], details=[])))[1].details == set()
    huge = Change.of(entries=range(10_000))
    said = payload("me", huge)
    assert len(said) <= MAX_PAYLOAD
    assert parse(said) == ("me", Change(everything=True))
    assert parse("not json")[1].everything
