"""Issue 17 item 5 in the app: a recovery key made in Settings, shown once and kept, then
used at the passphrase prompt after the passphrase was forgotten (a new one set at once)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from msgboxes import MessageBoxes
from rapport import app
from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.store import cipher, keys
from rapport.store.clock import utcnow
from rapport.ui import passphrase_dialog, recovery_key_dialog, unlock_recovery
from rapport.ui.passphrase_dialog import PassphraseDialog
from rapport.ui.recovery_key_dialog import RecoveryKeyDialog
from rapport.ui.settings import protection_box
from rapport.ui.settings.passphrase_form import PassphraseForm
from rapport.ui.unlock_recovery import RecoveryUnlockDialog

WORD = "Holunderblüte"


@pytest.fixture(autouse=True)
def _quiet(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setattr(app, "setup_logging", lambda verbose=False: tmp_path / "rapport.log")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield
    cipher.forget_all()


def protect_with_recovery(form: PassphraseForm) -> bool:
    form.new.setText("a long passphrase")
    form.repeat.setText("a long passphrase")
    form.understood.setChecked(True)
    form.recovery.setChecked(True)
    return form.problem_with() is None


def keep_by_saving(
    saved: Path, shown: list[str], grabs: list[RecoveryKeyDialog]
) -> Callable[[RecoveryKeyDialog], bool]:
    def run(dialog: RecoveryKeyDialog) -> bool:
        shown.append(dialog.shown.text())
        assert not dialog.ok_button.isEnabled(), "OK waits until the key was kept"
        dialog.save()
        assert dialog.kept.isChecked() and dialog.ok_button.isEnabled()
        grabs.append(dialog)
        dialog.grab().save(str(saved.parent.parent / "recovery-key.png"))
        return True

    return run


def test_a_recovery_key_made_in_settings_opens_the_journal_whose_passphrase_was_forgotten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "books" / "journal.rapport"
    saved = tmp_path / "usb" / "key.txt"
    saved.parent.mkdir()
    shown: list[str] = []
    session = app.start_app(path)
    assert session is not None and session.window is not None and session.journal is not None
    try:
        cid = session.journal.customers.create(CustomerDraft(name="Anna"))
        session.journal.entries.add(
            EntryDraft(customer_id=cid, occurred_at=utcnow(), body=f"Loves {WORD}.")
        )
        dialog = session.window.preferences.show_settings()
        monkeypatch.setattr(protection_box, "run_form", protect_with_recovery)
        monkeypatch.setattr(recovery_key_dialog, "ask_save_path", lambda *_: str(saved))
        monkeypatch.setattr(recovery_key_dialog, "run_dialog", keep_by_saving(saved, shown, []))
        dialog.journal_page.protection.protect_button.click()
        assert cipher.looks_encrypted(path)
        assert session.journal.search.search(WORD)
    finally:
        session.close()
    cipher.forget_all()
    (key,) = shown
    assert key in saved.read_text("utf-8")
    assert saved.stat().st_mode & 0o077 == 0
    assert keys.has_recovery(path)
    settings_and_logs = [p for p in tmp_path.iterdir() if p.is_file()]  # app-settings.ini, …
    assert settings_and_logs
    raw = key.replace("-", "").encode()
    assert not [p for p in settings_and_logs if key.encode() in p.read_bytes()]
    assert not [p for p in settings_and_logs if raw in p.read_bytes()]

    # the passphrase forgotten: the prompt's "Use recovery key…", a wrong key first
    said: list[str] = []

    def unlock(dialog: RecoveryUnlockDialog) -> None:
        dialog.grab().save(str(tmp_path / "unlock.png"))
        dialog.new.setText("my new passphrase")
        dialog.repeat.setText("my new passphrase")
        dialog.key_field.setText(keys.new_recovery_key())
        assert not dialog.try_unlock()
        said.append(dialog.problem.text())
        dialog.key_field.setText("1234")
        assert not dialog.try_unlock()
        said.append(dialog.problem.text())
        dialog.key_field.setText(key.lower())
        assert dialog.try_unlock()

    def prompt(dialog: PassphraseDialog) -> None:
        assert dialog.recovery_button.isVisibleTo(dialog)
        dialog.grab().save(str(tmp_path / "prompt.png"))
        dialog.recovery_button.click()

    monkeypatch.setattr(unlock_recovery, "run_dialog", unlock)
    monkeypatch.setattr(passphrase_dialog, "run_dialog", prompt)
    told = len(MessageBoxes.log)
    session = app.start_app(path)
    assert session is not None and session.journal is not None
    try:
        assert session.journal.search.search(WORD)
        assert said[0].startswith("That recovery key does not open “journal.rapport”.")
        assert said[1].startswith("That is not a recovery key.")
        assert MessageBoxes.log[told:] == []
    finally:
        session.close()
    cipher.forget_all()
    assert cipher.opens(path, "my new passphrase")
    assert not cipher.opens(path, "a long passphrase")


def test_a_recovery_key_not_kept_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "books" / "journal.rapport"
    session = app.start_app(path)
    assert session is not None and session.window is not None and session.journal is not None
    try:
        dialog = session.window.preferences.show_settings()
        monkeypatch.setattr(protection_box, "run_form", protect_with_recovery)
        monkeypatch.setattr(recovery_key_dialog, "run_dialog", lambda _dialog: False)
        dialog.journal_page.protection.protect_button.click()
        assert cipher.is_plain_database(path)
        assert not keys.has_keys(path)
    finally:
        session.close()


def test_the_prompt_of_a_journal_without_a_recovery_key_does_not_offer_one(
    tmp_path: Path,
) -> None:
    path = tmp_path / "journal.rapport"
    from rapport.store import Journal

    Journal.open(path, passphrase="right horse battery").close()
    cipher.forget_all()
    dialog = PassphraseDialog(path, lambda _p: None)  # type: ignore[arg-type, return-value]
    assert not dialog.recovery_button.isVisibleTo(dialog)
    dialog.deleteLater()


def test_a_journal_created_protected_gets_the_recovery_key_kept_at_its_creation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rapport.ui import new_journal

    default = tmp_path / "data" / "journal.rapport"
    shown: list[str] = []
    monkeypatch.delenv("RAPPORT_JOURNAL", raising=False)
    monkeypatch.setattr(app, "default_journal", lambda: default)
    monkeypatch.setattr(new_journal, "run_form", protect_with_recovery)
    monkeypatch.setattr(recovery_key_dialog, "ask_save_path", lambda *_: str(tmp_path / "k.txt"))
    monkeypatch.setattr(
        recovery_key_dialog, "run_dialog", keep_by_saving(tmp_path / "k.txt", shown, [])
    )
    MessageBoxes.answers.extend([True, True])  # start my journal; protect it
    session = app.start_app(None)
    assert session is not None and session.journal is not None
    session.close()
    cipher.forget_all()
    (key,) = shown
    cipher.unlock_with_recovery(default, key)
    from rapport.store import Journal

    Journal.open(default, create=False).close()
