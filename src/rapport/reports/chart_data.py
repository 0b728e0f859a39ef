"""Turning the store's chart records into what is drawn: bands, counts, windows.

Pure Python, no matplotlib: each step here is tested on its own with known data,
and the figure modules only place what these functions computed. Times are counted
in the owner's time zone (`tz`; None means this computer's), so an entry written
late on the last evening of a month counts in that month.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum

from rapport.domain.stages import Stage
from rapport.i18n import Words
from rapport.store.charts import BookCustomer, ChartStageChange, CustomerChartData, StageMove

ChartDataText = Words("ChartDataText")

#: A window never spans less than this, so one entry does not fill the whole width.
MIN_SPAN = timedelta(days=28)
#: Up to this span the activity bars count weeks; beyond it, months.
WEEKLY_UP_TO = timedelta(days=124)


class ChartRange(StrEnum):
    """The spans the range selector offers."""

    THREE_MONTHS = "3m"
    YEAR = "1y"
    ALL = "all"

    @property
    def label(self) -> str:
        """What the selector says."""
        if self is ChartRange.THREE_MONTHS:
            return ChartDataText.tr("3 months")
        if self is ChartRange.YEAR:
            return ChartDataText.tr("A year")
        return ChartDataText.tr("All")

    @property
    def days(self) -> int | None:
        """How far back the range reaches (None: to the very beginning)."""
        return {"3m": 91, "1y": 365, "all": None}[self.value]


@dataclass(frozen=True)
class Window:
    """The span of time a chart shows."""

    start: datetime
    end: datetime

    @property
    def span(self) -> timedelta:
        """How long the window is."""
        return self.end - self.start

    def contains(self, moment: datetime) -> bool:
        """Whether a moment falls inside the window."""
        return self.start <= moment <= self.end


def window_for(data: CustomerChartData, chosen: ChartRange) -> Window:
    """The window a range shows for this customer, with a little air at both ends."""
    end, first = data.now, data.started_at
    start = first if chosen.days is None else max(end - timedelta(days=chosen.days), first)
    if end - start < MIN_SPAN:
        start = end - MIN_SPAN
    air = (end - start) * 0.02
    return Window(start - air, end + air)


def since_for(now: datetime, chosen: ChartRange) -> datetime | None:
    """Where the store's health samples should start for a range (None: the beginning)."""
    return None if chosen.days is None else now - timedelta(days=chosen.days + 7)


@dataclass(frozen=True)
class StageBand:
    """A stage as a span of time, clipped to the window; `change` is the move that began it."""

    stage: Stage
    start: datetime
    end: datetime
    change: ChartStageChange
    began_in_window: bool


def stage_bands(stages: Sequence[ChartStageChange], window: Window) -> list[StageBand]:
    """Each stage from its change to the next one (the last one to the window's end)."""
    bands = []
    for i, change in enumerate(stages):
        until = stages[i + 1].at if i + 1 < len(stages) else window.end
        start, end = max(change.at, window.start), min(until, window.end)
        if end <= start:
            continue
        bands.append(StageBand(change.stage, start, end, change, change.at >= window.start))
    return bands


def local(moment: datetime, tz: tzinfo | None = None) -> datetime:
    """A stored (aware) time as a naive time in the owner's zone, as the axes use it."""
    return moment.astimezone(tz).replace(tzinfo=None)


def month_start(day: date) -> date:
    """The first of the month a day falls in."""
    return day.replace(day=1)


def next_month(day: date) -> date:
    """The first of the following month."""
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def week_start(day: date) -> date:
    """The Monday of the week a day falls in."""
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class Bucket:
    """A count over one period (a week or a month) starting on `start`."""

    start: date
    end: date
    count: int


def count_by_period(
    times: Iterable[datetime], window: Window, weekly: bool, tz: tzinfo | None = None
) -> list[Bucket]:
    """How many times fall in each week or month of the window, empty periods included."""
    first, last = local(window.start, tz).date(), local(window.end, tz).date()
    begin = week_start if weekly else month_start
    counts = Counter(begin(local(t, tz).date()) for t in times if window.contains(t))
    buckets = []
    period = begin(first)
    while period <= last:
        following = period + timedelta(days=7) if weekly else next_month(period)
        buckets.append(Bucket(period, following, counts.get(period, 0)))
        period = following
    return buckets


def quiet_spells(buckets: Sequence[Bucket], shortest: int = 2) -> list[tuple[date, date]]:
    """Runs of at least `shortest` empty periods, as (first day, day after) pairs.

    Empty periods at the very start (before anything was logged) are not a spell.
    """
    spells, run_start = [], None
    seen_any = False
    for i, bucket in enumerate(buckets):
        if bucket.count:
            if run_start is not None and i - run_start >= shortest and seen_any:
                spells.append((buckets[run_start].start, bucket.start))
            run_start, seen_any = None, True
        elif run_start is None:
            run_start = i
    if run_start is not None and seen_any and len(buckets) - run_start >= shortest:
        spells.append((buckets[run_start].start, buckets[-1].end))
    return spells


def without_private(data: CustomerChartData) -> CustomerChartData:
    """The same data without private entries (for a printout that leaves them out)."""
    return replace(data, entries=tuple(e for e in data.entries if not e.private))


# --- the whole book ---------------------------------------------------------------------


def days_in_stage(customers: Iterable[BookCustomer], now: datetime) -> dict[Stage, list[int]]:
    """For each stage, the whole days each customer in it has been there, longest first."""
    found: dict[Stage, list[int]] = {stage: [] for stage in Stage}
    for c in customers:
        if c.stage is not None and c.stage_since is not None:
            found[c.stage].append(max(0, (now - c.stage_since).days))
    return {stage: sorted(days, reverse=True) for stage, days in found.items()}


@dataclass(frozen=True)
class MonthOfMoves:
    """Stage changes in one month: conflicts opened, conflicts resolved, other moves."""

    start: date
    opened: int
    resolved: int
    other: int


def moves_by_month(
    moves: Iterable[StageMove], now: datetime, months: int = 12, tz: tzinfo | None = None
) -> list[MonthOfMoves]:
    """The last `months` months (this one included) of stage changes.

    A move into Conflict opens a conflict; a move out of Conflict (to any other stage)
    resolves one; a customer's first stage and every other move count as "other".
    """
    last = month_start(local(now, tz).date())
    firsts = [last]
    while len(firsts) < months:
        firsts.insert(0, month_start(firsts[0] - timedelta(days=1)))
    tally = {m: [0, 0, 0] for m in firsts}
    for move in moves:
        month = month_start(local(move.at, tz).date())
        if month not in tally or move.at > now:
            continue
        if move.stage is Stage.CONFLICT and move.previous is not Stage.CONFLICT:
            tally[month][0] += 1
        elif move.previous is Stage.CONFLICT and move.stage is not Stage.CONFLICT:
            tally[month][1] += 1
        else:
            tally[month][2] += 1
    return [MonthOfMoves(m, *tally[m]) for m in firsts]
