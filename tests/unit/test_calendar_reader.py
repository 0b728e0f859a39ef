"""Meetings read from calendar exports: which ones, when, and with whom."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rapport.transfer.calendar_in import read_calendar, read_meetings
from rapport.transfer.errors import TransferError
from rapport.transfer.mail import MailAddress

CALENDAR = Path(__file__).parents[1] / "fixtures" / "calendar"
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
OWN = ["marieke@roastery.example"]


def _week(since: datetime, until: datetime) -> list:  # type: ignore[type-arg]
    return read_calendar(CALENDAR / "week.ics", since, until, OWN)


def test_the_meetings_of_a_fortnight_cancelled_declined_and_all_day_left_out() -> None:
    meetings = _week(
        datetime(2026, 3, 9, tzinfo=AMSTERDAM), datetime(2026, 3, 21, tzinfo=AMSTERDAM)
    )
    assert [(m.title, m.start.astimezone(AMSTERDAM).strftime("%d %H:%M")) for m in meetings] == [
        ("Tasting with Café Lindeboom", "10 14:00"),
        ("Lunch with Jürgen Müller", "13 12:30"),
        ("Weekly call Bakkerij Verhoef (moved)", "17 16:00"),
    ]  # 9 March: taken out of the series; 16 March: moved to the 17th


def test_a_meeting_says_with_whom_not_the_owner_and_where() -> None:
    (tasting,) = _week(
        datetime(2026, 3, 10, tzinfo=AMSTERDAM), datetime(2026, 3, 11, tzinfo=AMSTERDAM)
    )
    assert tasting.addresses == (MailAddress("Jens Visser", "jens@lindeboom.example"),)
    assert tasting.location == "Lindeboom, Utrecht"
    assert tasting.end - tasting.start == timedelta(hours=1)
    assert tasting.start.utcoffset() == timedelta(hours=1)


def test_a_repeating_meeting_is_expanded_for_the_window_only() -> None:
    since = datetime(2026, 1, 1, tzinfo=AMSTERDAM)
    meetings = _week(since, datetime(2026, 2, 1, tzinfo=AMSTERDAM))
    calls = [m for m in meetings if m.title.startswith("Weekly call")]
    assert [m.start.day for m in calls] == [5, 12, 19, 26]
    assert len({m.key for m in calls}) == 4  # each occurrence is its own meeting
    again = _week(since, datetime(2026, 2, 1, tzinfo=AMSTERDAM))
    assert [m.key for m in again] == [m.key for m in meetings]  # stable across re-reads


def test_summer_time_is_kept_across_the_change() -> None:
    meetings = _week(
        datetime(2026, 3, 23, tzinfo=AMSTERDAM), datetime(2026, 4, 1, tzinfo=AMSTERDAM)
    )
    before, after = meetings  # 23 and 30 March; summer time began on the 29th
    assert [m.start.astimezone(AMSTERDAM).hour for m in meetings] == [9, 9]
    assert before.start.utcoffset() == timedelta(hours=1)
    assert after.start.utcoffset() == timedelta(hours=2)


def test_a_google_calendar_in_its_own_time_zone() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    (review,) = read_calendar(
        CALENDAR / "google.ics",
        datetime(2026, 3, 1, tzinfo=berlin),
        datetime(2026, 4, 1, tzinfo=berlin),
    )
    assert review.title == "Supplier review Kaffeerösterei Köln"
    assert review.start.astimezone(berlin).hour == 10
    assert review.attendees == (MailAddress("juergen@koeln.example", "juergen@koeln.example"),)


@pytest.mark.parametrize(
    "data",
    [b"", b"BEGIN:VCARD\nFN:x\nEND:VCARD\n", b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:garbage\n"],
    ids=["empty", "vcard", "broken"],
)
def test_a_file_that_is_no_calendar_is_refused_in_words(data: bytes) -> None:
    since = datetime(2026, 1, 1, tzinfo=AMSTERDAM)
    with pytest.raises(TransferError) as raised:
        read_meetings(data, since, since + timedelta(days=30), name="odd.ics")
    assert "“odd.ics” is not a calendar" in raised.value.message
    assert ".ics" in raised.value.hint


def test_a_missing_file_is_refused_in_words(tmp_path: Path) -> None:
    since = datetime(2026, 1, 1, tzinfo=AMSTERDAM)
    with pytest.raises(TransferError, match="could not be read"):
        read_calendar(tmp_path / "gone.ics", since, since + timedelta(days=1))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=1500))
def test_any_bytes_after_a_calendar_header_give_meetings_or_a_clear_refusal(tail: bytes) -> None:
    since = datetime(2026, 1, 1, tzinfo=AMSTERDAM)
    try:
        meetings = read_meetings(b"BEGIN:VCALENDAR\r\n" + tail, since, since + timedelta(days=60))
    except TransferError as exc:
        assert exc.message and exc.hint
    else:
        assert all(m.start.tzinfo is not None for m in meetings)
