"""Today's reading of the journal: a part of it, read fast, giving the same list as the whole."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event

from rapport.demo import populate
from rapport.domain.checkins import Answers, CheckIn
from rapport.domain.customers import CustomerDraft, Status
from rapport.domain.entries import EntryDraft
from rapport.domain.evidence import trim
from rapport.domain.facts import RelationshipFacts
from rapport.domain.kinds import EntryKind
from rapport.domain.stages import Stage
from rapport.domain.today import Cancelled, Section, compose_today
from rapport.store import Journal
from rapport.store.facts_today import utc

#: The store behaves alike on a journal file and on a team journal (PostgreSQL).
pytestmark = pytest.mark.both_backends

NOW = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
#: Moments after the demo's now: the windows slide, conflicts grow old.
LATER = [NOW, NOW + timedelta(days=45), NOW + timedelta(days=200), NOW + timedelta(days=800)]


def comparable(facts: RelationshipFacts) -> RelationshipFacts:
    """What Today reads of a customer (check-in notes are not read)."""
    checks = tuple(CheckIn(c.customer_id, c.at, c.answers, id=c.id) for c in facts.check_ins)
    return replace(facts, check_ins=checks)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.rapport"
    journal = Journal.open(path)
    populate(journal, now=NOW)
    journal.close()
    return path


@pytest.mark.parametrize("now", LATER, ids=lambda d: d.date().isoformat())
def test_the_demo_reads_the_same_today_from_the_part_as_from_the_whole(
    demo: Path, now: datetime
) -> None:
    journal = Journal.open(demo)
    try:
        whole = journal.facts.book()
        part = journal.facts.today_book(now)
        assert journal.facts.today(now) == compose_today(whole, now)
        assert part.follow_ups == whole.follow_ups
        trimmed = [comparable(trim(c, now)) for c in whole.customers]
        assert [comparable(c) for c in part.customers] == trimmed
    finally:
        journal.close()


def test_the_demo_shows_every_section_through_the_fast_path(demo: Path) -> None:
    journal = Journal.open(demo)
    try:
        sections = {item.section.value for item in journal.facts.today(NOW)}
        assert sections == {"follow_up", "past_cadence", "risk", "check_in"}
    finally:
        journal.close()


def test_old_history_is_read_only_where_a_rule_asks(journal: Journal) -> None:
    """A long conflict with old complaints; a quiet customer whose last contact is old."""
    c, add = journal.customers, journal.entries.add
    start = NOW - timedelta(days=900)
    feud = c.create(CustomerDraft(name="Feud"), since=start)
    for days in (800, 700, 600, 20):
        add(EntryDraft(feud, NOW - timedelta(days=days), EntryKind.COMPLAINT, "Late"))
    journal.entries.change_stage(feud, Stage.CONFLICT, NOW - timedelta(days=650), "Complaint")
    quiet = c.create(CustomerDraft(name="Quiet"), since=start)
    add(EntryDraft(quiet, NOW - timedelta(days=500), EntryKind.MEETING, "Old meeting"))
    add(EntryDraft(quiet, NOW - timedelta(days=480), EntryKind.NOTE, "Call her"))
    add(EntryDraft(quiet, NOW - timedelta(days=470), EntryKind.CALL, "Smalltalk"))
    gone = add(EntryDraft(quiet, NOW - timedelta(days=460), EntryKind.CALL, "Deleted"))
    journal.entries.delete(gone)
    journal.checkins.add(CheckIn(quiet, NOW - timedelta(days=400), Answers(trust=2)))
    journal.checkins.add(CheckIn(quiet, NOW + timedelta(days=3), Answers(trust=5)))

    part = {f.name: f for f in journal.facts.today_book(NOW).customers}
    ago = {name: [(NOW - e.at).days for e in f.entries] for name, f in part.items()}
    assert ago["Feud"] == [800, 600, 20]  # the first, and the complaints since the move
    assert ago["Quiet"] == [500, 480, 470]  # first and business; note; last contact
    assert [c.answers.trust for c in part["Quiet"].check_ins] == [2]
    assert journal.facts.today(NOW) == compose_today(journal.facts.book(), NOW)


def test_the_book_for_today_is_read_in_a_few_queries_whatever_its_size(journal: Journal) -> None:
    for n in range(30):
        cid = journal.customers.create(CustomerDraft(name=f"Customer {n}"), since=NOW)
        for d in range(0, 800, 20):
            at = NOW - timedelta(days=d)
            journal.entries.add(EntryDraft(cid, at, EntryKind.NOTE, "Thought"))
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(journal.engine, "before_cursor_execute", count)
    try:
        book = journal.facts.today_book(NOW)
    finally:
        event.remove(journal.engine, "before_cursor_execute", count)
    assert len(book.customers) == 30
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) <= 12
    assert all(len(c.entries) <= 20 for c in book.customers)  # a year of 40, and a few older


def test_reading_today_stops_when_asked(journal: Journal) -> None:
    journal.customers.create(CustomerDraft(name="Ada"))
    with pytest.raises(Cancelled):
        journal.facts.today(NOW, stop=lambda: True)


def test_stored_times_are_read_as_utc_whatever_the_driver_gives() -> None:
    expected = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    assert utc("2026-03-01 09:30:00.000000") == expected
    assert utc("2026-03-01 10:30:00+01:00") == expected
    assert utc(datetime(2026, 3, 1, 9, 30)) == expected
    assert utc(expected.astimezone()) == expected
    assert utc("2026-03-01 09:30:00").date() == date(2026, 3, 1)


@pytest.mark.parametrize("now", LATER, ids=lambda d: d.date().isoformat())
def test_the_first_items_are_the_follow_ups_the_whole_list_begins_with(
    demo: Path, now: datetime
) -> None:
    """The first page is shown from them before the rules are done: they must never differ."""
    journal = Journal.open(demo)
    try:
        whole = journal.facts.today(now)
        first = journal.facts.today_first(now)
        assert first.items == whole[: len(first.items)]
        assert first.items == [i for i in whole if i.section is Section.FOLLOW_UP]
        assert first.context is None  # follow-ups are judged against nothing in the book
    finally:
        journal.close()


def test_the_first_items_name_suppliers_and_leave_out_archived_customers(
    journal: Journal,
) -> None:
    add = journal.entries.add
    supplier = journal.customers.create(CustomerDraft(name="Roastery Bos", kind="supplier"))
    shop = journal.customers.create(CustomerDraft(name="Café Lindeboom"))
    gone = journal.customers.create(CustomerDraft(name="Old shop", status=Status.ARCHIVED))
    for cid, days in ((supplier, 3), (shop, 3), (shop, 0), (gone, 5), (shop, -2)):
        add(EntryDraft(cid, NOW - timedelta(days=10), EntryKind.CALL, f"Call {days}",
                       follow_up_on=(NOW - timedelta(days=days)).date()))  # fmt: skip
    first = journal.facts.today_first(NOW).items
    assert first == [i for i in journal.facts.today(NOW) if i.section is Section.FOLLOW_UP]
    assert [(i.customer_id, i.named) for i in first] == [
        (shop, "Café Lindeboom"),
        (supplier, "Roastery Bos (supplier)"),
        (shop, "Café Lindeboom"),
    ]


@pytest.mark.parametrize("seed", [4, 11])
def test_a_generated_journal_reads_the_same_today_from_sql_as_from_the_whole_record(
    tmp_path: Path, seed: int
) -> None:
    """Hundreds of customers of every status, deleted entries, follow-ups done and open.

    The list is read in parts in SQL (`facts_today`, `today_first`); the rules over the
    whole record are the reference. Any drift between the two shows here.
    """
    from benchmarks.generate import NOW as MADE
    from benchmarks.generate import Spec, generate

    path = tmp_path / "generated.rapport"
    generate(path, Spec(customers=80, entries=2_500, big_customer_entries=200, seed=seed))
    journal = Journal.open(path)
    shown = 0
    try:
        for now in (MADE, MADE - timedelta(days=200), MADE + timedelta(days=60)):
            whole = compose_today(journal.facts.book(), now)
            assert journal.facts.today(now) == whole
            first = journal.facts.today_first(now).items
            assert first == [i for i in whole if i.section is Section.FOLLOW_UP]
            assert first == whole[: len(first)]
            shown += len(first)
    finally:
        journal.close()
    assert shown > 0  # the follow-ups were compared, not two empty lists
