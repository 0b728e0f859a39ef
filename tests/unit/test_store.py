"""What goes into a journal comes back out exactly: customers, entries, stages, timelines."""

from __future__ import annotations

import os
import stat
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from storehelp import T0, at, customer, entry, raw_rows

from rapport.domain.customers import CustomerDraft, Status, ValidationError
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.domain.levels import Level
from rapport.domain.stages import Stage
from rapport.store import Journal
from rapport.store.errors import RecordNotFoundError

#: The store behaves alike on a journal file and on a team journal (PostgreSQL).
pytestmark = pytest.mark.both_backends

FULL = CustomerDraft(
    name="محمد الأحمد",
    organisation="株式会社 山田商店",
    role="Директор по закупкам",
    email="mohammed@example.com",
    phone="+971 4 123 4567",
    address="שדרות רוטשילד 1\nתל אביב",
    website="https://example.com/ü",
    about="Loves **espresso** ☕️; met at the fair 👩‍🍳.\nSecond line.",
    tags=("VIP ⭐", "東京", "wholesale"),
    level=Level.STRUCTURAL.value,
    account_value=Decimal("12500.50"),
    currency="AED",
    cadence_days=14,
    status=Status.ACTIVE,
)


# --- customers -------------------------------------------------------------------------


def test_every_customer_field_comes_back_exactly(journal: Journal) -> None:
    cid = journal.customers.create(FULL)
    record = journal.customers.get(cid)
    # the organisation names the relationship; the contact is its first person (0009's shape)
    assert (record.name, record.organisation) == (FULL.organisation, "")
    (person,) = journal.people.of(cid)
    assert (person.name, person.role) == (FULL.name, FULL.role)
    assert [e.value for e in person.emails] == [FULL.email]
    assert [p.value for p in person.phones] == [FULL.phone]
    for field in ("address", "website"):
        assert getattr(record, field) == getattr(FULL, field)
    assert record.about == FULL.about
    assert set(record.tags) == set(FULL.tags)
    assert record.level is Level.STRUCTURAL
    assert record.account_value == Decimal("12500.50")
    assert record.currency == "AED"
    assert record.cadence_days == 14
    assert record.status is Status.ACTIVE
    assert record.created_at.tzinfo is not None


@pytest.mark.parametrize(
    "amount", ["0.00", "0.01", "0.10", "0.30", "12500.50", "9999999999999.99", "1000000000000000"]
)
def test_money_is_kept_in_exact_cents(journal: Journal, amount: str) -> None:
    cid = customer(journal, "Ana", account_value=Decimal(amount))
    assert journal.customers.get(cid).account_value == Decimal(amount)
    cents = raw_rows(journal, f"SELECT account_value_cents FROM customer WHERE id = {cid}")
    assert cents == [(int(Decimal(amount) * 100),)]


def test_no_account_value_stays_none(journal: Journal) -> None:
    assert journal.customers.get(customer(journal, "Ana")).account_value is None


def test_editing_a_customer_replaces_details_and_tags(journal: Journal) -> None:
    cid = customer(journal, "Ana", tags=("bakery", "Madrid"), account_value=Decimal(10))
    journal.customers.update(
        cid, CustomerDraft(name="Ana Ruiz", tags=("Madrid", "wholesale"), currency="usd")
    )
    record = journal.customers.get(cid)
    assert record.name == "Ana Ruiz"
    assert set(record.tags) == {"Madrid", "wholesale"}
    assert record.account_value is None
    assert record.currency == "USD"
    assert record.updated_at >= record.created_at


def test_a_tag_is_shared_by_customers_whatever_its_case(journal: Journal) -> None:
    a = customer(journal, "Ana", tags=("Berlin",))
    b = customer(journal, "Ben", tags=("berlin",))
    assert journal.customers.get(a).tags == journal.customers.get(b).tags == ("Berlin",)
    assert raw_rows(journal, "SELECT count(*) FROM tag") == [(1,)]


def test_an_invalid_customer_is_refused_before_anything_is_written(journal: Journal) -> None:
    with pytest.raises(ValidationError):
        journal.customers.create(CustomerDraft(name="   "))
    assert journal.customers.count() == 0


def test_asking_for_a_customer_that_does_not_exist_says_so(journal: Journal) -> None:
    with pytest.raises(RecordNotFoundError):
        journal.customers.get(999)
    with pytest.raises(RecordNotFoundError):
        journal.customers.update(999, CustomerDraft(name="x"))


