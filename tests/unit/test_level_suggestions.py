"""Level suggestions with their evidence: structural, personal and power (issue 15, item 6)."""

from __future__ import annotations

from dataclasses import replace

from factbuilders import NOW, K, ago, check, entry, make

from rapport.domain.facts import EntryFact
from rapport.domain.level_suggestions import suggest_levels
from rapport.domain.levels import Level


def regular_buyer(level: Level = Level.PROFESSIONAL, **more):
    # every 14 or 21 days, from 8 months ago to three weeks ago
    days, d = [], 245
    while d > 5:
        days.append(d)
        d -= 14 if len(days) % 2 else 21
    return make([entry(K.PURCHASE, d, id=1000 + d) for d in days], level=level, **more)


def test_a_steady_rhythm_of_orders_suggests_structural() -> None:
    facts = regular_buyer()
    [found] = suggest_levels(facts, NOW)
    assert found.level is Level.STRUCTURAL
    assert found.reason == "Part of their routine"
    assert found.evidence == (
        "Ordered every 2–3 weeks for 8 months.",
        "14 orders since 29 Sep 2025; the latest on 11 May 2026.",
    )
    assert len(found.entry_ids) == 14  # every order it rests on
    assert found.basis == "from:professional:2026"


def test_no_structural_suggestion_for_a_broken_rhythm_or_a_level_already_there() -> None:
    facts = regular_buyer()
    stopped = replace(facts, entries=tuple(e for e in facts.entries if e.at < ago(80)))
    assert suggest_levels(stopped, NOW) == []
    assert suggest_levels(regular_buyer(Level.STRUCTURAL), NOW) == []
    assert suggest_levels(regular_buyer(Level.POWER), NOW) == []
    few = make([entry(K.PURCHASE, d) for d in (10, 30, 50, 70, 90)])  # only five orders
    assert suggest_levels(few, NOW) == []


def test_a_dismissed_level_suggestion_stays_quiet_while_the_level_stays() -> None:
    facts = regular_buyer()
    [found] = suggest_levels(facts, NOW)
    quiet = replace(facts, dismissed_levels=frozenset({found.key}))
    assert suggest_levels(quiet, NOW) == []
    next_year = NOW.replace(year=2027, month=1, day=5)
    later = replace(quiet, entries=(*quiet.entries, *[
        entry(K.PURCHASE, -d) for d in range(10, 220, 17)]))  # fmt: skip
    assert [s.level for s in suggest_levels(later, next_year)] == [Level.STRUCTURAL]


def warm_months(level: Level = Level.PROFESSIONAL, **more):
    return make(
        [
            entry(K.PRAISE, 200, id=1),
            entry(K.CALL, 150, 1, id=2),
            entry(K.VISIT, 100, 2, id=3),
            entry(K.MESSAGE, 40, 1, id=4),
            entry(K.PRAISE, 10, id=5),
            entry(K.CALL, 5, 0, id=6),  # neutral: not warm
        ],
        level=level,
        **more,
    )


def test_warmth_over_months_suggests_personal() -> None:
    [found] = suggest_levels(warm_months(check_ins=[check(20, liking=5)]), NOW)
    assert found.level is Level.PERSONAL
    assert found.evidence == (
        "5 warm entries in 5 different months in the last 12 months "
        "(2 praise, 3 friendly contacts).",
        "Your last check-in says they like working with you (5/5).",
    )
    assert found.entry_ids == (1, 2, 3, 4, 5)


def test_warmth_in_one_burst_or_with_a_poor_liking_is_not_personal() -> None:
    burst = make([entry(K.PRAISE, d) for d in (3, 5, 7, 9, 11, 13)])
    assert suggest_levels(burst, NOW) == []
    assert suggest_levels(warm_months(check_ins=[check(20, liking=2)]), NOW) == []
    assert suggest_levels(warm_months(Level.PERSONAL), NOW) == []


def served(days: float, people: set[int], sentiment: int | None = 1, id: int = 0) -> EntryFact:
    return EntryFact(K.MEETING, ago(days), sentiment, id, served_by=frozenset(people))


def test_served_well_by_three_of_our_people_suggests_power() -> None:
    facts = make(
        [
            served(90, {1}, id=1),
            served(60, {2}, 2, id=2),
            served(30, {1, 3}, id=3),
            served(20, {4}, -1, id=4),  # not taken well: Dirk does not count
        ],
        level=Level.STRUCTURAL,
    )
    [found] = suggest_levels(facts, NOW)
    assert found.level is Level.POWER
    assert found.evidence == (
        "Served well by 3 of your people in the last 12 months.",
        "3 entries taken well with them.",
    )
    assert found.entry_ids == (1, 2, 3)


def test_power_waits_for_our_people() -> None:
    """Until entries say who of ours took part, nobody has served them."""
    facts = make([entry(K.MEETING, d, 2) for d in range(5, 300, 10)], level=Level.STRUCTURAL)
    assert suggest_levels(facts, NOW) == []
