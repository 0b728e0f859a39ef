"""The facts the rules read, gathered from a real journal in a handful of queries."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import event

from rapport.domain.checkins import Answers, CheckIn
from rapport.domain.customers import CustomerDraft, Status
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.domain.risk import book_context
from rapport.domain.settings import RuleSettings
from rapport.domain.stages import Stage
from rapport.domain.today import Section
from rapport.store import Journal
from rapport.store.errors import RecordNotFoundError

#: The store behaves alike on a journal file and on a team journal (PostgreSQL).
pytestmark = pytest.mark.both_backends

NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)


def ago(days: int) -> datetime:
    return NOW - timedelta(days=days)


def fill(journal: Journal) -> dict[str, int]:
    """Three customers: active with history, archived, and deleted."""
    c = journal.customers
    anna = c.create(
        CustomerDraft(name="Anna's Bakery", account_value=Decimal("12000")), since=ago(400)
    )
    bike = c.create(CustomerDraft(name="Bike Hub", status=Status.ARCHIVED), since=ago(300))
    gone = c.create(CustomerDraft(name="Gone Ltd"), since=ago(300))
    add = journal.entries.add
    add(EntryDraft(anna, ago(50), EntryKind.MEETING, "Kick-off", sentiment=1))
    add(EntryDraft(anna, ago(40), EntryKind.COMPLAINT, body="Late again", sentiment=-2))
    journal.entries.change_stage(anna, Stage.CONFLICT, ago(40), "Complaint logged")
    add(
        EntryDraft(
            anna,
            ago(35),
            EntryKind.CALL,
            body="\n# Send the *revised* quote\nwith the discount",
            follow_up_on=date(2026, 5, 28),
        )
    )
    done = add(EntryDraft(anna, ago(34), EntryKind.CALL, "Done one", follow_up_on=date(2026, 5, 1)))
    journal.entries.set_follow_up_done(done)
    trashed = add(
        EntryDraft(anna, ago(33), EntryKind.NOTE, "Trashed", follow_up_on=date(2026, 5, 2))
    )
    journal.entries.delete(trashed)
    journal.checkins.add(CheckIn(anna, ago(120), Answers(trust=4, liking=5)))
    journal.suggestions.dismiss(anna, Stage.COMPROMISE, "entry:999")
    add(EntryDraft(bike, ago(10), EntryKind.CALL, "Hello", follow_up_on=date(2026, 5, 30)))
    add(EntryDraft(gone, ago(10), EntryKind.CALL, "Hello"))
    c.delete(gone)
    return {"anna": anna, "bike": bike, "gone": gone}


def test_facts_of_one_customer(journal: Journal) -> None:
    ids = fill(journal)
    facts = journal.facts.customer(ids["anna"])
    assert facts.name == "Anna's Bakery"
    assert facts.account_value == Decimal("12000.00")
    assert [e.kind for e in facts.entries] == [
        EntryKind.MEETING,
        EntryKind.COMPLAINT,
        EntryKind.CALL,
        EntryKind.CALL,
    ]
    assert facts.entries[0].at == ago(50) and facts.entries[0].sentiment == 1
    assert all(e.id is not None for e in facts.entries)
    assert [s.stage for s in facts.stages] == [Stage.ATTRACTION, Stage.CONFLICT]
    assert facts.check_ins[0].answers == Answers(trust=4, liking=5)
    assert facts.dismissed == frozenset({(Stage.COMPROMISE, "entry:999")})
    assert journal.facts.customer(ids["bike"]).status is Status.ARCHIVED
    with pytest.raises(RecordNotFoundError):
        journal.facts.customer(ids["gone"])


def test_the_book_holds_active_customers_and_their_open_follow_ups(journal: Journal) -> None:
    ids = fill(journal)
    book = journal.facts.book()
    assert [c.customer_id for c in book.customers] == [ids["anna"]]
    (follow_up,) = book.follow_ups
    assert follow_up.title == "Send the *revised* quote"
    assert follow_up.due == date(2026, 5, 28)
    everyone = journal.facts.book(statuses=list(Status))
    assert {c.customer_id for c in everyone.customers} == {ids["anna"], ids["bike"]}
    assert len(everyone.follow_ups) == 2


def test_the_book_is_read_in_six_queries_whatever_its_size(journal: Journal) -> None:
    for n in range(30):
        cid = journal.customers.create(CustomerDraft(name=f"Customer {n}"), since=ago(200))
        for d in range(0, 200, 20):
            journal.entries.add(EntryDraft(cid, ago(d), EntryKind.CALL, "Chat", sentiment=1))
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(journal.engine, "before_cursor_execute", count)
    try:
        book = journal.facts.book()
    finally:
        event.remove(journal.engine, "before_cursor_execute", count)
    assert len(book.customers) == 30
    assert sum(len(c.entries) for c in book.customers) == 300
    # six, and two for people: their birthdays and who of ours served (issue 15)
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 8


def test_insight_and_health_history_from_the_journal(journal: Journal) -> None:
    ids = fill(journal)
    found = journal.facts.insight(ids["anna"], NOW)
    assert found.health.stage is Stage.CONFLICT
    assert "cadence 14 days while in Conflict" in found.health.factor("touch").sentence
    history = journal.facts.health_over_time(ids["anna"], [date(2026, 4, 1), date(2026, 6, 1)])
    assert [r.at.date() for r in history] == [date(2026, 4, 1), date(2026, 6, 1)]


def test_today_for_the_whole_book(journal: Journal) -> None:
    ids = fill(journal)
    items = journal.facts.today(NOW)
    assert {i.customer_id for i in items} == {ids["anna"]}
    assert items[0].section is Section.FOLLOW_UP
    assert items[0].title == "Send the *revised* quote"
    assert Section.RISK in {i.section for i in items}


def test_the_book_context_a_customer_is_judged_in_is_the_rules_own(journal: Journal) -> None:
    """Opening a customer reads only account values; "big" starts where the rules say."""
    c = journal.customers
    values = {
        "EUR": ("900.50", "120", "4000", "75.25", "0"),
        "USD": ("10", "99999.99", "500", "7", "8"),
        "GBP": ("5", "6"),  # too few to compare
    }
    for n, (currency, value) in enumerate((k, v) for k, vs in values.items() for v in vs):
        c.create(CustomerDraft(name=f"C{n}", account_value=Decimal(value), currency=currency))
    c.create(CustomerDraft(name="No value"))
    c.create(
        CustomerDraft(
            name="Archived",
            account_value=Decimal("1000000"),
            currency="EUR",
            status=Status.ARCHIVED,
        )
    )
    c.delete(c.create(CustomerDraft(name="Gone", account_value=Decimal("5000000"))))
    whole = book_context(journal.facts.book().customers, RuleSettings().risk)

    found = journal.facts.book_context(RuleSettings())

    assert found == whole
    assert found.big_deal_from == {"EUR": Decimal("4000.00"), "USD": Decimal("99999.99")}


def test_opening_customers_reads_the_books_values_once_until_a_write_touches_a_customer(
    journal: Journal,
) -> None:
    """Switching customers compares each with the book without reading the book again."""
    c = journal.customers
    ids = [
        c.create(CustomerDraft(name=f"C{n}", account_value=Decimal(v)), since=ago(300))
        for n, v in enumerate(("100", "200", "300", "400", "50000"))
    ]
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    def reads_of_the_book(customer_id: int) -> int:
        statements.clear()
        event.listen(journal.engine, "before_cursor_execute", count)
        try:
            journal.facts.insight(customer_id, NOW)
        finally:
            event.remove(journal.engine, "before_cursor_execute", count)
        return sum("account_value_cents >" in s for s in statements)

    assert reads_of_the_book(ids[0]) == 1
    assert reads_of_the_book(ids[1]) == 0
    c.set_status(ids[4], Status.ARCHIVED)  # the book's biggest account leaves it
    assert reads_of_the_book(ids[1]) == 1
    archived = journal.facts.book_context(RuleSettings())
    assert reads_of_the_book(ids[2]) == 0
    assert archived == book_context(journal.facts.book().customers, RuleSettings().risk)


def test_the_books_values_are_kept_across_a_saved_entry_and_read_again_after_a_customers_edit(
    journal: Journal,
) -> None:
    """An entry saved changes no account value: the rules after a save skip the book's read."""
    c = journal.customers
    ids = [
        c.create(CustomerDraft(name=f"C{n}", account_value=Decimal(v)), since=ago(300))
        for n, v in enumerate(("100", "200", "300", "400", "50000"))
    ]
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    def book_read(customer_id: int) -> bool:
        statements.clear()
        event.listen(journal.engine, "before_cursor_execute", count)
        try:
            journal.facts.insight(customer_id, NOW)
        finally:
            event.remove(journal.engine, "before_cursor_execute", count)
        return any("account_value_cents >" in s for s in statements)

    assert book_read(ids[0])
    journal.entries.add(EntryDraft(ids[0], ago(1), EntryKind.CALL, "Called"))
    journal.checkins.add(CheckIn(ids[1], ago(1), Answers(trust=4)))
    assert not book_read(ids[0])
    c.update(ids[4], CustomerDraft(name="C4", account_value=Decimal("10")))
    assert book_read(ids[1])
    assert not book_read(ids[2])
    c.create(CustomerDraft(name="C5", account_value=Decimal("90000")), since=ago(3))
    assert book_read(ids[2])


