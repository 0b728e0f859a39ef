"""Backup thinning over a simulated year, and when the next automatic backup is due."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from rapport.domain.retention import (
    AUTO_BACKUP_INTERVAL,
    DEFAULT_RETENTION,
    Retention,
    backup_due,
    backups_to_keep,
)

START = datetime(2025, 1, 1, 8, 0, tzinfo=UTC)


def simulate_year() -> tuple[list[datetime], datetime]:
    """A working year: a backup every 30 minutes, 8:00 to 18:00 on weekdays, thinned each time."""
    kept: list[datetime] = []
    now = START
    for day in range(365):
        moment = START + timedelta(days=day)
        if moment.weekday() >= 5:
            continue
        for half_hour in range(21):
            now = moment + timedelta(minutes=30 * half_hour)
            kept.append(now)
            kept = sorted(backups_to_keep(kept))
    return kept, now


def test_a_year_of_backups_keeps_recent_ones_densely_and_old_ones_sparsely() -> None:
    kept, now = simulate_year()
    policy = DEFAULT_RETENTION
    assert len(kept) <= policy.most
    assert max(kept) == now, "the newest backup is always kept"
    # dense: the last 8 backups are all there
    assert kept[-policy.recent :] == [now - timedelta(minutes=30 * i) for i in range(7, -1, -1)]
    days = {k.date() for k in kept}
    recent_days = [(now - timedelta(days=d)).date() for d in range(40)]
    last_12_workdays = [d for d in recent_days if d.weekday() < 5][:12]
    assert set(last_12_workdays) <= days, "one backup for each of the last 12 working days"
    weeks = {k.isocalendar()[:2] for k in kept}
    last_10_weeks = {(now - timedelta(weeks=w)).isocalendar()[:2] for w in range(10)}
    assert last_10_weeks <= weeks, "one backup in each of the last 10 weeks"
    months = {(k.year, k.month) for k in kept}
    assert {(2025, m) for m in range(4, 13)} <= months, "one backup in each of the last 9 months"
    oldest = min(kept)
    assert now - oldest > timedelta(days=240), "old backups are kept, sparsely"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.datetimes(
            min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1), timezones=st.just(UTC)
        ),
        max_size=120,
    ),
    st.integers(0, 5),
    st.integers(0, 5),
    st.integers(0, 5),
    st.integers(1, 5),
)
def test_thinning_is_bounded_keeps_the_newest_and_is_stable(
    taken: list[datetime], daily: int, weekly: int, monthly: int, recent: int
) -> None:
    policy = Retention(recent=recent, daily=daily, weekly=weekly, monthly=monthly)
    keep = backups_to_keep(taken, policy)
    assert keep <= set(taken)
    assert len(keep) <= policy.most
    if taken:
        assert max(taken) in keep
    assert backups_to_keep(keep, policy) == keep, "thinning twice removes nothing more"


def test_a_backup_is_due_only_after_a_change_and_at_most_every_30_minutes() -> None:
    now = START
    assert not backup_due(None, changed_since=False, now=now)
    assert backup_due(None, changed_since=True, now=now)
    assert not backup_due(now - timedelta(minutes=29), changed_since=True, now=now)
    assert backup_due(now - AUTO_BACKUP_INTERVAL, changed_since=True, now=now)
    assert not backup_due(now - timedelta(days=3), changed_since=False, now=now)
