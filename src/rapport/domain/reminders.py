"""When Rapport speaks up while it is closed, and what it says: rules, not widgets.

The reminders read the Today list (`rapport.domain.today.compose_today`): there is no
second set of rules about what is due. This module only decides *when* to tell the
owner and *in which words*:

- A daily summary at a wall-clock time the owner chooses (default 08:30), in the
  owner's time zone, saying what is due today in words ("3 follow-ups, 1 customer
  past their keep-in-touch cadence"). Nothing due, nothing said.
- A follow-up gets its own notification once it is due, but never before that day's
  summary time: follow-ups due when the summary is shown are in the summary (counted,
  and listed on Today where the summary leads). A follow-up that falls due later —
  written during the day with today's date — is told on its own, once.
- Quiet hours (they may run past midnight): nothing is shown inside them; a summary
  whose time falls inside waits until they end. "Not on weekends": no summary and no
  follow-up notification on a Saturday or Sunday; Monday's summary counts them.
- Daylight saving: a summary time that does not exist on a spring-forward day (02:30
  in Brussels) is shown when the clock jumps past it (03:30 summer time, the same
  instant); one that happens twice on a fall-back day is shown at its first occurrence.
- A laptop asleep through the summary time notifies once on waking, not once per
  missed time: `plan` takes what was last told (`ReminderState`) and now, and returns
  what to show and the next state. A summary missed on an earlier day is not shown
  late: today's own summary covers what is due now.
- Private entries' text never leaves the app: a private follow-up's notification says
  only "Private follow-up" under the customer's name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from rapport.domain.people import RelationshipKind
from rapport.domain.today import Section, TodayItem
from rapport.i18n import Words

ReminderText = Words("ReminderText")

#: More follow-ups than this falling due at once are left to the summary.
MOST_FOLLOW_UP_NOTICES = 3


@dataclass(frozen=True)
class ReminderSettings:
    """The owner's choices: when the summary comes, quiet hours, weekends."""

    summary_at: time = time(8, 30)
    #: Quiet hours from/until (wall clock); equal or None means none.
    quiet_from: time | None = None
    quiet_until: time | None = None
    weekends: bool = True  # False: "not on weekends"

    def quiet(self, wall: time) -> bool:
        """True when a wall-clock time lies inside the quiet hours."""
        start, end = self.quiet_from, self.quiet_until
        if start is None or end is None or start == end:
            return False
        if start < end:
            return start <= wall < end
        return wall >= start or wall < end  # the quiet hours run past midnight

    def allowed_day(self, day: date) -> bool:
        """True when reminders may be shown on this calendar day."""
        return self.weekends or day.weekday() < 5


@dataclass(frozen=True)
class ReminderState:
    """What was last told: kept between runs (in the settings) so nothing is told twice."""

    last_run: datetime | None = None
    told_follow_ups: frozenset[int] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Notice:
    """One notification; clicking it opens Today (no customer) or the customer at the entry."""

    title: str
    body: str
    customer_id: int | None = None
    entry_id: int | None = None


@dataclass(frozen=True)
class Plan:
    """What to show now, the state to keep, and when to look again."""

    notices: tuple[Notice, ...]
    state: ReminderState
    next_check: datetime


def wall_moment(day: date, wall: time, zone: tzinfo) -> datetime:
    """The instant (UTC) a wall-clock time happens on `day` in `zone`.

    A time skipped by a spring-forward change maps to the instant the clock jumps past
    it (02:30 in Brussels → 03:30 summer time); a repeated one to its first occurrence.
    """
    local = datetime.combine(day, wall, tzinfo=zone).replace(fold=0)
    return local.astimezone(UTC)


def summary_moment(day: date, zone: tzinfo, settings: ReminderSettings) -> datetime | None:
    """When the summary of `day` is shown (UTC), or None on a day without reminders."""
    if not settings.allowed_day(day):
        return None
    at = settings.summary_at
    if settings.quiet(at) and settings.quiet_until is not None:
        end = settings.quiet_until
        return wall_moment(day if end > at else day + timedelta(days=1), end, zone)
    return wall_moment(day, at, zone)


