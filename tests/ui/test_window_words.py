"""The main window's words: whole sentences and phrases a translation can reorder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from rapport import i18n
from rapport.ui.undo import redo_label, undo_label

GERMAN = {
    ("UndoText", "&Undo"): "&Rückgängig",
    ("UndoText", "&Undo {what}"): "&Rückgängig: {what}",
    ("ControllerText", "Delete entry “{title}”"): "Eintrag „{title}“ löschen",
}


@pytest.fixture
def german() -> Iterator[None]:
    def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return GERMAN.get((context, text), i18n.english(context, text, disambiguation, n))

    i18n.install(translate)
    yield
    i18n.install(None)


def test_undo_and_redo_name_the_command_in_english() -> None:
    assert undo_label("") == "&Undo"
    assert redo_label("") == "&Redo"
    assert undo_label("Delete customer Smith & Co") == "&Undo Delete customer Smith && Co"
    assert redo_label("Delete entry “Kickoff”") == "&Redo Delete entry “Kickoff”"


def test_undo_reads_as_a_whole_phrase_in_another_language(german: None) -> None:
    from rapport.ui.controller import ControllerText

    what = ControllerText.tr("Delete entry “{title}”").format(title="Kickoff")
    assert undo_label(what) == "&Rückgängig: Eintrag „Kickoff“ löschen"
    assert undo_label("") == "&Rückgängig"
