"""Backup thinning over a simulated year, and when the next automatic backup is due."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rapport.domain.retention import (
    AUTO_BACKUP_INTERVAL,
    DEFAULT_RETENTION,
    SAFETY_KEPT_FOR,
    Retention,
    backup_due,
    backups_kept,
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


def test_a_backup_taken_before_an_import_outlives_a_day_of_automatic_ones() -> None:
    """The backup before an import is the one to go back to when the import was wrong."""
    before_import = START.replace(hour=9)
    backups = [(before_import, "before-import")]
    now = before_import
    for half_hour in range(1, 21):  # the rest of the day: an automatic backup every 30 minutes
        now = before_import + timedelta(minutes=30 * half_hour)
        backups.append((now, "auto"))
        kept = backups_kept(backups, now)
        backups = [b for b in backups if b[0] in kept]
    assert (before_import, "before-import") in backups
    assert (before_import, "before-import") not in [
        b for b in backups if b[0] in backups_to_keep([t for t, _ in backups])
    ], "the count alone would have dropped it"


@pytest.mark.parametrize("reason", ["before-import", "before-upgrade", "before-restore"])
def test_safety_backups_are_kept_30_days_whatever_the_count_then_thinned_as_usual(
    reason: str,
) -> None:
    policy = Retention(recent=2, daily=0, weekly=0, monthly=0)
    safety = START
    autos = [(START + timedelta(hours=h), "auto") for h in range(1, 5)]
    backups = [(safety, reason), *autos]
    for age, kept in ((timedelta(days=1), True), (SAFETY_KEPT_FOR - timedelta(minutes=1), True)):
        assert (safety in backups_kept(backups, safety + age, policy)) is kept
    assert safety not in backups_kept(backups, safety + SAFETY_KEPT_FOR, policy)
    assert timedelta(days=30) <= SAFETY_KEPT_FOR
    ordinary = [(safety, "auto"), *autos]
    assert safety not in backups_kept(ordinary, safety + timedelta(days=1), policy)


def test_a_year_of_weekly_imports_keeps_each_for_30_days_and_stays_bounded() -> None:
    backups: list[tuple[datetime, str]] = []
    most = 0
    for day in range(365):
        moment = START + timedelta(days=day)
        if moment.weekday() >= 5:
            continue
        for half_hour in range(21):
            now = moment + timedelta(minutes=30 * half_hour)
            reason = "before-import" if moment.weekday() == 0 and half_hour == 3 else "auto"
            backups.append((now, reason))
            kept = backups_kept(backups, now)
            backups = [b for b in backups if b[0] in kept]
            most = max(most, len(backups))
            imports = [t for t, r in backups if r == "before-import"]
            recent_imports = [t for t in imports if now - t < SAFETY_KEPT_FOR]
            all_recent = [
                t
                for t in (START + timedelta(days=d, hours=1, minutes=30) for d in range(day + 1))
                if t.weekday() == 0 and t <= now and now - t < SAFETY_KEPT_FOR
            ]
            assert recent_imports == all_recent
    assert most <= DEFAULT_RETENTION.most + 5, "at most five weekly imports on top of the count"
