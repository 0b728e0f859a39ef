"""What on a customer's page asks for the owner's attention: risks, stage and level suggestions.

It sits above the timeline. Risks get one line naming each signal and its urgency,
with a button to the Health tab for the evidence. Each pending stage or level
suggestion gets its reason and evidence and two buttons: Accept makes the move,
Dismiss turns it down for good. Nothing is applied without one of those clicks.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rapport.domain.level_suggestions import LevelSuggestion
from rapport.domain.risk import RiskSignal
from rapport.domain.suggestions import Suggestion
from rapport.domain.today import CustomerInsight
from rapport.i18n import Words

AttentionBarText = Words("AttentionBarText")


class AttentionBar(QWidget):
    """Risk line and suggestion rows for one customer; hidden when there is nothing."""

    details_requested = Signal()
    accept_requested = Signal(object)  # Suggestion or LevelSuggestion
    dismiss_requested = Signal(object)  # Suggestion or LevelSuggestion

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attentionBar")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._rows: list[QWidget] = []
        self._shown: tuple[object, ...] | None = None  # what the rows say (kept if unchanged)
        self.suggestion_buttons: list[tuple[QPushButton, QPushButton]] = []
        self.hide()

    def show_insight(self, insight: CustomerInsight | None, name: str = "") -> None:
        """Rebuild the rows for this customer's signals and suggestions.

        Rows that would say the same (the same customer opened again, a change that
        left the rules' answer alone) are kept: new rows are laid out again before the
        page can paint, and the page around them with them.
        """
        shown = (
            None
            if insight is None
            else (insight.signals, insight.suggestions, insight.level_suggestions, name)
        )
        if shown is not None and shown == self._shown:
            return
        self._shown = shown
        for row in self._rows:
            self._layout.removeWidget(row)
            row.hide()  # at once: deleteLater waits for the event loop
            row.setParent(None)
            row.deleteLater()
        self._rows = []
        self.suggestion_buttons = []
        if insight is not None:
            if insight.signals:
                self._add(self._risk_row(insight.signals))
            for suggestion in insight.suggestions:
                self._add(self._suggestion_row(suggestion, name))
            for level in insight.level_suggestions:
                self._add(self._level_row(level, name))
        self.setVisible(bool(self._rows))

    def _add(self, row: QWidget) -> None:
        self._rows.append(row)
        self._layout.addWidget(row)

    def _frame(self, name: str) -> tuple[QFrame, QHBoxLayout]:
        frame = QFrame(self)
        frame.setObjectName(name)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(frame)
        layout.setContentsMargins(8, 4, 8, 4)
        return frame, layout

    def _risk_row(self, signals: tuple[RiskSignal, ...]) -> QWidget:
        frame, layout = self._frame("riskLine")
        names = " · ".join(
            f"<b>{escape(s.rule.label)}</b> ({escape(s.urgency.lower())})" for s in signals
        )
        label = QLabel(
            AttentionBarText.tr("Risk(s): {names}", "", len(signals)).format(names=names)
        )
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        why = QPushButton(AttentionBarText.tr("Why, and what to do…"))
        why.setAccessibleName(
            AttentionBarText.tr("Show the evidence and next steps on the Health tab")
        )
        why.clicked.connect(self.details_requested.emit)
        layout.addWidget(label, 1)
        layout.addWidget(why)
        return frame

    def _suggestion_row(self, suggestion: Suggestion, name: str) -> QWidget:
        frame, layout = self._frame("suggestionRow")
        stage = suggestion.stage.label
        evidence = " ".join(escape(line) for line in suggestion.evidence)
        label = QLabel(
            AttentionBarText.tr("<b>Suggestion: move to {stage}.</b> {reason}. {evidence}").format(
                stage=escape(stage), reason=escape(suggestion.reason), evidence=evidence
            )
        )
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setToolTip(suggestion.stage.meaning)
        accept = QPushButton(AttentionBarText.tr("Move to {stage}").format(stage=stage))
        accept.setAccessibleName(
            AttentionBarText.tr("Accept: move {name} to {stage}").format(name=name, stage=stage)
            if name
            else AttentionBarText.tr("Accept: move to {stage}").format(stage=stage)
        )
        accept.clicked.connect(lambda: self.accept_requested.emit(suggestion))
        dismiss = QPushButton(AttentionBarText.tr("Dismiss"))
        dismiss.setAccessibleName(
            AttentionBarText.tr("Dismiss the suggestion to move to {stage}").format(stage=stage)
        )
        dismiss.setToolTip(AttentionBarText.tr("Not now, and not again for this evidence"))
        dismiss.clicked.connect(lambda: self.dismiss_requested.emit(suggestion))
        layout.addWidget(label, 1)
        layout.addWidget(accept)
        layout.addWidget(dismiss)
        self.suggestion_buttons.append((accept, dismiss))
        return frame

    def _level_row(self, suggestion: LevelSuggestion, name: str) -> QWidget:
        frame, layout = self._frame("levelSuggestionRow")
        level = suggestion.level.label
        evidence = " ".join(escape(line) for line in suggestion.evidence)
        rests = AttentionBarText.tr("(Rests on %n entr(y|ies).)", "", len(suggestion.entry_ids))
        label = QLabel(
            AttentionBarText.tr(
                "<b>Suggestion: level {level}.</b> {reason}. {evidence} {rests}"
            ).format(
                level=escape(level),
                reason=escape(suggestion.reason),
                evidence=evidence,
                rests=escape(rests),
            )
        )
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setToolTip(suggestion.level.meaning)
        accept = QPushButton(AttentionBarText.tr("Make it {level}").format(level=level))
        accept.setAccessibleName(
            AttentionBarText.tr("Accept: set the level of {name} to {level}").format(
                name=name, level=level
            )
            if name
            else AttentionBarText.tr("Accept: set the level to {level}").format(level=level)
        )
        accept.clicked.connect(lambda: self.accept_requested.emit(suggestion))
        dismiss = QPushButton(AttentionBarText.tr("Dismiss"))
        dismiss.setAccessibleName(
            AttentionBarText.tr("Dismiss the suggestion of level {level}").format(level=level)
        )
        dismiss.setToolTip(
            AttentionBarText.tr("Not again this year, while the level stays as it is")
        )
        dismiss.clicked.connect(lambda: self.dismiss_requested.emit(suggestion))
        layout.addWidget(label, 1)
        layout.addWidget(accept)
        layout.addWidget(dismiss)
        self.suggestion_buttons.append((accept, dismiss))
        return frame
