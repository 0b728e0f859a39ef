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

from rapport.transfer.exporting import ExportFormat


class ExportDialog(QDialog):
    """Choose what to export and how; the file name is asked for next."""

    def __init__(self, customer_name: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle("Export")
        self.whole = QRadioButton("The &whole journal")
        self.whole.setAccessibleName("Export the whole journal")
        self.one = QRadioButton(
            f"Only &{customer_name}" if customer_name else "Only the current customer"
        )
        self.one.setAccessibleName(
            f"Export only {customer_name}" if customer_name else "Export only the current customer"
        )
        self.one.setEnabled(customer_name is not None)
        self.scope = QButtonGroup(self)
        self.scope.addButton(self.whole)
        self.scope.addButton(self.one)
        self.whole.setChecked(True)
        self.format = QComboBox()
        self.format.setAccessibleName("Export format")
        for fmt in ExportFormat:
            self.format.addItem(fmt.label, fmt.value)
        form = QFormLayout()
        form.addRow("Export", self.whole)
        form.addRow("", self.one)
        form.addRow("&Format", self.format)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Export…")
        ok.setAccessibleName("Export: choose the file next")
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName("Cancel the export")
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
