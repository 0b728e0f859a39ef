"""Promise 2: a saved entry survives a crash. A writer is killed with SIGKILL at random points,
many times; every entry it reported as saved is there, whole, and the file is sound."""

from __future__ import annotations

import hashlib
import random
import sqlite3
import sys
import time
from pathlib import Path

import pytest
from children import HERE, Child, child_env

from rapport.store import Journal

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
WRITER = str(HERE / "writer.py")
BUDGET_S = 9.0


def test_every_entry_reported_saved_is_there_after_repeated_kills(
    tmp_path: Path, children: list[Child]
) -> None:
    path = tmp_path / "journal.rapport"
    env = child_env(tmp_path / "home")
    rng = random.Random()
    promised: dict[int, str] = {}
    kills = 0
    started = time.monotonic()
    while time.monotonic() - started < BUDGET_S or kills < 5:
        writer = Child([WRITER, str(path), str(kills)], env)
        children.append(writer)
        writer.wait_for("ready")
        time.sleep(rng.uniform(0.0, 0.4))
        writer.kill9()
        kills += 1
        for _t, line in writer.lines:
            if line.startswith("saved "):
                _, entry_id, digest = line.split()
                promised[int(entry_id)] = digest

    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = {
            row[0]: hashlib.sha1(row[1].encode()).hexdigest()
            for row in conn.execute("SELECT id, body FROM entry")
        }
    finally:
        conn.close()
    missing = {i for i in promised if i not in stored}
    assert not missing, f"{len(missing)} saved entries were lost"
    assert all(stored[i] == digest for i, digest in promised.items()), "a saved entry changed"
    assert len(promised) > 20 and kills >= 5
    Journal.open(path).close()  # and the app opens it: the start-up check is happy
    sys.stderr.write(f"\n[kill] {kills} kills, {len(promised)} entries promised, all there\n")
