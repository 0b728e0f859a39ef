"""What a printed timeline says, gathered from the journal: plain data, no Qt.

The printout reads a customer's story in the order it happened, grouped by the
lifecycle stage the relationship was in: each stage change opens a group (its reason
is the group's heading), and the stage in force when the range starts opens the first
one. Gathering is separate from drawing, so the grouping and the options are tested
without a painter, and the same data feeds the preview, the PDF and the printer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

from rapport.domain.health import HealthReport
from rapport.domain.people import took_part
from rapport.domain.settings import RuleSettings
from rapport.domain.stages import Stage
from rapport.store.attachments import AttachmentRecord
from rapport.store.records import (
    CustomerRecord,
    EntryRecord,
    PersonRecord,
    StageChangeRecord,
)
from rapport.store.report_queries import ReportQueries

if TYPE_CHECKING:
    from rapport.store.journal import Journal


@dataclass(frozen=True)
class ReportOptions:
    """What the user chose: the days covered (both included), private entries, the chart."""

    start: date | None = None
    """First day covered; None: the customer's first day in the journal."""
    end: date | None = None
    """Last day covered; None: today."""
    include_private: bool = False
    include_chart: bool = True
    rules: RuleSettings = field(default_factory=RuleSettings)
    """The owner's relationship rules: the printed health is the one the screens show."""


@dataclass(frozen=True)
class StageGroup:
    """The entries written while the customer was in one stage, and how that stage began."""

    stage: Stage | None
    """None: entries from before the first recorded stage (an old or imported journal)."""
    change: StageChangeRecord | None
    """The move that opened the group; None only when `stage` is None."""
    continued: bool
    """The move happened before the range: the group carries on from earlier pages of life."""
    entries: tuple[EntryRecord, ...] = ()


@dataclass(frozen=True)
class TimelineData:
    """Everything the printed report shows, already chosen and ordered."""

    customer: CustomerRecord
    stage: Stage | None
    stage_since: datetime | None
    health: HealthReport | None
    start: date
    end: date
    printed_at: datetime
    groups: tuple[StageGroup, ...]
    open_follow_ups: tuple[EntryRecord, ...]
    private_left_out: int
    options: ReportOptions = field(default_factory=ReportOptions)
    files: Mapping[int, tuple[AttachmentRecord, ...]] = field(default_factory=dict)
    """The shown entries' files by entry id (a left-out private entry's are not read)."""
    read_file: Callable[[int], bytes] | None = None
    """Reads a file's bytes by attachment id (pictures are printed from them)."""
    people: tuple[PersonRecord, ...] = ()
    """The relationship's people, main contact first (those who left last)."""
    took_part: dict[int, str] = field(default_factory=dict)
    """For each entry that says so, who took part: "Marieke · with Lena"."""

    @property
    def entry_count(self) -> int:
        """How many entries the report shows."""
        return sum(len(g.entries) for g in self.groups)


def day_bounds(start: date, end: date, tz: tzinfo) -> tuple[datetime, datetime]:
    """The moments [start 00:00, the day after end 00:00) in the owner's time zone."""
    first = datetime.combine(start, time(), tz)
    after = datetime.combine(end + timedelta(days=1), time(), tz)
    return first, after


def resolve_range(
    options: ReportOptions, first_moment: datetime | None, now: datetime
) -> tuple[date, date]:
    """The days the report covers: the options', else first day on record through today."""
    today = now.date()
    end = options.end or today
    if options.start is not None:
        start = options.start
    elif first_moment is not None:
        start = first_moment.astimezone(now.tzinfo).date()
    else:
        start = end
    return (start, end) if start <= end else (end, start)


def group_by_stage(
    entries: tuple[EntryRecord, ...],
    changes: tuple[StageChangeRecord, ...],
    before: StageChangeRecord | None,
) -> tuple[StageGroup, ...]:
    """Entries (oldest first) grouped under the stage changes (oldest first) they follow.

    A stage change and an entry at the same moment — a complaint that moved the customer
    to Conflict — put the entry in the new stage's group: it is what opened it.
    """
    groups: list[StageGroup] = []
    stage = before.stage if before is not None else None
    change = before
    continued = before is not None
    bucket: list[EntryRecord] = []
    pending = list(changes)
    for entry in entries:
        while pending and pending[0].occurred_at <= entry.occurred_at:
            if bucket or stage is not None:
                groups.append(StageGroup(stage, change, continued, tuple(bucket)))
            change = pending.pop(0)
            stage, continued, bucket = change.stage, False, []
        bucket.append(entry)
    for later in pending:
        if bucket or stage is not None:
            groups.append(StageGroup(stage, change, continued, tuple(bucket)))
        stage, change, continued, bucket = later.stage, later, False, []
    if bucket or stage is not None:
        groups.append(StageGroup(stage, change, continued, tuple(bucket)))
    return tuple(groups)


def gather(
    journal: Journal,
    customer_id: int,
    options: ReportOptions,
    now: datetime,
    health: HealthReport | None = None,
) -> TimelineData:
    """Read what the report shows. `now` is aware, in the owner's time zone.

    Raises RecordNotFoundError (a JournalError) when the customer is gone.
    """
    tz = now.tzinfo
    assert tz is not None, "now must carry the owner's time zone"
    queries = ReportQueries(journal)
    header = journal.timeline.header(customer_id)
    first, _last = queries.bounds(customer_id)
    start, end = resolve_range(options, first, now)
    lower, upper = day_bounds(start, end, tz)
    span = queries.span(customer_id, lower, upper, options.include_private)
    if health is None:
        health = journal.facts.insight(customer_id, now, options.rules).health
    groups = group_by_stage(span.entries, span.stage_changes, span.stage_before)
    printed = [entry.id for group in groups for entry in group.entries]
    files = {key: tuple(value) for key, value in journal.attachments.on_entries(printed).items()}
    shown = [e.id for e in span.entries] + [e.id for e in span.open_follow_ups]
    me = journal.our_people.me()
    owner = me.name if me is not None else ""  # a paper is read by others: their name
    return TimelineData(
        people=tuple(journal.people.of(customer_id)),
        took_part={
            entry_id: took_part([n or owner for n in ours], theirs)
            for entry_id, (ours, theirs) in journal.participants.of(shown).items()
        },
        customer=header.customer,
        stage=header.stage,
        stage_since=header.stage_since,
        health=health,
        start=start,
        end=end,
        printed_at=now,
        groups=groups,
        open_follow_ups=span.open_follow_ups,
        private_left_out=span.private_left_out,
        options=options,
        files=files,
        read_file=journal.attachments.data,
    )
