"""The Today list, and everything the rules say about one customer at once.

Today is the start screen: what is due now, in the order an owner would act on it —
follow-ups (promises to get back to someone, oldest first), customers past their
keep-in-touch cadence (most overdue first), the other risk signals (most urgent
first), then check-ins due, then the important dates of the coming week. Each item
names its customer, so the UI opens the customer page in one click.

Important dates come up in the week before them (today and the six days after):
the anniversary of a relationship's first purchase, and the birthdays of its
people (`RelationshipFacts.birthdays`, fed by the store once people are recorded).
A birthday on 29 February falls on 28 February in other years. Only active
relationships are shown, the soonest first.

A check-in falls due one interval (default 91 days) after the last one, or after
the relationship began when there is none yet. None is asked while a customer is
in Attraction: questions of trust and kept promises need some history to answer.
Today shows at most five check-ins at a time, the longest overdue first, so a new
or newly upgraded journal is not buried under them; the next ones come up as these
are done. The customer page always shows its own due date.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from rapport.domain.customers import Status
from rapport.domain.facts import BookFacts, FollowUp, RelationshipFacts
from rapport.domain.health import HealthReport, health
from rapport.domain.kinds import EntryKind
from rapport.domain.ledger import Ledger, ledger
from rapport.domain.level_suggestions import LevelSuggestion, suggest_levels
from rapport.domain.people import RelationshipKind
from rapport.domain.risk import BookContext, RiskRule, RiskSignal, assess, book_context
from rapport.domain.settings import RuleSettings
from rapport.domain.stages import Stage
from rapport.domain.suggestions import Suggestion, current_span, suggest_stages
from rapport.domain.wording import day
from rapport.i18n import QT_TRANSLATE_NOOP, Words, formats, translate

if TYPE_CHECKING:
    from rapport.domain.today_meetings import SeenMeeting

DomainTodayText = Words("DomainTodayText")

#: Asked now and then during a long computation: True when its result is no longer wanted.
Stop = Callable[[], bool]


class Cancelled(Exception):
    """A computation was asked to stop (`Stop`) before it finished."""


class Section(StrEnum):
    """The groups of the Today list, in the order they are shown."""

    WRITE_UP = "write_up"
    FOLLOW_UP = "follow_up"
    PAST_CADENCE = "past_cadence"
    RISK = "risk"
    CHECK_IN = "check_in"
    DATE = "date"

    @property
    def label(self) -> str:
        """Heading of the group, in the owner's language."""
        return translate(DomainTodayText.context, _SECTION_LABELS[self])


_SECTION_LABELS = {
    Section.WRITE_UP: QT_TRANSLATE_NOOP("DomainTodayText", "Meetings to write up"),
    Section.FOLLOW_UP: QT_TRANSLATE_NOOP("DomainTodayText", "Follow-ups"),
    Section.PAST_CADENCE: QT_TRANSLATE_NOOP("DomainTodayText", "Past their keep-in-touch cadence"),
    Section.RISK: QT_TRANSLATE_NOOP("DomainTodayText", "Risk signals"),
    Section.CHECK_IN: QT_TRANSLATE_NOOP("DomainTodayText", "Check-ins due"),
    Section.DATE: QT_TRANSLATE_NOOP("DomainTodayText", "Important dates this week"),
}


@dataclass(frozen=True)
class TodayItem:
    """One line of the Today list; `customer_id` says whose page it opens."""

    section: Section
    customer_id: int
    customer_name: str
    title: str
    detail: str
    due: date | None = None
    entry_id: int | None = None
    signal: RiskSignal | None = None
    health: int | None = None
    urgency: int = 0  # orders items within a section: days late, or severity
    private: bool = False  # a private entry's follow-up: its title stays inside the app
    meeting: SeenMeeting | None = None  # a meeting to write up (`today_meetings.py`)
    #: Customer, supplier or partner: the row names a kind other than customer.
    kind: RelationshipKind = RelationshipKind.CUSTOMER

    @property
    def named(self) -> str:
        """Whose row it is, with the kind when not a customer: "Roastery Bos (supplier)"."""
        if self.kind is RelationshipKind.CUSTOMER:
            return self.customer_name
        named = DomainTodayText.tr("{name} ({kind})")
        return named.format(name=self.customer_name, kind=self.kind.noun)


