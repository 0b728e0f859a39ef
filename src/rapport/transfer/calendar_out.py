"""Open follow-ups as a calendar file the owner's calendar can import or subscribe to.

Each follow-up becomes an all-day event on its due day with a reminder that morning.
Its UID comes from the entry, so exporting again updates the same events instead of
adding copies; a follow-up ticked off since simply is not in the next file. A private
entry's title stays in the journal: its event says only whom to get back to.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from rapport.domain.facts import FollowUp
from rapport.i18n import Words

if TYPE_CHECKING:
    import icalendar

CalendarOutText = Words("CalendarOutText")

#: The reminder goes off at this time on the due day (hours after midnight).
REMINDER_HOUR = 9


@dataclass(frozen=True)
class FollowUpEvent:
    """An open follow-up and the name of the relationship it belongs to."""

    follow_up: FollowUp
    name: str


def uid_of(follow_up: FollowUp) -> str:
    """The event's identity: the same entry gives the same event in every export."""
    return f"follow-up-{follow_up.entry_id}@rapport.journal"


def follow_ups_calendar(events: Iterable[FollowUpEvent], stamped: datetime) -> bytes:
    """The iCalendar file (RFC 5545) of the follow-ups; `stamped` is the export's time."""
    import icalendar

    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Rapport//Follow-ups//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", CalendarOutText.tr("Rapport follow-ups"))
    for item in events:
        calendar.add_component(_event(item, stamped))
    return bytes(calendar.to_ical())


def _event(item: FollowUpEvent, stamped: datetime) -> icalendar.Event:
    import icalendar

    follow_up = item.follow_up
    event = icalendar.Event()
    event.add("uid", uid_of(follow_up))
    event.add("dtstamp", stamped)
    event.add("dtstart", follow_up.due)
    event.add("dtend", follow_up.due + timedelta(days=1))
    event.add("summary", _summary(item))
    event.add("transp", "TRANSPARENT")  # a reminder, not a busy hour
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", _summary(item))
    alarm.add("trigger", timedelta(hours=REMINDER_HOUR), parameters={"RELATED": "START"})
    event.add_component(alarm)
    return event


def _summary(item: FollowUpEvent) -> str:
    title = " ".join(item.follow_up.title.split())
    if item.follow_up.private or not title:
        return CalendarOutText.tr("Get back to {name}").format(name=item.name)
    return CalendarOutText.tr("Get back to {name}: {title}").format(name=item.name, title=title)
