"""Test-only driver: starts the real Rapport app and types into it, like a person would.

    python app_driver.py type JOURNAL TEXTFILE [--customer ID | --edit ENTRY_ID]
        opens quick capture (or an entry for editing) and types the file's text one
        character every 15 ms, printing "typed N" after each, until killed.
    python app_driver.py recover JOURNAL
        starts the app, accepts the offer of drafts, prints the reopened dialogs' text
        as JSON, and exits.
    python app_driver.py hold JOURNAL
        starts the app, prints "ready", and prints "activated" whenever a second
        start on the same journal asks it to come forward.

Message boxes are recorded, never shown; the network is blocked as in the test suite.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from pathlib import Path

#: The tests' own helpers (the message recorder) live one folder up.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _block_network() -> None:
    def refuse(self: socket.socket, *_args: object) -> None:
        if self.family != socket.AF_UNIX:
            sys.stdout.write("NETWORK ATTEMPT\n")
            sys.stdout.flush()
            os._exit(3)

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign,assignment]


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main() -> int:
    _block_network()
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from msgboxes import MessageBoxes
    from rapport.app import start_app
    from rapport.ui.dialogs.entry_dialog import EntryDialog

    mode, journal = sys.argv[1], Path(sys.argv[2])
    MessageBoxes.reset(recording=True)
    MessageBoxes.answers.extend([True] * 5)  # yes to the offer of drafts
    session = start_app(journal)
    if session is None or session.window is None:
        say("NO SESSION")
        return 2
    window = session.window
    app = QApplication.instance()
    assert app is not None

    if mode == "type":
        text = Path(sys.argv[3]).read_text("utf-8")
        flag, value = sys.argv[4], int(sys.argv[5])
        if flag == "--edit":
            dialog = window.controller.edit_entry(value)
        else:
            dialog = window.controller.new_entry(value)
        assert dialog is not None
        dialog.body.moveCursor(dialog.body.textCursor().MoveOperation.End)
        position = 0

        def type_one() -> None:
            nonlocal position
            if position < len(text):
                char = text[position]
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    event = QKeyEvent(
                        kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char
                    )
                    QApplication.sendEvent(dialog.body, event)
                position += 1
                say(f"typed {position}")

        timer = QTimer(interval=15)
        timer.timeout.connect(type_one)
        timer.start()
        say("typing")
        return app.exec()

    if mode == "recover":

        def report() -> None:
            dialogs = [w for w in app.topLevelWidgets() if isinstance(w, EntryDialog)]
            visible = [d for d in dialogs if d.isVisible()]
            if not visible:
                QTimer.singleShot(50, report)
                return
            dialog = visible[0]
            say(json.dumps({"body": dialog.body.toPlainText(), "entry_id": dialog.entry_id}))
            os._exit(0)  # like a crash: no close dialogs, the draft is kept

        def nothing() -> None:
            say(json.dumps({"body": None, "asked": [m.title for m in MessageBoxes.log]}))
            os._exit(0)

        QTimer.singleShot(0, report)
        QTimer.singleShot(5000, nothing)
        return app.exec()

    if mode == "hold":
        from rapport.single_instance import GUARDS

        guard = GUARDS.get(journal)
        assert guard is not None
        guard.activated.connect(lambda: say("activated"))
        say("ready")
        return app.exec()
    return 2


if __name__ == "__main__":
    sys.exit(main())