@dataclass(frozen=True)
class TodayAnswer:
    """Items of the Today list and the book context the risk rules judged them in.

    A later answer for a few customers is spliced into the list only when judged in
    the same context (the book's top quarter of account values has not moved). The
    list's first items (`compose_first`, its follow-ups) were judged in none: None.
    """

    items: list[TodayItem]
    context: BookContext | None


@dataclass(frozen=True)
class CustomerInsight:
    """What the customer page shows beside the timeline: health, signals, suggestions."""

    customer_id: int
    health: HealthReport
    signals: tuple[RiskSignal, ...]
    suggestions: tuple[Suggestion, ...]
    check_in_due: date | None
    #: Favours and promises each way over the whole record (`ledger.py`).
    ledger: Ledger = field(default_factory=lambda: Ledger(()))
    #: Level moves the evidence suggests (`level_suggestions.py`), for Move or Dismiss.
    level_suggestions: tuple[LevelSuggestion, ...] = ()


def check_in_due(facts: RelationshipFacts, now: datetime, interval_days: int) -> date | None:
    """The date the next check-in falls due (in `now`'s time zone), or None in Attraction."""
    span = current_span(facts, now)
    if span is not None and span.stage is Stage.ATTRACTION:
        return None
    past = [c for c in facts.check_ins if c.at <= now]
    base = past[-1].at if past else facts.started_at
    if base is None:
        return None
    return (base + timedelta(days=interval_days)).astimezone(now.tzinfo).date()


def insight(
    facts: RelationshipFacts,
    now: datetime,
    settings: RuleSettings | None = None,
    book: BookContext | None = None,
) -> CustomerInsight:
    """Health, risk signals, stage suggestions and the next check-in for one customer."""
    s = settings or RuleSettings()
    report = health(facts, now, s.health)
    return CustomerInsight(
        customer_id=facts.customer_id,
        health=report,
        signals=tuple(assess(facts, report, now, book, s.risk)),
        suggestions=tuple(suggest_stages(facts, now, s.suggestions, s.health)),
        check_in_due=check_in_due(facts, now, s.check_in_interval_days),
        ledger=ledger(facts.entries, now),
        level_suggestions=tuple(suggest_levels(facts, now, s.levels)),
    )


def compose_today(
    book: BookFacts,
    now: datetime,
    settings: RuleSettings | None = None,
    today: date | None = None,
    stop: Stop | None = None,
) -> list[TodayItem]:
    """The Today list for the active customers of the book, as of `now`.

    `today` is the owner's calendar date (default: `now`'s date in its own zone).
    `stop`, asked every few customers, ends the work early with `Cancelled`.
    """
    s = settings or RuleSettings()
    active = [c for c in book.customers if c.status is Status.ACTIVE]
    context = book_context(active, s.risk)
    day = today or now.date()
    items, due = _compose(book, now, s, context, day, stop)
    due.sort(key=lambda d: d.order(day))  # as their items would sort, worded for the few shown
    check_ins = [d.item(now, day) for d in due[: s.check_ins_in_today]]
    return sorted(items + _with_kinds(check_ins, _kinds(book)), key=_order)


def compose_first(
    follow_ups: Sequence[FollowUp],
    customers: Mapping[int, tuple[str, RelationshipKind]],
    now: datetime,
    settings: RuleSettings | None = None,
    today: date | None = None,
) -> list[TodayItem]:
    """The follow-ups of the Today list alone, as `compose_today` gives them, first.

    They come before every item the rules work out customer by customer (`Section`),
    so the list's first page can be shown from them while the rest is worked out.
    `customers`: the active ones, by id, with their name and kind.
    """
    s = settings or RuleSettings()
    names = {cid: name for cid, (name, _) in customers.items()}
    kinds: dict[int, RelationshipKind] = {
        cid: kind for cid, (_, kind) in customers.items() if kind is not RelationshipKind.CUSTOMER
    }
    lookahead = s.follow_up_lookahead_days
    items = _follow_ups(follow_ups, names, today or now.date(), lookahead)
    return sorted(_with_kinds(items, kinds), key=_order)


