"""Move a customer to a lifecycle stage, with a reason and a (possibly past) date."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rapport import formatting
from rapport.domain.stages import Stage
from rapport.i18n import Words
from rapport.ui.appearance import calendar_popup

StageDialogText = Words("StageDialogText")


class StageDialog(QDialog):
    """Choose the new stage, when it happened and why. Any stage may follow any other."""

    def __init__(
        self,
        customer_name: str,
        current: Stage | None,
        parent: QWidget | None = None,
        current_since: datetime | None = None,
        suggested: Stage | None = None,
        reason: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stageDialog")
        self.setWindowTitle(StageDialogText.tr("Move {name} to a stage").format(name=customer_name))
        self.setMinimumWidth(520)
        self.stage = QComboBox()
        self.stage.setAccessibleName(StageDialogText.tr("New stage"))
        for stage in Stage:
            label = stage.label
            if stage is current:
                label = StageDialogText.tr("{stage} (current)").format(stage=label)
            self.stage.addItem(label, stage.value)
        preferred = suggested or _next_stage(current)
        self.stage.setCurrentIndex(self.stage.findData(preferred.value))
        self.meaning = QLabel()
        self.meaning.setWordWrap(True)
        self.stage.currentIndexChanged.connect(self._explain)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        calendar_popup(self.when)
        self.when.setAccessibleName(StageDialogText.tr("When the move happened"))
        self.when.setToolTip(StageDialogText.tr("Back-date the move if it happened earlier"))
        self._current = current
        self._current_since = current_since
        self.note = QLabel()
        self.note.setObjectName("stageNote")
        self.note.setWordWrap(True)
        self.when.dateTimeChanged.connect(self._check_date)
        self.reason = QLineEdit(reason)
        self.reason.setAccessibleName(StageDialogText.tr("Reason"))
        self.reason.setPlaceholderText(StageDialogText.tr("Why, in a few words"))
        form = QFormLayout()
        form.addRow(StageDialogText.tr("&Stage"), self.stage)
        form.addRow("", self.meaning)
        form.addRow(StageDialogText.tr("&When"), self.when)
        form.addRow("", self.note)
        form.addRow(StageDialogText.tr("&Reason"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(StageDialogText.tr("Move"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._explain()
        self._check_date()
        self.reason.setFocus()

    def _explain(self) -> None:
        self.meaning.setText(self.chosen().meaning)

    def _check_date(self) -> None:
        """Warn when a back-dated move would land before the current stage began."""
        since, current = self._current_since, self._current
        earlier = since is not None and current is not None and self.moment() < since
        if earlier and since is not None and current is not None:
            self.note.setText(
                StageDialogText.tr(
                    "This is earlier than when {stage} began ({since}). The move will be kept "
                    "in the history, and {stage} stays the current stage."
                ).format(stage=current.label, since=formatting.when(since))
            )
        self.note.setVisible(earlier)
        self.adjustSize()

    def chosen(self) -> Stage:
        """The stage picked."""
        return Stage(self.stage.currentData())

    def moment(self) -> datetime:
        """When the move happened, as aware UTC."""
        return formatting.from_local(self.when.dateTime())


def _next_stage(current: Stage | None) -> Stage:
    stages = list(Stage)
    if current is None:
        return stages[0]
    return stages[min(current.order + 1, len(stages) - 1)]
