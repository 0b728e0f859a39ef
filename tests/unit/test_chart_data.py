"""The chart data steps on known data: windows, stage bands, counts, quiet spells, moves."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

from chartbuilders import NOW, START, STORY_STAGES, book, day, entries, story

from rapport.domain.kinds import EntryKind
from rapport.domain.stages import Stage
from rapport.reports.chart_data import (
    MIN_SPAN,
    ChartRange,
    Window,
    count_by_period,
    days_in_stage,
    moves_by_month,
    quiet_spells,
    since_for,
    stage_bands,
    window_for,
    without_private,
)
from rapport.store.charts import ChartEntry, StageMove, sample_moments


def test_ranges_reach_back_from_now_but_not_before_the_start() -> None:
    data = story()
    whole = window_for(data, ChartRange.ALL)
    assert whole.start < START < NOW < whole.end
    assert (whole.end - NOW) == (START - whole.start)  # the same air at both ends
    three = window_for(data, ChartRange.THREE_MONTHS)
    assert abs((NOW - three.start) - timedelta(days=91) * 1.02) < timedelta(hours=1)
    young = replace(data, created_at=NOW - timedelta(days=3), stages=(), entries=())
    assert window_for(young, ChartRange.YEAR).span >= MIN_SPAN
    assert since_for(NOW, ChartRange.ALL) is None
    assert since_for(NOW, ChartRange.YEAR) == NOW - timedelta(days=372)


def test_stage_bands_run_from_each_change_to_the_next_clipped_to_the_window() -> None:
    window = Window(day(100), day(200))
    bands = stage_bands(STORY_STAGES, window)
    assert [(b.stage, b.start, b.end, b.began_in_window) for b in bands] == [
        (Stage.COMPATIBILITY, day(100), day(150), False),
        (Stage.CONFLICT, day(150), day(170), True),
        (Stage.COMPROMISE, day(170), day(200), True),
    ]
    assert bands[1].change.reason == "Burnt roast delivered"
    last = stage_bands(STORY_STAGES, Window(day(0), day(400)))[-1]
    assert (last.stage, last.end) == (Stage.DEEPER_UNDERSTANDING, day(400))


def test_two_changes_at_the_same_moment_leave_no_empty_band() -> None:
    same = (*STORY_STAGES[:2], replace(STORY_STAGES[2], at=STORY_STAGES[1].at))
    bands = stage_bands(same, Window(day(0), day(60)))
    assert [b.stage for b in bands] == [Stage.ATTRACTION, Stage.CONFLICT]


def test_counts_per_month_include_empty_months_and_only_the_window() -> None:
    times = [datetime(2026, 1, 5, tzinfo=UTC), datetime(2026, 1, 30, tzinfo=UTC)]
    times += [datetime(2026, 3, 2, tzinfo=UTC), datetime(2025, 6, 1, tzinfo=UTC)]
    window = Window(datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 3, 31, tzinfo=UTC))
    buckets = count_by_period(times, window, weekly=False, tz=UTC)
    assert [(b.start, b.count) for b in buckets] == [
        (date(2026, 1, 1), 2),
        (date(2026, 2, 1), 0),
        (date(2026, 3, 1), 1),
    ]
    assert buckets[-1].end == date(2026, 4, 1)


def test_counts_follow_the_owners_time_zone() -> None:
    late = datetime(2026, 1, 31, 23, 30, tzinfo=UTC)  # already February in Brussels
    window = Window(datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 2, 27, tzinfo=UTC))
    brussels = timezone(timedelta(hours=1))
    utc = [b.count for b in count_by_period([late], window, weekly=False, tz=UTC)]
    local = [b.count for b in count_by_period([late], window, weekly=False, tz=brussels)]
    assert utc == [1, 0] and local == [0, 1]


def test_weeks_start_on_monday() -> None:
    window = Window(datetime(2026, 3, 4, tzinfo=UTC), datetime(2026, 3, 20, tzinfo=UTC))
    buckets = count_by_period([datetime(2026, 3, 8, 12, tzinfo=UTC)], window, True, UTC)
    assert [b.start.isoformat() for b in buckets] == ["2026-03-02", "2026-03-09", "2026-03-16"]
    assert [b.count for b in buckets] == [1, 0, 0]


def test_quiet_spells_are_runs_of_empty_periods_after_the_first_entry() -> None:
    window = Window(datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 8, 30, tzinfo=UTC))
    times = [datetime(2026, m, 10, tzinfo=UTC) for m in (2, 3, 6)]
    buckets = count_by_period(times, window, weekly=False, tz=UTC)
    assert quiet_spells(buckets) == [
        (date(2026, 4, 1), date(2026, 6, 1)),  # April and May
        (date(2026, 7, 1), date(2026, 9, 1)),  # July and August, up to now
    ]
    assert quiet_spells(buckets, shortest=3) == []


def test_private_entries_can_be_left_out() -> None:
    secret = ChartEntry(9, day(2), EntryKind.NOTE, None, "Their divorce", private=True)
    data = replace(story(), entries=(*entries((1, 1)), secret))
    assert [e.id for e in without_private(data).entries] == [1]


def test_conflicts_opened_and_resolved_are_counted_per_month() -> None:
    now = datetime(2026, 6, 15, tzinfo=UTC)
    moves = [
        StageMove(datetime(2026, 5, 3, tzinfo=UTC), Stage.CONFLICT, Stage.COMPATIBILITY),
        StageMove(datetime(2026, 5, 20, tzinfo=UTC), Stage.COMPROMISE, Stage.CONFLICT),
        StageMove(datetime(2026, 6, 1, tzinfo=UTC), Stage.CONFLICT, None),
        StageMove(datetime(2026, 6, 2, tzinfo=UTC), Stage.ATTRACTION, None),
        StageMove(datetime(2024, 6, 2, tzinfo=UTC), Stage.CONFLICT, None),  # too old
    ]
    months = moves_by_month(moves, now, months=3, tz=UTC)
    assert [(m.start.month, m.opened, m.resolved, m.other) for m in months] == [
        (4, 0, 0, 0),
        (5, 1, 1, 0),
        (6, 1, 0, 1),
    ]


def test_days_in_stage_groups_customers_longest_first() -> None:
    grouped = days_in_stage(book().customers, NOW)
    assert grouped[Stage.CONFLICT] == [45]
    assert grouped[Stage.DEEPER_UNDERSTANDING] == [300]
    assert grouped[Stage.COMPATIBILITY] == []


def test_health_samples_are_even_and_end_now() -> None:
    moments = sample_moments(START, NOW, 120)
    assert len(moments) == 120 and moments[0] == START and moments[-1] == NOW
    assert len(sample_moments(NOW - timedelta(days=3), NOW, 120)) == 4  # one a day at most
    assert sample_moments(NOW, NOW, 120) == [NOW]