def compose_part(
    book: BookFacts,
    now: datetime,
    context: BookContext,
    settings: RuleSettings | None = None,
    today: date | None = None,
) -> list[TodayItem]:
    """The items of the book's customers alone, judged against the whole book (`context`).

    What a change to a few customers asks again. Every check-in due is given (the
    list shows only the most urgent few of the whole book: `splice_today` cuts).
    """
    s = settings or RuleSettings()
    day = today or now.date()
    items, due = _compose(book, now, s, context, day, None)
    check_ins = _with_kinds([d.item(now, day) for d in due], _kinds(book))
    return sorted(items + check_ins, key=list_order)


def _compose(
    book: BookFacts,
    now: datetime,
    s: RuleSettings,
    context: BookContext,
    today: date,
    stop: Stop | None,
) -> tuple[list[TodayItem], list[_DueCheckIn]]:
    """The items of the book's active customers, and their check-ins due (uncut, unworded)."""
    active = [c for c in book.customers if c.status is Status.ACTIVE]
    names = {c.customer_id: c.name for c in active}
    items = _follow_ups(book.follow_ups, names, today, s.follow_up_lookahead_days)
    check_ins: list[_DueCheckIn] = []
    for n, facts in enumerate(active):
        if stop is not None and n % 50 == 0 and stop():
            raise Cancelled
        report = health(facts, now, s.health)
        for signal in assess(facts, report, now, context, s.risk):
            section = Section.PAST_CADENCE if signal.rule is RiskRule.OVERDUE else Section.RISK
            title = signal.summary if section is Section.PAST_CADENCE else signal.rule.label
            detail = signal.evidence[0] if section is Section.PAST_CADENCE else signal.summary
            urgency = report.days_overdue if section is Section.PAST_CADENCE else signal.severity
            items.append(
                TodayItem(
                    section,
                    facts.customer_id,
                    facts.name,
                    title,
                    detail,
                    signal=signal,
                    health=report.score,
                    urgency=urgency,
                )
            )
        due = check_in_due(facts, now, s.check_in_interval_days)
        if due is not None and due <= today:
            check_ins.append(_DueCheckIn(facts, due, report.score))
        items.extend(important_dates(facts, now, today, s.dates_lookahead_days))
    return _with_kinds(items, _kinds(book)), check_ins


def _kinds(book: BookFacts) -> dict[int, RelationshipKind]:
    """The active suppliers' and partners' kinds, by id."""
    return {
        c.customer_id: c.kind
        for c in book.customers
        if c.status is Status.ACTIVE and c.kind is not RelationshipKind.CUSTOMER
    }


@dataclass(frozen=True)
class _DueCheckIn:
    """A check-in due, put into words only when it is shown (Today shows a few of many)."""

    facts: RelationshipFacts
    due: date
    score: int

    def order(self, today: date) -> tuple[int, int, int, str]:
        """Where its item stands (`_order`), without the item."""
        late = (today - self.due).days
        return (_SECTION_RANK[Section.CHECK_IN], -late, 0, self.facts.name.casefold())

    def item(self, now: datetime, today: date) -> TodayItem:
        """Its line of the list."""
        return _check_in_item(self.facts, now, self.due, today, self.score)


def _with_kinds(items: list[TodayItem], kinds: dict[int, RelationshipKind]) -> list[TodayItem]:
    """The items, each of a supplier or partner saying so."""
    if not kinds:
        return items
    return [replace(i, kind=kinds[i.customer_id]) if i.customer_id in kinds else i for i in items]


def _follow_ups(
    follow_ups: Sequence[FollowUp], names: dict[int, str], today: date, lookahead: int
) -> list[TodayItem]:
    horizon = today + timedelta(days=lookahead)
    # Worded once per due date and per kind: a big book has thousands of follow-ups on
    # a few hundred dates, and the translation lookups were most of their cost.
    details: dict[date, str] = {}
    untitled: dict[EntryKind, str] = {}
    items = []
    for f in follow_ups:
        if f.customer_id not in names or f.due > horizon:
            continue
        late = (today - f.due).days
        detail = details.get(f.due)
        if detail is None:
            detail = details[f.due] = _due_words(late, f.due)
        title = f.title
        if not title:
            title = untitled.get(f.kind) or untitled.setdefault(
                f.kind, DomainTodayText.tr("{kind} follow-up").format(kind=f.kind.label)
            )
        items.append(
            TodayItem(
                Section.FOLLOW_UP,
                f.customer_id,
                names[f.customer_id],
                title,
                detail,
                due=f.due,
                entry_id=f.entry_id,
                urgency=late,
                private=f.private,
            )
        )
    return items


