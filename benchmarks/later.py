"""The figures later issues added, each measured by the module that owns it, for `make bench`.

- `today_ms` — working out the Today list of the big journal (`journal.facts.today`),
  what the Today view does in the background after the window is shown; median.
- `chart_first_ms`, `chart_2000_ms` — the 2,000-entry customer's chart: the first one
  in fresh processes (the matplotlib import included), later ones (benchmarks/charts.py).
- `pdf_500_ms`, `pdf_500_pages` — a 500-entry timeline to PDF (benchmarks/print.py);
  `pdf_500_baseline_ms`, `pdf_500_ratio` — the same entries as one plain QTextDocument
  printed to PDF, timed alternately with it, and the quotient of the medians.
- `backup_100k_ms`, `quick_check_100k_ms`, `journal_100k_mb` — a verified backup and the
  start-up check of the 100,000-entry journal, on a copy (benchmarks/backup.py).

In the smoke run each is measured once, on small inputs, so the harness cannot rot.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import charts
from benchmarks.backup import measure_journal
from benchmarks.figures import Figures
from benchmarks.generate import BIG_CUSTOMER_ID, NOW
from benchmarks.print import measure_pdf_500
from rapport.store import Journal

KEYS = (
    "today_ms",
    "chart_first_ms",
    "chart_2000_ms",
    "pdf_500_ms",
    "pdf_500_pages",
    "pdf_500_baseline_ms",
    "pdf_500_ratio",
    "backup_100k_ms",
    "quick_check_100k_ms",
    "journal_100k_mb",
)

#: key -> (target in words, test on the results)
TARGETS: dict[str, tuple[str, Callable[[dict], bool]]] = {
    "chart_first_ms": ("≤ 1,000 ms", lambda r: r["chart_first_ms"] <= 1000),
    "chart_2000_ms": ("≤ 250 ms", lambda r: r["chart_2000_ms"] <= 250),
    "pdf_500_ms": ("≤ 2,000 ms", lambda r: r["pdf_500_ms"] <= 2000),
    "pdf_500_ratio": ("≤ 3×", lambda r: r["pdf_500_ratio"] <= 3),
}


def _guarded(figures: Figures, keys: tuple[str, ...], measure: Callable[[], dict]) -> None:
    """Run one measurement; a failure leaves its figures null with the reason in the notes."""
    try:
        figures.values.update(measure())
    except Exception as exc:  # one broken figure must not cost the others
        for key in keys:
            figures.values[key] = None
            figures.notes[key] = f"not measured: {type(exc).__name__}: {exc}"


def measure_today(journal: Journal, runs: int) -> dict[str, float]:
    """Median time to work out the Today list of the whole book, as of the journal's now."""
    now = NOW.astimezone()
    journal.facts.today(now)  # warm the caches: the view asks again after every change
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        journal.facts.today(now)
        samples.append((time.perf_counter() - started) * 1000)
    return {"today_ms": round(statistics.median(samples), 1)}


def measure_later(journal_path: Path, figures: Figures, smoke: bool, folder: Path) -> None:
    """Every later figure, into `figures` (the journal is the benchmark's working copy)."""
    journal = Journal.open(journal_path)
    try:
        _guarded(figures, ("today_ms",), lambda: measure_today(journal, 1 if smoke else 7))
    finally:
        journal.close()
    figures.notes["today_ms"] = (
        "the Today list of every active customer; worked out in the background after the "
        "window is shown, so it is not part of startup_ms"
    )
    runs, processes = (1, 1) if smoke else (9, 3)
    _guarded(
        figures,
        ("chart_first_ms", "chart_2000_ms"),
        lambda: charts.measure_charts(journal_path, BIG_CUSTOMER_ID, runs, processes),
    )
    figures.notes.setdefault(
        "chart_first_ms",
        f"median of {processes} fresh processes, matplotlib import included; "
        f"chart_2000_ms: median of {runs} later drawings in each",
    )
    pdf = {"runs": 1, "entries": 40} if smoke else {"runs": 5}
    pdf_keys = ("pdf_500_ms", "pdf_500_pages", "pdf_500_baseline_ms", "pdf_500_ratio")
    _guarded(figures, pdf_keys, lambda: measure_pdf_500(folder=folder, **pdf))
    figures.notes.setdefault(
        "pdf_500_ratio",
        "the printout (report, chart, PDF written and synced) against the same entries' "
        "dates, titles and Markdown bodies in one plain QTextDocument printed by Qt to a "
        "PDF of the same paper and resolution; timed alternately, medians",
    )
    _guarded(
        figures,
        ("backup_100k_ms", "quick_check_100k_ms", "journal_100k_mb"),
        lambda: measure_journal(journal_path, 1 if smoke else 3),
    )
    figures.notes.setdefault(
        "backup_100k_ms", "verified backup of a copy of the benchmark journal; median of runs"
    )
