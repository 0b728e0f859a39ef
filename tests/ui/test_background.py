"""Background threads: the garbage collector stays off the worker, and failures are logged."""

from __future__ import annotations

import gc
import sys
import threading

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
