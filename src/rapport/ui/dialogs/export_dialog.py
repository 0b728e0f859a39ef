"""File → Export…: the whole journal or the current customer, in the format chosen.

A JSON export may be sealed with a passphrase (typed twice); the other formats are
for other programs and stay plain, which the dialog says in one line.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
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
        self.seal = QCheckBox(ExportDialogText.tr("&Protect with a passphrase"))
        self.seal.setObjectName("exportSeal")
        self.seal.setAccessibleName(ExportDialogText.tr("Protect the export with a passphrase"))
        self.warning = QLabel(
            ExportDialogText.tr("Without the passphrase nobody can open the export, not even you.")
        )
        self.warning.setObjectName("exportSealWarning")
        self.warning.setWordWrap(True)
        self.passphrase = self._field(ExportDialogText.tr("Passphrase"), "exportPassphrase")
        self.repeat = self._field(ExportDialogText.tr("Passphrase again"), "exportRepeat")
        form.addRow("", self.seal)
        form.addRow(ExportDialogText.tr("Pass&phrase"), self.passphrase)
        form.addRow(ExportDialogText.tr("&Again"), self.repeat)
        self.form = form
        plain = QLabel(ExportDialogText.tr("CSV, vCard and PDF files are never encrypted."))
        plain.setObjectName("exportPlainNote")
        plain.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("exportProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.seal.toggled.connect(self._update)
        self.format.currentIndexChanged.connect(self._update)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(ExportDialogText.tr("Export…"))
        ok.setAccessibleName(ExportDialogText.tr("Export: choose the file next"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(ExportDialogText.tr("Cancel the export"))
        buttons.accepted.connect(self._accept_if_ready)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(plain)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._update()

    def _field(self, name: str, object_name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(object_name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        field.textEdited.connect(lambda _text: self.problem.hide())
        return field

    def _update(self) -> None:
        """The passphrase only for JSON, and its fields only while it is chosen."""
        json = self.chosen_format() is ExportFormat.JSON
        self.seal.setEnabled(json)
        if not json:
            self.seal.setChecked(False)
        on = self.seal.isChecked()
        for field in (self.passphrase, self.repeat):
            self.form.setRowVisible(field, on)
        self.warning.setVisible(on)
        self.problem.hide()
        self.adjustSize()

    def _accept_if_ready(self) -> None:
        """Accept, unless the passphrase is asked for and empty or typed differently twice."""
        if self.seal.isChecked():
            problem = ""
            if not self.passphrase.text():
                problem = ExportDialogText.tr("Type a passphrase, or export without one.")
            elif self.passphrase.text() != self.repeat.text():
                problem = ExportDialogText.tr("The two passphrases differ. Type them again.")
            if problem:
                self.problem.setText(problem)
                self.problem.show()
                self.passphrase.clear()
                self.repeat.clear()
                self.passphrase.setFocus()
                return
        self.accept()

    def chosen_passphrase(self) -> str | None:
        """The passphrase to seal the export with, or None for a plain one."""
        return self.passphrase.text() if self.seal.isChecked() else None

    def chosen_format(self) -> ExportFormat:
        """The format picked."""
        return ExportFormat(self.format.currentData())

    def only_customer(self) -> bool:
        """Whether only the current customer is to be exported."""
        return self.one.isChecked()
