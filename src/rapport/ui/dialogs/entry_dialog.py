"""Quick capture: write an entry about a customer right after a meeting (Ctrl+N anywhere).

The customer is picked by type-ahead; the time defaults to now; Ctrl+Enter saves.
A name that is no customer yet is offered as "Add “…” as a new customer" at the end
of the picker's list: chosen, the customer is saved together with the entry (the
caller does both in one transaction). So the very first note needs no detour.
The dialog only collects and checks what was typed; saving goes through the caller.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
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
from rapport.domain.drafts import NO_CUSTOMER, TypedEntry
from rapport.domain.entries import EntryDraft, side_of
from rapport.domain.kinds import (
    COMMITMENT_KINDS,
    SENTIMENT_MAX,
    SENTIMENT_MIN,
    EntryKind,
    Side,
    sentiment_label,
)
from rapport.i18n import Words
from rapport.store.customers import Choice
from rapport.store.records import EntryRecord
from rapport.ui import msgbox
from rapport.ui.appearance import calendar_popup
from rapport.ui.customer_choices import CustomerList
from rapport.ui.dialogs.customer_picker import NEW_CUSTOMER, CustomerPicker
from rapport.ui.dialogs.entry_form import Binding, EntryForm

EntryDialogText = Words("EntryDialogText")


class EntryDialog(QDialog):
    """Collects one entry. `draft()` returns what was typed, or None when it cannot be used."""

    #: Anything in the form changed (drives the draft that is saved while typing).
    edited = Signal()
    #: The entry was committed (emitted before the dialog closes and before any question
    #: that follows the save): its draft goes now, in the same step as the commit.
    saved = Signal()

    def __init__(
        self,
        choices: CustomerList | Sequence[Choice],
        on_save: Callable[[EntryDraft, str | None], bool],
        customer_id: int | None = None,
        entry: EntryRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("entryDialog")
        self.setWindowTitle(
            EntryDialogText.tr("Edit entry") if entry else EntryDialogText.tr("New entry")
        )
        self.setMinimumSize(560, 480)
        self._entry = entry
        self._on_save = on_save

        self.customer = CustomerPicker(choices, self)
        self.customer.choose(entry.customer_id if entry else customer_id)
        self.customer.new_customer_chosen.connect(self._to_the_note)

        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        calendar_popup(self.when)
        self.when.setAccessibleName(EntryDialogText.tr("Date and time"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(EntryDialogText.tr("Kind of entry"))
        for kind in EntryKind:
            self.kind.addItem(kind.label, kind.value)
        self.kind.setCurrentIndex(self.kind.findData(EntryKind.MEETING.value))
        self.side = QComboBox()  # a commitment's: whose word it is
        self.side.setAccessibleName(EntryDialogText.tr("Whose word"))
        self.side.addItem(EntryDialogText.tr("We promised"), Side.OURS.value)
        self.side.addItem(EntryDialogText.tr("They promised"), Side.THEIRS.value)
        self.title = QLineEdit()
        self.title.setAccessibleName(EntryDialogText.tr("Title"))
        self.title.setPlaceholderText(EntryDialogText.tr("Optional, e.g. “Quarterly review”"))
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(EntryDialogText.tr("Note"))
        self.body.setAccessibleDescription(
            EntryDialogText.tr("What happened. Markdown works: **bold**, - lists.")
        )
        self.body.setPlaceholderText(
            EntryDialogText.tr("What happened? What did you learn? (Markdown works)")
        )
        self.body.setTabChangesFocus(True)
        self.sentiment = QComboBox()
        self.sentiment.setAccessibleName(EntryDialogText.tr("Sentiment"))
        self.sentiment.addItem(EntryDialogText.tr("Not rated"), None)
        for value in range(SENTIMENT_MAX, SENTIMENT_MIN - 1, -1):
            self.sentiment.addItem(f"{sentiment_label(value)} ({value:+d})", value)
        self.private = QCheckBox(EntryDialogText.tr("&Private (left out of printouts)"))
        self.private.setAccessibleName(EntryDialogText.tr("Private"))
        self.follow_up = QCheckBox(EntryDialogText.tr("&Follow up on"))
        self.follow_up.setAccessibleName(EntryDialogText.tr("Follow up"))
        self.follow_up_on = QDateEdit(QDate.currentDate().addDays(7))
        calendar_popup(self.follow_up_on)
        self.follow_up_on.setAccessibleName(EntryDialogText.tr("Follow-up date"))
        self.follow_up_on.setEnabled(False)
        self.follow_up.toggled.connect(self.follow_up_on.setEnabled)
        self.follow_up_done = QCheckBox(EntryDialogText.tr("Done"))
        self.follow_up_done.setAccessibleName(EntryDialogText.tr("Follow-up done"))
        self.follow_up_done.setVisible(entry is not None)

        follow = QHBoxLayout()
        follow.addWidget(self.follow_up)
        follow.addWidget(self.follow_up_on)
        follow.addWidget(self.follow_up_done)
        follow.addStretch(1)
        form = QFormLayout()
        form.addRow(EntryDialogText.tr("&Customer"), self.customer)
        form.addRow("", self.customer.note)
        form.addRow(EntryDialogText.tr("&When"), self.when)
        form.addRow(EntryDialogText.tr("&Kind"), self.kind)
        form.addRow(EntryDialogText.tr("Whose w&ord"), self.side)
        form.addRow(EntryDialogText.tr("&Title"), self.title)
        form.addRow(EntryDialogText.tr("&Sentiment"), self.sentiment)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save_keys = QKeySequence("Ctrl+Enter").toString(QKeySequence.SequenceFormat.NativeText)
        buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            EntryDialogText.tr("Save ({keys})").format(keys=save_keys)
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.private)
        layout.addLayout(follow)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)
        self.form = self._bind()
        if entry is not None:
            self.form.show(entry)
        self._rows = form
        self.kind.currentIndexChanged.connect(self._ask_whose_word)
        self._ask_whose_word()
        for signal in self.form.changed():
            signal.connect(self.edited)
        if self.customer.currentIndex() >= 0:
            self.body.setFocus()
        else:
            self.customer.setFocus()

    def _bind(self) -> EntryForm:
        """Each field of an entry, bound to its widget (the form's one mapper)."""
        return EntryForm(
            (
                Binding(
                    "customer_id",
                    lambda: self.selected_customer() or NO_CUSTOMER,
                    lambda v: self.customer.choose(v or None),
                    (self.customer.currentTextChanged,),
                ),
                Binding(
                    "occurred_at",
                    lambda: formatting.from_local(self.when.dateTime()),
                    lambda v: self.when.setDateTime(formatting.to_local(v)),
                    (self.when.dateTimeChanged,),
                ),
                Binding(
                    "kind",
                    lambda: EntryKind(self.kind.currentData()),
                    lambda v: self.kind.setCurrentIndex(max(0, self.kind.findData(v.value))),
                    (self.kind.currentIndexChanged,),
                ),
                Binding("title", self.title.text, self.title.setText, (self.title.textChanged,)),
                Binding(
                    "body",
                    self.body.toPlainText,
                    self.body.setPlainText,
                    (self.body.textChanged,),
                ),
                Binding(
                    "sentiment",
                    self.sentiment.currentData,
                    lambda v: self.sentiment.setCurrentIndex(max(0, self.sentiment.findData(v))),
                    (self.sentiment.currentIndexChanged,),
                ),
                Binding(
                    "private",
                    self.private.isChecked,
                    self.private.setChecked,
                    (self.private.toggled,),
                ),
                Binding(
                    "follow_up_on",
                    self._follow_up_day,
                    self._show_follow_up_day,
                    (self.follow_up.toggled, self.follow_up_on.dateChanged),
                ),
                Binding(
                    "follow_up_done",
                    self.follow_up_done.isChecked,
                    self.follow_up_done.setChecked,
                    (self.follow_up_done.toggled,),
                ),
                Binding(
                    "side",
                    lambda: side_of(EntryKind(self.kind.currentData()), self.side.currentData()),
                    lambda v: self.side.setCurrentIndex(self.side.findData((v or Side.OURS).value)),
                    (self.side.currentIndexChanged,),
                ),
            )
        )

    def _ask_whose_word(self) -> None:
        """Only a commitment says whose word it is."""
        commitment = EntryKind(self.kind.currentData()) in COMMITMENT_KINDS
        self._rows.setRowVisible(self.side, commitment)

    def _follow_up_day(self) -> date | None:
        if not self.follow_up.isChecked():
            return None
        return formatting.pydate(self.follow_up_on.date())

    def _show_follow_up_day(self, day: date | None) -> None:
        self.follow_up.setChecked(day is not None)
        if day is not None:
            self.follow_up_on.setDate(formatting.qdate(day))

    def selected_customer(self) -> int | None:
        """The customer id chosen, matching typed text to a name when needed."""
        return self.customer.selected_customer()

    def new_customer_name(self) -> str | None:
        """The name of a customer to add with this entry, when the owner chose to."""
        return self.customer.new_customer_name()

    def _to_the_note(self, _name: str) -> None:
        """A new customer's name taken: on to what happened."""
        self.body.setFocus()

    def has_text(self) -> bool:
        """Whether anything worth keeping was typed."""
        return bool(self.title.text().strip() or self.body.toPlainText().strip())

    def draft(self) -> EntryDraft | None:
        """The entry as typed (not yet checked), or None with a message when unusable."""
        customer_id = self.selected_customer()
        if customer_id is None and self.new_customer_name() is not None:
            customer_id = NEW_CUSTOMER  # the caller adds the customer and puts its id here
        if customer_id is None:
            msgbox.warn(
                self,
                EntryDialogText.tr("Choose a customer"),
                EntryDialogText.tr(
                    "Pick the customer this note is about: start typing a name and choose "
                    "it, or choose “Add … as a new customer” for someone new."
                ),
            )
            self.customer.setFocus()
            return None
        return replace(self.form.read(), customer_id=customer_id)

    def accept(self) -> None:
        """Save through the caller; stay open (nothing lost) when saving fails."""
        draft = self.draft()
        if draft is not None and self._on_save(draft, self.new_customer_name()):
            self.saved.emit()
            super().accept()

    def reject(self) -> None:
        """Ask before throwing away typed text."""
        if self.has_text() and not msgbox.ask(
            self,
            EntryDialogText.tr("Discard this entry?"),
            EntryDialogText.tr("You have typed a note that is not saved yet."),
            yes=EntryDialogText.tr("Discard"),
            no=EntryDialogText.tr("Keep writing"),
        ):
            return
        super().reject()

    # --- drafts -------------------------------------------------------------------------

    @property
    def entry_id(self) -> int | None:
        """The entry being edited, or None for a new one."""
        return self._entry.id if self._entry is not None else None

    def typed(self, draft_id: str) -> TypedEntry:
        """Everything in the form exactly as typed, for the draft file."""
        text = self.customer.currentText()
        return TypedEntry(draft_id, self.entry_id, text, self.form.read(), datetime.now(UTC))

    def restore_typed(self, typed: TypedEntry) -> None:
        """Put a recovered draft back into the form."""
        self.form.show(typed.entry)
        if typed.customer_id is None or self.customer.findData(typed.customer_id) < 0:
            self.customer.setEditText(typed.customer_text)
        self.body.moveCursor(QTextCursor.MoveOperation.End)
