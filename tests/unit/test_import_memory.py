"""A big import's memory stays flat: the plan keeps no rows, the write reads the file again."""

from __future__ import annotations

import csv
import gc
import tracemalloc
from pathlib import Path

import pytest

from rapport.store import Journal
from rapport.transfer import plan as plan_module
from rapport.transfer.opening import open_file
from rapport.transfer.plan import read_plan, run_to_end

#: What one more row of the file may cost at the peak, beyond the first rows a plan
#: keeps: its line of text kept for the second reading, its keys for duplicates and
#: groups (about 405 bytes, measured with the collector started afresh). Keeping the row
#: split into cells would add some 500 more; holding its customer (as the plan once
#: did), some 2,000.
BYTES_PER_ROW = 450


def _csv(path: Path, rows: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["First Name", "Last Name", "Company", "E-mail Address", "Notes"])
        for i in range(rows):
            firm = f"Firm {i % (rows // 20)}" if i % 3 else ""  # most at a firm with 13 others
            writer.writerow([f"Person{i}", "Smith", firm, f"p{i}@x.example", "Met at a fair."])
    return path


def _peak_of_import(folder: Path, rows: int) -> tuple[int, int]:
    """(bytes at the peak above the start, relationships written) for reading and importing."""
    source = _csv(folder / f"c{rows}.csv", rows)
    journal = Journal.open(folder / f"j{rows}-{len(list(folder.iterdir()))}.rapport")
    try:
        # The collector's counts start afresh, so it runs at the same points each time
        # (left as earlier tests set them, it freed garbage sooner or later: a flaky peak).
        gc.collect()
        tracemalloc.reset_peak()
        start = tracemalloc.get_traced_memory()[0]
        plan = run_to_end(read_plan(open_file(source), journal.transfer.existing()))
        for _ in journal.transfer.run(plan, source.name):
            pass
        peak = tracemalloc.get_traced_memory()[1] - start
        written = len(journal.customers.choices())
    finally:
        journal.close()
    return peak, written


def test_a_big_csv_import_peaks_at_its_text_not_at_its_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(plan_module, "KEPT_ROWS", 100)  # beyond them, rows are read again
    tracemalloc.start()
    try:
        _peak_of_import(tmp_path, 1_000)  # caches filled once (statements, translations)
        small, small_written = _peak_of_import(tmp_path, 1_000)
        big, big_written = _peak_of_import(tmp_path, 4_000)
    finally:
        tracemalloc.stop()
    assert (small_written, big_written) == (384, 1_534)  # the firms, and a third on their own
    per_row = (big - small) / 3_000
    assert per_row <= BYTES_PER_ROW, f"{per_row:.0f} bytes more at the peak per row"
