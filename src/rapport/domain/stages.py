"""The five lifecycle stages a customer relationship moves through.

Stages follow the course of a personal relationship: attraction, compatibility,
conflict, compromise and deeper understanding. They are not a one-way funnel:
any stage may follow any other, and conflict may recur.
"""

from __future__ import annotations

from enum import StrEnum

from rapport.i18n import QT_TRANSLATE_NOOP, translate


class Stage(StrEnum):
    """A lifecycle stage; the value is what the database stores."""

    ATTRACTION = "attraction"
    COMPATIBILITY = "compatibility"
    CONFLICT = "conflict"
    COMPROMISE = "compromise"
    DEEPER_UNDERSTANDING = "deeper_understanding"

    @property
    def label(self) -> str:
        """Human name of the stage, in the owner's language."""
        return translate("Stage", _LABELS[self])

    @property
    def english_label(self) -> str:
        """The English name, whatever the language: files written in any language are read."""
        return _LABELS[self]

    @property
    def meaning(self) -> str:
        """One sentence on what this stage means for the owner, in their language."""
        return translate("Stage", _MEANINGS[self])

    @property
    def order(self) -> int:
        """Position on the lifecycle strip, from 0."""
        return list(Stage).index(self)


_LABELS = {
    Stage.ATTRACTION: QT_TRANSLATE_NOOP("Stage", "Attraction"),
    Stage.COMPATIBILITY: QT_TRANSLATE_NOOP("Stage", "Compatibility"),
    Stage.CONFLICT: QT_TRANSLATE_NOOP("Stage", "Conflict"),
    Stage.COMPROMISE: QT_TRANSLATE_NOOP("Stage", "Compromise"),
    Stage.DEEPER_UNDERSTANDING: QT_TRANSLATE_NOOP("Stage", "Deeper understanding"),
}

_MEANINGS = {
    Stage.ATTRACTION: QT_TRANSLATE_NOOP(
        "Stage", "First contact: they are exploring you, and you see a need you can meet."
    ),
    Stage.COMPATIBILITY: QT_TRANSLATE_NOOP(
        "Stage", "Finding out whether you fit: shared values, workable expectations."
    ),
    Stage.CONFLICT: QT_TRANSLATE_NOOP(
        "Stage", "A disagreement or complaint. Handled well, it teaches you what they need."
    ),
    Stage.COMPROMISE: QT_TRANSLATE_NOOP(
        "Stage", "Adapting to their needs within reason, beyond the standard policy."
    ),
    Stage.DEEPER_UNDERSTANDING: QT_TRANSLATE_NOOP(
        "Stage", "You know them as people and help before they ask."
    ),
}

#: The stage a new customer starts in when the user does not choose one.
INITIAL_STAGE = Stage.ATTRACTION
