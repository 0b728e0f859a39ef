"""What the rules work out once per facts object answers each moment and setting as asked."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from factbuilders import NOW, K, entry, make

from rapport.domain.facts import EntryFact
from rapport.domain.health import HealthSettings, health
from rapport.domain.kept import LONG
from rapport.domain.kinds import Side
from rapport.domain.ledger import State, ledger

#: A history long enough to be worked out once per facts object.
OLD_NOTES = [entry(K.NOTE, 1000 + n, id=1000 + n) for n in range(LONG)]


def test_the_same_facts_asked_at_another_moment_or_setting_answer_for_it() -> None:
    """A page opened again asks about the same facts at a later moment."""
    facts = make([*OLD_NOTES, entry(K.MEETING, 200, id=1), entry(K.CALL, 20, id=2, sentiment=2)])
    later = NOW + timedelta(days=150)
    first = health(facts, NOW)
    again = health(facts, later)
    fresh = replace(facts)  # equal facts, another object: worked out from scratch
    assert fresh is not facts
    assert again == health(fresh, later)
    assert again.days_since_contact == first.days_since_contact + 150
    strict = HealthSettings(base=20)
    assert health(facts, NOW, strict) == health(fresh, NOW, strict)
    assert health(facts, NOW, strict).score < first.score


def test_a_ledger_kept_whole_still_stops_at_the_moment_asked() -> None:
    made = EntryFact(K.COMMITMENT_MADE, NOW - timedelta(days=10), None, 1, side=Side.OURS)
    kept = EntryFact(K.COMMITMENT_KEPT, NOW - timedelta(days=2), None, 2, side=Side.OURS)
    entries = (*make(OLD_NOTES).entries, made, kept)
    assert ledger(entries, NOW).lines[0].state is State.KEPT
    assert len(ledger(entries, NOW).lines) == 1
    before = ledger(entries, NOW - timedelta(days=5))
    assert [line.state for line in before.lines] == [State.OPEN]
    assert ledger(entries, NOW) == ledger(tuple(entries)) == ledger(entries[-2:])
