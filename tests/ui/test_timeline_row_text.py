"""A timeline row shows a note as the owner wrote it: a list starts right under the title."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from rapport.domain.kinds import EntryKind
from rapport.store.records import EntryRecord
from rapport.store.timeline import TimelineItem
from rapport.ui.timeline_view import row_document

AT = datetime(2026, 3, 1, 9, tzinfo=UTC)


@pytest.mark.parametrize("body", ["- Ask about the grinder", "1. Ask about the grinder"])
def test_a_note_that_starts_with_a_list_starts_under_its_title_like_any_note(
    qtbot: QtBot, body: str
) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)

    def lines(note: str) -> list[str]:
        record = EntryRecord(
            5, AT, EntryKind.MEETING, title="Visit", body=note, id=4, created_at=AT, updated_at=AT
        )
        return row_document(TimelineItem(entry=record), widget.palette()).toPlainText().split("\n")

    assert lines("Ask about the grinder")[1:] == ["Visit", "Ask about the grinder"]
    assert lines(body)[1:] == ["Visit", "Ask about the grinder"]  # no empty line between
