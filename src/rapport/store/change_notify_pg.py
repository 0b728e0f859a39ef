"""Changes a colleague made reach the open windows: PostgreSQL's LISTEN/NOTIFY.

On a team journal every unit of work sends, inside its own transaction, one
`pg_notify` on the channel `rapport_change` with the Change's ids as a small JSON
payload. The server delivers a notification only when its transaction commits (a
rolled-back save says nothing), and to every connection that LISTENs on the channel.

Each open journal keeps one listener connection of its own (autocommit, outside the
pool). `poll()` drains what arrived without waiting (the UI's timer for changes made
elsewhere asks every second, store/change_watch.py's `ChangeSource`) and merges the
notices into one Change, so a colleague's entry shows on an open customer page within
that second. The journal's own notices carry its origin and are skipped: its own
writes were announced by their unit of work already.

A payload larger than the server allows (8,000 bytes) says `everything` instead, and
so does a listener connection that was lost: notices sent meanwhile may be missed,
so every view reads afresh once it is back (a superset, never a change missed).
"""

from __future__ import annotations

import json
import logging
import threading
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from rapport.store.change import Change

log = logging.getLogger("rapport.store")

#: The channel every client of one database listens on.
CHANNEL = "rapport_change"
#: Below PostgreSQL's payload limit (8,000 bytes), with room for the keys.
MAX_PAYLOAD = 7500

_NOTIFY = text("SELECT pg_notify(:channel, :payload)")


def payload(origin: str, change: Change) -> str:
    """The notice of one change as JSON: its ids, or `everything` when they would not fit."""
    body: dict[str, Any] = {"o": origin}
    if change.everything:
        body["a"] = True
    else:
        for key, ids in (
            ("c", change.customers),
            ("e", change.entries),
            ("s", change.stage_changes),
            ("k", change.check_ins),
        ):
            if ids:
                body[key] = sorted(ids)
        if change.details is not None:  # said, even when none: the others then stay
            body["d"] = sorted(change.details)
        if change.tags:
            body["t"] = True
        if change.settings:
            body["g"] = True
    said = json.dumps(body, separators=(",", ":"))
    if len(said) > MAX_PAYLOAD:
        said = json.dumps({"o": origin, "a": True}, separators=(",", ":"))
    return said


def parse(said: str) -> tuple[str, Change]:
    """The origin and the Change a notice carries; anything unreadable says `everything`."""
    try:
        body = json.loads(said)
        return str(body["o"]), Change.of(
            customers=(int(i) for i in body.get("c", ())),
            entries=(int(i) for i in body.get("e", ())),
            stage_changes=(int(i) for i in body.get("s", ())),
            check_ins=(int(i) for i in body.get("k", ())),
            tags=bool(body.get("t", False)),
            settings=bool(body.get("g", False)),
            everything=bool(body.get("a", False)),
            details=None if "d" not in body else (int(i) for i in body["d"]),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        log.warning("a change notice could not be read; every view reads afresh")
        return "", Change(everything=True)


def listener_connection(engine: Engine) -> Callable[[], Any]:
    """What opens a listener's own psycopg connection to the engine's database (autocommit)."""

    def connect() -> Any:
        cargs, cparams = engine.dialect.create_connect_args(engine.url)
        conn = engine.dialect.loaded_dbapi.connect(*cargs, **cparams)
        conn.autocommit = True
        return conn

    return connect


class PgChangeNotices:
    """Sends this journal's changes to its colleagues, and hears theirs."""

    def __init__(self, connect: Callable[[], Any]) -> None:
        #: This journal's mark on its notices (its own are not told twice).
        self.origin = uuid.uuid4().hex[:12]
        self._connect = connect
        self._lock = threading.Lock()
        self._conn: Any = None
        self._missed = False
        self._failing = False
        self._closed = False
        #: The thread connecting again after the server went away (None before the first).
        self.reconnecting: threading.Thread | None = None
        self._conn = self._listen()

    @property
    def connected(self) -> bool:
        """Whether the listener is connected (False from the moment the server went away)."""
        return self._conn is not None and not self._conn.closed

    def _listen(self) -> Any:
        """A new listening connection, or None when the server cannot be reached."""
        try:
            conn = self._connect()
            conn.execute(f"LISTEN {CHANNEL}")
        except Exception as exc:
            # Tried every second while the server is away: said once, not every time.
            level = logging.DEBUG if self._failing else logging.WARNING
            log.log(level, "cannot listen for colleagues' changes: %s", type(exc).__name__)
            self._failing = True
            return None
        if self._failing:
            log.info("listening for colleagues' changes again")
        self._failing = False
        return conn

    def _reconnect_in_background(self) -> None:
        """Connect again in a thread of its own (the caller, the UI's timer, never waits).

        A server that does not answer keeps a connection attempt waiting up to its
        connect timeout. Once connected, the next poll says `everything`: notices sent
        meanwhile are gone. A journal closed meanwhile gets no connection left open.
        """
        if self.reconnecting is not None and self.reconnecting.is_alive():
            return

        def run() -> None:
            conn = self._listen()
            if conn is None:
                return
            with self._lock:
                if self._closed:
                    conn.close()
                    return
                self._conn, self._missed = conn, True

        self.reconnecting = threading.Thread(target=run, daemon=True, name="rapport-listen")
        self.reconnecting.start()

    def announce(self, session: Session, change: Change) -> None:
        """Send change in session's transaction (delivered only if it commits)."""
        if change.empty:
            return
        session.execute(_NOTIFY, {"channel": CHANNEL, "payload": payload(self.origin, change)})

    def poll(self) -> Change | None:
        """What colleagues changed since the last poll, merged; None when nothing (never waits)."""
        if not self._lock.acquire(blocking=False):
            return None
        try:
            if self._conn is None or self._conn.closed:
                self._conn = None
                self._reconnect_in_background()
                return None
            try:
                notices = list(self._conn.notifies(timeout=0))
            except Exception as exc:
                log.warning("lost the listener for colleagues' changes: %s", type(exc).__name__)
                self._close()
                return None
            merged: Change | None = Change(everything=True) if self._missed else None
            self._missed = False
            for notice in notices:
                origin, change = parse(notice.payload)
                if origin == self.origin:
                    continue
                merged = change if merged is None else merged | change
            if merged is not None and not merged.empty:
                log.info("a colleague changed the journal")
                return merged
            return None
        finally:
            self._lock.release()

    def _close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception:
                log.debug("the listener was closed already")
            self._conn = None

    def close(self) -> None:
        """Stop listening (the journal closes)."""
        with self._lock:
            self._closed = True
            self._close()