def test_a_deleted_customer_is_hidden_and_restored_with_its_whole_journal(
    journal: Journal,
) -> None:
    cid = customer(journal, "Ana", tags=("bakery",))
    entry(journal, cid, 1)
    journal.entries.change_stage(cid, Stage.CONFLICT, at(2), "late delivery")
    other = customer(journal, "Ben")
    journal.customers.delete(cid)
    assert journal.customers.count() == 1
    assert [c.id for c in journal.timeline.customers()] == [other]
    assert [c[0] for c in journal.customers.choices()] == [other]
    assert journal.customers.find("Ana") == []
    with pytest.raises(RecordNotFoundError):
        journal.customers.get(cid)
    with pytest.raises(RecordNotFoundError):
        journal.customers.delete(cid)
    with pytest.raises(RecordNotFoundError):
        entry(journal, cid, 3)

    journal.customers.restore(cid)
    header = journal.timeline.header(cid)
    assert header.customer.tags == ("bakery",)
    assert header.stage is Stage.CONFLICT
    assert header.entry_count == 1
    assert journal.timeline.count(cid) == 3


def test_archived_and_parted_customers_stay_but_leave_the_active_list(journal: Journal) -> None:
    active = customer(journal, "Ana")
    archived = customer(journal, "Ben")
    parted = customer(journal, "Chen")
    journal.customers.set_status(archived, Status.ARCHIVED)
    journal.customers.set_status(parted, Status.PARTED)

    def ids(*statuses: Status) -> list[int]:
        return [c.id for c in journal.timeline.customers(statuses=statuses)]

    assert [c.id for c in journal.timeline.customers()] == [active]
    assert ids(Status.ARCHIVED) == [archived]
    assert ids(Status.PARTED) == [parted]
    assert ids(Status.ACTIVE, Status.ARCHIVED, Status.PARTED) == [active, archived, parted]
    assert journal.customers.get(parted).status is Status.PARTED
    journal.customers.set_status(parted, Status.ACTIVE)
    assert ids(Status.ACTIVE) == [active, parted]


# --- entries ---------------------------------------------------------------------------


def test_an_entry_comes_back_exactly(journal: Journal) -> None:
    cid = customer(journal, "Ana")
    body = "## Renewal 🎉\n\n- price ↑ 5 %\n- 納期: 3週間\n- ‏שלום‏\n\n> quote"
    eid = entry(
        journal,
        cid,
        3,
        EntryKind.FAVOUR_RECEIVED,
        body=body,
        title="Lunch",
        sentiment=-2,
        private=True,
        follow_up_on=date(2024, 2, 29),
    )
    record = journal.entries.get(eid)
    assert (record.customer_id, record.occurred_at, record.kind) == (
        cid,
        at(3),
        EntryKind.FAVOUR_RECEIVED,
    )
    assert (record.title, record.body, record.sentiment) == ("Lunch", body, -2)
    assert record.private is True
    assert (record.follow_up_on, record.follow_up_done) == (date(2024, 2, 29), False)
    journal.entries.set_follow_up_done(eid)
    assert journal.entries.get(eid).follow_up_done is True


def test_an_entry_can_move_to_another_customer(journal: Journal) -> None:
    a, b = customer(journal, "Ana"), customer(journal, "Ben")
    eid = entry(journal, a, 1)
    journal.entries.update(eid, EntryDraft(customer_id=b, occurred_at=at(2), body="moved"))
    assert journal.timeline.header(a).entry_count == 0
    moved = journal.entries.get(eid)
    assert (moved.customer_id, moved.occurred_at, moved.body) == (b, at(2), "moved")


def test_a_deleted_entry_leaves_the_timeline_and_comes_back(journal: Journal) -> None:
    cid = customer(journal, "Ana")
    eid = entry(journal, cid, 1, follow_up_on=date(2024, 3, 1))
    journal.entries.delete(eid)
    assert journal.timeline.count(cid) == 1  # only the "New customer" stage change
    assert journal.timeline.header(cid).next_follow_up is None
    with pytest.raises(RecordNotFoundError):
        journal.entries.get(eid)
    journal.entries.restore(eid)
    assert journal.entries.get(eid).follow_up_on == date(2024, 3, 1)
    assert journal.timeline.header(cid).next_follow_up == date(2024, 3, 1)


