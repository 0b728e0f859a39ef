"""Important dates in Today, in the week they come up (issue 15, item 7)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from factbuilders import NOW, K, entry, make

from rapport.domain.customers import CustomerDraft, Status
from rapport.domain.entries import EntryDraft
from rapport.domain.facts import BookFacts
from rapport.domain.stages import Stage
from rapport.domain.today import Section, compose_today, important_dates
from rapport.store import Journal

TODAY = NOW.date()  # Monday 1 June 2026


def bought_first(days_ago: int):
    return make([entry(K.PURCHASE, days_ago), entry(K.PURCHASE, 3)], name="Café Lindeboom")


def test_the_anniversary_of_the_first_purchase_comes_up_in_its_week() -> None:
    # first order on 4 June 2024: two years on Thursday
    [item] = important_dates(
        bought_first((NOW - datetime(2024, 6, 4, 10, tzinfo=UTC)).days), NOW, TODAY
    )
    assert (item.section, item.title, item.detail) == (
        Section.DATE,
        "2 years since their first purchase",
        "in 3 days, on 4 Jun",
    )
    assert item.due == date(2026, 6, 4) and item.customer_name == "Café Lindeboom"


def test_no_anniversary_outside_the_week_nor_in_the_first_year() -> None:
    eight_days_on = (NOW - datetime(2025, 6, 9, 10, tzinfo=UTC)).days
    assert important_dates(bought_first(eight_days_on), NOW, TODAY) == []
    assert important_dates(bought_first(2), NOW, TODAY) == []  # bought this week, this year
    assert important_dates(make([entry(K.CALL, 365)]), NOW, TODAY) == []


def test_the_anniversary_is_read_from_the_first_purchase_even_beyond_the_entries() -> None:
    """Today's reading holds only the last year; the store hands the first purchase over."""
    facts = replace(make([entry(K.CALL, 3)]), first_purchase_at=datetime(2021, 6, 1, 8, tzinfo=UTC))
    [item] = important_dates(facts, NOW, TODAY)
    assert (item.title, item.detail) == ("5 years since their first purchase", "today")


def test_birthdays_of_their_people_come_up_in_their_week() -> None:
    facts = replace(
        make(name="Café Lindeboom"),
        birthdays=(
            ("Marieke", date(1985, 6, 2)),
            ("Jens", date(1, 6, 7)),  # year not known
            ("Lena", date(1990, 6, 8)),  # a week from today: not yet
        ),
    )
    items = important_dates(facts, NOW, TODAY)
    assert [(i.title, i.detail) for i in items] == [
        ("Birthday: Marieke turns 41", "tomorrow, 2 Jun"),
        ("Birthday: Jens", "in 6 days, on 7 Jun"),
    ]


def test_a_birthday_on_29_february_is_kept_on_the_28th_in_other_years() -> None:
    facts = replace(make(), birthdays=(("Pim", date(2000, 2, 29)),))
    monday = datetime(2027, 2, 25, 9, tzinfo=UTC)
    [item] = important_dates(facts, monday, monday.date())
    assert item.due == date(2027, 2, 28)
    assert item.title == "Birthday: Pim turns 27"


def test_dates_come_last_in_today_soonest_first_and_only_for_active_relationships() -> None:
    soon = replace(make(customer_id=1, name="A"), birthdays=(("Ann", date(1980, 6, 5)),))
    sooner = replace(make(customer_id=2, name="B"), birthdays=(("Bob", date(1980, 6, 2)),))
    parted = replace(
        make(customer_id=3, name="C", status=Status.PARTED), birthdays=(("Cas", date(1980, 6, 1)),)
    )
    items = compose_today(BookFacts(customers=(soon, sooner, parted)), NOW)
    dates = [i for i in items if i.section is Section.DATE]
    assert [i.title for i in dates] == ["Birthday: Bob turns 46", "Birthday: Ann turns 46"]
    assert items[-len(dates) :] == dates


def test_todays_fast_reading_finds_a_first_purchase_older_than_its_window(tmp_path: Path) -> None:
    journal = Journal.open(tmp_path / "j.rapport")
    try:
        now = NOW
        cid = journal.customers.create(
            CustomerDraft(name="Old Friend"), Stage.COMPATIBILITY, since=now - timedelta(days=1500)
        )
        first = datetime(2023, 6, 3, 10, tzinfo=UTC)  # three years on Wednesday
        for at, kind in ((first, K.PURCHASE), (now - timedelta(days=20), K.CALL)):
            journal.entries.add(EntryDraft(customer_id=cid, occurred_at=at, kind=kind, body="-"))
        today = journal.facts.today(now)
        dates = [i for i in today if i.section is Section.DATE]
        assert [(i.title, i.detail) for i in dates] == [
            ("3 years since their first purchase", "in 2 days, on 3 Jun")
        ]
    finally:
        journal.close()
