"""What a write changed, by id, and the feed that tells whoever listens.

A `Change` is announced once per unit of work (store/unit_of_work.py), after its
commit; it is made from the rows the write touched, never written by hand, so no
write can forget to say what it did. The same feed can carry changes made elsewhere
(another program, later a server), so a view has one place to listen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

log = logging.getLogger("rapport.store")

_NONE: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Change:
    """What one write changed, so each view refreshes only what it must.

    The ids are of rows written in any way: added, edited, moved to the trash or back,
    deleted for good. `customers` also holds the customer of every entry, stage change,
    check-in, tag link or dismissed suggestion written (both customers when an entry
    moved from one to the other). `tags` says a tag or a customer's tags changed;
    `settings` that the owner's settings changed. `everything` says the write was too
    broad to list (an import, emptying the trash): every view reads afresh.

    `details`: of `customers`, those whose own row or people were written (not only
    their entries, stages or check-ins); None: not said, so any of `customers` (a
    change made by hand). A save of an entry names its customer with no details, so
    what shows only details (the status bar's counts, the page's people) stays. It is
    a refinement of `customers`, not compared: two changes naming the same rows are equal.
    """

    customers: frozenset[int] = _NONE
    entries: frozenset[int] = _NONE
    stage_changes: frozenset[int] = _NONE
    check_ins: frozenset[int] = _NONE
    tags: bool = False
    settings: bool = False
    everything: bool = False
    details: frozenset[int] | None = field(default=None, compare=False)

    @property
    def stages(self) -> bool:
        """Whether a stage change was written (or everything may have changed)."""
        return self.everything or bool(self.stage_changes)

    @property
    def empty(self) -> bool:
        """Whether nothing changed at all (such a change is never announced)."""
        return self == _NOTHING

    def touches(self, customer_id: int) -> bool:
        """Whether this change concerns the given customer (or everything)."""
        return self.everything or customer_id in self.customers

    @property
    def details_written(self) -> frozenset[int]:
        """The customers whose own row or people may have been written (see `details`)."""
        return self.customers if self.details is None else self.details

    def touches_details(self, customer_id: int) -> bool:
        """Whether this change may have written the customer's own row or people."""
        return self.everything or customer_id in self.details_written

    def touches_entry(self, entry_id: int) -> bool:
        """Whether this change wrote the given entry (or everything)."""
        return self.everything or entry_id in self.entries

    def merge(self, other: Change) -> Change:
        """Both changes as one: what either of them changed."""
        return Change(
            customers=self.customers | other.customers,
            entries=self.entries | other.entries,
            stage_changes=self.stage_changes | other.stage_changes,
            check_ins=self.check_ins | other.check_ins,
            tags=self.tags or other.tags,
            settings=self.settings or other.settings,
            everything=self.everything or other.everything,
            details=self.details_written | other.details_written,
        )

    __or__ = merge

    @classmethod
    def of(
        cls,
        *,
        customers: Iterable[int] = (),
        entries: Iterable[int] = (),
        stage_changes: Iterable[int] = (),
        check_ins: Iterable[int] = (),
        tags: bool = False,
        settings: bool = False,
        everything: bool = False,
        details: Iterable[int] | None = None,
    ) -> Change:
        """A change from any iterables of ids (a test's or a notifier's shorthand)."""
        return cls(
            frozenset(customers),
            frozenset(entries),
            frozenset(stage_changes),
            frozenset(check_ins),
            tags,
            settings,
            everything,
            None if details is None else frozenset(details),
        )


_NOTHING = Change()

Listener = Callable[[Change], None]


class ChangeFeed:
    """The listeners of one journal, told of every change in the order they subscribed."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call listener with every change from now on; returns what unsubscribes it."""
        self._listeners.append(listener)
        return lambda: self.unsubscribe(listener)

    def unsubscribe(self, listener: Listener) -> None:
        """Stop telling listener (nothing happens if it was not listening)."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    def publish(self, change: Change) -> None:
        """Tell every listener; an empty change is not told.

        The change is saved already: a listener that fails must not unsay it, nor keep
        the others from hearing it. Its failure is logged as an error, which fails any
        test in which it happens (tests/conftest.py).
        """
        if change.empty:
            return
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:
                log.exception("a listener failed after a successful write")
