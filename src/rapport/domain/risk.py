"""Risk signals: named rules that say where a relationship is quietly in danger.

Each rule reads the evidence as of `now`, and when it fires it says why (the
evidence, in plain sentences) and what to do next. Thresholds live in
`RiskSettings`; the defaults, and why:

- **Overdue** — no contact for longer than the cadence (plus `overdue_grace_days`,
  default 0): the cadence is already the owner's own "too long". Notes to self do
  not count as contact (see `EntryKind.is_contact`); the evidence says so when one
  was written since, so the owner is not left wondering.
- **Warm but thin** — in the last 90 days at least 3 warm entries (praise, or a
  friendly call, message, visit, note or favour marked +1 or more) and no business
  substance (no meeting, purchase, or commitment made or kept). Friendliness without
  business is how a customer leaves for a competitor nobody saw; 90 days is one
  quarter, long enough that "no business lately" means something. Not raised for a
  relationship younger than the window.
- **Under-related big deal** — the account value is in the top quarter of the book
  (same currency, at least 4 valued customers to compare), and either health is
  below 60, or the relationship is only Professional and health is below strong
  (70). A big account needs more than trust in delivery to hold.
- **One-way street** — in the last 365 days we gave at least one favour, favours
  given and promises made or kept by us number at least 3, and nothing came back:
  no favour received, no promise made or kept by them (a commitment without a side
  is ours). Promises alone do not make a street one-way: a sale is our promise
  against their payment, which the journal does not log. Or the latest check-in
  says they would not help us (2 or less) while we gave favours, or that they do
  not keep their word (2 or less) while we keep ours (4 or more).
- **Unresolved conflict** — in Conflict for more than 30 days with no compromise
  logged since it began (see `suggestions.is_compromise`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import TypeVar

from rapport.domain.checkins import CheckIn
from rapport.domain.customers import Status
from rapport.domain.facts import RelationshipFacts, entries_between
from rapport.domain.health import HealthReport
from rapport.domain.kinds import EntryKind, Side
from rapport.domain.levels import Level
from rapport.domain.stages import Stage
from rapport.domain.substance import SUBSTANCE_KINDS, warm_without_business
from rapport.domain.suggestions import compromises_since, current_span
from rapport.domain.wording import day, days_between, window
from rapport.i18n import QT_TRANSLATE_NOOP, Words, formats, translate

#: An amount the big-deal rule compares: a value, or the stored cents it came from.
Amount = TypeVar("Amount", Decimal, int)

RiskText = Words("RiskText")


#: Promises that are help flowing from their side (a broken one is not).
_GIVEN_WORD = frozenset({EntryKind.COMMITMENT_MADE, EntryKind.COMMITMENT_KEPT})


class RiskRule(StrEnum):
    """The named risk rules, in the order the Today view lists them."""

    UNRESOLVED_CONFLICT = "unresolved_conflict"
    UNDER_RELATED_BIG_DEAL = "under_related_big_deal"
    WARM_BUT_THIN = "warm_but_thin"
    ONE_WAY_STREET = "one_way_street"
    OVERDUE = "overdue"

    @property
    def label(self) -> str:
        """Human name of the rule, in the owner's language."""
        return translate(RiskText.context, _RULE_LABELS[self])


_RULE_ORDER = {rule: n for n, rule in enumerate(RiskRule)}
_RULE_LABELS = {
    RiskRule.UNRESOLVED_CONFLICT: QT_TRANSLATE_NOOP("RiskText", "Unresolved conflict"),
    RiskRule.UNDER_RELATED_BIG_DEAL: QT_TRANSLATE_NOOP("RiskText", "Under-related big deal"),
    RiskRule.WARM_BUT_THIN: QT_TRANSLATE_NOOP("RiskText", "Warm but thin"),
    RiskRule.ONE_WAY_STREET: QT_TRANSLATE_NOOP("RiskText", "One-way street"),
    RiskRule.OVERDUE: QT_TRANSLATE_NOOP("RiskText", "Overdue"),
}


