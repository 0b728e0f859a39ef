"""Whose e-mail is this? Asked when no relationship's address is on it, or several's.

The owner picks the customer by typing (the entry dialog's picker); when nobody's
address matched, the sender may be added to it as a person in the same write, so
the next message from them finds its place by itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from rapport.i18n import Words
from rapport.store.customers import Choice
from rapport.transfer.mail import MailAddress
from rapport.ui.customer_choices import CustomerList
from rapport.ui.dialogs.customer_picker import CustomerPicker

if TYPE_CHECKING:
    from rapport.ui.capture import ReadMail

MailDialogText = Words("MailDialogText")


class MailCustomerDialog(QDialog):
    """Pick the relationship an e-mail goes to; `chosen(customer id, add the sender)`."""

    chosen = Signal(int, bool)

    def __init__(
        self,
        choices: CustomerList | Sequence[Choice],
        read: ReadMail,
        customer_id: int | None,
        sender: MailAddress | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mailCustomerDialog")
        self.setWindowTitle(MailDialogText.tr("Whose e-mail is this?"))
        subject = read.mail.subject or read.name
        if read.found:
            why = MailDialogText.tr("“{subject}” is to or from several customers.")
        else:
            why = MailDialogText.tr("No customer has an address on “{subject}”.")
        self.why = QLabel(
            why.format(subject=subject)
            + " "
            + MailDialogText.tr("Choose the customer to add it to.")
        )
        self.why.setWordWrap(True)
        self.customer = CustomerPicker(choices, self)
        self.customer.choose(customer_id)
        self.add_sender = QCheckBox(self)
        self.add_sender.setVisible(sender is not None)
        if sender is not None:
            who = f"{sender.name} <{sender.email}>" if sender.name else sender.email
            self.add_sender.setText(
                MailDialogText.tr("&Add {sender} to this customer's people").format(sender=who)
            )
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(MailDialogText.tr("&Customer"), self.customer)
        form.addRow("", self.add_sender)
        layout = QVBoxLayout(self)
        layout.addWidget(self.why)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.customer.setFocus()

    def accept(self) -> None:
        """Hand the choice on; an unknown name is refused in words (the dialog stays)."""
        customer_id = self.customer.selected_customer()
        if customer_id is None or self.customer.new_customer_name() is not None:
            self.problem.setText(MailDialogText.tr("Choose a customer from the list."))
            self.problem.show()
            self.customer.setFocus()
            return
        super().accept()
        self.chosen.emit(
            customer_id, not self.add_sender.isHidden() and self.add_sender.isChecked()
        )
