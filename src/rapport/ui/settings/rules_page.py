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
from rapport.i18n import QT_TRANSLATE_NOOP, Words, translate
from rapport.settings_model import Prefs, RulePrefs
from rapport.ui.settings.page import SettingsPage

RulesPageText = Words("RulesPageText")
_DAYS = "days"  # the unit of a spin box (SettingsPage.spin)

#: Settings key → field of RulePrefs, its label (marked) and its unit, in the order shown.
_RISK_FIELDS = (
    (
        "rules/overdueGraceDays",
        "overdue_grace_days",
        QT_TRANSLATE_NOOP("RulesPageText", "Grace before “&overdue”"),
        _DAYS,
    ),
    (
        "rules/conflictMaxDays",
        "conflict_max_days",
        QT_TRANSLATE_NOOP("RulesPageText", "&Unresolved conflict after"),
        _DAYS,
    ),
    (
        "rules/warmWindowDays",
        "warm_window_days",
        QT_TRANSLATE_NOOP("RulesPageText", "“Warm but thin” looks &back"),
        _DAYS,
    ),
    (
        "rules/warmMinEntries",
        "warm_min_entries",
        QT_TRANSLATE_NOOP("RulesPageText", "… and needs warm &entries"),
        "",
    ),
    (
        "rules/bigDealWeakHealth",
        "big_deal_weak_health",
        QT_TRANSLATE_NOOP("RulesPageText", "&Big deal at risk below health"),
        "",
    ),
    (
        "rules/oneWayMinGiven",
        "one_way_min_given",
        QT_TRANSLATE_NOOP("RulesPageText", "“One-way street” after &favours"),
        "",
    ),
)

#: A level's row in "Keep in touch at least every": a whole phrase per level.
_LEVEL_ROWS = {
    Level.PROFESSIONAL: QT_TRANSLATE_NOOP("RulesPageText", "Professional relationship"),
    Level.PERSONAL: QT_TRANSLATE_NOOP("RulesPageText", "Personal relationship"),
    Level.STRUCTURAL: QT_TRANSLATE_NOOP("RulesPageText", "Structural relationship"),
    Level.POWER: QT_TRANSLATE_NOOP("RulesPageText", "Power relationship"),
}


def _words(text: str) -> str:
    """A marked text in the owner's language (an empty unit stays empty)."""
    return translate("RulesPageText", text) if text else ""


class RulesPage(SettingsPage):
    """The cadence per level and per stage, the risk thresholds and the check-in interval."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = RulesPageText.tr("Relationship rules")
        days = _DAYS
        self.levels = {lv: self.spin(f"rules/cadence/{lv.value}", days) for lv in Level}
        self.caps = {st: self.spin(f"rules/stageCap/{st.value}", days) for st in Stage}
        for box in self.caps.values():
            box.setSpecialValueText(RulesPageText.tr("No limit"))
        self.risks: dict[str, QSpinBox] = {
            name: self.spin(key, unit) for key, name, _label, unit in _RISK_FIELDS
        }
        self.check_in = self.spin("rules/checkInIntervalDays", days)

        cadence = QGroupBox(RulesPageText.tr("Keep in touch at least every"), self)
        by_level = QFormLayout(cadence)
        for level, box in self.levels.items():
            by_level.addRow(_words(_LEVEL_ROWS[level]), box)
        by_level.addRow(
            "",
            _note(RulesPageText.tr("A customer's own cadence, set in their details, comes first.")),
        )
        stages = QGroupBox(RulesPageText.tr("Sooner while in a stage"), self)
        by_stage = QFormLayout(stages)
        for stage, box in self.caps.items():
            by_stage.addRow(stage.label, box)
        risks = QGroupBox(RulesPageText.tr("Risk signals"), self)
        risk_form = QFormLayout(risks)
        for _key, name, label, _unit in _RISK_FIELDS:
            risk_form.addRow(_words(label), self.risks[name])
        check_ins = QGroupBox(RulesPageText.tr("Check-ins"), self)
        QFormLayout(check_ins).addRow(RulesPageText.tr("Ask for a &check-in every"), self.check_in)
        defaults = QPushButton(RulesPageText.tr("Restore the &defaults"), self)
        defaults.setAccessibleName(RulesPageText.tr("Restore the default relationship rules"))
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
        scroll.setAccessibleName(RulesPageText.tr("Relationship rules"))
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
