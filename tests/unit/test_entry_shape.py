"""An entry has one declaration of its fields; its other shapes follow from it."""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, date, datetime

from rapport.domain.drafts import NO_CUSTOMER, TypedEntry
from rapport.domain.entries import ENTRY_FIELDS, EntryDraft, draft_of, field_label
from rapport.domain.kinds import EntryKind
from rapport.store.records import EntryRecord
from rapport.store.versions import label

AT = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)

#: A draft file as Rapport wrote it before the entry's fields were declared once.
OLD_DRAFT = {
    "draft_id": "a1",
    "entry_id": 7,
    "customer_id": None,
    "customer_text": "Ana Ru",
    "occurred_at": "2026-03-04T09:30:00+00:00",
    "kind": "call",
    "title": "Renewal",
    "body": "Half a thought",
    "sentiment": -1,
    "private": True,
    "follow_up_on": "2026-03-11",
    "follow_up_done": False,
    "saved_at": "2026-03-04T09:31:00+00:00",
    "format": 1,
}


def test_the_saved_record_is_the_draft_with_an_id_and_a_version() -> None:
    record = EntryRecord(
        3, AT, EntryKind.CALL, "Call", id=12, created_at=AT, updated_at=AT, version=4
    )
    assert isinstance(record, EntryDraft)
    assert [f.name for f in fields(EntryDraft)] == list(ENTRY_FIELDS)
    assert draft_of(record) == EntryDraft(3, AT, EntryKind.CALL, "Call")
    assert type(draft_of(record)) is EntryDraft


def test_a_draft_file_from_before_reads_back_exactly_and_is_written_the_same_way() -> None:
    typed = TypedEntry.from_dict(OLD_DRAFT)
    assert typed.customer_id is None and typed.entry.customer_id == NO_CUSTOMER
    assert typed.entry == EntryDraft(
        NO_CUSTOMER,
        AT,
        EntryKind.CALL,
        "Renewal",
        "Half a thought",
        -1,
        True,
        date(2026, 3, 11),
        False,
    )
    assert (typed.draft_id, typed.entry_id, typed.customer_text) == ("a1", 7, "Ana Ru")
    assert {k: v for k, v in typed.to_dict().items() if k in OLD_DRAFT} == OLD_DRAFT


def test_checking_an_entry_clears_a_follow_up_done_without_a_date() -> None:
    clean = EntryDraft(3, AT, body="x", follow_up_done=True).validated()
    assert clean.follow_up_done is False
    dated = EntryDraft(3, AT, body="x", follow_up_on=date(2026, 3, 5), follow_up_done=True)
    assert dated.validated().follow_up_done is True


def test_each_field_is_named_in_words_for_a_conflict() -> None:
    assert [label(n) for n in ENTRY_FIELDS] == [field_label(n) for n in ENTRY_FIELDS]
    assert label("follow_up_on") == "follow-up date" and label("phone") == "phone"
