"""Chart render time for a 2,000-entry customer (issue 6): first drawing and later ones.

`measure_charts(journal_path, customer_id)` returns ``{"chart_first_ms": …,
"chart_2000_ms": …}`` for `make bench`:

- **chart_first_ms** — the first chart of a session, as the user waits for it: in a
  fresh process that has the window toolkit loaded but not matplotlib, the Chart
  tab's own drawing (import of matplotlib and its Qt canvas, the chart query, the
  figure, the pixels). Median over a few processes. Target ≤ 1,000 ms.
- **chart_2000_ms** — a later drawing of the same chart (a range switch or a saved
  entry): query, figure and pixels. Median over repeated runs. Target ≤ 250 ms.

Run on its own (``python benchmarks/charts.py``) it writes a throwaway journal with
one 2,000-entry customer and prints the figures as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

#: The size the Chart tab has on a laptop screen (logical pixels).
CHART_SIZE = (860, 560)


def measure_charts(
    journal_path: Path, customer_id: int, runs: int = 9, processes: int = 3, timeout_s: float = 180
) -> dict[str, float]:
    """Median first and later render times (ms, wall clock) of the customer's chart."""
    return _medians(_samples(journal_path, customer_id, runs, processes, timeout_s), "")


def _samples(
    journal_path: Path, customer_id: int, runs: int, processes: int, timeout_s: float
) -> list[dict[str, Any]]:
    """What each fresh process measured (see `_child`)."""
    found = []
    for _ in range(processes):
        done = subprocess.run(
            [sys.executable, __file__, "--child", str(journal_path), str(customer_id), str(runs)],
            capture_output=True,
            text=True,
            timeout=timeout_s,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            check=True,
        )
        found.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return found


def _medians(samples: list[dict[str, Any]], suffix: str) -> dict[str, float]:
    """The two figures from the samples: wall clock (suffix "") or CPU time ("_cpu")."""
    firsts = [s["first" + suffix] for s in samples]
    laters = [t for s in samples for t in s["later" + suffix]]
    return {
        "chart_first_ms": round(statistics.median(firsts), 1),
        "chart_2000_ms": round(statistics.median(laters), 1),
    }


def _child(journal_path: Path, customer_id: int, runs: int) -> None:
    """In a fresh process: draw the Chart tab once (timed with the import), then again."""
    from PySide6.QtWidgets import QApplication

    from rapport.formatting import ensure_readable_locale
    from rapport.store import Journal
    from rapport.ui.chart_view import ChartView

    app = QApplication(sys.argv[:1])
    ensure_readable_locale()
    journal = Journal.open(journal_path)
    view = ChartView(journal)
    view.resize(*CHART_SIZE)
    view.show()
    app.processEvents()
    view.set_customer(customer_id)  # drawn by the timed call below, not the event loop
    assert "matplotlib" not in sys.modules
    first, first_cpu = _timed(view)
    later, later_cpu = zip(*(_timed(view) for _ in range(runs)), strict=True)
    journal.close()
    result = {"first": first, "later": later, "first_cpu": first_cpu, "later_cpu": later_cpu}
    sys.stdout.write(json.dumps(result) + "\n")


def _timed(view: object) -> tuple[float, float]:
    """Milliseconds (wall clock, and this process's CPU) to query, build and paint the chart."""
    wall, cpu = time.perf_counter(), time.process_time()
    view.draw()  # type: ignore[attr-defined]
    view.host.canvas.draw()  # type: ignore[attr-defined]
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def make_journal(folder: Path, entries: int = 2_000, seed: int = 6) -> tuple[Path, int]:
    """A journal with one customer of `entries` entries over three years, and its id."""
    from rapport.domain.customers import CustomerDraft
    from rapport.domain.entries import EntryDraft
    from rapport.domain.kinds import EntryKind
    from rapport.domain.stages import Stage
    from rapport.store import Journal

    rng = random.Random(seed)
    now = datetime.now(UTC)
    start = now - timedelta(days=3 * 365)
    path = folder / "charts-bench.rapport"
    journal = Journal.open(path)
    with journal.transaction():
        cid = journal.customers.create(CustomerDraft(name="Big Customer"), since=start)
        for i in range(entries):
            journal.entries.add(
                EntryDraft(
                    customer_id=cid,
                    occurred_at=start + (now - start) * rng.random(),
                    kind=rng.choice(list(EntryKind)),
                    title=f"Entry {i}",
                    sentiment=rng.choice([None, -2, -1, 0, 1, 1, 2]),
                )
            )
        for n, stage in enumerate([Stage.COMPATIBILITY, Stage.CONFLICT, Stage.COMPROMISE] * 4):
            at = start + timedelta(days=60 + n * 85)
            journal.entries.change_stage(cid, stage, at, f"Move {n}")
    journal.close()
    return path, cid


def main() -> int:
    """Measure on a throwaway journal (or the one given) and print the figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", nargs=3, metavar=("JOURNAL", "CUSTOMER", "RUNS"))
    parser.add_argument("--journal", type=Path, help="measure this journal's customer")
    parser.add_argument("--customer", type=int, help="the customer to chart")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    if args.child:
        _child(Path(args.child[0]), int(args.child[1]), int(args.child[2]))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        if args.journal is not None and args.customer is not None:
            path, cid = args.journal, args.customer
        else:
            path, cid = make_journal(Path(folder))
        samples = _samples(path, cid, args.runs, 3, 180)
        cpu = {f"{k}_cpu": v for k, v in _medians(samples, "_cpu").items()}
        print(json.dumps({**_medians(samples, ""), **cpu}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
