"""The pieces a demo story is written in: characters, scripted beats, routine templates.

A `Character` is one demo customer: the details typed into the customer form, the
scripted moments of its story (`Beat`), the check-ins the owner filled in
(`CheckInBeat`) and the pools its everyday entries are drawn from (`Phase`,
`Template`). Days are counted backwards from "now", so the
same story lands on fresh dates whenever the demo is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from rapport.domain.customers import CustomerDraft, Status
from rapport.domain.kinds import EntryKind
from rapport.domain.stages import Stage

#: Sentiment choices for a template: one is picked at random; None means unrated.
Moods = tuple[int | None, ...]


def md(*lines: str) -> str:
    """Join lines into one Markdown body (an empty string makes a blank line)."""
    return "\n".join(lines)


@dataclass(frozen=True)
class Beat:
    """A scripted moment of a customer's story, `day` days before now.

    `move` is the stage the customer moves to because of this entry; the stage
    change is recorded a few minutes after the entry and linked to it.
    """

    day: int
    kind: EntryKind
    title: str
    body: str
    mood: int | None = None
    move: Stage | None = None
    reason: str = ""
    private: bool = False
    #: A follow-up due this many days after the entry.
    follow: int | None = None
    #: Whether the follow-up is done; None means "done once its date has passed".
    done: bool | None = None


@dataclass(frozen=True)
class CheckInBeat:
    """A check-in the owner filled in `day` days before now (see `domain.checkins`).

    Answers run 1 (not at all) … 5 (fully); a question left out is "don't know".
    """

    day: int
    trust: int | None = None
    their_word: int | None = None
    value: int | None = None
    help: int | None = None
    needs: int | None = None
    liking: int | None = None
    note: str = ""


@dataclass(frozen=True)
class Template:
    """An everyday entry, written once and filled in for each customer.

    `{first}`, `{org}`, `{place}`, `{blend}`, `{qty}`, `{staff}`, `{month}` and
    `{weekday}` in the title and body are replaced by the customer's own words.
    """

    kind: EntryKind
    title: str
    body: str
    moods: Moods = (1,)
    follow: int | None = None
    private: bool = False
    #: A reflection written once per customer, never repeated.
    once: bool = False


@dataclass(frozen=True)
class Phase:
    """From `day` days before now, everyday entries come from `pool` and use `words`.

    Without a pool, the pool of the customer's stage at the time is used.
    """

    day: int
    pool: str | None = None
    words: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Character:
    """One demo customer and the story the journal tells about it.

    The first beat must fall on `start`, the day of first contact. Everyday entries
    are spread between `start` and `end` (days before now), `gap` days apart.
    """

    key: str
    draft: CustomerDraft
    start: int
    beats: tuple[Beat, ...]
    words: Mapping[str, tuple[str, ...]]
    gap: tuple[int, int]
    end: int | None = None  # days since the last contact; None: a few, drawn per customer
    phases: tuple[Phase, ...] = ()
    exclude: frozenset[EntryKind] = frozenset()
    status: Status = Status.ACTIVE
    check_ins: tuple[CheckInBeat, ...] = ()
