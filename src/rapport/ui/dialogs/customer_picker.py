"""The entry's customer picker: type a few letters to pick a customer, or add a new one.

Typing finds a relationship by its name, organisation, or any of its people's names,
roles and e-mails ("Jens" finds Café Lindeboom). A name that is no customer yet is
offered as "Add “…” as a new customer" at the end of the list (the completer shows it
among the matches). Chosen, the picker shows the name again, a note under it says what
will happen, and `new_customer_name()` gives the name to the one saving the entry, who
adds the customer in the same transaction.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QConcatenateTablesProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QWidget
from typing_extensions import override

from rapport.domain.folding import fold
from rapport.i18n import Words
from rapport.store.customers import Choice
from rapport.ui.customer_choices import FOLDED_ROLE, ID_ROLE, CustomerList

#: The same context as the entry dialog it belongs to: one set of words for translators.
EntryDialogText = Words("EntryDialogText")
#: The item data of the "Add “…” as a new customer" offer.
NEW_CUSTOMER = -1
#: The picker's least width, in characters (the dialog's layout widens it).
MIN_CHARACTERS = 24


class _FoldingCompleter(QCompleter):
    """Matches what is typed, folded, against the items' folded text ("muller": Müller)."""

    @override
    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    @override
    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class CustomerPicker(QComboBox):
    """An editable list of customers ("Name — Organisation") with type-ahead."""

    #: The owner chose to add a new customer by this name.
    new_customer_chosen = Signal(str)

    def __init__(
        self, customers: CustomerList | Sequence[Choice], parent: QWidget | None = None
    ) -> None:
        """`customers`: the journal's, shared by the pickers (ui/customer_choices.py)."""
        super().__init__(parent)
        self.setEditable(True)  # before the model: made editable with it took 20 ms more
        self._list = customers if isinstance(customers, CustomerList) else CustomerList(customers)
        self._list.pickers.add(self)  # (a list on show is not changed)
        #: The offer to add a new customer, when there is one: after every customer.
        self._offer = QStandardItemModel(0, 1, self)  # (the proxy shows the fewest columns)
        shown = QConcatenateTablesProxyModel(self)
        shown.addSourceModel(self._list.model)  # shared, never changed here
        shown.addSourceModel(self._offer)
        self.setModel(shown)
        # As wide as the dialog makes it: sized to its contents, showing the dialog
        # measured every customer's name (0.2 s at 20,000 customers).
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(MIN_CHARACTERS)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # (with a placeholder, the offer added to an empty list is not selected by itself)
        self.setPlaceholderText(EntryDialogText.tr("Type the customer's name"))
        self.setAccessibleName(EntryDialogText.tr("Customer"))
        completer = _FoldingCompleter(self.model(), self)
        completer.setCompletionRole(FOLDED_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)  # both sides folded
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._new_name: str | None = None  # the offer taken: a customer to add
        self._offered = ""  # the name in the offer at the end of the list
        #: Under the picker (the dialog places it): says a new customer will be added.
        self.note = QLabel(parent)
        self.note.setObjectName("newCustomerNote")
        self.note.setWordWrap(True)
        self.note.hide()
        self.editTextChanged.connect(self._offer_new_customer)
        self.activated.connect(self._on_chosen)

    def choose(self, customer_id: int | None) -> None:
        """Select a customer (None or unknown: nothing selected, nothing typed)."""
        ids = self._list.ids
        index = ids.index(customer_id) if customer_id in self._list.known else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")

    def selected_customer(self) -> int | None:
        """The customer id chosen, matching typed text to a name when needed."""
        text = self.currentText().strip()
        index = self.currentIndex()
        if index >= 0 and self._is_customer(index) and self.itemText(index) == text:
            return int(self.itemData(index))  # the usual case, without a look at every name
        folded = fold(text)
        matches = [i for i, f in enumerate(self._list.folded) if folded and folded in f]
        if len(matches) == 1:
            return self._list.ids[matches[0]]
        return None

    def new_customer_name(self) -> str | None:
        """The name of a customer to add with the entry, when the owner took that offer."""
        if self._new_name is not None and " ".join(self.currentText().split()) == self._new_name:
            return self._new_name
        return None

    def _is_customer(self, row: int) -> bool:
        return 0 <= row < len(self._list.ids)

    def _offer_new_customer(self, text: str) -> None:
        """Offer to add what is typed as a new customer, unless it names one already."""
        name = " ".join(text.split())
        row = len(self._list.ids) if self._offer.rowCount() else -1  # the offer's row
        if row >= 0 and text == self.itemText(row):
            return  # the offer itself, on its way to being chosen
        if self._new_name is not None and name != self._new_name:
            self._new_name = None
            self.note.hide()
        if not name or fold(name) in self._list.taken:
            if row >= 0 and row != self.currentIndex():
                self._offer.removeRow(0)
            return
        offer = EntryDialogText.tr("Add “{name}” as a new customer").format(name=name)
        self._offered = name
        if row < 0:
            item = QStandardItem(offer)
            item.setData(NEW_CUSTOMER, ID_ROLE)
            item.setData(fold(offer), FOLDED_ROLE)
            item.setEditable(False)
            self._offer.appendRow(item)
        elif row != self.currentIndex():
            self._offer.item(0).setText(offer)
            self._offer.item(0).setData(fold(offer), FOLDED_ROLE)

    def _on_chosen(self, row: int) -> None:
        """The offer taken: remember the name, and show it (not the offer) in the picker."""
        if row < 0 or self._is_customer(row):
            return
        name = self._offered

        def show_name() -> None:  # after the combo box's own handling of the choice
            self.setCurrentIndex(-1)
            self.setEditText(name)
            self._new_name = name
            self.note.setText(
                EntryDialogText.tr(
                    "{name} is new: saved as a customer together with this entry."
                ).format(name=name)
            )
            self.note.show()
            self.new_customer_chosen.emit(name)

        QTimer.singleShot(0, show_name)
