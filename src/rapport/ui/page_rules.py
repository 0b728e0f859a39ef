"""The rules' answer about the customer shown, worked out off the UI thread.

After a change, the customer page reads its header at once (a few milliseconds) and
asks the rules (health, risks, suggestions: every entry of the customer, some 15 ms
for 2,000 entries) in the background, with the loader Today uses, once writes pause;
the newest answer wins, and one about a customer no longer shown is dropped.

Opening a customer asks the rules at once when that is cheap: the facts kept from an
earlier open (no read), or a short history (a few milliseconds). A long history is
read in the background as after a change (at once, not after a pause): every entry
of the 2,000-entry customer took 50-90 ms of the UI thread at a million entries.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from rapport.domain.checkins import CheckIn
from rapport.domain.settings import RuleSettings
from rapport.domain.today import CustomerInsight
from rapport.store import Journal, JournalError
from rapport.ui.today_loader import TodayLoader

#: After a write, the rules wait this long: a burst of writes is asked about once, and
#: the work (a Python thread holding the interpreter's lock in turns with the UI's)
#: starts after the window has shown the save, not while it does.
QUIET_MS = 100
#: A customer with at least this many entries has the rules asked in the background
#: when opened (unless what they need is kept).
BACKGROUND_HISTORY = 500


class PageRules(QObject):
    """Emits `answered(customer id, insight, latest check-in)`, or `failed()` in words."""

    answered = Signal(int, object, object)
    failed = Signal()

    def __init__(
        self,
        journal: Journal,
        shown: Callable[[], int | None],
        rules: Callable[[], RuleSettings],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._journal, self._rules = journal, rules
        self._shown = shown  # the customer shown (read when a job starts)
        self._loader = TodayLoader(
            journal, lambda: datetime.now().astimezone(), self, rules, work=self._ask
        )
        self._loader.ready.connect(self._on_ready)
        self._loader.failed.connect(self._on_failed)

    @property
    def busy(self) -> bool:
        """Whether an answer was asked for and has not come yet."""
        return self._loader.busy

    def request(self) -> None:
        """Ask the rules again about the customer shown, once writes pause (`QUIET_MS`)."""
        self._loader.request(QUIET_MS)

    def on_open(
        self, customer_id: int, history: int
    ) -> tuple[CustomerInsight, CheckIn | None] | None:
        """The answer for a customer being opened when it comes cheap, else None.

        `history`: how many entries the customer has. None: asked in the background,
        `answered` (or `failed`) follows. A read at once may raise JournalError.
        """
        facts, now, rules = self._journal.facts, datetime.now().astimezone(), self._rules()
        kept = facts.kept_insight(customer_id, now, rules)
        if kept is not None:
            return kept
        if history < BACKGROUND_HISTORY:
            return facts.insight(customer_id, now, rules), facts.latest_check_in(customer_id)
        self._loader.request(0)
        return None

    def shutdown(self) -> None:
        """Stop and wait for the job (the window is going)."""
        self._loader.shutdown()

    def _ask(
        self, journal: Journal, now: datetime, rules: RuleSettings, _stop: Callable[[], bool]
    ) -> object:
        customer_id = self._shown()
        if customer_id is None:
            return None
        insight = journal.facts.insight(customer_id, now, rules)
        return customer_id, insight, journal.checkins.latest(customer_id)

    def _on_ready(self, _now: datetime, answer: object) -> None:
        if isinstance(answer, tuple) and answer[0] == self._shown():
            self.answered.emit(*answer)

    def _on_failed(self, error: Exception) -> None:
        if not isinstance(error, JournalError):
            raise error
        self.failed.emit()
