"""Health with commitments both ways and business substance (issue 15, items 4 and 5)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from factbuilders import NOW, K, ago, check, entry, make
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from test_health import MAX_MINUTES, facts_st, minutes_ago, with_entry

from rapport.domain.facts import EntryFact, RelationshipFacts
from rapport.domain.health import Band, health
from rapport.domain.kinds import Side
from rapport.domain.levels import Level
from rapport.domain.risk import RiskSettings, warm_but_thin
from rapport.domain.settings import RuleSettings
from rapport.domain.substance import rhythm
from rapport.domain.today import insight

sides = st.sampled_from([None, Side.OURS, Side.THEIRS])


def promise(kind: K, days_ago: float, side: Side | None, sentiment: int | None = None):
    return EntryFact(kind, ago(days_ago), sentiment, side=side)


# --- their word, our word --------------------------------------------------------------


@given(facts_st, st.integers(0, MAX_MINUTES), st.none() | st.integers(-2, 2))
def test_a_promise_they_broke_never_raises_their_word_nor_lowers_ours(
    facts: RelationshipFacts, minutes: int, sentiment: int | None
) -> None:
    broken = EntryFact(K.COMMITMENT_BROKEN, minutes_ago(minutes), sentiment, side=Side.THEIRS)
    before, after = health(facts, NOW), health(with_entry(facts, broken), NOW)
    assert after.factor("their_word").points <= before.factor("their_word").points
    assert after.factor("word").points == before.factor("word").points
    assert after.score <= before.score


@given(facts_st, st.integers(0, MAX_MINUTES), sides)
def test_a_promise_kept_never_lowers_the_word_of_the_side_that_kept_it(
    facts: RelationshipFacts, minutes: int, side: Side | None
) -> None:
    kept = EntryFact(K.COMMITMENT_KEPT, minutes_ago(minutes), side=side)
    before, after = health(facts, NOW), health(with_entry(facts, kept), NOW)
    mine, other = ("their_word", "word") if side is Side.THEIRS else ("word", "their_word")
    assert after.factor(mine).points >= before.factor(mine).points
    assert after.factor(other).points == before.factor(other).points


def test_each_side_answers_for_its_own_word() -> None:
    facts = make(
        [
            promise(K.COMMITMENT_KEPT, 100, None),  # written before sides existed: ours
            promise(K.COMMITMENT_KEPT, 80, Side.OURS),
            promise(K.COMMITMENT_BROKEN, 40, Side.THEIRS, -1),
            promise(K.COMMITMENT_KEPT, 20, Side.THEIRS),
        ]
    )
    report = health(facts, NOW)
    assert report.factor("word").text == (
        "+4: 2 commitments kept, none broken in the last 12 months"
    )
    assert report.factor("word").name == "Our word kept"
    assert report.factor("their_word").text == (
        "−4: 1 commitment kept and 1 broken in the last 12 months"
    )
    assert report.factor("their_word").name == "Their word kept"


# --- business substance ----------------------------------------------------------------


def buyer(days_ago: list[float], **more) -> RelationshipFacts:
    return make([entry(K.PURCHASE, d) for d in days_ago], **more)


def test_purchases_in_their_usual_rhythm() -> None:
    # every 14 days since 8 months ago, the latest 6 days ago: 0.4 of the usual gap
    report = health(buyer([6 + 14 * i for i in range(17)]), NOW)
    assert report.factor("business").text == (
        "+8: 17 purchases in the last 12 months, about every 14 days; "
        "the latest on 26 May 2026, in rhythm"
    )


def test_purchases_falling_behind_their_rhythm() -> None:
    # every 10 days, then silence for 30 days: 3 usual gaps → 8 − 16 × (3 − 1.25), floor −8
    late = health(buyer([30, 40, 50, 60, 70]), NOW).factor("business")
    assert late.text == (
        "−8: 5 purchases in the last 12 months, about every 10 days; "
        "the latest on 2 May 2026, 3.0× that ago"
    )
    # 20 days: 2 usual gaps → 8 − 16 × 0.75 = −4
    assert health(buyer([20, 30, 40, 50]), NOW).factor("business").points == -4


def test_one_purchase_is_not_yet_a_rhythm_and_none_is_neutral() -> None:
    assert health(buyer([40]), NOW).factor("business").text == (
        "+2: one purchase in the last 12 months (22 Apr 2026): no rhythm yet"
    )
    assert health(make([entry(K.CALL, 3)]), NOW).factor("business").text == (
        "0: no purchase in the last 12 months"
    )


def test_orders_on_the_same_day_are_one_order() -> None:
    found = rhythm([0.0, 3600.0, 86_400.0 * 7, 86_400.0 * 7 + 60])
    assert found.orders == 2
    assert found.usual_gap == 7


@st.composite
def buying(draw: st.DrawFn) -> tuple[RelationshipFacts, datetime]:
    """A relationship with a rhythm of purchases this year, and its next order, in rhythm."""
    facts = draw(facts_st)
    gaps = draw(st.lists(st.integers(2, 40), min_size=1, max_size=8))
    start = draw(st.integers(sum(gaps) + 1, 330))
    days = [float(start)]
    for gap in gaps:
        days.append(days[-1] - gap)
    purchases = [EntryFact(K.PURCHASE, ago(d)) for d in days]
    facts = replace(facts, entries=(*facts.entries, *purchases)).sorted_copy()
    year = ago(365).timestamp()
    found = rhythm(
        [
            e.at.timestamp()
            for e in facts.entries
            if e.kind is K.PURCHASE and e.at.timestamp() > year
        ]
    )
    usual = found.usual_gap
    assert usual is not None
    # the next order comes when due: no sooner than the usual gap, no later than 1.25 of it
    at = datetime.fromtimestamp(found.times[-1], UTC) + timedelta(
        days=draw(st.floats(usual, usual * 1.25))
    )
    assume(at <= NOW)
    return facts, at


@settings(max_examples=200)
@given(buying())
def test_a_purchase_in_rhythm_never_lowers_business_substance(
    case: tuple[RelationshipFacts, datetime],
) -> None:
    facts, at = case
    before = health(facts, NOW).factor("business").points
    after = health(with_entry(facts, EntryFact(K.PURCHASE, at)), NOW).factor("business").points
    assert after >= before


@settings(max_examples=300)
@given(facts_st, st.lists(st.integers(1, 360), min_size=2, max_size=6), st.floats(0, 1))
def test_once_there_is_a_rhythm_a_new_purchase_never_lowers_the_score(
    facts: RelationshipFacts, purchases: list[int], where: float
) -> None:
    """Not even an early one: the rhythm read at the earlier orders still counts."""
    orders = sorted({d for d in purchases})
    assume(len(orders) >= 2)
    bought = [EntryFact(K.PURCHASE, ago(d)) for d in orders]
    facts = replace(facts, entries=(*facts.entries, *bought)).sorted_copy()
    contacts = [e.at for e in facts.entries if e.kind.is_contact]
    floor = max(contacts)
    at = floor + (NOW - floor) * where
    added = with_entry(facts, EntryFact(K.PURCHASE, at))
    assert (
        health(added, NOW).factor("business").points >= health(facts, NOW).factor("business").points
    )
    assert health(added, NOW).score >= health(facts, NOW).score


# --- warmth without business -----------------------------------------------------------


def warm_and_liked() -> RelationshipFacts:
    """Liked and friendly, but the last purchase was half a year ago."""
    return make(
        [
            entry(K.PURCHASE, 200, 1),
            entry(K.FAVOUR_RECEIVED, 150),
            entry(K.FAVOUR_RECEIVED, 60, 2),
            entry(K.VISIT, 50, 2),
            entry(K.CALL, 20, 1),
            entry(K.PRAISE, 10, 2),
        ],
        level=Level.PERSONAL,
        check_ins=[check(30, trust=5, their_word=4, value=4, help=5, needs=3, liking=5)],
    )


def test_warmth_without_business_no_longer_scores_strong() -> None:
    """Before issue 15 this scored 86, "strong", while "warm but thin" fired on it."""
    facts = warm_and_liked()
    found = insight(facts, NOW)
    assert found.health.score == 69
    assert found.health.band is Band.FAIR
    assert [s.rule.value for s in found.signals] == ["warm_but_thin"]
    assert found.health.factor("business").text == (
        "−17: one purchase in the last 12 months (13 Nov 2025): no rhythm yet; but 4 warm "
        "entries and no meeting, purchase or commitment in the last 3 months: warmth alone is "
        "held below strong"
    )
    # the same customer with a meeting about business last week: strong again
    busy = with_entry(facts, entry(K.MEETING, 7, 1))
    assert health(busy, NOW).band is Band.STRONG


@settings(max_examples=300)
@given(facts_st, st.integers(14, 200), st.integers(1, 6))
def test_warm_but_thin_and_the_score_agree(
    facts: RelationshipFacts, window: int, needed: int
) -> None:
    rules = RuleSettings(risk=RiskSettings(warm_window_days=window, warm_min_entries=needed))
    if warm_but_thin(facts, NOW, rules.risk) is not None:
        assert health(facts, NOW, rules.health).band is not Band.STRONG
