"""Meetings from the owner's calendar that wait to be written up, as Today items.

The main job is the note after a meeting. A meeting of the recent past whose
invited people or title belong to a relationship (`capture.meeting_with`) comes up
in Today once it has ended — "Write up: meeting with Café Lindeboom, 14:00–15:00" —
until an entry of kind *meeting* for that relationship exists near it (from an hour
before it starts to an hour after it ends): the note written, the item goes.
Meetings of more than `WRITE_UP_DAYS` ago are not brought up any more.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from rapport.domain.capture import Known, meeting_with
from rapport.domain.today import DomainTodayText, Section, TodayItem
from rapport.i18n import formats

#: How far back ended meetings are brought up to be written up.
WRITE_UP_DAYS = 14
#: An entry of kind meeting this close to the meeting's time is its write-up.
WRITTEN_SLACK = timedelta(hours=1)


@dataclass(frozen=True)
class SeenMeeting:
    """A meeting read from the calendar: its id there, title, time and invited addresses."""

    key: str
    title: str
    start: datetime
    end: datetime
    addresses: tuple[str, ...] = ()


def write_ups(
    meetings: Iterable[SeenMeeting],
    known: Sequence[Known],
    written: Mapping[int, Sequence[datetime]],
    now: datetime,
    only: Collection[int] | None = None,
) -> list[TodayItem]:
    """The ended meetings of the last `WRITE_UP_DAYS` still waiting for their entry.

    `written`: per relationship, when its entries of kind meeting took place.
    `only`: the relationships asked about (None: all).
    """
    names = {k.customer_id: k.name for k in known}
    items = []
    for meeting in meetings:
        if not now - timedelta(days=WRITE_UP_DAYS) <= meeting.end <= now:
            continue
        for customer_id in meeting_with(meeting.title, meeting.addresses, known):
            if only is not None and customer_id not in only:
                continue
            if _written(meeting, written.get(customer_id, ())):
                continue
            items.append(_item(meeting, customer_id, names[customer_id], now))
    return items


def customers_met(meetings: Iterable[SeenMeeting], known: Sequence[Known]) -> set[int]:
    """The relationships any of the meetings was with (whose entries to look at)."""
    return {c for m in meetings for c in meeting_with(m.title, m.addresses, known)}


def _written(meeting: SeenMeeting, times: Sequence[datetime]) -> bool:
    since, until = meeting.start - WRITTEN_SLACK, meeting.end + WRITTEN_SLACK
    return any(since <= t <= until for t in times)


def _item(meeting: SeenMeeting, customer_id: int, name: str, now: datetime) -> TodayItem:
    start, end = meeting.start.astimezone(now.tzinfo), meeting.end.astimezone(now.tzinfo)
    title = DomainTodayText.tr("Write up: meeting with {name}, {start}–{end}").format(
        name=name, start=f"{start:%H:%M}", end=f"{end:%H:%M}"
    )
    return TodayItem(
        Section.WRITE_UP,
        customer_id,
        name,
        title,
        " · ".join(p for p in (formats().day_month(start.date()), meeting.title) if p),
        due=start.date(),
        urgency=int(start.timestamp() // 60),  # the meeting that just ended comes first
        meeting=meeting,
    )
