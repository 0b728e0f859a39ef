"""The health score: one number from 0 to 100 for a relationship, and the reasons for it.

It starts from 50 (no evidence either way) and adds seven signed factors, each
rounded to whole points so the factors on screen add up to the score exactly:

=================  ==========  =====================================================
factor             range       how
=================  ==========  =====================================================
Check-in           −20 … +20   (check-in score − 50) × 0.4; full weight for one
                               interval (91 days), then fading to nothing at 4×.
Keeping in touch   −30 … +10   r = days since the last contact ÷ cadence.
                               +10 while r ≤ 0.5, then −20 per cadence length:
                               0 when due (r = 1), −12 at 48 days on a 30-day
                               cadence, floor −30 (r ≥ 2.5).
Help both ways       0 … +6    favours in the last 365 days: +2 per favour received,
                               +1 per favour given that help came back for (giving
                               alone earns nothing here; see "one-way street").
Our word kept      −18 … +6    our commitments in the last 365 days: +2 per kept
                               (max +6), −6 per broken (max −18): one broken promise
                               undoes three kept ones.
Their word kept    −18 … +6    the same for the promises they made to us.
Business           −8 … +8     purchases in the last 365 days against the
 substance                     relationship's own rhythm (the median gap between
                               them, `substance.py`): none 0; one +2; from two on,
                               +8 while the latest is at most 1.25 usual gaps old,
                               then −16 per usual gap, floor −8 (the rhythm read
                               at each order, the kindest reading winning: see
                               `substance.py`). Warmth without
                               business (as "warm but thin" reads it) holds the
                               score below strong: this factor takes off what
                               would lift it to 70 or more.
Mood               −15 … +15   mean of the latest 3 rated entries (within 120 days)
                               × 5, plus its change from the mean of the other
                               rated entries of the past year × 3 (capped ±5).
=================  ==========  =====================================================

The score is clamped to 0–100: 70 and above reads "strong", below 40 "weak".

Choices worth knowing. Any contact resets the keep-in-touch clock: every kind of
entry except a plain note (the owner thinking aloud, such as "I must call her") and a
broken commitment (news about a promise, not a conversation; its sentiment is not
counted in the mood either, since "Word kept" already weighs it). This is the same
"last contact" the customer list and the customer page show. Before anything is
logged, the clock runs from the day the customer was added. Days are calendar days
in the time zone of the moment asked about. An unrated complaint counts as −1 and an
unrated praise as +1: the kind speaks for itself. The mood reads the latest few
marks rather than a long average, so two bad contacts after a good year show as
what they are: the latest news. Windows slide with the date, so an old quiet spell
in a long relationship stops counting once contact resumes, and the keep-in-touch
floor means silence alone never takes a relationship below 20. A commitment whose
side was never recorded (written before sides existed) is ours. The business
factor reads only the year's purchases, so a customer who stopped buying more than
a year ago counts as one who never bought; an early order quickens the rhythm it
is measured against. The cadence comes
from `cadence.py`; every threshold is a field of `HealthSettings`.

`health_over_time` recomputes the score as it stood at each past moment, from the
evidence up to that moment only; it indexes the evidence once and answers each date
with binary searches, so 100 dates over 2,000 entries take milliseconds.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from enum import StrEnum
from operator import attrgetter

from rapport.domain.cadence import Cadence, CadenceSettings, cadence_for
from rapport.domain.checkins import DEFAULT_INTERVAL_DAYS, SCALE_MAX, CheckIn, summarise
from rapport.domain.facts import RelationshipFacts
from rapport.domain.kinds import NOT_CONTACT, EntryKind, Side
from rapport.domain.stages import Stage
from rapport.domain.substance import FRIENDLY_KINDS, SUBSTANCE_KINDS, rhythm
from rapport.domain.wording import day, days_between, signed, window
from rapport.i18n import QT_TRANSLATE_NOOP, Words, formats, translate

HealthText = Words("HealthText")

DAY = 86_400.0
_MOOD_OF_KIND = {EntryKind.COMPLAINT: -1, EntryKind.PRAISE: 1}
_AT = attrgetter("at")


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


def health(
    facts: RelationshipFacts, now: datetime, settings: HealthSettings | None = None
) -> HealthReport:
    """The health of one relationship as of `now`, from the evidence up to `now`."""
    return _Evidence(facts, settings or HealthSettings()).report(now)


def health_over_time(
    facts: RelationshipFacts, moments: Sequence[date], settings: HealthSettings | None = None
) -> list[HealthReport]:
    """The score as it stood at each moment (a date means the end of that day, UTC).

    Dates before the relationship began are answered too (as if it began then);
    a chart should start at `facts.started_at`.
    """
    evidence = _Evidence(facts, settings or HealthSettings())
    return [evidence.report(as_moment(m)) for m in moments]


def as_moment(value: date) -> datetime:
    """A datetime stays as it is; a date becomes the last second of that day in UTC."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("a moment must be timezone-aware")
        return value
    return datetime.combine(value, time(23, 59, 59), tzinfo=UTC)


