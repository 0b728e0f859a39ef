"""Settings → Relationship rules: keep-in-touch cadences, risk thresholds, check-in interval.

These are the thresholds an owner is likely to want to tune; each is a field of the
`RuleSettings` the health score and the risk rules read (their meaning and defaults
are documented in `domain/cadence.py`, `domain/risk.py` and `domain/health/`).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rapport.domain.levels import Level
from rapport.domain.stages import Stage
from rapport.i18n import Words
from rapport.settings_model import Prefs, flatten
from rapport.ui.settings.page import SettingsPage, keys_under, note

RulesPageText = Words("RulesPageText")

#: The risk thresholds, in the order shown.
_RISKS = (
    "rules/overdueGraceDays",
    "rules/conflictMaxDays",
    "rules/warmWindowDays",
    "rules/warmMinEntries",
    "rules/bigDealWeakHealth",
    "rules/oneWayMinGiven",
)


class RulesPage(SettingsPage):
    """The cadence per level and per stage, the risk thresholds and the check-in interval."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = RulesPageText.tr("Relationship rules")
        cadence = QGroupBox(RulesPageText.tr("Keep in touch at least every"), self)
        by_level = QFormLayout(cadence)
        self.add_rows(by_level, keys_under("rules/cadence"))
        by_level.addRow(
            "",
            note(RulesPageText.tr("A customer's own cadence, set in their details, comes first.")),
        )
        stages = QGroupBox(RulesPageText.tr("Sooner while in a stage"), self)
        self.add_rows(QFormLayout(stages), keys_under("rules/stageCap"))
        risks = QGroupBox(RulesPageText.tr("Risk signals"), self)
        self.add_rows(QFormLayout(risks), _RISKS)
        check_ins = QGroupBox(RulesPageText.tr("Check-ins"), self)
        self.add_rows(QFormLayout(check_ins), ["rules/checkInIntervalDays"])
        self.levels = {lv: self.box(f"rules/cadence/{lv.value}") for lv in Level}
        self.caps = {st: self.box(f"rules/stageCap/{st.value}") for st in Stage}
        self.check_in = self.box("rules/checkInIntervalDays")
        #: Said on a team journal: whose rules these are (and who may change them).
        self.team_note = note("")
        self.team_note.setObjectName("rulesTeamNote")
        self.team_note.hide()
        self.groups = (cadence, stages, risks, check_ins)
        defaults = QPushButton(RulesPageText.tr("Restore the &defaults"), self)
        self.defaults = defaults
        defaults.setAccessibleName(RulesPageText.tr("Restore the default relationship rules"))
        defaults.clicked.connect(lambda: self.show_values(flatten(Prefs())))

        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.addWidget(self.team_note)
        for group in (cadence, stages, risks, check_ins):
            column.addWidget(group)
        column.addWidget(defaults)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setAccessibleName(RulesPageText.tr("Relationship rules"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def for_team(self, may_change: bool) -> None:
        """A team journal's rules: the same for every colleague, changed by an owner only."""
        if may_change:
            self.team_note.setText(
                RulesPageText.tr(
                    "These rules are the team journal's: they apply to every colleague."
                )
            )
        else:
            self.team_note.setText(
                RulesPageText.tr("Only the journal's owner can change the relationship rules.")
            )
            for widget in (*self.groups, self.defaults):
                widget.setEnabled(False)
        self.team_note.show()
