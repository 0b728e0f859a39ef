"""Keep-in-touch cadence: how many days may pass between two entries about a customer.

The default depends on the relationship level: a professional or personal
relationship lives on regular contact (30 days), a structural one is woven into
their routine and tolerates longer gaps (45), a power relationship holds whoever
serves them (60). The owner's own cadence for a customer replaces the level default.
Some stages then shorten it, never lengthen it: while in Conflict the customer hears
from you within 14 days (a disagreement left to cool turns into a lost customer);
while in Attraction or Compromise within 21 (interest fades, and an agreed
adaptation needs following through).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from rapport.domain.levels import Level
from rapport.domain.people import RelationshipKind
from rapport.domain.stages import Stage
from rapport.i18n import Words

CadenceText = Words("CadenceText")


def _level_defaults() -> dict[Level, int]:
    return {Level.PROFESSIONAL: 30, Level.PERSONAL: 30, Level.STRUCTURAL: 45, Level.POWER: 60}


def _stage_caps() -> dict[Stage, int]:
    return {Stage.ATTRACTION: 21, Stage.CONFLICT: 14, Stage.COMPROMISE: 21}


@dataclass(frozen=True)
class CadenceSettings:
    """Cadence defaults per level, and the stages that shorten it (days)."""

    by_level: Mapping[Level, int] = field(default_factory=_level_defaults)
    stage_caps: Mapping[Stage, int] = field(default_factory=_stage_caps)


@dataclass(frozen=True)
class Cadence:
    """The cadence that applies, and where it comes from."""

    days: int
    own: bool = False  # the owner set it for this customer
    stage: Stage | None = None  # the stage that shortened it, if any
    kind: RelationshipKind = RelationshipKind.CUSTOMER  # whom "set for this …" names

    def describe(self) -> str:
        """E.g. "cadence 14 days while in Conflict"."""
        if self.stage is not None:
            return CadenceText.tr("cadence %n day(s) while in {stage}", "", self.days).format(
                stage=self.stage.label
            )
        if self.own and self.kind is RelationshipKind.SUPPLIER:
            return CadenceText.tr("cadence %n day(s) (set for this supplier)", "", self.days)
        if self.own and self.kind is RelationshipKind.PARTNER:
            return CadenceText.tr("cadence %n day(s) (set for this partner)", "", self.days)
        if self.own:
            return CadenceText.tr("cadence %n day(s) (set for this customer)", "", self.days)
        return CadenceText.tr("cadence %n day(s)", "", self.days)


def cadence_for(
    level: Level,
    stage: Stage | None,
    own_days: int | None,
    settings: CadenceSettings | None = None,
    kind: RelationshipKind = RelationshipKind.CUSTOMER,
) -> Cadence:
    """The cadence for a customer at this level and stage, with their own setting if any."""
    settings = settings or CadenceSettings()
    own = own_days is not None
    days = own_days if own_days is not None else settings.by_level.get(level, 30)
    cap = settings.stage_caps.get(stage) if stage is not None else None
    if cap is not None and cap < days:
        return Cadence(cap, stage=stage)
    return Cadence(max(1, days), own=own, kind=kind)