def _round(x: float) -> int:
    """Round half up: monotone, and the same on every platform."""
    return math.floor(x + 0.5)


class _Evidence:
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
        return _between(times, lo, hi)

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
        warm = self.count(EntryKind.PRAISE, lo, t) + _between(self.friendly, lo, t)
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
        check_in = self._check_in(self.checks[c - 1] if c else None, at)
        touch = _touch(days, last is not None, cadence, self.s)
        helped, ours, theirs = self._help(t), self._word(t), self._word(t, theirs=True)
        mood = self._mood(t)
        others = sum(f.points for f in (check_in, touch, helped, ours, theirs, mood))
        business = self._business(t, at, self.s.base + others)
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

    def _check_in(self, check: CheckIn | None, at: datetime) -> Factor:
        name = HealthText.tr("Check-in")
        if check is None:
            return Factor("check_in", name, 0, HealthText.tr("no check-in yet"))
        summary = summarise(check.answers)
        when = day(check.at, at)
        if summary.mean is None:
            sentence = HealthText.tr("the check-in of {day} was all “don't know”")
            return Factor("check_in", name, 0, sentence.format(day=when))
        age = max(0, days_between(check.at, at))
        interval = self.s.check_in_interval_days
        span = interval * (self.s.check_in_fades_by - 1)
        weight = max(0.0, min(1.0, (interval * self.s.check_in_fades_by - age) / span))
        score = (summary.mean - 1) / 4 * 100
        points = _round((score - 50) * self.s.check_in_weight * weight)
        n = summary.answered
        if weight <= 0:
            sentence = HealthText.tr("the last check-in ({day}) is too old to count")
        elif weight < 1:
            sentence = HealthText.tr(
                "check-in of {day} averaged {mean} of {most} on %n answer(s), "
                "counted at {percent}% as it is {age} days old",
                "",
                n,
            )
        else:
            sentence = HealthText.tr(
                "check-in of {day} averaged {mean} of {most} on %n answer(s)", "", n
            )
        number = formats().number
        sentence = sentence.format(
            day=when,
            mean=number(summary.mean, 1),
            most=SCALE_MAX,
            percent=number(weight * 100, 0),
            age=age,
        )
        return Factor("check_in", name, points, sentence)

    def _help(self, t: float) -> Factor:
        lo = t - self.s.reciprocity_window_days * DAY
        received = self.count(EntryKind.FAVOUR_RECEIVED, lo, t)
        given = self.count(EntryKind.FAVOUR_GIVEN, lo, t)
        matched = min(given, received)  # a favour given counts when help also comes back
        raw = received * self.s.favour_received_points + matched * self.s.favour_given_points
        if received and given:
            sentence = HealthText.tr("%n favour(s) received and {given} given {span}", "", received)
        elif received:
            sentence = HealthText.tr("%n favour(s) received, none given {span}", "", received)
        elif given:
            sentence = HealthText.tr("%n favour(s) given, none received {span}", "", given)
        else:
            sentence = HealthText.tr("no favours either way {span}")
        sentence = sentence.format(given=given, span=window(self.s.reciprocity_window_days))
        name = HealthText.tr("Help both ways")
        return Factor("help", name, min(self.s.help_max, raw), sentence)

    def _word(self, t: float, theirs: bool = False) -> Factor:
        lo = t - self.s.reciprocity_window_days * DAY
        kept = self.count(EntryKind.COMMITMENT_KEPT, lo, t, theirs)
        broken = self.count(EntryKind.COMMITMENT_BROKEN, lo, t, theirs)
        points = min(self.s.kept_max, kept * self.s.kept_points) - min(
            self.s.broken_max, broken * self.s.broken_points
        )
        if kept and broken:
            sentence = HealthText.tr("%n commitment(s) kept and {broken} broken {span}", "", kept)
        elif kept:
            sentence = HealthText.tr("%n commitment(s) kept, none broken {span}", "", kept)
        elif broken:
            sentence = HealthText.tr("%n commitment(s) broken, none kept {span}", "", broken)
        else:
            sentence = HealthText.tr("no commitments kept or broken {span}")
        sentence = sentence.format(broken=broken, span=window(self.s.reciprocity_window_days))
        if theirs:
            return Factor("their_word", HealthText.tr("Their word kept"), points, sentence)
        return Factor("word", HealthText.tr("Our word kept"), points, sentence)

    def _business(self, t: float, at: datetime, without: int) -> Factor:
        """Purchases against the relationship's own rhythm; `without`: the score before it."""
        s = self.s
        span = window(s.business_window_days)
        found = rhythm(self.purchases(t - s.business_window_days * DAY, t))
        reading = found.lateness(t)
        if not found.orders:
            points, sentence = 0, HealthText.tr("no purchase {span}").format(span=span)
        elif reading is None:
            points = s.business_one_order_points
            sentence = HealthText.tr("one purchase {span} ({day}): no rhythm yet")
            sentence = sentence.format(span=span, day=day(_utc(found.times[-1]), at))
        else:
            late, gap = reading
            raw = s.business_in_rhythm_points - s.business_late_points_per_gap * max(
                0.0, late - s.business_tolerance
            )
            points = _round(max(float(s.business_floor), raw))
            if late <= s.business_tolerance:
                sentence = HealthText.tr(
                    "%n purchase(s) {span}, {every}; the latest on {day}, in rhythm",
                    "",
                    found.orders,
                )
            else:
                sentence = HealthText.tr(
                    "%n purchase(s) {span}, {every}; the latest on {day}, {late}× that ago",
                    "",
                    found.orders,
                )
            sentence = sentence.format(
                span=span,
                every=every(gap),
                day=day(_utc(found.times[-1]), at),
                late=formats().number(late, 1),
            )
        ceiling = s.strong_from - 1 - without
        if points > ceiling and (warm := self.warm_without_business(t)):
            points = ceiling
            held = HealthText.tr(
                "; but %n warm entr(y|ies) and no meeting, purchase or commitment {span}: "
                "warmth alone is held below strong",
                "",
                warm,
            )
            sentence += held.format(span=window(s.warm_window_days))
        return Factor("business", HealthText.tr("Business substance"), points, sentence)

    def _mood(self, t: float) -> Factor:
        name = HealthText.tr("Mood")
        marks, earlier = self.mood(t)
        if not marks:
            sentence = HealthText.tr("no rated entries {span}")
            return Factor("mood", name, 0, sentence.format(span=window(self.s.mood_recent_days)))
        recent = sum(marks) / len(marks)
        points = recent * self.s.mood_points
        trend = ""
        if earlier is not None:
            change = recent - earlier
            cap = self.s.mood_trend_max
            points += max(-cap, min(cap, change * self.s.mood_trend_points))
            trend = "up" if change >= 0.5 else "down" if change <= -0.5 else "steady"
        feel = "positive" if recent > 0.25 else "negative" if recent < -0.25 else "neutral"
        listed = ", ".join(signed(m) for m in reversed(marks))
        if len(marks) == 1:
            latest = HealthText.tr("latest rated entry: {marks}")
        else:
            latest = HealthText.tr("latest rated entries, newest first: {marks}")
        sentence = translate(HealthText.context, _MOOD_SENTENCES[feel, trend]).format(
            latest=latest.format(marks=listed),
            before=signed(round(earlier, 1)) if earlier is not None else "",
        )
        return Factor("mood", name, _round(points), sentence)


