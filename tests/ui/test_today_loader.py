"""Today is worked out in the background: one job at a time, bursts coalesced, stale answers
dropped, errors handed back to the UI thread, nothing left running when the window goes."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.domain.settings import RuleSettings
from rapport.domain.today import Cancelled, Stop
from rapport.store import Journal
from rapport.store.facts import FactsStore
from rapport.ui.bridge import JournalBridge
from rapport.ui.main_window import MainWindow
from rapport.ui.today_loader import TodayLoader

WindowFactory = Callable[[Path], MainWindow]
NOW = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


class _Facts:
    """Stands in for `journal.facts`: the first job runs until it is asked to stop."""

    def __init__(self, fail: Exception | None = None) -> None:
        self.calls: list[threading.Thread] = []
        self.fail = fail

    def today(
        self, now: datetime, settings: RuleSettings | None = None, stop: Stop | None = None
    ) -> list[int]:
        assert isinstance(settings, RuleSettings)  # the owner's rules reach the worker
        self.calls.append(threading.current_thread())
        if self.fail is not None:
            raise self.fail
        if len(self.calls) == 1:
            assert stop is not None
            while not stop():
                time.sleep(0.002)
            raise Cancelled
        return [len(self.calls)]


class _Journal:
    def __init__(self, facts: _Facts) -> None:
        self.facts = facts


def loader_for(facts: _Facts) -> TodayLoader:
    return TodayLoader(_Journal(facts), lambda: NOW)  # type: ignore[arg-type]


def test_a_request_while_a_job_runs_stops_it_and_only_the_newest_answer_arrives(
    qtbot: QtBot,
) -> None:
    facts = _Facts()
    loader = loader_for(facts)
    answers: list[Any] = []
    loader.ready.connect(lambda now, items: answers.append(items))
    loader.request()
    qtbot.waitUntil(lambda: len(facts.calls) == 1)
    loader.request()  # the first job's answer is stale now
    qtbot.waitUntil(lambda: not loader.busy, timeout=5000)
    assert answers == [[2]]
    assert facts.calls[0] is not threading.current_thread()  # worked out off the UI thread
    loader.shutdown()


def test_requests_in_a_burst_are_worked_out_once(qtbot: QtBot) -> None:
    facts = _Facts()
    facts.calls.append(threading.current_thread())  # no job waits for a stop here
    loader = loader_for(facts)
    for _ in range(5):
        loader.request(delay_ms=50)
    with qtbot.waitSignal(loader.ready, timeout=5000) as got:
        pass
    assert got.args == [NOW, [2]] and len(facts.calls) == 2
    loader.shutdown()


def test_an_error_comes_back_to_the_ui_thread_as_a_signal(qtbot: QtBot) -> None:
    loader = loader_for(_Facts(fail=RuntimeError("boom")))
    with qtbot.waitSignal(loader.failed, timeout=5000) as got:
        loader.request()
    assert str(got.args[0]) == "boom"
    loader.shutdown()


def test_shutting_down_stops_a_running_job_and_waits_for_it(qtbot: QtBot) -> None:
    facts = _Facts()
    loader = loader_for(facts)
    loader.request()
    qtbot.waitUntil(lambda: len(facts.calls) == 1)
    started = time.perf_counter()
    loader.shutdown()
    assert time.perf_counter() - started < 1
    loader.request()  # ignored once shut down
    qtbot.wait(50)
    assert len(facts.calls) == 1


def test_the_window_says_it_is_working_until_the_list_arrives_after_the_first_paint(
    qtbot: QtBot, journal_path: Path, settings: Any
) -> None:
    journal = Journal.open(journal_path)
    cid = journal.customers.create(CustomerDraft(name="Ada"))
    now = datetime.now(UTC)
    journal.entries.add(EntryDraft(cid, now, EntryKind.CALL, "Call", follow_up_on=now.date()))
    window = MainWindow(JournalBridge(journal), settings)
    qtbot.addWidget(window)
    today = window.today
    assert today.busy and today.summary.text() == "Working out today's list…"
    assert today.model.as_of is None, "nothing is worked out before the window is painted"
    window.show()
    qtbot.waitUntil(lambda: not today.busy, timeout=10_000)
    assert [i.title for i in today.model.items()] == ["Call"]
    window.close()
    journal.close()


def test_saving_entries_in_a_burst_works_today_out_once_more(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, monkeypatch: Any
) -> None:
    window = make_window(journal_path)
    qtbot.waitUntil(lambda: not window.today.busy, timeout=10_000)
    calls: list[datetime] = []
    original = FactsStore.today

    def counted(self: FactsStore, now: datetime, *args: Any, **kwargs: Any) -> Any:
        calls.append(now)
        return original(self, now, *args, **kwargs)

    monkeypatch.setattr(FactsStore, "today", counted)
    part = FactsStore.today_part

    def counted_part(self: FactsStore, now: datetime, *args: Any, **kwargs: Any) -> Any:
        calls.append(now)  # the items of the customers the burst wrote
        return part(self, now, *args, **kwargs)

    monkeypatch.setattr(FactsStore, "today_part", counted_part)
    journal, now = window.bridge.journal, datetime.now(UTC)
    cid = journal.customers.create(CustomerDraft(name="Ada"))
    for n in range(3):
        journal.entries.add(
            EntryDraft(cid, now, EntryKind.CALL, f"Call {n}", follow_up_on=now.date())
        )
    assert window.today.busy
    qtbot.waitUntil(lambda: not window.today.busy, timeout=10_000)
    assert len(calls) == 1
    assert sorted(i.title for i in window.today.model.items()) == ["Call 0", "Call 1", "Call 2"]


def test_the_garbage_collector_is_paused_while_a_job_runs(qtbot: QtBot) -> None:
    """Unreachable Qt objects must never be freed in the worker thread."""
    import gc

    facts = _Facts()
    loader = loader_for(facts)
    assert gc.isenabled()
    loader.request()
    qtbot.waitUntil(lambda: len(facts.calls) == 1)
    assert not gc.isenabled()
    loader.request()
    qtbot.waitUntil(lambda: not loader.busy, timeout=5000)
    assert gc.isenabled()
    loader.request()
    qtbot.waitUntil(lambda: len(facts.calls) == 3)
    loader.shutdown()
    assert gc.isenabled()


def test_two_loaders_keep_the_collector_paused_until_both_jobs_end(qtbot: QtBot) -> None:
    """A window rebuilt (new language) while the old one still works out Today."""
    import gc

    first, second = _Facts(), _Facts()
    old, new = loader_for(first), loader_for(second)
    old.request()
    new.request()
    qtbot.waitUntil(lambda: len(first.calls) == 1 and len(second.calls) == 1)
    old.shutdown()  # its job stops; the other one still runs
    assert not gc.isenabled()
    new.shutdown()
    assert gc.isenabled()


def test_a_loader_deleted_mid_job_does_not_leave_the_collector_off(qtbot: QtBot) -> None:
    import gc

    facts = _Facts()
    facts.calls.append(threading.current_thread())  # the job returns at once
    loader = loader_for(facts)
    loader.request()
    del loader  # its answer has nobody to go to
    qtbot.waitUntil(gc.isenabled, timeout=5000)


def test_the_first_items_come_first_and_the_rest_is_worked_out_once_they_are_painted(
    qtbot: QtBot, monkeypatch: Any
) -> None:
    monkeypatch.setattr("rapport.ui.today_loader.FIRST_PAGE_WAIT_S", 30.0)
    worked: list[str] = []

    def first(*_: object) -> list[str]:
        worked.append("first")
        return ["a follow-up"]

    def whole(*_: object) -> list[str]:
        worked.append("whole")
        return ["a follow-up", "a risk"]

    loader = TodayLoader(object(), lambda: NOW, work=whole, first=first)  # type: ignore[arg-type]
    answers: list[tuple[str, Any]] = []
    loader.first_ready.connect(lambda now, items: answers.append(("first", items)))
    loader.ready.connect(lambda now, items: answers.append(("whole", items)))
    loader.request()
    qtbot.waitUntil(lambda: answers == [("first", ["a follow-up"])], timeout=5000)
    qtbot.wait(200)
    assert worked == ["first"] and loader.busy  # the rules wait while the page is painted
    loader.first_page_done()
    qtbot.waitUntil(lambda: not loader.busy, timeout=5000)
    assert answers[1:] == [("whole", ["a follow-up", "a risk"])]
    loader.request()  # a list is on show: later lists come whole
    qtbot.waitUntil(lambda: len(answers) == 3, timeout=5000)
    assert worked == ["first", "whole", "whole"] and answers[2][0] == "whole"
    loader.shutdown()


def _answering_when_released() -> tuple[threading.Event, Callable[..., list[str]]]:
    """A job that answers once the test lets it go (to delete its loader meanwhile)."""
    release = threading.Event()

    def whole(*_: object) -> list[str]:
        release.wait(10)
        return ["a follow-up"]

    return release, whole


def test_a_job_whose_loader_was_deleted_hands_its_answer_to_nobody_and_does_not_crash(
    qtbot: QtBot,
) -> None:
    """The window went (its loader deleted by Qt) while the job worked: no crash, no answer.

    The job must not emit on its loader: emitting on a deleted Qt object from a worker
    can crash the process instead of raising.
    """
    import gc

    import shiboken6

    release, whole = _answering_when_released()
    loader = TodayLoader(object(), lambda: NOW, work=whole)  # type: ignore[arg-type]
    answers: list[object] = []
    loader.ready.connect(lambda now, items: answers.append(items))
    loader.request()
    qtbot.waitUntil(lambda: loader.busy, timeout=5000)
    shiboken6.delete(loader)  # as a closed window's children are deleted
    release.set()
    qtbot.waitUntil(gc.isenabled, timeout=5000)
    qtbot.wait(50)
    assert answers == []


def test_a_job_resumes_the_collector_only_after_handing_its_answer_back(qtbot: QtBot) -> None:
    """Once the count drops, the collector runs again; the worker must be done by then.

    Resumed before the answer was handed back, the worker's own allocations (the answer's
    signal) could set off a collection there, freeing Qt objects in the wrong thread.
    """
    import gc

    release, whole = _answering_when_released()
    loader = TodayLoader(object(), lambda: NOW, work=whole)  # type: ignore[arg-type]
    paused_at_answer: list[bool] = []
    loader.ready.connect(lambda now, items: paused_at_answer.append(not gc.isenabled()))
    loader.request()
    qtbot.waitUntil(lambda: loader.busy, timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: paused_at_answer != [], timeout=5000)
    assert paused_at_answer == [True]
    qtbot.waitUntil(gc.isenabled, timeout=5000)
    loader.shutdown()
