"""The health score's factors of contact and reciprocity.

Check-in, keeping in touch, help both ways, our word and theirs; the business and
the mood factors have modules of their own. The package's docstring gives the points.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from rapport.domain.cadence import Cadence
from rapport.domain.checkins import SCALE_MAX, CheckIn, summarise
from rapport.domain.health.model import DAY, Factor, HealthSettings, HealthText, round_half_up
from rapport.domain.kinds import EntryKind
from rapport.domain.wording import day, days_between, window
from rapport.i18n import formats

if TYPE_CHECKING:
    from rapport.domain.health.evidence import Evidence


def check_in_factor(ev: Evidence, check: CheckIn | None, at: datetime) -> Factor:
    """Check-in: the last check-in's score, fading as it grows old."""
    name = HealthText.tr("Check-in")
    if check is None:
        return Factor("check_in", name, 0, HealthText.tr("no check-in yet"))
    summary = summarise(check.answers)
    when = day(check.at, at)
    if summary.mean is None:
        sentence = HealthText.tr("the check-in of {day} was all “don't know”")
        return Factor("check_in", name, 0, sentence.format(day=when))
    age = max(0, days_between(check.at, at))
    interval = ev.s.check_in_interval_days
    span = interval * (ev.s.check_in_fades_by - 1)
    weight = max(0.0, min(1.0, (interval * ev.s.check_in_fades_by - age) / span))
    score = (summary.mean - 1) / 4 * 100
    points = round_half_up((score - 50) * ev.s.check_in_weight * weight)
    n = summary.answered
    if weight <= 0:
        sentence = HealthText.tr("the last check-in ({day}) is too old to count")
    elif weight < 1:
        sentence = HealthText.tr(
            "check-in of {day} averaged {mean} of {most} on %n answer(s), "
            "counted at {percent}% as it is {age} days old",
            "",
            n,
        )
    else:
        sentence = HealthText.tr(
            "check-in of {day} averaged {mean} of {most} on %n answer(s)", "", n
        )
    number = formats().number
    sentence = sentence.format(
        day=when,
        mean=number(summary.mean, 1),
        most=SCALE_MAX,
        percent=number(weight * 100, 0),
        age=age,
    )
    return Factor("check_in", name, points, sentence)


def touch_factor(days: int, logged: bool, cadence: Cadence, s: HealthSettings) -> Factor:
    """Keeping in touch: days since the last contact against the cadence."""
    ratio = days / cadence.days
    raw = s.touch_bonus - s.touch_penalty_per_cadence * max(0.0, ratio - 0.5)
    points = round_half_up(max(float(s.touch_floor), min(float(s.touch_bonus), raw)))
    if not logged and not days:
        sentence = HealthText.tr("no contact logged yet; {cadence}")
    elif not logged:
        sentence = HealthText.tr(
            "no contact logged since they were added %n day(s) ago; {cadence}", "", days
        )
    elif days > cadence.days:
        sentence = HealthText.tr("no contact for %n day(s); {cadence}", "", days)
    elif days == 0:
        sentence = HealthText.tr("last contact today; {cadence}")
    else:
        sentence = HealthText.tr("last contact %n day(s) ago; {cadence}", "", days)
    name = HealthText.tr("Keeping in touch")
    return Factor("touch", name, points, sentence.format(cadence=cadence.describe()))


def help_factor(ev: Evidence, t: float) -> Factor:
    """Help both ways: favours received, and given where help came back."""
    lo = t - ev.s.reciprocity_window_days * DAY
    received = ev.count(EntryKind.FAVOUR_RECEIVED, lo, t)
    given = ev.count(EntryKind.FAVOUR_GIVEN, lo, t)
    matched = min(given, received)  # a favour given counts when help also comes back
    raw = received * ev.s.favour_received_points + matched * ev.s.favour_given_points
    if received and given:
        sentence = HealthText.tr("%n favour(s) received and {given} given {span}", "", received)
    elif received:
        sentence = HealthText.tr("%n favour(s) received, none given {span}", "", received)
    elif given:
        sentence = HealthText.tr("%n favour(s) given, none received {span}", "", given)
    else:
        sentence = HealthText.tr("no favours either way {span}")
    sentence = sentence.format(given=given, span=window(ev.s.reciprocity_window_days))
    name = HealthText.tr("Help both ways")
    return Factor("help", name, min(ev.s.help_max, raw), sentence)


def word_factor(ev: Evidence, t: float, theirs: bool = False) -> Factor:
    """Our (or their) word kept: commitments kept against broken."""
    lo = t - ev.s.reciprocity_window_days * DAY
    kept = ev.count(EntryKind.COMMITMENT_KEPT, lo, t, theirs)
    broken = ev.count(EntryKind.COMMITMENT_BROKEN, lo, t, theirs)
    points = min(ev.s.kept_max, kept * ev.s.kept_points) - min(
        ev.s.broken_max, broken * ev.s.broken_points
    )
    if kept and broken:
        sentence = HealthText.tr("%n commitment(s) kept and {broken} broken {span}", "", kept)
    elif kept:
        sentence = HealthText.tr("%n commitment(s) kept, none broken {span}", "", kept)
    elif broken:
        sentence = HealthText.tr("%n commitment(s) broken, none kept {span}", "", broken)
    else:
        sentence = HealthText.tr("no commitments kept or broken {span}")
    sentence = sentence.format(broken=broken, span=window(ev.s.reciprocity_window_days))
    if theirs:
        return Factor("their_word", HealthText.tr("Their word kept"), points, sentence)
    return Factor("word", HealthText.tr("Our word kept"), points, sentence)
