"""A big CSV import: duplicates found over every row, one firm's rows one relationship."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from transferhelp import plan_of

from rapport.store import Journal
from rapport.store import transfer as store_transfer
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


def test_a_big_file_groups_its_firms_finds_duplicates_and_writes_in_slices(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_transfer, "CHUNK", 4)  # the write goes a slice at a time
    existing = [Existing(1, "Known", "", "KNOWN@x.example")]
    plan = plan_of(_csv(tmp_path / "big.csv", 300), existing=existing)
    assert plan.found == 302 and len(plan.duplicates) == 2
    assert plan.importable_count() == 300 and plan.importable_count(True) == 302
    where = {(p.origin, p.destination): p.customers for p in plan.placements()}
    assert sum(n for (origin, _), n in where.items() if origin == "Name") == 300
    assert sorted(g.organisation for g in plan.groups) == [f"Firm {i}" for i in range(7)]
    journal = Journal.open(tmp_path / "j.rapport")
    steps = list(journal.transfer.run(plan, "big.csv"))
    assert len(steps) == 2  # 7 relationships, 4 to a slice
    names = {c[1] for c in journal.customers.choices()}
    assert names == {f"Firm {i}" for i in range(7)}
    people = sum(len(journal.people.of(c[0])) for c in journal.customers.choices())
    assert people == 300  # "Person 3 again" and "Known" were duplicates
    journal.close()
