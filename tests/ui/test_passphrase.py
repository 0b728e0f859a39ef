"""Issue 17 in the app: the passphrase prompt before anything is read, and Settings →
Journal → Passphrase protecting, re-keying and unprotecting the open journal."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from msgboxes import MessageBoxes
from rapport import app
from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store import Journal, cipher
from rapport.store.clock import utcnow
from rapport.ui import passphrase_dialog
from rapport.ui.passphrase_dialog import PassphraseDialog
from rapport.ui.settings import protection_box
from rapport.ui.settings.passphrase_form import PassphraseForm

WORD = "Holunderblüte"


def note(journal: Journal) -> None:
    cid = journal.customers.create(CustomerDraft(name="Anna"))
    journal.entries.add(EntryDraft(customer_id=cid, occurred_at=utcnow(), body=f"Loves {WORD}."))


@pytest.fixture(autouse=True)
def _quiet(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setattr(app, "setup_logging", lambda verbose=False: tmp_path / "rapport.log")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield
    cipher.forget_all()


def locked_journal(path: Path) -> None:
    journal = Journal.open(path, passphrase="right horse battery")
    try:
        note(journal)
    finally:
        journal.close()
    cipher.forget_all()


def typing(*attempts: str, seen: list[str]) -> Callable[[PassphraseDialog], None]:
    """A stand-in for the dialog's exec: types each attempt and presses Open."""

    def run(dialog: PassphraseDialog) -> None:
        for text in attempts:
            dialog.field.setText(text)
            if dialog.try_open():
                return
            seen.append(dialog.problem.text())
        dialog.reject()

    return run


def test_the_passphrase_is_asked_a_wrong_one_said_and_another_try_opens_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "journal.rapport"
    locked_journal(path)
    seen: list[str] = []
    monkeypatch.setattr(
        passphrase_dialog, "run_dialog", typing("", "wrong", "right horse battery", seen=seen)
    )
    session = app.start_app(path)
    assert session is not None and session.journal is not None
    try:
        assert seen[0].startswith("Type the journal's passphrase")
        assert seen[1].startswith("That passphrase does not open this journal")
        assert session.journal.timeline.customers(statuses=())[0].name == "Anna"
        assert MessageBoxes.log == []
    finally:
        session.close()


def test_cancel_leaves_the_journal_closed_and_offers_the_usual_choice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "journal.rapport"
    locked_journal(path)
    before = path.read_bytes()
    monkeypatch.setattr(passphrase_dialog, "run_dialog", typing(seen=[]))
    offered: list[str] = []

    def choose(*args: object) -> tuple[str, str]:
        offered.append(str(args[1]))
        return "", ""

    monkeypatch.setattr(app.QFileDialog, "getOpenFileName", choose)
    assert app.start_app(path) is None
    assert offered == ["Open a journal"]
    assert path.read_bytes() == before
    assert MessageBoxes.log == []


def fill(mode_values: dict[str, str], understood: bool = True) -> Callable[[PassphraseForm], bool]:
    def run(form: PassphraseForm) -> bool:
        form.current.setText(mode_values.get("current", ""))
        form.new.setText(mode_values.get("new", ""))
        form.repeat.setText(mode_values.get("repeat", mode_values.get("new", "")))
        form.understood.setChecked(understood)
        problem = form.problem_with()
        if problem is not None:
            MessageBoxes.log.append(problem)  # type: ignore[arg-type]
            return False
        return True

    return run


def test_settings_protects_changes_and_removes_the_passphrase_of_the_open_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "books" / "journal.rapport"
    session = app.start_app(path)
    assert session is not None and session.window is not None and session.journal is not None
    try:
        note(session.journal)
        dialog = session.window.preferences.show_settings()
        monkeypatch.setattr(protection_box, "run_form", fill({"new": "short"}))
        dialog.journal_page.protection.protect_button.click()
        assert "at least 8 characters" in str(MessageBoxes.log[-1])
        assert cipher.is_plain_database(path)

        monkeypatch.setattr(protection_box, "run_form", fill({"new": "a long passphrase"}))
        dialog.journal_page.protection.protect_button.click()
        assert cipher.looks_encrypted(path)
        assert session.journal.path == path.absolute()
        assert session.journal.search.search(WORD)
        assert "now encrypted" in MessageBoxes.log[-1].text
        files = [p for p in path.parent.rglob("*") if p.is_file()]
        assert not [p for p in files if WORD.encode() in p.read_bytes()]

        dialog = session.window.preferences.show_settings()
        assert dialog.journal_page.protection.encrypted
        monkeypatch.setattr(
            protection_box, "run_form", fill({"current": "nope", "new": "another passphrase"})
        )
        dialog.journal_page.protection.change_button.click()
        assert "not the journal's current passphrase" in str(MessageBoxes.log[-1])
        monkeypatch.setattr(
            protection_box,
            "run_form",
            fill({"current": "a long passphrase", "new": "another passphrase"}),
        )
        dialog.journal_page.protection.change_button.click()
        assert cipher.opens(path, "another passphrase")

        dialog = session.window.preferences.show_settings()
        monkeypatch.setattr(protection_box, "run_form", fill({"current": "another passphrase"}))
        dialog.journal_page.protection.remove_button.click()
        assert cipher.is_plain_database(path)
        assert session.journal.search.search(WORD)
    finally:
        session.close()


