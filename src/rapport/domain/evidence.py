"""What the Today list reads of each customer's history, so a big journal is read in part.

Every Today rule looks at the journal as of `now` through a window that slides
with it: reciprocity and the mood's year (365 days), warm but thin (90), one-way
street (365). So the entries of the last `window_days` are read whole. Of older
entries the rules only ever ask a few questions, each answered by one entry (or, for
a long conflict, its complaints):

- the first entry ever: when the relationship began (`RelationshipFacts.started_at`,
  used by check-ins due and warm but thin);
- the latest contact, when none fell in the window (keeping in touch, overdue);
- the latest note to self, when neither a contact nor a note fell in the window
  (overdue's "your note is not counted");
- the latest business substance, when none fell in the window (warm but thin's
  "no meeting, purchase or commitment since …");
- for a customer in Conflict: the latest complaint, and when the conflict began
  before the window, every complaint since then and the latest compromise before the
  window (unresolved conflict: its count of complaints and "no compromise since").

The first purchase ever is read too (its anniversary comes up in Today) and
handed over as `first_purchase_at`. Of check-ins only the latest up to `now` is
read; stage changes are read whole (a handful per customer); dismissed suggestions
not at all (Today suggests no stages).

Every entry kept is a real one and every entry a rule reads is kept, so the rules
give the same answers from this part as from the whole record: `trim` applies the
same reading to facts already in memory, and the tests compare `compose_today` on
both. The store (`store/facts_today.py`) answers the same questions in SQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from rapport.domain.checkins import CheckIn
from rapport.domain.facts import EntryFact, RelationshipFacts, entries_between
from rapport.domain.kinds import NOT_CONTACT, EntryKind
from rapport.domain.settings import RuleSettings
from rapport.domain.stages import Stage
from rapport.domain.substance import SUBSTANCE_KINDS
from rapport.domain.suggestions import COMPROMISE_KINDS, current_span

CONTACT_KINDS = frozenset(EntryKind) - NOT_CONTACT
#: The sentiment that makes an adapting entry a compromise (`suggestions.is_compromise`).
COMPROMISE_MIN_SENTIMENT = 1


def window_days(settings: RuleSettings | None = None) -> int:
    """How many days back every entry is read: the longest window of a Today rule."""
    s = settings or RuleSettings()
    return max(
        s.health.reciprocity_window_days,
        s.health.business_window_days,
        s.health.mood_earlier_days,
        s.health.mood_recent_days,
        s.risk.warm_window_days,
        s.risk.one_way_window_days,
    )


def window_start(now: datetime, settings: RuleSettings | None = None) -> datetime:
    """Entries from this moment up to `now` are read whole."""
    return now - timedelta(days=window_days(settings))


@dataclass(frozen=True)
class Lookback:
    """A question about one customer's entries older than the window (before `since`).

    Entries of `kinds` (rated `min_sentiment` or more, when given), from `start` on
    (any age when None): the latest one, or `every` one.
    """

    customer_id: int
    kinds: frozenset[EntryKind]
    every: bool = False
    start: datetime | None = None
    min_sentiment: int | None = None

    def matches(self, entry: EntryFact) -> bool:
        """Whether an entry older than the window answers this question."""
        if entry.kind not in self.kinds:
            return False
        if self.start is not None and entry.at < self.start:
            return False
        rated = entry.sentiment
        return self.min_sentiment is None or (rated is not None and rated >= self.min_sentiment)


def lookbacks(facts: RelationshipFacts, now: datetime, since: datetime) -> list[Lookback]:
    """What to read before `since` for one customer, given their entries from `since` on.

    `facts` must hold every entry from `since` up to `now`, all stage changes and the
    latest check-in; older entries it may hold are ignored here.
    """
    recent = {e.kind for e in entries_between(facts.entries, since, now, from_lo=True)}
    cid = facts.customer_id
    asked = []
    if not recent & CONTACT_KINDS:
        asked.append(Lookback(cid, CONTACT_KINDS))
        if EntryKind.NOTE not in recent:
            asked.append(Lookback(cid, frozenset({EntryKind.NOTE})))
    if not recent & SUBSTANCE_KINDS:
        asked.append(Lookback(cid, SUBSTANCE_KINDS))
    span = current_span(facts, now)
    if span is not None and span.stage is Stage.CONFLICT:
        complaint = frozenset({EntryKind.COMPLAINT})
        if EntryKind.COMPLAINT not in recent:
            asked.append(Lookback(cid, complaint))
        if span.at < since:
            asked.append(Lookback(cid, complaint, every=True, start=span.at))
            asked.append(Lookback(cid, COMPROMISE_KINDS, min_sentiment=COMPROMISE_MIN_SENTIMENT))
    return asked


def latest_check_in(check_ins: Sequence[CheckIn], now: datetime) -> tuple[CheckIn, ...]:
    """The one check-in the Today rules read: the latest up to `now` (check-ins are sorted)."""
    past = [c for c in check_ins if c.at <= now]
    return (past[-1],) if past else ()


def trim(
    facts: RelationshipFacts, now: datetime, settings: RuleSettings | None = None
) -> RelationshipFacts:
    """The part of one customer's facts that Today reads, from facts held whole.

    This is the reading the store does in SQL; the Today list is the same from either.
    """
    since = window_start(now, settings)
    entries = facts.entries
    keep = {i for i, e in enumerate(entries) if since <= e.at <= now}
    if entries:
        keep.add(0)  # the first entry ever: when the relationship began
    part = replace(
        facts,
        entries=tuple(entries[i] for i in sorted(keep)),
        check_ins=latest_check_in(facts.check_ins, now),
        dismissed=frozenset(),
        dismissed_levels=frozenset(),
        first_purchase_at=_first_purchase(entries, now),
    )
    older = [(i, e) for i, e in enumerate(entries) if e.at < since]
    for question in lookbacks(part, now, since):
        found = [i for i, e in older if question.matches(e)]
        keep.update(found if question.every else found[-1:])
    return replace(part, entries=tuple(entries[i] for i in sorted(keep)))


def _first_purchase(entries: Sequence[EntryFact], now: datetime) -> datetime | None:
    """The first purchase up to `now` (an anniversary in Today), read whole like the store."""
    return next((e.at for e in entries if e.kind is EntryKind.PURCHASE and e.at <= now), None)


def merge_entries(*parts: Iterable[EntryFact]) -> tuple[EntryFact, ...]:
    """Entries read by several questions as one list: each once, oldest first (then by id)."""
    seen: dict[int | None, EntryFact] = {}
    loose: list[EntryFact] = []
    for part in parts:
        for e in part:
            if e.id is None:
                loose.append(e)
            else:
                seen.setdefault(e.id, e)
    return tuple(sorted([*seen.values(), *loose], key=lambda e: (e.at, e.id or 0)))
