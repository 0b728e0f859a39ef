"""Undo takes back one's own change, never a colleague's saved after it: two real connections."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.levels import Level
from rapport.store import Journal
from rapport.store.server import ServerLocation
from rapport.store.team import add_user, init_team
from rapport.store.undo_guard import ChangedSinceError

T0 = datetime(2025, 3, 10, 9, 30, tzinfo=UTC)


def _draft(record: object, **changes: object) -> EntryDraft:
    fields = {f: getattr(record, f) for f in EntryDraft.__dataclass_fields__}
    return EntryDraft(**{**fields, **changes})  # type: ignore[arg-type]


def test_an_undo_over_a_colleagues_later_change_is_refused_naming_them(
    pg_location: ServerLocation,
) -> None:
    init_team(pg_location)
    add_user(pg_location, "jens")
    add_user(pg_location, "maria")
    jens = Journal.open(replace(pg_location, user="jens"))
    maria = Journal.open(replace(pg_location, user="maria"))
    try:
        cid = jens.customers.create(CustomerDraft(name="Greta Olsen"))
        eid = jens.entries.add(
            EntryDraft(customer_id=cid, occurred_at=T0, body="Call", follow_up_on=date(2025, 4, 1))
        )
        mine = jens.entries.set_follow_up_done(eid, True)
        # Maria reopens it and notes why, after Jens ticked it off.
        entry = maria.entries.get(eid)
        maria.entries.update(
            eid, _draft(entry, follow_up_done=False, body="Call again"), base=entry
        )
        with pytest.raises(ChangedSinceError) as said:
            jens.entries.set_follow_up_done(eid, False, expect=mine)
        assert said.value.editor == "maria"
        assert said.value.message.startswith("maria changed it after you, at ")
        assert maria.entries.get(eid).body == "Call again"  # nothing was written
        # The owner may still go ahead, knowingly.
        jens.entries.set_follow_up_done(eid, True, expect=None)
        assert jens.entries.get(eid).follow_up_done

        # Undoing an add: the entry a colleague edited since stays.
        new = jens.entries.add(EntryDraft(customer_id=cid, occurred_at=T0, body="Met"))
        first = jens.entries.get(new).version
        again = maria.entries.get(new)
        maria.entries.update(new, _draft(again, body="Met, and agreed"), base=again)
        with pytest.raises(ChangedSinceError, match="maria changed it"):
            jens.entries.delete(new, expect=first)
        assert maria.entries.get(new).body == "Met, and agreed"

        # A level set by Jens, then changed by Maria: Jens's undo would overwrite hers.
        done = jens.suggestions.set_level(cid, Level.PERSONAL)
        maria.suggestions.set_level(cid, Level.STRUCTURAL)
        with pytest.raises(ChangedSinceError):
            jens.suggestions.set_level(cid, done.before, expect=done.version)
        assert jens.customers.get(cid).level is Level.STRUCTURAL
        # Nobody changed it since: the undo goes through as always.
        mine_now = jens.suggestions.set_level(cid, Level.PERSONAL).version
        jens.suggestions.set_level(cid, Level.STRUCTURAL, expect=mine_now)
        assert maria.customers.get(cid).level is Level.STRUCTURAL
    finally:
        jens.close()
        maria.close()


def test_in_a_journal_file_another_window_counts_too(tmp_path: Path) -> None:
    path = tmp_path / "journal.rapport"
    one, other = Journal.open(path), Journal.open(path)
    try:
        cid = one.customers.create(CustomerDraft(name="Greta Olsen"))
        eid = one.entries.add(
            EntryDraft(customer_id=cid, occurred_at=T0, body="Call", follow_up_on=date(2025, 4, 1))
        )
        mine = one.entries.set_follow_up_done(eid, True)
        entry = other.entries.get(eid)
        other.entries.update(eid, _draft(entry, body="Call again"), base=entry)
        with pytest.raises(ChangedSinceError, match="changed again after you") as said:
            one.entries.set_follow_up_done(eid, False, expect=mine)
        assert said.value.editor is None
    finally:
        one.close()
        other.close()
