"""Stage suggestions: conflict, compromise and deeper understanding, and remembered dismissals."""

from __future__ import annotations

from factbuilders import NOW, K, check, entry, make

from rapport.domain.stages import Stage
from rapport.domain.suggestions import is_compromise, suggest_stages


def stages_of(facts) -> list[Stage]:
    return [s.stage for s in suggest_stages(facts, NOW)]


def test_a_recent_complaint_suggests_conflict() -> None:
    facts = make([entry(K.COMPLAINT, 3, -2, id=7)])
    (suggestion,) = suggest_stages(facts, NOW)
    assert suggestion.stage is Stage.CONFLICT
    assert suggestion.basis == "entry:7"
    assert suggestion.entry_id == 7
    assert suggestion.reason == "Complaint logged"  # the evidence does not say it again
    assert suggestion.evidence == ("On 29 May 2026, while the customer was in Compatibility.",)


def test_a_complaint_is_not_suggested_again_once_handled_or_old() -> None:
    in_conflict = make(
        [entry(K.COMPLAINT, 3, -2)], stages=[(Stage.COMPATIBILITY, 400), (Stage.CONFLICT, 3)]
    )
    assert stages_of(in_conflict) == []
    moved_on = make(
        [entry(K.COMPLAINT, 10, -2)], stages=[(Stage.CONFLICT, 10), (Stage.COMPROMISE, 5)]
    )
    assert stages_of(moved_on) == []
    assert stages_of(make([entry(K.COMPLAINT, 61, -2)])) == []


def test_a_compromise_while_in_conflict_suggests_compromise() -> None:
    facts = make(
        [entry(K.COMPLAINT, 20, -2), entry(K.COMMITMENT_MADE, 4, 1, id=12)],
        stages=[(Stage.COMPATIBILITY, 400), (Stage.CONFLICT, 20)],
    )
    (suggestion,) = suggest_stages(facts, NOW)
    assert suggestion.stage is Stage.COMPROMISE
    assert suggestion.basis == "entry:12"
    assert suggestion.evidence[1] == "Commitment made on 28 May 2026, taken well (sentiment +1)."


def test_what_counts_as_a_compromise() -> None:
    assert is_compromise(entry(K.FAVOUR_GIVEN, 1, 2))
    assert is_compromise(entry(K.FAVOUR_RECEIVED, 1, 1))
    assert is_compromise(entry(K.COMMITMENT_KEPT, 1, 1))
    assert not is_compromise(entry(K.FAVOUR_GIVEN, 1, 0))  # adapting into continued anger
    assert not is_compromise(entry(K.FAVOUR_GIVEN, 1))  # unrated: we cannot tell
    assert not is_compromise(entry(K.MEETING, 1, 2))  # a good meeting is mood, not a settlement
    assert not is_compromise(entry(K.COMMITMENT_BROKEN, 1, 1))


def test_a_compromise_before_the_conflict_does_not_count() -> None:
    facts = make(
        [entry(K.FAVOUR_GIVEN, 30, 2), entry(K.COMPLAINT, 20, -2)],
        stages=[(Stage.COMPATIBILITY, 400), (Stage.CONFLICT, 20)],
    )
    assert stages_of(facts) == []


def thriving(stage: Stage = Stage.COMPROMISE, favours=(20, 100), since: int = 200):
    contacts = [entry(K.MEETING, d, 1) for d in range(0, 400, 10)]
    return make(
        [*contacts, *(entry(K.FAVOUR_GIVEN, d, 1) for d in favours)],
        stages=[(Stage.COMPATIBILITY, 400), (stage, since)],
        check_ins=[check(d, trust=5, their_word=4, value=4, help=4, needs=4) for d in (5, 95)],
    )


def test_sustained_health_with_proactive_help_suggests_deeper_understanding() -> None:
    (suggestion,) = suggest_stages(thriving(), NOW)
    assert suggestion.stage is Stage.DEEPER_UNDERSTANDING
    assert suggestion.evidence[1] == "2 favours given in the last 6 months."
    assert suggestion.basis.startswith("stage:")


def test_deeper_understanding_near_misses() -> None:
    assert stages_of(thriving(favours=(20,))) == []  # not proactive enough
    assert stages_of(thriving(favours=(20, 190))) == []  # the second favour is too old
    assert stages_of(thriving(since=30)) == []  # too soon after the last move
    assert stages_of(thriving(stage=Stage.ATTRACTION)) == []
    quiet_lately = thriving()
    quiet_lately = make(
        [e for e in quiet_lately.entries if (NOW - e.at).days > 70 or e.kind is K.FAVOUR_GIVEN],
        stages=[(Stage.COMPATIBILITY, 400), (Stage.COMPROMISE, 200)],
    )
    assert stages_of(quiet_lately) == []  # health not sustained


def test_a_dismissed_suggestion_stays_dismissed_until_new_evidence() -> None:
    facts = make(
        [entry(K.COMPLAINT, 3, -2, id=7)], dismissed=frozenset({(Stage.CONFLICT, "entry:7")})
    )
    assert stages_of(facts) == []
    again = make(
        [entry(K.COMPLAINT, 3, -2, id=7), entry(K.COMPLAINT, 1, -2, id=9)],
        dismissed=frozenset({(Stage.CONFLICT, "entry:7")}),
    )
    assert [s.basis for s in suggest_stages(again, NOW)] == ["entry:9"]
