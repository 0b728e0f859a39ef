"""No lost update: two journals on one file stand in for two processes.

Each test is one of the losses measured before versions existed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.levels import Level
from rapport.store import Journal
from rapport.store.errors import ConflictError
from rapport.store.records import CustomerRecord

T = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def two(tmp_path: Path) -> Iterator[tuple[Journal, Journal]]:
    path = tmp_path / "shared.rapport"
    a = Journal.open(path)
    b = Journal.open(path)
    try:
        yield a, b
    finally:
        b.close()
        a.close()


def draft_of(record: CustomerRecord, **changed: object) -> CustomerDraft:
    """The customer dialog's draft of `record`, with some fields changed."""
    fields = {f: getattr(record, f) for f in CustomerDraft.__dataclass_fields__}
    return replace(CustomerDraft(**fields), **changed)  # type: ignore[arg-type]


def test_a_stale_save_of_another_field_keeps_the_new_phone(two: tuple[Journal, Journal]) -> None:
    a, b = two
    cid = a.customers.create(CustomerDraft(name="Ana", phone="0470"))
    a_copy = a.customers.get(cid)
    b_copy = b.customers.get(cid)
    b.customers.update(cid, draft_of(b_copy, phone="0471"), base=b_copy)
    a.customers.update(cid, draft_of(a_copy, about="Likes tea"), base=a_copy)
    now = a.customers.get(cid)
    assert (now.phone, now.about) == ("0471", "Likes tea")
    assert now.version == a_copy.version + 2


def test_the_same_field_changed_on_both_sides_is_named_not_overwritten(
    two: tuple[Journal, Journal],
) -> None:
    a, b = two
    cid = a.customers.create(CustomerDraft(name="Ana", phone="0470"))
    a_copy = a.customers.get(cid)
    b_copy = b.customers.get(cid)
    b.customers.update(cid, draft_of(b_copy, phone="0471"), base=b_copy)
    with pytest.raises(ConflictError) as caught:
        a.customers.update(cid, draft_of(a_copy, phone="0472"), base=a_copy)
    assert a.customers.get(cid).phone == "0471"
    (clash,) = caught.value.clashes
    assert (clash.field, clash.theirs, clash.mine) == ("phone", "0471", "0472")
    assert "Changed elsewhere at" in caught.value.message
    assert "0471" in caught.value.message and "0472" in caught.value.message
    assert caught.value.current.version == a_copy.version + 1


def test_a_stale_save_of_an_entry_keeps_its_follow_up_done(
    two: tuple[Journal, Journal],
) -> None:
    a, b = two
    cid = a.customers.create(CustomerDraft(name="Ana"))
    draft = EntryDraft(customer_id=cid, occurred_at=T, body="Call", follow_up_on=T.date())
    eid = a.entries.add(draft)
    a_copy = a.entries.get(eid)
    b.entries.set_follow_up_done(eid, True)
    a.entries.update(eid, replace(draft, body="Call about the renewal"), base=a_copy)
    now = a.entries.get(eid)
    assert now.follow_up_done and now.body == "Call about the renewal"


def test_a_tag_created_elsewhere_meanwhile_is_shared_not_collided(
    two: tuple[Journal, Journal],
) -> None:
    a, b = two
    a.customers.create(CustomerDraft(name="Ana", tags=("Wholesale",)))
    b.customers.create(CustomerDraft(name="Bo", tags=("wholesale",)))
    assert [c.tags for c in a.customers.find("")] == [("Wholesale",), ("Wholesale",)]


def test_undo_of_a_delete_says_when_the_row_changed_since(two: tuple[Journal, Journal]) -> None:
    a, b = two
    cid = a.customers.create(CustomerDraft(name="Ana"))
    eid = a.entries.add(EntryDraft(customer_id=cid, occurred_at=T, body="Call"))
    in_trash = a.entries.delete(eid)
    assert a.entries.restore(eid, in_trash) == ""  # nothing happened meanwhile: plain undo
    in_trash = a.entries.delete(eid)
    b.entries.restore(eid)  # brought back, edited and deleted again elsewhere
    b.entries.update(eid, EntryDraft(customer_id=cid, occurred_at=T, body="Call Bo"))
    b.entries.delete(eid)
    notice = a.entries.restore(eid, in_trash)
    assert "changed elsewhere" in notice
    assert a.entries.get(eid).body == "Call Bo"  # back, as it was saved last


def test_undo_of_a_delete_leaves_a_row_brought_back_elsewhere_as_it_is(
    two: tuple[Journal, Journal],
) -> None:
    a, b = two
    cid = a.customers.create(CustomerDraft(name="Ana"))
    in_trash = a.customers.delete(cid)
    b.customers.restore(cid)
    b_copy = b.customers.get(cid)
    b.customers.update(cid, draft_of(b_copy, phone="0471"), base=b_copy)
    assert "already been brought back" in a.customers.restore(cid, in_trash)
    assert a.customers.get(cid).phone == "0471"


def test_a_conflict_names_levels_in_words_on_both_sides(two: tuple[Journal, Journal]) -> None:
    a, b = two
    cid = a.customers.create(CustomerDraft(name="Ana"))
    a_copy, b_copy = a.customers.get(cid), b.customers.get(cid)
    b.customers.update(cid, draft_of(b_copy, level="personal"), base=b_copy)
    with pytest.raises(ConflictError) as caught:
        a.customers.update(cid, draft_of(a_copy, level="structural"), base=a_copy)
    personal, structural = Level("personal").label, Level("structural").label
    assert f"level “{personal}”; yours: “{structural}”" in caught.value.message
