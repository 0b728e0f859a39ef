"""Issue 17: a new journal can be created encrypted (first start, File → New journal…)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from msgboxes import MessageBoxes
from rapport import app
from rapport.store import Journal, cipher
from rapport.ui import new_journal
from rapport.ui.settings.passphrase_form import PassphraseForm

PASSPHRASE = "a long passphrase"


@pytest.fixture(autouse=True)
def _quiet(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setattr(app, "setup_logging", lambda verbose=False: tmp_path / "rapport.log")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield
    cipher.forget_all()


def _fill(form: PassphraseForm) -> bool:
    form.new.setText(PASSPHRASE)
    form.repeat.setText(PASSPHRASE)
    form.understood.setChecked(True)
    return form.problem_with() is None


def _locked(path: Path) -> None:
    """The journal does not open without its passphrase, and opens with it."""
    cipher.forget_all()
    assert cipher.looks_encrypted(path)
    with pytest.raises(cipher.PassphraseNeededError):
        Journal.open(path)
    Journal.open(path, passphrase=PASSPHRASE).close()


def test_the_first_start_offers_a_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    default = tmp_path / "data" / "journal.rapport"
    monkeypatch.delenv("RAPPORT_JOURNAL", raising=False)
    monkeypatch.setattr(app, "default_journal", lambda: default)
    monkeypatch.setattr(new_journal, "run_form", _fill)
    MessageBoxes.answers.extend([True, True])  # start my journal; protect it
    session = app.start_app(None)
    assert session is not None and session.journal is not None
    assert [m.title for m in MessageBoxes.log[:2]] == ["Welcome to Rapport", "New journal"]
    assert session.journal.path == default.absolute()
    session.close()
    _locked(default)


def test_file_new_journal_creates_it_encrypted_and_opens_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = app.start_app(tmp_path / "first.rapport")
    assert session is not None and session.window is not None
    target = tmp_path / "second"  # the suffix is added
    monkeypatch.setattr(
        "rapport.ui.window_actions.QFileDialog.getSaveFileName",
        lambda *_args: (str(target), ""),
    )
    monkeypatch.setattr(new_journal, "run_form", _fill)
    MessageBoxes.answers.append(True)  # protect it
    actions = {a.text(): a for a in session.window.menuBar().actions()[0].menu().actions()}
    actions["&New journal…"].trigger()
    assert session.journal is not None
    assert session.journal.path == (tmp_path / "second.rapport").absolute()
    session.close()
    _locked(tmp_path / "second.rapport")


def test_file_new_journal_without_a_passphrase_is_plain(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = app.start_app(tmp_path / "first.rapport")
    assert session is not None and session.window is not None
    target = tmp_path / "plain.rapport"
    monkeypatch.setattr(
        "rapport.ui.window_actions.QFileDialog.getSaveFileName",
        lambda *_args: (str(target), ""),
    )
    MessageBoxes.answers.append(False)  # no passphrase
    session.window.menus.new_journal()
    assert session.journal is not None and session.journal.path == target.absolute()
    session.close()
    assert target.exists() and not cipher.looks_encrypted(target)
