"""Meetings to write up: after they end, for the recent past, until their entry exists."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from rapport.domain.capture import Known
from rapport.domain.today import Section
from rapport.domain.today_meetings import SeenMeeting, write_ups

CAFE = Known.of(1, "Café Lindeboom", ["jens@lindeboom.example"], ["Jens de Vries"])
BAKERY = Known.of(2, "Bakkerij Verhoef", [])
KNOWN = [CAFE, BAKERY]
NOW = datetime(2026, 3, 10, 16, 0, tzinfo=UTC)


def meeting(start_h: int, days_ago: int = 0, title: str = "Tasting", who: str = "") -> SeenMeeting:
    start = NOW.replace(hour=start_h) - timedelta(days=days_ago)
    return SeenMeeting("k", title, start, start + timedelta(hours=1), (who,) if who else ())


def test_an_ended_meeting_with_a_relationship_asks_to_be_written_up() -> None:
    (item,) = write_ups([meeting(14, who="Jens@Lindeboom.example")], KNOWN, {}, NOW)
    assert item.section is Section.WRITE_UP and item.customer_id == 1
    assert item.title == "Write up: meeting with Café Lindeboom, 14:00–15:00"
    assert item.meeting is not None and item.meeting.title == "Tasting"


def test_the_title_names_the_relationship_when_nobody_known_was_invited() -> None:
    (item,) = write_ups([meeting(9, title="Bread order Bakkerij Verhoef")], KNOWN, {}, NOW)
    assert item.customer_id == 2


def test_not_before_it_ends_not_long_after_and_not_with_strangers() -> None:
    later = meeting(15, who="jens@lindeboom.example")  # ends 16:00 = now: ended
    running = SeenMeeting(
        "r",
        "Tasting",
        NOW - timedelta(minutes=30),
        NOW + timedelta(hours=1),
        ("jens@lindeboom.example",),
    )
    old = meeting(9, days_ago=15, who="jens@lindeboom.example")
    stranger = meeting(9, who="someone@else.example")
    items = write_ups([later, running, old, stranger], KNOWN, {}, NOW)
    assert [i.meeting for i in items] == [later]


def test_an_entry_of_kind_meeting_near_it_writes_it_up() -> None:
    m = meeting(14, who="jens@lindeboom.example")
    near = {1: [m.end + timedelta(minutes=50)]}
    far = {1: [m.end + timedelta(hours=2)], 2: [m.start]}
    assert write_ups([m], KNOWN, near, NOW) == []
    assert len(write_ups([m], KNOWN, far, NOW)) == 1
    assert write_ups([m], KNOWN, {}, NOW, only={2}) == []