def test_away_the_window_hides_behind_the_prompt_and_an_entry_being_written_keeps_its_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "journal.rapport"
    locked_journal(path)
    monkeypatch.setattr(passphrase_dialog, "run_dialog", typing("right horse battery", seen=[]))
    session = app.start_app(path)
    assert session is not None and session.window is not None and session.away is not None
    try:
        assert session.away.minutes == 15  # the default
        dialog = session.window.controller.new_entry()
        assert dialog is not None
        dialog.body.setPlainText(f"Half a thought about {WORD}")
        assert session.away.lock()
        prompt = session.away.prompt
        assert prompt is not None and prompt.isVisible()
        assert not session.window.isVisible() and not dialog.isVisible()
        prompt.field.setText("wrong")
        assert not prompt.try_open()
        assert not session.window.isVisible()
        prompt.field.setText("right horse battery")
        assert prompt.try_open()
        assert not session.away.locked
        assert session.window.isVisible() and dialog.isVisible()
        assert dialog.body.toPlainText() == f"Half a thought about {WORD}"
        dialog.reject()
    finally:
        session.close()


def test_a_plain_journal_is_never_locked(tmp_path: Path) -> None:
    session = app.start_app(tmp_path / "journal.rapport")
    assert session is not None and session.window is not None and session.away is not None
    try:
        assert not session.away.lock()
        assert session.window.isVisible()
    finally:
        session.close()


def test_while_a_typed_passphrase_is_tried_the_prompt_shows_it_is_busy_and_keeps_answering(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: object
) -> None:
    """scrypt takes tenths of a second: the window paints and answers meanwhile."""
    import time

    from PySide6.QtCore import QTimer

    from rapport import unlock_ahead

    path = tmp_path / "journal.rapport"
    locked_journal(path)
    real = unlock_ahead.scrypt

    def slow(*args: object) -> bytes:
        time.sleep(0.3)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(unlock_ahead, "scrypt", slow)
    dialog = PassphraseDialog(path, lambda typed: Journal.open(path, passphrase=typed))
    seen: list[tuple[str, bool]] = []
    QTimer.singleShot(100, lambda: seen.append((dialog.problem.text(), dialog.field.isEnabled())))
    dialog.field.setText("right horse battery")
    assert dialog.try_open()
    assert dialog.journal is not None
    dialog.journal.close()
    assert seen == [("Opening the journal…", False)]
    assert dialog.field.isEnabled()
    dialog.deleteLater()


def test_a_remembered_journal_opens_at_start_with_its_data_key_and_an_old_entry_is_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No prompt and no scrypt on a remembered start; an older Rapport's passphrase entry
    opens once more and is replaced by the data key."""
    from rapport import keyring_store, remembered_key, unlock_ahead

    kept: dict[str, str] = {}
    monkeypatch.setattr(keyring_store, "available", lambda: True)
    monkeypatch.setattr(keyring_store, "recall", lambda key: kept.get(str(key)))
    monkeypatch.setattr(
        keyring_store, "remember", lambda key, secret: kept.__setitem__(str(key), secret) or True
    )
    monkeypatch.setattr(keyring_store, "forget", lambda key: kept.pop(str(key), None))
    path = tmp_path / "journal.rapport"
    locked_journal(path)
    kept[str(path)] = "right horse battery"  # as an older Rapport remembered it
    asked: list[str] = []
    monkeypatch.setattr(passphrase_dialog, "run_dialog", typing(seen=asked))
    derived: list[int] = []
    real = unlock_ahead.scrypt
    monkeypatch.setattr(unlock_ahead, "scrypt", lambda *a: derived.append(1) or real(*a))
    for _start in range(2):
        derived.clear()
        session = app.start_app(path)
        assert session is not None and session.journal is not None
        session.close()
        cipher.forget_all()
        assert kept[str(path)].startswith(remembered_key.PREFIX)
        assert "right horse battery" not in kept[str(path)]
    assert derived == []  # the second start: the data key, no scrypt
    assert asked == []
