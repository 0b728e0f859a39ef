"""All the thresholds of the relationship rules in one value, for the settings page to edit.

Each part keeps its own documented defaults beside the rule that uses it; this only
bundles them so the store, the command line and the UI pass one object around.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from rapport.domain.health import HealthSettings
from rapport.domain.level_suggestions import LevelSettings
from rapport.domain.risk import RiskSettings
from rapport.domain.suggestions import SuggestionSettings


@dataclass(frozen=True)
class RuleSettings:
    """Health, risk, suggestion and Today thresholds."""

    health: HealthSettings = field(default_factory=HealthSettings)
    risk: RiskSettings = field(default_factory=RiskSettings)
    suggestions: SuggestionSettings = field(default_factory=SuggestionSettings)
    levels: LevelSettings = field(default_factory=LevelSettings)
    #: Show follow-ups due within this many days from today (0: due today or earlier).
    follow_up_lookahead_days: int = 0
    #: At most this many check-ins in the Today list at once, the longest overdue first.
    check_ins_in_today: int = 5
    #: Important dates (birthdays, first-purchase anniversaries) show this many days ahead.
    dates_lookahead_days: int = 6

    def __post_init__(self) -> None:
        """The score reads "warm but thin" as the risk rule does, so the two always agree."""
        risk, health = self.risk, self.health
        if (health.warm_window_days, health.warm_min_entries) != (
            risk.warm_window_days,
            risk.warm_min_entries,
        ):
            synced = replace(
                health,
                warm_window_days=risk.warm_window_days,
                warm_min_entries=risk.warm_min_entries,
            )
            object.__setattr__(self, "health", synced)

    @property
    def check_in_interval_days(self) -> int:
        """How often a check-in falls due (about quarterly by default)."""
        return self.health.check_in_interval_days
