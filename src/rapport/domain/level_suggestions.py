"""Level suggestions read from the record: offered with their evidence, never applied.

Seed 000's levels, as the journal can see them (only moves up are suggested):

- **Structural** — you are part of their routine: in the last 365 days at least 6
  orders over at least 6 months, about every 45 days or more often, steadily (three
  gaps in four within half to twice the usual gap), and the latest not overdue (at
  most twice the usual gap ago). Said as "ordered every 2–3 weeks for 8 months",
  the months counted from the first order of the window.
- **Personal** — they like you, and it shows over time rather than in one good
  week: from Professional, at least 5 warm entries (praise, or friendly contacts
  marked +1 or more; `substance.is_warm`) in at least 3 different months of the
  last 365 days, and the latest check-in, if it answers, does not say they dislike
  working with you (liking 2 or less).
- **Power** — they stay happy whoever serves them: in the last 365 days, entries
  taken well (+1 or more, or praise) with at least 3 different people of ours
  taking part (`EntryFact.served_by`). The journal does not record our people yet,
  so this rule waits for the store to feed `served_by`.

Each suggestion names the entries it rests on. Dismissing remembers (customer,
level, basis), where the basis is the current level and the calendar year: a
turned-down suggestion stays quiet for the rest of the year while the level stays
the same. Evidence wanders through a sliding window, so resting the memory on one
entry would ask again every few weeks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from statistics import quantiles

from rapport.domain.facts import EntryFact, RelationshipFacts, entries_between
from rapport.domain.kinds import EntryKind
from rapport.domain.levels import Level
from rapport.domain.substance import is_praise, is_warm, rhythm
from rapport.domain.wording import day, window
from rapport.i18n import Words

LevelSuggestionText = Words("LevelSuggestionText")

#: A dismissed level suggestion is kept beside the dismissed stage suggestions, its
#: "stage" reading "level:structural" (one table and one memory for both kinds).
LEVEL_PREFIX = "level:"


def dismissal_key(level: Level) -> str:
    """What the dismissal memory holds for a level: "level:structural"."""
    return f"{LEVEL_PREFIX}{Level(level).value}"


def dismissed_level(key: str) -> Level | None:
    """The level a remembered dismissal names, or None when it names a stage (or nothing)."""
    if not key.startswith(LEVEL_PREFIX):
        return None
    try:
        return Level(key.removeprefix(LEVEL_PREFIX))
    except ValueError:
        return None


@dataclass(frozen=True)
class LevelSettings:
    """Thresholds of the level suggestions (defaults explained above)."""

    window_days: int = 365
    structural_min_orders: int = 6
    structural_min_days: int = 180
    structural_max_gap_days: int = 45
    structural_steady_share: float = 0.75
    personal_min_warm: int = 5
    personal_min_months: int = 3
    personal_low_liking: int = 2
    power_min_people: int = 3


@dataclass(frozen=True)
class LevelSuggestion:
    """A level the evidence suggests, with its reason, evidence and the entries behind it."""

    customer_id: int
    level: Level
    reason: str
    evidence: tuple[str, ...]
    basis: str
    entry_ids: tuple[int, ...] = ()

    @property
    def key(self) -> tuple[Level, str]:
        """What a dismissal remembers."""
        return (self.level, self.basis)


def suggest_levels(
    facts: RelationshipFacts, now: datetime, settings: LevelSettings | None = None
) -> list[LevelSuggestion]:
    """The level moves the evidence suggests as of `now`, minus those dismissed."""
    s = settings or LevelSettings()
    lo = now - timedelta(days=s.window_days)
    recent = list(entries_between(facts.entries, lo, now))
    found = [
        _power(facts, recent, now, s),
        _structural(facts, recent, now, s),
        _personal(facts, recent, now, s),
    ]
    return [
        x
        for x in found
        if x is not None
        and x.level.strength > facts.level.strength
        and x.key not in facts.dismissed_levels
    ]


def _basis(facts: RelationshipFacts, now: datetime) -> str:
    return f"from:{facts.level.value}:{now.year}"


def _ids(entries: Sequence[EntryFact]) -> tuple[int, ...]:
    return tuple(e.id for e in entries if e.id is not None)


def _structural(
    facts: RelationshipFacts, recent: list[EntryFact], now: datetime, s: LevelSettings
) -> LevelSuggestion | None:
    purchases = [e for e in recent if e.kind is EntryKind.PURCHASE]
    orders = rhythm([e.at.timestamp() for e in purchases])
    usual = orders.usual_gap
    if orders.orders < s.structural_min_orders or usual is None:
        return None
    first, last = purchases[0].at, purchases[-1].at
    span = (now - first).days  # ordering since then, and still in rhythm (below)
    if span < s.structural_min_days or usual > s.structural_max_gap_days:
        return None
    steady = sum(usual / 2 <= g <= usual * 2 for g in orders.gaps)
    if steady < s.structural_steady_share * len(orders.gaps):
        return None
    if orders.days_since_last(now.timestamp()) > 2 * usual:
        return None
    low, _, high = quantiles(orders.gaps, n=4, method="inclusive")
    months = max(1, round(span / 30.44))
    ordered = LevelSuggestionText.tr("Ordered {every} for %n month(s).", "", months)
    since = LevelSuggestionText.tr(
        "%n order(s) since {first}; the latest on {last}.", "", orders.orders
    )
    evidence = (
        ordered.format(every=_every(low, high)),
        since.format(first=day(first, now), last=day(last, now)),
    )
    return LevelSuggestion(
        facts.customer_id,
        Level.STRUCTURAL,
        LevelSuggestionText.tr("Part of their routine"),
        evidence,
        _basis(facts, now),
        _ids(purchases),
    )


def _every(low: float, high: float) -> str:
    """A range of gaps in words: "every 2–3 weeks", "every 4–6 days", "every week"."""
    if low >= 14:
        a, b = round(low / 7), round(high / 7)
        if a == b:
            return LevelSuggestionText.tr("every %n week(s)", "", a)
        return LevelSuggestionText.tr("every {low}–%n weeks", "", b).format(low=a)
    a, b = max(1, round(low)), max(1, round(high))
    if a == b:
        return LevelSuggestionText.tr("every %n day(s)", "", a)
    return LevelSuggestionText.tr("every {low}–%n days", "", b).format(low=a)


def _personal(
    facts: RelationshipFacts, recent: list[EntryFact], now: datetime, s: LevelSettings
) -> LevelSuggestion | None:
    warm = [e for e in recent if is_warm(e)]
    months = {(t.year, t.month) for t in (w.at.astimezone(now.tzinfo) for w in warm)}
    if len(warm) < s.personal_min_warm or len(months) < s.personal_min_months:
        return None
    past = [c for c in facts.check_ins if c.at <= now]
    liking = past[-1].answers.liking if past else None
    if liking is not None and liking <= s.personal_low_liking:
        return None
    praise = sum(map(is_praise, warm))
    line = LevelSuggestionText.tr(
        "%n warm entr(y|ies) in {months} different months {span} "
        "({praise} praise, {friendly} friendly contacts).",
        "",
        len(warm),
    )
    evidence = [
        line.format(
            months=len(months),
            span=window(s.window_days),
            praise=praise,
            friendly=len(warm) - praise,
        )
    ]
    if liking is not None and liking >= 4:
        evidence.append(
            LevelSuggestionText.tr(
                "Your last check-in says they like working with you ({answer}/5)."
            ).format(answer=liking)
        )
    return LevelSuggestion(
        facts.customer_id,
        Level.PERSONAL,
        LevelSuggestionText.tr("Warmth that lasts"),
        tuple(evidence),
        _basis(facts, now),
        _ids(warm),
    )


def _power(
    facts: RelationshipFacts, recent: list[EntryFact], now: datetime, s: LevelSettings
) -> LevelSuggestion | None:
    served = [
        e
        for e in recent
        if e.served_by and (is_praise(e) or (e.sentiment is not None and e.sentiment >= 1))
    ]
    people = frozenset().union(*(e.served_by for e in served))
    if len(people) < s.power_min_people:
        return None
    line = LevelSuggestionText.tr("Served well by %n of your people {span}.", "", len(people))
    rated = LevelSuggestionText.tr("%n entr(y|ies) taken well with them.", "", len(served))
    return LevelSuggestion(
        facts.customer_id,
        Level.POWER,
        LevelSuggestionText.tr("Happy whoever serves them"),
        (line.format(span=window(s.window_days)), rated),
        _basis(facts, now),
        _ids(served),
    )
