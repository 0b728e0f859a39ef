"""Putting a few customers' fresh Today items into the list in place of their old ones.

After a write to a few customers only their items are worked out again
(`compose_part`); the rest of the list stays as it is, the very same items. The
result is the list `compose_today` would give for the whole book, or None when it
cannot be known without it: the list shows only the most urgent few check-ins of
the book, and when one of those belonged to a customer worked out again, one that
was cut off may now be due to show.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from rapport.domain.today import Section, TodayItem, list_order


def splice_today(
    shown: Sequence[TodayItem],
    customer_ids: Collection[int],
    fresh: Sequence[TodayItem],
    check_ins_shown: int,
) -> list[TodayItem] | None:
    """`shown` with the items of `customer_ids` replaced by `fresh` (all of theirs, uncut).

    `check_ins_shown` is the most check-ins the list shows (`check_ins_in_today`).
    """
    ids = set(customer_ids)
    kept = [item for item in shown if item.customer_id not in ids]
    shown_check_ins = [item for item in shown if item.section is Section.CHECK_IN]
    if len(shown_check_ins) >= check_ins_shown and any(
        item.customer_id in ids for item in shown_check_ins
    ):
        return None  # a check-in cut off before may come up now: only the whole book says
    check_ins = [item for item in kept if item.section is Section.CHECK_IN]
    check_ins += [item for item in fresh if item.section is Section.CHECK_IN]
    check_ins.sort(key=list_order)
    rest = [item for item in kept if item.section is not Section.CHECK_IN]
    rest += [item for item in fresh if item.section is not Section.CHECK_IN]
    return sorted(rest + check_ins[:check_ins_shown], key=list_order)