@dataclass(frozen=True)
class RiskSettings:
    """Every threshold of the risk rules; the defaults are explained above."""

    overdue_grace_days: int = 0
    warm_window_days: int = 90
    warm_min_entries: int = 3
    big_deal_top_share: float = 0.25
    big_deal_min_book: int = 4
    big_deal_weak_health: int = 60
    big_deal_min_level: Level = Level.PERSONAL
    big_deal_strong_health: int = 70
    one_way_window_days: int = 365
    one_way_min_given: int = 3
    one_way_max_received: int = 0
    one_way_low_answer: int = 2
    one_way_own_word: int = 4
    conflict_max_days: int = 30


#: How soon to act, in words, by severity (shown beside each signal, never colour alone);
#: marked for translation, shown through `RiskSignal.urgency`.
URGENCY_WORDS = {
    1: QT_TRANSLATE_NOOP("RiskText", "Keep an eye on it"),
    2: QT_TRANSLATE_NOOP("RiskText", "Act soon"),
    3: QT_TRANSLATE_NOOP("RiskText", "Act now"),
}


@dataclass(frozen=True)
class RiskSignal:
    """A rule that fired for a customer: why, and what to do next."""

    rule: RiskRule
    customer_id: int
    summary: str
    evidence: tuple[str, ...]
    next_step: str
    severity: int = 2  # 1 keep an eye on it, 2 act soon, 3 act now

    @property
    def urgency(self) -> str:
        """How soon to act, in words: "Act now", "Act soon" or "Keep an eye on it"."""
        return translate(RiskText.context, URGENCY_WORDS[max(1, min(3, self.severity))])


@dataclass(frozen=True)
class BookContext:
    """What a rule must know about the whole book: where "big" starts, per currency."""

    big_deal_from: dict[str, Decimal] = field(default_factory=dict)


def book_context(
    customers: Sequence[RelationshipFacts], settings: RiskSettings | None = None
) -> BookContext:
    """Find the smallest value in the top quarter of each currency's active accounts."""
    values: dict[str, list[Decimal]] = {}
    for c in customers:
        if c.status is Status.ACTIVE and c.account_value is not None and c.account_value > 0:
            values.setdefault(c.currency, []).append(c.account_value)
    return BookContext(big_deal_thresholds(values, settings))


def big_deal_thresholds(
    amounts: Mapping[str, Sequence[Amount]], settings: RiskSettings | None = None
) -> dict[str, Amount]:
    """Per currency, the smallest of the top share of positive amounts (enough of them).

    Any amounts that order as the values do will do: the store hands in stored cents
    of the active accounts, so opening a customer need not build the whole book.
    """
    s = settings or RiskSettings()
    thresholds = {}
    for currency, values in amounts.items():
        if len(values) >= s.big_deal_min_book:
            top = max(1, int(len(values) * s.big_deal_top_share))
            thresholds[currency] = sorted(values, reverse=True)[top - 1]
    return thresholds


def assess(
    facts: RelationshipFacts,
    report: HealthReport,
    now: datetime,
    book: BookContext | None = None,
    settings: RiskSettings | None = None,
) -> list[RiskSignal]:
    """Every risk signal that fires for an active customer as of `now`, most urgent first."""
    if facts.status is not Status.ACTIVE:
        return []
    s = settings or RiskSettings()
    found = [
        overdue(facts, report, s),
        warm_but_thin(facts, now, s),
        under_related_big_deal(facts, report, book or BookContext(), s),
        one_way_street(facts, now, s),
        unresolved_conflict(facts, now, s),
    ]
    signals = [x for x in found if x is not None]
    return sorted(signals, key=lambda x: (-x.severity, _RULE_ORDER[x.rule]))


def overdue(facts: RelationshipFacts, report: HealthReport, s: RiskSettings) -> RiskSignal | None:
    """No contact for longer than the cadence."""
    late = report.days_overdue
    if late <= s.overdue_grace_days:
        return None
    days, cadence = report.days_since_contact, report.cadence
    ratio = days / cadence.days
    evidence = [
        RiskText.tr("No contact for %n day(s); {cadence}.", "", days).format(
            cadence=cadence.describe()
        )
    ]
    if report.last_contact is not None:
        last = day(report.last_contact, report.at)
        evidence.append(RiskText.tr("Last contact on {day}.").format(day=last))
    since = report.last_contact
    notes = [
        e for e in entries_between(facts.entries, since, report.at) if e.kind is EntryKind.NOTE
    ]
    if notes:
        note = RiskText.tr("Your note of {day} is not counted: a note to yourself is not contact.")
        evidence.append(note.format(day=day(notes[-1].at, report.at)))
    step = (
        RiskText.tr(
            "Call them about the disagreement: ask whether it is settled for them, and what "
            "would settle it."
        )
        if report.stage is Stage.CONFLICT
        else RiskText.tr(
            "Get in touch: a call or a visit to hear how things are going on their side."
        )
    )
    return RiskSignal(
        RiskRule.OVERDUE,
        facts.customer_id,
        RiskText.tr("%n day(s) past the keep-in-touch cadence", "", late),
        tuple(evidence),
        step,
        3 if ratio >= 2 else 2 if ratio >= 1.5 else 1,
    )


