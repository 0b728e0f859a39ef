"""The five lifecycle stages a customer relationship moves through.

Stages follow the course of a personal relationship: attraction, compatibility,
conflict, compromise and deeper understanding. They are not a one-way funnel:
any stage may follow any other, and conflict may recur.
"""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    """A lifecycle stage; the value is what the database stores."""

    ATTRACTION = "attraction"
    COMPATIBILITY = "compatibility"
    CONFLICT = "conflict"
    COMPROMISE = "compromise"
    DEEPER_UNDERSTANDING = "deeper_understanding"

    @property
    def label(self) -> str:
        """Human name of the stage."""
        return _LABELS[self]

    @property
    def meaning(self) -> str:
        """One sentence on what this stage means for the owner."""
        return _MEANINGS[self]

    @property
    def order(self) -> int:
        """Position on the lifecycle strip, from 0."""
        return list(Stage).index(self)


_LABELS = {
    Stage.ATTRACTION: "Attraction",
    Stage.COMPATIBILITY: "Compatibility",
    Stage.CONFLICT: "Conflict",
    Stage.COMPROMISE: "Compromise",
    Stage.DEEPER_UNDERSTANDING: "Deeper understanding",
}

_MEANINGS = {
    Stage.ATTRACTION: "First contact: they are exploring you, and you see a need you can meet.",
    Stage.COMPATIBILITY: "Finding out whether you fit: shared values, workable expectations.",
    Stage.CONFLICT: "A disagreement or complaint. Handled well, it teaches you what they need.",
    Stage.COMPROMISE: "Adapting to their needs within reason, beyond the standard policy.",
    Stage.DEEPER_UNDERSTANDING: "You know them as people and help before they ask.",
}

#: The stage a new customer starts in when the user does not choose one.
INITIAL_STAGE = Stage.ATTRACTION
