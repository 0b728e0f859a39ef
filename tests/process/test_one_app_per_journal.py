"""Promise 3: one app per journal. A second start brings the first forward and writes nothing;
the lock a killed app left behind does not block the next start."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest
from children import HERE, Child, child_env

from rapport.domain.customers import CustomerDraft
from rapport.single_instance import hold_lock, in_use_elsewhere, lock_path
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


def test_a_stale_lock_whose_process_id_now_belongs_to_another_program_is_taken_over(
    tmp_path: Path, children: list[Child]
) -> None:
    """After a crash (or a restart) the dead app's process id may be given to any program,
    even another Python one: the lock is still stale, and the owner is not locked out."""
    path = tmp_path / "books" / "journal.rapport"
    Journal.open(path).close()
    env = child_env(tmp_path / "home")
    first = Child([DRIVER, "hold", str(path)], env)
    children.append(first)
    first.wait_for("ready")
    time.sleep(1.5)  # a process id is handed out again only later: never within a second
    dead = first.proc.pid
    first.kill9()
    stranger = Child(["-c", "import time; print('ready', flush=True); time.sleep(120)"], env)
    children.append(stranger)
    stranger.wait_for("ready")
    # The stranger got the dead app's process id: what the lock says now names it.
    for left in path.parent.glob(f".{path.name}.lock*"):
        text, written = left.read_text("utf-8"), left.stat()
        left.write_text(text.replace(str(dead), str(stranger.proc.pid), 1), "utf-8")
        os.utime(left, ns=(written.st_atime_ns, written.st_mtime_ns))  # written back then
    assert not in_use_elsewhere(path), "the stranger does not hold the journal"
    lock = hold_lock(path)
    assert lock is not None, "the owner's command can take the journal"
    lock.unlock()
    app = Child([DRIVER, "hold", str(path)], env)
    children.append(app)
    app.wait_for("ready")
    assert in_use_elsewhere(path), "and a live Rapport's lock is still respected"
