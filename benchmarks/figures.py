"""Each figure of issue 4, measured as the median of repeated runs.

Where a figure has a baseline, every repetition measures the figure and its baseline
back to back, so both see the same machine load (this machine is shared).
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.generate import BIG_CUSTOMER_ID
from benchmarks.painting import paint_watch, until_painted
from benchmarks.processes import ProcessRun, app_command, baseline_command, run_process
from rapport.domain.customers import Status
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.store import Journal
from rapport.store import search_fts5_sql as search_sql
from rapport.store.records import CustomerSort
from rapport.store.search import CUSTOMER_HITS, SearchFilters
from rapport.store.search_fts5_query import match_expression
from rapport.ui.models.customer_list import PAGE as LIST_PAGE
from rapport.ui.models.timeline import PAGE as TIMELINE_PAGE

#: A typical search: two ordinary words, as typed (so the last one is a prefix).
TYPICAL_QUERY = "invoice delay"
#: Very common words: they match nearly every note.
COMMON_QUERY = "the and"
SEARCH_LIMIT = 50


@dataclass
class Figures:
    """The measured medians (milliseconds unless named otherwise) and notes on gaps."""

    values: dict[str, float | None] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)


def _ms(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def _median(samples: list[float]) -> float:
    return round(statistics.median(samples), 3)


def _paired(
    runs: int, warmup: int, measured: Callable[[], object], baseline: Callable[[], object]
) -> tuple[float, float]:
    for _ in range(warmup):
        measured()
        baseline()
    pairs = [(_ms(measured), _ms(baseline)) for _ in range(runs)]
    return _median([p[0] for p in pairs]), _median([p[1] for p in pairs])


# --- search ---------------------------------------------------------------------------


def _raw_search(raw: sqlite3.Connection, text: str) -> list[Any]:
    """The store's own FTS5 statements for text, run through raw sqlite3."""
    expression = match_expression(text)
    assert expression is not None
    none = SearchFilters()
    rows = raw.execute(*search_sql.customer_query(expression, none, CUSTOMER_HITS)).fetchall()
    oldest = raw.execute(*search_sql.floor_query(expression, none, search_sql.RANK_WINDOW))
    floor = (oldest.fetchone() or (0,))[0]
    built = search_sql.entry_query(expression, none, floor, SEARCH_LIMIT - len(rows), 0)
    return rows + raw.execute(*built).fetchall()


def measure_search(journal: Journal, figures: Figures, runs: int, warmup: int) -> None:
    """Typical and common-word searches through the API; the typical one against raw SQL."""
    raw = sqlite3.connect(journal.path)
    try:
        api, base = _paired(
            runs,
            warmup,
            lambda: journal.search.search(TYPICAL_QUERY, limit=SEARCH_LIMIT),
            lambda: _raw_search(raw, TYPICAL_QUERY),
        )
    finally:
        raw.close()
    figures.values["search_typical_ms"] = api
    figures.values["search_typical_baseline_ms"] = base
    figures.values["search_typical_ratio"] = round(api / base, 3) if base else None
    for _ in range(warmup):
        journal.search.search(COMMON_QUERY, limit=SEARCH_LIMIT)
    figures.values["search_common_ms"] = _median(
        [_ms(lambda: journal.search.search(COMMON_QUERY, limit=SEARCH_LIMIT)) for _ in range(runs)]
    )


# --- the customer page, the customer list, saving -------------------------------------


def _raw_open_customer(raw: sqlite3.Connection, customer_id: int) -> None:
    """What the customer page needs, loaded with plain sqlite3."""
    raw.execute("SELECT * FROM customer WHERE id = ?", (customer_id,)).fetchall()
    raw.execute(
        "SELECT t.name FROM tag AS t JOIN customer_tag AS ct ON ct.tag_id = t.id"
        " WHERE ct.customer_id = ? ORDER BY t.name",
        (customer_id,),
    ).fetchall()
    raw.execute(
        "SELECT * FROM stage_change WHERE customer_id = ? AND deleted_at IS NULL"
        " ORDER BY occurred_at, id",
        (customer_id,),
    ).fetchall()
    raw.execute(
        "SELECT count(*) FROM entry WHERE customer_id = ? AND deleted_at IS NULL", (customer_id,)
    ).fetchall()
    raw.execute(
        "SELECT * FROM entry WHERE customer_id = ? AND deleted_at IS NULL"
        " ORDER BY occurred_at DESC, id DESC LIMIT ?",
        (customer_id, TIMELINE_PAGE),
    ).fetchall()


