"""Working out the Today list off the UI thread: one job at a time, the newest answer wins.

Today runs every rule for every customer: a few hundred milliseconds on a journal of
100,000 entries, too long to hold the window still (at start, or after each saved
entry). So a job runs in the loader's own one-thread pool, reading through a session
of its own (`Journal.read` never hands one thread's connection to another), and its
answer comes back to the UI thread by a queued signal.

- `request(delay_ms)` asks for a fresh list. Requests within `delay_ms` of each other
  become one (writes come in bursts: an entry saved, then its follow-up ticked).
- A request while a job runs asks that job to stop (it checks between steps); its
  stale answer is dropped and a new job starts, so an older list never replaces a
  newer one.
- `request(delay_ms, customers)` asks for those customers' items only (a loader made
  with `part` work answers by `part_ready`); requests for a few customers and for
  the whole list that come together are one for the whole list.
- A loader made with `first` work answers a whole-list job twice while `first_wanted`:
  `first_ready` with the list's first items (cheap: the follow-ups), then `ready`
  with the whole, so the first page is on show before the rules are done. The job
  waits for `first_page_done()` (at most `FIRST_PAGE_WAIT_S`) before working out the
  rest: the UI thread lays the page out and paints it in Python, and would otherwise
  wait for the interpreter's lock at every row while the rules hold it.
- `shutdown()` stops and waits for the job, so no thread outlives the window.
- Errors are not raised in the worker: they come back as `failed(exception)`, for the
  view to put into words (a damaged journal goes to the recovery path).

Python's cyclic garbage collector runs in whichever thread happens to allocate when a
collection is due, and the job allocates a lot. Left on, it would now and then free
unreachable Qt objects (a closed dialog, its timers) in the worker thread, which Qt
forbids ("Timers cannot be stopped from another thread") and which can crash. So the
collector is paused while any job runs and resumed on the UI thread when the last one
ends (`rapport.ui.background.collector_gate`).
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable, Iterable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal

from rapport.domain.settings import RuleSettings
from rapport.domain.today import Cancelled
from rapport.store import Journal
from rapport.ui.background import collector_gate

log = logging.getLogger("rapport.ui.today")


#: How long a job waits for the first page to be painted before working out the rest.
FIRST_PAGE_WAIT_S = 1.0

#: A job: (journal, now, rules, should it stop?) → its answer.
Work = Callable[[Journal, datetime, RuleSettings, Callable[[], bool]], object]
#: A job for some customers only: (journal, now, rules, should it stop?, customers) → answer.
PartWork = Callable[[Journal, datetime, RuleSettings, Callable[[], bool], frozenset[int]], object]


def _today(
    journal: Journal, now: datetime, rules: RuleSettings, stop: Callable[[], bool]
) -> object:
    return journal.facts.today(now, settings=rules, stop=stop)


def whole_answer(
    journal: Journal, now: datetime, rules: RuleSettings, stop: Callable[[], bool]
) -> object:
    """The whole list with the book context it was judged in (`TodayAnswer`)."""
    return journal.facts.today_answer(now, rules, stop)


def first_answer(
    journal: Journal, now: datetime, rules: RuleSettings, stop: Callable[[], bool]
) -> object:
    """The whole list's first items, its follow-ups (`TodayAnswer`): a few small queries."""
    return journal.facts.today_first(now, rules)


def part_answer(
    journal: Journal,
    now: datetime,
    rules: RuleSettings,
    stop: Callable[[], bool],
    customers: frozenset[int],
) -> object:
    """The items of a few customers with the book context they were judged in."""
    return journal.facts.today_part(now, customers, rules, stop)


