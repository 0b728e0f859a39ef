"""Meetings from the owner's calendar file, brought into the Today list.

The owner points Rapport at an `.ics` file their calendar keeps exporting (Settings →
Calendar, remembered under `CALENDAR_KEY`). It is read in Today's own background job
(`with_meetings` wraps the list's work), and read again only when the file changed
(its size or time) or the day moved on; a `QFileSystemWatcher` asks Today for a fresh
list when the file changes. The meetings are kept in memory, not in the journal: the
calendar file is their record, and no schema change is needed.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QSettings, Signal

from rapport.domain.settings import RuleSettings
from rapport.domain.today import TodayAnswer, list_order
from rapport.domain.today_meetings import WRITE_UP_DAYS, SeenMeeting, customers_met, write_ups
from rapport.store import Journal
from rapport.store.capture import known_relationships, meeting_times
from rapport.transfer.calendar_in import Meeting, read_calendar
from rapport.transfer.errors import TransferError

log = logging.getLogger("rapport.ui.today")
#: Where the calendar file's path is remembered (QSettings).
CALENDAR_KEY = "calendar/file"

_Stop = Callable[[], bool]
_Whole = Callable[[Journal, datetime, RuleSettings, _Stop], object]
_Part = Callable[[Journal, datetime, RuleSettings, _Stop, frozenset[int]], object]


def seen(meeting: Meeting) -> SeenMeeting:
    """A meeting read from the file as Today's rules take it."""
    addresses = tuple(a.email for a in meeting.addresses)
    return SeenMeeting(meeting.key, meeting.title, meeting.start, meeting.end, addresses)


class CalendarSource(QObject):
    """The calendar file and its meetings of the recent past; `changed` when it changes."""

    changed = Signal()
    #: The file could not be read: why, in words (sent from Today's worker; connect queued).
    trouble = Signal(str, str)  # what, what to do

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()  # read from Today's worker, set from the UI thread
        self._path: Path | None = None
        self._stamp: tuple[int, int, date] | None = None
        self._meetings: tuple[SeenMeeting, ...] = ()
        #: Why the file could not be read the last time, in words (None: it could).
        self.problem: str | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._file_changed)
        self._watcher.directoryChanged.connect(self._folder_changed)

    @property
    def path(self) -> Path | None:
        """The calendar file followed (None: none)."""
        return self._path

    def load(self, settings: QSettings) -> None:
        """Follow the file remembered in the settings (on start, and after they change)."""
        value = str(settings.value(CALENDAR_KEY, "") or "")
        wanted = Path(value) if value else None
        if wanted != self._path:
            self.follow(wanted)

    def follow(self, path: Path | None) -> None:
        """Follow another file (None: none), and say so: Today asks again."""
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        with self._lock:
            self._path, self._stamp, self._meetings, self.problem = path, None, (), None
        if path is not None:
            self._watch(path)
        self.changed.emit()

    def _watch(self, path: Path) -> None:
        """Watch the file; and its folder, where a calendar's next export may create it."""
        if path.exists() and str(path) not in self._watcher.files():
            self._watcher.addPath(str(path))
        if path.parent.is_dir() and str(path.parent) not in self._watcher.directories():
            self._watcher.addPath(str(path.parent))

    def _file_changed(self, _name: str) -> None:
        # A calendar that rewrites its export (write, rename) drops the watch: watch again.
        if self._path is not None:
            self._watch(self._path)
        self.changed.emit()

    def _folder_changed(self, _name: str) -> None:
        """Something in the file's folder changed: it may have been written anew."""
        path = self._path
        if path is not None and path.exists() and str(path) not in self._watcher.files():
            self._watch(path)
            self.changed.emit()

    def meetings(self, now: datetime) -> tuple[SeenMeeting, ...]:
        """The meetings of the last `WRITE_UP_DAYS`, read again if the file changed.

        The file is read outside the lock: choosing another file never waits for it.
        """
        with self._lock:
            path, known, kept = self._path, self._stamp, self._meetings
        if path is None:
            return ()
        try:
            info = path.stat()
        except OSError:
            return kept  # mid-rewrite, or gone for now: keep what was read
        stamp = (info.st_mtime_ns, info.st_size, now.date())
        if stamp == known:
            return kept
        try:
            since = now - timedelta(days=WRITE_UP_DAYS + 1)
            read = tuple(seen(m) for m in read_calendar(path, since, now + timedelta(days=2)))
            problem = None
        except TransferError as exc:
            log.warning("the calendar file could not be read")
            read, problem = (), exc
        with self._lock:
            if path != self._path:
                return ()  # another file was chosen meanwhile: its list comes next
            said = self.problem
            self._stamp, self._meetings = stamp, read
            self.problem = problem.message if problem is not None else None
        if problem is not None and said != problem.message:  # said once, not at every look
            self.trouble.emit(problem.message, problem.hint)
        return read


def with_meetings(source: CalendarSource, whole: _Whole, part: _Part) -> tuple[_Whole, _Part]:
    """Today's work for the whole list and for a few customers, with meetings to write up."""

    def whole_list(journal: Journal, now: datetime, rules: RuleSettings, stop: _Stop) -> object:
        return _added(whole(journal, now, rules, stop), journal, now, source, None)

    def part_list(
        journal: Journal, now: datetime, rules: RuleSettings, stop: _Stop, ids: frozenset[int]
    ) -> object:
        return _added(part(journal, now, rules, stop, ids), journal, now, source, ids)

    return whole_list, part_list


def first_with_meetings(source: CalendarSource, first: _Whole) -> _Whole:
    """The work for the list's first items, with the meetings to write up (they come first)."""

    def first_list(journal: Journal, now: datetime, rules: RuleSettings, stop: _Stop) -> object:
        return _added(first(journal, now, rules, stop), journal, now, source, None)

    return first_list


def _added(
    answer: object,
    journal: Journal,
    now: datetime,
    source: CalendarSource,
    only: frozenset[int] | None,
) -> object:
    meetings = source.meetings(now)
    if not meetings or not isinstance(answer, TodayAnswer):
        return answer
    known = known_relationships(journal)
    met = customers_met(meetings, known)
    if only is not None:
        met &= only
    since = now - timedelta(days=WRITE_UP_DAYS + 1)
    items = write_ups(meetings, known, meeting_times(journal, met, since), now, only)
    return TodayAnswer(sorted([*answer.items, *items], key=list_order), answer.context)