#: The mood factor's sentence, by how the latest marks feel and how they moved.
_MOOD_SENTENCES = {
    ("positive", ""): QT_TRANSLATE_NOOP("HealthText", "mood positive lately ({latest})"),
    ("positive", "up"): QT_TRANSLATE_NOOP(
        "HealthText", "mood positive lately ({latest}), up from {before} before"
    ),
    ("positive", "down"): QT_TRANSLATE_NOOP(
        "HealthText", "mood positive lately ({latest}), down from {before} before"
    ),
    ("positive", "steady"): QT_TRANSLATE_NOOP(
        "HealthText", "mood positive lately ({latest}), steady at {before} before"
    ),
    ("neutral", ""): QT_TRANSLATE_NOOP("HealthText", "mood neutral lately ({latest})"),
    ("neutral", "up"): QT_TRANSLATE_NOOP(
        "HealthText", "mood neutral lately ({latest}), up from {before} before"
    ),
    ("neutral", "down"): QT_TRANSLATE_NOOP(
        "HealthText", "mood neutral lately ({latest}), down from {before} before"
    ),
    ("neutral", "steady"): QT_TRANSLATE_NOOP(
        "HealthText", "mood neutral lately ({latest}), steady at {before} before"
    ),
    ("negative", ""): QT_TRANSLATE_NOOP("HealthText", "mood negative lately ({latest})"),
    ("negative", "up"): QT_TRANSLATE_NOOP(
        "HealthText", "mood negative lately ({latest}), up from {before} before"
    ),
    ("negative", "down"): QT_TRANSLATE_NOOP(
        "HealthText", "mood negative lately ({latest}), down from {before} before"
    ),
    ("negative", "steady"): QT_TRANSLATE_NOOP(
        "HealthText", "mood negative lately ({latest}), steady at {before} before"
    ),
}


