"""The check-in: six questions about one relationship, each on a small scale or "don't know".

Every answer starts at "Don't know", so an unanswered question never pretends to be
a middle answer. Tab moves from question to question, the arrow keys along the
scale; Ctrl+Enter saves. The dialog only collects what was chosen; saving goes
through the caller, and a refusal (nothing answered) keeps the dialog open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from rapport import formatting
from rapport.domain.checkins import SCALE_MAX, SCALE_MIN, Answers, CheckIn, Question, scale_label
from rapport.i18n import Words
from rapport.ui import msgbox
from rapport.ui.appearance import calendar_popup

DONT_KNOW = 0  # the button id of "Don't know" in each question's group

CheckinDialogText = Words("CheckinDialogText")


class CheckInDialog(QDialog):
    """Collects one check-in for one customer; `check_in()` returns what was chosen."""

    def __init__(
        self,
        customer_id: int,
        customer_name: str,
        on_save: Callable[[CheckIn], bool],
        last: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkInDialog")
        self.setWindowTitle(CheckinDialogText.tr("Check in on {name}").format(name=customer_name))
        self.setMinimumWidth(640)
        self._customer_id = customer_id
        self._on_save = on_save

        text = CheckinDialogText.tr(
            "How does your relationship with {name} stand today? Answer what you "
            "can. “Don't know” is an honest answer: it is left out of the score, and it may "
            "be worth a conversation."
        ).format(name=customer_name)
        if last:
            earlier = CheckinDialogText.tr("Your last check-in was on {day}.")
            text = f"{text} {earlier.format(day=formatting.when(last, False))}"
        intro = QLabel(text)
        intro.setTextFormat(Qt.TextFormat.PlainText)  # it holds the customer's name
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)

        self.groups: dict[Question, QButtonGroup] = {}
        for number, question in enumerate(Question, start=1):
            prompt = QLabel(f"<b>{number}. {question.prompt}</b>")
            prompt.setWordWrap(True)
            layout.addWidget(prompt)
            layout.addWidget(self._scale(question))

        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        calendar_popup(self.when)
        self.when.setAccessibleName(CheckinDialogText.tr("Date of the check-in"))
        self.when.setToolTip(CheckinDialogText.tr("Back-date it if you thought it through earlier"))
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(CheckinDialogText.tr("Note"))
        self.note.setAccessibleDescription(CheckinDialogText.tr("Anything the answers do not say"))
        self.note.setPlaceholderText(
            CheckinDialogText.tr("What stands out? What will you do about it?")
        )
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(CheckinDialogText.tr("&Date"), self.when)
        form.addRow(CheckinDialogText.tr("&Note"), self.note)
        layout.addLayout(form)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save_keys = QKeySequence("Ctrl+Enter").toString(QKeySequence.SequenceFormat.NativeText)
        save.setToolTip(CheckinDialogText.tr("Save ({keys})").format(keys=save_keys))
        save.setAccessibleName(CheckinDialogText.tr("Save the check-in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            CheckinDialogText.tr("Cancel")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)
        first = self.groups[Question.TRUST].button(DONT_KNOW)
        first.setFocus()

    def _scale(self, question: Question) -> QWidget:
        """One row of radio buttons: 1 … 5 with their words, then "Don't know"."""
        row = QWidget(self)  # its own parent, so arrow keys stay within the question
        row.setObjectName(f"scale_{question.value}")
        row.setAccessibleName(question.prompt)
        line = QHBoxLayout(row)
        line.setContentsMargins(16, 0, 0, 6)
        group = QButtonGroup(row)
        for value in range(SCALE_MIN, SCALE_MAX + 1):
            button = QRadioButton(f"{value} {scale_label(value)}")
            button.setAccessibleName(
                CheckinDialogText.tr("{question}: {answer} ({value} of {most})").format(
                    question=question.label,
                    answer=scale_label(value),
                    value=value,
                    most=SCALE_MAX,
                )
            )
            group.addButton(button, value)
            button.installEventFilter(self)
            line.addWidget(button)
        unknown = QRadioButton(CheckinDialogText.tr("Don't know"))
        unknown.setAccessibleName(
            CheckinDialogText.tr("{question}: don't know").format(question=question.label)
        )
        unknown.setChecked(True)
        group.addButton(unknown, DONT_KNOW)
        unknown.installEventFilter(self)
        line.addSpacing(12)
        line.addWidget(unknown)
        line.addStretch(1)
        self.groups[question] = group
        return row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tabbing into a question lands on its chosen answer, not on "Not at all"."""
        tabbed = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        if not (isinstance(event, QFocusEvent) and event.type() == QEvent.Type.FocusIn):
            return super().eventFilter(watched, event)
        group = next((g for g in self.groups.values() if watched in g.buttons()), None)
        checked = group.checkedButton() if group is not None else None
        if event.reason() in tabbed and checked is not None and checked is not watched:
            checked.setFocus(event.reason())
            return True
        return super().eventFilter(watched, event)

    # --- what was chosen ------------------------------------------------------------------

    def set_answer(self, question: Question, value: int | None) -> None:
        """Choose an answer (None: don't know), as a click would."""
        self.groups[question].button(DONT_KNOW if value is None else value).setChecked(True)

    def answers(self) -> Answers:
        """The answers chosen so far."""
        chosen: dict[Question, int | None] = {}
        for question, group in self.groups.items():
            value = group.checkedId()
            chosen[question] = None if value in (DONT_KNOW, -1) else value
        return Answers.of(chosen)

    def check_in(self) -> CheckIn:
        """The check-in as chosen (not yet checked: the store validates on save)."""
        return CheckIn(
            customer_id=self._customer_id,
            at=formatting.from_local(self.when.dateTime()),
            answers=self.answers(),
            note=self.note.toPlainText(),
        )

    def has_input(self) -> bool:
        """Whether anything was answered or written."""
        return bool(self.answers().known() or self.note.toPlainText().strip())

    def accept(self) -> None:
        """Save through the caller; stay open (nothing lost) when saving fails."""
        if self._on_save(self.check_in()):
            super().accept()

    def reject(self) -> None:
        """Ask before throwing away answers."""
        if self.has_input() and not msgbox.ask(
            self,
            CheckinDialogText.tr("Discard this check-in?"),
            CheckinDialogText.tr("You have answered questions that are not saved yet."),
            yes=CheckinDialogText.tr("Discard"),
            no=CheckinDialogText.tr("Keep going"),
        ):
            return
        super().reject()