def plan(
    items: Sequence[TodayItem],
    state: ReminderState,
    now: datetime,
    zone: tzinfo,
    settings: ReminderSettings | None = None,
) -> Plan:
    """What to notify now, given the Today list as of `now` and what was told before.

    `now` must be aware; `zone` is the owner's time zone. Runs may come at any pace
    (every minute, or once after a night asleep): each summary time and each follow-up
    is told at most once.
    """
    s = settings or ReminderSettings()
    now = now.astimezone(UTC)
    today = now.astimezone(zone).date()
    last = state.last_run.astimezone(UTC) if state.last_run is not None else None
    follow_ups = [i for i in items if i.section is Section.FOLLOW_UP]
    due_ids = {
        i.entry_id for i in follow_ups if i.entry_id is not None and i.due and i.due <= today
    }
    told: frozenset[int] = state.told_follow_ups & due_ids  # forget what is done or no longer due
    notices: list[Notice] = []
    moment = summary_moment(today, zone, s)
    speaking = (
        moment is not None
        and moment <= now
        and s.allowed_day(today)
        and not s.quiet(now.astimezone(zone).time())
    )
    if speaking and moment is not None and (last is None or last < moment):
        told |= due_ids
        if items:
            notices.append(summary_notice(items))
    elif speaking:
        fresh = [i for i in follow_ups if i.entry_id in due_ids and i.entry_id not in told]
        told |= {i.entry_id for i in fresh if i.entry_id is not None}
        if len(fresh) > MOST_FOLLOW_UP_NOTICES:
            notices.append(summary_notice(items))
        else:
            notices.extend(follow_up_notice(i) for i in fresh)
    return Plan(
        tuple(notices),
        ReminderState(now, frozenset(told)),
        next_check(now, zone, s),
    )


def next_check(now: datetime, zone: tzinfo, settings: ReminderSettings) -> datetime:
    """The next summary time after `now` (UTC): when a timer should wake the reminders."""
    day = now.astimezone(zone).date()
    for offset in range(9):
        moment = summary_moment(day + timedelta(days=offset), zone, settings)
        if moment is not None and moment > now:
            return moment
    return now + timedelta(days=1)  # every day is excluded: look again tomorrow


def summary_notice(items: Iterable[TodayItem]) -> Notice:
    """The daily summary: what is due today, counted in words; it opens Today."""
    return Notice(ReminderText.tr("Due today"), summary_words(items))


def summary_words(items: Iterable[TodayItem]) -> str:
    """Say "3 follow-ups, 1 customer past their keep-in-touch cadence" — no names, no text."""
    items = list(items)
    counts = Counter(i.section for i in items)
    customers_only = all(
        i.kind is RelationshipKind.CUSTOMER for i in items if i.section is Section.PAST_CADENCE
    )
    words = {
        Section.FOLLOW_UP: lambda n: ReminderText.tr("%n follow-up(s)", "", n),
        Section.PAST_CADENCE: lambda n: (
            ReminderText.tr("%n customer(s) past their keep-in-touch cadence", "", n)
            if customers_only
            else ReminderText.tr("%n relationship(s) past their keep-in-touch cadence", "", n)
        ),
        Section.RISK: lambda n: ReminderText.tr("%n risk signal(s)", "", n),
        Section.CHECK_IN: lambda n: ReminderText.tr("%n check-in(s) due", "", n),
    }
    return ReminderText.tr(", ").join(words[s](counts[s]) for s in Section if counts[s])


def follow_up_notice(item: TodayItem) -> Notice:
    """A follow-up's own notification; a private entry's text is never shown."""
    body = ReminderText.tr("Private follow-up") if item.private else item.title
    return Notice(item.customer_name, body, item.customer_id, item.entry_id)
