"""The rules' time windows over a sorted history: the same entries a full pass finds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from rapport.domain.facts import EntryFact, entries_between
from rapport.domain.kinds import EntryKind

START = datetime(2025, 1, 1, tzinfo=UTC)
# Few distinct moments, so that entries at the very edge of a window (and ties) are common.
moments = st.integers(min_value=0, max_value=40).map(lambda h: START + timedelta(hours=h))


@given(
    st.lists(moments, max_size=30),
    st.one_of(st.none(), moments),
    moments,
    st.booleans(),
)
def test_a_window_holds_exactly_the_entries_a_full_pass_finds(
    times: list[datetime], lo: datetime | None, hi: datetime, from_lo: bool
) -> None:
    entries = tuple(EntryFact(EntryKind.CALL, at, id=n) for n, at in enumerate(sorted(times)))
    if lo is None:
        expected = [e for e in entries if e.at <= hi]
    elif from_lo:
        expected = [e for e in entries if lo <= e.at <= hi]
    else:
        expected = [e for e in entries if lo < e.at <= hi]
    assert list(entries_between(entries, lo, hi, from_lo=from_lo)) == expected
