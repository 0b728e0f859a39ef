"""The process `benchmarks/session.py` launches: a bare window, a scripted session, an import.

argv: mode, launch time (time.time() in the parent just before launching), then the
mode's own arguments. Prints one JSON line with its figures. Works on the code before
the work moved off the UI thread too (an export or a check that returns when done).
"""

from __future__ import annotations

import csv
import gc
import itertools
import json
import os
import random
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def peak_mb() -> float:
    """The peak resident memory of this process."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb() -> float:
    """The resident memory of this process now."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def bare(launched: float) -> dict[str, Any]:
    """A bare PySide6 window: launch until its first paint."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QApplication, QMainWindow

    painted: list[float] = []

    class Window(QMainWindow):
        def paintEvent(self, event: QPaintEvent) -> None:
            super().paintEvent(event)
            if not painted:
                painted.append(time.time())
                QTimer.singleShot(0, QApplication.quit)

    app = QApplication(sys.argv[:1])
    window = Window()
    window.resize(1100, 720)
    window.show()
    app.exec()
    return {"painted_ms": (painted[0] - launched) * 1000, "peak_mb": peak_mb()}


class Heartbeat:
    """Beats every 10 ms on the UI thread; a long gap is a frozen window."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.beats: list[float] = []
        self.timer = QTimer()
        self.timer.timeout.connect(lambda: self.beats.append(time.perf_counter()))
        self.timer.start(10)

    def longest_since(self, start: float) -> float:
        """The longest gap between two beats since `start` (perf_counter), in ms."""
        before = [b for b in self.beats if b < start][-1:]  # a stall may begin before it
        beats = before + [b for b in self.beats if b >= start]
        gaps = [b - a for a, b in itertools.pairwise(beats)]
        return max(gaps, default=0.0) * 1000


def _quiet_messages() -> None:
    """Message boxes are recorded, not shown (they would wait for a click)."""
    from rapport.ui import msgbox

    class Quiet:
        def show(self, *args: object) -> None:
            pass

        def ask(self, *args: object) -> bool:
            return False

    msgbox.use(Quiet())  # type: ignore[arg-type]


