"""Issue 16: a team journal on PostgreSQL against the journal file, in the same run.

`benchmarks/run.py --postgres` (`make bench ARGS=--postgres`) starts the tests'
throwaway server (tests/pgserver.py: Debian's PostgreSQL on a Unix socket in a
temporary folder, no TCP port), copies the working journal into it (Rapport's JSON
snapshot, ids kept), and measures the store-level figures on both back ends back to
back, so both see the same machine load: search, open the 2,000-entry customer (an
offscreen customer page, painted), save an entry, sort the customer list. Each
server figure should be within 2× of the file's.

The copy is vacuumed and analysed before measuring, as a server's autovacuum keeps
tables in use. The test server runs with fsync off (it is thrown away), so the save's
figure leaves out the server's own disk flush; the file's save pays its fsync. A real server adds
the network's round trips (about 0.1-0.5 ms each on a LAN; a save makes a handful).

Measured (100k entries, a 2-core machine shared with other jobs, so both sides slow;
search measured alternately, file and server, run by run): search 35 vs 29 ms (1.2×;
the same harness on the search before its rework: 85 vs 13 ms, 6.3×), the
2,000-entry customer painted 392 vs 309 ms (1.3×), save 11 vs 12 ms (0.9×), sort 36
vs 24 ms (1.5×); the journal copied into the server in 51 s.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import figures as measure
from rapport.store import Journal
from rapport.store.server import ServerLocation

TESTS = Path(__file__).resolve().parent.parent / "tests"
FIGURES = ("search_typical_ms", "open_customer_2000_ms", "save_entry_ms", "sort_customers_ms")
STEMS = tuple(f.removesuffix("_ms") for f in FIGURES)
KEYS = tuple(
    key
    for f, stem in zip(FIGURES, STEMS, strict=True)
    for key in (f"pg_{f}", f"pg_{stem}_file_ms", f"pg_{stem}_ratio")
)


def _within_twice(key: str) -> Callable[[dict], bool]:
    return lambda r: r[key] <= 2


TARGETS = {
    f"pg_{stem}_ratio": ("≤ 2× the file", _within_twice(f"pg_{stem}_ratio")) for stem in STEMS
}


def _figures(journal: Journal, runs: int, warmup: int) -> dict[str, float]:
    """The four figures on one journal, measured the same way on both back ends."""
    found: dict[str, float] = {}
    open_page, close_page = measure._painted_customer_page(journal)
    try:
        for _ in range(warmup):
            open_page()
        found["open_customer_2000_ms"] = round(
            statistics.median(open_page() * 1000 for _ in range(runs)), 2
        )
    finally:
        close_page()
    scratch = measure.Figures()
    measure.measure_save(journal, scratch, runs)
    measure.measure_sort(journal, scratch, runs, warmup)
    found["save_entry_ms"] = float(scratch.values["save_entry_ms"])
    found["sort_customers_ms"] = float(scratch.values["sort_customers_ms"])
    return found


def _search_pair(file: Journal, team: Journal, runs: int, warmup: int) -> tuple[float, float]:
    """The typical search's medians on both, measured alternately: both see the same load."""
    times: dict[str, list[float]] = {"file": [], "team": []}
    for i in range(warmup + runs):
        for name, journal in (("file", file), ("team", team)):
            started = time.perf_counter()
            journal.search.search(measure.TYPICAL_QUERY, limit=measure.SEARCH_LIMIT)
            if i >= warmup:
                times[name].append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times["file"]), 2), round(statistics.median(times["team"]), 2)


def measure_into(journal_path: Path, figures: measure.Figures, smoke: bool, folder: Path) -> None:
    """Every figure on the file and on a copy in the test server, and their ratio."""
    if str(TESTS) not in sys.path:
        sys.path.insert(0, str(TESTS))
    from pgserver import running_server

    runs, warmup = (1, 1) if smoke else (15, 3)
    with running_server() as server:
        database = server.create_database()
        location = ServerLocation.from_url(server.url(database), local_root=folder / "team")
        source = Journal.open(journal_path)
        team = Journal.open(location)
        try:
            started = time.perf_counter()
            _drain(team.transfer.import_snapshot(source.transfer.snapshot()))
            copied_s = time.perf_counter() - started
            # As a server's autovacuum leaves tables in use: vacuumed (hint bits, the
            # visibility map) and analysed, so no vacuum of the copy runs while measuring.
            with team.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM ANALYZE")
            file_search, team_search = _search_pair(source, team, runs, warmup)
            file_found = _figures(source, runs, warmup)
            team_found = _figures(team, runs, warmup)
            file_found["search_typical_ms"] = file_search
            team_found["search_typical_ms"] = team_search
        finally:
            team.close()
            source.close()
    for f in FIGURES:
        stem = f.removesuffix("_ms")
        pg, plain = team_found[f], file_found[f]
        figures.values[f"pg_{f}"] = pg
        figures.values[f"pg_{stem}_file_ms"] = plain
        figures.values[f"pg_{stem}_ratio"] = round(pg / plain, 3) if plain else None
    figures.notes["pg_save_entry_ms"] = (
        f"the test server (Unix socket, fsync off); the journal copied in {copied_s:.1f} s "
        "through the JSON snapshot with ids kept, then VACUUM ANALYZE"
    )
    figures.notes["pg_search_typical_ms"] = "file and server searched alternately, run by run"


def _drain(steps: object) -> None:
    """Run an import's generator to its end."""
    for _ in steps:  # type: ignore[attr-defined]
        pass