class TodayLoader(QObject):
    """Computes `journal.facts.today(now)` in the background; emits `ready` or `failed`.

    Another computation over the journal (the Portfolio's book) is given as `work`.
    """

    ready = Signal(object, object)  # as of (datetime), the items (list[TodayItem])
    first_ready = Signal(object, object)  # as of, the first items of the whole (`first`)
    part_ready = Signal(object, object, object)  # as of, the customers (frozenset), answer
    failed = Signal(object)  # the exception the computation raised

    def __init__(
        self,
        journal: Journal,
        clock: Callable[[], datetime],
        parent: QObject | None = None,
        rules: Callable[[], RuleSettings] = RuleSettings,
        work: Work = _today,
        part: PartWork | None = None,
        first: Work | None = None,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._first_work = first  # the whole list's first items, worked out before it
        #: Whether whole-list jobs answer their first items too (until a whole list came).
        self.first_wanted = first is not None
        self._part = part  # the work for a few customers (None: always the whole)
        self._whole = False  # the whole list is asked for
        self._customers: set[int] = set()  # else the items of these customers
        self._journal = journal
        self._clock = clock
        self._rules = rules  # asked afresh for every list: the owner may have changed them
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start)
        self._asked = 0  # number of the newest request
        self._delay = 0  # how long the newest request may wait for more to come
        self._running: int | None = None  # number of the request the running job answers
        self._cancelled_upto = 0  # requests up to this number were cancelled
        self._stop = threading.Event()
        self._first_shown = threading.Event()  # the first page is painted (or not shown)
        self._closed = False

    @property
    def busy(self) -> bool:
        """Whether a list was asked for and has not arrived yet."""
        return self._timer.isActive() or self._running is not None

    def request(self, delay_ms: int = 0, customers: Iterable[int] | None = None) -> None:
        """Ask for a fresh list, at the earliest `delay_ms` from now.

        `customers`: only theirs changed (answered by `part_ready`, when the loader has
        part work); requests that come together are one, for all their customers, and
        one for the whole list (None) makes them all one for the whole list.
        """
        if self._closed:
            return
        self._widen(None if customers is None else frozenset(customers))
        self._asked += 1
        self._delay = delay_ms
        if self._running is not None:
            self._stop.set()  # its answer is stale already; a new job follows it
            self._first_shown.set()
            return
        self._timer.start(delay_ms)

    def _widen(self, customers: frozenset[int] | None) -> None:
        """Add to what the next job works out: these customers' items (None: the whole)."""
        if customers is None or self._part is None:
            self._whole = True
        else:
            self._customers |= customers

    def _scope(self) -> frozenset[int] | None:
        """What the next job works out (None: the whole list), taken from what was asked."""
        scope = None if self._whole else frozenset(self._customers)
        self._whole, self._customers = False, set()
        return scope

    def cancel(self) -> None:
        """Stop the job under way and forget what was asked; the next `request` starts afresh."""
        self._timer.stop()
        self._stop.set()
        self._whole, self._customers = False, set()
        self._cancelled_upto = self._asked

    def shutdown(self) -> None:
        """Stop any job and wait for it (the window is closing)."""
        self._closed = True
        self._timer.stop()
        self._stop.set()
        self._first_shown.set()
        self._pool.waitForDone()
        QCoreApplication.sendPostedEvents(collector_gate())  # the job's end, counted now

    def _start(self) -> None:
        if self._running is not None or self._closed:
            return
        number, now, scope = self._asked, self._clock(), self._scope()
        self._running = number
        self._stop = stop = threading.Event()
        journal, rules, work = self._journal, self._rules(), self._work
        part = self._part
        first = self._first_work if self.first_wanted and scope is None else None
        gate = collector_gate()
        me = weakref.ref(self)  # answers go through the gate: see rapport.ui.background
        self._first_shown = shown = threading.Event()

        def job() -> None:
            items: object = None
            error: object = None
            try:
                if first is not None:
                    found = first(journal, now, rules, stop.is_set)
                    gate.hand_back(me, "_on_first", number, now, found)
                    shown.wait(FIRST_PAGE_WAIT_S)
                if scope is None or part is None:
                    items = work(journal, now, rules, stop.is_set)
                else:
                    items = part(journal, now, rules, stop.is_set, scope)
            except Cancelled:
                pass
            except Exception as exc:  # handed to the UI thread, which explains it
                error = exc
            gate.hand_back(me, "_on_finished", number, now, items, error, scope)
            gate.end()  # last: the collector resumes on the UI thread after the answer

        gate.begin()  # see the module docstring
        self._pool.start(job)

    def _on_first(self, number: int, now: datetime, items: object) -> None:
        if not self._closed and number == self._asked and self.first_wanted:
            self.first_ready.emit(now, items)  # the view says `first_page_done()`
        else:
            self.first_page_done()

    def first_page_done(self) -> None:
        """The first items are painted, or will not be shown: the job works out the rest."""
        self._first_shown.set()

    def _on_finished(
        self,
        number: int,
        now: datetime,
        items: object,
        error: object,
        scope: frozenset[int] | None,
    ) -> None:
        self._running = None
        if self._closed:
            return
        if self._asked <= self._cancelled_upto:  # cancelled, nothing asked since
            return
        if number != self._asked:  # stale: something changed meanwhile
            log.debug("Today: dropped a stale list (job %d, newest %d)", number, self._asked)
            self._widen(scope)  # what it worked out is asked for again, with the rest
            self._timer.start(self._delay)
            return
        if error is not None:
            self.failed.emit(error)
        elif items is not None and scope is not None:
            self.part_ready.emit(now, scope, items)
        elif items is not None:
            self.first_wanted = False
            self.ready.emit(now, items)
