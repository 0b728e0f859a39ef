"""The customer page shows the people of a relationship; the owner adds, edits, removes them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from rapport.domain.customers import CustomerDraft
from rapport.domain.people import Labelled, PersonDraft
from rapport.ui.dialogs.person_dialog import PersonDialog, parse_labelled
from rapport.ui.main_window import MainWindow

WindowFactory = Callable[[Path], MainWindow]


def _cafe(window: MainWindow) -> int:
    journal = window.bridge.journal
    cafe = journal.customers.create(CustomerDraft(name="Café Lindeboom"))
    journal.people.add(
        cafe,
        PersonDraft(
            name="Jens Bakker",
            role="Owner",
            emails=(Labelled("work", "jens@lindeboom.nl"),),
            phones=(Labelled("mobile", "+31 6 1234 5678"),),
        ),
    )
    journal.people.add(cafe, PersonDraft(name="Anna de Vries", role="Manager"))
    journal.people.add(
        cafe, PersonDraft(name="Tom Smit", role="Barista", left_on=date(2024, 3, 31))
    )
    window.customer_list.select(cafe)
    return cafe


def _lines(window: MainWindow) -> list[str]:
    people = window.page.people.list
    return [people.item(i).text() for i in range(people.count())]


def test_the_page_shows_the_people_main_contact_first_and_former_ones_greyed(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    _cafe(window)
    qtbot.waitUntil(lambda: len(_lines(window)) == 3)
    lines = _lines(window)
    assert lines[0].startswith("★ Jens Bakker — Owner")
    assert "jens@lindeboom.nl (work)" in lines[0] and "+31 6 1234 5678 (mobile)" in lines[0]
    assert lines[1] == "Anna de Vries — Manager"
    assert lines[2].startswith("Tom Smit — Barista · no longer there since")
    muted = window.page.people.palette().color(QPalette.ColorRole.PlaceholderText)
    assert window.page.people.list.item(2).foreground().color() == muted


def test_adding_editing_and_removing_a_person_with_undo(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    cafe = _cafe(window)
    journal = window.bridge.journal
    dialog = window.people.add_person(cafe)
    assert isinstance(dialog, PersonDialog)
    dialog.name.setText("Lena Visser")
    dialog.role.setText("Barista")
    dialog.emails.setPlainText("work: lena@lindeboom.nl\nlena@home.nl")
    dialog.main.setChecked(True)
    dialog.accept()
    qtbot.waitUntil(lambda: _lines(window)[0].startswith("★ Lena Visser — Barista"))
    lena = journal.people.main_contact(cafe)
    assert lena is not None
    assert lena.emails == (Labelled("work", "lena@lindeboom.nl"), Labelled("", "lena@home.nl"))

    dialog = window.people.edit_person(lena.id)
    assert dialog is not None and dialog.name.text() == "Lena Visser"
    dialog.role.setText("Head barista")
    dialog.accept()
    qtbot.waitUntil(lambda: "Head barista" in _lines(window)[0])

    window.page.people.list.setCurrentRow(0)
    window.page.people.list.setFocus()
    qtbot.keyClick(window.page.people.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: not any("Lena" in line for line in _lines(window)))
    assert _lines(window)[0].startswith("★ ")  # the mark passes on to someone still there
    window.controller.undo_stack.undo()
    qtbot.waitUntil(lambda: any("Lena" in line for line in _lines(window)))


def test_the_list_filter_finds_a_relationship_by_its_people(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    _cafe(window)
    window.bridge.journal.customers.create(CustomerDraft(name="Roastery Bos"))
    found = window.bridge.journal.timeline.customers("jens")
    assert [c.name for c in found] == ["Café Lindeboom"]


def test_typed_emails_and_phones_keep_their_labels() -> None:
    assert parse_labelled("work: a@b.nl\n\nmobile: +31 6\nplain@c.de\nhttp://x") == (
        Labelled("work", "a@b.nl"),
        Labelled("mobile", "+31 6"),
        Labelled("", "plain@c.de"),
        Labelled("http", "//x"),
    )


def test_ctrl_n_finds_a_relationship_by_one_of_its_people(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    from rapport.ui.dialogs.customer_picker import CustomerPicker

    window = make_window(journal_path)
    cafe = _cafe(window)
    window.bridge.journal.customers.create(CustomerDraft(name="Roastery Bos"))
    picker = CustomerPicker(window.bridge.journal.customers.choices())
    qtbot.addWidget(picker)
    labels = [picker.itemText(i) for i in range(picker.count())]
    assert labels == ["Café Lindeboom — Jens Bakker", "Roastery Bos"]
    for typed in ("Jens", "manager", "jens@lindeboom"):
        picker.setEditText(typed)
        assert picker.selected_customer() == cafe, typed
        assert picker.new_customer_name() is None


def test_a_supplier_is_worded_as_one_and_the_list_filters_by_kind(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    from rapport.domain.people import RelationshipKind
    from rapport.ui.dialogs.customer_dialog import CustomerDialog

    window = make_window(journal_path)
    journal = window.bridge.journal
    _cafe(window)
    roastery = journal.customers.create(CustomerDraft(name="Roastery Bos"))
    journal.customers.set_kind(roastery, RelationshipKind.SUPPLIER)
    window.customer_list.select(roastery)
    qtbot.waitUntil(lambda: window.page.heading.subtitle.text() == "Supplier")
    dialog = window.controller.edit_customer(roastery)
    assert isinstance(dialog, CustomerDialog)
    assert dialog.windowTitle() == "Edit supplier"
    dialog.about.setPlainText("Beans every Tuesday.")
    dialog.accept()  # an edit keeps the kind
    assert journal.customers.get(roastery).kind is RelationshipKind.SUPPLIER

    names = window.customer_list.model
    kinds = window.customer_list.kind
    kinds.setCurrentIndex(kinds.findData("supplier"))
    qtbot.waitUntil(lambda: names.rowCount() == 1)
    assert names.index(0, 0).data() == "Roastery Bos (supplier)"
    kinds.setCurrentIndex(kinds.findData("customer"))
    qtbot.waitUntil(lambda: names.index(0, 0).data() == "Café Lindeboom")
    kinds.setCurrentIndex(0)
    qtbot.waitUntil(lambda: names.rowCount() == 2)


def test_a_new_entry_says_who_took_part_and_the_owner_changes_it(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    from datetime import UTC, datetime

    from rapport.domain.entries import EntryDraft
    from rapport.ui.dialogs.took_part_dialog import TookPartDialog

    window = make_window(journal_path)
    journal = window.bridge.journal
    cafe = _cafe(window)
    draft = EntryDraft(customer_id=cafe, occurred_at=datetime.now(UTC), body="Tasting.")
    done = window.controller._save_new_entry(draft, None)
    assert done is not None
    entry_id = done[1]
    assert journal.participants.of([entry_id])[entry_id] == ([""], ["Jens Bakker"])
    meta = window.page.timeline_model
    qtbot.waitUntil(lambda: meta.item(0).theirs == ("Jens Bakker",))

    dialog = window.people.who_took_part(entry_id)
    assert isinstance(dialog, TookPartDialog)
    dialog.new_name.setText("Marieke")
    dialog._add()
    dialog.theirs.item(1).setCheckState(Qt.CheckState.Checked)  # Anna too
    dialog.accept()
    assert journal.participants.of([entry_id])[entry_id] == (
        ["", "Marieke"],
        ["Jens Bakker", "Anna de Vries"],
    )
    qtbot.waitUntil(lambda: meta.item(0).ours == ("", "Marieke"))
    from rapport.ui.timeline_view import row_document

    text = row_document(meta.item(0), window.palette()).toPlainText()
    assert "You and Marieke · with Jens Bakker and Anna de Vries" in text
