"""Promise 7: a full disk or a read-only journal loses nothing. The text stays in the editor,
the message says what happened, no partial row is written, and retrying afterwards works."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from msgboxes import MessageBoxes
from rapport.domain.customers import CustomerDraft
from rapport.store import Journal
from rapport.ui.dialogs.entry_dialog import EntryDialog
from rapport.ui.main_window import MainWindow

WindowFactory = Callable[[Path], MainWindow]
LONG = "We talked through the whole renewal, line by line. " * 400


@contextlib.contextmanager
def every_connection(journal: Journal, pragma: str) -> Iterator[None]:
    """Every new connection of the journal runs `pragma` first (simulating the disk)."""

    def apply(dbapi: Any, _record: Any) -> None:
        dbapi.execute(pragma)

    journal.engine.dispose()
    event.listen(journal.engine, "connect", apply)
    try:
        yield
    finally:
        event.remove(journal.engine, "connect", apply)
        journal.engine.dispose()


def entry_rows(journal: Journal) -> int:
    with journal.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM entry").scalar() or 0)


def open_capture(window: MainWindow) -> tuple[EntryDialog, int]:
    cid = window.bridge.journal.customers.create(CustomerDraft(name="Maria"))
    dialog = window.controller.new_entry(cid)
    assert dialog is not None
    dialog.title.setText("Renewal")
    dialog.body.setPlainText(LONG)
    return dialog, cid


def assert_kept_and_retry_works(dialog: EntryDialog, journal: Journal, words: str) -> None:
    assert dialog.isVisible(), "the dialog stays open"
    assert dialog.body.toPlainText() == LONG, "the text stays in the editor"
    assert words in MessageBoxes.log[-1].text and MessageBoxes.log[-1].detail
    assert entry_rows(journal) == 0, "no partial row"


@pytest.mark.parametrize(
    ("pragma", "words"),
    [
        ("PRAGMA max_page_count = {pages}", "disk is full"),
        ("PRAGMA query_only = ON", "cannot be written"),
    ],
    ids=["full disk", "read-only"],
)
def test_saving_on_a_full_or_read_only_disk_keeps_the_text_and_a_retry_saves_it(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, pragma: str, words: str
) -> None:
    window = make_window(journal_path)
    journal = window.bridge.journal
    dialog, cid = open_capture(window)
    with journal.engine.connect() as conn:
        pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar() or 0)
    with every_connection(journal, pragma.format(pages=pages + 2)):
        dialog.accept()
        assert_kept_and_retry_works(dialog, journal, words)
    dialog.accept()  # space freed / permission back: the same dialog saves
    assert not dialog.isVisible()
    assert journal.timeline.header(cid).entry_count == 1


def _can_mount() -> bool:
    return (
        hasattr(os, "geteuid")
        and os.geteuid() == 0
        and shutil.which("mount") is not None
        and Path("/proc/mounts").exists()
    )


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 3 MB file system (tmpfs), where root may mount one; skipped elsewhere."""
    if not _can_mount():
        pytest.skip("mounting a small disk needs root on Linux")
    where = tmp_path / "disk"
    where.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_a_really_full_disk_keeps_the_text_and_saving_works_once_space_is_freed(
    qtbot: QtBot, make_window: WindowFactory, tiny_disk: Path
) -> None:
    window = make_window(tiny_disk / "journal.rapport")
    journal = window.bridge.journal
    dialog, cid = open_capture(window)
    filler = tiny_disk / "filler"
    # The close may fail too (what the last write left unflushed): both are the point.
    with contextlib.suppress(OSError), filler.open("wb") as handle:
        while True:
            handle.write(b"\0" * 65536)
            handle.flush()
            os.fsync(handle.fileno())
    dialog.accept()
    assert dialog.isVisible() and dialog.body.toPlainText() == LONG
    assert any("disk is full" in m.text for m in MessageBoxes.log)
    filler.unlink()
    dialog.accept()
    assert not dialog.isVisible()
    assert journal.timeline.header(cid).entry_count == 1
    window.close()
    journal.close()