def _due_words(late: int, due: date) -> str:
    """When a follow-up is due, said from today: overdue by days, today, or in days."""
    if late > 0:
        return DomainTodayText.tr("%n day(s) overdue (due {day})", "", late).format(
            day=formats().day_month(due)
        )
    if late == 0:
        return DomainTodayText.tr("due today")
    return DomainTodayText.tr("due in %n day(s)", "", -late)


def important_dates(
    facts: RelationshipFacts, now: datetime, today: date, lookahead_days: int = 6
) -> list[TodayItem]:
    """Anniversaries of the first purchase and birthdays from `today` to `lookahead_days` on."""
    items = []
    first = facts.first_purchase
    if first is not None and first <= now:
        bought = first.astimezone(now.tzinfo).date()
        when = _next(bought, today, lookahead_days)
        if when is not None and when.year > bought.year:
            years = when.year - bought.year
            title = DomainTodayText.tr("%n year(s) since their first purchase", "", years)
            items.append(_date_item(facts, title, when, today))
    for person, born in facts.birthdays:
        when = _next(born, today, lookahead_days)
        if when is None:
            continue
        age = when.year - born.year
        title = (
            DomainTodayText.tr("Birthday: {person} turns %n", "", age)
            if _MIN_BIRTH_YEAR <= born.year < when.year
            else DomainTodayText.tr("Birthday: {person}")
        )
        items.append(_date_item(facts, title.format(person=person), when, today))
    return items


#: A birth year before this is a stand-in for "year not known": the age is not shown.
_MIN_BIRTH_YEAR = 1900


def _next(anniversary: date, today: date, lookahead_days: int) -> date | None:
    """The next time this day and month falls from today to `lookahead_days` on, if it does."""
    for year in (today.year, today.year + 1):
        try:
            when = anniversary.replace(year=year)
        except ValueError:  # 29 February in a year without one
            when = date(year, 2, 28)
        if 0 <= (when - today).days <= lookahead_days:
            return when
    return None


def _date_item(facts: RelationshipFacts, title: str, when: date, today: date) -> TodayItem:
    days = (when - today).days
    if days == 0:
        detail = DomainTodayText.tr("today")
    elif days == 1:
        detail = DomainTodayText.tr("tomorrow, {day}").format(day=formats().day_month(when))
    else:
        detail = DomainTodayText.tr("in %n day(s), on {day}", "", days).format(
            day=formats().day_month(when)
        )
    return TodayItem(
        Section.DATE, facts.customer_id, facts.name, title, detail, due=when, urgency=-days
    )


def _check_in_item(
    facts: RelationshipFacts, now: datetime, due: date, today: date, score: int
) -> TodayItem:
    late = (today - due).days
    past = [c for c in facts.check_ins if c.at <= now]
    if past and late > 0:
        detail = DomainTodayText.tr("last check-in {day}; due since {due}")
    elif past:
        detail = DomainTodayText.tr("last check-in {day}")
    elif late > 0:
        detail = DomainTodayText.tr("no check-in yet; due since {due}")
    else:
        detail = DomainTodayText.tr("no check-in yet")
    detail = detail.format(day=day(past[-1].at, now) if past else "", due=formats().day(due))
    return TodayItem(
        Section.CHECK_IN,
        facts.customer_id,
        facts.name,
        DomainTodayText.tr("Time for a check-in"),
        detail,
        due=due,
        health=score,
        urgency=late,
    )


_SECTION_RANK = {section: n for n, section in enumerate(Section)}
_RULE_RANK = {rule: n for n, rule in enumerate(RiskRule)}


def _order(item: TodayItem) -> tuple[int, int, int, str]:
    rule = _RULE_RANK[item.signal.rule] if item.signal is not None else 0
    return (_SECTION_RANK[item.section], -item.urgency, rule, item.customer_name.casefold())


def list_order(item: TodayItem) -> tuple[object, ...]:
    """Where an item stands in the Today list, ties broken as `compose_today` breaks them.

    That is the order it reads them in: follow-ups by day due and entry, every
    other item by customer.
    """
    if item.section is Section.FOLLOW_UP:
        return (*_order(item), item.due or date.min, item.entry_id or 0)
    return (*_order(item), item.customer_id)
