"""A team journal's relationship rules: read by every colleague, written by its owners.

On a team journal the rules (Settings → Relationship rules) belong to the journal, so
every colleague's health scores, reminders and risk signals agree. They are kept as
the settings file keys them ("rules/cadence/personal" → 21); a rule not stored keeps
whatever the colleague's settings say. Only an owner may change them: `save` says so
plainly to anyone else (OwnerOnlyError), and the server refuses them too (store/team.py).
A journal file does not use this: its owner's rules stay in their settings.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from sqlmodel import select

from rapport.store.models import JournalRule
from rapport.store.team import may_own, owner_only

if TYPE_CHECKING:
    from rapport.store.unit_of_work import Door


class RulesStore:
    """The rules a team journal holds for its whole team."""

    def __init__(self, door: Door) -> None:
        self._door = door

    def values(self) -> dict[str, int]:
        """Every stored rule by its settings key (empty: none stored, or a journal file)."""
        with self._door.read() as session:
            return {row.key: row.value for row in session.exec(select(JournalRule))}

    def save(self, values: Mapping[str, int]) -> None:
        """Store these rules for the team, in one write; only an owner may."""
        with self._door.write() as w:
            if not may_own(w.session):
                raise owner_only("rules")
            for key, value in values.items():
                row = w.session.get(JournalRule, key)
                if row is None:
                    w.session.add(JournalRule(key=key, value=int(value)))
                elif row.value != int(value):
                    row.value = int(value)
                    w.session.add(row)
