"""The one way Rapport talks to the user in a dialog box.

Tests switch `MessageBoxes.recording` on: nothing blocks, every message is kept in
`MessageBoxes.log`, and questions get the answer queued in `MessageBoxes.answers`.
Messages are plain text: they name customers, and a name is never markup.
"""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from rapport.i18n import Words

log = logging.getLogger("rapport.ui")
MsgboxText = Words("MsgboxText")


@dataclass(frozen=True)
class Shown:
    """A message that was shown (kept when recording)."""

    kind: str
    title: str
    text: str
    detail: str


class MessageBoxes:
    """Switches for tests; the app leaves them alone."""

    recording: ClassVar[bool] = False
    log: ClassVar[list[Shown]] = []
    answers: ClassVar[deque[bool]] = deque()

    @classmethod
    def reset(cls, recording: bool = True) -> None:
        """Start recording afresh (tests call this)."""
        cls.recording = recording
        cls.log = []
        cls.answers = deque()


def _show(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    kind: str,
    title: str,
    text: str,
    detail: str,
) -> None:
    if MessageBoxes.recording:
        MessageBoxes.log.append(Shown(kind, title, text, detail))
        log.info("%s: %s — %s %s", kind, title, text, detail)
        return
    _box(parent, icon, title, text, detail, QMessageBox.StandardButton.Ok).exec()


def inform(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    """Tell the user something went as asked, or something worth knowing."""
    _show(parent, QMessageBox.Icon.Information, "info", title, text, detail)


def warn(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    """Tell the user something did not work, and (in detail) what to do."""
    _show(parent, QMessageBox.Icon.Warning, "warning", title, text, detail)


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    detail: str = "",
    yes: str | None = None,
    no: str | None = None,
) -> bool:
    """Ask a yes/no question; True for yes (the buttons say "Yes" and "No" unless named)."""
    if MessageBoxes.recording:
        MessageBoxes.log.append(Shown("question", title, text, detail))
        return MessageBoxes.answers.popleft() if MessageBoxes.answers else False
    box = _box(
        parent, QMessageBox.Icon.Question, title, text, detail, QMessageBox.StandardButton.NoButton
    )
    yes_button = box.addButton(yes or MsgboxText.tr("Yes"), QMessageBox.ButtonRole.YesRole)
    no_button = box.addButton(no or MsgboxText.tr("No"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(yes_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


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
