"""Stage and level suggestions: accepting one makes the move; dismissing one is remembered.

The suggestions themselves come from `rapport.domain.suggestions` and
`rapport.domain.level_suggestions`; the store only keeps which (customer, stage or
level, basis) the owner turned down, so the same evidence never asks twice (hung on
the journal as `journal.suggestions`). Level dismissals share the table, their
stage column reading "level:<level>" (`level_suggestions.dismissal_key`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlmodel import select

from rapport.domain.level_suggestions import LEVEL_PREFIX, LevelSuggestion, dismissal_key
from rapport.domain.levels import Level
from rapport.domain.settings import RuleSettings
from rapport.domain.stages import Stage
from rapport.domain.suggestions import Suggestion, suggest_stages
from rapport.store.clock import utcnow
from rapport.store.entries import add_stage_change
from rapport.store.errors import RecordNotFoundError
from rapport.store.facts import customer_facts
from rapport.store.models import Customer, DismissedSuggestion
from rapport.store.undo_guard import unchanged_since

if TYPE_CHECKING:
    from rapport.store.unit_of_work import Door

log = logging.getLogger("rapport.store.suggestions")


@dataclass(frozen=True)
class LevelSet:
    """A level just set: the one it replaced, and the customer's version after (for Undo)."""

    before: Level
    version: int


class SuggestionStore:
    """Pending stage suggestions of a customer, and the memory of dismissals."""

    def __init__(self, door: Door) -> None:
        self._door = door

    def pending(
        self, customer_id: int, now: datetime, settings: RuleSettings | None = None
    ) -> list[Suggestion]:
        """The stage moves the evidence suggests now, minus those dismissed."""
        s = settings or RuleSettings()
        with self._door.read() as session:
            facts = customer_facts(session, customer_id)
        return suggest_stages(facts, now, s.suggestions, s.health)

    def accept(self, suggestion: Suggestion, at: datetime) -> int:
        """Move the customer as suggested, at `at`; returns the stage change's id."""
        with self._door.write() as w:
            return add_stage_change(
                w.session,
                suggestion.customer_id,
                suggestion.stage,
                at,
                reason=suggestion.reason,
                entry_id=suggestion.entry_id,
            )

    def accept_level(self, suggestion: LevelSuggestion) -> LevelSet:
        """Set the customer's level as suggested; the level it had and the version (for Undo)."""
        return self.set_level(suggestion.customer_id, suggestion.level)

    def set_level(self, customer_id: int, level: Level, *, expect: int | None = None) -> LevelSet:
        """Set a customer's level; the level it had, and the customer's version after.

        An undo passes the version it left (`expect`): when the customer was saved
        again since, nothing is written and ChangedSinceError says so.
        """
        with self._door.write() as w:
            row = w.session.get(Customer, customer_id)
            if row is None or row.deleted_at is not None:
                raise RecordNotFoundError.customer_gone()
            unchanged_since(w.session, row, expect)
            before = Level(row.level)
            row.level = Level(level).value
            row.updated_at = utcnow()
            w.session.flush()  # the flush adds one to the version
            version = row.version
        log.debug("level of customer %s set", customer_id)
        return LevelSet(before, version)

    def dismiss_level(self, customer_id: int, level: Level, basis: str) -> None:
        """Remember that the owner turned this level suggestion down."""
        self.dismiss(customer_id, dismissal_key(level), basis)

    def undo_dismiss_level(self, customer_id: int, level: Level, basis: str) -> None:
        """Forget a level dismissal, so the suggestion shows again (for Undo)."""
        self.undo_dismiss(customer_id, dismissal_key(level), basis)

    def dismiss(self, customer_id: int, stage: Stage | str, basis: str) -> None:
        """Remember that the owner turned this suggestion down (doing it twice is harmless)."""
        key = _key(stage)
        with self._door.write() as w:
            session = w.session
            customer = session.get(Customer, customer_id)
            if customer is None or customer.deleted_at is not None:
                raise RecordNotFoundError.customer_gone()
            existing = session.exec(
                select(DismissedSuggestion).where(
                    DismissedSuggestion.customer_id == customer_id,
                    DismissedSuggestion.stage == key,
                    DismissedSuggestion.basis == basis,
                )
            ).first()
            if existing is None:
                session.add(
                    DismissedSuggestion(
                        customer_id=customer_id,
                        stage=key,
                        basis=basis,
                        dismissed_at=utcnow(),
                    )
                )
        log.debug("suggestion %s/%s dismissed for customer %s", stage, basis, customer_id)

    def undo_dismiss(self, customer_id: int, stage: Stage | str, basis: str) -> None:
        """Forget a dismissal, so the suggestion shows again (for Undo)."""
        key = _key(stage)
        with self._door.write() as w:
            for row in w.session.exec(
                select(DismissedSuggestion).where(
                    DismissedSuggestion.customer_id == customer_id,
                    DismissedSuggestion.stage == key,
                    DismissedSuggestion.basis == basis,
                )
            ):
                w.session.delete(row)


def _key(stage: Stage | str) -> str:
    """What the stage column holds: a stage's value, or "level:<level>" as given."""
    if isinstance(stage, str) and stage.startswith(LEVEL_PREFIX):
        return stage
    return Stage(stage).value
