"""The ledger on the Health tab: the balance in words, a count each way, open promises."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from rapport.domain.facts import EntryFact
from rapport.domain.kinds import EntryKind as K
from rapport.domain.kinds import Side
from rapport.domain.today import insight
from rapport.formatting import day
from rapport.ui.health_panel import HealthPanel

sys.path.insert(0, str(Path(__file__).parents[1] / "unit"))
from factbuilders import NOW, ago, check, entry, make


def both_ways():
    def word(kind: K, days: float, side: Side, id: int) -> EntryFact:
        return EntryFact(kind, ago(days), 1, id, side=side)

    return make(
        [
            *(entry(K.PURCHASE, d, id=100 + d) for d in range(8, 300, 21)),
            entry(K.FAVOUR_GIVEN, 120, 1, id=1),
            entry(K.FAVOUR_GIVEN, 70, 2, id=2),
            entry(K.FAVOUR_GIVEN, 30, 1, id=3),
            entry(K.FAVOUR_RECEIVED, 45, 2, id=4),
            word(K.COMMITMENT_MADE, 90, Side.OURS, 5),
            word(K.COMMITMENT_KEPT, 60, Side.OURS, 6),
            word(K.COMMITMENT_MADE, 40, Side.THEIRS, 7),
            word(K.COMMITMENT_MADE, 12, Side.OURS, 8),
            entry(K.MEETING, 5, 1, id=9),
        ],
        name="Café Lindeboom",
        check_ins=[check(20, trust=4, their_word=3, value=4, help=4, needs=4, liking=5)],
    )


def test_the_health_tab_shows_the_ledger_each_way(qtbot: QtBot) -> None:
    panel = HealthPanel()
    qtbot.addWidget(panel)
    panel.show_insight(insight(both_ways(), NOW), None, date(2026, 6, 1))
    text = panel.toPlainText()
    assert "Favours and promises" in text
    assert (
        "You have done 3 favours for them; they have done 1 for you. "
        "You owe them 1 promise; they owe you 1." in text
    )
    assert "Promises open" in text
    assert f"They promised on {day(date(2026, 4, 22))}: open for 40 days" in text
    assert f"You promised on {day(date(2026, 5, 20))}: open for 12 days" in text
    assert "Their word kept" in text and "Business substance" in text


def test_an_empty_ledger_says_how_to_fill_it(qtbot: QtBot) -> None:
    panel = HealthPanel()
    qtbot.addWidget(panel)
    panel.show_insight(insight(make([entry(K.CALL, 3)]), NOW), None, date(2026, 6, 1))
    assert "None logged yet." in panel.toPlainText()


def test_the_same_answer_again_leaves_the_reader_where_they_were(qtbot: QtBot) -> None:
    """The rules answer again after each write (or a reopening): the same words stay put."""
    panel = HealthPanel()
    qtbot.addWidget(panel)
    panel.resize(400, 200)
    panel.show()
    facts = both_ways()
    panel.show_insight(insight(facts, NOW), None, date(2026, 6, 1))
    bar = panel.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    read_to = bar.value()
    panel.show_insight(insight(facts, NOW), None, date(2026, 6, 1))
    assert bar.value() == read_to
    panel.show_insight(insight(facts, NOW), None, date(2026, 6, 30))  # other words
    assert "open for 41 days" in panel.toPlainText()
