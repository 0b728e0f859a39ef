"""The health score's business factor: the year's purchases against their own rhythm."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from rapport.domain.health.model import DAY, Factor, HealthText, round_half_up, utc_of
from rapport.domain.substance import rhythm
from rapport.domain.wording import day, window
from rapport.i18n import formats

if TYPE_CHECKING:
    from rapport.domain.health.evidence import Evidence


def business_factor(ev: Evidence, t: float, at: datetime, without: int) -> Factor:
    """Purchases against the relationship's own rhythm; `without`: the score before it."""
    s = ev.s
    span = window(s.business_window_days)
    found = rhythm(ev.purchases(t - s.business_window_days * DAY, t))
    reading = found.lateness(t)
    if not found.orders:
        points, sentence = 0, HealthText.tr("no purchase {span}").format(span=span)
    elif reading is None:
        points = s.business_one_order_points
        sentence = HealthText.tr("one purchase {span} ({day}): no rhythm yet")
        sentence = sentence.format(span=span, day=day(utc_of(found.times[-1]), at))
    else:
        late, gap = reading
        raw = s.business_in_rhythm_points - s.business_late_points_per_gap * max(
            0.0, late - s.business_tolerance
        )
        points = round_half_up(max(float(s.business_floor), raw))
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
            day=day(utc_of(found.times[-1]), at),
            late=formats().number(late, 1),
        )
    ceiling = s.strong_from - 1 - without
    if points > ceiling and (warm := ev.warm_without_business(t)):
        points = ceiling
        held = HealthText.tr(
            "; but %n warm entr(y|ies) and no meeting, purchase or commitment {span}: "
            "warmth alone is held below strong",
            "",
            warm,
        )
        sentence += held.format(span=window(s.warm_window_days))
    return Factor("business", HealthText.tr("Business substance"), points, sentence)


def every(gap_days: float) -> str:
    """A usual gap in words: "about every day", "about every 16 days"."""
    days = max(1, round_half_up(gap_days))
    return HealthText.tr("about every %n day(s)", "", days)
