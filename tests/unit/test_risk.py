"""Each risk rule fires on a crafted example and stays quiet on its near miss."""

from __future__ import annotations

from dataclasses import replace

from factbuilders import NOW, K, check, entry, make

from rapport.domain.customers import Status
from rapport.domain.health import HealthReport, health
from rapport.domain.levels import Level
from rapport.domain.risk import (
    RiskRule,
    RiskSettings,
    assess,
    book_context,
    one_way_street,
    overdue,
    under_related_big_deal,
    unresolved_conflict,
    warm_but_thin,
)
from rapport.domain.stages import Stage

S = RiskSettings()


def rules(facts, report: HealthReport | None = None, book=None) -> set[RiskRule]:
    report = report or health(facts, NOW)
    return {s.rule for s in assess(facts, report, NOW, book)}


# --- overdue -----------------------------------------------------------------------------


def test_overdue_fires_one_day_past_the_cadence() -> None:
    facts = make([entry(K.MEETING, 31)])
    signal = overdue(facts, health(facts, NOW), S)
    assert signal is not None
    assert signal.summary == "1 day past the keep-in-touch cadence"
    assert signal.evidence[0] == "No contact for 31 days; cadence 30 days."
    assert signal.severity == 1
    assert "Get in touch" in signal.next_step


def test_overdue_says_a_later_note_to_self_is_not_contact() -> None:
    facts = make([entry(K.CALL, 82), entry(K.NOTE, 18)], cadence=21)
    signal = overdue(facts, health(facts, NOW), S)
    assert signal is not None
    assert signal.evidence[0] == "No contact for 82 days; cadence 21 days (set for this customer)."
    assert "is not counted: a note to yourself is not contact" in signal.evidence[2]
    assert signal.severity == 3 and signal.urgency == "Act now"


def test_overdue_is_quiet_on_the_day_it_falls_due() -> None:
    facts = make([entry(K.MEETING, 30)])
    assert overdue(facts, health(facts, NOW), S) is None


def test_overdue_in_conflict_is_sooner_and_asks_about_the_disagreement() -> None:
    facts = make(
        [entry(K.COMPLAINT, 22, -1)], stages=[(Stage.COMPATIBILITY, 400), (Stage.CONFLICT, 22)]
    )
    signal = overdue(facts, health(facts, NOW), S)
    assert signal is not None
    assert signal.evidence[0] == "No contact for 22 days; cadence 14 days while in Conflict."
    assert signal.severity == 2  # 22 / 14 ≥ 1.5
    assert "disagreement" in signal.next_step


# --- warm but thin -----------------------------------------------------------------------


def warm(extra=()):
    return make(
        [
            entry(K.PURCHASE, 200, 1),
            entry(K.PRAISE, 10),
            entry(K.CALL, 20, 1),
            entry(K.VISIT, 50, 2),
            *extra,
        ],
        level=Level.PERSONAL,
    )


def test_warm_but_thin_fires_on_friendliness_without_business() -> None:
    signal = warm_but_thin(warm(), NOW, S)
    assert signal is not None
    assert signal.evidence[0] == (
        "3 warm entries in the last 90 days (1 praise, 2 friendly contacts)."
    )
    assert signal.evidence[1] == "No meeting, purchase or commitment since 13 Nov 2025."
    assert "The relationship is marked Personal." in signal.evidence
    assert "meeting" in signal.next_step


def test_warm_but_thin_is_quiet_once_there_is_business() -> None:
    assert warm_but_thin(warm([entry(K.PURCHASE, 80)]), NOW, S) is None


def test_warm_but_thin_needs_enough_warmth() -> None:
    facts = make([entry(K.PRAISE, 10), entry(K.CALL, 20, 1), entry(K.CALL, 30, 0)])
    assert warm_but_thin(facts, NOW, S) is None


def test_warm_but_thin_waits_for_a_relationship_older_than_its_window() -> None:
    young = replace(warm(), created_at=NOW.replace(month=4), stages=())
    young = replace(young, entries=tuple(e for e in young.entries if e.kind is not K.PURCHASE))
    assert warm_but_thin(young, NOW, S) is None


# --- under-related big deal --------------------------------------------------------------


def book(value: int, level: Level = Level.PROFESSIONAL):
    others = [make(customer_id=i, value=1000 * i) for i in range(2, 9)]  # 2,000 … 8,000
    me = make([entry(K.MEETING, 5, 1)], value=value, level=level)
    return me, book_context([me, *others], S)


def test_big_deal_fires_for_a_top_quarter_account_with_weak_health() -> None:
    me, context = book(9000, Level.STRUCTURAL)
    assert context.big_deal_from["EUR"] == 8000  # top 2 of 8
    report = replace(health(me, NOW), score=55)
    signal = under_related_big_deal(me, report, context, S)
    assert signal is not None
    assert signal.evidence[0] == (
        "Account value 9,000 EUR is in the top 25% of your book (from 8,000 EUR)."
    )
    assert signal.evidence[1] == "Health 55, below 60."


def test_big_deal_fires_for_a_merely_professional_relationship_not_yet_strong() -> None:
    me, context = book(8000)
    signal = under_related_big_deal(me, replace(health(me, NOW), score=65), context, S)
    assert signal is not None
    assert signal.evidence[1] == "Health 65, below 70 for a relationship that is only Professional."
    assert any(line.startswith("Relationship level: Professional") for line in signal.evidence)


