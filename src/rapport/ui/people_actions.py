"""Adding, editing and removing people at a relationship, through the bridge.

A removal goes to the trash and Edit → Undo brings the person back; an edit from
an older copy is merged, and a clash is put to the owner (ui/conflicts.py).
"""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from rapport.domain.people import PersonDraft
from rapport.i18n import Words
from rapport.store import JournalError
from rapport.ui import msgbox
from rapport.ui.bridge import JournalBridge
from rapport.ui.conflicts import EditBase
from rapport.ui.dialogs.person_dialog import PersonDialog
from rapport.ui.dialogs.took_part_dialog import TookPartDialog
from rapport.ui.modal import open_modal
from rapport.ui.undo import TrashCommand

log = logging.getLogger("rapport.ui")
PeopleActionsText = Words("PeopleActionsText")


class PeopleActions(QObject):
    """The people of a relationship, changed through the bridge."""

    def __init__(self, bridge: JournalBridge, window: QWidget, undo_stack: QUndoStack) -> None:
        super().__init__(window)
        self.bridge = bridge
        self.journal = bridge.journal
        self.window = window
        self.undo_stack = undo_stack

    def add_person(self, customer_id: int) -> PersonDialog | None:
        """Open the form for a new person at a relationship."""
        try:
            relationship = self.journal.customers.get(customer_id).name
        except JournalError as exc:
            msgbox.warn(self.window, PeopleActionsText.tr("Add a person"), exc.message, exc.hint)
            return None

        def save(draft: PersonDraft) -> bool:
            ok, _ = self.bridge.write(
                dialog,
                PeopleActionsText.tr("Add the person"),
                lambda: self.journal.people.add(customer_id, draft),
            )
            return ok

        dialog = PersonDialog(save, relationship, parent=self.window)
        open_modal(dialog)
        return dialog

    def edit_person(self, person_id: int) -> PersonDialog | None:
        """Open a person's details for editing."""
        try:
            record = self.journal.people.get(person_id)
            relationship = self.journal.customers.get(record.customer_id).name
        except JournalError as exc:
            msgbox.warn(self.window, PeopleActionsText.tr("Edit the person"), exc.message, exc.hint)
            return None
        edit: EditBase[PersonDraft] = EditBase(record)

        def save(draft: PersonDraft) -> bool:
            update = partial(self.journal.people.update, person_id)
            ok, _ = self.bridge.write(
                dialog,
                PeopleActionsText.tr("Save the person"),
                lambda: edit.save(dialog, draft, lambda d, base: update(d, base=base)),
            )
            return ok

        dialog = PersonDialog(save, relationship, record, parent=self.window)
        open_modal(dialog)
        return dialog

    def who_took_part(self, entry_id: int) -> TookPartDialog | None:
        """Open who took part in an entry, on each side, to change it."""
        try:
            entry = self.journal.entries.get(entry_id)
            ours, theirs = self.journal.participants.ids_of(entry_id)
            people = self.journal.people.of(entry.customer_id)
            our_people = self.journal.our_people.all()
        except JournalError as exc:
            title = PeopleActionsText.tr("Who took part")
            msgbox.warn(self.window, title, exc.message, exc.hint)
            return None

        def add_ours(name: str) -> int | None:
            _ok, new_id = self.bridge.write(
                dialog,
                PeopleActionsText.tr("Add one of your people"),
                lambda: self.journal.our_people.add(name),
            )
            return new_id

        def save(chosen_ours: set[int], chosen_theirs: set[int]) -> bool:
            ok, _ = self.bridge.write(
                dialog,
                PeopleActionsText.tr("Save who took part"),
                lambda: self.journal.participants.put(entry_id, chosen_ours, chosen_theirs),
            )
            return ok

        dialog = TookPartDialog(
            our_people, people, (ours, theirs), save, add_ours, parent=self.window
        )
        open_modal(dialog)
        return dialog

    def remove_person(self, person_id: int) -> bool:
        """Remove a person from the relationship; Edit → Undo brings them back."""
        people = self.journal.people
        try:
            name = people.get(person_id).name
        except JournalError:
            return False
        text = PeopleActionsText.tr("Remove “{name}”").format(name=name)
        ok, _ = self.bridge.write(self.window, text, lambda: people.remove(person_id))
        if ok:
            self.undo_stack.push(
                TrashCommand(
                    self.bridge,
                    text,
                    lambda: people.remove(person_id),
                    lambda: people.restore(person_id),
                )
            )
            log.info("person %s removed", person_id)
        return ok
