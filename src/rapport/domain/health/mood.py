"""The health score's mood factor: the latest rated marks and how they moved."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rapport.domain.health.model import Factor, HealthText, round_half_up
from rapport.domain.wording import signed, window
from rapport.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from rapport.domain.health.evidence import Evidence


def mood_factor(ev: Evidence, t: float) -> Factor:
    """Mood: the latest rated marks, and how they moved from the year before."""
    name = HealthText.tr("Mood")
    marks, earlier = ev.mood(t)
    if not marks:
        sentence = HealthText.tr("no rated entries {span}")
        return Factor("mood", name, 0, sentence.format(span=window(ev.s.mood_recent_days)))
    recent = sum(marks) / len(marks)
    points = recent * ev.s.mood_points
    trend = ""
    if earlier is not None:
        change = recent - earlier
        cap = ev.s.mood_trend_max
        points += max(-cap, min(cap, change * ev.s.mood_trend_points))
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
    return Factor("mood", name, round_half_up(points), sentence)


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
