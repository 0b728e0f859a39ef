"""The picker's choices are read once; a write has only the customers it touched read again."""

from __future__ import annotations

from storehelp import customer, entry

from rapport.domain.customers import CustomerDraft
from rapport.store import Journal
from sqlcount import selects


def names(journal: Journal) -> list[str]:
    return [c.name for c in journal.customers.choices()]


def test_choices_are_read_again_only_for_the_customers_a_write_touched(journal: Journal) -> None:
    anna = customer(journal, "Anna")
    ben = customer(journal, "Ben")
    first = journal.customers.choices()
    with selects(journal) as again:
        assert journal.customers.choices() is first  # the same answer, not read
    assert again == []

    entry(journal, anna, 1)  # an entry names no customer anew
    with selects(journal) as after_entry:
        assert journal.customers.choices() is first
    assert after_entry == []

    journal.customers.update(ben, CustomerDraft(name="Aaron"))
    with selects(journal) as after_rename:
        assert names(journal) == ["Aaron", "Anna"]
    assert len(after_rename) == 1 and " IN " in after_rename[0]  # Ben alone, not everyone
    journal.customers.delete(anna)
    assert names(journal) == ["Aaron"]
    journal.customers.restore(anna)
    assert names(journal) == ["Aaron", "Anna"]


def test_inside_a_write_the_choices_include_what_it_has_not_committed(journal: Journal) -> None:
    customer(journal, "Anna")
    journal.customers.choices()
    with journal.transaction():
        journal.customers.create(CustomerDraft(name="Bea"))
        assert names(journal) == ["Anna", "Bea"]
    assert names(journal) == ["Anna", "Bea"]