def warm_but_thin(facts: RelationshipFacts, now: datetime, s: RiskSettings) -> RiskSignal | None:
    """Personal warmth lately, but no business substance."""
    found = warm_without_business(
        facts.entries, facts.started_at, now, s.warm_window_days, s.warm_min_entries
    )
    if found is None:
        return None
    praise, friendly = found.praise, found.friendly
    substance = [e for e in facts.entries if e.kind in SUBSTANCE_KINDS and e.at <= now]
    warm = RiskText.tr(
        "%n warm entr(y|ies) in the last {days} days "
        "({praise} praise, {friendly} friendly contacts).",
        "",
        praise + friendly,
    )
    evidence = [
        warm.format(days=s.warm_window_days, praise=praise, friendly=friendly),
        (
            RiskText.tr("No meeting, purchase or commitment since {day}.").format(
                day=day(substance[-1].at, now)
            )
            if substance
            else RiskText.tr("No meeting, purchase or commitment logged, ever.")
        ),
    ]
    if facts.level is Level.PERSONAL:
        evidence.append(RiskText.tr("The relationship is marked Personal."))
    latest = _latest_check_in(facts, now)
    if latest is not None and (needs := latest.answers.needs) is not None and needs <= 2:
        line = RiskText.tr(
            "Your last check-in says you rarely talk about their needs ({answer}/5)."
        )
        evidence.append(line.format(answer=needs))
    return RiskSignal(
        RiskRule.WARM_BUT_THIN,
        facts.customer_id,
        RiskText.tr("Friendly, but no business lately"),
        tuple(evidence),
        RiskText.tr(
            "Book a working meeting about their plans: what is changing for them, what they need "
            "next, and what you could do better. Goodwill alone will not hold the account."
        ),
    )


def under_related_big_deal(
    facts: RelationshipFacts, report: HealthReport, book: BookContext, s: RiskSettings
) -> RiskSignal | None:
    """A large account held by a weak relationship."""
    value, threshold = facts.account_value, book.big_deal_from.get(facts.currency)
    if value is None or threshold is None or value < threshold:
        return None
    weak = report.score < s.big_deal_weak_health
    shallow = (
        facts.level.strength < s.big_deal_min_level.strength
        and report.score < s.big_deal_strong_health
    )
    if not (weak or shallow):
        return None
    number = formats().number
    top = RiskText.tr(
        "Account value {value} {currency} is in the top {share}% of your book "
        "(from {threshold} {currency})."
    )
    health = (
        RiskText.tr("Health {score}, below {limit}.").format(
            score=report.score, limit=s.big_deal_weak_health
        )
        if weak
        else RiskText.tr(
            "Health {score}, below {limit} for a relationship that is only {level}."
        ).format(score=report.score, limit=s.big_deal_strong_health, level=facts.level.label)
    )
    evidence = [
        top.format(
            value=number(float(value), 0),
            currency=facts.currency,
            share=round(s.big_deal_top_share * 100),
            threshold=number(float(threshold), 0),
        ),
        health,
    ]
    if shallow:
        evidence.append(
            RiskText.tr("Relationship level: {level} — {meaning}").format(
                level=facts.level.label, meaning=facts.level.meaning
            )
        )
    return RiskSignal(
        RiskRule.UNDER_RELATED_BIG_DEAL,
        facts.customer_id,
        RiskText.tr("A big account on a thin relationship"),
        tuple(evidence),
        RiskText.tr(
            "Invest in this one: meet the people behind the account, learn their goals, and find "
            "a way to become part of how they work, beyond delivering the order."
        ),
        3 if report.score < 40 else 2,
    )


