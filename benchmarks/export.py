"""File → Export JSON of the whole big journal: its time and its memory (issue 14).

- `export_json_100k_ms` — `journal.transfer.reading()` + `export(…, JSON)` into a
  file, in a fresh process (the journal opened first, not timed). Median of runs.
  Target ≤ 2× its baseline.
- `export_json_100k_baseline_ms` — the physical limit: the same tables read with a
  raw `SELECT *` (sqlite3) and written with one `json.dump`, in a fresh process.
- `export_json_peak_rss_mb` — the export's process at its peak (VmHWM), and
  `export_json_peak_rss_baseline_mb` the same process with the journal opened but
  nothing exported: what the export adds is the difference. Target ≤ baseline + 50 MB:
  the export writes as it reads, so its memory does not grow with the journal.

Run on its own (``python benchmarks/export.py JOURNAL``) it prints the figures.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

KEYS = (
    "export_json_100k_ms",
    "export_json_100k_baseline_ms",
    "export_json_peak_rss_mb",
    "export_json_peak_rss_baseline_mb",
)

#: key -> (target in words, test on the results)
TARGETS: dict[str, tuple[str, Callable[[dict], bool]]] = {
    "export_json_100k_ms": (
        "≤ 2× baseline",
        lambda r: r["export_json_100k_ms"] <= 2 * r["export_json_100k_baseline_ms"],
    ),
    "export_json_peak_rss_mb": (
        "≤ baseline + 50 MB",
        lambda r: r["export_json_peak_rss_mb"] <= r["export_json_peak_rss_baseline_mb"] + 50,
    ),
}

_TABLES = ("tag", "customer", "entry", "stage_change", "check_in", "dismissed_suggestion")

#: What the child process runs: argv = mode, journal, output file; prints ms and VmHWM.
_CHILD = r"""
import json, sys, time
from pathlib import Path

def peak_mb():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

mode, journal, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
if mode == "raw":
    import sqlite3
    start = time.perf_counter()
    conn = sqlite3.connect(journal)
    conn.row_factory = sqlite3.Row
    document = {t: [dict(r) for r in conn.execute(f"SELECT * FROM {t} ORDER BY id")]
                for t in TABLES}
    with out.open("w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False)
    ms = (time.perf_counter() - start) * 1000
else:
    from rapport.store import Journal
    from rapport.transfer.exporting import ExportFormat, export
    j = Journal.open(journal, create=False, for_reading=True)
    start = time.perf_counter()
    if mode == "export":
        with j.transfer.reading() as rows:
            export(out, rows, ExportFormat.JSON)
    ms = (time.perf_counter() - start) * 1000
    j.close()
print(json.dumps({"ms": ms, "peak_mb": peak_mb()}))
"""


def run_child(mode: str, journal: Path, out: Path, src: Path | None = None) -> dict[str, float]:
    """One export (or its baseline) in a fresh process; its time and peak memory."""
    env = dict(os.environ)
    if src is not None:  # measure another checkout's code (before/after)
        env["PYTHONPATH"] = str(src)
    code = f"TABLES = {_TABLES!r}\n" + _CHILD
    done = subprocess.run(
        [sys.executable, "-c", code, mode, str(journal), str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure_export(journal: Path, runs: int) -> tuple[dict[str, float], str]:
    """The figures, medians of paired runs, and a note on what was measured."""
    with tempfile.TemporaryDirectory(prefix="rapport-export-") as folder:
        out = Path(folder) / "out.json"
        pairs = [
            (run_child("export", journal, out), run_child("raw", journal, out)) for _ in range(runs)
        ]
        idle = run_child("open", journal, out)
    ms = statistics.median(p[0]["ms"] for p in pairs)
    raw = statistics.median(p[1]["ms"] for p in pairs)
    peak = max(p[0]["peak_mb"] for p in pairs)
    values = {
        "export_json_100k_ms": round(ms, 1),
        "export_json_100k_baseline_ms": round(raw, 1),
        "export_json_peak_rss_mb": round(peak, 1),
        "export_json_peak_rss_baseline_mb": round(idle["peak_mb"], 1),
    }
    raw_peak = max(p[1]["peak_mb"] for p in pairs)
    note = f"{runs} runs; the raw SELECT + json.dump baseline peaked at {raw_peak:.0f} MB"
    return values, note


def measure(journal_path: Path, figures: Any, smoke: bool) -> None:
    """The figures into `figures` (a failure leaves them null, with the reason noted)."""
    try:
        values, note = measure_export(journal_path, 1 if smoke else 3)
    except Exception as exc:  # one broken figure must not cost the others
        for key in KEYS:
            figures.values[key] = None
            figures.notes[key] = f"not measured: {type(exc).__name__}: {exc}"
        return
    figures.values.update(values)
    figures.notes["export_json_100k_ms"] = note


if __name__ == "__main__":
    found, why = measure_export(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 3)
    print(json.dumps(found, indent=2), why)
