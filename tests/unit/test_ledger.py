"""The ledger of favours and promises each way, and one-way street reading both (issue 15)."""

from __future__ import annotations

from datetime import timedelta

from factbuilders import NOW, K, ago, entry, make
from hypothesis import given
from hypothesis import strategies as st

from rapport.domain.facts import EntryFact
from rapport.domain.kinds import Side
from rapport.domain.ledger import State, ledger
from rapport.domain.risk import RiskSettings, one_way_street

S = RiskSettings()


def word(kind: K, days_ago: float, side: Side | None, id: int) -> EntryFact:
    return EntryFact(kind, ago(days_ago), None, id, side=side)


def test_open_promises_first_and_the_balance_in_words() -> None:
    facts = make(
        [
            entry(K.FAVOUR_GIVEN, 90, id=1),
            entry(K.FAVOUR_GIVEN, 60, id=2),
            entry(K.FAVOUR_GIVEN, 30, id=3),
            entry(K.FAVOUR_RECEIVED, 20, id=4),
            word(K.COMMITMENT_MADE, 50, Side.THEIRS, 5),  # they promised, not yet kept
            word(K.COMMITMENT_MADE, 40, None, 6),  # ours (written before sides existed) …
            word(K.COMMITMENT_KEPT, 10, Side.OURS, 7),  # … and kept
        ]
    )
    book = ledger(facts.entries)
    assert book.balance() == (
        "You have done 3 favours for them; they have done 1 for you.",
        "They owe you 1 promise.",
    )
    first = book.lines[0]
    assert (first.side, first.promise, first.state, first.entry_id) == (
        Side.THEIRS,
        True,
        State.OPEN,
        5,
    )
    kept = next(x for x in book.lines if x.state is State.KEPT)
    assert kept.entry_ids == (6, 7) and kept.settled_at == ago(10)
    assert [x.entry_id for x in book.lines[1:]] == [6, 4, 3, 2, 1]  # the rest newest first


def test_each_settling_entry_settles_the_oldest_open_promise_of_its_own_side() -> None:
    entries = [
        word(K.COMMITMENT_MADE, 30, Side.OURS, 1),
        word(K.COMMITMENT_MADE, 20, Side.OURS, 2),
        word(K.COMMITMENT_BROKEN, 15, Side.THEIRS, 3),  # theirs: settles nothing of ours
        word(K.COMMITMENT_BROKEN, 10, Side.OURS, 4),
    ]
    book = ledger(entries)
    assert [(x.entry_id, x.state) for x in book.lines] == [
        (2, State.OPEN),
        (1, State.BROKEN),
        (3, State.BROKEN),
    ]
    assert book.balance() == ("No favours either way yet.", "You owe them 1 promise.")


def test_an_empty_record_has_an_even_ledger() -> None:
    assert ledger(()).balance() == ("No favours either way yet.", "No promise is open either way.")


kinds = st.sampled_from([K.FAVOUR_GIVEN, K.FAVOUR_RECEIVED, K.COMMITMENT_MADE,
                         K.COMMITMENT_KEPT, K.COMMITMENT_BROKEN, K.CALL])  # fmt: skip


@given(st.lists(st.tuples(kinds, st.sampled_from([None, *Side]), st.integers(0, 900))))
def test_every_favour_and_promise_is_on_the_ledger_once(raw: list) -> None:
    entries = sorted(
        (EntryFact(k, NOW - timedelta(days=d), None, n, side=s) for n, (k, s, d) in enumerate(raw)),
        key=lambda e: e.at,
    )
    book = ledger(entries)
    rested_on = [i for line in book.lines for i in line.entry_ids]
    assert sorted(set(rested_on)) == sorted(e.id for e in entries if e.kind is not K.CALL)
    states = [x.state for x in book.lines]
    assert states == sorted(states, key=lambda s: s is not State.OPEN)  # open ones first


# --- one-way street, both ways -------------------------------------------------------


def test_promises_only_from_our_side_make_a_one_way_street() -> None:
    facts = make(
        [
            entry(K.FAVOUR_GIVEN, 100),
            word(K.COMMITMENT_MADE, 80, Side.OURS, 2),
            word(K.COMMITMENT_KEPT, 40, Side.OURS, 3),
        ]
    )
    signal = one_way_street(facts, NOW, S)
    assert signal is not None
    assert signal.evidence == (
        "1 favour given and 0 received in the last 12 months.",
        "2 promises made or kept by you and 0 by them in the last 12 months.",
    )


def test_a_promise_they_keep_is_something_coming_back() -> None:
    given = [entry(K.FAVOUR_GIVEN, d) for d in (10, 50, 90, 130)]
    assert one_way_street(make(given), NOW, S) is not None
    kept = word(K.COMMITMENT_KEPT, 20, Side.THEIRS, 9)
    assert one_way_street(make([*given, kept]), NOW, S) is None
    broken = word(K.COMMITMENT_BROKEN, 20, Side.THEIRS, 9)
    assert one_way_street(make([*given, broken]), NOW, S) is not None


def test_promises_alone_do_not_make_a_street_one_way() -> None:
    """A sale is our promise against their payment, which the journal does not log."""
    ours = [word(K.COMMITMENT_KEPT, d, side, d) for d, side in ((10, None), (50, Side.OURS))]
    assert one_way_street(make([*ours, word(K.COMMITMENT_MADE, 90, Side.OURS, 90)]), NOW, S) is None
