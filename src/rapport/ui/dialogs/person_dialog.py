"""The person form: someone at a relationship (name, role, e-mails, phones, birthday…).

E-mails and phones are typed one per line, a label first when wanted
("work: jens@lindeboom.nl", "mobile: +31 6 1234 5678"). Saving goes through the caller,
and a refusal (no name, a clash with an edit elsewhere) keeps the dialog open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rapport import formatting
from rapport.domain.people import Labelled, PersonDraft
from rapport.i18n import Words
from rapport.store.records import PersonRecord
from rapport.ui.appearance import calendar_popup

PersonDialogText = Words("PersonDialogText")
_LONGEST_LABEL = 20  # longer text before a colon is part of the value, not a label


def parse_labelled(text: str) -> tuple[Labelled, ...]:
    """One item per line; "label: value" gives it a label ("work: a@b.nl")."""
    items: list[Labelled] = []
    for line in text.splitlines():
        label, colon, value = line.partition(":")
        if (
            colon
            and value.strip()
            and 0 < len(label.strip()) <= _LONGEST_LABEL
            and ("@" not in label)
        ):
            items.append(Labelled(label.strip(), value.strip()))
        elif line.strip():
            items.append(Labelled("", line.strip()))
    return tuple(items)


def labelled_text(items: tuple[Labelled, ...]) -> str:
    """Items as the form shows them, one per line."""
    return "\n".join(f"{i.label}: {i.value}" if i.label else i.value for i in items)


class PersonDialog(QDialog):
    """Collects one person's details; `on_save(draft)` saves them and may refuse."""

    def __init__(
        self,
        on_save: Callable[[PersonDraft], bool],
        relationship: str,
        person: PersonRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personDialog")
        title = (
            PersonDialogText.tr("{name} at {relationship}")
            if person
            else PersonDialogText.tr("New person at {relationship}")
        )
        self.setWindowTitle(
            title.format(name=person.name if person else "", relationship=relationship)
        )
        self.setMinimumWidth(460)
        self._on_save = on_save

        self.name = QLineEdit()
        self.name.setAccessibleName(PersonDialogText.tr("Name"))
        self.name.setPlaceholderText(PersonDialogText.tr("Required"))
        self.role = QLineEdit()
        self.role.setAccessibleName(PersonDialogText.tr("Role"))
        self.role.setPlaceholderText(PersonDialogText.tr("e.g. Owner, Manager, Driver"))
        lines = self.fontMetrics().height()
        self.emails = QPlainTextEdit()
        self.emails.setAccessibleName(PersonDialogText.tr("E-mail addresses"))
        self.emails.setPlaceholderText(PersonDialogText.tr("One per line, e.g. work: jens@…"))
        self.emails.setTabChangesFocus(True)
        self.emails.setFixedHeight(lines * 4)
        self.phones = QPlainTextEdit()
        self.phones.setAccessibleName(PersonDialogText.tr("Phone numbers"))
        self.phones.setPlaceholderText(PersonDialogText.tr("One per line, e.g. mobile: +31 6 …"))
        self.phones.setTabChangesFocus(True)
        self.phones.setFixedHeight(lines * 4)
        self.has_birthday = QCheckBox(PersonDialogText.tr("&Birthday"))
        self.birthday = QDateEdit(QDate(1980, 1, 1))
        self.birthday.setAccessibleName(PersonDialogText.tr("Birthday"))
        calendar_popup(self.birthday)
        self.birthday.setEnabled(False)
        self.has_birthday.toggled.connect(self.birthday.setEnabled)
        self.main = QCheckBox(PersonDialogText.tr("&Main contact"))
        self.main.setToolTip(PersonDialogText.tr("The one to write to first"))
        self.gone = QCheckBox(PersonDialogText.tr("No &longer there, since"))
        self.left_on = QDateEdit(QDate.currentDate())
        self.left_on.setAccessibleName(PersonDialogText.tr("Left on"))
        calendar_popup(self.left_on)
        self.left_on.setEnabled(False)
        self.gone.toggled.connect(self.left_on.setEnabled)
        self.gone.toggled.connect(self._left)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(PersonDialogText.tr("Note"))
        self.note.setPlaceholderText(PersonDialogText.tr("Something to remember about them"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(lines * 4)

        born = QHBoxLayout()
        born.addWidget(self.has_birthday)
        born.addWidget(self.birthday, 1)
        left = QHBoxLayout()
        left.addWidget(self.gone)
        left.addWidget(self.left_on, 1)
        form = QFormLayout()
        form.addRow(PersonDialogText.tr("&Name"), self.name)
        form.addRow(PersonDialogText.tr("&Role"), self.role)
        form.addRow(PersonDialogText.tr("&E-mails"), self.emails)
        form.addRow(PersonDialogText.tr("&Phones"), self.phones)
        form.addRow("", born)
        form.addRow("", self.main)
        form.addRow("", left)
        form.addRow(PersonDialogText.tr("N&ote"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if person is not None:
            self._load(person)
        self.name.setFocus()

    def _left(self, gone: bool) -> None:
        """Someone who left is no longer the main contact."""
        if gone:
            self.main.setChecked(False)

    def _load(self, p: PersonRecord) -> None:
        self.name.setText(p.name)
        self.role.setText(p.role)
        self.emails.setPlainText(labelled_text(p.emails))
        self.phones.setPlainText(labelled_text(p.phones))
        if p.birthday is not None:
            self.has_birthday.setChecked(True)
            self.birthday.setDate(formatting.qdate(p.birthday))
        self.main.setChecked(p.main)
        if p.left_on is not None:
            self.gone.setChecked(True)
            self.left_on.setDate(formatting.qdate(p.left_on))
        self.note.setPlainText(p.note)

    def draft(self) -> PersonDraft:
        """The details as typed."""
        return PersonDraft(
            name=self.name.text(),
            role=self.role.text(),
            emails=parse_labelled(self.emails.toPlainText()),
            phones=parse_labelled(self.phones.toPlainText()),
            birthday=(
                formatting.pydate(self.birthday.date()) if self.has_birthday.isChecked() else None
            ),
            note=self.note.toPlainText(),
            main=self.main.isChecked(),
            left_on=formatting.pydate(self.left_on.date()) if self.gone.isChecked() else None,
        )

    def accept(self) -> None:
        """Save through the caller; stay open with everything typed when it refuses."""
        if self._on_save(self.draft()):
            super().accept()
