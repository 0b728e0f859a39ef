"""Issue 12, item 19: the command line is a good Unix citizen. Output cut short by `head`
ends quietly; a command kept waiting by the app's write says so, waits a bounded time,
then says what to do."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import rapport.cli as cli
from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.store import Journal, engine

SRC = Path(__file__).resolve().parents[2] / "src"
WAITING = "Waiting for Rapport to finish writing to the journal (at most"
CSV = "Name,E-mail\nAna Alves,ana@example.org\nBen Bakker,ben@example.org\n"


def a_long_today_list(path: Path, customers: int) -> None:
    """Many customers out of touch, so `rapport today` prints far more than a pipe holds."""
    now = datetime.now(UTC)
    journal = Journal.open(path)
    try:
        with journal.transaction():
            for n in range(customers):
                cid = journal.customers.create(
                    CustomerDraft(name=f"Customer {n:04d}"), since=now - timedelta(days=300)
                )
                met = now - timedelta(days=70)
                journal.entries.add(EntryDraft(cid, met, EntryKind.MEETING, "Last meeting"))
    finally:
        journal.close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes")
@pytest.mark.parametrize("customers", [3, 800], ids=["short", "longer than a pipe"])
def test_output_into_a_closed_pipe_ends_quietly(tmp_path: Path, customers: int) -> None:
    """`rapport today | head -1`: head is gone before Rapport writes; no complaint follows."""
    path = tmp_path / "book.rapport"
    a_long_today_list(path, customers)
    errors = tmp_path / "stderr.txt"
    env = {"PYTHONPATH": str(SRC), "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    with errors.open("w") as err:
        child = subprocess.Popen(
            [sys.executable, "-m", "rapport", "--journal", str(path), "today"],
            stdout=subprocess.PIPE,
            stderr=err,
            env=env,
        )
    assert child.stdout is not None
    child.stdout.close()  # the reader is gone, as `head` is once it has its line
    code = child.wait(60)
    assert errors.read_text() == ""
    assert code in (0, 141), "success, or the shell's code for a closed pipe (128 + SIGPIPE)"


@pytest.fixture
def quick_bound(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A short bound on waiting, so the test of giving up is quick."""
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 1500)
    yield


def hold_the_write_lock(path: Path) -> sqlite3.Connection:
    """Another program (the app, mid-import) holding the journal's write lock."""
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE customer SET name = name WHERE id = -1")
    return conn


def test_a_command_kept_waiting_by_the_app_says_so_once_then_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "book.rapport"
    Journal.open(path).close()
    contacts = tmp_path / "contacts.csv"
    contacts.write_text(CSV, "utf-8")
    holder = hold_the_write_lock(path)
    release = threading.Timer(2.0, holder.commit)
    release.start()
    try:
        code = cli.run(["--journal", str(path), "import", str(contacts)])
    finally:
        release.join()
        holder.close()
    out, err = capsys.readouterr()
    assert code == 0, err
    assert err.count(WAITING) == 1, err
    assert "Imported 2 customers" in out


def test_a_command_waits_a_bounded_time_then_says_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], quick_bound: None
) -> None:
    path = tmp_path / "book.rapport"
    Journal.open(path).close()
    contacts = tmp_path / "contacts.csv"
    contacts.write_text(CSV, "utf-8")
    holder = hold_the_write_lock(path)
    started = time.monotonic()
    try:
        code = cli.run(["--journal", str(path), "import", str(contacts)])
    finally:
        holder.close()
    waited = time.monotonic() - started
    err = capsys.readouterr().err
    assert code == 2
    assert err.count(WAITING) == 1
    assert "(at most 2 seconds)…" in err, "the bound said is the bound waited"
    assert "kept writing to it for more than 2 seconds" in err
    assert "this command changed nothing" in err and "Try again" in err
    assert "Something unexpected" not in err
    assert waited < 10
    journal = Journal.open(path)
    try:
        assert journal.customers.count() == 0
    finally:
        journal.close()
