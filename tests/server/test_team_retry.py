"""A team journal's save that collided with a colleague's is run again, without a word."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import event

from rapport.domain.customers import CustomerDraft
from rapport.store import Journal
from rapport.store.db_errors_pg import ATTEMPTS, CollidedError
from rapport.store.server import ServerLocation


def _draft(record: Any) -> CustomerDraft:
    return CustomerDraft(**{f: getattr(record, f) for f in CustomerDraft.__dataclass_fields__})


def _colleague_saves_first(journal: Journal, colleague_saves: Any, times: int) -> list[int]:
    """Before journal's next `times` UPDATEs of a customer, the colleague commits a save."""
    done: list[int] = []

    def before(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.startswith("UPDATE customer") and len(done) < times:
            done.append(1)
            colleague_saves(len(done))  # after this save read the row, before it writes

    event.listen(journal.engine, "before_cursor_execute", before)
    return done


def test_a_save_that_collided_runs_again_and_merges(pg_location: ServerLocation) -> None:
    mine, theirs = Journal.open(pg_location), Journal.open(pg_location)
    try:
        cid = mine.customers.create(CustomerDraft(name="Ana", phone="0470 11"))
        copy = mine.customers.get(cid)

        def colleague(_n: int) -> None:
            now = theirs.customers.get(cid)
            theirs.customers.update(cid, replace(_draft(now), phone="0471 22"), base=now)

        collided = _colleague_saves_first(mine, colleague, 1)
        mine.customers.update(cid, replace(_draft(copy), about="Likes tea"), base=copy)
        assert collided == [1]  # the first try met the colleague's save, the second merged
        ana = theirs.customers.get(cid)
        assert (ana.phone, ana.about) == ("0471 22", "Likes tea")
    finally:
        mine.close()
        theirs.close()


def test_a_save_that_keeps_colliding_is_refused_in_words(pg_location: ServerLocation) -> None:
    mine, theirs = Journal.open(pg_location), Journal.open(pg_location)
    try:
        cid = mine.customers.create(CustomerDraft(name="Ana", cadence_days=1))

        def colleague(n: int) -> None:
            now = theirs.customers.get(cid)
            theirs.customers.update(cid, replace(_draft(now), cadence_days=n + 1), base=now)

        _colleague_saves_first(mine, colleague, ATTEMPTS)
        copy = mine.customers.get(cid)
        with pytest.raises(CollidedError):
            mine.customers.update(cid, replace(_draft(copy), about="Likes tea"), base=copy)
        assert theirs.customers.get(cid).about == ""  # nothing half written
    finally:
        mine.close()
        theirs.close()
