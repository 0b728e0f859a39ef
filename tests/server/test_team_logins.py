"""A team sets up its journal on a server; each person writes with a login of their own."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlmodel import select

from rapport.domain.checkins import Answers, CheckIn
from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.stages import Stage
from rapport.store import Journal, models
from rapport.store.errors import JournalLocationError
from rapport.store.server import ServerLocation
from rapport.store.team import add_user, init_team

T0 = datetime(2025, 3, 10, 9, 30, tzinfo=UTC)


def _as(location: ServerLocation, login: str) -> ServerLocation:
    return replace(location, user=login)


def test_each_login_signs_what_it_writes_and_edits(pg_url: str) -> None:
    admin = ServerLocation.from_url(pg_url)
    role = init_team(admin)
    add_user(admin, "jens")
    add_user(admin, "maria")
    jens = Journal.open(_as(admin, "jens"), create=False)
    maria = Journal.open(_as(admin, "maria"), create=False)
    try:
        cid = jens.customers.create(CustomerDraft(name="Greta Olsen", account_value=Decimal(5)))
        eid = jens.entries.add(EntryDraft(customer_id=cid, occurred_at=T0, body="Called"))
        entry = maria.entries.get(eid)
        assert (entry.author, entry.editor) == ("jens", "jens")
        maria.entries.update(eid, replace(_draft(entry), body="Called back"), base=entry)
        again = jens.entries.get(eid)
        assert (again.author, again.editor, again.body) == ("jens", "maria", "Called back")
        maria.entries.change_stage(cid, Stage.COMPATIBILITY, T0)
        items = jens.timeline.page(cid)
        stages = {i.stage_change.stage: i.stage_change.author for i in items if i.stage_change}
        assert stages[Stage.COMPATIBILITY] == "maria"
        assert set(stages.values()) == {"jens", "maria"}  # the first: when jens created it
        maria.checkins.add(CheckIn(customer_id=cid, at=T0, answers=Answers(trust=4)))
        with jens.read() as session:
            (check_in,) = session.exec(select(models.CheckIn)).all()
            assert (check_in.author, check_in.editor) == ("maria", "maria")
    finally:
        jens.close()
        maria.close()
    assert role.startswith("rapport_")


def test_a_login_outside_the_team_is_refused_and_a_bad_name_is_said(pg_url: str) -> None:
    admin = ServerLocation.from_url(pg_url)
    with pytest.raises(JournalLocationError, match="no team journal"):
        add_user(admin, "jens")
    init_team(admin)
    with pytest.raises(JournalLocationError, match="cannot be a login name"):
        add_user(admin, "Robert'); DROP TABLE entry;--")


def test_a_journal_file_signs_nothing(journal: Journal) -> None:
    cid = journal.customers.create(CustomerDraft(name="Greta Olsen"))
    eid = journal.entries.add(EntryDraft(customer_id=cid, occurred_at=T0, body="Called"))
    entry = journal.entries.get(eid)
    assert (entry.author, entry.editor) == (None, None)


def _draft(record: object) -> EntryDraft:
    return EntryDraft(**{f: getattr(record, f) for f in EntryDraft.__dataclass_fields__})
