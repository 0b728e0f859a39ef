"""Reading meetings from a calendar file (`.ics`) that the owner's calendar exports.

`icalendar` parses the file, `x-wr-timezone` repairs Google's whole-calendar time
zone, and `recurring-ical-events` expands repeating meetings — for the window asked
for only (the recent past), so a weekly meeting since 2015 costs a few occurrences.
Cancelled meetings, meetings the owner declined and all-day events (holidays,
birthdays, "office closed") are left out: what remains are meetings to write up.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any

from rapport.i18n import Words
from rapport.transfer.errors import TransferError
from rapport.transfer.limited import read_limited
from rapport.transfer.mail import MailAddress

log = logging.getLogger("rapport.transfer")
CalendarText = Words("CalendarText")

#: A calendar export larger than this is refused (years of a busy calendar are ~10 MB).
MAX_CALENDAR_BYTES = 64 * 1024 * 1024
#: At most this many meetings are taken from one file (the window keeps it far below).
MAX_MEETINGS = 5000


@dataclass(frozen=True)
class Meeting:
    """One meeting (one occurrence of a repeating one), in aware local times."""

    key: str
    """Stable across re-reads: the event's UID and the occurrence's start."""
    title: str
    start: datetime
    end: datetime
    location: str
    organizer: MailAddress | None
    attendees: tuple[MailAddress, ...]

    @property
    def addresses(self) -> tuple[MailAddress, ...]:
        """Everyone invited, the organiser first: whom the meeting may be with."""
        return ((self.organizer,) if self.organizer else ()) + self.attendees


def read_calendar(
    path: Path, since: datetime, until: datetime, own: Iterable[str] = ()
) -> list[Meeting]:
    """The meetings of an `.ics` file between `since` and `until` (TransferError in words)."""

    def too_large(_size: int) -> TransferError:
        return TransferError(
            CalendarText.tr("“{name}” is too large for a calendar.").format(name=path.name),
            CalendarText.tr("Export only your own calendar, or only the last months."),
        )

    data = read_limited(path, MAX_CALENDAR_BYTES, too_large, "a calendar file")
    return read_meetings(data, since, until, own, path.name)


def read_meetings(
    data: bytes, since: datetime, until: datetime, own: Iterable[str] = (), name: str = ""
) -> list[Meeting]:
    """Meetings that overlap [since, until), oldest first; `own` are the owner's addresses."""
    assert since.tzinfo is not None and until.tzinfo is not None, "aware times only"
    import icalendar
    import recurring_ical_events
    import x_wr_timezone

    if not data.lstrip().upper().startswith(b"BEGIN:VCALENDAR"):
        raise _not_calendar(name)
    try:
        calendar = x_wr_timezone.to_standard(icalendar.Calendar.from_ical(data))
        if str(calendar.get("METHOD", "")).upper() == "CANCEL":
            return []
        events = recurring_ical_events.of(calendar).between(since, until)
    except Exception as exc:  # the parsers raise many kinds for a damaged file
        log.warning("a calendar could not be read: %s", type(exc).__name__)
        raise _not_calendar(name) from exc
    mine = {address.casefold() for address in own}
    local = since.tzinfo
    meetings = []
    for event in events:
        meeting = _meeting(event, mine, local)
        if meeting is not None:
            meetings.append(meeting)
            if len(meetings) >= MAX_MEETINGS:
                break
    meetings.sort(key=lambda m: (m.start, m.key))
    return meetings


def _not_calendar(name: str) -> TransferError:
    return TransferError(
        CalendarText.tr("“{name}” is not a calendar Rapport can read.").format(name=name or "?"),
        CalendarText.tr("Export the calendar again as an .ics (iCalendar) file."),
    )


def _meeting(event: Any, mine: set[str], local: tzinfo) -> Meeting | None:
    """The meeting an event stands for, or None for what is not a meeting to write up."""
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        return None
    start, end = event.get("DTSTART"), event.get("DTEND")
    if start is None or not isinstance(start.dt, datetime):  # all-day: no meeting
        return None
    begins = _aware(start.dt, local)
    ends = _aware(end.dt, local) if end is not None and isinstance(end.dt, datetime) else begins
    attendees = []
    for attendee in _as_list(event.get("ATTENDEE")):
        address = _address(attendee)
        if address is None:
            continue
        if address.email.casefold() in mine:
            if str(attendee.params.get("PARTSTAT", "")).upper() == "DECLINED":
                return None
            continue  # the owner is not whom the meeting is with
        attendees.append(address)
    organizer = _address(event.get("ORGANIZER"))
    if organizer is not None and organizer.email.casefold() in mine:
        organizer = None
    uid = str(event.get("UID", "")) or f"{begins.isoformat()}|{event.get('SUMMARY', '')}"
    return Meeting(
        key=f"{uid}|{begins.astimezone(local).isoformat()}",
        title=" ".join(str(event.get("SUMMARY", "")).split()),
        start=begins,
        end=max(ends, begins),
        location=" ".join(str(event.get("LOCATION", "")).split()),
        organizer=organizer,
        attendees=tuple(attendees),
    )


def _aware(moment: datetime | date, local: tzinfo) -> datetime:
    """A floating time (no zone) is the owner's local time, as calendars mean it."""
    assert isinstance(moment, datetime)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=local)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _address(value: Any) -> MailAddress | None:
    """An attendee's "mailto:" address with its CN as the name; None when no address."""
    if value is None:
        return None
    text = str(value).strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    if "@" not in text:
        return None
    params = getattr(value, "params", {})
    return MailAddress(" ".join(str(params.get("CN", "")).split()), text)
