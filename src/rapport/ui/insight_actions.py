"""Carrying out what the Today view and the Health tab ask for.

Check-ins, ticking off follow-ups, and accepting or dismissing stage and level suggestions.
Every write goes through the bridge (errors become a message, views hear what
changed); ticking off, accepting and dismissing go on the undo stack, since each
makes a line disappear and a slip of the mouse should cost nothing.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from rapport.domain.checkins import CheckIn
from rapport.domain.level_suggestions import LevelSuggestion
from rapport.domain.suggestions import Suggestion
from rapport.i18n import Words
from rapport.store import JournalError
from rapport.store.undo_guard import FIRST_VERSION
from rapport.ui import msgbox
from rapport.ui.bridge import JournalBridge
from rapport.ui.modal import open_modal
from rapport.ui.undo import GuardedCommand, TrashCommand, back_from_trash

if TYPE_CHECKING:  # the dialog loads when first opened, not at start
    from rapport.ui.dialogs.checkin_dialog import CheckInDialog

log = logging.getLogger("rapport.ui")
InsightActionsText = Words("InsightActionsText")


class InsightActions(QObject):
    """Check-ins, follow-ups and stage suggestions, written through the bridge."""

    def __init__(self, bridge: JournalBridge, window: QWidget, undo_stack: QUndoStack) -> None:
        super().__init__(window)
        self.bridge = bridge
        self.journal = bridge.journal
        self.window = window
        self.undo_stack = undo_stack

    def check_in(self, customer_id: int) -> CheckInDialog | None:
        """Open the check-in form for a customer."""
        try:
            record = self.journal.customers.get(customer_id)
            latest = self.journal.checkins.latest(customer_id)
        except JournalError as exc:
            msgbox.warn(self.window, InsightActionsText.tr("Check in"), exc.message, exc.hint)
            return None

        def save(check_in: CheckIn) -> bool:
            ok, _ = self.bridge.write(
                dialog,
                InsightActionsText.tr("Save the check-in"),
                lambda: self.journal.checkins.add(check_in),
            )
            return ok

        last = latest.at if latest is not None else None
        from rapport.ui.dialogs.checkin_dialog import CheckInDialog

        dialog = CheckInDialog(customer_id, record.name, save, last, parent=self.window)
        open_modal(dialog)
        return dialog

    def set_follow_up_done(self, entry_id: int, done: bool = True) -> bool:
        """Tick off (or reopen) an entry's follow-up; Edit → Undo takes it back."""
        entries = self.journal.entries
        text = (
            InsightActionsText.tr("Mark follow-up done")
            if done
            else InsightActionsText.tr("Reopen follow-up")
        )
        ok, version = self.bridge.write(
            self.window, text, lambda: entries.set_follow_up_done(entry_id, done)
        )
        if ok:
            self.undo_stack.push(
                GuardedCommand(
                    self.bridge,
                    text,
                    lambda expect: entries.set_follow_up_done(entry_id, done, expect=expect),
                    lambda expect: entries.set_follow_up_done(entry_id, not done, expect=expect),
                    version,
                )
            )
            log.info("follow-up of entry %s %s", entry_id, "done" if done else "reopened")
        return ok

    def accept_suggestion(self, suggestion: Suggestion | LevelSuggestion) -> bool:
        """Move the customer as suggested, now; Edit → Undo takes the move back."""
        if isinstance(suggestion, LevelSuggestion):
            return self._accept_level(suggestion)
        at = datetime.now(UTC)
        ok, change_id = self.bridge.write(
            self.window,
            InsightActionsText.tr("Move the customer"),
            lambda: self.journal.suggestions.accept(suggestion, at),
        )
        if ok and change_id is not None:
            entries = self.journal.entries
            self.undo_stack.push(
                GuardedCommand(
                    self.bridge,
                    InsightActionsText.tr("Move to {stage}").format(stage=suggestion.stage.label),
                    lambda deleted: back_from_trash(
                        deleted, lambda: entries.restore_stage_change(change_id, deleted)
                    ),
                    lambda expect: entries.delete_stage_change(change_id, expect=expect),
                    FIRST_VERSION,  # a new row, written alone
                )
            )
        return ok

    def _accept_level(self, suggestion: LevelSuggestion) -> bool:
        store, cid, level = self.journal.suggestions, suggestion.customer_id, suggestion.level
        text = InsightActionsText.tr("Set the level to {level}").format(level=level.label)
        ok, done = self.bridge.write(self.window, text, lambda: store.accept_level(suggestion))
        if ok and done is not None:
            before = done.before
            self.undo_stack.push(
                GuardedCommand(
                    self.bridge,
                    text,
                    lambda expect: store.set_level(cid, level, expect=expect).version,
                    lambda expect: store.set_level(cid, before, expect=expect).version,
                    done.version,
                )
            )
        return ok

    def dismiss_suggestion(self, suggestion: Suggestion | LevelSuggestion) -> bool:
        """Turn a suggestion down for good (for this evidence); Edit → Undo brings it back."""
        if isinstance(suggestion, LevelSuggestion):
            return self._dismiss_level(suggestion)
        store = self.journal.suggestions
        cid, stage, basis = suggestion.customer_id, suggestion.stage, suggestion.basis
        text = InsightActionsText.tr("Dismiss the move to {stage}").format(stage=stage.label)
        ok, _ = self.bridge.write(self.window, text, lambda: store.dismiss(cid, stage, basis))
        if ok:
            self.undo_stack.push(
                TrashCommand(
                    self.bridge,
                    text,
                    lambda: store.dismiss(cid, stage, basis),
                    lambda: store.undo_dismiss(cid, stage, basis),
                )
            )
        return ok

    def _dismiss_level(self, suggestion: LevelSuggestion) -> bool:
        store = self.journal.suggestions
        cid, level, basis = suggestion.customer_id, suggestion.level, suggestion.basis
        text = InsightActionsText.tr("Dismiss the level {level}").format(level=level.label)
        ok, _ = self.bridge.write(self.window, text, lambda: store.dismiss_level(cid, level, basis))
        if ok:
            self.undo_stack.push(
                TrashCommand(
                    self.bridge,
                    text,
                    lambda: store.dismiss_level(cid, level, basis),
                    lambda: store.undo_dismiss_level(cid, level, basis),
                )
            )
        return ok
