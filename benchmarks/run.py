"""`make bench`: generate (or reuse) the big journal, measure every figure, report.

Writes `.bench/results.json` (one flat object of medians; null where a figure could
not be measured), `.bench/results-notes.json` (why a figure is missing, how it was
taken) and prints a table with the targets of issue 4 and of the later issues
(benchmarks/later.py: Today, charts, the printed timeline, backups; benchmarks/
save_refresh.py: a save until every view shows it; benchmarks/export.py: Export JSON
in time and memory). `--smoke` runs the whole harness on a tiny journal, once per
figure, for the test suite. `--attachments GB` runs the whole bench again on the
journal with that much in files added (issue 18: every target still met with 1 GB of
attachments), plus the figures of benchmarks/files_gb.py (open, a customer with many
files, backup, check, archive export, each against its baseline), into
`results-files.json`; off by default, as it is slow.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(REPO))

from benchmarks import (  # noqa: E402
    attach,
    encrypted,
    export,
    files_gb,
    later,
    old_hit,
    organisation,
    postgres,
    save_refresh,
)
from benchmarks import figures as measure  # noqa: E402
from benchmarks import session as session_figures  # noqa: E402
from benchmarks.external import KEYS as EXTERNAL_KEYS  # noqa: E402
from benchmarks.external import TARGETS as EXTERNAL_TARGETS  # noqa: E402
from benchmarks.external import measure_into as measure_external  # noqa: E402
from benchmarks.generate import Spec, cached_journal  # noqa: E402
from benchmarks.sizes import SIZES  # noqa: E402
from rapport.store import Journal  # noqa: E402

#: Every key of results.json, in the order the table shows them.
KEYS = (
    "startup_ms",
    "startup_baseline_ms",
    "startup_ratio",
    "search_typical_ms",
    "search_typical_baseline_ms",
    "search_typical_ratio",
    "search_common_ms",
    "open_customer_2000_ms",
    "open_customer_2000_baseline_ms",
    *organisation.KEYS,
    "sort_customers_ms",
    "save_entry_ms",
    "peak_rss_mb",
    "peak_rss_baseline_mb",
    *later.KEYS,
    *save_refresh.KEYS,
    *EXTERNAL_KEYS,
    *export.KEYS,
    *session_figures.KEYS,
    *encrypted.KEYS,
    *attach.KEYS,
    *old_hit.KEYS,
)

#: key -> (target in words, test on the results)
TARGETS = {
    "startup_ratio": ("≤ 6× baseline", lambda r: r["startup_ratio"] <= 6),
    "search_typical_ms": (
        "≤ 2× baseline, ≤ 10 ms",
        lambda r: r["search_typical_ms"] <= 10 and r["search_typical_ratio"] <= 2,
    ),
    "search_common_ms": ("≤ 100 ms", lambda r: r["search_common_ms"] <= 100),
    "open_customer_2000_ms": ("≤ 100 ms", lambda r: r["open_customer_2000_ms"] <= 100),
    "sort_customers_ms": ("≤ 30 ms", lambda r: r["sort_customers_ms"] <= 30),
    "save_entry_ms": ("≤ 15 ms", lambda r: r["save_entry_ms"] <= 15),
    "peak_rss_mb": ("≤ 250 MB", lambda r: r["peak_rss_mb"] <= 250),
    **later.TARGETS,
    **save_refresh.TARGETS,
    **EXTERNAL_TARGETS,
    **export.TARGETS,
    **session_figures.TARGETS,
    **encrypted.TARGETS,
    **attach.TARGETS,
    **old_hit.TARGETS,
    **organisation.TARGETS,
    **postgres.TARGETS,
}

SMOKE = Spec(customers=12, entries=300, big_customer_entries=60, seed=1)


def working_copy(source: Path, folder: Path) -> Path:
    """A fresh copy of the cached journal, so measuring (and saving) never alters it."""
    target = folder / "work.rapport"
    for stale in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        stale.unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return target


def collect(
    spec: Spec,
    folder: Path,
    runs: int,
    process_runs: int,
    timeout_s: float,
    smoke: bool = False,
    server: bool = False,
    attachments: float = 0,
) -> dict:
    """Measure every figure on the journal for spec; returns results and notes.

    `server` measures only the team journal's figures (benchmarks/postgres.py);
    `attachments` (GB) measures every figure on the journal with that much in files
    added (cached beside the plain one), and the file figures of benchmarks/files_gb.py.
    """
    figures = measure.Figures()
    source = cached_journal(spec, folder)
    if attachments:
        source = files_gb.cached_files_journal(spec, folder, attachments)
        files_gb.measure(spec, folder, attachments, figures, 1 if smoke else min(runs, 3))
    journal_path = working_copy(source, folder)
    if server:
        postgres.measure_into(journal_path, figures, smoke, folder)
        keys = postgres.KEYS
        return {"results": {key: figures.values.get(key) for key in keys}, "notes": figures.notes}
    warmup = 1 if runs == 1 else 3
    journal = Journal.open(journal_path)
    try:
        measure.measure_search(journal, figures, runs, warmup)
        measure.measure_open_customer(journal, figures, runs, warmup)
        measure.measure_sort(journal, figures, runs, warmup)
        measure.measure_save(journal, figures, runs)
    finally:
        journal.close()
    organisation.measure(journal_path, figures, runs, warmup)
    measure.measure_startup(journal_path, figures, process_runs, timeout_s)
    later.measure_later(journal_path, figures, smoke, folder)
    save_refresh.measure(journal_path, figures, 1 if smoke else 15)
    measure_external(journal_path, figures, smoke)
    export.measure(journal_path, figures, smoke)
    session_figures.measure(journal_path, figures, smoke)
    encrypted.measure_into(journal_path, figures, smoke, folder)
    attach.measure(journal_path, figures, 1 if smoke else 7)
    old_hit.measure(journal_path, figures, 1 if smoke else 9)
    keys = (*KEYS, *files_gb.KEYS) if attachments else KEYS
    results = {key: figures.values.get(key) for key in keys}
    return {"results": results, "notes": figures.notes}


def table(results: dict, notes: dict[str, str]) -> str:
    """The results as a text table with the targets and whether each is met."""
    lines = [f"{'figure':32} {'median':>12}  {'target':24} met", "-" * 74]
    for key in results:
        value = results[key]
        shown = "—" if value is None else f"{value:,.2f}"
        target, test = TARGETS.get(key, ("", None))
        met = ""
        if test is not None:
            try:
                met = "yes" if test(results) else "NO"
            except TypeError:  # a figure it needs is missing
                met = "?"
        lines.append(f"{key:32} {shown:>12}  {target:24} {met}")
    for key, note in notes.items():
        lines.append(f"  {key}: {note}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark (or its smoke version) and write the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny journal, one run each")
    parser.add_argument("--runs", type=int, default=30, help="repetitions of in-process figures")
    parser.add_argument("--process-runs", type=int, default=7, help="repetitions of launches")
    parser.add_argument("--folder", type=Path, default=REPO / ".bench", help="cache and output")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per launch")
    parser.add_argument(
        "--size", choices=sorted(SIZES), default="100k", help="the journal's size (cached)"
    )
    parser.add_argument(
        "--postgres",
        action="store_true",
        help="the team journal's figures: the test server against the file, in one run",
    )
    parser.add_argument(
        "--attachments",
        type=float,
        default=0,
        metavar="GB",
        help="every figure on the journal with this many GB of files added (cached; slow)",
    )
    args = parser.parse_args(argv)
    spec = SMOKE if args.smoke else SIZES[args.size]
    runs, process_runs = (1, 1) if args.smoke else (args.runs, args.process_runs)
    args.folder.mkdir(parents=True, exist_ok=True)
    started = time.time()
    print(f"journal: {spec.customers:,} customers, {spec.entries:,} entries ({spec.key})")
    outcome = collect(
        spec,
        args.folder,
        runs,
        process_runs,
        args.timeout,
        args.smoke,
        server=args.postgres,
        attachments=args.attachments,
    )
    results_name = (
        "results-postgres.json"
        if args.postgres
        else "results-files.json"
        if args.attachments
        else "results.json"
    )
    (args.folder / results_name).write_text(json.dumps(outcome["results"], indent=2) + "\n")
    notes_file = args.folder / results_name.replace(".json", "-notes.json")
    notes_file.write_text(json.dumps(outcome["notes"], indent=2, ensure_ascii=False) + "\n")
    print(table(outcome["results"], outcome["notes"]))
    print(f"written: {args.folder / results_name}")
    drop_run_backups(args.folder, started)
    return 0


def drop_run_backups(folder: Path, since: float) -> None:
    """Delete the backups this run's sessions took of its working copies.

    The app backs a journal up as it works (automatically, before a restore or a JSON
    import): of a working copy at a million entries, 1.5 GB each, 12-17 GB a run, which
    filled the disk run after run. The cached journals are only ever copied, so every
    backup written since the run began is one of a working copy.
    """
    for path in (folder / "backups").glob("*.rapport*"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime >= since:
                path.unlink()


if __name__ == "__main__":
    sys.exit(main())
