"""The reminders' clock: asks the rules now and then, and says what to notify.

The rules are `rapport.domain.reminders.plan`; this only wakes them up — at the next
summary time, and every few minutes in between (so a follow-up that falls due during
the day, or a laptop that wakes from sleep, is noticed soon) — and keeps what was
told (`ReminderState`) in the settings file, so a restart does not tell it again.
The Today list comes from a callable (`journal.facts.today` with the owner's rules)
given by whoever starts the clock; given the journal, the clock works it out in the
background instead (`TodayLoader`, a session of its own), since on a big journal that
takes a few hundred milliseconds the window would otherwise stand still for.
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
from rapport.domain.settings import RuleSettings
from rapport.domain.today import TodayItem
from rapport.store import Journal
from rapport.ui.today_loader import TodayLoader

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
        journal: Journal | None = None,
        rules: Callable[[], RuleSettings] = RuleSettings,
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
        self.loader: TodayLoader | None = None
        if journal is not None:  # Today worked out in the background, answered by `ready`
            self.loader = TodayLoader(journal, self._local_now, self, rules)
            self.loader.ready.connect(self._on_ready)
            self.loader.failed.connect(self._on_failed)

    def _local_now(self) -> datetime:
        return self._now().astimezone(self._zone)

    def start(self) -> None:
        """Look now (a summary missed while Rapport was closed comes now), then keep looking."""
        self.check()

    def stop(self) -> None:
        """No more reminders (the owner turned them off, or Rapport quits)."""
        self.timer.stop()
        if self.loader is not None:
            self.loader.shutdown()

    def check(self) -> tuple[Notice, ...]:
        """Ask the rules what to notify now; emit it, keep the state, set the next look.

        With a journal given, this only asks for the Today list: the notices follow
        when it arrives (and `()` is returned now).
        """
        if self.loader is not None:
            self.timer.start(POLL_MS)  # the next look, should no answer come; the answer resets it
            self.loader.request()
            return ()
        now = self._now()
        try:
            items = self._today(now.astimezone(self._zone))
        except Exception as exc:  # a journal that cannot be read now: try again at the next look
            self._on_failed(exc)
            return ()
        return self._tell(now, items)

    def _on_failed(self, exc: object) -> None:
        """A journal that cannot be read now: try again at the next look."""
        log.warning("the reminders could not read what is due (%s)", type(exc).__name__)
        self.timer.start(POLL_MS)

    def _on_ready(self, now: datetime, items: object) -> None:
        self._tell(now, items)  # type: ignore[arg-type]

    def _tell(self, now: datetime, items: Sequence[TodayItem]) -> tuple[Notice, ...]:
        """The rules' notices for the Today list as of `now`: emitted, kept, next look set."""
        notices: tuple[Notice, ...] = ()
        try:
            result = plan(items, read_state(self._settings), now, self._zone, self._schedule())
        except Exception as exc:  # settings that cannot be read now: try again at the next look
            self._on_failed(exc)
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
