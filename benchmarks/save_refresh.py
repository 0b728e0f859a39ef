"""Saving an entry in the real window until every visible view shows it (issue 13).

- `save_refresh_ms` — in the main window on the benchmark journal, the customer's page
  open: Ctrl+Enter in the entry dialog until the customer list's row, the page's
  header and its timeline show the new entry (selected) and what the save left for
  the UI thread is done (the views' paints included: the parts that changed).
  The commit is included. Baseline (`save_refresh_baseline_ms`): the bare commit of
  the same entry through the store, measured back to back with it.
- `save_refresh_portfolio_ms` — the same with the Portfolio window open: the time the
  UI thread is busy before the window answers again. The Portfolio catches up later
  (in the background); how long it took is in the notes.

Run on its own (``python benchmarks/save_refresh.py JOURNAL``) it prints the figures.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(REPO))

from benchmarks.generate import BIG_CUSTOMER_ID  # noqa: E402

KEYS = (
    "save_refresh_ms",
    "save_refresh_baseline_ms",
    "save_refresh_portfolio_ms",
)

#: key -> (target in words, test on the results)
TARGETS: dict[str, tuple[str, Callable[[dict], bool]]] = {
    "save_refresh_ms": ("≤ 15 ms", lambda r: r["save_refresh_ms"] <= 15),
    "save_refresh_portfolio_ms": ("≤ 30 ms", lambda r: r["save_refresh_portfolio_ms"] <= 30),
}

#: The longest the Portfolio may take to catch up before the next save is measured.
_CATCH_UP_S = 60.0


def _median(samples: list[float]) -> float:
    return round(statistics.median(samples), 2)


def measure_save_refresh(journal_path: Path, runs: int) -> tuple[dict[str, float], str]:
    """The three figures (ms) on a journal (altered: entries are added), and a note."""
    from benchmarks.figures import main_window

    with main_window(journal_path) as (app, window):
        return _save_runs(app, window, runs)


def _save_runs(app: Any, window: Any, runs: int) -> tuple[dict[str, float], str]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from rapport.domain.entries import EntryDraft
    from rapport.domain.kinds import EntryKind

    journal = window.bridge.journal
    new_ids: list[int] = []
    window.bridge.changed.connect(lambda c: new_ids.extend(sorted(_entries(c))))
    window.customer_list.select(BIG_CUSTOMER_ID)
    _settle(app, window)

    def shown(entry_id: int) -> bool:
        page = window.page
        current = page.timeline.currentIndex()
        return (
            page.customer_id == BIG_CUSTOMER_ID
            and current.isValid()
            and page.timeline_model.item(current.row()).key == ("entry", entry_id)
        )

    def save_once(n: int) -> float:
        dialog = window.controller.new_entry(BIG_CUSTOMER_ID)
        assert dialog is not None
        dialog.title.setText(f"Benchmark call {n}")
        dialog.body.setPlainText("Called about the invoice; they will pay next week.")
        app.processEvents()
        new_ids.clear()
        started = time.perf_counter()
        QTest.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        while not (new_ids and shown(new_ids[0])):
            app.processEvents()
            if time.perf_counter() - started > 30:
                raise RuntimeError("the saved entry was never shown")
        app.processEvents()  # what the save left queued for the UI thread: paints included
        return (time.perf_counter() - started) * 1000

    def bare_commit(n: int) -> float:
        draft = EntryDraft(
            customer_id=BIG_CUSTOMER_ID,
            occurred_at=datetime.now(UTC),
            kind=EntryKind.CALL,
            title=f"Benchmark commit {n}",
            body="Called about the invoice; they will pay next week.",
        )
        blocked = window.bridge.blockSignals(True)  # the store alone: no view hears of it
        try:
            started = time.perf_counter()
            journal.entries.add(draft)
            return (time.perf_counter() - started) * 1000
        finally:
            window.bridge.blockSignals(blocked)

    pairs = []
    for n in range(runs + 1):
        pair = (save_once(n), bare_commit(n))
        _settle(app, window)
        if n:  # the first pair warms the caches
            pairs.append(pair)
    portfolio = window.show_portfolio()
    _settle(app, window, portfolio)
    busy, caught_up, painted = [], [], []
    for n in range(runs + 1):
        drawn = portfolio.render_count
        took = save_once(100 + n)
        started = time.perf_counter()
        _settle(app, window, portfolio, drawn)
        if n:
            busy.append(took)
            caught_up.append(took + (time.perf_counter() - started) * 1000)
            painted.append(getattr(portfolio, "paint_ms", 0.0))
    portfolio.close()
    figures = {
        "save_refresh_ms": _median([p[0] for p in pairs]),
        "save_refresh_baseline_ms": _median([p[1] for p in pairs]),
        "save_refresh_portfolio_ms": _median(busy),
    }
    note = (
        f"median of {runs} saves of the 2,000-entry customer's page in the main window; "
        f"with the Portfolio open, it had drawn again {_median(caught_up)} ms after Ctrl+Enter "
        f"(its drawing held the UI thread {_median(painted)} ms then; 0: not measured)"
    )
    return figures, note


def measure(journal_path: Path, figures: Any, runs: int) -> None:
    """The figures into `figures` (a failure leaves them null, with the reason noted)."""
    try:
        values, note = measure_save_refresh(journal_path, runs)
    except Exception as exc:  # one broken figure must not cost the others
        for key in KEYS:
            figures.values[key] = None
            figures.notes[key] = f"not measured: {type(exc).__name__}: {exc}"
        return
    figures.values.update(values)
    figures.notes["save_refresh_ms"] = note


def _entries(change: Any) -> set[int]:
    return set(getattr(change, "entries", ()) or ())


def _settle(app: Any, window: Any, portfolio: Any = None, drawn: int | None = None) -> None:
    """Let the window finish whatever it does after a save (Today, the page's rules, the Portfolio).

    So each save is measured from a quiet window: no work of the last one left running.
    """
    started = time.perf_counter()
    while time.perf_counter() - started < _CATCH_UP_S:
        app.processEvents()
        today_busy = (window.today.busy and window.today.isVisible()) or window.page.busy
        portfolio_behind = portfolio is not None and (
            getattr(portfolio, "busy", False)
            or (drawn is not None and portfolio.render_count == drawn)
        )
        if not today_busy and not portfolio_behind:
            break
        time.sleep(0.002)
    app.processEvents()


def main() -> int:
    """Measure on a copy of the journal given (else `make bench`'s) and print the figures.

    ``python benchmarks/save_refresh.py [JOURNAL|-] [RUNS]``: only these keys, in a
    few seconds; ``-`` or nothing takes the benchmark journal `make bench` keeps in
    .bench (generated there once, the first time).
    """
    import shutil

    source = _journal(sys.argv[1] if len(sys.argv) > 1 else "-")
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "work.rapport"
        shutil.copyfile(source, copy)
        figures, note = measure_save_refresh(copy, runs)
    print(json.dumps({**figures, "note": note}, indent=2, ensure_ascii=False))
    return 0


def _journal(given: str) -> Path:
    """The journal named, or for "-" the cached benchmark journal of `make bench`."""
    if given != "-":
        return Path(given)
    from benchmarks.generate import Spec, cached_journal

    return cached_journal(Spec(), REPO / ".bench")


if __name__ == "__main__":
    sys.exit(main())
