"""What the user asks for, carried out: dialogs, writes through the bridge, suggestions.

Views emit requests; this is the one place that answers them.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from rapport.domain.customers import CustomerDraft, Status
from rapport.domain.drafts import TypedEntry
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.domain.lifecycle import suggest_after_entry
from rapport.domain.stages import Stage
from rapport.i18n import QT_TRANSLATE_NOOP, Words, translate
from rapport.store import JournalError
from rapport.store.drafts import DraftStore
from rapport.store.records import TimelineItem
from rapport.ui import msgbox
from rapport.ui.bridge import JournalBridge
from rapport.ui.drafts import DraftKeeper
from rapport.ui.undo import TrashCommand

if TYPE_CHECKING:  # dialogs load when first opened: the first window does not need them
    from rapport.ui.dialogs.customer_dialog import CustomerDialog
    from rapport.ui.dialogs.entry_dialog import EntryDialog
    from rapport.ui.dialogs.stage_dialog import StageDialog

log = logging.getLogger("rapport.ui")
ControllerText = Words("ControllerText")

#: "You logged a …": a whole sentence per kind, so each language can pick its article.
_LOGGED = {
    EntryKind.MEETING: QT_TRANSLATE_NOOP("ControllerText", "You logged a meeting."),
    EntryKind.CALL: QT_TRANSLATE_NOOP("ControllerText", "You logged a call."),
    EntryKind.MESSAGE: QT_TRANSLATE_NOOP("ControllerText", "You logged a message."),
    EntryKind.VISIT: QT_TRANSLATE_NOOP("ControllerText", "You logged a visit."),
    EntryKind.PURCHASE: QT_TRANSLATE_NOOP("ControllerText", "You logged a purchase."),
    EntryKind.COMPLAINT: QT_TRANSLATE_NOOP("ControllerText", "You logged a complaint."),
    EntryKind.PRAISE: QT_TRANSLATE_NOOP("ControllerText", "You logged a praise."),
    EntryKind.FAVOUR_GIVEN: QT_TRANSLATE_NOOP("ControllerText", "You logged a favour given."),
    EntryKind.FAVOUR_RECEIVED: QT_TRANSLATE_NOOP("ControllerText", "You logged a favour received."),
    EntryKind.COMMITMENT_MADE: QT_TRANSLATE_NOOP("ControllerText", "You logged a commitment made."),
    EntryKind.COMMITMENT_KEPT: QT_TRANSLATE_NOOP("ControllerText", "You logged a commitment kept."),
    EntryKind.COMMITMENT_BROKEN: QT_TRANSLATE_NOOP(
        "ControllerText", "You logged a commitment broken."
    ),
    EntryKind.NOTE: QT_TRANSLATE_NOOP("ControllerText", "You logged a note."),
}


class Controller(QObject):
    """Carries out user requests against the open journal."""

    customer_created = Signal(int)
    entry_saved = Signal(int, int)  # customer id, entry id

    def __init__(self, bridge: JournalBridge, window: QWidget) -> None:
        super().__init__(window)
        self.bridge = bridge
        self.journal = bridge.journal
        self.window = window
        self.undo_stack = QUndoStack(self)
        self.drafts = DraftStore(self.journal.path)
        bridge.relocated.connect(lambda _old, new: self.drafts.move_to(new))

    # --- entries ------------------------------------------------------------------------

    def new_entry(self, customer_id: int | None = None) -> EntryDialog | None:
        """Open quick capture, for a given customer or one chosen by type-ahead."""
        choices = self.journal.customers.choices()
        if not choices:
            msgbox.inform(
                self.window,
                ControllerText.tr("Add a customer first"),
                ControllerText.tr(
                    "Entries belong to a customer. Add your first customer with "
                    "Customer → New customer (Ctrl+Shift+N)."
                ),
            )
            return None
        from rapport.ui.dialogs.entry_dialog import EntryDialog

        dialog = EntryDialog(choices, self._save_new_entry, customer_id, parent=self.window)
        DraftKeeper(dialog, self.drafts)
        dialog.setModal(True)
        dialog.open()
        return dialog

    def _save_new_entry(self, draft: EntryDraft) -> bool:
        ok, entry_id = self.bridge.write(
            self.window,
            ControllerText.tr("Save the entry"),
            lambda: self.journal.entries.add(draft),
        )
        if not ok or entry_id is None:
            return False
        self.entry_saved.emit(draft.customer_id, entry_id)
        self._offer_stage_after(draft, entry_id)
        return True

    def _offer_stage_after(self, draft: EntryDraft, entry_id: int) -> None:
        """Offer (never apply silently) the stage move this entry suggests."""
        try:
            header = self.journal.timeline.header(draft.customer_id)
        except JournalError:
            return
        suggestion = suggest_after_entry(draft.kind, header.stage)
        if suggestion is None:
            return
        stage = suggestion.stage.label
        if msgbox.ask(
            self.window,
            ControllerText.tr("Move {name} to {stage}?").format(
                name=header.customer.name, stage=stage
            ),
            f"{translate('ControllerText', _LOGGED[draft.kind])} {suggestion.stage.meaning}",
            detail=ControllerText.tr("Nothing changes unless you say so."),
            yes=ControllerText.tr("Move to {stage}").format(stage=stage),
            no=ControllerText.tr("Not now"),
        ):
            self.bridge.write(
                self.window,
                ControllerText.tr("Move the customer"),
                lambda: self.journal.entries.change_stage(
                    draft.customer_id,
                    suggestion.stage,
                    draft.occurred_at,
                    suggestion.reason,
                    entry_id,
                ),
            )

    def edit_entry(self, entry_id: int) -> EntryDialog | None:
        """Open an entry for editing."""
        try:
            entry = self.journal.entries.get(entry_id)
        except JournalError as exc:
            msgbox.warn(self.window, ControllerText.tr("Edit the entry"), exc.message, exc.hint)
            return None

        def save(draft: EntryDraft) -> bool:
            ok, _ = self.bridge.write(
                self.window,
                ControllerText.tr("Save the entry"),
                lambda: self.journal.entries.update(entry_id, draft),
            )
            return ok

        from rapport.ui.dialogs.entry_dialog import EntryDialog

        dialog = EntryDialog(
            self.journal.customers.choices(), save, entry=entry, parent=self.window
        )
        DraftKeeper(dialog, self.drafts)
        dialog.setModal(True)
        dialog.open()
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
            delete, restore = (
                lambda: entries.delete(entry_id),
                lambda: entries.restore(entry_id),
            )
        else:
            assert item.stage_change is not None
            change_id = item.stage_change.id
            text = ControllerText.tr("Delete move to {stage}").format(
                stage=item.stage_change.stage.label
            )
            delete, restore = (
                lambda: entries.delete_stage_change(change_id),
                lambda: entries.restore_stage_change(change_id),
            )
        ok, _ = self.bridge.write(self.window, text, delete)
        if ok:
            self.undo_stack.push(TrashCommand(self.bridge, text, delete, restore))

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
        dialog.setModal(True)
        dialog.open()
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
        dialog.setModal(True)
        dialog.open()
        return dialog

    def edit_customer(self, customer_id: int) -> CustomerDialog | None:
        """Open a customer's details for editing."""
        try:
            record = self.journal.customers.get(customer_id)
        except JournalError as exc:
            msgbox.warn(self.window, ControllerText.tr("Edit the customer"), exc.message, exc.hint)
            return None

        def save(draft: CustomerDraft, _stage: Stage) -> bool:
            ok, _ = self.bridge.write(
                self.window,
                ControllerText.tr("Save the customer"),
                lambda: self.journal.customers.update(customer_id, draft),
            )
            return ok

        from rapport.ui.dialogs.customer_dialog import CustomerDialog

        dialog = CustomerDialog(save, record, parent=self.window)
        dialog.setModal(True)
        dialog.open()
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
        ok, _ = self.bridge.write(self.window, text, lambda: customers.delete(customer_id))
        if ok:
            self.undo_stack.push(
                TrashCommand(
                    self.bridge,
                    text,
                    lambda: customers.delete(customer_id),
                    lambda: customers.restore(customer_id),
                )
            )
        return ok