# --- stages ----------------------------------------------------------------------------


def test_the_current_stage_is_the_latest_by_time_not_the_latest_recorded(
    journal: Journal,
) -> None:
    cid = customer(journal, "Ana")  # Attraction at day 0
    journal.entries.change_stage(cid, Stage.COMPROMISE, at(30), "new terms")
    journal.entries.change_stage(cid, Stage.CONFLICT, at(10), "back-dated complaint")
    header = journal.timeline.header(cid)
    assert header.stage is Stage.COMPROMISE
    assert header.stage_since == at(30)
    assert [s.stage for s in header.stage_history] == [
        Stage.ATTRACTION,
        Stage.CONFLICT,
        Stage.COMPROMISE,
    ]
    assert journal.timeline.customers()[0].stage is Stage.COMPROMISE


def test_any_stage_may_follow_any_other_and_all_history_is_kept(journal: Journal) -> None:
    cid = customer(journal, "Ana", stage=Stage.DEEPER_UNDERSTANDING)
    path = [Stage.CONFLICT, Stage.ATTRACTION, Stage.CONFLICT, Stage.COMPATIBILITY]
    for day, stage in enumerate(path, start=1):
        journal.entries.change_stage(cid, stage, at(day))
    history = journal.entries.stage_history(cid)
    assert [s.stage for s in history] == [Stage.DEEPER_UNDERSTANDING, *path]
    assert journal.timeline.header(cid).stage is Stage.COMPATIBILITY


def test_of_two_stage_changes_at_the_same_time_the_later_recorded_is_current(
    journal: Journal,
) -> None:
    cid = customer(journal, "Ana", since=5)
    journal.entries.change_stage(cid, Stage.CONFLICT, at(5))
    assert journal.timeline.header(cid).stage is Stage.CONFLICT


def test_deleting_a_stage_change_brings_the_previous_stage_back(journal: Journal) -> None:
    cid = customer(journal, "Ana")
    eid = entry(journal, cid, 1, EntryKind.COMPLAINT)
    change = journal.entries.change_stage(cid, Stage.CONFLICT, at(1), "Complaint", entry_id=eid)
    assert journal.entries.stage_history(cid)[-1].entry_id == eid
    journal.entries.delete_stage_change(change)
    assert journal.timeline.header(cid).stage is Stage.ATTRACTION
    with pytest.raises(RecordNotFoundError):
        journal.entries.delete_stage_change(change)
    journal.entries.restore_stage_change(change)
    assert journal.timeline.header(cid).stage is Stage.CONFLICT


def test_a_stage_change_without_a_time_zone_is_refused(journal: Journal) -> None:
    cid = customer(journal, "Ana")
    with pytest.raises(ValidationError):
        journal.entries.change_stage(cid, Stage.CONFLICT, datetime(2024, 5, 1, 12, 0))
    with pytest.raises(ValidationError):
        journal.customers.create(CustomerDraft(name="Ben"), since=datetime(2024, 5, 1))
    assert len(journal.entries.stage_history(cid)) == 1
    assert journal.customers.count() == 1


# --- timeline --------------------------------------------------------------------------


def test_the_timeline_merges_entries_and_stage_changes_newest_first(journal: Journal) -> None:
    cid = customer(journal, "Ana")  # stage change at day 0
    e1, e3, e5 = (entry(journal, cid, d) for d in (1, 3, 5))
    s4 = journal.entries.change_stage(cid, Stage.CONFLICT, at(4))
    s2 = journal.entries.change_stage(cid, Stage.COMPATIBILITY, at(2))  # back-dated
    s0 = journal.entries.stage_history(cid)[0].id
    keys = [item.key for item in journal.timeline.page(cid)]
    assert keys == [
        ("entry", e5),
        ("stage", s4),
        ("entry", e3),
        ("stage", s2),
        ("entry", e1),
        ("stage", s0),
    ]
    assert journal.timeline.count(cid) == 6


