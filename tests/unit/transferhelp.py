"""Shared helpers for the import and export tests: fixture files and reading a plan."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rapport.transfer.duplicates import Existing
from rapport.transfer.opening import Format, open_file
from rapport.transfer.plan import ImportPlan, read_plan, run_to_end

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


def plan_of(path: Path, fmt: Format | None = None, existing: Iterable[Existing] = ()) -> ImportPlan:
    """Read a file all the way, as the command line does."""
    return run_to_end(read_plan(open_file(path, fmt), list(existing)))
