"""Opening a search hit for an old entry: the click until the entry is painted (issue 14).

- `open_old_hit_ms` — in the main window on the benchmark journal, the 2,000-entry
  customer's page open at its first rows: going to their oldest entry (as a search
  hit or a follow-up does, `Navigator.open`) until it is selected, in sight and the
  window painted. Each run starts afresh: the page shown again (only its first rows
  loaded) and the timeline's laid-out rows forgotten, as for a customer not opened
  in a while. The rows above the entry are read in the background; the note gives
  the longest the UI thread was busy meanwhile (a 5 ms heartbeat), and the store's
  read of those rows alone, measured back to back with it.

Measured on the 100k journal (load 5-6 on 2 cores, 7 runs each, main's code and this
one alternately, 7 pairs): main 666-2960 ms, median 1,293 ms, all of it one block of
the UI thread (every row above the entry laid out before scrolling); now 177-468 ms,
median 231 ms (per-pair ratio median 5.9x), the UI thread busy at most 51-118 ms at a
stretch; the store's read of the rows above alone took 91-467 ms in the same runs.

Run on its own (``python benchmarks/old_hit.py JOURNAL``) it prints the figures.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(REPO))

from benchmarks.generate import BIG_CUSTOMER_ID  # noqa: E402

KEYS = ("open_old_hit_ms",)

#: key -> (target in words, test on the results)
TARGETS: dict[str, tuple[str, Callable[[dict], bool]]] = {
    "open_old_hit_ms": ("≤ 300 ms", lambda r: r["open_old_hit_ms"] <= 300),
}

#: The heartbeat that tells how long the UI thread was busy at a stretch.
_BEAT_MS = 5


def _median(samples: list[float]) -> float:
    return round(statistics.median(samples), 2)


def measure_open_old_hit(journal_path: Path, runs: int) -> tuple[float, str]:
    """The figure (ms, median of `runs` after one warm-up) and its note."""
    from benchmarks.figures import main_window

    with main_window(journal_path) as (app, window):
        return _runs(app, window, runs)


def _oldest(window: Any) -> int:
    """The id of the big customer's oldest entry (the last row of their timeline)."""
    timeline = window.bridge.journal.timeline
    keys = timeline.keys(BIG_CUSTOMER_ID, 0, 1_000_000)
    return next(row_id for kind, row_id in reversed(keys) if kind == "entry")


def _runs(app: Any, window: Any, runs: int) -> tuple[float, str]:
    from PySide6.QtCore import QTimer

    from rapport.ui.models.timeline import ITEM_ROLE

    oldest = _oldest(window)
    timeline, view = window.bridge.journal.timeline, window.page.timeline
    beats: list[float] = [time.perf_counter()]
    longest = [0.0]

    def beat() -> None:
        now = time.perf_counter()
        longest[0] = max(longest[0], now - beats[0])
        beats[0] = now

    heart = QTimer()
    heart.setInterval(_BEAT_MS)
    heart.timeout.connect(beat)
    heart.start()

    def shown() -> bool:
        current = view.currentIndex()
        return (
            current.isValid()
            and current.data(ITEM_ROLE).key == ("entry", oldest)
            and view.viewport().rect().intersects(view.visualRect(current))
        )

    def go_once() -> tuple[float, float]:
        window.page.show_customer(None)
        window.navigator.open(BIG_CUSTOMER_ID)
        view.delegate.clear_cache()
        for _ in range(3):
            app.processEvents()
        beats[0], longest[0] = time.perf_counter(), 0.0
        started = time.perf_counter()
        window.navigator.open(BIG_CUSTOMER_ID, oldest)
        _wait_until(shown, started)
        window.repaint()
        took = (time.perf_counter() - started) * 1000
        beat()
        return took, longest[0] * 1000

    def store_read() -> float:
        started = time.perf_counter()
        position = timeline.position(BIG_CUSTOMER_ID, ("entry", oldest))
        timeline.items(timeline.keys(BIG_CUSTOMER_ID, 0, position + 1))
        return (time.perf_counter() - started) * 1000

    took, blocked, read = [], [], []
    for n in range(runs + 1):
        pair = go_once(), store_read()
        if n:  # the first run warms the caches
            took.append(pair[0][0])
            blocked.append(pair[0][1])
            read.append(pair[1])
    heart.stop()
    note = (
        f"main window, the {view.model().rowCount()}-row timeline's oldest entry, from "
        f"the click until painted selected in sight; the UI thread busy at most "
        f"{_median(blocked)} ms at a stretch (median of runs); the store's read of the "
        f"rows above it alone {_median(read)} ms"
    )
    return _median(took), note


def _wait_until(done: Callable[[], bool], started: float) -> None:
    """Run the event loop until `done()`, asleep between events (as the window's own loop).

    A loop spinning on processEvents would hold the interpreter and slow the worker
    that reads the rows.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    check = QTimer()
    check.setInterval(1)

    def look() -> None:
        if done() or time.perf_counter() - started > 60:
            loop.quit()

    check.timeout.connect(look)
    check.start()
    if not done():
        loop.exec()
    check.stop()
    if not done():
        raise RuntimeError("the old entry was never shown")


def measure(journal_path: Path, figures: Any, runs: int) -> None:
    """Put the figure and its note into `figures` (benchmarks.figures.Figures)."""
    try:
        value, note = measure_open_old_hit(journal_path, runs)
    except Exception as exc:  # the rest of the bench goes on; the note says why
        figures.notes["open_old_hit_ms"] = f"not measured: {exc!r}"
        return
    figures.values["open_old_hit_ms"] = value
    figures.notes["open_old_hit_ms"] = note


if __name__ == "__main__":
    found, said = measure_open_old_hit(Path(sys.argv[1]), int((sys.argv[2:3] and sys.argv[2]) or 7))
    print(f"open_old_hit_ms {found}\n  {said}")
