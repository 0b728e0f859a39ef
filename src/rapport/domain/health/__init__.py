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

The package, along those lines: `model.py` (the settings, a factor, the report),
`evidence.py` (the facts indexed by time, and the score from the factors),
`factors.py` (check-in, keeping in touch, help, word), `business.py`, `mood.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from rapport.domain.facts import RelationshipFacts
from rapport.domain.health.business import every
from rapport.domain.health.evidence import Evidence
from rapport.domain.health.model import (
    DAY,
    Band,
    Factor,
    HealthReport,
    HealthSettings,
    HealthText,
    as_moment,
)
from rapport.domain.kept import LONG, ByIdentity

__all__ = [
    "DAY",
    "Band",
    "Factor",
    "HealthReport",
    "HealthSettings",
    "HealthText",
    "as_moment",
    "every",
    "health",
    "health_over_time",
]

#: The evidence of the facts asked about last, indexed (`Evidence`) once per facts object.
_INDEXED: ByIdentity[RelationshipFacts, Evidence] = ByIdentity()


def health(
    facts: RelationshipFacts, now: datetime, settings: HealthSettings | None = None
) -> HealthReport:
    """The health of one relationship as of `now`, from the evidence up to `now`.

    A long history's evidence is indexed once per facts object (a page opened again
    asks again).
    """
    s = settings or HealthSettings()
    if len(facts.entries) < LONG:
        return Evidence(facts, s).report(now)
    return _INDEXED.get(facts, s, lambda: Evidence(facts, s)).report(now)


def health_over_time(
    facts: RelationshipFacts, moments: Sequence[date], settings: HealthSettings | None = None
) -> list[HealthReport]:
    """The score as it stood at each moment (a date means the end of that day, UTC).

    Dates before the relationship began are answered too (as if it began then);
    a chart should start at `facts.started_at`.
    """
    evidence = Evidence(facts, settings or HealthSettings())
    return [evidence.report(as_moment(m)) for m in moments]
