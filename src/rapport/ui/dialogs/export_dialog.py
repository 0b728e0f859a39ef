"""File → Export…: the whole journal or the current customer, in the format chosen."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from rapport.i18n import Words
from rapport.transfer.exporting import ExportFormat

ExportDialogText = Words("ExportDialogText")


class ExportDialog(QDialog):
    """Choose what to export and how; the file name is asked for next."""

    def __init__(self, customer_name: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(ExportDialogText.tr("Export"))
        self.whole = QRadioButton(ExportDialogText.tr("The &whole journal"))
        self.whole.setAccessibleName(ExportDialogText.tr("Export the whole journal"))
        if customer_name:
            self.one = QRadioButton(ExportDialogText.tr("Only &{name}").format(name=customer_name))
            self.one.setAccessibleName(
                ExportDialogText.tr("Export only {name}").format(name=customer_name)
            )
        else:
            self.one = QRadioButton(ExportDialogText.tr("Only the current customer"))
            self.one.setAccessibleName(ExportDialogText.tr("Export only the current customer"))
        self.one.setEnabled(customer_name is not None)
        self.scope = QButtonGroup(self)
        self.scope.addButton(self.whole)
        self.scope.addButton(self.one)
        self.whole.setChecked(True)
        self.format = QComboBox()
        self.format.setAccessibleName(ExportDialogText.tr("Export format"))
        for fmt in ExportFormat:
            self.format.addItem(fmt.label, fmt.value)
        form = QFormLayout()
        form.addRow(ExportDialogText.tr("Export"), self.whole)
        form.addRow("", self.one)
        form.addRow(ExportDialogText.tr("&Format"), self.format)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(ExportDialogText.tr("Export…"))
        ok.setAccessibleName(ExportDialogText.tr("Export: choose the file next"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(ExportDialogText.tr("Cancel the export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen_format(self) -> ExportFormat:
        """The format picked."""
        return ExportFormat(self.format.currentData())

    def only_customer(self) -> bool:
        """Whether only the current customer is to be exported."""
        return self.one.isChecked()