def test_reopening_a_customer_reads_their_history_again_only_after_a_write_touches_them(
    journal: Journal,
) -> None:
    """Switching back to a customer reuses their facts; whatever is written is seen at once."""
    anna = fill(journal)["anna"]
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    def reads(customer_id: int) -> tuple[int, object]:
        statements.clear()
        event.listen(journal.engine, "before_cursor_execute", count)
        try:
            found = journal.facts.insight(customer_id, NOW)
        finally:
            event.remove(journal.engine, "before_cursor_execute", count)
        return len([s for s in statements if s.lstrip().upper().startswith("SELECT")]), found

    first, before = reads(anna)
    again, same = reads(anna)
    assert first > 0 and again == 0
    assert same == before
    journal.checkins.add(CheckIn(anna, ago(1), Answers(trust=5, liking=5)))
    read, after = reads(anna)
    assert read > 0
    assert after.check_in_due == before.check_in_due + timedelta(days=119)


def test_facts_read_inside_a_write_that_rolls_back_are_not_kept(journal: Journal) -> None:
    anna = fill(journal)["anna"]
    before = journal.facts.insight(anna, NOW)
    journal.facts.insight(anna, NOW)  # kept now

    class Undone(Exception):
        pass

    with pytest.raises(Undone), journal.door.write():
        journal.checkins.add(CheckIn(anna, ago(1), Answers(trust=5, liking=5)))
        inside = journal.facts.insight(anna, NOW)  # sees its own write
        assert inside.check_in_due != before.check_in_due
        raise Undone

    assert journal.facts.insight(anna, NOW).check_in_due == before.check_in_due
