"""How long a verified backup and the start-up check take on a 100,000-entry journal.

`measure()` returns a dict of figures for benchmarks/run.py; run this file directly to
print them. The big journal is generated once with a bulk insert of realistic notes.
"""

from __future__ import annotations

import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from rapport.domain.customers import CustomerDraft
from rapport.store import Journal
from rapport.store.backup import take_backup
from rapport.store.integrity import full_check, quick_check
from rapport.store.models import Entry

WORDS = (
    "order", "delivery", "roast", "espresso", "filter", "price", "invoice", "visit",
    "tasting", "feedback", "late", "happy", "complaint", "grinder", "beans", "sample",
    "contract", "renewal", "cafe", "team", "owner", "menu", "season",
)  # fmt: skip


def make_big_journal(path: Path, entries: int = 100_000, customers: int = 500) -> None:
    """Write a journal with `customers` customers and `entries` notes of a few sentences."""
    rng = random.Random(42)
    journal = Journal.open(path)
    try:
        with journal.transaction():
            ids = [
                journal.customers.create(CustomerDraft(name=f"Customer {i:04d}"))
                for i in range(customers)
            ]
        start = datetime(2020, 1, 1, tzinfo=UTC)
        rows = []
        for n in range(entries):
            when = start + timedelta(minutes=30 * n)
            body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 90)))
            rows.append(
                {
                    "customer_id": rng.choice(ids),
                    "occurred_at": when,
                    "kind": "meeting",
                    "title": "",
                    "body": body,
                    "private": False,
                    "follow_up_done": False,
                    "created_at": when,
                    "updated_at": when,
                }
            )
        with journal.engine.begin() as conn:
            conn.execute(insert(Entry), rows)
    finally:
        journal.close()


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)


def measure(entries: int = 100_000) -> dict[str, float]:
    """Backup and check times (ms) and the journal's size (MB) for a big journal."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.rapport"
        make_big_journal(path, entries)
        size_mb = round(path.stat().st_size / 1e6, 1)
        started = time.perf_counter()
        problem = quick_check(path)
        check_ms = _ms(started)
        assert problem is None, problem
        started = time.perf_counter()
        problem = full_check(path)
        full_ms = _ms(started)
        started = time.perf_counter()
        take_backup(path, "manual")
        backup_ms = _ms(started)
        started = time.perf_counter()
        journal = Journal.open(path)
        journal.close()
        open_ms = _ms(started)
    return {
        "journal_100k_mb": size_mb,
        "backup_100k_ms": backup_ms,
        "quick_check_100k_ms": check_ms,
        "integrity_check_100k_ms": full_ms,
        "open_100k_ms": open_ms,
    }


def measure_journal(journal: Path, runs: int = 3) -> dict[str, float]:
    """Median verified-backup and quick-check times (ms) of an existing journal.

    The journal is copied into a temporary folder first, so the backups land there
    and the journal itself is left as it was.
    """
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "copy.rapport"
        shutil.copyfile(journal, path)
        checks, backups = [], []
        for _ in range(runs):
            started = time.perf_counter()
            problem = quick_check(path)
            checks.append(_ms(started))
            assert problem is None, problem
            started = time.perf_counter()
            take_backup(path, "manual", policy=None)
            backups.append(_ms(started))
    return {
        "journal_100k_mb": round(journal.stat().st_size / 1e6, 1),
        "backup_100k_ms": statistics.median(backups),
        "quick_check_100k_ms": statistics.median(checks),
    }


if __name__ == "__main__":
    sys.stdout.write(json.dumps(measure(), indent=2) + "\n")
