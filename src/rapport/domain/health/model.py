"""The health score's vocabulary: its settings, its factors, its report (see the package)."""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from enum import StrEnum

from rapport.domain.cadence import Cadence, CadenceSettings
from rapport.domain.checkins import DEFAULT_INTERVAL_DAYS
from rapport.domain.stages import Stage
from rapport.domain.wording import signed
from rapport.i18n import Words

HealthText = Words("HealthText")

DAY = 86_400.0


@dataclass(frozen=True)
class HealthSettings:
    """Every threshold of the health score; the defaults are documented above."""

    base: int = 50
    check_in_interval_days: int = DEFAULT_INTERVAL_DAYS
    check_in_weight: float = 0.4
    check_in_fades_by: int = 4  # intervals after which an old check-in no longer counts
    touch_bonus: int = 10
    touch_penalty_per_cadence: int = 20
    touch_floor: int = -30
    reciprocity_window_days: int = 365
    favour_received_points: int = 2
    favour_given_points: int = 1
    help_max: int = 6
    kept_points: int = 2
    kept_max: int = 6
    broken_points: int = 6
    broken_max: int = 18
    business_window_days: int = 365
    business_one_order_points: int = 2
    business_in_rhythm_points: int = 8
    business_tolerance: float = 1.25  # usual gaps the latest order may be old and still in rhythm
    business_late_points_per_gap: int = 16
    business_floor: int = -8
    #: "Warm but thin" as the risk rule reads it (`RuleSettings` keeps both the same).
    warm_window_days: int = 90
    warm_min_entries: int = 3
    mood_recent_count: int = 3
    mood_recent_days: int = 120
    mood_earlier_days: int = 365
    mood_points: int = 5
    mood_trend_points: int = 3
    mood_trend_max: int = 5
    strong_from: int = 70
    weak_below: int = 40
    cadence: CadenceSettings = field(default_factory=CadenceSettings)


class Band(StrEnum):
    """How a score reads at a glance."""

    STRONG = "strong"
    FAIR = "fair"
    WEAK = "weak"


@dataclass(frozen=True)
class Factor:
    """One reason the score is what it is: signed points and a plain sentence."""

    key: str
    name: str
    points: int
    sentence: str

    @property
    def text(self) -> str:
        """E.g. "−12: no contact for 48 days; cadence 30 days"."""
        return f"{signed(self.points)}: {self.sentence}"


@dataclass(frozen=True)
class HealthReport:
    """The score as of `at`, its factors, and the keep-in-touch figures behind them."""

    at: datetime
    score: int
    band: Band
    factors: tuple[Factor, ...]
    cadence: Cadence
    stage: Stage | None
    last_contact: datetime | None
    days_since_contact: int

    @property
    def days_overdue(self) -> int:
        """Days past the cadence (0 or less when not overdue)."""
        return self.days_since_contact - self.cadence.days

    def factor(self, key: str) -> Factor:
        """The factor with this key.

        "check_in", "touch", "help", "word" (ours), "their_word", "business" or "mood".
        """
        return next(f for f in self.factors if f.key == key)


def as_moment(value: date) -> datetime:
    """A datetime stays as it is; a date becomes the last second of that day in UTC."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("a moment must be timezone-aware")
        return value
    return datetime.combine(value, time(23, 59, 59), tzinfo=UTC)


def round_half_up(x: float) -> int:
    """Round half up: monotone, and the same on every platform."""
    return math.floor(x + 0.5)


def between(times: list[float], lo: float, hi: float) -> int:
    """How many sorted times fall in lo < time ≤ hi."""
    return bisect_right(times, hi) - bisect_right(times, lo)


def utc_of(t: float) -> datetime:
    """A timestamp as an aware UTC datetime."""
    return datetime.fromtimestamp(t, UTC)
