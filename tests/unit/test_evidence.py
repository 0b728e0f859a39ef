"""What Today reads of a customer's history: the part gives the same Today list as the whole."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal

from factbuilders import NOW, K, ago, entry, make
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rapport.domain.checkins import Answers, CheckIn
from rapport.domain.evidence import Lookback, lookbacks, merge_entries, trim, window_start
from rapport.domain.facts import BookFacts, EntryFact, RelationshipFacts
from rapport.domain.health import HealthSettings
from rapport.domain.kinds import EntryKind
from rapport.domain.levels import Level
from rapport.domain.lifecycle import StageSpan
from rapport.domain.risk import RiskSettings
from rapport.domain.settings import RuleSettings
from rapport.domain.stages import Stage
from rapport.domain.today import compose_today

MAX_MINUTES = 1500 * 24 * 60
FUTURE_MINUTES = 40 * 24 * 60


def minutes_ago(m: int) -> datetime:
    return NOW - timedelta(minutes=m)


answers = st.builds(Answers, *[st.none() | st.integers(1, 5) for _ in range(6)])
when = st.integers(-FUTURE_MINUTES, MAX_MINUTES)
#: Each customer's entries use a few kinds only, so that rules needing an absence (no
#: business lately, no compromise since the conflict began) fire often enough to test.
customer = st.builds(
    lambda cid, palette, es, checks, stages, level, cadence, created, value: RelationshipFacts(
        customer_id=cid,
        name=f"Customer {cid}",
        level=level,
        cadence_days=cadence,
        account_value=Decimal(value) if value is not None else None,
        created_at=minutes_ago(created),
        entries=tuple(EntryFact(palette[k % len(palette)], minutes_ago(m), s) for k, m, s in es),
        stages=tuple(StageSpan(s, minutes_ago(m)) for s, m in stages),
        check_ins=tuple(CheckIn(cid, minutes_ago(m), a) for m, a in checks),
    ).sorted_copy(),
    st.integers(1, 10_000),
    st.lists(st.sampled_from(list(EntryKind)), min_size=1, max_size=5),
    st.lists(
        st.tuples(st.integers(0, 4), when, st.none() | st.integers(-2, 2)),
        max_size=60,
    ),
    st.lists(st.tuples(when, answers), max_size=3),
    st.lists(
        st.tuples(st.sampled_from([*Stage, Stage.CONFLICT, Stage.CONFLICT]), when), max_size=5
    ),
    st.sampled_from(list(Level)),
    st.none() | st.integers(1, 120),
    st.integers(0, MAX_MINUTES),
    st.none() | st.integers(0, 50_000),
)
books = st.lists(customer, min_size=1, max_size=6, unique_by=lambda c: c.customer_id)
#: In Conflict since before the window, with complaints and perhaps compromises on both sides.
long_conflict = st.builds(
    lambda facts, began, complaints, adapting: replace(
        facts,
        stages=(StageSpan(Stage.COMPATIBILITY, minutes_ago(MAX_MINUTES)),
                StageSpan(Stage.CONFLICT, minutes_ago(began))),
        entries=(
            *facts.entries,
            *(EntryFact(K.COMPLAINT, minutes_ago(m)) for m in complaints),
            *(EntryFact(k, minutes_ago(m), s) for k, m, s in adapting),
        ),
    ).sorted_copy(),
    customer,
    st.integers(370 * 24 * 60, MAX_MINUTES - 1),
    st.lists(when, max_size=6),
    st.lists(
        st.tuples(st.sampled_from([K.FAVOUR_GIVEN, K.COMMITMENT_KEPT]), when,
                  st.none() | st.integers(-2, 2)),
        max_size=3,
    ),
)  # fmt: skip
SHORT = RuleSettings(
    health=HealthSettings(
        reciprocity_window_days=200, mood_earlier_days=150, business_window_days=180
    ),
    risk=RiskSettings(warm_window_days=30, one_way_window_days=250, conflict_max_days=10),
)


def same_today(customers: list[RelationshipFacts], rules: RuleSettings) -> None:
    whole = compose_today(BookFacts(customers=tuple(customers)), NOW, rules)
    part = compose_today(
        BookFacts(customers=tuple(trim(c, NOW, rules) for c in customers)), NOW, rules
    )
    assert part == whole


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(books)
def test_the_part_today_reads_gives_the_same_list_as_the_whole_record(
    customers: list[RelationshipFacts],
) -> None:
    same_today(customers, RuleSettings())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(books)
def test_the_window_follows_the_settings(customers: list[RelationshipFacts]) -> None:
    assert window_start(NOW, SHORT) == NOW - timedelta(days=250)
    same_today(customers, SHORT)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(long_conflict, min_size=1, max_size=3, unique_by=lambda c: c.customer_id))
def test_a_long_conflict_reads_the_same_from_the_part(customers: list[RelationshipFacts]) -> None:
    same_today(customers, RuleSettings())


@given(customer)
def test_the_part_keeps_real_entries_in_their_order(facts: RelationshipFacts) -> None:
    part = trim(facts, NOW)
    whole = iter(facts.entries)  # the part is a subsequence of the whole: same objects, order
    assert all(any(e is w for w in whole) for e in part.entries)
    assert len(part.check_ins) <= 1


# --- worked examples ------------------------------------------------------------------------


def test_a_lively_customer_needs_nothing_older_than_the_year() -> None:
    facts = make([entry(K.MEETING, 400), entry(K.CALL, 20), entry(K.MEETING, 60)])
    assert lookbacks(facts, NOW, window_start(NOW)) == []
    assert [e.at for e in trim(facts, NOW).entries] == [ago(400), ago(60), ago(20)]


def test_a_quiet_customer_is_asked_for_the_last_contact_note_and_business() -> None:
    facts = make([entry(K.MEETING, 500), entry(K.NOTE, 450), entry(K.NOTE, 420)])
    kinds = [q.kinds for q in lookbacks(facts, NOW, window_start(NOW))]
    assert frozenset({K.NOTE}) in kinds and frozenset({K.MEETING, K.PURCHASE,
        K.COMMITMENT_MADE, K.COMMITMENT_KEPT}) in kinds  # fmt: skip
    kept = trim(facts, NOW).entries
    assert [(e.kind, e.at) for e in kept] == [(K.MEETING, ago(500)), (K.NOTE, ago(420))]


def test_a_long_conflict_keeps_its_complaints_and_the_latest_compromise() -> None:
    facts = make(
        [
            entry(K.COMPLAINT, 700),
            entry(K.FAVOUR_GIVEN, 650, sentiment=2),
            entry(K.COMPLAINT, 600),
            entry(K.COMPLAINT, 500),
            entry(K.FAVOUR_GIVEN, 450, sentiment=0),
            entry(K.CALL, 10),
        ],
        stages=[(Stage.COMPATIBILITY, 800), (Stage.CONFLICT, 610)],
        created=800,
    )
    asked = lookbacks(facts, NOW, window_start(NOW))
    assert Lookback(1, frozenset({K.COMPLAINT}), every=True, start=ago(610)) in asked
    kept = {(e.kind, e.at) for e in trim(facts, NOW).entries}
    assert kept == {
        (K.COMPLAINT, ago(700)),  # the first entry
        (K.FAVOUR_GIVEN, ago(650)),  # the latest compromise before the window
        (K.COMPLAINT, ago(600)),
        (K.COMPLAINT, ago(500)),
        (K.CALL, ago(10)),
    }


def test_only_the_latest_check_in_up_to_now_is_read() -> None:
    facts = make(check_ins=[CheckIn(1, ago(d), Answers(trust=3)) for d in (200, 100, -5)])
    assert [c.at for c in trim(facts, NOW).check_ins] == [ago(100)]


def test_entries_read_twice_are_merged_once_in_time_order() -> None:
    a, b = EntryFact(K.CALL, ago(5), None, 1), EntryFact(K.NOTE, ago(9), None, 2)
    assert merge_entries([a, b], [replace(a)]) == (b, a)
