"""The evidence of one relationship, indexed by time once: each "as of" is a few bisections."""

from __future__ import annotations

from bisect import bisect_right
from datetime import datetime
from operator import attrgetter

from rapport.domain.cadence import cadence_for
from rapport.domain.facts import RelationshipFacts
from rapport.domain.health.business import business_factor
from rapport.domain.health.factors import check_in_factor, help_factor, touch_factor, word_factor
from rapport.domain.health.model import DAY, Band, HealthReport, HealthSettings, between
from rapport.domain.health.mood import mood_factor
from rapport.domain.kinds import NOT_CONTACT, EntryKind, Side
from rapport.domain.substance import FRIENDLY_KINDS, SUBSTANCE_KINDS
from rapport.domain.wording import days_between

_MOOD_OF_KIND = {EntryKind.COMPLAINT: -1, EntryKind.PRAISE: 1}
_AT = attrgetter("at")


class Evidence:
    """The facts indexed by time once, so each "as of" question is a few bisections."""

    def __init__(self, facts: RelationshipFacts, settings: HealthSettings) -> None:
        self.facts = facts
        self.s = settings
        # One pass over the entries, each turned into a timestamp once: the Today list
        # builds this for every customer, so it is the rules' hot loop.
        self.touch: list[float] = []
        self.touch_at: list[datetime] = []
        self.kinds: dict[EntryKind, list[float]] = {}
        self.theirs: dict[EntryKind, list[float]] = {}  # their commitments
        self.friendly: list[float] = []  # friendly contacts marked +1 or more
        self.mood_t: list[float] = []
        self.mood_v: list[int] = []
        self.mood_sum = [0.0]
        total = 0.0
        broken = EntryKind.COMMITMENT_BROKEN
        for e in sorted(facts.entries, key=_AT):
            at, kind, mood = e.at, e.kind, e.sentiment
            t = at.timestamp()
            if kind not in NOT_CONTACT:
                self.touch.append(t)
                self.touch_at.append(at)
            by_kind = self.theirs if e.side is Side.THEIRS else self.kinds
            times = by_kind.get(kind)
            if times is None:
                by_kind[kind] = [t]
            else:
                times.append(t)
            if mood is not None and mood >= 1 and kind in FRIENDLY_KINDS:
                self.friendly.append(t)  # `substance.is_friendly`, inlined: the hot loop
            if mood is None:
                mood = _MOOD_OF_KIND.get(kind)
            if mood is not None and kind is not broken:
                total += mood
                self.mood_t.append(t)
                self.mood_v.append(mood)
                self.mood_sum.append(total)
        stages = sorted(facts.stages, key=lambda s: s.at)
        self.stage_t = [s.at.timestamp() for s in stages]
        self.stage = [s.stage for s in stages]
        self.recent = max(1, settings.mood_recent_count)
        checks = sorted(facts.check_ins, key=lambda c: c.at)
        self.check_t = [c.at.timestamp() for c in checks]
        self.checks = checks
        # Before anything is logged, the clock runs from when the customer was added.
        self.added = facts.created_at or facts.started_at
        started = facts.started_at
        self.started = started.timestamp() if started is not None else None

    def count(self, kind: EntryKind, lo: float, hi: float, theirs: bool = False) -> int:
        """Entries of a kind (their commitments when `theirs`) with lo < time ≤ hi."""
        times = (self.theirs if theirs else self.kinds).get(kind, [])
        return between(times, lo, hi)

    def purchases(self, lo: float, hi: float) -> list[float]:
        """Purchase times with lo < time ≤ hi."""
        times = self.kinds.get(EntryKind.PURCHASE, [])
        return times[bisect_right(times, lo) : bisect_right(times, hi)]

    def warm_without_business(self, t: float) -> int:
        """Warm entries in the warm window when it holds no business (0 otherwise).

        The same reading as `substance.warm_without_business`, by bisection.
        """
        lo = t - self.s.warm_window_days * DAY
        if self.started is None or self.started > lo:
            return 0
        warm = self.count(EntryKind.PRAISE, lo, t) + between(self.friendly, lo, t)
        if warm < self.s.warm_min_entries:
            return 0
        for kind in SUBSTANCE_KINDS:
            if self.count(kind, lo, t) or self.count(kind, lo, t, theirs=True):
                return 0
        return warm

    def mood(self, t: float) -> tuple[list[int], float | None]:
        """The latest few rated marks up to t (oldest first), and the mean of the year before."""
        hi = bisect_right(self.mood_t, t)
        lo = max(bisect_right(self.mood_t, t - self.s.mood_recent_days * DAY), hi - self.recent)
        recent = self.mood_v[lo:hi]
        start = bisect_right(self.mood_t, t - self.s.mood_earlier_days * DAY)
        earlier = (self.mood_sum[lo] - self.mood_sum[start]) / (lo - start) if lo > start else None
        return recent, earlier

    def report(self, at: datetime) -> HealthReport:
        """Score the relationship as of `at`."""
        t = at.timestamp()
        i = bisect_right(self.stage_t, t)
        stage = self.stage[i - 1] if i else None
        cadence = cadence_for(
            self.facts.level, stage, self.facts.cadence_days, self.s.cadence, self.facts.kind
        )
        k = bisect_right(self.touch, t)
        last = self.touch_at[k - 1] if k else None
        since = last or self.added
        days = max(0, days_between(since, at)) if since is not None else 0
        c = bisect_right(self.check_t, t)
        check_in = check_in_factor(self, self.checks[c - 1] if c else None, at)
        touch = touch_factor(days, last is not None, cadence, self.s)
        helped = help_factor(self, t)
        ours, theirs = word_factor(self, t), word_factor(self, t, theirs=True)
        mood = mood_factor(self, t)
        others = sum(f.points for f in (check_in, touch, helped, ours, theirs, mood))
        business = business_factor(self, t, at, self.s.base + others)
        factors = (check_in, touch, helped, ours, theirs, business, mood)
        score = max(0, min(100, self.s.base + sum(f.points for f in factors)))
        band = (
            Band.STRONG
            if score >= self.s.strong_from
            else Band.WEAK
            if score < self.s.weak_below
            else Band.FAIR
        )
        return HealthReport(at, score, band, factors, cadence, stage, last, days)
