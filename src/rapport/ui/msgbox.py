"""The one way Rapport talks to the user in a dialog box: through one presenter.

Every message and question goes through `inform`, `warn`, `ask` and `offer`, which hand it to
the presenter in use: Qt's message boxes in the app. Tests (or a headless run) put
another presenter in with `use()`: one that records what was said and answers
questions from a queue, so nothing blocks. Production code has no switch to test for.
"""

from __future__ import annotations

import logging
from typing import Literal, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from rapport.i18n import Words

log = logging.getLogger("rapport.ui")
MsgboxText = Words("MsgboxText")

#: What a message is: news, a problem, or a yes/no question.
Kind = Literal["info", "warning", "question"]


class Presenter(Protocol):
    """Shows messages and asks questions on the app's behalf."""

    def show(self, parent: QWidget | None, kind: Kind, title: str, text: str, detail: str) -> None:
        """Tell the user something; returns once they have seen it (or at once)."""

    def ask(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        detail: str,
        yes: str | None,
        no: str | None,
    ) -> bool:
        """Ask a yes/no question; True for yes."""

    def offer(
        self, parent: QWidget | None, title: str, text: str, detail: str, action: str
    ) -> bool:
        """Tell the user something, offering one more step (`action`); True when taken."""


class QtPresenter:
    """Qt's message boxes, text shown as typed (a name is never read as markup)."""

    def show(self, parent: QWidget | None, kind: Kind, title: str, text: str, detail: str) -> None:
        """A message box with an OK button."""
        warning = kind == "warning"
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        _box(parent, icon, title, text, detail, QMessageBox.StandardButton.Ok).exec()

    def ask(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        detail: str,
        yes: str | None,
        no: str | None,
    ) -> bool:
        """A question box whose buttons say what they do ("Yes"/"No" unless named)."""
        box = _box(
            parent,
            QMessageBox.Icon.Question,
            title,
            text,
            detail,
            QMessageBox.StandardButton.NoButton,
        )
        yes_button = box.addButton(yes or MsgboxText.tr("Yes"), QMessageBox.ButtonRole.YesRole)
        no_button = box.addButton(no or MsgboxText.tr("No"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(yes_button)
        box.setEscapeButton(no_button)
        box.exec()
        return box.clickedButton() is yes_button

    def offer(
        self, parent: QWidget | None, title: str, text: str, detail: str, action: str
    ) -> bool:
        """An information box with OK (Enter and Esc) and the action's button beside it."""
        box = _box(
            parent, QMessageBox.Icon.Information, title, text, detail, QMessageBox.StandardButton.Ok
        )
        taken = box.addButton(action, QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(QMessageBox.StandardButton.Ok)
        box.setEscapeButton(QMessageBox.StandardButton.Ok)
        box.exec()
        return box.clickedButton() is taken


_presenter: Presenter = QtPresenter()


def use(presenter: Presenter) -> Presenter:
    """Put `presenter` in charge of every message from now on; returns the one before."""
    global _presenter
    previous, _presenter = _presenter, presenter
    return previous


def inform(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    """Tell the user something went as asked, or something worth knowing."""
    _presenter.show(parent, "info", title, text, detail)


def warn(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    """Tell the user something did not work, and (in detail) what to do."""
    _presenter.show(parent, "warning", title, text, detail)


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    detail: str = "",
    yes: str | None = None,
    no: str | None = None,
) -> bool:
    """Ask a yes/no question; True for yes (the buttons say "Yes" and "No" unless named)."""
    return _presenter.ask(parent, title, text, detail, yes, no)


def offer(parent: QWidget | None, title: str, text: str, detail: str, action: str) -> bool:
    """Tell the user something went as asked, offering a way on or back ("Undo import").

    OK is the default and Esc's: the offer is taken only by its own button. True then.
    """
    return _presenter.offer(parent, title, text, detail, action)


def _box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    detail: str,
    buttons: QMessageBox.StandardButton,
) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    if detail:
        box.setInformativeText(detail)
    box.setTextFormat(Qt.TextFormat.PlainText)  # after the detail: Qt sets both labels then
    return box
