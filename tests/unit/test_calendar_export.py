"""Open follow-ups written as a calendar the owner's calendar program takes in."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import icalendar

from rapport.domain.facts import FollowUp
from rapport.transfer.calendar_out import FollowUpEvent, follow_ups_calendar

STAMP = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
CALL = FollowUp(entry_id=7, customer_id=1, due=date(2026, 3, 12), title="Send the spring prices")
SECRET = FollowUp(
    entry_id=9, customer_id=2, due=date(2026, 3, 14), title="Margin talk", private=True
)


def _events(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def test_each_follow_up_is_an_all_day_event_with_a_morning_reminder() -> None:
    data = follow_ups_calendar(
        [FollowUpEvent(CALL, "Café Lindeboom"), FollowUpEvent(SECRET, "Jürgen Müller")], STAMP
    )
    call, secret = _events(data)
    assert call["SUMMARY"] == "Get back to Café Lindeboom: Send the spring prices"
    assert call.decoded("DTSTART") == date(2026, 3, 12)
    assert call.decoded("DTEND") == date(2026, 3, 13)
    (alarm,) = call.walk("VALARM")
    assert alarm.decoded("TRIGGER") == timedelta(hours=9)
    assert secret["SUMMARY"] == "Get back to Jürgen Müller"
    assert b"Margin talk" not in data  # a private entry's words stay in the journal


def test_exporting_again_updates_the_same_events_instead_of_adding_copies() -> None:
    first = follow_ups_calendar([FollowUpEvent(CALL, "A"), FollowUpEvent(SECRET, "B")], STAMP)
    later = follow_ups_calendar([FollowUpEvent(SECRET, "B")], STAMP + timedelta(days=2))
    uids = [str(e["UID"]) for e in _events(first)]
    assert len(set(uids)) == 2
    assert [str(e["UID"]) for e in _events(later)] == [uids[1]]


def test_an_empty_list_is_still_a_valid_calendar() -> None:
    calendar = icalendar.Calendar.from_ical(follow_ups_calendar([], STAMP))
    assert calendar["VERSION"] == "2.0" and not _events(calendar.to_ical())
