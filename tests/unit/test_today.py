"""The Today list: what is due, in the order an owner acts on it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from factbuilders import NOW, K, check, entry, make

from rapport.domain.customers import Status
from rapport.domain.facts import BookFacts, FollowUp
from rapport.domain.risk import RiskRule
from rapport.domain.settings import RuleSettings
from rapport.domain.stages import Stage
from rapport.domain.today import Section, check_in_due, compose_today, insight

TODAY = date(2026, 6, 1)


def book() -> BookFacts:
    recent = [entry(K.MEETING, 3, 1)]
    fresh_check = [check(10, trust=4)]
    customers = (
        make(recent, customer_id=1, name="Anna's Bakery", check_ins=fresh_check),
        make([entry(K.CALL, 45)], customer_id=2, name="Bike Hub", check_ins=fresh_check),
        make(
            [entry(K.COMPLAINT, 40, -2)],
            customer_id=3,
            name="Corner Café",
            stages=[(Stage.COMPATIBILITY, 400), (Stage.CONFLICT, 40)],
            check_ins=fresh_check,
        ),
        make(recent, customer_id=4, name="Dental Care", check_ins=[check(100, trust=4)]),
        make([entry(K.CALL, 200)], customer_id=5, name="Ex Client", status=Status.ARCHIVED),
        make(recent, customer_id=6, name="Fresh Lead", stages=[(Stage.ATTRACTION, 200)]),
    )
    follow_ups = (
        FollowUp(11, 1, date(2026, 5, 29), "Send the revised quote", K.MEETING),
        FollowUp(12, 1, date(2026, 6, 1), "", K.CALL),
        FollowUp(13, 1, date(2026, 6, 4), "Not yet", K.CALL),
        FollowUp(14, 5, date(2026, 5, 1), "Archived customer", K.CALL),
    )
    return BookFacts(customers, follow_ups)


def test_today_lists_each_kind_of_item_in_order() -> None:
    items = compose_today(book(), NOW)
    assert [(i.section, i.customer_id, i.title) for i in items] == [
        (Section.FOLLOW_UP, 1, "Send the revised quote"),
        (Section.FOLLOW_UP, 1, "Call follow-up"),
        (Section.PAST_CADENCE, 3, "26 days past the keep-in-touch cadence"),
        (Section.PAST_CADENCE, 2, "15 days past the keep-in-touch cadence"),
        (Section.RISK, 3, "Unresolved conflict"),
        (Section.CHECK_IN, 4, "Time for a check-in"),
    ]
    assert items[0].detail == "3 days overdue (due 29 May)"
    assert items[0].entry_id == 11
    assert items[1].detail == "due today"
    assert items[2].customer_name == "Corner Café"
    assert items[4].signal is not None and items[4].signal.rule is RiskRule.UNRESOLVED_CONFLICT
    assert items[5].detail == "last check-in 21 Feb 2026; due since 23 May 2026"


def test_a_lookahead_shows_follow_ups_due_soon() -> None:
    items = compose_today(book(), NOW, RuleSettings(follow_up_lookahead_days=3))
    soon = [i for i in items if i.entry_id == 13]
    assert soon and soon[0].detail == "due in 3 days"


def test_today_shows_a_few_check_ins_at_a_time_longest_overdue_first() -> None:
    customers = tuple(
        make(
            [entry(K.CALL, 1)],
            customer_id=i,
            name=f"C{i}",
            created=100 + 10 * i,
            stages=[(Stage.COMPATIBILITY, 100 + 10 * i)],
        )
        for i in range(1, 9)
    )
    items = compose_today(BookFacts(customers), NOW)
    assert [i.customer_id for i in items] == [8, 7, 6, 5, 4]
    assert {i.section for i in items} == {Section.CHECK_IN}
    everything = compose_today(BookFacts(customers), NOW, RuleSettings(check_ins_in_today=99))
    assert len(everything) == 8


def test_check_in_due_dates() -> None:
    assert check_in_due(make(check_ins=[check(100, trust=4)]), NOW, 91) == date(2026, 5, 23)
    new = make(created=30, stages=[(Stage.COMPATIBILITY, 30)])
    assert check_in_due(new, NOW, 91) == date(2026, 8, 1)  # began 2 May
    # a customer added today with a year of history is due at once: the relationship is old
    backfilled = make([entry(K.MEETING, 400)], created=0, stages=[(Stage.COMPATIBILITY, 0)])
    assert check_in_due(backfilled, NOW, 91) == date(2025, 7, 27)
    assert check_in_due(make(stages=[(Stage.ATTRACTION, 300)]), NOW, 91) is None


def test_insight_bundles_what_the_customer_page_shows() -> None:
    corner = book().customers[2]
    found = insight(corner, NOW)
    assert found.health.score == health_score_of(corner)
    assert {s.rule for s in found.signals} == {RiskRule.OVERDUE, RiskRule.UNRESOLVED_CONFLICT}
    assert found.suggestions == ()
    assert found.check_in_due == date(2026, 8, 21)


def health_score_of(facts) -> int:
    from rapport.domain.health import health

    return health(facts, NOW).score


def test_an_empty_book_has_an_empty_today() -> None:
    assert compose_today(BookFacts(), NOW) == []
    quiet = BookFacts((replace(make([entry(K.CALL, 1)]), check_ins=(check(1, trust=3),)),))
    assert compose_today(quiet, NOW) == []
