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

from rapport.domain.settings import RuleSettings
from rapport.store import Journal, JournalError
from rapport.ui.background import start_thread
from rapport.ui.models.timeline import PAGE

log = logging.getLogger("rapport.ui.page_warmup")


def warm_up(
    journal: Journal, customer_id: int, rules: Callable[[], RuleSettings]
) -> threading.Thread:
    """Read `customer_id` as opening their page does, in the background (see the module).

    Returns the worker: wait for it before the journal closes.
    """
    settings = rules()  # asked here, on the UI thread
    job = lambda: read_as_the_page_does(journal, customer_id, settings)  # noqa: E731
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
