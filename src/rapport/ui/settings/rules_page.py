"""Settings → Relationship rules: keep-in-touch cadences, risk thresholds, check-in interval.

These are the thresholds an owner is likely to want to tune; each is a field of the
`RuleSettings` the health score and the risk rules read (their meaning and defaults
are documented in `domain/cadence.py`, `domain/risk.py` and `domain/health.py`).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rapport.domain.levels import Level
from rapport.domain.stages import Stage
from rapport.settings_model import Prefs, RulePrefs
from rapport.ui.settings.page import SettingsPage

#: Settings key → field of RulePrefs, in the order shown.
_RISK_FIELDS = (
    ("rules/overdueGraceDays", "overdue_grace_days", "Grace before “&overdue”", " days"),
    ("rules/conflictMaxDays", "conflict_max_days", "&Unresolved conflict after", " days"),
    ("rules/warmWindowDays", "warm_window_days", "“Warm but thin” looks &back", " days"),
    ("rules/warmMinEntries", "warm_min_entries", "… and needs warm &entries", ""),
    ("rules/bigDealWeakHealth", "big_deal_weak_health", "&Big deal at risk below health", ""),
    ("rules/oneWayMinGiven", "one_way_min_given", "“One-way street” after &favours", ""),
)


class RulesPage(SettingsPage):
    """The cadence per level and per stage, the risk thresholds and the check-in interval."""

    title = "Relationship rules"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.levels = {lv: self.spin(f"rules/cadence/{lv.value}", " days") for lv in Level}
        self.caps = {st: self.spin(f"rules/stageCap/{st.value}", " days") for st in Stage}
        for box in self.caps.values():
            box.setSpecialValueText("No limit")
        self.risks: dict[str, QSpinBox] = {
            name: self.spin(key, unit) for key, name, _label, unit in _RISK_FIELDS
        }
        self.check_in = self.spin("rules/checkInIntervalDays", " days")

        cadence = QGroupBox("Keep in touch at least every", self)
        by_level = QFormLayout(cadence)
        for level, box in self.levels.items():
            by_level.addRow(f"{level.label} relationship", box)
        by_level.addRow("", _note("A customer's own cadence, set in their details, comes first."))
        stages = QGroupBox("Sooner while in a stage", self)
        by_stage = QFormLayout(stages)
        for stage, box in self.caps.items():
            by_stage.addRow(stage.label, box)
        risks = QGroupBox("Risk signals", self)
        risk_form = QFormLayout(risks)
        for _key, name, label, _unit in _RISK_FIELDS:
            risk_form.addRow(label, self.risks[name])
        check_ins = QGroupBox("Check-ins", self)
        QFormLayout(check_ins).addRow("Ask for a &check-in every", self.check_in)
        defaults = QPushButton("Restore the &defaults", self)
        defaults.setAccessibleName("Restore the default relationship rules")
        defaults.clicked.connect(lambda: self._show(RulePrefs()))

        inner = QWidget(self)
        column = QVBoxLayout(inner)
        for group in (cadence, stages, risks, check_ins):
            column.addWidget(group)
        column.addWidget(defaults)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setAccessibleName("Relationship rules")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def load(self, prefs: Prefs) -> None:
        """Show the rules in force."""
        self._show(prefs.rules)

    def _show(self, rules: RulePrefs) -> None:
        for level, box in self.levels.items():
            box.setValue(rules.cadence_by_level[level])
        for stage, box in self.caps.items():
            box.setValue(rules.stage_caps[stage])
        for name, box in self.risks.items():
            box.setValue(getattr(rules, name))
        self.check_in.setValue(rules.check_in_interval_days)

    def save(self, prefs: Prefs) -> Prefs:
        """The rules as typed."""
        rules = RulePrefs(
            cadence_by_level={lv: box.value() for lv, box in self.levels.items()},
            stage_caps={st: box.value() for st, box in self.caps.items()},
            check_in_interval_days=self.check_in.value(),
            **{name: box.value() for name, box in self.risks.items()},
        )
        return replace(prefs, rules=rules)


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label
