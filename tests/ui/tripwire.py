"""A file that tells whether anything opened it: a FIFO watched by a small helper process.

A hostile note names this path where it would name `/dev/zero`. Opening a FIFO for
reading waits for a writer; the helper process keeps trying to open it for writing
(which fails at once while nobody reads), so the moment the app opens the path the
helper gets in, writes a mark file, and closes — the app reads an empty file and goes
on, and the test sees the mark. A separate process, not a thread: the app's open()
may hold the interpreter's lock while it waits.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

_WATCH = """
import errno, os, sys, time
fifo, mark = sys.argv[1], sys.argv[2]
open(mark + ".ready", "w").close()
while True:
    try:
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
    except OSError as exc:
        if exc.errno != errno.ENXIO:
            raise
        time.sleep(0.002)
        continue
    with open(mark, "a") as out:
        out.write("opened\\n")
    os.close(fd)
"""


class Tripwire:
    """A path that must never be opened; `opened` says whether it was."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "tripwire.png"
        self._mark = folder / "tripwire.opened"
        os.mkfifo(self.path)
        self._process = subprocess.Popen(
            [sys.executable, "-c", _WATCH, str(self.path), str(self._mark)]
        )
        ready = Path(f"{self._mark}.ready")
        deadline = time.monotonic() + 10
        while not ready.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert ready.exists(), "the tripwire's watcher did not start"

    @property
    def opened(self) -> bool:
        """Whether anything opened the path since the wire was laid."""
        return self._mark.exists()

    def close(self) -> None:
        """Stop the watcher (the one process this wire started)."""
        self._process.terminate()
        self._process.wait(timeout=10)
