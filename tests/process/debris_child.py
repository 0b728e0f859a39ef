"""Test-only child: starts a backup or a journal move and stops half-way, to be killed.

python debris_child.py backup JOURNAL
    takes a backup and stops once the temporary file is written in full (before it
    is checked and renamed), printing "partial".
python debris_child.py move SOURCE TARGET
    moves the journal's file as Settings → Journal → Move does and stops once the
    checked copy is in place, before the app would switch to it, printing "copied".
python debris_child.py encrypt JOURNAL STEP
    protects the journal with a passphrase and stops at STEP of store/encrypt.py
    ("written": the encrypted copy is written, "checked": it is checked), printing it.
python debris_child.py convert JOURNAL STEP
    converts a journal encrypted the older way (keyed from "old passphrase") to a data
    key wrapped by "new passphrase" and stops at STEP ("keyed", "written", "checked").
python debris_child.py copying SOURCE TARGET
    the same, but stops once the copy is written under its temporary name, before
    its check, printing "copying".
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

#: The tests' own helpers (the message recorder) live one folder up.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def stop_here(line: str) -> None:
    say(line)
    while True:
        time.sleep(1)


def main() -> int:
    mode, journal = sys.argv[1], Path(sys.argv[2])
    if mode == "backup":
        from rapport.store import backup

        backup.fsync_file = lambda _path: stop_here("partial")  # type: ignore[assignment]
        backup.take_backup(journal, "auto")
        return 1
    if mode == "encrypt":
        from rapport.store import encrypt

        stop_at = sys.argv[3]
        encrypt.on_step = lambda step: stop_here(step) if step == stop_at else None
        encrypt.change_passphrase(journal, None, "a passphrase")
        return 1
    if mode == "convert":
        from rapport.store import encrypt

        stop_at = sys.argv[3]
        encrypt.on_step = lambda step: stop_here(step) if step == stop_at else None
        encrypt.change_passphrase(journal, "old passphrase", "new passphrase")
        return 1
    if mode == "copying":
        from rapport.store import move

        move.check_backup = lambda _path: stop_here("copying")  # type: ignore[assignment]
        move.write_copy(journal, Path(sys.argv[3]))
        return 1
    if mode == "move":
        from PySide6.QtWidgets import QApplication

        from msgboxes import MessageBoxes
        from rapport.ui.journal_move import write_checked_copy

        _app = QApplication([])
        MessageBoxes.reset(recording=True)
        if not write_checked_copy(journal, Path(sys.argv[3]), None):
            say(f"refused: {MessageBoxes.log}")
            return 1
        stop_here("copied")
    return 2


if __name__ == "__main__":
    sys.exit(main())
