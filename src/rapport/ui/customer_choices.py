"""The customer picker's list of every customer, built once and kept with the journal's.

Filling a picker item by item (each name folded for type-ahead) took longer than
reading the names: 20,000 customers made Ctrl+N wait more than a second. The list
is built here once and shared by every picker while the store's kept choices are the
same tuple (store/customer_choices.py says when they change). When they change, the
customers that changed are taken out and put in again; a picker on show meanwhile
keeps the list it was given (a new one is built for the next), so nothing moves
under the owner's hands, and saving for a customer deleted since says so.
The first list is folded ahead, in the start's warm-up (`fold_ahead`).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from rapport.domain.folding import fold
from rapport.store.customers import Choice, CustomerStore

#: The item role holding its text folded (case and accents aside), which typing matches.
FOLDED_ROLE = Qt.ItemDataRole.UserRole + 1
#: The item role holding the customer's id (QComboBox's `itemData`).
ID_ROLE = Qt.ItemDataRole.UserRole


def label(choice: Choice) -> str:
    """The item's text: name and organisation, or a relationship with its main contact."""
    contact = choice.people.split("\n", 1)[0]
    second = choice.organisation or (contact if fold(contact) != fold(choice.name) else "")
    return f"{choice.name} — {second}" if second else choice.name


class _Words(NamedTuple):
    """What a picker shows and matches for one customer (folding takes most of the building).

    Kept for every customer from the start (20,000 at a million entries): a folded text
    equal to another is the same string, not a copy of it.
    """

    text: str
    #: Label and people, folded: what typing matches.
    folded: str
    #: The label, folded: a typed name that is taken.
    folded_label: str
    #: The name, folded: a typed name that is taken.
    folded_name: str


_NONE: Mapping[Choice, _Words] = {}
#: More customers changed than this: the list is built afresh.
_FEW = 200


def _words(choice: Choice) -> _Words:
    text = label(choice)
    folded_label = fold(text)
    folded_name = folded_label if choice.name == text else fold(choice.name)
    matched = f"{text}\n{choice.people}".strip()
    folded = folded_label if matched == text else fold(matched)
    return _Words(text, folded, folded_label, folded_name)


def _item(choice: Choice, words: _Words) -> QStandardItem:
    item = QStandardItem(words.text)
    item.setData(choice.id, ID_ROLE)
    item.setData(words.folded, FOLDED_ROLE)
    return item


class CustomerList:
    """The customers as a picker shows them: a model, and what typing compares with."""

    def __init__(self, choices: Sequence[Choice], known: Mapping[Choice, _Words] = _NONE) -> None:
        """`known`: customers' words already folded (folded ahead)."""
        #: Each customer's words (what was folded is not folded again).
        self.words = {c: known.get(c) or _words(c) for c in choices}
        self.model = QStandardItemModel()
        # one column even when empty: the picker shows the fewest of its models'
        self.model.appendColumn([_item(c, self.words[c]) for c in choices])
        self.choices = list(choices)
        #: The pickers given this list: while one shows, the list does not change.
        self.pickers: weakref.WeakSet[QWidget] = weakref.WeakSet()
        self._index()

    def _index(self) -> None:
        """What typing compares with, per row, from the choices."""
        words = [self.words[c] for c in self.choices]
        #: Per row, the text typing matches: label and people, folded.
        self.folded = [w.folded for w in words]
        #: Each customer's label and name, folded: a typed name that is taken.
        self.taken = {w.folded_label for w in words} | {w.folded_name for w in words}
        #: Per row, the customer's id; and all of them, to ask whether one is offered.
        self.ids = [c.id for c in self.choices]
        self.known = frozenset(self.ids)

    def shown(self) -> bool:
        """Whether a picker given this list is on show (its list must stay as it is)."""
        return any(isValid(p) and p.isVisible() for p in list(self.pickers))

    def update(self, choices: Sequence[Choice]) -> None:
        """Become the list of `choices`: only the customers that changed are taken out and put in.

        The customers that did not change keep their order (the order is by name),
        so taking out what changed and putting in what is new, in order, is all.
        """
        now = set(choices)
        for row in range(len(self.choices) - 1, -1, -1):
            if self.choices[row] not in now:
                self.model.removeRow(row)
                del self.words[self.choices.pop(row)]
        before = set(self.choices)
        for row, choice in enumerate(choices):
            if choice not in before:
                self.words[choice] = _words(choice)
                self.model.insertRow(row, _item(choice, self.words[choice]))
                self.choices.insert(row, choice)
        self._index()


_built: weakref.WeakKeyDictionary[CustomerStore, tuple[tuple[Choice, ...], CustomerList]] = (
    weakref.WeakKeyDictionary()
)
#: Customers' words folded by the warm-up, for the first list built (`fold_ahead`).
_ahead: weakref.WeakKeyDictionary[CustomerStore, dict[Choice, _Words]] = weakref.WeakKeyDictionary()
_ahead_lock = threading.Lock()


def customer_list(customers: CustomerStore) -> CustomerList:
    """The picker's list of the journal's customers: built again only after they changed."""
    choices = customers.choices()
    kept = _built.get(customers)
    if kept is not None and kept[0] is choices:
        return kept[1]
    if kept is not None and not kept[1].shown() and _few_changed(kept[0], choices):
        kept[1].update(choices)  # in place: no picker shows it
        _built[customers] = (choices, kept[1])
        return kept[1]
    with _ahead_lock:
        ahead = _ahead.pop(customers, None)
    known = kept[1].words if kept is not None else ahead or _NONE
    found = CustomerList(choices, known)
    _built[customers] = (choices, found)
    return found


def _few_changed(before: Sequence[Choice], now: Sequence[Choice]) -> bool:
    """Whether few enough customers changed to take them out and put them in one by one."""
    return len(set(before).symmetric_difference(now)) <= _FEW


def fold_ahead(customers: CustomerStore) -> None:
    """Read and fold every customer in a worker thread: the first Ctrl+N only builds its list.

    Without it, the first Ctrl+N after start read and folded every customer on the UI
    thread (more than half a second at 20,000 customers). Called by the page warm-up.
    """
    words = {c: _words(c) for c in customers.choices()}
    with _ahead_lock:
        _ahead[customers] = words
