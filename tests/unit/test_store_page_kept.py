"""Opening a customer again reads what its page shows only after a write touches them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from storehelp import at, customer, entry

from rapport.domain.checkins import Answers, CheckIn
from rapport.domain.customers import CustomerDraft
from rapport.domain.kinds import EntryKind
from rapport.domain.stages import Stage
from rapport.store import Journal
from sqlcount import selects

#: The store behaves alike on a journal file and on a team journal (PostgreSQL).
pytestmark = pytest.mark.both_backends


def opened(journal: Journal, customer_id: int) -> Callable[[], tuple[Any, list[Any]]]:
    def open_page() -> tuple[Any, list[Any]]:
        return journal.timeline.header(customer_id), journal.timeline.page(customer_id, 0, 60)

    return open_page


def test_reopening_a_customer_reads_header_and_first_page_again_only_after_a_write(
    journal: Journal,
) -> None:
    """Switching back to a customer reuses what was read; whatever is written shows at once."""
    anna = customer(journal, "Anna")
    ben = customer(journal, "Ben")
    for day in range(5):
        entry(journal, anna, day + 1)
    open_anna = opened(journal, anna)
    with selects(journal) as first:
        header, rows = open_anna()
    with selects(journal) as again:
        same_header, same_rows = open_anna()
    assert first and not again
    assert (same_header, same_rows) == (header, rows)

    entry(journal, ben, 9)  # another customer's write leaves Anna's rows kept
    with selects(journal) as after_other:
        open_anna()
    assert not after_other

    new = entry(journal, anna, 10, EntryKind.CALL)
    header, rows = open_anna()
    assert header.entry_count == 6
    assert rows[0].key == ("entry", new)
    journal.entries.change_stage(anna, Stage.ATTRACTION, at(11), "Met again")
    header, rows = open_anna()
    assert rows[0].key[0] == "stage"
    assert [h.reason for h in header.stage_history][-1] == "Met again"
    journal.customers.update(anna, CustomerDraft(name="Anna Berg", tags=("bakery",)))
    header, _ = open_anna()
    assert header.customer.name == "Anna Berg"
    assert header.customer.tags == ("bakery",)


def test_a_later_page_and_a_longer_first_page_are_read_as_asked(journal: Journal) -> None:
    anna = customer(journal, "Anna")
    for day in range(8):
        entry(journal, anna, day + 1)
    assert len(journal.timeline.page(anna, 0, 3)) == 3
    assert len(journal.timeline.page(anna, 0, 5)) == 5
    assert [r.key for r in journal.timeline.page(anna, 3, 3)] == [
        r.key for r in journal.timeline.page(anna, 0, 8)[3:6]
    ]


def test_what_a_write_reads_of_its_own_rows_is_not_kept(journal: Journal) -> None:
    anna = customer(journal, "Anna")
    entry(journal, anna, 1)
    journal.timeline.page(anna, 0, 60)

    class Undone(Exception):
        pass

    with pytest.raises(Undone), journal.door.write():
        entry(journal, anna, 2)
        assert len(journal.timeline.page(anna, 0, 60)) == 3  # its own row (and the stage)
        assert journal.timeline.header(anna).entry_count == 2
        raise Undone

    assert len(journal.timeline.page(anna, 0, 60)) == 2
    assert journal.timeline.header(anna).entry_count == 1


def test_the_latest_check_in_comes_with_the_facts_kept_for_the_page(journal: Journal) -> None:
    """The Health tab's latest check-in is the store's, read with the rules' facts."""
    anna = customer(journal, "Anna")
    assert journal.facts.latest_check_in(anna) is None
    journal.checkins.add(CheckIn(anna, at(3), Answers(trust=3)))
    journal.checkins.add(CheckIn(anna, at(1), Answers(trust=2)))
    journal.facts.insight(anna, at(10))
    with selects(journal) as read:
        latest = journal.facts.latest_check_in(anna)
    assert not read
    assert latest == journal.checkins.latest(anna)
    assert latest is not None and latest.answers.trust == 3
    journal.checkins.add(CheckIn(anna, at(5), Answers(trust=5)))
    assert journal.facts.latest_check_in(anna) == journal.checkins.latest(anna)
    assert journal.checkins.latest(anna).answers.trust == 5  # type: ignore[union-attr]


def test_the_rules_answer_from_what_is_kept_without_a_read_or_say_they_cannot(
    journal: Journal,
) -> None:
    """Opening a customer asks the rules at once only when nothing need be read."""
    anna = customer(journal, "Anna")
    entry(journal, anna, 2, EntryKind.MEETING)
    journal.checkins.add(CheckIn(anna, at(3), Answers(trust=3)))
    with selects(journal) as read:
        assert journal.facts.kept_insight(anna, at(10)) is None  # never read: not kept
    assert not read
    expected = journal.facts.insight(anna, at(10))
    with selects(journal) as read:
        kept = journal.facts.kept_insight(anna, at(10))
    assert not read
    assert kept == (expected, journal.checkins.latest(anna))
    entry(journal, anna, 4, EntryKind.CALL)  # a write to Anna: her facts are read again
    assert journal.facts.kept_insight(anna, at(10)) is None
    assert journal.facts.insight(anna, at(10)) != expected
