"""The health score: properties that must always hold, and worked examples with exact numbers."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from factbuilders import NOW, K, ago, check, entry, make
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rapport.domain.cadence import cadence_for
from rapport.domain.checkins import Answers, CheckIn
from rapport.domain.facts import EntryFact, RelationshipFacts
from rapport.domain.health import Band, HealthSettings, health, health_over_time
from rapport.domain.kinds import EntryKind
from rapport.domain.levels import Level
from rapport.domain.lifecycle import StageSpan
from rapport.domain.stages import Stage

MAX_MINUTES = 1500 * 24 * 60
#: A purchase is business as well as contact: a second order soon after the first sets a
#: rhythm the customer may already be behind (issue 15); test_health_both_ways.py has
#: its own properties.
NEUTRAL_CONTACT = [K.MEETING, K.CALL, K.MESSAGE, K.VISIT]


def minutes_ago(m: int) -> datetime:
    return NOW - timedelta(minutes=m)


answers = st.builds(Answers, *[st.none() | st.integers(1, 5) for _ in range(6)])
entries = st.lists(
    st.builds(
        lambda k, m, s: EntryFact(k, minutes_ago(m), s),
        st.sampled_from(list(EntryKind)),
        st.integers(0, MAX_MINUTES),
        st.none() | st.integers(-2, 2),
    ),
    max_size=40,
)
facts_st = st.builds(
    lambda es, checks, stages, level, cadence, created: RelationshipFacts(
        customer_id=1,
        level=level,
        cadence_days=cadence,
        created_at=minutes_ago(created),
        entries=tuple(es),
        stages=tuple(StageSpan(s, minutes_ago(m)) for s, m in stages),
        check_ins=tuple(CheckIn(1, minutes_ago(m), a) for m, a in checks),
    ).sorted_copy(),
    entries,
    st.lists(st.tuples(st.integers(0, MAX_MINUTES), answers), max_size=3),
    st.lists(st.tuples(st.sampled_from(list(Stage)), st.integers(0, MAX_MINUTES)), max_size=4),
    st.sampled_from(list(Level)),
    st.none() | st.integers(1, 120),
    st.integers(0, MAX_MINUTES),
)


def with_entry(facts: RelationshipFacts, extra: EntryFact) -> RelationshipFacts:
    return replace(facts, entries=(*facts.entries, extra)).sorted_copy()


# --- properties --------------------------------------------------------------------------


@given(facts_st)
def test_score_stays_within_0_and_100_and_equals_its_factors(facts: RelationshipFacts) -> None:
    report = health(facts, NOW)
    assert 0 <= report.score <= 100
    assert report.score == max(0, min(100, 50 + sum(f.points for f in report.factors)))


@given(facts_st, st.sampled_from(NEUTRAL_CONTACT), st.floats(0, 1))
def test_more_recent_contact_never_lowers_the_score(
    facts: RelationshipFacts, kind: EntryKind, where: float
) -> None:
    contacts = [e.at for e in facts.entries if e.kind.is_contact]
    floor = max(contacts) if contacts else facts.created_at
    assert floor is not None
    at = floor + (NOW - floor) * where
    assert health(with_entry(facts, EntryFact(kind, at)), NOW).score >= health(facts, NOW).score


@given(facts_st, st.integers(0, MAX_MINUTES), st.none() | st.integers(-2, 2))
def test_a_broken_commitment_never_raises_the_score(
    facts: RelationshipFacts, minutes: int, sentiment: int | None
) -> None:
    broken = EntryFact(K.COMMITMENT_BROKEN, minutes_ago(minutes), sentiment)
    assert health(with_entry(facts, broken), NOW).score <= health(facts, NOW).score


@given(
    st.integers(366, 1200),
    st.integers(30, 300),
    st.integers(1, 15),
    st.sampled_from([K.MEETING, K.CALL, K.VISIT]),
)
def test_an_old_quiet_spell_in_a_long_relationship_does_not_count(
    gap_end: int, gap_length: int, step: int, kind: EntryKind
) -> None:
    """Contact every few days for four years, except one long silence over a year ago."""
    regular = [entry(kind, d) for d in range(0, 1500, step)]
    quiet = [e for e in regular if not gap_end <= (NOW - e.at).days <= gap_end + gap_length]
    with_spell = health(make(quiet, created=1500), NOW)
    without = health(make(regular, created=1500), NOW)
    assert with_spell.score == without.score == 60


@given(st.integers(0, 3000), st.sampled_from(list(Level)), st.sampled_from(list(Stage)))
def test_silence_alone_never_takes_a_relationship_below_20(
    silent_days: int, level: Level, stage: Stage
) -> None:
    history = [entry(K.MEETING, d) for d in range(silent_days, silent_days + 1000, 20)]
    facts = make(history, stages=[(stage, silent_days + 1000)], created=silent_days + 1000)
    assert health(replace(facts, level=level), NOW).score >= 20


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=60)
@given(facts_st, st.lists(st.integers(0, MAX_MINUTES), min_size=1, max_size=5))
def test_score_over_time_uses_only_the_evidence_up_to_each_date(
    facts: RelationshipFacts, moments: list[int]
) -> None:
    dates = [minutes_ago(m) for m in moments]
    for at, report in zip(dates, health_over_time(facts, dates), strict=True):
        past = replace(
            facts,
            entries=tuple(e for e in facts.entries if e.at <= at),
            stages=tuple(s for s in facts.stages if s.at <= at),
            check_ins=tuple(c for c in facts.check_ins if c.at <= at),
        )
        assert report == health(past, at)


# --- worked examples ---------------------------------------------------------------------


def worked_example(conflict: bool = False) -> RelationshipFacts:
    """A professional customer since early 2025 (cadence 30 days)."""
    entries = [
        entry(K.FAVOUR_RECEIVED, (NOW - datetime(2025, 12, 1, 12, tzinfo=UTC)).days, 1),
        entry(K.COMMITMENT_KEPT, (NOW - datetime(2026, 1, 10, 12, tzinfo=UTC)).days, 1),
        entry(K.FAVOUR_GIVEN, (NOW - datetime(2026, 2, 10, 12, tzinfo=UTC)).days, 1),
        entry(K.COMMITMENT_BROKEN, (NOW - datetime(2026, 2, 20, 12, tzinfo=UTC)).days, -2),
        entry(K.MEETING, 48, 1),
    ]
    stages = [(Stage.COMPATIBILITY, 500)]
    if conflict:
        entries.append(entry(K.COMPLAINT, 42, -2))
        stages.append((Stage.CONFLICT, 42))
    checks = [check(90, trust=4, their_word=4, value=4, help=4, needs=4, liking=4)]
    return make(entries, stages=stages, created=500, check_ins=checks)


def test_worked_example_on_a_fair_relationship() -> None:
    report = health(worked_example(), NOW)
    assert [f.text for f in report.factors] == [
        # all answers 4 → 75 on 0–100 → (75 − 50) × 0.4; 90 days old is within one interval
        "+10: check-in of 3 Mar 2026 averaged 4.0 of 5 on 6 answers",
        # 48 / 30 = 1.6 cadence lengths → 10 − 20 × (1.6 − 0.5)
        "−12: no contact for 48 days; cadence 30 days",
        # one received (+2), one given (+1)
        "+3: 1 favour received and 1 given in the last 12 months",
        # one kept (+2), one broken (−6)
        "−4: 1 commitment kept and 1 broken in the last 12 months",
        # their word: no promise of theirs logged (a commitment without a side is ours)
        "0: no commitments kept or broken in the last 12 months",
        # business substance: no purchase logged
        "0: no purchase in the last 12 months",
        # latest rated within 120 days (meeting +1, favour +1; the broken promise is not a mood)
        # = 1.0 × 5; the rest of the year (favour +1, kept +1) = 1.0: steady, no trend points
        "+5: mood positive lately (latest rated entries, newest first: +1, +1), "
        "steady at +1 before",
    ]
    assert report.score == 50 + 10 - 12 + 3 - 4 + 5 == 52
    assert report.band is Band.FAIR
    assert report.days_overdue == 18


def test_worked_example_in_conflict_uses_the_shorter_cadence() -> None:
    report = health(worked_example(conflict=True), NOW)
    touch, mood = report.factor("touch"), report.factor("mood")
    assert touch.text == "−30: no contact for 42 days; cadence 14 days while in Conflict"
    # latest three: complaint −2, meeting +1, favour +1 → 0; the year before +1 → change −1 × 3
    assert mood.text == (
        "−3: mood neutral lately (latest rated entries, newest first: −2, +1, +1), "
        "down from +1 before"
    )
    assert report.score == 50 + 10 - 30 + 3 - 4 - 3 == 26
    assert report.band is Band.WEAK


def test_a_new_customer_starts_fair() -> None:
    report = health(make(created=1, stages=[(Stage.ATTRACTION, 1)]), NOW)
    assert report.score == 60
    assert report.factor("touch").text == (
        "+10: no contact logged since they were added 1 day ago; "
        "cadence 21 days while in Attraction"
    )


def test_an_old_check_in_fades() -> None:
    # 182 days = two intervals: weight (4 × 91 − 182) / (3 × 91) = 2/3 of +10
    facts = make([entry(K.CALL, 1)], check_ins=[check(182, trust=4, liking=4)])
    factor = health(facts, NOW).factor("check_in")
    assert factor.points == 7
    assert factor.sentence.endswith("counted at 67% as it is 182 days old")
    gone = make([entry(K.CALL, 1)], check_ins=[check(364, trust=5)])
    assert health(gone, NOW).factor("check_in").points == 0


def test_unrated_complaints_and_praise_carry_their_own_mood() -> None:
    facts = make([entry(K.COMPLAINT, 3), entry(K.COMPLAINT, 2), entry(K.PRAISE, 1)])
    assert health(facts, NOW).factor("mood").points == round(-1 / 3 * 5)


def test_mood_reads_the_latest_few_marks_against_the_year_before() -> None:
    """Two bad contacts after months of good ones weigh as what they are: the latest news."""
    good_year = [entry(K.MEETING, d, 1) for d in range(60, 360, 30)]
    facts = make([*good_year, entry(K.COMPLAINT, 40, -2), entry(K.CALL, 9, -1)])
    mood = health(facts, NOW).factor("mood")
    # latest three: −1, −2, +1 → −2/3 × 5 = −3.3; change from +1 is −1.67 × 3, capped at −5
    assert mood.points == -8
    assert mood.sentence == (
        "mood negative lately (latest rated entries, newest first: −1, −2, +1), down from +1 before"
    )
    old_marks = make([entry(K.MEETING, 150, 2), entry(K.CALL, 10)])
    assert health(old_marks, NOW).factor("mood").text == "0: no rated entries in the last 4 months"


def test_help_counts_what_comes_back() -> None:
    one_way = make([entry(K.FAVOUR_GIVEN, d) for d in (10, 50, 90, 130)])
    assert health(one_way, NOW).factor("help").text == (
        "0: 4 favours given, none received in the last 12 months"
    )
    both = make([*one_way.entries, entry(K.FAVOUR_RECEIVED, 20)])
    assert health(both, NOW).factor("help").points == 2 + 1


def test_a_broken_commitment_is_not_contact() -> None:
    facts = make([entry(K.MEETING, 60), entry(K.COMMITMENT_BROKEN, 1)])
    assert health(facts, NOW).days_since_contact == 60


def test_a_note_to_self_is_not_contact() -> None:
    """A note "I must call her" written today does not mean we talked today."""
    facts = make([entry(K.CALL, 82), entry(K.NOTE, 18)])
    report = health(facts, NOW)
    assert report.days_since_contact == 82
    assert report.factor("touch").text.startswith("−30: no contact for 82 days")


def test_days_are_counted_in_the_owners_time_zone() -> None:
    from datetime import timezone

    sydney = timezone(timedelta(hours=10))
    evening = datetime(2026, 5, 31, 22, 0, tzinfo=sydney)
    morning = datetime(2026, 6, 1, 7, 0, tzinfo=sydney)
    facts = make([EntryFact(K.CALL, evening)])
    assert health(facts, morning).days_since_contact == 1


def test_cadence_defaults_per_level_and_stage() -> None:
    assert cadence_for(Level.PROFESSIONAL, Stage.COMPATIBILITY, None).days == 30
    assert cadence_for(Level.STRUCTURAL, Stage.DEEPER_UNDERSTANDING, None).days == 45
    assert cadence_for(Level.POWER, Stage.ATTRACTION, None).days == 21
    assert cadence_for(Level.POWER, Stage.CONFLICT, 90).describe() == (
        "cadence 14 days while in Conflict"
    )
    assert cadence_for(Level.POWER, Stage.CONFLICT, 7).days == 7
    own = cadence_for(Level.PERSONAL, Stage.COMPATIBILITY, 60)
    assert own.describe() == "cadence 60 days (set for this customer)"


def test_settings_change_the_thresholds() -> None:
    facts = worked_example()
    assert health(facts, NOW, HealthSettings(base=40)).score == 42
    assert health(facts, NOW, HealthSettings(strong_from=50)).band is Band.STRONG


def test_over_time_accepts_dates_on_a_big_history() -> None:
    kinds = list(EntryKind)
    history = [EntryFact(kinds[i % len(kinds)], ago(i * 0.9), (i % 5) - 2, i) for i in range(2000)]
    facts = make(history, created=2000, check_ins=[check(d, trust=4) for d in range(0, 1800, 91)])
    days = [date(2026, 6, 1) - timedelta(days=18 * i) for i in range(100)]
    reports = health_over_time(facts, days)
    assert len(reports) == 100
    assert reports[0].at == datetime(2026, 6, 1, 23, 59, 59, tzinfo=UTC)
