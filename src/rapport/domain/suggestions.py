"""Stage suggestions read from the whole record: offered to the owner, never applied.

Three moves are suggested:

- **Conflict** — a complaint logged in the last 60 days, after the current stage
  began, while the customer is not in Conflict.
- **Compromise** — while in Conflict, a compromise was logged. The journal has no
  "compromise" kind, and needs none: a compromise is one side adapting — a favour
  given or received, a commitment made or kept — that the customer took well
  (sentiment +1 or more), logged after the conflict began. Adapting into continued
  anger has settled nothing, so the positive mark is required. A dedicated kind was
  rejected: it would add a twelfth choice to quick capture for something the
  existing kinds already say.
- **Deeper understanding** — from Compatibility or Compromise, after 60 days in the
  stage: health strong (70+) now and 30, 60 and 90 days ago, and at least two
  favours given in the last 180 days (help offered before it was asked for is what
  knowing a customer well looks like in the journal).

Each suggestion carries a `basis` — what it rests on ("entry:42", or the start of
the current stage). Dismissing remembers (customer, stage, basis), so the same
evidence never asks twice, while new evidence (a new complaint, a new compromise, a
new stage) may.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from rapport.domain.facts import EntryFact, RelationshipFacts, entries_between
from rapport.domain.health import HealthSettings, health_over_time
from rapport.domain.kinds import EntryKind
from rapport.domain.lifecycle import StageSpan
from rapport.domain.stages import Stage
from rapport.domain.wording import day, days_between
from rapport.i18n import Words

DomainSuggestionsText = Words("DomainSuggestionsText")

COMPROMISE_KINDS = frozenset(
    {
        EntryKind.FAVOUR_GIVEN,
        EntryKind.FAVOUR_RECEIVED,
        EntryKind.COMMITMENT_MADE,
        EntryKind.COMMITMENT_KEPT,
    }
)
PROACTIVE_KINDS = frozenset({EntryKind.FAVOUR_GIVEN})


@dataclass(frozen=True)
class SuggestionSettings:
    """Thresholds of the stage suggestions."""

    complaint_window_days: int = 60
    compromise_min_sentiment: int = 1
    deeper_min_days_in_stage: int = 60
    deeper_min_health: int = 70
    deeper_sustained_days: int = 90
    deeper_min_proactive: int = 2
    deeper_proactive_window_days: int = 180


@dataclass(frozen=True)
class Suggestion:
    """A stage move the journal suggests, with its reason, evidence and basis."""

    customer_id: int
    stage: Stage
    reason: str
    evidence: tuple[str, ...]
    basis: str
    entry_id: int | None = None

    @property
    def key(self) -> tuple[Stage, str]:
        """What a dismissal remembers."""
        return (self.stage, self.basis)


def is_compromise(entry: EntryFact, min_sentiment: int = 1) -> bool:
    """Whether an entry records a compromise (see the module docstring)."""
    return (
        entry.kind in COMPROMISE_KINDS
        and entry.sentiment is not None
        and entry.sentiment >= min_sentiment
    )


def current_span(facts: RelationshipFacts, now: datetime) -> StageSpan | None:
    """The stage the customer is in as of `now` (later changes are ignored)."""
    past = [s for s in facts.stages if s.at <= now]
    return max(past, key=lambda s: s.at) if past else None


def compromises_since(
    facts: RelationshipFacts, since: datetime, now: datetime, min_sentiment: int = 1
) -> list[EntryFact]:
    """Compromise entries logged from `since` up to `now`, oldest first."""
    window = entries_between(facts.entries, since, now, from_lo=True)
    return [e for e in window if is_compromise(e, min_sentiment)]


def suggest_stages(
    facts: RelationshipFacts,
    now: datetime,
    settings: SuggestionSettings | None = None,
    health_settings: HealthSettings | None = None,
) -> list[Suggestion]:
    """The stage moves the evidence suggests as of `now`, minus those dismissed."""
    s = settings or SuggestionSettings()
    span = current_span(facts, now)
    found = [
        _conflict(facts, span, now, s),
        _compromise(facts, span, now, s),
        _deeper(facts, span, now, s, health_settings),
    ]
    return [x for x in found if x is not None and x.key not in facts.dismissed]


def _conflict(
    facts: RelationshipFacts, span: StageSpan | None, now: datetime, s: SuggestionSettings
) -> Suggestion | None:
    if span is not None and span.stage is Stage.CONFLICT:
        return None
    lo = now - timedelta(days=s.complaint_window_days)
    if span is not None and span.at > lo:
        lo = span.at
    window = entries_between(facts.entries, lo, now)
    complaints = [e for e in window if e.kind is EntryKind.COMPLAINT]
    if not complaints:
        return None
    last = complaints[-1]
    # The reason says "Complaint logged"; the evidence adds when, and what it interrupts.
    if span is None:
        evidence = (DomainSuggestionsText.tr("On {day}.").format(day=day(last.at, now)),)
    else:
        while_in = DomainSuggestionsText.tr("On {day}, while the customer was in {stage}.")
        evidence = (while_in.format(day=day(last.at, now), stage=span.stage.label),)
    reason = DomainSuggestionsText.tr("Complaint logged")
    return Suggestion(facts.customer_id, Stage.CONFLICT, reason, evidence, last.ref, last.id)


def _compromise(
    facts: RelationshipFacts, span: StageSpan | None, now: datetime, s: SuggestionSettings
) -> Suggestion | None:
    if span is None or span.stage is not Stage.CONFLICT:
        return None
    found = compromises_since(facts, span.at, now, s.compromise_min_sentiment)
    if not found:
        return None
    last = found[-1]
    taken = DomainSuggestionsText.tr("{kind} on {day}, taken well (sentiment {sentiment}).")
    evidence = (
        DomainSuggestionsText.tr("In Conflict since {day}.").format(day=day(span.at, now)),
        taken.format(kind=last.kind.label, day=day(last.at, now), sentiment=f"{last.sentiment:+d}"),
    )
    reason = DomainSuggestionsText.tr("Compromise reached")
    return Suggestion(facts.customer_id, Stage.COMPROMISE, reason, evidence, last.ref, last.id)


def _deeper(
    facts: RelationshipFacts,
    span: StageSpan | None,
    now: datetime,
    s: SuggestionSettings,
    health_settings: HealthSettings | None,
) -> Suggestion | None:
    if span is None or span.stage not in (Stage.COMPATIBILITY, Stage.COMPROMISE):
        return None
    if days_between(span.at, now) < s.deeper_min_days_in_stage:
        return None
    lo = now - timedelta(days=s.deeper_proactive_window_days)
    window = entries_between(facts.entries, lo, now)
    proactive = [e for e in window if e.kind in PROACTIVE_KINDS]
    if len(proactive) < s.deeper_min_proactive:
        return None
    step = s.deeper_sustained_days // 3
    moments = [now - timedelta(days=d) for d in (0, step, 2 * step, s.deeper_sustained_days)]
    reports = health_over_time(facts, moments, health_settings)
    if min(r.score for r in reports) < s.deeper_min_health:
        return None
    scores = ", ".join(str(r.score) for r in reversed(reports))
    months = s.deeper_proactive_window_days // 30
    strong = DomainSuggestionsText.tr(
        "Health strong for %n day(s) ({scores}).", "", s.deeper_sustained_days
    )
    favours = DomainSuggestionsText.tr(
        "%n favour(s) given in the last {months} months.", "", len(proactive)
    )
    evidence = (strong.format(scores=scores), favours.format(months=months))
    return Suggestion(
        facts.customer_id,
        Stage.DEEPER_UNDERSTANDING,
        DomainSuggestionsText.tr("Sustained good health and proactive help"),
        evidence,
        f"stage:{span.at.isoformat()}",
    )