def test_timeline_pages_join_up_without_gaps_or_repeats(journal: Journal) -> None:
    cid = customer(journal, "Ana")
    for i in range(23):
        entry(journal, cid, i // 3)  # three entries on each day: equal times
        if i % 5 == 0:
            journal.entries.change_stage(cid, Stage.CONFLICT, at(i // 3))
    whole = [item.key for item in journal.timeline.page(cid, limit=1000)]
    assert len(whole) == journal.timeline.count(cid) == len(set(whole))
    assert [item.at for item in journal.timeline.page(cid, limit=1000)] == sorted(
        (item.at for item in journal.timeline.page(cid, limit=1000)), reverse=True
    )
    for size in (1, 4, 7):
        paged = [
            item.key
            for offset in range(0, len(whole), size)
            for item in journal.timeline.page(cid, offset=offset, limit=size)
        ]
        assert paged == whole
    assert journal.timeline.page(cid, offset=len(whole)) == []


def test_items_at_the_same_time_keep_one_order(journal: Journal) -> None:
    cid = customer(journal, "Ana", since=1)
    first, second = entry(journal, cid, 1), entry(journal, cid, 1)
    stage = journal.entries.stage_history(cid)[0].id
    expected = [("stage", stage), ("entry", second), ("entry", first)]
    for _ in range(3):
        assert [item.key for item in journal.timeline.page(cid)] == expected


# --- time zones, files, reopening ------------------------------------------------------


def test_times_from_any_zone_come_back_as_the_same_instant_in_utc(journal: Journal) -> None:
    cid = customer(journal, "Ana")
    new_york = datetime(2024, 1, 1, 23, 30, tzinfo=timezone(timedelta(hours=-5)))  # 04:30Z
    london = datetime(2024, 1, 2, 2, 0, tzinfo=UTC)  # earlier, on a later local date
    tokyo = datetime(2024, 1, 2, 12, 0, tzinfo=timezone(timedelta(hours=9)))  # 03:00Z
    late = journal.entries.add(
        EntryDraft(customer_id=cid, occurred_at=new_york, kind=EntryKind.CALL, body="NY")
    )
    early = journal.entries.add(
        EntryDraft(customer_id=cid, occurred_at=london, kind=EntryKind.CALL, body="LDN")
    )
    stage = journal.entries.change_stage(cid, Stage.CONFLICT, tokyo)
    record = journal.entries.get(late)
    assert record.occurred_at == new_york
    assert record.occurred_at.utcoffset() == timedelta(0)
    keys = [item.key for item in journal.timeline.page(cid)][:3]
    assert keys == [("entry", late), ("stage", stage), ("entry", early)]
    header = journal.timeline.header(cid)
    assert header.last_contact == new_york
    assert header.stage_since == tokyo
    assert header.stage_since is not None and header.stage_since.tzinfo is not None


@pytest.mark.sqlite_only
@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_journal_is_readable_by_its_owner_alone(journal: Journal, journal_path: Path) -> None:
    customer(journal, "Ana")
    for name in (journal_path, Path(f"{journal_path}-wal"), Path(f"{journal_path}-shm")):
        assert stat.S_IMODE(name.stat().st_mode) == 0o600, name


def test_everything_is_still_there_after_closing_and_reopening(journal_path: Path) -> None:
    first = Journal.open(journal_path)
    cid = first.customers.create(FULL, since=T0)
    entry(first, cid, 1, EntryKind.COMPLAINT, body="Late delivery 😠", sentiment=-1)
    first.entries.change_stage(cid, Stage.CONFLICT, at(1), "Complaint logged")
    before = (first.timeline.header(cid), first.timeline.page(cid))
    first.close()
    assert not Path(f"{journal_path}-wal").exists(), "closing leaves the journal one file"

    second = Journal.open(journal_path)
    try:
        assert (second.timeline.header(cid), second.timeline.page(cid)) == before
        assert second.customers.get(cid).account_value == Decimal("12500.50")
    finally:
        second.close()


def test_reopening_does_not_duplicate_the_schema_or_stamp(journal_path: Path) -> None:
    Journal.open(journal_path).close()
    again = Journal.open(journal_path)
    try:
        assert raw_rows(again, "SELECT count(*) FROM alembic_version") == [(1,)]
        assert again.customers.count() == 0
    finally:
        again.close()


def test_records_are_detached_and_safe_to_keep(journal: Journal) -> None:
    cid = customer(journal, "Ana")
    record = journal.customers.get(cid)
    journal.customers.update(cid, CustomerDraft(name="Changed"))
    assert record.name == "Ana"
    assert journal.customers.get(cid).name == "Changed"
    assert datetime.now(UTC) - journal.customers.get(cid).updated_at < timedelta(minutes=5)
