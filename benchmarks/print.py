"""Issue 7's figure: a 500-entry customer timeline written to PDF, chart included.

`measure_pdf_500()` builds a journal with one customer, 500 entries (Markdown bodies
of varied length, some with lists and tables, one in twelve private) and a few
stage changes, then times building the report and writing the PDF — the whole of
`rapport print` after the journal is open. Returns the median over `runs`:
`{"pdf_500_ms": ..., "pdf_500_pages": ...}` (target: ≤ 2,000 ms).

Beside it, `pdf_500_baseline_ms`: the same entries read with one plain query, their
dates, titles and bodies put into one plain QTextDocument as Markdown (no style
sheet, no chart, no columns) and printed to a PDF writer of the same paper and
resolution by Qt's own `QTextDocument.print_`. The two are timed alternately in the
same process, so a loaded machine slows both alike; `pdf_500_ratio` is the quotient
of the medians (target: ≤ 3×).
"""

from __future__ import annotations

import contextlib
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(REPO))

ENTRIES = 500
START = datetime(2023, 1, 2, 9, 0, tzinfo=UTC)
NOW = START + timedelta(days=ENTRIES * 2 + 10)

_SENTENCES = (
    "Talked through the new blend and what their regulars ask for.",
    "They want the delivery moved to Tuesday mornings before opening.",
    "Invoice for last month settled; no questions.",
    "Their barista asked for a refresher on dialling in the grinder.",
    "A competitor's van was parked outside again this week.",
    "We agreed to try a smaller bag size for the weekend market stall.",
)


def _body(rng: random.Random, index: int) -> str:
    parts = [" ".join(rng.choice(_SENTENCES) for _ in range(rng.randint(1, 5)))]
    if index % 7 == 0:
        parts.append("\n".join(f"- {rng.choice(_SENTENCES)}" for _ in range(3)))
    if index % 25 == 0:
        parts.append("| item | kilos |\n|---|---|\n| espresso | 8 |\n| decaf | 2 |")
    return "\n\n".join(parts)


def make_journal(path: Path, seed: int = 7, entries: int = ENTRIES) -> int:
    """Write the benchmark journal at `path` (`entries` notes); return the customer's id."""
    from rapport.domain.customers import CustomerDraft
    from rapport.domain.entries import EntryDraft
    from rapport.domain.kinds import EntryKind
    from rapport.domain.stages import Stage
    from rapport.store import Journal

    rng = random.Random(seed)
    kinds = list(EntryKind)
    journal = Journal.open(path)
    try:
        with journal.transaction():
            cid = journal.customers.create(
                CustomerDraft(name="Benchmark Café", organisation="Five Hundred Notes"),
                Stage.ATTRACTION,
                START,
            )
            for i in range(entries):
                journal.entries.add(
                    EntryDraft(
                        customer_id=cid,
                        occurred_at=START + timedelta(days=2 * i, hours=rng.randint(0, 8)),
                        kind=rng.choice(kinds),
                        title=f"Entry {i}" if i % 3 else "",
                        body=_body(rng, i),
                        sentiment=rng.choice([None, -2, -1, 0, 1, 2]),
                        private=i % 12 == 0,
                    )
                )
            for day, stage in (
                (90, Stage.COMPATIBILITY),
                (400, Stage.CONFLICT),
                (430, Stage.COMPROMISE),
                (600, Stage.DEEPER_UNDERSTANDING),
            ):
                journal.entries.change_stage(cid, stage, START + timedelta(days=day), "benchmark")
    finally:
        journal.close()
    return cid


def _baseline_markdown(path: Path, customer_id: int) -> str:
    """The shown entries' dates, titles and bodies as one Markdown text (no styling)."""
    with contextlib.closing(sqlite3.connect(path)) as db:
        rows = db.execute(
            "SELECT occurred_at, title, body FROM entry WHERE customer_id = ? "
            "AND deleted_at IS NULL AND NOT private ORDER BY occurred_at, id",
            (customer_id,),
        ).fetchall()
    parts = []
    for occurred, title, body in rows:
        parts.append(f"**{str(occurred)[:16]}**")
        if title:
            parts.append(f"### {title}")
        parts.append(body)
    return "\n\n".join(parts)


def baseline_pdf(path: Path, customer_id: int, target: Path) -> int:
    """The plain baseline: one QTextDocument of the entries' Markdown, printed to PDF."""
    from PySide6.QtGui import QPdfWriter, QTextDocument

    from rapport.reports.pdf_output import PDF_RESOLUTION
    from rapport.reports.print_style import default_page_size

    doc = QTextDocument()
    doc.setMarkdown(_baseline_markdown(path, customer_id))
    writer = QPdfWriter(str(target))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageSize(default_page_size())
    doc.print_(writer)
    pages = doc.pageCount()
    del writer  # closes the file
    return pages


def measure_pdf_500(
    runs: int = 5, folder: Path | None = None, entries: int = ENTRIES
) -> dict[str, float | int]:
    """Median time of journal → report → PDF for 500 entries, and the page count.

    `entries` makes a smaller journal, for the benchmark's smoke run.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from rapport.formatting import ensure_readable_locale
    from rapport.reports.pdf_output import write_pdf
    from rapport.reports.timeline_data import ReportOptions
    from rapport.reports.timeline_report import TimelineReport
    from rapport.store import Journal

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ensure_readable_locale()
    with tempfile.TemporaryDirectory(dir=folder) as temporary:
        path = Path(temporary) / "pdf500.rapport"
        cid = make_journal(path, entries=entries)
        journal = Journal.open(path)
        samples: list[float] = []
        baseline: list[float] = []
        pages = 0
        try:
            for run in range(runs + 1):  # the first run warms caches up and is not counted
                started = time.perf_counter()
                report = TimelineReport.build(journal, cid, ReportOptions(), NOW)
                pages = write_pdf(report, Path(temporary) / "out.pdf")
                middle = time.perf_counter()
                baseline_pdf(path, cid, Path(temporary) / "plain.pdf")
                ended = time.perf_counter()
                if run:
                    samples.append((middle - started) * 1000)
                    baseline.append((ended - middle) * 1000)
        finally:
            journal.close()
    real, plain = statistics.median(samples), statistics.median(baseline)
    return {
        "pdf_500_ms": round(real, 1),
        "pdf_500_pages": pages,
        "pdf_500_baseline_ms": round(plain, 1),
        "pdf_500_ratio": round(real / plain, 2),
    }


if __name__ == "__main__":
    print(measure_pdf_500())
