"""Ctrl+N offers every customer without reading the book again when nothing was written.

The picker's customers are kept (store/customer_choices.py, ui/customer_choices.py)
and brought up to date by the journal's change notices: whatever was created,
renamed, archived or deleted shows the next time; a dialog open meanwhile keeps its
list, and saving for a customer deleted since says so.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from msgboxes import MessageBoxes
from rapport.domain.customers import CustomerDraft, Status
from rapport.domain.people import PersonDraft
from rapport.store import Journal
from rapport.ui.dialogs.customer_picker import CustomerPicker
from rapport.ui.main_window import MainWindow
from sqlcount import statements

WindowFactory = Callable[[Path], MainWindow]


def names(picker: CustomerPicker) -> list[str]:
    """The picker's items as shown."""
    return [picker.itemText(i) for i in range(picker.count())]


def opened(window: MainWindow, customer_id: int | None = None) -> CustomerPicker:
    """Ctrl+N's dialog, opened and closed again; its picker."""
    dialog = window.controller.new_entry(customer_id)
    assert dialog is not None
    dialog.reject()
    return dialog.customer


def test_a_second_ctrl_n_without_a_write_reads_no_customer(
    make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    ada = journal.customers.create(CustomerDraft(name="Ada Works"))
    journal.customers.create(CustomerDraft(name="Bea Bakery"))
    assert names(opened(window, ada)) == ["Ada Works", "Bea Bakery"]
    with statements(journal) as again:
        picker = opened(window, ada)
    assert again == []
    assert names(picker) == ["Ada Works", "Bea Bakery"]
    assert picker.selected_customer() == ada  # the current customer, preselected


def test_created_renamed_archived_and_deleted_customers_show_the_next_time(
    make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    ada = journal.customers.create(CustomerDraft(name="Ada Works"))
    bea = journal.customers.create(CustomerDraft(name="Bea Bakery"))
    opened(window)
    journal.customers.update(ada, CustomerDraft(name="Zora Works"))
    assert names(opened(window)) == ["Bea Bakery", "Zora Works"]
    cid = journal.customers.create(CustomerDraft(name="Cid Coffee"))
    assert names(opened(window)) == ["Bea Bakery", "Cid Coffee", "Zora Works"]
    journal.customers.set_status(bea, Status.ARCHIVED)  # archived: still written about
    assert names(opened(window, bea)) == ["Bea Bakery", "Cid Coffee", "Zora Works"]
    journal.customers.delete(cid)
    assert names(opened(window)) == ["Bea Bakery", "Zora Works"]
    journal.customers.restore(cid)
    journal.people.add(bea, PersonDraft(name="Jens Holm"))
    picker = opened(window)
    assert names(picker) == ["Bea Bakery — Jens Holm", "Cid Coffee", "Zora Works"]
    picker.setEditText("jens")  # found by one of its people, added since
    assert picker.selected_customer() == bea


def test_a_customer_deleted_while_the_dialog_is_open_is_refused_with_a_message(
    make_window: WindowFactory, journal_path: Path, qtbot: QtBot
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    ada = journal.customers.create(CustomerDraft(name="Ada Works"))
    journal.customers.create(CustomerDraft(name="Bea Bakery"))
    dialog = window.controller.new_entry(ada)
    assert dialog is not None
    dialog.title.setText("Call about the order")
    journal.customers.delete(ada)  # elsewhere, while the owner types
    qtbot.wait(10)  # the change notice reaches the window
    assert dialog.customer.selected_customer() == ada  # the open list stays as it was
    assert names(opened(window)) == ["Bea Bakery"]  # another picker has the new one
    assert names(dialog.customer) == ["Ada Works", "Bea Bakery"]
    MessageBoxes.log.clear()
    dialog.accept()
    assert dialog.isVisible()  # nothing lost: the dialog stays with what was typed
    assert dialog.title.text() == "Call about the order"
    assert MessageBoxes.log and MessageBoxes.log[-1].title == "Save the entry"
    assert "no longer exists" in MessageBoxes.log[-1].text
    dialog.reject()
    assert names(opened(window)) == ["Bea Bakery"]


def test_the_first_ctrl_n_after_start_reads_and_folds_nothing(
    make_window: WindowFactory, journal_path: Path, monkeypatch: Any
) -> None:
    """The start's warm-up read and folded every customer in the background."""
    from rapport.ui import customer_choices

    journal = Journal.open(journal_path)
    for name in ("Ada Works", "Bea Bakery", "Çelik Ltd"):
        journal.customers.create(CustomerDraft(name=name))
    journal.close()
    window = make_window(journal_path)  # waits for the warm-up (`warmed_up`)
    folded: list[str] = []
    real = customer_choices.fold
    monkeypatch.setattr(customer_choices, "fold", lambda text: folded.append(text) or real(text))
    with statements(window.bridge.journal) as read:
        picker = opened(window)
    assert read == [] and folded == []
    assert names(picker) == ["Ada Works", "Bea Bakery", "Çelik Ltd"]
    picker.setEditText("celik")
    assert picker.selected_customer() is not None


def test_a_list_brought_up_to_date_is_the_list_built_afresh(qtbot: QtBot) -> None:
    """Taking out what changed and putting in what is new gives the same rows, in order."""
    import random

    from rapport.store.customers import Choice
    from rapport.ui.customer_choices import CustomerList

    rng = random.Random(7)
    before = [Choice(i, f"Name {i:03}", "", "") for i in range(60)]
    after = [c for c in before if rng.random() > 0.2]  # some deleted
    after = [c._replace(name=c.name + " Ltd") if rng.random() < 0.2 else c for c in after]
    after += [Choice(100 + i, f"Name {rng.randrange(60):03}b", "Org", "") for i in range(5)]
    after.sort(key=lambda c: (c.name.lower(), c.name, c.id))
    kept = CustomerList(before)
    kept.update(after)
    fresh = CustomerList(after)
    rows = [kept.model.item(r).text() for r in range(kept.model.rowCount())]
    assert rows == [fresh.model.item(r).text() for r in range(fresh.model.rowCount())]
    assert (kept.ids, kept.folded, kept.taken) == (fresh.ids, fresh.folded, fresh.taken)
