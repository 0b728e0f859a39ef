"""Waiting for work the window does in the background (rapport.ui.worker), outside qtbot."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication


def wait_for(done: Callable[[], bool], timeout_s: float = 20.0) -> None:
    """Handle events until `done()` holds; fail after `timeout_s`."""
    end = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > end:
            raise AssertionError("the background work did not end in time")
        QApplication.processEvents()
        time.sleep(0.002)
    QApplication.processEvents()


def opened_import(window: Any, path: Path) -> Any:
    """File → Import… of `path`: the import dialog once the file is read, or None (refused)."""
    task = window.transfer.import_file(path)
    assert task is not None, "the file is being read"
    wait_for(lambda: task.outcome is not None)
    return window.transfer.dialog
