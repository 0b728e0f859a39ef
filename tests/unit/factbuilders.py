"""Hand-made relationship facts for the rule tests: days are counted back from NOW."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from rapport.domain.checkins import Answers, CheckIn
from rapport.domain.customers import Status
from rapport.domain.facts import EntryFact, RelationshipFacts
from rapport.domain.kinds import EntryKind
from rapport.domain.levels import Level
from rapport.domain.lifecycle import StageSpan
from rapport.domain.stages import Stage

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
K = EntryKind


def ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


def entry(kind: EntryKind, days_ago: float, sentiment: int | None = None, id: int | None = None):
    return EntryFact(kind, ago(days_ago), sentiment, id)


def check(days_ago: float, customer_id: int = 1, **answers: int | None) -> CheckIn:
    return CheckIn(customer_id, ago(days_ago), Answers(**answers))


def make(
    entries: Iterable[EntryFact] = (),
    stages: Iterable[tuple[Stage, float]] = ((Stage.COMPATIBILITY, 400),),
    created: float = 400,
    check_ins: Iterable[CheckIn] = (),
    customer_id: int = 1,
    name: str = "Customer",
    level: Level = Level.PROFESSIONAL,
    value: int | None = None,
    cadence: int | None = None,
    status: Status = Status.ACTIVE,
    dismissed: frozenset[tuple[Stage, str]] = frozenset(),
) -> RelationshipFacts:
    return RelationshipFacts(
        customer_id=customer_id,
        name=name,
        level=level,
        status=status,
        account_value=Decimal(value) if value is not None else None,
        cadence_days=cadence,
        created_at=ago(created),
        entries=tuple(entries),
        stages=tuple(StageSpan(s, ago(d)) for s, d in stages),
        check_ins=tuple(check_ins),
        dismissed=dismissed,
    ).sorted_copy()
