"""The customer form: add a relationship (with its main contact) or edit its details.

A new relationship is named (a person or an organisation) and given a kind; its main
contact's name, role, e-mail and phone become its first person, as the 0009 migration
shaped every older customer (store/customers.py). Editing leaves people to the
customer page's People section: the form shows the relationship's own fields, and a
role, e-mail or phone still kept on an older relationship only while it has one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rapport.domain.customers import (
    DEFAULT_CURRENCY,
    MAX_CADENCE_DAYS,
    CustomerDraft,
    Status,
    ValidationError,
    parse_account_value,
)
from rapport.domain.folding import fold
from rapport.domain.levels import Level
from rapport.domain.people import RelationshipKind
from rapport.domain.stages import Stage
from rapport.i18n import Words
from rapport.store.records import CustomerRecord
from rapport.ui import msgbox

CustomerDialogText = Words("CustomerDialogText")


def dialog_title(customer: CustomerRecord | None) -> str:
    """The dialog's title; an edit names the kind ("Edit supplier")."""
    if customer is None:
        return CustomerDialogText.tr("New customer")
    return {
        RelationshipKind.CUSTOMER: CustomerDialogText.tr("Edit customer"),
        RelationshipKind.SUPPLIER: CustomerDialogText.tr("Edit supplier"),
        RelationshipKind.PARTNER: CustomerDialogText.tr("Edit partner"),
    }[customer.kind]