def one_way_street(facts: RelationshipFacts, now: datetime, s: RiskSettings) -> RiskSignal | None:
    """Help and promises flowing from our side only."""
    lo = now - timedelta(days=s.one_way_window_days)
    recent = entries_between(facts.entries, lo, now)
    given = sum(e.kind is EntryKind.FAVOUR_GIVEN for e in recent)
    received = sum(e.kind is EntryKind.FAVOUR_RECEIVED for e in recent)
    promised = [e.side or Side.OURS for e in recent if e.kind in _GIVEN_WORD]
    ours, theirs = promised.count(Side.OURS), promised.count(Side.THEIRS)
    evidence = []
    span = window(s.one_way_window_days)
    flowing = given >= 1 and given + ours >= s.one_way_min_given
    if flowing and received + theirs <= s.one_way_max_received:
        if given or received:
            line = RiskText.tr("%n favour(s) given and {received} received {span}.", "", given)
            evidence.append(line.format(received=received, span=span))
        if ours or theirs:
            line = RiskText.tr(
                "%n promise(s) made or kept by you and {theirs} by them {span}.", "", ours
            )
            evidence.append(line.format(theirs=theirs, span=span))
    latest = _latest_check_in(facts, now, max_age_days=s.one_way_window_days)
    if latest is not None:
        a, low = latest.answers, s.one_way_low_answer
        if a.help is not None and a.help <= low and given:
            line = RiskText.tr("Your last check-in says they would not help you ({answer}/5).")
            evidence.append(line.format(answer=a.help))
        if (
            a.their_word is not None
            and a.their_word <= low
            and a.trust is not None
            and a.trust >= s.one_way_own_word
        ):
            line = RiskText.tr(
                "Your last check-in says you keep your word ({ours}/5) "
                "but they rarely keep theirs ({theirs}/5)."
            )
            evidence.append(line.format(ours=a.trust, theirs=a.their_word))
    if not evidence:
        return None
    return RiskSignal(
        RiskRule.ONE_WAY_STREET,
        facts.customer_id,
        RiskText.tr("Help and promises flow one way"),
        tuple(evidence),
        RiskText.tr(
            "Ask for something modest in return (a referral, a testimonial, paying on time) and "
            "see whether they meet you. If they never do, reconsider what you give them."
        ),
    )


def unresolved_conflict(
    facts: RelationshipFacts, now: datetime, s: RiskSettings
) -> RiskSignal | None:
    """In Conflict for too long without a compromise."""
    span = current_span(facts, now)
    if span is None or span.stage is not Stage.CONFLICT:
        return None
    days = days_between(span.at, now)
    if days <= s.conflict_max_days or compromises_since(facts, span.at, now):
        return None
    complaints = [e for e in facts.entries if e.kind is EntryKind.COMPLAINT and e.at <= now]
    since = RiskText.tr("In Conflict since {day} (%n day(s); the limit is {limit}).", "", days)
    evidence = [
        since.format(day=day(span.at, now), limit=s.conflict_max_days),
        RiskText.tr("No compromise logged since then (a favour or a commitment they took well)."),
    ]
    if complaints:
        # The complaint that opened the conflict is logged just before the move, so
        # counting only those after the move's time would say "0 complaints".
        later = sum(e.at > span.at for e in complaints)
        line = (
            RiskText.tr(
                "Latest complaint on {day}; %n more complaint(s) since the conflict began.",
                "",
                later,
            )
            if later
            else RiskText.tr("Latest complaint on {day}.")
        )
        evidence.append(line.format(day=day(complaints[-1].at, now)))
    return RiskSignal(
        RiskRule.UNRESOLVED_CONFLICT,
        facts.customer_id,
        RiskText.tr("In Conflict for %n day(s) without a compromise", "", days),
        tuple(evidence),
        RiskText.tr(
            "Meet them to settle it: hear what would put it right, offer what you reasonably "
            "can, and log the agreement when you reach one."
        ),
        3 if days > 2 * s.conflict_max_days else 2,
    )


def _latest_check_in(
    facts: RelationshipFacts, now: datetime, max_age_days: int = 365
) -> CheckIn | None:
    past = [c for c in facts.check_ins if now - timedelta(days=max_age_days) <= c.at <= now]
    return past[-1] if past else None
