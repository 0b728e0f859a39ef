"""Stage suggestions: accepting one records the move; dismissing one is remembered.

The suggestions themselves come from `rapport.domain.suggestions`; the store only
keeps which (customer, stage, basis) the owner turned down, so the same evidence
never asks twice (hung on the journal as `journal.suggestions`).
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from sqlmodel import select

from rapport.domain.settings import RuleSettings
from rapport.domain.stages import Stage
from rapport.domain.suggestions import Suggestion, suggest_stages
from rapport.store.clock import utcnow
from rapport.store.entries import add_stage_change
from rapport.store.errors import RecordNotFoundError
from rapport.store.facts import customer_facts
from rapport.store.models import Customer, DismissedSuggestion

if TYPE_CHECKING:
    from rapport.store.unit_of_work import Door

log = logging.getLogger("rapport.store.suggestions")


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

    def dismiss(self, customer_id: int, stage: Stage, basis: str) -> None:
        """Remember that the owner turned this suggestion down (doing it twice is harmless)."""
        with self._door.write() as w:
            session = w.session
            customer = session.get(Customer, customer_id)
            if customer is None or customer.deleted_at is not None:
                raise RecordNotFoundError.customer_gone()
            existing = session.exec(
                select(DismissedSuggestion).where(
                    DismissedSuggestion.customer_id == customer_id,
                    DismissedSuggestion.stage == Stage(stage).value,
                    DismissedSuggestion.basis == basis,
                )
            ).first()
            if existing is None:
                session.add(
                    DismissedSuggestion(
                        customer_id=customer_id,
                        stage=Stage(stage).value,
                        basis=basis,
                        dismissed_at=utcnow(),
                    )
                )
        log.debug("suggestion %s/%s dismissed for customer %s", stage, basis, customer_id)

    def undo_dismiss(self, customer_id: int, stage: Stage, basis: str) -> None:
        """Forget a dismissal, so the suggestion shows again (for Undo)."""
        with self._door.write() as w:
            for row in w.session.exec(
                select(DismissedSuggestion).where(
                    DismissedSuggestion.customer_id == customer_id,
                    DismissedSuggestion.stage == Stage(stage).value,
                    DismissedSuggestion.basis == basis,
                )
            ):
                w.session.delete(row)
