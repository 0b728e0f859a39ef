"""What the meeting brief says, gathered from the journal: plain data, no Qt.

One page before a meeting: who they are, where the relationship stands and why
(stage and for how long, health with its three largest factors), what is open
(follow-ups, commitments), what happened lately (the last three entries, the last
check-in, the last conflict and how it was settled) and the next step the risk
signals suggest. Private entries are left out unless asked, like the printout.

What a later version adds: the people on both sides (who on our side knows whom) and
the direction of a commitment (who owes whom). Until then the brief shows the main
contact (name, role, an e-mail and a phone), the customer's own role, e-mail and
phone, and the latest commitments as they were written (made, kept, broken).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from rapport.domain.checkins import CheckIn
from rapport.domain.health import Factor, HealthReport
from rapport.domain.kinds import COMMITMENT_KINDS, Side
from rapport.domain.ledger import LedgerLine
from rapport.domain.risk import RiskSignal
from rapport.domain.settings import RuleSettings
from rapport.domain.stages import Stage
from rapport.store.records import CustomerRecord, EntryRecord, PersonRecord, StageChangeRecord
from rapport.store.report_queries import ReportQueries

if TYPE_CHECKING:
    from rapport.store.journal import Journal

#: The largest factors of the health score the brief names.
FACTORS_SHOWN = 3
#: The latest entries the brief shows.
ENTRIES_SHOWN = 3


@dataclass(frozen=True)
class ConflictStory:
    """The last move into Conflict, and the move out of it (None while it lasts)."""

    began: StageChangeRecord
    settled: StageChangeRecord | None


@dataclass(frozen=True)
class BriefData:
    """Everything the brief shows, already chosen; lists are newest or most urgent first."""

    customer: CustomerRecord
    stage: Stage | None
    stage_since: datetime | None
    health: HealthReport
    factors: tuple[Factor, ...]
    follow_ups: tuple[EntryRecord, ...]  # soonest due first
    commitments: tuple[EntryRecord, ...]  # newest first
    entries: tuple[EntryRecord, ...]  # the latest ENTRIES_SHOWN, newest first
    check_in: CheckIn | None
    conflict: ConflictStory | None
    signals: tuple[RiskSignal, ...]  # most severe first
    printed_at: datetime
    include_private: bool
    private_left_out: int
    #: The one to write to first (people since 0008 hold the e-mails and phones).
    main_contact: PersonRecord | None = None
    #: Who is there now, the main contact first.
    people: tuple[PersonRecord, ...] = ()
    #: For a person's name: which of our people took part in entries with them.
    known_by: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: Promises not yet kept or broken, each with its side, the longest waiting first.
    open_promises: tuple[tuple[Side, EntryRecord], ...] = ()


def largest_factors(report: HealthReport, count: int = FACTORS_SHOWN) -> tuple[Factor, ...]:
    """The factors that move the score most, either way (a zero one says nothing)."""
    moving = [f for f in report.factors if f.points != 0]
    return tuple(sorted(moving, key=lambda f: -abs(f.points))[:count])


def last_conflict(changes: tuple[StageChangeRecord, ...]) -> ConflictStory | None:
    """The latest move into Conflict (oldest-first `changes`) and the move that ended it."""
    for index in range(len(changes) - 1, -1, -1):
        if changes[index].stage is Stage.CONFLICT:
            after = changes[index + 1] if index + 1 < len(changes) else None
            return ConflictStory(changes[index], after)
    return None


def gather_brief(
    journal: Journal,
    customer_id: int,
    now: datetime,
    include_private: bool = False,
    rules: RuleSettings | None = None,
) -> BriefData:
    """Read the brief of one customer; RecordNotFoundError (a JournalError) when gone.

    `rules` are the owner's (None: the defaults), so the brief's health is the page's.
    """
    assert now.tzinfo is not None, "now must carry the owner's time zone"
    header = journal.timeline.header(customer_id)
    span = ReportQueries(journal).span(customer_id, include_private=include_private)
    found = journal.facts.insight(customer_id, now, rules)
    check_in = journal.checkins.latest(customer_id)
    newest = tuple(reversed(span.entries))
    return BriefData(
        customer=header.customer,
        stage=header.stage,
        stage_since=header.stage_since,
        health=found.health,
        factors=largest_factors(found.health),
        follow_ups=span.open_follow_ups,
        commitments=tuple(e for e in newest if e.kind in COMMITMENT_KINDS),
        entries=newest[:ENTRIES_SHOWN],
        check_in=check_in,
        conflict=last_conflict(span.stage_changes),
        signals=tuple(sorted(found.signals, key=lambda s: -s.severity)),
        printed_at=now,
        include_private=include_private,
        private_left_out=span.private_left_out,
        main_contact=journal.people.main_contact(customer_id),
        people=tuple(p for p in journal.people.of(customer_id) if p.left_on is None),
        known_by=known_by(journal.participants.of(e.id for e in span.entries)),
        open_promises=open_promises(found.ledger.open, span.entries),
    )


def known_by(
    taking_part: dict[int, tuple[list[str], list[str]]],
) -> dict[str, tuple[str, ...]]:
    """For each of their people: our people who were there with them, most often first."""
    counts: defaultdict[str, dict[str, int]] = defaultdict(dict)
    for ours, theirs in taking_part.values():
        for person in theirs:
            for colleague in ours:
                counts[person][colleague] = counts[person].get(colleague, 0) + 1
    return {
        person: tuple(sorted(seen, key=lambda name: (-seen[name], name)))
        for person, seen in counts.items()
    }


def open_promises(
    lines: Iterable[LedgerLine], entries: Iterable[EntryRecord]
) -> tuple[tuple[Side, EntryRecord], ...]:
    """The open promises whose entry the brief may show (private ones only when asked)."""
    shown = {e.id: e for e in entries}
    found = []
    for line in lines:
        entry = shown.get(line.entry_id) if line.entry_id is not None else None
        if line.promise and entry is not None:
            found.append((line.side, entry))
    return tuple(found)
