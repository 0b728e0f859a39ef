"""The listener for colleagues' changes connects again off the UI's thread.

A server that does not answer keeps a connection attempt waiting up to its timeout
(10 s); the UI's timer asks every second, so that wait must never be the window's.
"""

from __future__ import annotations

import threading
from typing import Any

from rapport.store.change_notify_pg import PgChangeNotices


class FakeConnection:
    """What the listener uses of a psycopg connection."""

    def __init__(self) -> None:
        self.closed = False

    def execute(self, _sql: str) -> None:
        """LISTEN is accepted."""

    def notifies(self, timeout: float = 0) -> Any:
        return iter(())

    def close(self) -> None:
        self.closed = True


def test_a_lost_listener_reconnects_in_the_background_and_then_says_everything() -> None:
    on_main_thread: list[bool] = []
    made: list[FakeConnection] = []

    def connect() -> FakeConnection:
        on_main_thread.append(threading.current_thread() is threading.main_thread())
        made.append(FakeConnection())
        return made[-1]

    notices = PgChangeNotices(connect)
    assert notices.connected
    made[0].closed = True  # the server went away
    assert notices.poll() is None
    assert not notices.connected
    reconnecting = notices.reconnecting
    assert reconnecting is not None
    reconnecting.join(10)
    assert on_main_thread == [True, False]  # opened by the caller; reconnected elsewhere
    assert notices.connected
    change = notices.poll()
    assert change is not None and change.everything  # notices sent meanwhile may be lost
    assert notices.poll() is None
    notices.close()


def test_a_reconnect_that_ends_after_close_leaves_nothing_open() -> None:
    gate = threading.Event()
    made: list[FakeConnection] = []

    def connect() -> FakeConnection:
        if made:
            gate.wait(10)
        made.append(FakeConnection())
        return made[-1]

    notices = PgChangeNotices(connect)
    made[0].closed = True
    assert notices.poll() is None
    notices.close()  # the journal closes while the server is still silent
    gate.set()
    assert notices.reconnecting is not None
    notices.reconnecting.join(10)
    assert len(made) == 2 and made[1].closed
    assert not notices.connected
