"""What the printed timeline shows: the period, the stage groups, private entries."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from storehelp import at, customer, entry

from rapport.domain.kinds import EntryKind
from rapport.domain.stages import Stage
from rapport.reports.timeline_data import ReportOptions, group_by_stage, resolve_range
from rapport.store import Journal
from rapport.store.report_queries import ReportQueries


def test_the_default_period_runs_from_the_first_record_to_today() -> None:
    now = datetime(2026, 5, 1, 12, tzinfo=UTC)
    first = datetime(2025, 3, 2, 8, tzinfo=UTC)
    assert resolve_range(ReportOptions(), first, now) == (date(2025, 3, 2), date(2026, 5, 1))
    assert resolve_range(ReportOptions(), None, now) == (date(2026, 5, 1), date(2026, 5, 1))
    swapped = ReportOptions(start=date(2026, 2, 1), end=date(2026, 1, 1))
    assert resolve_range(swapped, first, now) == (date(2026, 1, 1), date(2026, 2, 1))


def test_span_is_oldest_first_and_leaves_private_entries_out(journal: Journal) -> None:
    cid = customer(journal, "Ada")
    entry(journal, cid, 3, body="third")
    entry(journal, cid, 1, body="first")
    entry(journal, cid, 2, body="secret", private=True)
    entry(journal, cid, 50, body="later", follow_up_on=at(60).date())
    queries = ReportQueries(journal)
    span = queries.span(cid, at(0.5), at(10))
    assert [e.body for e in span.entries] == ["first", "third"]
    assert span.private_left_out == 1
    assert [e.body for e in span.open_follow_ups] == ["later"]
    everything = queries.span(cid, at(0.5), at(10), include_private=True)
    assert [e.body for e in everything.entries] == ["first", "secret", "third"]
    assert everything.private_left_out == 0
    assert queries.private_count(cid) == 1


def test_span_knows_the_stage_in_force_when_the_period_starts(journal: Journal) -> None:
    cid = customer(journal, "Ada")
    journal.entries.change_stage(cid, Stage.CONFLICT, at(5), "late delivery")
    journal.entries.change_stage(cid, Stage.COMPROMISE, at(20), "new slot")
    span = ReportQueries(journal).span(cid, at(10), at(30))
    assert span.stage_before is not None and span.stage_before.stage is Stage.CONFLICT
    assert [c.stage for c in span.stage_changes] == [Stage.COMPROMISE]
    assert ReportQueries(journal).bounds(cid) == (at(0), at(20))


def test_entries_group_under_the_stage_they_were_written_in(journal: Journal) -> None:
    cid = customer(journal, "Ada")
    entry(journal, cid, 1, body="hello")
    complaint = entry(journal, cid, 5, EntryKind.COMPLAINT, body="too dark")
    journal.entries.change_stage(cid, Stage.CONFLICT, at(5), "complaint", complaint)
    journal.entries.change_stage(cid, Stage.COMPROMISE, at(6), "lighter roast")
    journal.entries.change_stage(cid, Stage.DEEPER_UNDERSTANDING, at(9), "trust")
    entry(journal, cid, 10, body="dinner")
    span = ReportQueries(journal).span(cid)
    groups = group_by_stage(span.entries, span.stage_changes, span.stage_before)
    assert [(g.stage, [e.body for e in g.entries]) for g in groups] == [
        (Stage.ATTRACTION, ["hello"]),
        (Stage.CONFLICT, ["too dark"]),  # the complaint opened the conflict
        (Stage.COMPROMISE, []),
        (Stage.DEEPER_UNDERSTANDING, ["dinner"]),
    ]
    assert not any(g.continued for g in groups)


def test_entries_before_any_stage_get_a_group_of_their_own() -> None:
    from rapport.store.records import EntryRecord

    moment = datetime(2025, 1, 1, tzinfo=UTC)
    old = EntryRecord(
        1, moment, EntryKind.NOTE, body="old", id=1, created_at=moment, updated_at=moment
    )
    groups = group_by_stage((old,), (), None)
    assert len(groups) == 1 and groups[0].stage is None and groups[0].entries == (old,)
    assert group_by_stage((), (), None) == ()
    assert moment + timedelta(0) == moment
