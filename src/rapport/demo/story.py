"""The story engine: turns one `Character` into dated entries and stage changes.

Scripted beats land on their day; everyday entries fill the time between them,
drawn from the pool that fits the customer's stage (or phase) at that moment.
Every random choice comes from the `random.Random` handed in, so the same seed and
the same "now" always write the same journal.
"""

from __future__ import annotations

import bisect
import logging
import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from rapport.demo.model import Beat, Character, CheckInBeat, Phase, Template
from rapport.demo.pools import POOLS
from rapport.domain.checkins import Answers, CheckIn
from rapport.domain.customers import Status
from rapport.domain.entries import EntryDraft
from rapport.domain.stages import INITIAL_STAGE, Stage
from rapport.store import Journal

log = logging.getLogger("rapport.demo")

#: How long after an entry the owner accepted the stage move it suggested.
STAGE_DELAY = timedelta(minutes=10)
#: When the owner fills in a check-in: after closing, with the day's orders done.
CHECK_IN_TIME = time(17, 30)
#: Everyday entries keep this far from a scripted beat, so key moments stand alone.
QUIET_DAYS = 1
#: Everyday follow-ups older than this were all ticked off long ago...
FORGOTTEN_AFTER = timedelta(days=30)
#: ...and of the more recent ones that fell due, this share was ticked off (the rest are overdue).
DONE_SHARE = 0.6

_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)  # fmt: skip
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class _Planned:
    """One write: an entry, and the stage move it caused, if any."""

    at: datetime
    entry: EntryDraft
    stage: Stage | None = None
    reason: str = ""


def moment(now: datetime, days_ago: int, rng: random.Random) -> datetime:
    """A working-hours time (UTC) on the day `days_ago` days before now."""
    if days_ago < 1:
        raise ValueError("demo moments lie at least one day in the past")
    day = (now - timedelta(days=days_ago)).date()
    return datetime.combine(day, time(rng.randint(7, 16), rng.randrange(0, 60, 5)), tzinfo=UTC)


def write_character(
    journal: Journal, character: Character, now: datetime, rng: random.Random
) -> int:
    """Create the customer and its whole story in the journal; return the customer's id."""
    beats = sorted(character.beats, key=lambda b: -b.day)
    if not beats or beats[0].day != character.start:
        raise ValueError(f"{character.key}: the first beat must fall on the start day")
    beat_times = [moment(now, beat.day, rng) for beat in beats]
    customer_id = journal.customers.create(
        character.draft, stage=INITIAL_STAGE, since=beat_times[0]
    )
    active = character.status is Status.ACTIVE
    plan = [
        _beat_plan(customer_id, beat, at, now, active)
        for beat, at in zip(beats, beat_times, strict=True)
    ]
    history = _stage_history(plan, beat_times[0])
    plan += _routine(customer_id, character, history, beat_times, now, rng)
    plan.sort(key=lambda p: p.at)
    for item in plan:
        entry_id = journal.entries.add(item.entry)
        if item.stage is not None:
            at = item.at + STAGE_DELAY
            journal.entries.change_stage(customer_id, item.stage, at, item.reason, entry_id)
    for check_in in character.check_ins:
        journal.checkins.add(_check_in(customer_id, check_in, now))
    if not active:
        journal.customers.set_status(customer_id, character.status)
    log.debug("demo customer %s: %d writes", character.key, len(plan))
    return customer_id


def _check_in(customer_id: int, beat: CheckInBeat, now: datetime) -> CheckIn:
    """A check-in at the end of the working day (no random draw, so entries stay the same)."""
    if beat.day < 1:
        raise ValueError("demo check-ins lie at least one day in the past")
    day = (now - timedelta(days=beat.day)).date()
    answers = Answers(
        trust=beat.trust,
        their_word=beat.their_word,
        value=beat.value,
        help=beat.help,
        needs=beat.needs,
        liking=beat.liking,
    )
    at = datetime.combine(day, CHECK_IN_TIME, tzinfo=UTC)
    return CheckIn(customer_id, at, answers, beat.note)


def _beat_plan(customer_id: int, beat: Beat, at: datetime, now: datetime, active: bool) -> _Planned:
    follow_up: date | None = None
    done = False
    if beat.follow is not None:
        follow_up = at.date() + timedelta(days=beat.follow)
        passed = follow_up < now.date()
        done = beat.done if beat.done is not None else (passed or not active)
    draft = EntryDraft(
        customer_id=customer_id,
        occurred_at=at,
        kind=beat.kind,
        title=beat.title,
        body=beat.body,
        sentiment=beat.mood,
        private=beat.private,
        follow_up_on=follow_up,
        follow_up_done=done,
    )
    return _Planned(at, draft, beat.move, beat.reason)


