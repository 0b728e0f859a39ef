"""Relationship levels: what holds the customer to you.

A professional relationship rests on trust in consistent delivery; a personal one on
liking; a structural one on being part of their routine; a power relationship holds
whoever serves them. The larger the deal, the stronger the level it needs.
"""

from __future__ import annotations

from enum import StrEnum

from rapport.i18n import QT_TRANSLATE_NOOP, translate


class Level(StrEnum):
    """A relationship level; the value is what the database stores."""

    PROFESSIONAL = "professional"
    PERSONAL = "personal"
    STRUCTURAL = "structural"
    POWER = "power"

    @property
    def label(self) -> str:
        """Human name of the level, in the owner's language."""
        return translate("Level", _LABELS[self])

    @property
    def english_label(self) -> str:
        """The English name, whatever the language: files written in any language are read."""
        return _LABELS[self]

    @property
    def meaning(self) -> str:
        """What holds the customer at this level, in the owner's language."""
        return translate("Level", _MEANINGS[self])

    @property
    def strength(self) -> int:
        """Rank from 1 (professional) to 4 (power): how much the relationship can carry."""
        return list(Level).index(self) + 1


_LABELS = {
    Level.PROFESSIONAL: QT_TRANSLATE_NOOP("Level", "Professional"),
    Level.PERSONAL: QT_TRANSLATE_NOOP("Level", "Personal"),
    Level.STRUCTURAL: QT_TRANSLATE_NOOP("Level", "Structural"),
    Level.POWER: QT_TRANSLATE_NOOP("Level", "Power"),
}

_MEANINGS = {
    Level.PROFESSIONAL: QT_TRANSLATE_NOOP(
        "Level", "They trust you to deliver the same quality every time."
    ),
    Level.PERSONAL: QT_TRANSLATE_NOOP("Level", "They like working with you."),
    Level.STRUCTURAL: QT_TRANSLATE_NOOP(
        "Level", "You are part of how their business runs day to day."
    ),
    Level.POWER: QT_TRANSLATE_NOOP("Level", "They stay happy whoever on your side serves them."),
}
