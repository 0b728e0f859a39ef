"""The Today list's follow-ups, worded once per due date and kind, as worded one by one.

A big book has thousands of follow-ups on a few hundred dates, so `_follow_ups`
words each date once; the reference below is how each was worded before, alone.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from rapport import i18n
from rapport.domain.facts import FollowUp
from rapport.domain.kinds import EntryKind
from rapport.domain.today import DomainTodayText, Section, TodayItem, _follow_ups
from rapport.i18n import formats

TODAY = date(2026, 3, 1)


def reference(
    follow_ups: Sequence[FollowUp], names: dict[int, str], today: date, lookahead: int
) -> list[TodayItem]:
    """Each follow-up worded on its own, every time (the former `_follow_ups`)."""
    horizon = today + timedelta(days=lookahead)
    items = []
    for f in follow_ups:
        if f.customer_id not in names or f.due > horizon:
            continue
        late = (today - f.due).days
        if late > 0:
            detail = DomainTodayText.tr("%n day(s) overdue (due {day})", "", late).format(
                day=formats().day_month(f.due)
            )
        elif late == 0:
            detail = DomainTodayText.tr("due today")
        else:
            detail = DomainTodayText.tr("due in %n day(s)", "", -late)
        title = f.title or DomainTodayText.tr("{kind} follow-up").format(kind=f.kind.label)
        named = names[f.customer_id]
        items.append(
            TodayItem(
                Section.FOLLOW_UP,
                f.customer_id,
                named,
                title,
                detail,
                due=f.due,
                entry_id=f.entry_id,
                urgency=late,
                private=f.private,
            )
        )
    return items


follow_up_st = st.builds(
    FollowUp,
    entry_id=st.integers(1, 10_000),
    customer_id=st.integers(1, 6),
    due=st.integers(-400, 40).map(lambda d: TODAY + timedelta(days=d)),
    title=st.sampled_from(["", "", "Send the offer", "Call back about the price"]),
    kind=st.sampled_from(list(EntryKind)),
    private=st.booleans(),
)


@contextmanager
def speaking(tagged: bool) -> Iterator[None]:
    """English, or a translator and formats that show what they were asked."""
    if tagged:
        i18n.install(lambda context, text, disambiguation, n: f"<{text}|{n}>")
        i18n.install_formats(i18n.Formats(day_month=lambda value: f"{value:%d.%m.}"))
    try:
        yield
    finally:
        i18n.install(None)
        i18n.install_formats(None)


@given(
    follow_ups=st.lists(follow_up_st, max_size=40),
    named=st.sets(st.integers(1, 6)),
    lookahead=st.integers(0, 30),
    tagged=st.booleans(),
)
def test_follow_ups_read_as_when_each_was_worded_alone(
    follow_ups: list[FollowUp], named: set[int], lookahead: int, tagged: bool
) -> None:
    names = {cid: f"Customer {cid}" for cid in named}
    with speaking(tagged):
        found = _follow_ups(follow_ups, names, TODAY, lookahead)
        assert found == reference(follow_ups, names, TODAY, lookahead)