def _stage_history(plan: list[_Planned], start: datetime) -> list[tuple[datetime, Stage]]:
    """Every (time, stage) of the story so far, oldest first, starting with the first one."""
    moves = [(p.at, p.stage) for p in plan if p.stage is not None]
    return [(start, INITIAL_STAGE), *sorted(moves, key=lambda m: m[0])]


def _stage_at(history: list[tuple[datetime, Stage]], at: datetime) -> Stage:
    index = bisect.bisect_right([h[0] for h in history], at) - 1
    return history[max(index, 0)][1]


def _phase_at(phases: tuple[Phase, ...], now: datetime, at: datetime) -> Phase | None:
    current: Phase | None = None
    for phase in sorted(phases, key=lambda p: -p.day):
        if now - timedelta(days=phase.day) <= at:
            current = phase
    return current


def _routine_times(
    character: Character, beat_times: list[datetime], now: datetime, rng: random.Random
) -> list[datetime]:
    """Times of the everyday entries, walking back from the last contact to the start."""
    first = beat_times[0]
    beat_days = {t.date() for t in beat_times}
    times: list[datetime] = []
    end = character.end
    if end is None:  # a recent contact, well inside the customer's cadence
        cadence = character.draft.cadence_days or 30
        end = rng.randint(1, max(1, min(12, cadence // 3)))
    at = moment(now, end, rng)
    while at > first + timedelta(days=2):
        near_beat = any(abs((at.date() - day).days) <= QUIET_DAYS for day in beat_days)
        if not near_beat:
            times.append(at)
        at = moment(now, (now.date() - at.date()).days + rng.randint(*character.gap), rng)
    return sorted(times)


class _Decks:
    """Shuffled decks of templates, one per pool, drawn without repeats until empty.

    A template marked `once` is used at most once per customer, and a refilled deck
    never starts with the template drawn last.
    """

    def __init__(self, character: Character, rng: random.Random) -> None:
        self._character = character
        self._rng = rng
        self._decks: dict[str, list[Template]] = {}
        self._used: set[Template] = set()
        self._last: Template | None = None

    def draw(self, pool: str) -> Template:
        deck = self._decks.get(pool)
        if not deck:
            deck = [
                t
                for t in POOLS[pool]
                if t.kind not in self._character.exclude and not (t.once and t in self._used)
            ]
            if not deck:
                raise ValueError(f"{self._character.key}: pool {pool} has nothing left")
            self._rng.shuffle(deck)
            if len(deck) > 1 and deck[-1] == self._last:
                deck[0], deck[-1] = deck[-1], deck[0]
            self._decks[pool] = deck
        template = deck.pop()
        self._used.add(template)
        self._last = template
        return template


def _routine(
    customer_id: int,
    character: Character,
    history: list[tuple[datetime, Stage]],
    beat_times: list[datetime],
    now: datetime,
    rng: random.Random,
) -> list[_Planned]:
    decks = _Decks(character, rng)
    active = character.status is Status.ACTIVE
    base = {
        "first": (character.draft.name.split()[0],),
        "org": (character.draft.organisation,),
        **character.words,
    }
    planned: list[_Planned] = []
    for at in _routine_times(character, beat_times, now, rng):
        phase = _phase_at(character.phases, now, at)
        pool = (phase.pool if phase else None) or _stage_at(history, at).value
        template = decks.draw(pool)
        words = {**base, **(phase.words if phase else {})}
        fill = _Filler(words, at, rng)
        follow_up: date | None = None
        done = False
        if template.follow is not None:
            follow_up = at.date() + timedelta(days=template.follow)
            passed = follow_up < now.date()
            long_ago = follow_up < (now - FORGOTTEN_AFTER).date()
            done = passed and (not active or long_ago or rng.random() < DONE_SHARE)
        draft = EntryDraft(
            customer_id=customer_id,
            occurred_at=at,
            kind=template.kind,
            title=fill(template.title),
            body=fill(template.body),
            sentiment=rng.choice(template.moods),
            private=template.private,
            follow_up_on=follow_up,
            follow_up_done=done,
        )
        planned.append(_Planned(at, draft))
    return planned


class _Filler:
    """Fills a template's placeholders, choosing each word once per entry."""

    def __init__(
        self, words: Mapping[str, tuple[str, ...]], at: datetime, rng: random.Random
    ) -> None:
        self._chosen = {key: rng.choice(choices) for key, choices in sorted(words.items())}
        self._chosen["month"] = _MONTHS[at.month - 1]
        self._chosen["weekday"] = _WEEKDAYS[at.weekday()]

    def __call__(self, text: str) -> str:
        filled = text.format_map(self._chosen)
        return filled[:1].upper() + filled[1:]
