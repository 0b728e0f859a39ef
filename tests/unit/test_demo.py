"""The demo journal: deterministic, complete, and showing each risk signal clearly."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from statistics import mean
from typing import Any

import pytest

from rapport.demo import DemoExistsError, populate, write_demo
from rapport.domain.customers import Status
from rapport.domain.kinds import EntryKind
from rapport.domain.levels import Level
from rapport.domain.stages import Stage
from rapport.store import Journal
from rapport.store.records import CustomerRecord, EntryRecord, PersonRecord, StageChangeRecord

NOW = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
TODAY = NOW.date()
#: Timestamps the store sets from the wall clock when a row is written.
WALL_CLOCK = {"created_at", "updated_at"}
BUSINESS = {
    EntryKind.MEETING,
    EntryKind.PURCHASE,
    EntryKind.COMMITMENT_MADE,
    EntryKind.COMMITMENT_KEPT,
    EntryKind.COMMITMENT_BROKEN,
}


@dataclass
class Book:
    """Everything one demo journal holds, read back through the store."""

    customers: list[CustomerRecord]
    entries: dict[int, list[EntryRecord]]
    stages: dict[int, list[StageChangeRecord]]
    people: dict[int, list[PersonRecord]] = field(default_factory=dict)

    def by_org(self, organisation: str) -> CustomerRecord:
        return next(c for c in self.customers if c.name == organisation)  # it names it

    def all_entries(self) -> list[EntryRecord]:
        return [e for entries in self.entries.values() for e in entries]

    def last_contact(self, customer_id: int) -> datetime:
        return max(e.occurred_at for e in self.entries[customer_id] if e.kind.is_contact)


def read_book(journal: Journal) -> Book:
    customers: list[CustomerRecord] = []
    entries: dict[int, list[EntryRecord]] = {}
    stages: dict[int, list[StageChangeRecord]] = {}
    for summary in journal.timeline.customers(statuses=list(Status)):
        customers.append(journal.customers.get(summary.id))
        items = journal.timeline.page(summary.id, limit=100_000)
        found = sorted((i.entry for i in items if i.entry), key=lambda e: (e.occurred_at, e.id))
        entries[summary.id] = found
        stages[summary.id] = journal.entries.stage_history(summary.id)
    people = journal.people.of_many(c.id for c in customers)
    return Book(customers, entries, stages, people)


def comparable(book: Book) -> Any:
    """The book without the wall-clock timestamps the store stamps on every row."""

    def strip(record: Any) -> dict[str, Any]:
        return {k: v for k, v in asdict(record).items() if k not in WALL_CLOCK}

    return (
        [strip(c) for c in book.customers],
        {cid: [strip(e) for e in es] for cid, es in book.entries.items()},
        {cid: [strip(s) for s in ss] for cid, ss in book.stages.items()},
    )


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Book]:
    path = tmp_path_factory.mktemp("demo") / "demo.rapport"
    write_demo(path, now=NOW)
    journal = Journal.open(path)
    try:
        yield read_book(journal)
    finally:
        journal.close()


# --- the public API ---------------------------------------------------------------------


def test_populate_fills_an_empty_journal_with_about_fifteen_customers(journal: Journal) -> None:
    count = populate(journal, now=NOW)
    assert count == journal.customers.count() == 17  # with the supplier and the partner


def test_populate_refuses_a_journal_that_already_has_customers(journal: Journal) -> None:
    populate(journal, now=NOW)
    with pytest.raises(ValueError, match="already holds customers"):
        populate(journal, now=NOW)
    assert journal.customers.count() == 17


def test_populate_refuses_a_naive_now(journal: Journal) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        populate(journal, now=datetime(2026, 3, 1, 9, 30))
    assert journal.customers.count() == 0


def test_without_now_the_story_ends_around_the_current_time(journal: Journal) -> None:
    populate(journal)
    latest = max(e.occurred_at for e in read_book(journal).all_entries())
    assert timedelta(0) < datetime.now(UTC) - latest < timedelta(days=5)


def test_same_seed_and_now_give_the_same_journal(tmp_path: Path) -> None:
    books = []
    for name in ("a.rapport", "b.rapport"):
        write_demo(tmp_path / name, seed=7, now=NOW)
        journal = Journal.open(tmp_path / name)
        books.append(comparable(read_book(journal)))
        journal.close()
    assert books[0] == books[1]
    assert sum(len(es) for es in books[0][1].values()) > 300


def test_another_seed_gives_other_everyday_entries(tmp_path: Path) -> None:
    titles = []
    for seed in (1, 2):
        write_demo(tmp_path / f"{seed}.rapport", seed=seed, now=NOW)
        journal = Journal.open(tmp_path / f"{seed}.rapport")
        titles.append([(e.occurred_at, e.title) for e in read_book(journal).all_entries()])
        journal.close()
    assert titles[0] != titles[1]


def test_write_demo_refuses_an_existing_file_and_leaves_it_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "mine.rapport"
    path.write_bytes(b"my own notes, not a journal\n")
    with pytest.raises(DemoExistsError, match="already exists"):
        write_demo(path, now=NOW)
    assert path.read_bytes() == b"my own notes, not a journal\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.rapport"]


def test_write_demo_refuses_even_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.rapport"
    path.touch()
    with pytest.raises(DemoExistsError):
        write_demo(path, now=NOW)
    assert path.read_bytes() == b""


def test_write_demo_refuses_to_overwrite_an_earlier_demo(tmp_path: Path) -> None:
    path = tmp_path / "demo.rapport"
    write_demo(path, now=NOW)
    before = path.read_bytes()
    with pytest.raises(DemoExistsError):
        write_demo(path, now=NOW)
    assert path.read_bytes() == before


def test_write_demo_creates_missing_folders_and_a_journal_that_opens(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "demo.rapport"
    assert write_demo(path, now=NOW) == 17
    journal = Journal.open(path)
    try:
        assert journal.customers.count() == 17
    finally:
        journal.close()


def test_write_demo_reports_a_bad_location_in_plain_words(tmp_path: Path) -> None:
    from rapport.store import JournalError

    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("hello")
    with pytest.raises(JournalError):
        write_demo(not_a_folder / "demo.rapport", now=NOW)
    assert not_a_folder.read_text() == "hello"


def test_write_demo_removes_its_file_when_writing_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import rapport.demo

    def broken(*_args: object, **_kwargs: object) -> int:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(rapport.demo, "populate", broken)
    with pytest.raises(RuntimeError, match="disk on fire"):
        write_demo(tmp_path / "demo.rapport", now=NOW)
    assert [p.name for p in tmp_path.iterdir()] == []


def test_cli_writes_a_demo_once_then_refuses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from rapport.cli import run

    path = tmp_path / "demo.rapport"
    assert run(["demo", "--journal", str(path)]) == 0
    assert "17 customers" in capsys.readouterr().out
    before = path.read_bytes()
    assert run(["demo", "--journal", str(path)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert path.read_bytes() == before


# --- what the journal holds -------------------------------------------------------------


def test_every_stage_and_every_entry_kind_appear(book: Book) -> None:
    stages = {s.stage for ss in book.stages.values() for s in ss}
    kinds = {e.kind for e in book.all_entries()}
    assert stages == set(Stage)
    assert kinds == set(EntryKind)
    assert {c.level for c in book.customers} == set(Level)


def test_statuses_include_an_archived_and_a_parted_customer(book: Book) -> None:
    statuses = Counter(c.status for c in book.customers)
    assert statuses[Status.ARCHIVED] >= 1
    assert statuses[Status.PARTED] >= 1
    assert statuses[Status.ACTIVE] >= 12


def test_customers_have_full_believable_details(book: Book) -> None:
    for customer in book.customers:
        assert customer.about  # the organisation names it; its contact is its first person
        main = book.people[customer.id][0]
        assert main.main and main.name != customer.name and main.role
        assert "@" in main.emails[0].value and main.phones[0].value.startswith("+32")
        assert customer.website.startswith("https://") and customer.tags
        assert customer.account_value is not None and customer.currency == "EUR"
        assert customer.cadence_days is not None and 7 <= customer.cadence_days <= 60
    values = [c.account_value for c in book.customers if c.account_value is not None]
    assert min(values) < 1000 and max(values) > 20_000


def test_each_active_customer_has_a_year_or_more_of_entries(book: Book) -> None:
    for customer in book.customers:
        entries = book.entries[customer.id]
        assert len(entries) >= 20, customer.name
        if customer.status is Status.ACTIVE:
            assert entries[0].occurred_at <= NOW - timedelta(days=365), customer.name


def test_everything_happened_in_the_past(book: Book) -> None:
    for entry in book.all_entries():
        assert entry.occurred_at < NOW
        assert entry.occurred_at.tzinfo is not None
    for changes in book.stages.values():
        assert all(s.occurred_at < NOW for s in changes)


def test_follow_ups_are_done_open_overdue_and_coming_up(book: Book) -> None:
    follow = [e for e in book.all_entries() if e.follow_up_on is not None]
    done = [e for e in follow if e.follow_up_done]
    open_ = [e for e in follow if not e.follow_up_done]
    assert len(done) >= 20
    assert any(e.follow_up_on is not None and e.follow_up_on < TODAY for e in open_)
    week = TODAY + timedelta(days=7)
    coming = [e for e in open_ if e.follow_up_on and TODAY <= e.follow_up_on <= week]
    assert len(coming) >= 3


def test_some_entries_are_private_and_some_unrated(book: Book) -> None:
    entries = book.all_entries()
    assert 5 <= sum(e.private for e in entries) < len(entries) // 4
    assert any(e.sentiment is None for e in entries)
    assert {e.sentiment for e in entries} >= {-2, -1, 0, 1, 2}


def test_bodies_use_markdown(book: Book) -> None:
    bodies = [e.body for e in book.all_entries()]
    assert any("**" in b for b in bodies)
    assert any("\n- " in b for b in bodies)
    assert any("|---" in b for b in bodies)
    assert not any("{" in e.title or "{" in e.body for e in book.all_entries())


def test_complaints_move_the_customer_to_conflict(book: Book) -> None:
    for customer in book.customers:
        changes = book.stages[customer.id]
        linked = {s.entry_id: s for s in changes if s.entry_id is not None}
        for entry in book.entries[customer.id]:
            if entry.kind is EntryKind.COMPLAINT:
                move = linked[entry.id]
                assert move.stage is Stage.CONFLICT
                assert move.occurred_at >= entry.occurred_at
        for change in changes[1:]:  # every move after the first has its reason and its entry
            assert change.reason
            assert change.entry_id is not None


def test_stage_histories_fall_back_as_well_as_move_on(book: Book) -> None:
    conflicts = [sum(s.stage is Stage.CONFLICT for s in book.stages[c.id]) for c in book.customers]
    assert max(conflicts) >= 2  # conflict recurs
    restarted = book.by_org("Museumcafé Gravenhof")
    assert [s.stage for s in book.stages[restarted.id]][-1] is Stage.ATTRACTION
    stalled = book.by_org("Groundwork Coworking")
    assert book.stages[stalled.id][-1].stage is Stage.COMPATIBILITY
    assert NOW - book.stages[stalled.id][-1].occurred_at > timedelta(days=300)
    lost = book.by_org("Groupe Maison Fumée")
    assert lost.status is Status.PARTED
    assert NOW - book.last_contact(lost.id) > timedelta(days=150)


# --- the risk signals the health rules will look for ----------------------------------------


def test_overdue_only_the_farm_shop_is_well_past_its_cadence(book: Book) -> None:
    late = {
        c.name  # the organisation names the relationship
        for c in book.customers
        if c.status is Status.ACTIVE
        and c.cadence_days is not None
        and NOW - book.last_contact(c.id) > timedelta(days=c.cadence_days)
    }
    assert late == {"Hoeve Ter Walle"}
    farm = book.by_org("Hoeve Ter Walle")
    assert farm.cadence_days is not None
    assert NOW - book.last_contact(farm.id) > timedelta(days=3 * farm.cadence_days)


def test_warm_but_thin_the_brasserie_is_all_warmth_and_no_business(book: Book) -> None:
    friend = book.by_org("Brasserie Het Pand")
    recent = [e for e in book.entries[friend.id] if e.occurred_at > NOW - timedelta(days=100)]
    assert not [e for e in recent if e.kind in BUSINESS]
    warm = [e for e in recent if e.kind.is_contact]
    assert len(warm) >= 5
    assert all(e.sentiment is None or e.sentiment > 0 for e in warm)
    earlier = [e for e in book.entries[friend.id] if e.occurred_at < NOW - timedelta(days=100)]
    assert sum(e.kind is EntryKind.PURCHASE for e in earlier) >= 5


def test_under_related_big_deal_the_hotel_is_largest_and_lukewarm(book: Book) -> None:
    biggest = max(book.customers, key=lambda c: c.account_value or 0)
    assert biggest.name == "Hotel Leiezicht"
    assert biggest.level is Level.PROFESSIONAL
    rated = [e.sentiment for e in book.entries[biggest.id] if e.sentiment is not None]
    others = [
        e.sentiment
        for c in book.customers
        if c.id != biggest.id
        for e in book.entries[c.id]
        if e.sentiment is not None
    ]
    assert mean(rated) <= 0.25 < mean(others)


def test_one_way_street_the_caterer_takes_and_never_gives(book: Book) -> None:
    caterer = book.by_org("Saffraan Catering")
    kinds = Counter(e.kind for e in book.entries[caterer.id])
    assert kinds[EntryKind.FAVOUR_RECEIVED] == 0
    assert kinds[EntryKind.FAVOUR_GIVEN] >= 3
    assert kinds[EntryKind.COMMITMENT_KEPT] >= 3
    assert kinds[EntryKind.COMMITMENT_BROKEN] >= 2


def test_unresolved_conflict_the_college_is_stuck_in_conflict(book: Book) -> None:
    in_conflict = {
        c.name  # the organisation names the relationship
        for c in book.customers
        if c.status is Status.ACTIVE and book.stages[c.id][-1].stage is Stage.CONFLICT
    }
    assert in_conflict == {"Hogeschool Leiedal — campus restaurant"}
    college = book.by_org("Hogeschool Leiedal — campus restaurant")
    current = book.stages[college.id][-1]
    assert NOW - current.occurred_at > timedelta(days=60)
    assert current.entry_id is not None


def test_the_demo_never_imports_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys, rapport.demo, rapport.cli.demo\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --- what the rules make of it ------------------------------------------------------------

SIGNALS = {
    "Hoeve Ter Walle": {"overdue"},
    "Brasserie Het Pand": {"warm_but_thin"},
    "Hotel Leiezicht": {"under_related_big_deal"},
    "Saffraan Catering": {"one_way_street"},
    "Hogeschool Leiedal — campus restaurant": {"unresolved_conflict", "under_related_big_deal"},
}


@pytest.mark.parametrize("hour", [6, 13, 22])
def test_each_risk_signal_fires_for_its_customer_and_nowhere_else(
    tmp_path: Path, hour: int
) -> None:
    """Whatever the time of day the demo is written, the same customers show the same signals."""
    now = NOW.replace(hour=hour)
    write_demo(tmp_path / "demo.rapport", now=now)
    journal = Journal.open(tmp_path / "demo.rapport")
    try:
        found = {}
        suggested = {}
        for summary in journal.timeline.customers():
            insight = journal.facts.insight(summary.id, now)
            if insight.signals:
                found[summary.name] = {s.rule.value for s in insight.signals}
            if insight.suggestions:
                suggested[summary.name] = [s.stage for s in insight.suggestions]
    finally:
        journal.close()
    assert found == SIGNALS
    assert suggested == {"Bytefield": [Stage.DEEPER_UNDERSTANDING]}


def test_check_ins_tell_the_story_and_move_the_scores(tmp_path: Path) -> None:
    write_demo(tmp_path / "demo.rapport", now=NOW)
    journal = Journal.open(tmp_path / "demo.rapport")
    try:
        by_org = {s.name: s.id for s in journal.timeline.customers()}
        with_check_in = [org for org, cid in by_org.items() if journal.checkins.latest(cid)]
        assert len(with_check_in) >= 6
        college = journal.facts.insight(by_org["Hogeschool Leiedal — campus restaurant"], NOW)
        assert college.health.factor("check_in").points < 0  # trust to rebuild after the outage
        friend = journal.facts.insight(by_org["Brasserie Het Pand"], NOW)
        warm = next(s for s in friend.signals if s.rule.value == "warm_but_thin")
        assert any("rarely talk about their needs" in line for line in warm.evidence)
        caterer = journal.facts.insight(by_org["Saffraan Catering"], NOW)
        # the favours, our promises (issue 15: both ways), and two check-in answers
        assert len(caterer.signals[0].evidence) == 4
        farm = journal.facts.insight(by_org["Hoeve Ter Walle"], NOW)
        # Overdue, but still ordering about every two months: business substance (issue 15)
        # keeps the farm out of "weak"; the silence shows at the floor of keeping in touch.
        assert farm.health.band.value == "fair"
        assert farm.health.factor("touch").points == -30
        assert any("not counted" in line for line in farm.signals[0].evidence)
        today = journal.facts.today(NOW)
        sections = {item.section.value for item in today}
        assert sections == {"follow_up", "past_cadence", "risk", "check_in"}
    finally:
        journal.close()
