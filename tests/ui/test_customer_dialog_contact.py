"""The customer form: a relationship's name and kind, and a main contact who becomes its person."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from msgboxes import MessageBoxes
from rapport.domain.people import Labelled, RelationshipKind
from rapport.ui.main_window import MainWindow

WindowFactory = Callable[[Path], MainWindow]


def test_a_new_supplier_with_its_main_contact_is_one_relationship_with_one_person(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    dialog = window.controller.new_customer()
    dialog.name.insert("Rösterei Blau")
    dialog.kind.setCurrentIndex(dialog.kind.findData(RelationshipKind.SUPPLIER.value))
    qtbot.keyClicks(dialog.contact, "Tom Weber")
    qtbot.keyClicks(dialog.role, "Sales rep")
    qtbot.keyClicks(dialog.email, "tom@blau.example")
    qtbot.keyClicks(dialog.phone, "+49 30 1234")
    dialog.accept()
    assert not dialog.isVisible() and MessageBoxes.log == []
    journal = window.bridge.journal
    (found,) = journal.customers.find("Rösterei Blau")
    assert found.kind is RelationshipKind.SUPPLIER
    assert (found.role, found.email, found.phone) == ("", "", "")
    (tom,) = journal.people.of(found.id)
    assert (tom.name, tom.role, tom.main) == ("Tom Weber", "Sales rep", True)
    assert tom.emails == (Labelled("", "tom@blau.example"),)
    assert tom.phones == (Labelled("", "+49 30 1234"),)


def test_a_person_without_a_separate_contact_is_their_own_main_contact(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    dialog = window.controller.new_customer()
    qtbot.keyClicks(dialog.name, "Ada Ross")
    qtbot.keyClicks(dialog.email, "ada@ross.example")
    dialog.accept()
    journal = window.bridge.journal
    (ada,) = journal.customers.find("Ada Ross")
    assert [p.name for p in journal.people.of(ada.id)] == ["Ada Ross"]


def test_editing_leaves_people_to_the_people_section(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    dialog = window.controller.new_customer()
    qtbot.keyClicks(dialog.name, "Ada Ross")
    qtbot.keyClicks(dialog.email, "ada@ross.example")
    dialog.accept()
    (ada,) = window.bridge.journal.customers.find("Ada Ross")
    edit = window.controller.edit_customer(ada.id)
    assert edit is not None
    edit.show()
    assert not edit.contact_box.isVisible()  # her e-mail is hers: edited where people are
    assert edit.name.text() == "Ada Ross"
    edit.accept()
    assert [p.emails for p in window.bridge.journal.people.of(ada.id)] == [
        (Labelled("", "ada@ross.example"),)
    ]
