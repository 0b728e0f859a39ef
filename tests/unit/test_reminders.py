"""The reminder rules: when Rapport speaks up while closed, and what it says."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from factbuilders import make

from rapport.domain.facts import BookFacts, FollowUp
from rapport.domain.kinds import EntryKind
from rapport.domain.reminders import (
    ReminderSettings,
    ReminderState,
    plan,
    summary_moment,
    wall_moment,
)
from rapport.domain.today import Section, TodayItem, compose_today

BRUSSELS = ZoneInfo("Europe/Brussels")
TOKYO = ZoneInfo("Asia/Tokyo")
NEW_YORK = ZoneInfo("America/New_York")


def follow_up(entry_id: int, due: date, title: str = "Send the quote", private: bool = False):
    return TodayItem(
        Section.FOLLOW_UP, 1, "Anna's Bakery", title, "", due=due, entry_id=entry_id,
        private=private,
    )  # fmt: skip


def cadence() -> TodayItem:
    return TodayItem(Section.PAST_CADENCE, 2, "Bike Hub", "No contact for 40 days", "")


def at(zone, *parts: int) -> datetime:
    return datetime(*parts, tzinfo=zone)  # type: ignore[misc]


DAY = date(2026, 6, 3)  # a Wednesday
ITEMS = [follow_up(11, DAY), follow_up(12, DAY - timedelta(days=2)), cadence(), follow_up(13, DAY)]


def run(items, state, now, zone=BRUSSELS, settings=None):
    return plan(items, state, now, zone, settings)


def test_summary_says_what_is_due_in_words_and_opens_today():
    result = run(
        ITEMS, ReminderState(at(BRUSSELS, 2026, 6, 2, 23)), at(BRUSSELS, 2026, 6, 3, 8, 31)
    )
    (notice,) = result.notices
    assert notice.title == "Due today"
    assert notice.body == "3 follow-ups, 1 customer past their keep-in-touch cadence"
    assert notice.customer_id is None  # clicking opens Today


def test_summary_counts_a_supplier_past_its_cadence_as_a_relationship():
    from dataclasses import replace

    from rapport.domain.people import RelationshipKind
    from rapport.domain.reminders import summary_words

    supplier = replace(cadence(), kind=RelationshipKind.SUPPLIER)
    assert summary_words([cadence(), supplier]) == (
        "2 relationships past their keep-in-touch cadence"
    )


def test_nothing_before_the_summary_time_and_the_timer_is_set_for_it():
    result = run(
        ITEMS, ReminderState(at(BRUSSELS, 2026, 6, 2, 23)), at(BRUSSELS, 2026, 6, 3, 8, 29)
    )
    assert result.notices == ()
    assert result.next_check == at(BRUSSELS, 2026, 6, 3, 8, 30)


def test_nothing_due_nothing_said():
    result = run([], ReminderState(at(BRUSSELS, 2026, 6, 2, 23)), at(BRUSSELS, 2026, 6, 3, 9))
    assert result.notices == ()


def test_asleep_through_the_summary_time_notifies_once_on_waking():
    slept = ReminderState(at(BRUSSELS, 2026, 5, 30, 22))  # closed the lid three evenings ago
    woke = run(ITEMS, slept, at(BRUSSELS, 2026, 6, 3, 10, 15))
    assert [n.title for n in woke.notices] == ["Due today"]
    again = run(ITEMS, woke.state, at(BRUSSELS, 2026, 6, 3, 10, 16))
    assert again.notices == ()
    later = run(ITEMS, again.state, at(BRUSSELS, 2026, 6, 3, 17))
    assert later.notices == ()


def test_runs_every_minute_all_day_tell_the_summary_once():
    state, told = ReminderState(at(BRUSSELS, 2026, 6, 2, 23, 59)), []
    now = at(BRUSSELS, 2026, 6, 3, 0, 0)
    while now < at(BRUSSELS, 2026, 6, 4, 0, 0):
        result = run(ITEMS, state, now)
        told += result.notices
        state = result.state
        now += timedelta(minutes=1)
    assert [n.title for n in told] == ["Due today"]


def test_a_follow_up_falling_due_later_in_the_day_is_told_on_its_own_once():
    morning = run(ITEMS, ReminderState(at(BRUSSELS, 2026, 6, 2, 23)), at(BRUSSELS, 2026, 6, 3, 9))
    added = [*ITEMS, follow_up(14, DAY, "Call back about the invoice")]
    noon = run(added, morning.state, at(BRUSSELS, 2026, 6, 3, 12))
    (notice,) = noon.notices
    assert (notice.title, notice.body) == ("Anna's Bakery", "Call back about the invoice")
    assert (notice.customer_id, notice.entry_id) == (1, 14)  # opens the customer at the entry
    assert run(added, noon.state, at(BRUSSELS, 2026, 6, 3, 12, 1)).notices == ()


def test_a_follow_up_due_tomorrow_is_not_told_today():
    morning = run(ITEMS, ReminderState(at(BRUSSELS, 2026, 6, 2, 23)), at(BRUSSELS, 2026, 6, 3, 9))
    added = [*ITEMS, follow_up(14, DAY + timedelta(days=1))]
    assert run(added, morning.state, at(BRUSSELS, 2026, 6, 3, 12)).notices == ()


def test_many_follow_ups_at_once_become_one_summary():
    morning = run(ITEMS, ReminderState(at(BRUSSELS, 2026, 6, 2, 23)), at(BRUSSELS, 2026, 6, 3, 9))
    added = [*ITEMS, *(follow_up(20 + n, DAY) for n in range(4))]
    (notice,) = run(added, morning.state, at(BRUSSELS, 2026, 6, 3, 12)).notices
    assert notice.title == "Due today"


def test_private_follow_up_never_shows_its_text():
    morning = run(ITEMS, ReminderState(at(BRUSSELS, 2026, 6, 2, 23)), at(BRUSSELS, 2026, 6, 3, 9))
    added = [*ITEMS, follow_up(14, DAY, "Divorce; be gentle", private=True)]
    (notice,) = run(added, morning.state, at(BRUSSELS, 2026, 6, 3, 12)).notices
    assert "Divorce" not in notice.title + notice.body
    assert notice.body == "Private follow-up"


def test_private_follow_up_from_the_facts_reaches_the_notice_without_its_text():
    book = BookFacts(
        customers=(make([], customer_id=1, name="Anna's Bakery"),),
        follow_ups=(FollowUp(1, 1, DAY, "Secret", EntryKind.CALL, private=True),),
    )
    items = compose_today(book, at(BRUSSELS, 2026, 6, 3, 12))
    (item,) = [i for i in items if i.section is Section.FOLLOW_UP]
    assert item.private
    morning = ReminderState(at(BRUSSELS, 2026, 6, 3, 9), frozenset())
    (notice,) = run(items, morning, at(BRUSSELS, 2026, 6, 3, 12)).notices
    assert "Secret" not in notice.title + notice.body


def test_quiet_hours_hold_back_and_a_summary_inside_them_waits_until_they_end():
    quiet = ReminderSettings(summary_at=time(6, 0), quiet_from=time(22), quiet_until=time(7))
    state = ReminderState(at(BRUSSELS, 2026, 6, 2, 21))
    assert run(ITEMS, state, at(BRUSSELS, 2026, 6, 3, 6, 30), settings=quiet).notices == ()
    result = run(ITEMS, state, at(BRUSSELS, 2026, 6, 3, 7, 0), settings=quiet)
    assert [n.title for n in result.notices] == ["Due today"]
    assert summary_moment(DAY, BRUSSELS, quiet) == at(BRUSSELS, 2026, 6, 3, 7)


def test_quiet_hours_hold_back_a_follow_up_until_they_end():
    quiet = ReminderSettings(quiet_from=time(12), quiet_until=time(14))
    morning = run(ITEMS, ReminderState(at(BRUSSELS, 2026, 6, 2, 23)), at(BRUSSELS, 2026, 6, 3, 9))
    added = [*ITEMS, follow_up(14, DAY)]
    lunch = run(added, morning.state, at(BRUSSELS, 2026, 6, 3, 12, 30), settings=quiet)
    assert lunch.notices == ()
    after = run(added, lunch.state, at(BRUSSELS, 2026, 6, 3, 14), settings=quiet)
    assert [n.entry_id for n in after.notices] == [14]


def test_not_on_weekends():
    no_weekends = ReminderSettings(weekends=False)
    friday = ReminderState(at(BRUSSELS, 2026, 6, 5, 18))
    saturday = run(ITEMS, friday, at(BRUSSELS, 2026, 6, 6, 9), settings=no_weekends)
    assert saturday.notices == ()
    assert saturday.next_check == at(BRUSSELS, 2026, 6, 8, 8, 30)  # Monday
    sunday = run(ITEMS, saturday.state, at(BRUSSELS, 2026, 6, 7, 12), settings=no_weekends)
    assert sunday.notices == ()
    monday = run(ITEMS, sunday.state, at(BRUSSELS, 2026, 6, 8, 8, 30), settings=no_weekends)
    assert [n.title for n in monday.notices] == ["Due today"]
    assert run(ITEMS, friday, at(BRUSSELS, 2026, 6, 6, 9)).notices != ()  # allowed by default


@pytest.mark.parametrize("zone", [BRUSSELS, TOKYO, NEW_YORK, UTC])
def test_the_summary_comes_at_the_owners_wall_clock_in_any_zone(zone):
    state = ReminderState(datetime(2026, 6, 2, 23, tzinfo=zone))
    now = datetime(2026, 6, 3, 8, 30, tzinfo=zone).astimezone(UTC)  # same instant, told in UTC
    assert run(ITEMS, state, now - timedelta(minutes=1), zone).notices == ()
    assert len(run(ITEMS, state, now, zone).notices) == 1


def test_today_is_the_owners_day_not_utcs():
    # 08:30 in Tokyo is 23:30 the evening before in UTC: the follow-up due on the 3rd counts.
    state = ReminderState(at(TOKYO, 2026, 6, 2, 23))
    (notice,) = run([follow_up(11, DAY)], state, at(TOKYO, 2026, 6, 3, 8, 30), TOKYO).notices
    assert notice.body == "1 follow-up"


SPRING = date(2026, 3, 29)  # Brussels: 02:00 CET → 03:00 CEST
FALL = date(2026, 10, 25)  # Brussels: 03:00 CEST → 02:00 CET


def test_dst_normal_days_keep_the_wall_time():
    summary = ReminderSettings()
    assert summary_moment(SPRING, BRUSSELS, summary) == datetime(2026, 3, 29, 6, 30, tzinfo=UTC)
    assert summary_moment(FALL, BRUSSELS, summary) == datetime(2026, 10, 25, 7, 30, tzinfo=UTC)


def test_dst_spring_forward_skipped_time_is_told_when_the_clock_jumps_past_it():
    skipped = ReminderSettings(summary_at=time(2, 30))
    moment = summary_moment(SPRING, BRUSSELS, skipped)
    assert moment == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)  # 03:30 summer time
    assert moment.astimezone(BRUSSELS).time() == time(3, 30)
    state = ReminderState(at(BRUSSELS, 2026, 3, 28, 23))
    early = run(ITEMS, state, datetime(2026, 3, 29, 0, 59, tzinfo=UTC), settings=skipped)
    assert early.notices == ()  # 01:59 winter time: not yet
    told, now = [], datetime(2026, 3, 29, 0, 0, tzinfo=UTC)
    while now < datetime(2026, 3, 29, 6, tzinfo=UTC):
        result = run(ITEMS, state, now, settings=skipped)
        told += [(now, n) for n in result.notices]
        state, now = result.state, now + timedelta(minutes=5)
    assert [t for t, _ in told] == [datetime(2026, 3, 29, 1, 30, tzinfo=UTC)]


def test_dst_fall_back_repeated_time_is_told_once_at_its_first_occurrence():
    repeated = ReminderSettings(summary_at=time(2, 30))
    assert summary_moment(FALL, BRUSSELS, repeated) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    state, told = ReminderState(at(BRUSSELS, 2026, 10, 24, 23)), []
    now = datetime(2026, 10, 24, 23, 0, tzinfo=UTC)
    while now < datetime(2026, 10, 25, 4, tzinfo=UTC):  # walks through both 02:30s
        result = run(ITEMS, state, now, settings=repeated)
        told += [now for _ in result.notices]
        state, now = result.state, now + timedelta(minutes=5)
    assert told == [datetime(2026, 10, 25, 0, 30, tzinfo=UTC)]


def test_wall_moment_round_trips_on_ordinary_days():
    for zone in (BRUSSELS, TOKYO, NEW_YORK):
        moment = wall_moment(DAY, time(8, 30), zone)
        assert moment.astimezone(zone).replace(tzinfo=None) == datetime(2026, 6, 3, 8, 30)


def test_a_summary_missed_on_an_earlier_day_is_not_told_late():
    # Asleep from Tuesday evening to Thursday 07:00: Wednesday's summary is not told
    # late; Thursday's own comes at 08:30.
    state = ReminderState(at(BRUSSELS, 2026, 6, 2, 20))
    early = run(ITEMS, state, at(BRUSSELS, 2026, 6, 4, 7))
    assert early.notices == ()
    assert len(run(ITEMS, early.state, at(BRUSSELS, 2026, 6, 4, 8, 30)).notices) == 1
