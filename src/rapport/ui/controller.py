"""What the user asks for, carried out: dialogs, writes through the bridge, suggestions.

Views emit requests; this is the one place that answers them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from rapport.domain.customers import CustomerDraft, Status
from rapport.domain.drafts import TypedEntry
from rapport.domain.entries import EntryDraft
from rapport.domain.stages import Stage
from rapport.i18n import Words
from rapport.store import JournalError
from rapport.store.drafts import DraftStore
from rapport.store.records import EntryRecord, TimelineItem
from rapport.ui import msgbox
from rapport.ui.bridge import JournalBridge
from rapport.ui.conflicts import EditBase
from rapport.ui.customer_choices import customer_list
from rapport.ui.drafts import DraftKeeper
from rapport.ui.modal import open_modal
from rapport.ui.undo import DeleteCommand
from rapport.ui.undo_notice import UndoNotice

if TYPE_CHECKING:  # dialogs load when first opened: the first window does not need them
    from rapport.ui.dialogs.customer_dialog import CustomerDialog
    from rapport.ui.dialogs.entry_dialog import EntryDialog
    from rapport.ui.dialogs.stage_dialog import StageDialog
    from rapport.ui.navigator import Navigator

log = logging.getLogger("rapport.ui")
T = TypeVar("T")
ControllerText = Words("ControllerText")


class Controller(QObject):
    """Carries out user requests against the open journal."""

    customer_created = Signal(int)

    def __init__(self, bridge: JournalBridge, window: QWidget) -> None:
        super().__init__(window)
        self.bridge = bridge
        self.journal = bridge.journal
        self.window = window
        self.undo_stack = QUndoStack(self)
        self.drafts = DraftStore(self.journal.path)
        bridge.relocated.connect(lambda _old, new: self.drafts.move_to(new))
        self.notice = UndoNotice(self.undo_stack, window)  # "Entry deleted · Undo"
        self.navigator: Navigator | None = None  # set by the window: shows what was saved

    # --- entries ------------------------------------------------------------------------

    def new_entry(
        self, customer_id: int | None = None, took_part: frozenset[int] = frozenset()
    ) -> EntryDialog | None:
        """Open quick capture, for a given customer or one chosen (or added) by typing.

        `took_part`: people of `customer_id` who took part (a meeting from the calendar);
        saved for the entry instead of the main contact, if it stays that customer's.
        """
        from rapport.ui.dialogs.entry_dialog import EntryDialog

        def save(draft: EntryDraft, new_customer: str | None) -> bool:
            theirs = took_part if draft.customer_id == customer_id else frozenset()
            return self._save_new_entry(draft, new_customer, theirs) is not None

        choices = customer_list(self.journal.customers)  # kept while no customer changes
        dialog = EntryDialog(choices, save, customer_id, parent=self.window)
        DraftKeeper(dialog, self.drafts)
        # No question follows the save: a stage it suggests (a complaint → Conflict)
        # waits above the timeline, where accepting it is one more write.
        open_modal(dialog)
        return dialog

    def _save_new_entry(
        self, draft: EntryDraft, new_customer: str | None, theirs: frozenset[int] = frozenset()
    ) -> tuple[EntryDraft, int] | None:
        """Save a new entry (and the new customer it names, in the same transaction)."""
        add = partial(self._add_with_people, theirs=theirs)
        ok, done = self.bridge.write(
            self.window,
            ControllerText.tr("Save the entry"),
            lambda: self._for_customer(draft, new_customer, add),
        )
        if not ok or done is None:
            return None
        if self.navigator is not None:  # the views have the entry already: show it
            self.navigator.open(done[0].customer_id, done[1])
        return done

    def _add_with_people(self, draft: EntryDraft, theirs: frozenset[int] = frozenset()) -> int:
        """Add an entry saying who took part: the owner and their main contact, by default.

        (The owner changes it with "Who took part…" on the timeline.) `theirs`, when
        given, are the customer's people who took part instead of the main contact.
        """
        with self.journal.transaction():
            entry_id = self.journal.entries.add(draft)
            self.journal.participants.put_defaults(entry_id)
            if theirs:
                ours, _main = self.journal.participants.ids_of(entry_id)
                self.journal.participants.put(entry_id, ours, theirs)
            return entry_id

    def _for_customer(
        self, draft: EntryDraft, new_customer: str | None, write: Callable[[EntryDraft], T]
    ) -> tuple[EntryDraft, T]:
        """Run an entry's write, adding the new customer it names first, if any.

        Both go in one transaction: a refused entry adds no customer.
        """
        if new_customer is None:
            return draft, write(draft)
        with self.journal.transaction():
            customer_id = self.journal.customers.create(CustomerDraft(name=new_customer))
            draft = replace(draft, customer_id=customer_id)
            return draft, write(draft)

    def edit_entry(self, entry_id: int) -> EntryDialog | None:
        """Open an entry for editing."""
        try:
            entry = self.journal.entries.get(entry_id)
        except JournalError as exc:
            msgbox.warn(self.window, ControllerText.tr("Edit the entry"), exc.message, exc.hint)
            return None

        edit: EditBase[EntryDraft] = EditBase(entry)

        def save(draft: EntryDraft, new_customer: str | None) -> bool:
            def write(mine: EntryDraft, base: EntryRecord) -> object:
                update = partial(self.journal.entries.update, entry_id, base=base)
                return self._for_customer(mine, new_customer, update)

            ok, _ = self.bridge.write(
                self.window,
                ControllerText.tr("Save the entry"),
                lambda: edit.save(self.window, draft, write),
            )
            return ok

        from rapport.ui.dialogs.entry_dialog import EntryDialog

        dialog = EntryDialog(
            customer_list(self.journal.customers), save, entry=entry, parent=self.window
        )
        DraftKeeper(dialog, self.drafts)
        open_modal(dialog)
        return dialog

    def reopen_draft(self, typed: TypedEntry) -> EntryDialog | None:
        """Open a draft kept after a crash, as it was typed (its entry may be gone)."""
        dialog = None
        if typed.entry_id is not None:
            try:
                self.journal.entries.get(typed.entry_id)
                dialog = self.edit_entry(typed.entry_id)
            except JournalError:
                log.info("entry %s of a draft is gone; reopening as new", typed.entry_id)
        if dialog is None:
            dialog = self.new_entry(typed.customer_id)
        keeper = DraftKeeper.of(dialog) if dialog is not None else None
        if dialog is None or keeper is None:
            return None
        keeper.draft_id = typed.draft_id
        dialog.restore_typed(typed)
        return dialog

    def delete_item(self, item: TimelineItem) -> None:
        """Move an entry or a stage change to the trash (Ctrl+Z brings it back)."""
        entries = self.journal.entries
        if item.entry is not None:
            entry_id = item.entry.id
            text = ControllerText.tr("Delete entry “{title}”").format(
                title=item.entry.title or item.entry.kind.label
            )
            delete, restore = partial(entries.delete, entry_id), partial(entries.restore, entry_id)
            done = ControllerText.tr("Entry deleted")
        else:
            assert item.stage_change is not None
            change_id = item.stage_change.id
            text = ControllerText.tr("Delete move to {stage}").format(
                stage=item.stage_change.stage.label
            )
            delete = partial(entries.delete_stage_change, change_id)
            restore = partial(entries.restore_stage_change, change_id)
            done = ControllerText.tr("Stage change deleted")
        ok, version = self.bridge.write(self.window, text, delete)
        if ok:
            self.undo_stack.push(DeleteCommand(self.bridge, text, delete, restore, version))
            self.notice.done(done)

    # --- stages -------------------------------------------------------------------------

    def move_stage(self, customer_id: int) -> StageDialog | None:
        """Ask for the new stage, its date and reason; the move is saved on OK."""
        try:
            header = self.journal.timeline.header(customer_id)
        except JournalError as exc:
            msgbox.warn(self.window, ControllerText.tr("Move the customer"), exc.message, exc.hint)
            return None
        from rapport.ui.dialogs.stage_dialog import StageDialog

        dialog = StageDialog(
            header.customer.name, header.stage, self.window, current_since=header.stage_since
        )

        def save() -> None:
            self.bridge.write(
                self.window,
                ControllerText.tr("Move the customer"),
                lambda: self.journal.entries.change_stage(
                    customer_id, dialog.chosen(), dialog.moment(), dialog.reason.text()
                ),
            )

        dialog.accepted.connect(save)
        open_modal(dialog)
        return dialog

    # --- customers ----------------------------------------------------------------------

    def new_customer(self) -> CustomerDialog:
        """Open the form for a new customer."""

        def save(draft: CustomerDraft, stage: Stage) -> bool:
            ok, new_id = self.bridge.write(
                self.window,
                ControllerText.tr("Add the customer"),
                lambda: self.journal.customers.create(draft, stage),
            )
            if ok and new_id is not None:
                self.customer_created.emit(new_id)
            return ok

        from rapport.ui.dialogs.customer_dialog import CustomerDialog

        dialog = CustomerDialog(save, parent=self.window)
        open_modal(dialog)
        return dialog

    def edit_customer(self, customer_id: int) -> CustomerDialog | None:
        """Open a customer's details for editing."""
        try:
            record = self.journal.customers.get(customer_id)
        except JournalError as exc:
            msgbox.warn(self.window, ControllerText.tr("Edit the customer"), exc.message, exc.hint)
            return None

        edit: EditBase[CustomerDraft] = EditBase(record)

        def save(draft: CustomerDraft, _stage: Stage) -> bool:
            update = partial(self.journal.customers.update, customer_id)
            ok, _ = self.bridge.write(
                self.window,
                ControllerText.tr("Save the customer"),
                lambda: edit.save(self.window, draft, lambda d, base: update(d, base=base)),
            )
            return ok

        from rapport.ui.dialogs.customer_dialog import CustomerDialog

        dialog = CustomerDialog(save, record, parent=self.window)
        open_modal(dialog)
        return dialog

    def set_status(self, customer_id: int, status: Status) -> None:
        """Archive, reactivate or mark parted ways."""
        self.bridge.write(
            self.window,
            ControllerText.tr("Change the customer's status"),
            lambda: self.journal.customers.set_status(customer_id, status),
        )

    def delete_customer(self, customer_id: int) -> bool:
        """Move a customer and their journal to the trash, after asking."""
        try:
            record = self.journal.customers.get(customer_id)
        except JournalError:
            return False
        if not msgbox.ask(
            self.window,
            ControllerText.tr("Delete {name}?").format(name=record.name),
            ControllerText.tr("{name} and every entry about them go to the trash.").format(
                name=record.name
            ),
            detail=ControllerText.tr(
                "Edit → Undo (Ctrl+Z) brings them back. To keep a lost customer "
                "for the record, mark them as parted ways instead."
            ),
            yes=ControllerText.tr("Delete"),
            no=ControllerText.tr("Cancel"),
        ):
            return False
        customers = self.journal.customers
        text = ControllerText.tr("Delete customer {name}").format(name=record.name)
        ok, version = self.bridge.write(self.window, text, lambda: customers.delete(customer_id))
        if ok:
            self.undo_stack.push(
                DeleteCommand(
                    self.bridge,
                    text,
                    lambda: customers.delete(customer_id),
                    lambda v: customers.restore(customer_id, v),
                    version,
                )
            )
            self.notice.done(ControllerText.tr("{name} deleted").format(name=record.name))
        return ok
