"""A big CSV import keeps only counts and the rows it shows; the write reads the file again."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from transferhelp import plan_of

from rapport.store import Journal
from rapport.store import transfer as store_transfer
from rapport.transfer import plan as plan_module
from rapport.transfer.duplicates import Existing


def _csv(path: Path, rows: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Company", "Email"])
        for i in range(rows):
            writer.writerow([f"Person {i}", f"Firm {i % 7}", f"p{i}@x.example"])
        writer.writerow(["Person 3 again", "", "P3@x.example"])  # a duplicate within the file
        writer.writerow(["Known", "", "known@x.example"])  # a duplicate of the journal
    return path


def test_the_plan_keeps_the_rows_it_shows_and_the_write_reads_the_rest_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(plan_module, "SHOWN", 50)
    monkeypatch.setattr(store_transfer, "CHUNK", 40)  # the write reads the file in slices
    existing = [Existing(1, "Known", "", "KNOWN@x.example")]
    plan = plan_of(_csv(tmp_path / "big.csv", 300), existing=existing)
    assert len(plan.candidates) == 50  # kept: the first rows, to show
    assert plan.found == 302 and len(plan.duplicates) == 2
    assert plan.importable_count() == 300 and plan.importable_count(True) == 302
    where = {(p.origin, p.destination): p.customers for p in plan.placements()}
    assert where[("Name", "Name")] == 300  # counted over every row, not only those kept
    journal = Journal.open(tmp_path / "j.rapport")
    for _ in journal.transfer.run(plan, "big.csv"):
        pass
    names = {c[1] for c in journal.customers.choices()}
    assert len(names) == 300
    assert "Person 299" in names and "Person 3 again" not in names and "Known" not in names
    journal.close()
