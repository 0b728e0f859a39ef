"""The ledger of a relationship: favours and promises each way, and the balance in words.

Seed 002 names help offered both ways and commitments honoured both ways as signs
of a partnership. The ledger lays them out over the whole record:

- a favour given is ours, a favour received theirs;
- a commitment is the word of its side (`EntryFact.side`; none recorded means ours,
  as entries written before sides existed were the owner's own promises). A promise
  made stays **open** until a "kept" or "broken" entry of the same side follows it;
  each such entry settles the oldest open promise of its side. A kept or broken
  entry with no open promise before it stands alone (the promise was never logged).

Open promises come first (oldest first: the longest waiting), then everything else,
newest first.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from rapport.domain.facts import EntryFact
from rapport.domain.kept import LONG, ByIdentity
from rapport.domain.kinds import COMMITMENT_KINDS, EntryKind, Side
from rapport.i18n import Words

LedgerText = Words("LedgerText")

#: Ledgers of whole sequences of entries, worked out once per sequence (`ledger`).
_WHOLE: ByIdentity[Sequence[EntryFact], Ledger] = ByIdentity()

#: The kinds a ledger line rests on: favours each way and the commitments.
_LEDGER_KINDS = frozenset(
    {
        EntryKind.FAVOUR_GIVEN,
        EntryKind.FAVOUR_RECEIVED,
        EntryKind.COMMITMENT_MADE,
        EntryKind.COMMITMENT_KEPT,
        EntryKind.COMMITMENT_BROKEN,
    }
)


class State(StrEnum):
    """What became of a line: a favour is done; a promise is open, kept or broken."""

    DONE = "done"
    OPEN = "open"
    KEPT = "kept"
    BROKEN = "broken"


@dataclass(frozen=True)
class LedgerLine:
    """One favour or promise: whose, when, and what became of it (with the entries)."""

    side: Side
    promise: bool
    state: State
    at: datetime
    entry_id: int | None
    settled_at: datetime | None = None
    settled_by: int | None = None  # the entry that kept or broke it

    @property
    def entry_ids(self) -> tuple[int, ...]:
        """The entries this line rests on."""
        return tuple(i for i in (self.entry_id, self.settled_by) if i is not None)


@dataclass(frozen=True)
class Ledger:
    """Favours and promises each way, open ones first, with the counts the balance reads."""

    lines: tuple[LedgerLine, ...]

    def count(self, side: Side, promise: bool, state: State | None = None) -> int:
        """Lines of one side and sort (in one state, when given)."""
        return sum(
            1
            for x in self.lines
            if x.side is side and x.promise is promise and (state is None or x.state is state)
        )

    @property
    def open(self) -> tuple[LedgerLine, ...]:
        """The promises not yet kept or broken, the longest waiting first."""
        return tuple(x for x in self.lines if x.state is State.OPEN)

    def balance(self) -> tuple[str, ...]:
        """The balance in words: favours each way, then the promises still owed."""
        ours = self.count(Side.OURS, promise=False)
        theirs = self.count(Side.THEIRS, promise=False)
        if ours or theirs:
            favours = LedgerText.tr(
                "You have done %n favour(s) for them; they have done {theirs} for you.", "", ours
            ).format(theirs=theirs)
        else:
            favours = LedgerText.tr("No favours either way yet.")
        we_owe = self.count(Side.OURS, True, State.OPEN)
        they_owe = self.count(Side.THEIRS, True, State.OPEN)
        if we_owe and they_owe:
            owed = LedgerText.tr("You owe them %n promise(s); they owe you {theirs}.", "", we_owe)
        elif we_owe:
            owed = LedgerText.tr("You owe them %n promise(s).", "", we_owe)
        elif they_owe:
            owed = LedgerText.tr("They owe you %n promise(s).", "", they_owe)
        else:
            owed = LedgerText.tr("No promise is open either way.")
        return favours, owed.format(theirs=they_owe)


def side_of(entry: EntryFact) -> Side:
    """Whose favour or word an entry is (a commitment without a side is ours)."""
    if entry.kind is EntryKind.FAVOUR_RECEIVED:
        return Side.THEIRS
    if entry.kind in COMMITMENT_KINDS:
        return entry.side or Side.OURS
    return Side.OURS


def ledger(entries: Sequence[EntryFact], now: datetime | None = None) -> Ledger:
    """The ledger of entries sorted by time (up to `now`, when given).

    With every entry up to `now`, the moment changes nothing: a long history's ledger
    is worked out once per sequence of entries (a page opened again asks again).
    """
    if len(entries) >= LONG and (now is None or entries[-1].at <= now):
        return _WHOLE.get(entries, None, lambda: _ledger(entries, None))
    return _ledger(entries, now)


def _ledger(entries: Sequence[EntryFact], now: datetime | None) -> Ledger:
    waiting: dict[Side, deque[EntryFact]] = {Side.OURS: deque(), Side.THEIRS: deque()}
    done: list[LedgerLine] = []
    for e in entries:
        if now is not None and e.at > now:
            break
        kind = e.kind
        if kind not in _LEDGER_KINDS:  # most entries: a long history is mostly these
            continue
        side = side_of(e)
        if kind in (EntryKind.FAVOUR_GIVEN, EntryKind.FAVOUR_RECEIVED):
            done.append(LedgerLine(side, False, State.DONE, e.at, e.id))
        elif kind is EntryKind.COMMITMENT_MADE:
            waiting[side].append(e)
        elif kind in (EntryKind.COMMITMENT_KEPT, EntryKind.COMMITMENT_BROKEN):
            state = State.KEPT if kind is EntryKind.COMMITMENT_KEPT else State.BROKEN
            if waiting[side]:
                made = waiting[side].popleft()
                done.append(LedgerLine(side, True, state, made.at, made.id, e.at, e.id))
            else:
                done.append(LedgerLine(side, True, state, e.at, e.id, e.at, e.id))
    still = sorted(
        (LedgerLine(s, True, State.OPEN, e.at, e.id) for s, q in waiting.items() for e in q),
        key=lambda x: x.at,
    )
    done.sort(key=lambda x: x.settled_at or x.at, reverse=True)
    return Ledger((*still, *done))