def session(launched: float, journal: Path, export_to: Path) -> dict[str, Any]:
    """The scripted session; see benchmarks/session.py."""
    try:  # loaded as `rapport --journal` loads the app (the check begun ahead, ...)
        from rapport.cli import load_the_app
    except ImportError:  # before: the modules were just imported
        pass
    else:
        load_the_app(journal)
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from rapport import app as rapport_app
    from rapport.domain.entries import EntryDraft
    from rapport.store.clock import utcnow
    from rapport.transfer.exporting import ExportFormat

    qapp = QApplication(sys.argv[:1])
    _quiet_messages()
    heart = Heartbeat()

    def spin(until: Callable[[], bool], limit_s: float = 600.0) -> None:
        end = time.perf_counter() + limit_s
        while not until():
            if time.perf_counter() > end:
                raise TimeoutError("the session step did not finish")
            qapp.processEvents()
            time.sleep(0.002)

    def settle(ms: float) -> None:
        end = time.perf_counter() + ms / 1000
        spin(lambda: time.perf_counter() >= end)

    started = rapport_app.start_app(journal)
    assert started is not None and started.window is not None
    window = started.window
    today = window.today

    def page_on_show() -> bool:
        if hasattr(today, "page_ready"):  # its first page may come before the rest
            return bool(today.page_ready and today.model.rowCount() > 0)
        return not today.busy and today.model.rowCount() > 0

    spin(page_on_show)
    today.list.viewport().repaint()
    today_ready = time.time()
    spin(lambda: not today.busy and today.model.rowCount() > 0)
    today.list.viewport().repaint()
    today_whole = time.time()
    steps: dict[str, float] = {}
    step_peak_mb: dict[str, float] = {"today": peak_mb()}  # the peak so far, after each step
    step_rss_mb: dict[str, float] = {"today": rss_mb()}  # what is still held after each step

    def step(name: str, action: Callable[[], object]) -> None:
        begin = time.perf_counter()
        action()
        settle(50)  # the beats that come once the step lets go of the UI thread
        steps[name] = heart.longest_since(begin)
        step_peak_mb[name] = peak_mb()
        step_rss_mb[name] = rss_mb()

    def wait_for_tasks() -> None:
        try:
            from rapport.ui.long_tasks import tasks_of
        except ImportError:  # before: the action returned when it was done
            return
        spin(lambda: not tasks_of(window).busy)

    journal_store = window.bridge.journal
    ids = [c[0] for c in journal_store.customers.choices()][:CUSTOMERS_OPENED]
    settle(50)  # the script's own read (every customer's name: 120 ms at 1M) is no step's

    def open_customers() -> None:
        for cid in [1, *ids]:
            window.navigator.show_customer(cid)
            settle(30)

    portfolio: dict[str, float] = {}

    def open_portfolio() -> None:
        begin = time.perf_counter()
        view = window.show_portfolio()
        spin(lambda: view.render_count > 0)
        portfolio["ms"] = (time.perf_counter() - begin) * 1000
        settle(200)
        view.close()

    keys: list[float] = []

    def search() -> None:
        panel = window.search_panel()
        panel.start()
        settle(100)
        for word in SEARCH_WORDS:
            panel.box.setText(word[:-1])
            panel.run()
            settle(20)
            begin = time.perf_counter()
            QTest.keyClick(panel.box, word[-1])
            panel.run()  # what the typing delay's timer runs
            panel.results.viewport().repaint()
            keys.append((time.perf_counter() - begin) * 1000)
            settle(20)
        panel.close()

    def save() -> None:
        window.bridge.write(
            window,
            "save",
            lambda: journal_store.entries.add(
                EntryDraft(customer_id=1, occurred_at=utcnow(), title="Bench", body="A note.")
            ),
        )
        settle(500)

    def export() -> None:
        window.transfer.write_export(export_to, ExportFormat.JSON, None)
        wait_for_tasks()
        settle(100)

    def check() -> None:
        window.safety.check_journal()
        wait_for_tasks()
        settle(100)

    after_today = time.perf_counter()
    step("open customers", open_customers)
    step("portfolio", open_portfolio)
    step("search", search)
    step("save", save)
    step("export", export)
    step("check", check)
    block = heart.longest_since(after_today)
    result = {
        "today_ready_ms": (today_ready - launched) * 1000,
        "today_whole_ms": (today_whole - launched) * 1000,
        "ui_block_max_ms": block,
        "blocked_in": max(steps, key=lambda k: steps[k]),
        "step_block_ms": steps,
        "portfolio_open_ms": portfolio["ms"],
        "search_keystroke_ms": sorted(keys)[len(keys) // 2],
        "peak_mb": peak_mb(),
        "step_peak_mb": step_peak_mb,
        "step_rss_mb": step_rss_mb,
    }
    started.close()
    return result


@contextmanager
def as_a_background_job() -> Iterator[None]:
    """Run the block as the app runs its background jobs (ui/background.py's gate).

    The import window reads the file and writes the import in background jobs, with
    the collector paused and what they made frozen at the end; measured with it on, the
    figure counted full collections (65-108 ms of 10,000 rows) the owner never waits for.
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.freeze()
            gc.enable()


def import_csv(journal: Path, folder: Path) -> dict[str, Any]:
    """10,000 CSV rows through the import (store and reader), and the raw-insert baseline."""
    from rapport.store import Journal
    from rapport.transfer.opening import open_file
    from rapport.transfer.plan import read_plan, run_to_end

    j = Journal.open(journal)
    ahead = None
    if hasattr(j.transfer, "existing_ahead") and os.environ.get("RAPPORT_BENCH_COLD") is None:
        # As File → Import does before it asks for the file (since December 2026): the
        # customers the rows are checked against are read while the owner chooses it.
        ahead = j.transfer.existing_ahead()
    rng = random.Random(7)
    source = folder / "customers-10k.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Company", "Email", "Phone"])
        for i in range(IMPORT_ROWS):
            writer.writerow(
                [f"Person {i} {rng.random():.6f}", f"Firm {i % 300}", f"p{i}@x.example", "0470"]
            )
    if ahead is not None:
        ahead.join()  # the owner took longer to choose the file than that (a file dialog)
    begin = time.perf_counter()
    opened = open_file(source)
    if hasattr(j, "backup_ahead") and not hasattr(j, "imports"):
        # Before Undo import (schema 0014) the import window started a backup as it opened,
        # for every file; since, only for a JSON file into a journal holding anything.
        j.backup_ahead("before-import")
    with as_a_background_job():
        plan = run_to_end(read_plan(opened, j.transfer.existing()))
    read_ms = (time.perf_counter() - begin) * 1000
    real_backup = j._backup
    backup_ms: list[float] = []

    def timed_backup(reason: str) -> None:
        b = time.perf_counter()
        real_backup(reason)
        backup_ms.append((time.perf_counter() - b) * 1000)

    j.transfer._take_backup = timed_backup
    clicked = time.perf_counter()  # the owner chooses Import in the review at once
    with as_a_background_job():
        for _ in j.transfer.run(plan, source.name):
            pass
    done = time.perf_counter()
    import_ms = (done - begin) * 1000
    click_ms = (done - clicked) * 1000
    j.close()
    raw = sqlite3.connect(journal)
    now = "2026-01-01 00:00:00.000000"
    wanted = plan.importable(False)  # read before the clock starts (a plan may read it again)
    begin = time.perf_counter()
    with raw:
        cursor = raw.cursor()
        for c in wanted:
            d = c.draft
            cursor.execute(
                "INSERT INTO customer (name, organisation, role, email, phone, address, website,"
                " about, level, account_value_cents, currency, cadence_days, status, created_at,"
                " updated_at, version) VALUES (?, ?, '', ?, ?, '', '', '', ?, NULL, ?, NULL,"
                " ?, ?, ?, 1)",
                (
                    d.name,
                    d.organisation,
                    d.email,
                    d.phone,
                    d.level,
                    d.currency,
                    d.status.value,
                    now,
                    now,
                ),
            )
            cursor.execute(
                "INSERT INTO stage_change (customer_id, stage, occurred_at, reason, created_at,"
                " version) VALUES (?, 'attraction', ?, 'imported', ?, 1)",
                (cursor.lastrowid, now, now),
            )
    customers_ms = (time.perf_counter() - begin) * 1000
    raw.close()
    same_ms = _same_rows(journal, plan, now, source)
    return {
        "import_ms": import_ms,
        "click_ms": click_ms,
        "raw_ms": same_ms,
        "customers_ms": customers_ms,
        "read_ms": read_ms,
        "backup_ms": sum(backup_ms),
        "peak_mb": peak_mb(),
    }


def _same_rows(journal: Path, plan: Any, now: str, source: Path) -> float:
    """The baseline: the file read (csv module), the import's rows inserted (plain sqlite3).

    All in one transaction. The file's rows share 300 organisations, so the import
    writes 300 relationships with their people (10,000 person rows), 300 stage rows
    and the 300 relationships' search index (its triggers), not the 10,000 customers
    of the figure above.
    """
    from rapport.store.people import drafts_text, dump_labelled

    wanted = list(plan.new_relationships(False))  # read before the clock starts
    raw = sqlite3.connect(journal)
    begin = time.perf_counter()
    with source.open(newline="", encoding="utf-8") as handle:
        by_company: dict[str, list[list[str]]] = {}
        for row in itertools.islice(csv.reader(handle), 1, None):
            by_company.setdefault(row[1], []).append(row)
    assert len(by_company) == len(wanted)
    with raw:
        cursor = raw.cursor()
        for r in wanted:
            d = r.draft
            cursor.execute(
                "INSERT INTO customer (name, organisation, role, email, phone, address, website,"
                " about, level, account_value_cents, currency, cadence_days, status, created_at,"
                " updated_at, version, people_text) VALUES (?, ?, '', '', '', '', '', ?, ?, NULL,"
                " ?, NULL, ?, ?, ?, 1, ?)",
                (
                    d.name,
                    d.organisation,
                    d.about,
                    d.level,
                    d.currency,
                    d.status.value,
                    now,
                    now,
                    drafts_text(r.people),
                ),
            )
            new_id = cursor.lastrowid
            cursor.executemany(
                "INSERT INTO person (customer_id, name, role, emails, phones, note, main,"
                " created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                [
                    (
                        new_id,
                        p.name,
                        p.role,
                        dump_labelled(p.emails),
                        dump_labelled(p.phones),
                        p.note,
                        p.main,
                        now,
                        now,
                    )
                    for p in r.people
                ],
            )
            cursor.execute(
                "INSERT INTO stage_change (customer_id, stage, occurred_at, reason, created_at,"
                " version) VALUES (?, 'attraction', ?, 'imported', ?, 1)",
                (new_id, now, now),
            )
    same_ms = (time.perf_counter() - begin) * 1000
    raw.close()
    return same_ms


SEARCH_WORDS = ("meeting", "budget", "proposal", "contract", "call", "price", "team", "plan")
CUSTOMERS_OPENED = 50
IMPORT_ROWS = 10_000

if __name__ == "__main__":
    mode, launched, rest = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
    if mode == "bare":
        out = bare(launched)
    elif mode == "session":
        out = session(launched, Path(rest[0]), Path(rest[1]))
    else:
        out = import_csv(Path(rest[0]), Path(rest[1]))
    print(json.dumps(out))