def test_big_deal_is_quiet_below_the_top_quarter() -> None:
    me, context = book(6500)  # the top two of eight are 8,000 and 7,000
    assert under_related_big_deal(me, replace(health(me, NOW), score=30), context, S) is None


def test_big_deal_is_quiet_when_the_relationship_matches_the_deal() -> None:
    me, context = book(9000, Level.PERSONAL)
    assert under_related_big_deal(me, replace(health(me, NOW), score=65), context, S) is None
    me, context = book(9000)
    assert under_related_big_deal(me, replace(health(me, NOW), score=75), context, S) is None


def test_big_deal_needs_a_book_to_compare_with() -> None:
    few = [make(customer_id=i, value=1000 * i) for i in range(1, 4)]
    assert book_context(few, S).big_deal_from == {}


def test_big_deal_compares_within_one_currency() -> None:
    euros = [make(customer_id=i, value=1000 * i) for i in range(1, 5)]
    dollars = [replace(make(customer_id=9, value=50_000), currency="USD")]
    assert book_context([*euros, *dollars], S).big_deal_from == {"EUR": 4000}


# --- one-way street ----------------------------------------------------------------------


def test_one_way_street_fires_on_favours_given_and_none_received() -> None:
    facts = make([entry(K.FAVOUR_GIVEN, d) for d in (10, 100, 300)])
    signal = one_way_street(facts, NOW, S)
    assert signal is not None
    assert signal.evidence == ("3 favours given and 0 received in the last 12 months.",)


def test_one_way_street_is_quiet_when_help_comes_back() -> None:
    facts = make([*(entry(K.FAVOUR_GIVEN, d) for d in (10, 100, 300)), entry(K.FAVOUR_RECEIVED, 5)])
    assert one_way_street(facts, NOW, S) is None
    assert one_way_street(make([entry(K.FAVOUR_GIVEN, d) for d in (10, 100)]), NOW, S) is None
    old = make([entry(K.FAVOUR_GIVEN, d) for d in (10, 100, 370)])
    assert one_way_street(old, NOW, S) is None


def test_one_way_street_hears_the_check_in() -> None:
    facts = make([entry(K.FAVOUR_GIVEN, 10)], check_ins=[check(20, help=2)])
    signal = one_way_street(facts, NOW, S)
    assert signal is not None
    assert signal.evidence == ("Your last check-in says they would not help you (2/5).",)
    words = make(check_ins=[check(20, trust=4, their_word=2)])
    assert one_way_street(words, NOW, S) is not None


def test_one_way_street_check_in_near_misses() -> None:
    assert one_way_street(make(check_ins=[check(20, help=2)]), NOW, S) is None  # nothing given
    assert one_way_street(make(check_ins=[check(20, trust=3, their_word=2)]), NOW, S) is None
    later = make(check_ins=[check(20, trust=4, their_word=2), check(5, trust=4, their_word=3)])
    assert one_way_street(later, NOW, S) is None  # the latest check-in is what counts


# --- unresolved conflict -----------------------------------------------------------------


def conflict(days: int, extra=()):
    return make(
        [entry(K.COMPLAINT, days, -2), *extra],
        stages=[(Stage.COMPATIBILITY, 400), (Stage.CONFLICT, days)],
    )


def test_unresolved_conflict_fires_after_30_days_without_a_compromise() -> None:
    signal = unresolved_conflict(conflict(31), NOW, S)
    assert signal is not None
    assert signal.summary == "In Conflict for 31 days without a compromise"
    assert signal.evidence[1] == (
        "No compromise logged since then (a favour or a commitment they took well)."
    )
    assert signal.evidence[2].startswith("Latest complaint on ")
    assert signal.evidence[2].endswith(".") and "since" not in signal.evidence[2]
    again = unresolved_conflict(conflict(40, [entry(K.COMPLAINT, 10, -1)]), NOW, S)
    assert again is not None
    assert again.evidence[2].endswith("; 1 more complaint since the conflict began.")
    assert signal.urgency == "Act soon"
    assert signal.severity == 2
    assert unresolved_conflict(conflict(61), NOW, S).severity == 3  # type: ignore[union-attr]


def test_unresolved_conflict_is_quiet_within_the_limit() -> None:
    assert unresolved_conflict(conflict(30), NOW, S) is None


def test_unresolved_conflict_is_quiet_once_a_compromise_is_logged() -> None:
    assert unresolved_conflict(conflict(45, [entry(K.COMMITMENT_MADE, 10, 1)]), NOW, S) is None


def test_a_favour_into_continued_anger_is_not_a_compromise() -> None:
    assert unresolved_conflict(conflict(45, [entry(K.FAVOUR_GIVEN, 10, 0)]), NOW, S) is not None


# --- assess ------------------------------------------------------------------------------


def test_assess_orders_by_urgency_and_skips_inactive_customers() -> None:
    facts = conflict(70, [entry(K.FAVOUR_GIVEN, d) for d in (100, 200, 300)])
    found = assess(facts, health(facts, NOW), NOW)
    assert [s.rule for s in found] == [
        RiskRule.UNRESOLVED_CONFLICT,
        RiskRule.OVERDUE,
        RiskRule.ONE_WAY_STREET,
    ]
    assert rules(replace(facts, status=Status.ARCHIVED)) == set()


def test_settings_move_the_thresholds() -> None:
    facts = make([entry(K.MEETING, 35)])
    assert overdue(facts, health(facts, NOW), RiskSettings(overdue_grace_days=7)) is None
    assert unresolved_conflict(conflict(20), NOW, RiskSettings(conflict_max_days=14)) is not None
