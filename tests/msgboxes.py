"""A message presenter for tests: it records what the app said and answers from a queue.

`MessageBoxes.reset()` puts it in charge (the UI tests' autouse fixture does), so no
dialog ever blocks a test; `MessageBoxes.log` holds what was shown, and each question
takes the next answer of `MessageBoxes.answers` (no, when the queue is empty), and so
does each offer (`msgbox.offer`: True takes it).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtWidgets import QWidget

from rapport.ui import msgbox


@dataclass(frozen=True)
class Shown:
    """A message that was shown."""

    kind: str
    title: str
    text: str
    detail: str


class _Recorder:
    """The presenter itself (msgbox.Presenter)."""

    def show(
        self, parent: QWidget | None, kind: msgbox.Kind, title: str, text: str, detail: str
    ) -> None:
        MessageBoxes.log.append(Shown(kind, title, text, detail))

    def ask(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        detail: str,
        yes: str | None,
        no: str | None,
    ) -> bool:
        MessageBoxes.log.append(Shown("question", title, text, detail))
        return MessageBoxes.answers.popleft() if MessageBoxes.answers else False

    def offer(
        self, parent: QWidget | None, title: str, text: str, detail: str, action: str
    ) -> bool:
        MessageBoxes.log.append(Shown("offer", title, text, detail))
        return MessageBoxes.answers.popleft() if MessageBoxes.answers else False


class MessageBoxes:
    """What the app said during a test, and the answers queued for its questions."""

    log: ClassVar[list[Shown]] = []
    answers: ClassVar[deque[bool]] = deque()
    _before: ClassVar[msgbox.Presenter | None] = None

    @classmethod
    def reset(cls, recording: bool = True) -> None:
        """Record afresh (recording), or give the messages back to Qt's boxes."""
        cls.log = []
        cls.answers = deque()
        if recording:
            previous = msgbox.use(_Recorder())
            if cls._before is None:
                cls._before = previous
        elif cls._before is not None:
            msgbox.use(cls._before)
            cls._before = None