class CustomerDialog(QDialog):
    """Collects a customer's details; saving goes through `on_save`, which may refuse."""

    def __init__(
        self,
        on_save: Callable[[CustomerDraft, Stage], bool],
        customer: CustomerRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerDialog")
        self.setWindowTitle(dialog_title(customer))
        self.setMinimumWidth(520)
        self._on_save = on_save

        def line(name: str, placeholder: str = "") -> QLineEdit:
            edit = QLineEdit()
            edit.setAccessibleName(name)
            edit.setPlaceholderText(placeholder)
            return edit

        self.name = line(
            CustomerDialogText.tr("Name"),
            CustomerDialogText.tr("Required: a person or an organisation"),
        )
        self.organisation = line(CustomerDialogText.tr("Organisation"))
        self.contact = line(
            CustomerDialogText.tr("Main contact's name"),
            CustomerDialogText.tr("Leave blank when the name above is a person"),
        )
        self.role = line(
            CustomerDialogText.tr("Role"), CustomerDialogText.tr("e.g. Head chef, Owner, Buyer")
        )
        self.email = line(CustomerDialogText.tr("Email"))
        self.phone = line(CustomerDialogText.tr("Phone"))
        self.website = line(CustomerDialogText.tr("Website"))
        self.address = QPlainTextEdit()
        self.address.setAccessibleName(CustomerDialogText.tr("Address"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().height() * 4)
        self.tags = line(
            CustomerDialogText.tr("Tags"),
            CustomerDialogText.tr("Comma-separated, e.g. wholesale, Berlin"),
        )
        self.kind = QComboBox()
        self.kind.setAccessibleName(CustomerDialogText.tr("Kind of relationship"))
        for kind in RelationshipKind:
            self.kind.addItem(kind.label, kind.value)
        self.kind.setToolTip(
            CustomerDialogText.tr(
                "Who they are to you: they buy, they supply, or you work together"
            )
        )
        self.level = QComboBox()
        self.level.setAccessibleName(CustomerDialogText.tr("Relationship level"))
        for level in Level:
            self.level.addItem(level.label, level.value)
            self.level.setItemData(
                self.level.count() - 1, level.meaning, Qt.ItemDataRole.ToolTipRole
            )
        self.stage = QComboBox()
        self.stage.setAccessibleName(CustomerDialogText.tr("Starting stage"))
        for stage in Stage:
            self.stage.addItem(stage.label, stage.value)
        self.account_value = line(
            CustomerDialogText.tr("Account value"), CustomerDialogText.tr("e.g. 12500")
        )
        self.currency = line(CustomerDialogText.tr("Currency"), DEFAULT_CURRENCY)
        self.currency.setMaxLength(3)
        self.currency.setFixedWidth(self.fontMetrics().horizontalAdvance("WWWWW"))
        self.cadence = QSpinBox()
        self.cadence.setAccessibleName(CustomerDialogText.tr("Keep-in-touch cadence in days"))
        self.cadence.setRange(0, MAX_CADENCE_DAYS)
        self.cadence.setSpecialValueText(CustomerDialogText.tr("Default"))
        self.cadence.setSuffix(CustomerDialogText.tr(" days"))
        self.status = QComboBox()
        self.status.setAccessibleName(CustomerDialogText.tr("Status"))
        for status in Status:
            self.status.addItem(status.label, status.value)
        self.about = QPlainTextEdit()
        self.about.setAccessibleName(CustomerDialogText.tr("About"))
        self.about.setTabChangesFocus(True)
        self.about.setPlaceholderText(
            CustomerDialogText.tr("What matters to them, how they like to work…")
        )

        money = QHBoxLayout()
        money.addWidget(self.account_value, 1)
        money.addWidget(self.currency)
        form = QFormLayout()
        form.addRow(CustomerDialogText.tr("&Name"), self.name)
        form.addRow(CustomerDialogText.tr("&Kind"), self.kind)
        legacy = customer is not None
        if legacy and customer is not None and customer.organisation:
            form.addRow(CustomerDialogText.tr("&Organisation"), self.organisation)
        self.contact_box = QGroupBox(CustomerDialogText.tr("Main contact"))
        contact = QFormLayout(self.contact_box)
        if customer is None:
            contact.addRow(CustomerDialogText.tr("Na&me"), self.contact)
        contact.addRow(CustomerDialogText.tr("&Role"), self.role)
        contact.addRow(CustomerDialogText.tr("&Email"), self.email)
        contact.addRow(CustomerDialogText.tr("&Phone"), self.phone)
        # an older relationship may still keep a contact of its own: shown while it does
        kept = customer is not None and any((customer.role, customer.email, customer.phone))
        self.contact_box.setVisible(customer is None or kept)
        details = QFormLayout()
        details.addRow(CustomerDialogText.tr("&Website"), self.website)
        details.addRow(CustomerDialogText.tr("Addre&ss"), self.address)
        details.addRow(CustomerDialogText.tr("&Tags"), self.tags)
        details.addRow(CustomerDialogText.tr("&Level"), self.level)
        if customer is None:
            details.addRow(CustomerDialogText.tr("Starting st&age"), self.stage)
        value_label = QLabel(CustomerDialogText.tr("Account &value"))
        value_label.setBuddy(self.account_value)
        details.addRow(value_label, money)
        details.addRow(CustomerDialogText.tr("Keep in tou&ch every"), self.cadence)
        if customer is not None:
            details.addRow(CustomerDialogText.tr("Stat&us"), self.status)
        details.addRow(CustomerDialogText.tr("A&bout"), self.about)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.contact_box)
        layout.addLayout(details)
        layout.addWidget(buttons)
        self._new = customer is None
        if customer is not None:
            self._load(customer)
        self.name.setFocus()

    def _load(self, c: CustomerRecord) -> None:
        self.name.setText(c.name)
        self.organisation.setText(c.organisation)
        self.role.setText(c.role)
        self.email.setText(c.email)
        self.phone.setText(c.phone)
        self.website.setText(c.website)
        self.address.setPlainText(c.address)
        self.tags.setText(", ".join(c.tags))
        self.level.setCurrentIndex(self.level.findData(c.level.value))
        self.kind.setCurrentIndex(self.kind.findData(c.kind.value))
        self.account_value.setText("" if c.account_value is None else str(c.account_value))
        self.currency.setText(c.currency)
        self.cadence.setValue(c.cadence_days or 0)
        self.status.setCurrentIndex(self.status.findData(c.status.value))
        self.about.setPlainText(c.about)

    def draft(self) -> CustomerDraft | None:
        """The details as typed, or None (with a message) when a field cannot be read."""
        try:
            value = parse_account_value(self.account_value.text())
        except ValidationError as exc:
            msgbox.warn(self, CustomerDialogText.tr("Check the account value"), exc.message)
            self.account_value.setFocus()
            return None
        name, organisation = self.name.text(), self.organisation.text()
        contact = " ".join(self.contact.text().split())
        if self._new and contact and name.strip() and fold(contact) != fold(" ".join(name.split())):
            # the relationship is an organisation; the contact its first person
            name, organisation = contact, " ".join(name.split()) or contact
        return CustomerDraft(
            name=name,
            organisation=organisation,
            role=self.role.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            address=self.address.toPlainText(),
            website=self.website.text(),
            about=self.about.toPlainText(),
            tags=tuple(self.tags.text().split(",")),
            level=str(self.level.currentData()),
            account_value=value,
            currency=self.currency.text() or DEFAULT_CURRENCY,
            cadence_days=self.cadence.value() or None,
            status=Status(self.status.currentData()),
            kind=str(self.kind.currentData()),
        )

    def accept(self) -> None:
        """Save through the caller; stay open with everything typed when it refuses."""
        draft = self.draft()
        if draft is not None and self._on_save(draft, Stage(self.stage.currentData())):
            super().accept()
