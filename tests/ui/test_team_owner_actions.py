"""On a team journal, a colleague who is no owner is told plainly what only the owner may do."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import cast

from pytestqt.qtbot import QtBot

from msgboxes import MessageBoxes
from rapport.domain.customers import CustomerDraft
from rapport.store.server import ServerLocation
from rapport.store.team import add_user, init_team
from rapport.ui.dialogs.trash_dialog import TrashDialog
from rapport.ui.main_window import MainWindow

WindowFactory = Callable[[Path], MainWindow]


def test_a_colleague_cannot_empty_the_trash_or_restore_and_is_told_why(
    qtbot: QtBot, make_window: WindowFactory, pg_location: ServerLocation
) -> None:
    init_team(pg_location)
    add_user(pg_location, "jens")
    window = make_window(cast(Path, replace(pg_location, user="jens")))
    journal = window.bridge.journal
    gone = journal.customers.create(CustomerDraft(name="Gone GmbH"))
    journal.customers.delete(gone)
    dialog = window.safety.show_trash()
    assert isinstance(dialog, TrashDialog)
    assert not dialog.empty_button.isEnabled() and dialog.owner_note.isVisible()
    assert dialog.owner_note.text() == "Only the journal's owner can empty the trash."
    assert not window.safety._empty()  # as if the button were clicked anyway
    assert MessageBoxes.log[-1].text == "Only the journal's owner can empty the trash."
    assert [item.label for item in journal.trash.items()] == ["Gone GmbH"]
    dialog.close()

    assert window.safety.choose_backup() is None
    said = MessageBoxes.log[-1]
    assert (said.kind, said.text) == ("warning", "Only the journal's owner can restore a backup.")
    assert "error" not in said.detail.lower()


def test_an_owner_of_a_team_journal_empties_the_trash(
    qtbot: QtBot, make_window: WindowFactory, pg_location: ServerLocation
) -> None:
    init_team(pg_location)
    add_user(pg_location, "maria", owner=True)
    window = make_window(cast(Path, replace(pg_location, user="maria")))
    journal = window.bridge.journal
    journal.customers.delete(journal.customers.create(CustomerDraft(name="Gone GmbH")))
    dialog = window.safety.show_trash()
    assert dialog.empty_button.isEnabled() and not dialog.owner_note.isVisible()
    MessageBoxes.answers.append(True)
    dialog.empty_button.click()
    assert journal.trash.items() == []
    dialog.close()
