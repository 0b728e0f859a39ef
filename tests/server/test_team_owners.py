"""What only a team journal's owner may do is kept by the server, and said plainly to the others."""

from __future__ import annotations

from dataclasses import replace

import pytest
from psycopg.errors import InsufficientPrivilege
from sqlalchemy import text
from sqlalchemy.exc import ProgrammingError

from rapport.domain.customers import CustomerDraft
from rapport.store import Journal
from rapport.store.errors import JournalWriteError
from rapport.store.server import ServerLocation
from rapport.store.team import OwnerOnlyError, add_user, init_team


def _as(location: ServerLocation, login: str) -> ServerLocation:
    return replace(location, user=login)


def test_only_an_owner_empties_the_trash_and_the_server_refuses_the_others(
    pg_url: str,
) -> None:
    admin = ServerLocation.from_url(pg_url)
    init_team(admin)
    add_user(admin, "jens")
    add_user(admin, "maria", owner=True)
    jens = Journal.open(_as(admin, "jens"), create=False)
    maria = Journal.open(_as(admin, "maria"), create=False)
    try:
        gone = jens.customers.create(CustomerDraft(name="Gone GmbH", tags=("old",)))
        kept = jens.customers.create(CustomerDraft(name="Kept KG", tags=("old",)))
        jens.customers.delete(gone)
        # A writer still writes everything else, tags taken off included.
        jens.customers.update(kept, CustomerDraft(name="Kept KG", tags=("new",)))
        assert (jens.may_own(), maria.may_own()) == (False, True)

        with pytest.raises(OwnerOnlyError) as said:
            jens.trash.empty()
        assert said.value.message == "Only the journal's owner can empty the trash."
        assert [item.label for item in jens.trash.items()] == ["Gone GmbH"]
        # Past the app's own check, the server itself refuses the writer's delete:
        with pytest.raises(JournalWriteError, match="may not make this change"), jens.write() as w:
            w.touched(everything=True)
            w.session.execute(text("DELETE FROM customer WHERE deleted_at IS NOT NULL"))
        with pytest.raises(ProgrammingError) as refused, jens.engine.begin() as conn:
            conn.execute(text("DELETE FROM entry"))
        assert isinstance(refused.value.orig, InsufficientPrivilege)
        assert [item.label for item in maria.trash.items()] == ["Gone GmbH"]

        assert maria.trash.empty() == 1
        assert jens.trash.items() == []
        assert jens.customers.get(kept).tags == ("new",)
    finally:
        jens.close()
        maria.close()
    admins = Journal.open(admin, create=False)
    try:
        assert admins.may_own()  # whoever set the journal up owns it
    finally:
        admins.close()


def test_a_journal_file_is_its_owners(journal: Journal) -> None:
    gone = journal.customers.create(CustomerDraft(name="Gone GmbH"))
    journal.customers.delete(gone)
    assert journal.may_own()
    assert journal.trash.empty() == 1


def test_only_an_owner_changes_the_teams_rules_and_every_colleague_reads_them(
    pg_url: str,
) -> None:
    admin = ServerLocation.from_url(pg_url)
    init_team(admin)
    add_user(admin, "jens")
    add_user(admin, "maria", owner=True)
    jens = Journal.open(_as(admin, "jens"), create=False)
    maria = Journal.open(_as(admin, "maria"), create=False)
    try:
        assert jens.rules.values() == {}
        maria.rules.save({"rules/cadence/personal": 21, "rules/overdueGraceDays": 3})
        assert jens.rules.values() == {"rules/cadence/personal": 21, "rules/overdueGraceDays": 3}
        with pytest.raises(OwnerOnlyError) as said:
            jens.rules.save({"rules/cadence/personal": 99})
        assert said.value.message == "Only the journal's owner can change the relationship rules."
        with pytest.raises(ProgrammingError) as refused, jens.engine.begin() as conn:
            conn.execute(text("UPDATE journal_rule SET value = 99"))
        assert isinstance(refused.value.orig, InsufficientPrivilege)
        maria.rules.save({"rules/cadence/personal": 28})
        assert jens.rules.values()["rules/cadence/personal"] == 28
    finally:
        jens.close()
        maria.close()
