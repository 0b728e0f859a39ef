"""A few customers' Today items worked out again and spliced in give the whole book's list."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from rapport.demo import populate
from rapport.domain.settings import RuleSettings
from rapport.domain.today import Section
from rapport.domain.today_splice import splice_today
from rapport.store import Journal

NOW = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def test_each_customers_items_spliced_in_give_the_list_of_the_whole_book(
    journal: Journal,
) -> None:
    populate(journal, now=NOW)
    rules = RuleSettings()
    whole = journal.facts.today(NOW, rules)
    customers = sorted(c[0] for c in journal.customers.choices())
    spliced = 0
    for customer_id in customers:
        part = journal.facts.today_part(NOW, [customer_id], rules)
        assert part.context == journal.facts.book_context(rules)
        before = [  # as if their items had been others (check-ins aside: see below)
            i for i in whole if i.customer_id != customer_id or i.section is Section.CHECK_IN
        ]
        for shown in (whole, before):
            together = splice_today(shown, [customer_id], part.items, rules.check_ins_in_today)
            if together is not None:
                spliced += 1
                assert together == whole
    assert spliced >= 2 * (len(customers) - rules.check_ins_in_today)


def test_a_check_in_cut_off_from_the_list_makes_the_splice_ask_for_the_whole_book(
    journal: Journal,
) -> None:
    populate(journal, now=NOW)
    rules = replace(RuleSettings(), check_ins_in_today=1)
    whole = journal.facts.today(NOW, rules)
    [shown] = [i for i in whole if i.section is Section.CHECK_IN]
    part = journal.facts.today_part(NOW, [shown.customer_id], rules)
    assert splice_today(whole, [shown.customer_id], part.items, 1) is None
    others = [i for i in whole if i.customer_id != shown.customer_id]
    other = others[0].customer_id
    part = journal.facts.today_part(NOW, [other], rules)
    assert splice_today(whole, [other], part.items, 1) == whole
