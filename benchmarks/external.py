"""How soon a change made by the command line shows in the open app (issue 13, item 5).

- `external_change_ms` — the app's window is open on the big journal; a real `rapport
  import` in another process adds a customer with an entry; from that command's
  commit (seen by a thread of this process watching the file's `data_version` every
  millisecond) until the customer is in the window's customer list. Median of runs.
  Target ≤ 2,000 ms. The app looks once a second, so about half a second is the
  expected wait, plus the refresh.

The command's own time (Python's start, reading the file) is not the app's wait and is
left out; it is in the notes.
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.figures import Figures
from rapport.store import Journal

KEYS = ("external_change_ms",)

#: key -> (target in words, test on the results)
TARGETS: dict[str, tuple[str, Callable[[dict], bool]]] = {
    "external_change_ms": ("≤ 2,000 ms", lambda r: r["external_change_ms"] <= 2000),
}

#: Give up on one run this long after the command's commit (the app never showed it).
_RUN_TIMEOUT_S = 30.0
#: Give up on the command committing after this long: its start and the backup it takes
#: before importing (a gigabyte with `--attachments 1`) come first.
_LAUNCH_TIMEOUT_S = 300.0


def _export(path: Path, name: str) -> None:
    """A Rapport JSON export of one new customer with one entry."""
    now = datetime.now(UTC).isoformat()
    customer = {
        "id": 1, "name": name, "organisation": "", "role": "", "email": "", "phone": "",
        "address": "", "website": "", "about": "", "tags": [], "level": "professional",
        "account_value_cents": None, "currency": "EUR", "cadence_days": None,
        "status": "active", "created_at": now, "updated_at": now, "deleted_at": None,
    }  # fmt: skip
    entry = {
        "id": 1, "customer_id": 1, "occurred_at": now, "kind": "note", "title": "",
        "body": "Met at the trade fair.", "sentiment": None, "private": False,
        "follow_up_on": None, "follow_up_done": False, "created_at": now,
        "updated_at": now, "deleted_at": None,
    }  # fmt: skip
    document = {
        "format": "rapport-journal", "version": 1, "app": "Rapport", "exported_at": now,
        "scope": "journal", "tags": [], "customers": [customer], "entries": [entry],
        "stage_changes": [], "check_ins": [], "dismissed_suggestions": [],
    }  # fmt: skip
    path.write_text(json.dumps(document), "utf-8")


class _CommitClock:
    """A thread noting when another connection committed to the file (data_version)."""

    def __init__(self, journal_path: Path) -> None:
        self._conn = sqlite3.connect(journal_path, check_same_thread=False)
        self._seen = self._version()
        self.committed_at: float | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _version(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def _watch(self) -> None:
        while not self._stop.is_set():
            if self._version() != self._seen:
                self.committed_at = time.perf_counter()
                return
            time.sleep(0.001)

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self._conn.close()


def measure_external_change(journal_path: Path, runs: int) -> dict[str, float]:
    """The median wait (ms) from a `rapport import`'s commit until the open window shows it."""
    from benchmarks.figures import main_window

    samples: list[float] = []
    command_ms: list[float] = []
    with (
        tempfile.TemporaryDirectory() as folder,
        main_window(journal_path, 1200, 800) as (app, window),
    ):
        for run in range(runs):
            wait, took = _one_run(app, window, window.bridge.journal, Path(folder), run)
            samples.append(wait)
            command_ms.append(took)
    return {
        "external_change_ms": round(statistics.median(samples), 1),
        "_command_ms": round(statistics.median(command_ms), 1),
    }


def measure_into(journal_path: Path, figures: Figures, smoke: bool) -> None:
    """`external_change_ms` into figures (null, with the reason in the notes, on failure)."""
    runs = 1 if smoke else 7
    try:
        measured = measure_external_change(journal_path, runs)
    except Exception as exc:  # one broken figure must not cost the others
        figures.values["external_change_ms"] = None
        figures.notes["external_change_ms"] = f"not measured: {type(exc).__name__}: {exc}"
        return
    figures.values["external_change_ms"] = measured["external_change_ms"]
    figures.notes["external_change_ms"] = (
        f"median of {runs} runs of a real `rapport import` adding a customer with an entry "
        "to the open journal: from its commit until the window's customer list shows it "
        f"(the whole command took {measured['_command_ms']:,.0f} ms, its start included)"
    )


def _one_run(
    app: object, window: object, journal: Journal, folder: Path, run: int
) -> tuple[float, float]:
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    model = window.customer_list.model  # type: ignore[attr-defined]
    name = f"Aaron Visitor {run} {time.time_ns()}"  # first in name order: on the first page
    export = folder / f"visitor-{run}.json"
    _export(export, name)
    for _ in range(20):  # let the window settle after the previous run
        app.processEvents()
    clock = _CommitClock(journal.path)
    started = time.perf_counter()
    command = subprocess.Popen(
        [sys.executable, "-m", "rapport", "--journal", str(journal.path), "import", str(export)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    shown_at = None
    try:
        while True:
            committed, now = clock.committed_at, time.perf_counter()
            if committed is None and now > started + _LAUNCH_TIMEOUT_S:
                break
            if committed is not None and now > committed + _RUN_TIMEOUT_S:
                break
            app.processEvents()
            if committed is not None and _shown(journal, model, name):
                shown_at = time.perf_counter()
                break
            time.sleep(0.002)
        _, errors = command.communicate(timeout=_LAUNCH_TIMEOUT_S)
    finally:
        clock.close()
    took = (time.perf_counter() - started) * 1000
    if command.returncode != 0:
        raise RuntimeError(f"rapport import failed: {errors.decode(errors='replace')[-200:]}")
    if shown_at is None or clock.committed_at is None:
        raise RuntimeError("the window did not show the imported customer")
    return (shown_at - clock.committed_at) * 1000, took


def _shown(journal: Journal, model: object, name: str) -> bool:
    """Whether the customer list has a row for the customer named name."""
    found = [cid for cid, text, *_ in journal.customers.choices() if text == name]
    return bool(found) and model.row_of(found[0]) is not None  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.stdout.write(json.dumps(measure_external_change(Path(sys.argv[1]), int(sys.argv[2]))))
