"""Issue 15 leftovers: the customer list's second column names the main contact of an
organisation (its own organisation field is empty), and sorting still works."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from rapport.domain.customers import CustomerDraft
from rapport.domain.people import PersonDraft
from rapport.store import Journal
from rapport.ui.models.customer_list import CustomerListModel


def _cells(model: CustomerListModel) -> list[tuple[str, str]]:
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def test_an_organisation_shows_its_main_contact_and_a_person_their_organisation(
    journal: Journal,
) -> None:
    cafe = journal.customers.create(CustomerDraft(name="Café Lindeboom"))
    journal.people.add(cafe, PersonDraft(name="Anna de Vries", role="Manager"))
    journal.people.add(cafe, PersonDraft(name="Jens Peeters", role="Owner", main=True))
    roastery = journal.customers.create(CustomerDraft(name="Roastery Bos"))
    journal.people.add(roastery, PersonDraft(name="Kim", left_on=date(2025, 1, 1)))
    journal.people.add(roastery, PersonDraft(name="Bram"))
    journal.people.add(roastery, PersonDraft(name="Zoë"))
    journal.customers.create(CustomerDraft(name="Ada Lovelace", organisation="Analytical Ltd"))
    journal.customers.create(CustomerDraft(name="Grace Hopper", email="grace@example.com"))
    model = CustomerListModel(journal)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert _cells(model) == [
        ("Analytical Ltd", "Ada Lovelace"),  # made an organisation with Ada inside
        ("Café Lindeboom", "Jens Peeters"),  # the main contact
        ("Grace Hopper", ""),  # her own person is her: not said twice
        ("Roastery Bos", "Bram"),  # the first still there (Kim left)
    ]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [name for name, _ in _cells(model)] == [
        "Roastery Bos",
        "Grace Hopper",
        "Café Lindeboom",
        "Analytical Ltd",
    ]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Organisation / contact"
