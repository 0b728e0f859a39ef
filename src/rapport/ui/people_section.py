"""The customer page's people: who is there, the main contact first, those who left greyed.

One compact line per person (name, role, e-mails, phones); double-click or Enter edits,
Delete removes (Edit → Undo brings them back), the context menu offers both. The
section only shows and asks: saving goes through PeopleActions (ui/people_actions.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from rapport import formatting
from rapport.i18n import Words
from rapport.store.records import PersonRecord

PeopleText = Words("PeopleText")
_ID = Qt.ItemDataRole.UserRole
_MOST_ROWS = 5  # taller than this, the list scrolls


def person_line(person: PersonRecord) -> str:
    """One person in one line: "★ Jens Bakker — Owner · jens@… · +31 6 …"."""
    reach = [str(e) for e in person.emails] + [str(p) for p in person.phones]
    who = f"{person.name} — {person.role}" if person.role else person.name
    line = " · ".join([who, *reach])
    if person.main:
        line = "★ " + line
    if person.left_on is not None:
        left = PeopleText.tr("no longer there since {day}").format(
            day=formatting.day(person.left_on)
        )
        line = f"{line} · {left}"
    return line


class PeopleSection(QWidget):
    """The people of the relationship shown; emits what the owner wants done."""

    add_requested = Signal()
    edit_requested = Signal(int)  # person id
    remove_requested = Signal(int)  # person id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peopleSection")
        #: Placed by the page among its buttons (a row of its own costs a small screen).
        self.add = QPushButton(PeopleText.tr("Add person…"))
        self.add.setAccessibleName(PeopleText.tr("Add a person at this relationship"))
        self.add.clicked.connect(self.add_requested)
        self.list = QListWidget(self)
        self.list.setObjectName("peopleList")
        self.list.setAccessibleName(PeopleText.tr("People at this relationship"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.itemActivated.connect(self._activated)
        remove = QAction(PeopleText.tr("Remove"), self.list)
        remove.setShortcut(QKeySequence.StandardKey.Delete)
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self._remove_selected)
        self.list.addAction(remove)
        self._people: list[PersonRecord] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)

    def show_people(self, people: list[PersonRecord]) -> None:
        """Show these people (in the order given: the store puts the main contact first)."""
        selected = self.selected_id()
        self._people = list(people)
        self.list.clear()
        muted = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        for person in people:
            item = QListWidgetItem(person_line(person))
            item.setData(_ID, person.id)
            tip = [person.note] if person.note else []
            if person.birthday is not None:
                born = PeopleText.tr("Birthday: {day}").format(day=formatting.day(person.birthday))
                tip.append(born)
            item.setToolTip("\n".join(tip))
            if person.left_on is not None:
                item.setForeground(muted)
            self.list.addItem(item)
            if person.id == selected:
                self.list.setCurrentItem(item)
        if not people:
            empty = QListWidgetItem(PeopleText.tr("No one yet: add the people you deal with."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        rows = max(1, min(len(people), _MOST_ROWS))
        row = self.list.sizeHintForRow(0) if self.list.count() else self.fontMetrics().height()
        frame = 2 * self.list.frameWidth()
        # as tall as its rows, and on a small screen down to two (it scrolls): one row
        # with a scroll bar beside it reads as if the main contact were alone
        self.list.setMaximumHeight(rows * row + frame + 4)
        self.list.setMinimumHeight(min(rows, 2) * row + frame)

    def selected_id(self) -> int | None:
        """The person selected, if any."""
        item = self.list.currentItem()
        value = item.data(_ID) if item is not None else None
        return int(value) if value is not None else None

    def _remove_selected(self) -> None:
        person = self.selected_id()
        if person is not None:
            self.remove_requested.emit(person)

    def _activated(self, item: QListWidgetItem) -> None:
        value = item.data(_ID)
        if value is not None:
            self.edit_requested.emit(int(value))

    def _menu(self, at: QPoint) -> None:
        item = self.list.itemAt(at)
        value = item.data(_ID) if item is not None else None
        menu = QMenu(self)
        if value is not None:
            menu.addAction(PeopleText.tr("Edit…"), lambda: self.edit_requested.emit(int(value)))
            menu.addAction(PeopleText.tr("Remove"), lambda: self.remove_requested.emit(int(value)))
        menu.addAction(PeopleText.tr("Add person…"), self.add_requested.emit)
        menu.popup(self.list.viewport().mapToGlobal(at))

    @override
    def changeEvent(self, event: QEvent) -> None:
        """Grey those who left again in the new theme's muted colour."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._people:
            self.show_people(self._people)
