"""A team journal's safety nets: ids after an import, changes that collide, words for failures."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store import Journal
from rapport.store.db_errors_pg import CollidedError, retrying
from rapport.store.server import ServerLocation
from rapport.transfer.exporting import ExportFormat, chunks
from rapport.transfer.json_format import decode

T0 = datetime(2025, 3, 10, 9, 30, tzinfo=UTC)


def _drain(steps: Any) -> Any:
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


def test_new_records_follow_a_json_import_that_kept_the_ids(
    pg_location: ServerLocation, tmp_path: Path
) -> None:
    source = Journal.open(tmp_path / "personal.rapport")
    try:
        for name in ("Ann", "Bo", "Cy"):
            cid = source.customers.create(CustomerDraft(name=name, tags=("wholesale",)))
            source.entries.add(EntryDraft(customer_id=cid, occurred_at=T0, body=f"{name} called."))
        exported = "".join(chunks(source.transfer.snapshot(), ExportFormat.JSON))
    finally:
        source.close()
    snapshot, bad = decode(exported)
    assert bad == []
    team = Journal.open(pg_location)
    try:
        _drain(team.transfer.import_snapshot(snapshot))
        fresh = team.customers.create(CustomerDraft(name="Di", tags=("retail",)))
        entry = team.entries.add(EntryDraft(customer_id=fresh, occurred_at=T0, body="New."))
        assert fresh == 4 and entry == 4
        assert sorted(c.name for c in team.timeline.customers(statuses=())) == [
            "Ann",
            "Bo",
            "Cy",
            "Di",
        ]
    finally:
        team.close()


def _collide(journal: Journal) -> None:
    """A write the server refuses as a serialization failure (as SERIALIZABLE would)."""
    with journal.write() as w:
        w.touched(everything=True)
        w.session.connection().exec_driver_sql(
            "DO $$ BEGIN RAISE EXCEPTION 'collided' USING ERRCODE = '40001'; END $$"
        )


def test_a_change_that_collided_is_tried_again(pg_location: ServerLocation) -> None:
    journal = Journal.open(pg_location)
    tries: list[int] = []

    def work() -> int:
        tries.append(1)
        if len(tries) == 1:
            _collide(journal)
        return journal.customers.create(CustomerDraft(name="Saved the second time"))

    try:
        with pytest.raises(CollidedError) as collided:
            _collide(journal)
        assert collided.value.message == (
            "A colleague saved at the same moment, so the change was not saved."
        )
        cid = retrying(work)
        assert len(tries) == 2
        assert journal.customers.get(cid).name == "Saved the second time"
    finally:
        journal.close()


def test_two_clients_saving_one_value_at_once_lose_neither_save(
    pg_location: ServerLocation,
) -> None:
    """Read, then write +1, in two clients at once: the later save is refused, run again."""
    from concurrent.futures import ThreadPoolExecutor
    from threading import Barrier

    from rapport.store.models import Customer

    first = Journal.open(pg_location)
    second = Journal.open(pg_location)
    cid = first.customers.create(CustomerDraft(name="Counter", cadence_days=10))
    both_read = Barrier(2, timeout=10)

    def add_one(journal: Journal) -> None:
        attempts: list[int] = []

        def work() -> None:
            attempts.append(1)
            with journal.write() as w:
                row = w.session.get(Customer, cid)
                assert row is not None and row.cadence_days is not None
                if len(attempts) == 1:
                    both_read.wait()  # each client has read the same value
                row.cadence_days += 1

        retrying(work)

    try:
        with ThreadPoolExecutor(2) as pool:
            list(pool.map(add_one, [first, second]))
        assert first.customers.get(cid).cadence_days == 12
    finally:
        first.close()
        second.close()
