"""Lifecycle rules: the current stage, how long it has lasted, and stage suggestions.

A suggestion is only ever offered to the user, who accepts or dismisses it;
nothing here moves a customer by itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from rapport.domain.stages import Stage
from rapport.i18n import QT_TRANSLATE_NOOP, Words, translate

LifecycleText = Words("LifecycleText")

#: Reasons Rapport itself gives a stage change. They are stored in English (a journal is
#: read in any language) and shown in the owner's words by `reason_words`.
NEW_CUSTOMER_REASON = QT_TRANSLATE_NOOP("LifecycleText", "New customer")
IMPORTED_REASON = QT_TRANSLATE_NOOP("LifecycleText", "Imported from {source}")
_IMPORTED_PREFIX = IMPORTED_REASON.split("{", 1)[0]


def reason_words(reason: str) -> str:
    """A stored stage-change reason as the owner reads it (their own words stay as typed)."""
    if reason == NEW_CUSTOMER_REASON:
        return translate("LifecycleText", NEW_CUSTOMER_REASON)
    if reason.startswith(_IMPORTED_PREFIX):
        source = reason.removeprefix(_IMPORTED_PREFIX)
        return translate("LifecycleText", IMPORTED_REASON).format(source=source)
    return reason


@dataclass(frozen=True)
class StageSpan:
    """One stage change as the rules see it."""

    stage: Stage
    at: datetime


def current_stage(history: Sequence[StageSpan]) -> StageSpan | None:
    """The latest change is the current stage; None when the customer has no history.

    Of changes at the same moment, the one recorded last (later in `history`) wins,
    as the store orders them.
    """
    if not history:
        return None
    return max(reversed(history), key=lambda span: span.at)


def days_in_stage(history: Sequence[StageSpan], now: datetime) -> int | None:
    """Whole days since the current stage began, or None without history."""
    current = current_stage(history)
    if current is None:
        return None
    return max(0, (now - current.at).days)


def describe_duration(days: int) -> str:
    """Say how long something lasted in words an owner reads at a glance."""
    if days < 1:
        return LifecycleText.tr("since today")
    if days < 14:
        return LifecycleText.tr("for %n day(s)", "", days)
    if days < 60:
        return LifecycleText.tr("for %n week(s)", "", days // 7)
    if days < 730:
        return LifecycleText.tr("for %n month(s)", "", days // 30)
    return LifecycleText.tr("for %n year(s)", "", days // 365)
