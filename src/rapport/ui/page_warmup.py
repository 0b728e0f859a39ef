"""The customer page's reads done once in the background after start, answers thrown away.

The first time a query runs, SQLAlchemy compiles it (all Python, a millisecond or more
each) and SQLite prepares it and reads its pages from the disk. A customer page asks
about twenty queries, so the first customer opened after start held the window a few
tenths of a second longer than any later one. Once the window shows, `warm_up` reads
one customer as the page does, in a worker thread: the engine keeps the compiled
statements for every thread, and the file's pages are in the cache. The worker holds
the interpreter's lock in short turns only (the background gate shortens the switch
interval while it runs), so the window stays answerable meanwhile.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from rapport.domain.settings import RuleSettings
from rapport.store import Journal, JournalError
from rapport.ui.background import start_thread
from rapport.ui.customer_choices import fold_ahead
from rapport.ui.models.timeline import PAGE

if TYPE_CHECKING:
    from rapport.ui.today_view import TodayView

log = logging.getLogger("rapport.ui.page_warmup")

#: The warm-up begins at the latest this long after the window shows (Today's first
#: page, which it waits for, is not painted in a minimised window).
AT_LATEST_MS = 2000


def warm_up(
    journal: Journal, customer_id: int, rules: Callable[[], RuleSettings]
) -> threading.Thread:
    """Read `customer_id` as opening their page does, in the background (see the module).

    Returns the worker: wait for it before the journal closes.
    """
    settings = rules()  # asked here, on the UI thread

    def job() -> None:
        read_as_the_page_does(journal, customer_id, settings)
        try:
            fold_ahead(journal.customers)  # Ctrl+N's picker: every customer, read and folded
        except JournalError as error:
            log.debug("the picker's warm-up stopped: %s", type(error).__name__)

    return start_thread(job, "page warm-up")


def read_as_the_page_does(journal: Journal, customer_id: int, rules: RuleSettings) -> None:
    """The customer page's reads of one customer (`CustomerPage.show_customer`)."""
    try:
        journal.timeline.header(customer_id)
        items = journal.timeline.page(customer_id, 0, PAGE)
        entries = [item.entry.id for item in items if item.entry is not None]
        if entries:
            journal.attachments.on_entries(entries)
        journal.people.of(customer_id)
        journal.facts.insight(customer_id, datetime.now().astimezone(), rules)
        journal.facts.latest_check_in(customer_id)
    except JournalError as error:  # gone meanwhile, or the file: the page will say so
        log.debug("the customer page's warm-up stopped: %s", type(error).__name__)


class WarmUpAfterToday(QObject):
    """Begins `warm_up` once Today's first page is on show, at the latest `AT_LATEST_MS`.

    Not as the window shows: the warm-up is SQLAlchemy work on a thread, which holds the
    interpreter's lock in turns with the UI thread; begun then, the first paint and
    Today's first page (60 ms more at 100k) waited for it.
    """

    def __init__(
        self,
        today: TodayView,
        journal: Journal,
        first: Callable[[], int | None],
        rules: Callable[[], RuleSettings],
    ) -> None:
        super().__init__(today)
        self._today, self._journal, self._first, self._rules = today, journal, first, rules
        self._thread: threading.Thread | None = None
        self._due = False  # armed, not begun yet

    def arm(self) -> None:
        """The window shows: begin after Today's first page (or why there is none)."""
        if self._thread is not None or self._due:
            return
        self._due = True
        self._today.updated.connect(self._after_paint)
        self._today.list.painted.connect(self._after_paint)
        QTimer.singleShot(AT_LATEST_MS, self, self.begin)

    def _after_paint(self) -> None:
        QTimer.singleShot(0, self, self.begin)

    def begin(self) -> None:
        """Begin now if armed and not begun (once)."""
        if not self._due:
            return
        self._due = False
        self._today.updated.disconnect(self._after_paint)
        self._today.list.painted.disconnect(self._after_paint)
        first = self._first()
        if first is not None:
            self._thread = warm_up(self._journal, first, self._rules)

    def disarm(self) -> None:
        """Never begin: the journal is let go of."""
        self._due = False

    def join(self) -> None:
        """Wait for the reads (blocking, without the event loop)."""
        if self._thread is not None:
            self._thread.join()
