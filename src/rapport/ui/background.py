"""Work off the UI thread without Python's garbage collector running there.

Python's cyclic collector runs in whichever thread happens to allocate when a
collection is due. Run in a worker, it may free unreachable Qt objects (a closed
dialog, its timers) there, which Qt forbids ("Timers cannot be stopped from another
thread") and which can crash. So every background job pauses the collector while it
runs, and the pause is lifted on the UI thread when the last job ends. The count spans
all jobs and windows: two windows — or one rebuilt in a new language — never switch it
back on under each other's job, and a job whose window is gone cannot leave it off.

While the collector is paused, everything a job allocates stays in its youngest
generation, so the first collection after the job (on the UI thread, whoever allocates
next) would walk all of it at once: 100-330 ms after Today's whole list or the
Portfolio at 1,000,000 entries, the longest freezes of a session. So when the last job
ends its objects are frozen instead (`gc.freeze`, a constant-time move to the
permanent generation, as the start-up does for the modules) and no collection walks
them; their memory is still given back when the last reference goes. Only what they
hold in cycles waits: once no job has run for `IDLE_COLLECT_MS` (a minute) the UI thread
collects everything once (unfreeze, collect, freeze again), a pause while the owner is
not asking for anything.

The same gate shortens the interpreter's switch interval while jobs run. Qt calls into
Python many times for one paint (a model's data, a delegate's size); each call must
win the interpreter back from a busy worker, which lets go of it only every switch
interval (5 ms by default). A hundred calls then freeze the window for half a second
while an export runs; at 1 ms they cost a fifth of that.

A job hands its answer back through the gate (`hand_back`), never by emitting a signal
of the object that asked for it: that object's window may delete it meanwhile, and
emitting on a deleted Qt object from a worker crashes the process. The gate lives as
long as the process; the answer is delivered on the UI thread only if the object is
still there. A job ends the gate's count last, after its answer is handed back: once
the count drops, the UI thread switches the collector on, and the worker's next
allocation could run a collection in the worker after all.
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal

log = logging.getLogger("rapport.ui.background")

#: The interpreter's switch interval while background jobs run (seconds).
BUSY_SWITCH_INTERVAL_S = 0.001
#: After this long without a job, the garbage frozen with the jobs' objects is collected.
IDLE_COLLECT_MS = 60_000


class _CollectorGate(QObject):
    """Pauses the garbage collector while background jobs run; resumes on the UI thread."""

    _ended = Signal()
    _carried = Signal(object, str, object)  # weak reference to the receiver, method, args

    def __init__(self) -> None:
        super().__init__()
        self._jobs = 0
        self._paused = False
        self._interval: float | None = None  # the switch interval to restore
        self._ended.connect(self._end, Qt.ConnectionType.QueuedConnection)
        self._carried.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._collect)

    def begin(self) -> None:
        """A job is about to start (called on the UI thread)."""
        self._jobs += 1
        self._idle.stop()
        if self._jobs == 1 and gc.isenabled():
            gc.disable()
            self._paused = True
        if self._jobs == 1 and sys.getswitchinterval() > BUSY_SWITCH_INTERVAL_S:
            self._interval = sys.getswitchinterval()
            sys.setswitchinterval(BUSY_SWITCH_INTERVAL_S)

    def end(self) -> None:
        """A job has ended (called from its worker thread; the count drops on the UI thread)."""
        self._ended.emit()

    def hand_back(self, receiver: weakref.ref[Any], method: str, *args: object) -> None:
        """Call `method(*args)` of the receiver on the UI thread, if it is still there.

        Called from a worker, with a weak reference taken on the UI thread (see the
        module's note on why a job never emits a signal of its own receiver).
        """
        self._carried.emit(receiver, method, args)

    def _deliver(self, receiver: weakref.ref[Any], method: str, args: tuple[object, ...]) -> None:
        target = receiver()
        if target is None or not shiboken6.isValid(target):
            log.debug("a background answer for %s arrived after its receiver was gone", method)
            return
        getattr(target, method)(*args)

    def _end(self) -> None:
        self._jobs -= 1
        if self._jobs == 0 and self._paused:
            self._paused = False
            gc.freeze()  # the jobs' objects: no collection walks them (see above)
            gc.enable()
            self._idle.start(IDLE_COLLECT_MS)
        if self._jobs == 0 and self._interval is not None:
            sys.setswitchinterval(self._interval)
            self._interval = None

    def _collect(self) -> None:
        """Collect what the jobs left in cycles, then freeze the survivors again."""
        if self._jobs or not gc.isenabled():
            return
        gc.unfreeze()
        gc.collect()
        gc.freeze()


_gate: _CollectorGate | None = None


def collector_gate() -> _CollectorGate:
    """The one gate, made on the UI thread the first time a job starts (it lives there)."""
    global _gate
    if _gate is None:
        _gate = _CollectorGate()
    return _gate


def start_thread(job: Callable[[], None], name: str) -> threading.Thread:
    """Run `job` in a daemon thread of its own, the collector paused until it ends.

    Call from the UI thread. An exception the job lets out is logged, not lost.
    Returns the thread (to wait for it before the journal closes).
    """
    gate = collector_gate()
    gate.begin()

    def run() -> None:
        try:
            job()
        except Exception:
            log.exception("background job %s failed", name)
        finally:
            gate.end()

    thread = threading.Thread(target=run, daemon=True, name=name)
    thread.start()
    return thread
