"""Who took part in an entry: which of our people, and which of theirs.

Two lists to tick. One of our people who is not listed yet (a new employee, the
delivery person) is added by name right here; the journal keeps them for next time.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rapport.i18n import Words
from rapport.store.records import OurPersonRecord, PersonRecord

TookPartText = Words("TookPartText")
_ID = Qt.ItemDataRole.UserRole


def _tick(list_: QListWidget, text: str, ident: int, checked: bool) -> None:
    item = QListWidgetItem(text)
    item.setData(_ID, ident)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    list_.addItem(item)


def _ticked(list_: QListWidget) -> set[int]:
    return {
        int(list_.item(i).data(_ID))
        for i in range(list_.count())
        if list_.item(i).checkState() == Qt.CheckState.Checked
    }


class TookPartDialog(QDialog):
    """Ticks for our people and theirs; `on_save(ours, theirs)` saves and may refuse."""

    def __init__(
        self,
        ours: list[OurPersonRecord],
        theirs: list[PersonRecord],
        chosen: tuple[set[int], set[int]],
        on_save: Callable[[set[int], set[int]], bool],
        add_ours: Callable[[str], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tookPartDialog")
        self.setWindowTitle(TookPartText.tr("Who took part"))
        self._on_save = on_save
        self._add_ours = add_ours
        self.ours = QListWidget()
        self.ours.setAccessibleName(TookPartText.tr("Your people who took part"))
        for person in ours:
            _tick(
                self.ours, person.name or TookPartText.tr("You"), person.id, person.id in chosen[0]
            )
        self.theirs = QListWidget()
        self.theirs.setAccessibleName(TookPartText.tr("Their people who took part"))
        for other in theirs:
            text = f"{other.name} — {other.role}" if other.role else other.name
            _tick(self.theirs, text, other.id, other.id in chosen[1])
        self.new_name = QLineEdit()
        self.new_name.setAccessibleName(TookPartText.tr("Name of one of your people"))
        self.new_name.setPlaceholderText(TookPartText.tr("Add one of your people by name"))
        add = QPushButton(TookPartText.tr("&Add"))
        add.clicked.connect(self._add)
        self.new_name.returnPressed.connect(self._add)
        adding = QHBoxLayout()
        adding.addWidget(self.new_name, 1)
        adding.addWidget(add)
        grid = QGridLayout()
        grid.addWidget(QLabel(TookPartText.tr("Your side")), 0, 0)
        grid.addWidget(QLabel(TookPartText.tr("Their side")), 0, 1)
        grid.addWidget(self.ours, 1, 0)
        grid.addWidget(self.theirs, 1, 1)
        grid.addLayout(adding, 2, 0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def _add(self) -> None:
        """Add one of ours by the name typed, ticked."""
        name = self.new_name.text().strip()
        if not name:
            return
        new_id = self._add_ours(name)
        if new_id is not None:
            _tick(self.ours, " ".join(name.split()), new_id, True)
            self.new_name.clear()

    def chosen(self) -> tuple[set[int], set[int]]:
        """The ids ticked: (ours, theirs)."""
        return _ticked(self.ours), _ticked(self.theirs)

    def accept(self) -> None:
        """Save through the caller; stay open when it refuses."""
        if self._on_save(*self.chosen()):
            super().accept()
