"""Background threads: the garbage collector stays off the worker, and failures are logged."""

from __future__ import annotations

import gc
import sys
import threading
import weakref

import pytest
from pytestqt.qtbot import QtBot

from rapport.ui.background import BUSY_SWITCH_INTERVAL_S, start_thread


def test_the_collector_is_paused_while_a_thread_runs_and_back_when_it_ends(qtbot: QtBot) -> None:
    release = threading.Event()
    seen: list[bool] = []

    def job() -> None:
        seen.append(gc.isenabled())
        release.wait(5)

    assert gc.isenabled()
    start_thread(job, "test-job")
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [False] and not gc.isenabled()
    release.set()
    qtbot.waitUntil(gc.isenabled, timeout=5000)


@pytest.mark.logs_errors
def test_a_job_that_fails_is_logged_and_still_resumes_the_collector(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    def job() -> None:
        raise OSError("disk gone")

    start_thread(job, "test-failing")
    qtbot.waitUntil(gc.isenabled, timeout=5000)
    qtbot.waitUntil(lambda: "test-failing failed" in caplog.text, timeout=5000)
    assert "disk gone" in caplog.text


def test_the_ui_thread_wins_the_interpreter_back_sooner_while_a_job_runs(qtbot: QtBot) -> None:
    """A busy worker lets go of the interpreter every switch interval: shorter while it runs."""
    release = threading.Event()
    seen: list[float] = []
    before = sys.getswitchinterval()

    def job() -> None:
        seen.append(sys.getswitchinterval())
        release.wait(5)

    start_thread(job, "test-interval")
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] <= BUSY_SWITCH_INTERVAL_S < before
    release.set()
    qtbot.waitUntil(lambda: sys.getswitchinterval() == before, timeout=5000)


class _Node:
    """A cycle's member: only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.me = self


def test_what_a_job_made_is_not_walked_by_the_next_collections_on_the_ui_thread(
    qtbot: QtBot,
) -> None:
    """The collector was off during the job: its objects would all be walked at once after."""
    kept: list[object] = []

    def job() -> None:
        kept.append([[n] for n in range(5000)])

    before = gc.get_freeze_count()
    start_thread(job, "test-made")
    qtbot.waitUntil(gc.isenabled, timeout=5000)
    assert gc.get_freeze_count() >= before + 5000


def test_the_garbage_a_job_left_is_collected_once_no_job_ran_for_a_while(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("rapport.ui.background.IDLE_COLLECT_MS", 50)
    gone: list[weakref.ref[_Node]] = []

    def job() -> None:
        gone.append(weakref.ref(_Node()))  # unreachable at once, in a cycle

    start_thread(job, "test-garbage")
    qtbot.waitUntil(gc.isenabled, timeout=5000)
    qtbot.waitUntil(lambda: gone[0]() is None, timeout=5000)
