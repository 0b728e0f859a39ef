"""Promise 3: one app per journal. A second start brings the first forward and writes nothing;
the lock a killed app left behind does not block the next start."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from children import HERE, Child, child_env

from rapport.domain.customers import CustomerDraft
from rapport.single_instance import in_use_elsewhere, lock_path
from rapport.store import Journal

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
DRIVER = str(HERE / "app_driver.py")


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under the journal's folder (journal, WAL, backups, drafts), byte for byte."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith(".lock")
    }


def test_a_second_start_brings_the_first_forward_and_a_killed_ones_lock_is_no_obstacle(
    tmp_path: Path, children: list[Child]
) -> None:
    folder = tmp_path / "books"
    path = folder / "journal.rapport"
    journal = Journal.open(path)
    journal.customers.create(CustomerDraft(name="Maria"))
    journal.close()
    env = child_env(tmp_path / "home")

    first = Child([DRIVER, "hold", str(path)], env)
    children.append(first)
    first.wait_for("ready")
    assert in_use_elsewhere(path)
    before = snapshot(folder)

    second = Child(["-m", "rapport", "--journal", str(path)], env)
    children.append(second)
    assert second.finish(30) == 0, second.errors.read_text()[-2000:]
    first.wait_for("activated", timeout=5)
    assert snapshot(folder) == before, "the second start wrote nothing"

    first.kill9()
    assert lock_path(path).exists(), "a killed app leaves its lock file behind"
    third = Child([DRIVER, "hold", str(path)], env)
    children.append(third)
    third.wait_for("ready")
    assert in_use_elsewhere(path)
    third.kill9()
    assert not in_use_elsewhere(path)
