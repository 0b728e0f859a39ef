"""Issue 17: File → Export… seals a JSON export with a passphrase; File → Import… asks it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from longwait import opened_import, wait_for
from msgboxes import MessageBoxes
from rapport.domain.customers import CustomerDraft
from rapport.transfer import sealed
from rapport.transfer.exporting import ExportFormat
from rapport.ui.dialogs.import_dialog import ImportDialog
from rapport.ui.main_window import MainWindow

WindowFactory = Callable[[Path], MainWindow]


def test_the_dialog_offers_a_passphrase_for_json_and_says_the_rest_stay_plain(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path
) -> None:
    window = make_window(journal_path)
    dialog = window.transfer.export(None)
    dialog.format.setCurrentIndex(dialog.format.findData(ExportFormat.JSON.value))
    note = dialog.findChild(type(dialog.problem), "exportPlainNote")
    assert note is not None and note.text() == "CSV, vCard and PDF files are never encrypted."
    assert dialog.seal.isEnabled() and not dialog.passphrase.isVisible()
    dialog.seal.setChecked(True)
    assert dialog.passphrase.isVisible() and dialog.repeat.isVisible()
    assert "nobody can open the export" in dialog.warning.text() and dialog.warning.isVisible()
    dialog.passphrase.setText("one")
    dialog.repeat.setText("two")
    dialog._accept_if_ready()
    assert dialog.isVisible() and "differ" in dialog.problem.text()
    qtbot.keyClicks(dialog.passphrase, "one")
    qtbot.keyClicks(dialog.repeat, "one")
    assert not dialog.problem.isVisible()
    dialog.grab().save("/tmp/r2/export-dialog-sealed.png")
    assert dialog.chosen_passphrase() == "one"
    dialog.format.setCurrentIndex(dialog.format.findData(ExportFormat.VCARD.value))
    assert not dialog.seal.isEnabled() and dialog.chosen_passphrase() is None
    dialog.grab().save("/tmp/r2/export-dialog-vcard.png")
    dialog.reject()


def test_a_sealed_export_is_imported_after_the_passphrase_is_typed(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = make_window(tmp_path / "a" / "first.rapport")
    first.bridge.journal.customers.create(CustomerDraft(name="Ada Lovelace", tags=("vip",)))
    exported = tmp_path / "all.json"
    task = first.transfer.write_export(exported, ExportFormat.JSON, None, passphrase="pw words")
    assert task is not None
    wait_for(lambda: task.outcome is not None)
    assert task.outcome == "finished", MessageBoxes.log[-1:]
    assert sealed.is_sealed(exported.read_bytes()) and b"Ada" not in exported.read_bytes()
    assert "sealed with a passphrase" in MessageBoxes.log[-1].text

    second = make_window(tmp_path / "b" / "second.rapport")
    asked: list[bool] = []
    answers = iter(["wrong", "pw words"])

    def ask(_parent: object, _name: str, wrong: bool) -> str | None:
        asked.append(wrong)
        return next(answers)

    monkeypatch.setattr("rapport.ui.transfer.ask_file_passphrase", ask)
    task = second.transfer.import_file(exported)
    assert task is not None
    wait_for(lambda: isinstance(second.transfer.dialog, ImportDialog))
    assert asked == [False, True]  # asked, then told that it did not open

    cancelled = iter([None])
    monkeypatch.setattr("rapport.ui.transfer.ask_file_passphrase", lambda *_: next(cancelled))
    second.transfer.dialog.reject()
    assert opened_import(second, exported) is None  # Cancel: nothing opened, nothing said