def _gone(app: Any, widget: Any) -> None:
    """Delete a closed widget now: no event loop runs here to deliver its deleteLater.

    Left alive, its timers and watchers would go on into the figures measured after it.
    """
    from PySide6.QtCore import QCoreApplication, QEvent

    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


@contextmanager
def main_window(journal_path: Path, width: int = 1360, height: int = 860) -> Iterator[Any]:
    """The main window on a journal, offscreen, with settings of its own; gone afterwards.

    Yields (app, window); then the window is shut down, closed and deleted and its
    journal closed, so nothing of it (timers, watchers, jobs) outlives the figure.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from rapport.ui.bridge import JournalBridge
    from rapport.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    journal = Journal.open(journal_path)
    folder = tempfile.TemporaryDirectory()
    try:
        settings = QSettings(str(Path(folder.name) / "bench.ini"), QSettings.Format.IniFormat)
        window = MainWindow(JournalBridge(journal), settings)
        window.resize(width, height)
        window.show()
        try:
            yield app, window
        finally:
            window.shutdown()
            window.close()
            _gone(app, window)
    finally:
        journal.close()
        folder.cleanup()


def _painted_customer_page(journal: Journal) -> tuple[Callable[[], float], Callable[[], None]]:
    """Opening the customer on a real (offscreen) customer page until it is painted.

    Returns the timed action and how to close the page afterwards (a window left open
    would sit over the windows of whatever runs next in this process, tests included).
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from rapport.ui.customer_page import CustomerPage

    app = QApplication.instance() or QApplication([])
    page = CustomerPage(journal)
    page.resize(1000, 800)
    page.show()
    watch = paint_watch(page.timeline.viewport())

    def open_customer() -> float:
        page.show_customer(None)
        app.processEvents()
        started = time.perf_counter()
        page.show_customer(BIG_CUSTOMER_ID)
        until_painted(app, watch)  # laid out and painted once, as the app's event loop does
        return time.perf_counter() - started

    def close() -> None:
        page.shutdown()
        page.close()
        _gone(app, page)

    return open_customer, close


def measure_open_customer(journal: Journal, figures: Figures, runs: int, warmup: int) -> None:
    """Open the 2,000-entry customer until its timeline is painted, against raw sqlite3."""
    open_page, close_page = _painted_customer_page(journal)
    raw = sqlite3.connect(journal.path)
    try:
        for _ in range(warmup):
            open_page()
            _raw_open_customer(raw, BIG_CUSTOMER_ID)
        painted = [open_page() * 1000 for _ in range(runs)]
        base = [_ms(lambda: _raw_open_customer(raw, BIG_CUSTOMER_ID)) for _ in range(runs)]
        store = [
            _ms(
                lambda: (
                    journal.timeline.header(BIG_CUSTOMER_ID),
                    journal.timeline.page(BIG_CUSTOMER_ID, 0, TIMELINE_PAGE),
                )
            )
            for _ in range(runs)
        ]
    finally:
        raw.close()
        close_page()
    figures.values["open_customer_2000_ms"] = round(_median(painted), 2)
    figures.values["open_customer_2000_baseline_ms"] = _median(base)
    figures.notes["open_customer_2000_ms"] = (
        f"offscreen customer page: header, lifecycle strip and the first {TIMELINE_PAGE} "
        f"timeline rows laid out and painted; the store calls alone took {_median(store)} ms"
    )


