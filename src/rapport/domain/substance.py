"""Business substance and personal warmth: what the health score and the risk rules share.

Seed 004 warns against mistaking a friendly relationship for a business one. Two
rules read that difference — the "warm but thin" risk signal and the health score's
"Business substance" factor — and they must agree, so both read it here:

- a **warm** entry is praise, or a friendly contact (call, message, visit, note or
  favour) marked +1 or more;
- **business** is a meeting, a purchase, or a commitment made or kept (either side's);
- a relationship's **rhythm** is the median gap between its purchases (purchases
  less than a day apart are one order), so a monthly customer and a weekly one are
  each measured against their own habit. How late they are is read against the
  rhythm as it stood at each of their orders, the kindest reading winning: an early
  order quickens the median, but never makes a customer late who was not before it
  (so logging a purchase never lowers the score).
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import pairwise
from statistics import median

from rapport.domain.facts import EntryFact, entries_between
from rapport.domain.kinds import EntryKind

DAY = 86_400.0

SUBSTANCE_KINDS = frozenset(
    {EntryKind.MEETING, EntryKind.PURCHASE, EntryKind.COMMITMENT_MADE, EntryKind.COMMITMENT_KEPT}
)
FRIENDLY_KINDS = frozenset(
    {
        EntryKind.CALL,
        EntryKind.MESSAGE,
        EntryKind.VISIT,
        EntryKind.NOTE,
        EntryKind.FAVOUR_GIVEN,
        EntryKind.FAVOUR_RECEIVED,
    }
)


def is_praise(entry: EntryFact) -> bool:
    """Praise is warm whatever its mark."""
    return entry.kind is EntryKind.PRAISE


def is_friendly(entry: EntryFact) -> bool:
    """A friendly contact: a call, message, visit, note or favour marked +1 or more."""
    return entry.kind in FRIENDLY_KINDS and entry.sentiment is not None and entry.sentiment >= 1


def is_warm(entry: EntryFact) -> bool:
    """Praise or a friendly contact: personal warmth."""
    return is_praise(entry) or is_friendly(entry)


@dataclass(frozen=True)
class Warmth:
    """Warm entries without business in a window: how many, and of which sort."""

    praise: int
    friendly: int

    @property
    def total(self) -> int:
        """All warm entries."""
        return self.praise + self.friendly


def warm_without_business(
    entries: Sequence[EntryFact],
    started_at: datetime | None,
    now: datetime,
    window_days: int,
    min_warm: int,
) -> Warmth | None:
    """Warmth without business in the `window_days` up to `now`, or None.

    None also while the relationship is younger than the window: "no business
    lately" means nothing for a customer met last month.
    """
    lo = now - timedelta(days=window_days)
    if started_at is None or started_at > lo:
        return None
    recent = entries_between(entries, lo, now)
    if any(e.kind in SUBSTANCE_KINDS for e in recent):
        return None
    warmth = Warmth(sum(map(is_praise, recent)), sum(map(is_friendly, recent)))
    return warmth if warmth.total >= min_warm else None


@dataclass(frozen=True)
class Rhythm:
    """The purchases of a window as a rhythm: when they fell and the usual gap between them."""

    times: tuple[float, ...]  # one per order (timestamps, oldest first)
    gaps: tuple[float, ...]  # days between consecutive orders

    @property
    def orders(self) -> int:
        """How many orders (purchases less than a day apart are one)."""
        return len(self.times)

    @property
    def usual_gap(self) -> float | None:
        """The median gap in days, or None with fewer than two orders."""
        return median(self.gaps) if self.gaps else None

    def days_since_last(self, t: float) -> float:
        """Days from the latest order to `t`."""
        return (t - self.times[-1]) / DAY

    def lateness(self, t: float) -> tuple[float, float] | None:
        """How late the orders are at `t`, in usual gaps, and that usual gap (in days).

        Read at each order from the second on (days since it ÷ the median gap up to
        it), keeping the smallest; None with fewer than two orders.
        """
        seen: list[float] = []
        best: tuple[float, float] | None = None
        for k, gap in enumerate(self.gaps, start=1):
            insort(seen, gap)
            usual = median(seen)
            late = (t - self.times[k]) / DAY / usual
            if best is None or late <= best[0]:
                best = (late, usual)
        return best


def rhythm(purchase_times: Sequence[float]) -> Rhythm:
    """The rhythm of purchases given as sorted timestamps."""
    orders: list[float] = []
    for t in purchase_times:
        if not orders or t - orders[-1] >= DAY:
            orders.append(t)
    gaps = tuple((b - a) / DAY for a, b in pairwise(orders))
    return Rhythm(tuple(orders), gaps)