def every(gap_days: float) -> str:
    """A usual gap in words: "about every day", "about every 16 days"."""
    days = max(1, _round(gap_days))
    return HealthText.tr("about every %n day(s)", "", days)


def _between(times: list[float], lo: float, hi: float) -> int:
    """How many sorted times fall in lo < time ≤ hi."""
    return bisect_right(times, hi) - bisect_right(times, lo)


def _utc(t: float) -> datetime:
    return datetime.fromtimestamp(t, UTC)


def _touch(days: int, logged: bool, cadence: Cadence, s: HealthSettings) -> Factor:
    ratio = days / cadence.days
    raw = s.touch_bonus - s.touch_penalty_per_cadence * max(0.0, ratio - 0.5)
    points = _round(max(float(s.touch_floor), min(float(s.touch_bonus), raw)))
    if not logged and not days:
        sentence = HealthText.tr("no contact logged yet; {cadence}")
    elif not logged:
        sentence = HealthText.tr(
            "no contact logged since they were added %n day(s) ago; {cadence}", "", days
        )
    elif days > cadence.days:
        sentence = HealthText.tr("no contact for %n day(s); {cadence}", "", days)
    elif days == 0:
        sentence = HealthText.tr("last contact today; {cadence}")
    else:
        sentence = HealthText.tr("last contact %n day(s) ago; {cadence}", "", days)
    name = HealthText.tr("Keeping in touch")
    return Factor("touch", name, points, sentence.format(cadence=cadence.describe()))