def measure_sort(journal: Journal, figures: Figures, runs: int, warmup: int) -> None:
    """The customer list sorted by last contact, newest first, as the list fetches it."""

    def sort(limit: int | None = None) -> object:
        return journal.timeline.customers(
            sort=CustomerSort.LAST_CONTACT, descending=True, statuses=tuple(Status), limit=limit
        )

    for _ in range(warmup):
        sort(LIST_PAGE)
    figures.values["sort_customers_ms"] = _median(
        [_ms(lambda: sort(LIST_PAGE)) for _ in range(runs)]
    )
    whole = _median([_ms(sort) for _ in range(runs)])
    figures.notes["sort_customers_ms"] = (
        f"all 2,000 customers sorted in SQL; the first page of {LIST_PAGE} rows is what the "
        f"lazy list model fetches (and what is timed); fetching every row took {whole} ms"
    )


def measure_save(journal: Journal, figures: Figures, runs: int) -> None:
    """Saving one entry: a durable commit (WAL, synchronous=FULL) with its index update."""
    save_one(journal)
    figures.values["save_entry_ms"] = _median([_ms(lambda: save_one(journal)) for _ in range(runs)])


def save_one(journal: Journal) -> int:
    """Add one call to the big customer's timeline: the save the figures time."""
    draft = EntryDraft(
        customer_id=BIG_CUSTOMER_ID,
        occurred_at=datetime.now(UTC),
        kind=EntryKind.CALL,
        title="Benchmark call",
        body="Called about the invoice and the delayed shipment; they will pay next week.",
    )
    return journal.entries.add(draft)


# --- whole processes ------------------------------------------------------------------


def _process_medians(runs: list[ProcessRun]) -> tuple[float | None, float | None]:
    if not runs:
        return None, None
    return _median([r.ms for r in runs]), _median([r.peak_rss_mb for r in runs])


def compile_bytecode() -> bool:
    """Compile Rapport's modules, as an installed copy has them; True when done.

    An installed Rapport (a wheel, the bundle) starts from compiled modules. Here it
    runs from the source tree, and with PYTHONDONTWRITEBYTECODE set (as in some shells
    and CI) Python would compile every module again at each launch: about 80 ms that no
    user pays.
    """
    import compileall
    import importlib.util

    spec = importlib.util.find_spec("rapport")
    folders = list(spec.submodule_search_locations or []) if spec else []
    return all(compileall.compile_dir(folder, quiet=1) for folder in folders)


def measure_startup(journal_path: Path, figures: Figures, runs: int, timeout_s: float) -> None:
    """Launch to main window shown, and peak RSS: Rapport against a bare PySide6 window.

    The first pair of runs warms the disk cache and is not counted. A process that
    fails once gets no figure at all (a median of the runs that worked would mislead);
    the note says why.
    """
    if compile_bytecode():
        figures.notes["startup_ms"] = "Rapport's modules compiled first, as installed"
    commands = {"app": app_command(journal_path), "baseline": baseline_command()}
    kept: dict[str, list[ProcessRun]] = {"app": [], "baseline": []}
    failed: dict[str, str] = {}
    for i in range(runs + 1):
        for name in ("baseline", "app"):
            if name in failed:
                continue
            result = run_process(commands[name], timeout_s)
            if result.failure:
                failed[name] = result.failure
                kept[name] = []
            elif i:
                kept[name].append(result)
        if len(failed) == len(commands):
            break
    app_ms, app_rss = _process_medians(kept["app"])
    base_ms, base_rss = _process_medians(kept["baseline"])
    figures.values.update(
        startup_ms=app_ms,
        startup_baseline_ms=base_ms,
        startup_ratio=round(app_ms / base_ms, 3) if app_ms and base_ms else None,
        peak_rss_mb=app_rss,
        peak_rss_baseline_mb=base_rss,
    )
    if "app" in failed:
        why = f"Rapport {failed['app']} (needs rapport.app honouring RAPPORT_EXIT_WHEN_SHOWN=1)"
        for key in ("startup_ms", "startup_ratio", "peak_rss_mb"):
            figures.notes[key] = why
    if "baseline" in failed:
        for key in ("startup_baseline_ms", "peak_rss_baseline_mb"):
            figures.notes[key] = f"bare PySide6 window {failed['baseline']}"
