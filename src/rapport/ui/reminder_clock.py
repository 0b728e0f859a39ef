"""The reminders' clock: asks the rules now and then, and says what to notify.

The rules are `rapport.domain.reminders.plan`; this only wakes them up — at the next
summary time, and every few minutes in between (so a follow-up that falls due during
the day, or a laptop that wakes from sleep, is noticed soon) — and keeps what was
told (`ReminderState`) in the settings file, so a restart does not tell it again.
The Today list comes from a callable (`journal.facts.today` with the owner's rules)
given by whoever starts the clock.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from rapport.domain.reminders import Notice, ReminderSettings, ReminderState, plan
from rapport.domain.today import TodayItem

log = logging.getLogger("rapport.reminders")

#: Between summary times, the rules are asked again after at most this long.
POLL_MS = 5 * 60 * 1000
LAST_RUN_KEY = "reminders/state/lastRun"
TOLD_KEY = "reminders/state/toldFollowUps"


def local_zone() -> tzinfo:
    """The owner's time zone with its daylight-saving rules when it can be named."""
    name = os.environ.get("TZ", "").lstrip(":")
    if not name:
        try:
            target = Path("/etc/localtime").resolve()
            name = str(target).partition("zoneinfo/")[2]
        except OSError:
            name = ""
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    zone = datetime.now().astimezone().tzinfo
    return zone if zone is not None else UTC


def read_state(settings: QSettings) -> ReminderState:
    """What was told last, from the settings file (nothing when unreadable)."""
    last = settings.value(LAST_RUN_KEY)
    told = settings.value(TOLD_KEY)
    try:
        moment = datetime.fromisoformat(str(last)) if last else None
    except ValueError:
        moment = None
    if moment is not None and moment.tzinfo is None:
        moment = None
    ids = frozenset(int(x) for x in str(told or "").split(",") if x.strip().isdigit())
    return ReminderState(moment, ids)


def write_state(settings: QSettings, state: ReminderState) -> None:
    """Keep what was told, for the next run."""
    if state.last_run is not None:
        settings.setValue(LAST_RUN_KEY, state.last_run.isoformat())
    settings.setValue(TOLD_KEY, ",".join(str(i) for i in sorted(state.told_follow_ups)))


class ReminderClock(QObject):
    """Emits `notice` for each notification the rules say is due now."""

    notice = Signal(object)  # a rapport.domain.reminders.Notice
    told = Signal(object)  # the notices of one look, together (when there are any)

    def __init__(
        self,
        today: Callable[[datetime], Sequence[TodayItem]],
        schedule: Callable[[], ReminderSettings],
        settings: QSettings,
        parent: QObject | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        zone: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._schedule = schedule
        self._settings = settings
        self._now = now
        self._zone = zone or local_zone()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        """Look now (a summary missed while Rapport was closed comes now), then keep looking."""
        self.check()

    def stop(self) -> None:
        """No more reminders (the owner turned them off, or Rapport quits)."""
        self.timer.stop()

    def check(self) -> tuple[Notice, ...]:
        """Ask the rules what to notify now; emit it, keep the state, set the next look."""
        now = self._now()
        notices: tuple[Notice, ...] = ()
        try:
            items = self._today(now.astimezone(self._zone))
            result = plan(items, read_state(self._settings), now, self._zone, self._schedule())
        except Exception as exc:  # a journal that cannot be read now: try again at the next look
            log.warning("the reminders could not read what is due (%s)", type(exc).__name__)
            self.timer.start(POLL_MS)
            return notices
        write_state(self._settings, result.state)
        notices = result.notices
        for notice in notices:
            self.notice.emit(notice)
        if notices:
            self.told.emit(notices)
        wait = (result.next_check - now).total_seconds() * 1000
        self.timer.start(int(max(1000, min(POLL_MS, wait))))
        return notices
