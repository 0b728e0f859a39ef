"""Edit → Undo on a team journal asks before it would overwrite a colleague's later change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import cast

import pytest
from pytestqt.qtbot import QtBot

from msgboxes import MessageBoxes
from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store import Journal
from rapport.store.server import ServerLocation
from rapport.store.team import add_user, init_team
from rapport.ui.main_window import MainWindow

WindowFactory = Callable[[Path], MainWindow]
T0 = datetime(2025, 3, 10, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize("keep", [True, False], ids=["keeps-theirs", "undoes-anyway"])
def test_undo_over_a_colleagues_change_asks_and_keeps_it_unless_told(
    qtbot: QtBot, make_window: WindowFactory, pg_location: ServerLocation, keep: bool
) -> None:
    init_team(pg_location)
    add_user(pg_location, "jens")
    add_user(pg_location, "maria")
    window = make_window(cast(Path, replace(pg_location, user="jens")))
    journal = window.bridge.journal
    cid = journal.customers.create(CustomerDraft(name="Greta Olsen"))
    eid = journal.entries.add(
        EntryDraft(customer_id=cid, occurred_at=T0, body="Call", follow_up_on=date(2025, 4, 1))
    )
    stack = window.controller.undo_stack
    assert window.insight.set_follow_up_done(eid, True)
    assert stack.canUndo()
    maria = Journal.open(replace(pg_location, user="maria"))  # her Rapport, another connection
    try:
        entry = maria.entries.get(eid)
        fields = {f: getattr(entry, f) for f in EntryDraft.__dataclass_fields__}
        maria.entries.update(eid, EntryDraft(**{**fields, "body": "Call again"}), base=entry)
    finally:
        maria.close()

    MessageBoxes.answers.append(keep)  # yes: "Keep their change"
    stack.undo()
    asked = MessageBoxes.log[-1]
    assert asked.kind == "question" and asked.title == "Undo Mark follow-up done"
    assert asked.text.startswith("maria changed it after you, at ")
    assert "would overwrite that change" in asked.detail
    now = journal.entries.get(eid)
    assert now.body == "Call again"  # her text is never touched by the undo
    if keep:
        assert now.follow_up_done and now.editor == "maria"  # as she left it
        assert not stack.canUndo() and stack.count() == 0  # nothing of Jens's left to undo
    else:
        assert not now.follow_up_done  # undone anyway, as asked: Jens's tick taken back
        assert now.editor == "jens" and stack.canRedo()
    window.close()


def test_an_undo_nobody_interfered_with_asks_nothing(
    qtbot: QtBot, make_window: WindowFactory, pg_location: ServerLocation
) -> None:
    window = make_window(cast(Path, pg_location))
    journal = window.bridge.journal
    cid = journal.customers.create(CustomerDraft(name="Greta Olsen"))
    eid = journal.entries.add(
        EntryDraft(customer_id=cid, occurred_at=T0, body="Call", follow_up_on=date(2025, 4, 1))
    )
    stack = window.controller.undo_stack
    assert window.insight.set_follow_up_done(eid, True)
    stack.undo()
    assert not journal.entries.get(eid).follow_up_done and MessageBoxes.log == []
    stack.redo()
    assert journal.entries.get(eid).follow_up_done
    stack.undo()
    assert not journal.entries.get(eid).follow_up_done and MessageBoxes.log == []
    window.close()
