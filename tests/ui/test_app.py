"""Starting the app: a new journal is created private; a bad one gets words, not a traceback."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from msgboxes import MessageBoxes
from rapport import app


@pytest.fixture(autouse=True)
def _no_log_file_in_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(app, "setup_logging", lambda verbose=False: tmp_path / "rapport.log")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own


def test_new_journal_is_created_private_and_the_window_opens(tmp_path: Path) -> None:
    path = tmp_path / "books" / "journal.rapport"
    session = app.start_app(path)
    assert session is not None and session.window is not None
    assert session.window.isVisible()
    session.close()
    assert path.exists()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert MessageBoxes.log == []


@pytest.mark.parametrize(
    "content",
    [b"Dear Maria,\nthanks for the order.\n", b"SQLite format 3\x00" + b"\x00" * 200],
    ids=["text file", "damaged database"],
)
def test_a_file_that_is_not_a_journal_is_explained_and_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    path = tmp_path / "letter.rapport"
    path.write_bytes(content)
    before = path.stat().st_mtime_ns
    asked: list[str] = []

    def no_choice(*args: object, **_kwargs: object) -> tuple[str, str]:
        asked.append(str(args[1]))
        return "", ""

    monkeypatch.setattr(app.QFileDialog, "getOpenFileName", no_choice)
    assert app.start_app(path) is None
    assert path.read_bytes() == content
    assert path.stat().st_mtime_ns == before
    assert MessageBoxes.log[0].title == "Rapport could not open the journal"
    assert str(path) in MessageBoxes.log[0].text
    assert MessageBoxes.log[0].detail  # says what to do
    assert asked == ["Open a journal"]  # offered to pick another one


def test_a_folder_given_as_journal_is_explained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app.QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    assert app.start_app(tmp_path) is None
    assert "folder" in MessageBoxes.log[0].text
    assert os.listdir(tmp_path) == []


@pytest.mark.logs_errors
def test_unexpected_errors_are_logged_and_shown_as_one_friendly_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import logging

    log_path = tmp_path / "rapport.log"
    handler = logging.FileHandler(log_path)
    logging.getLogger("rapport").addHandler(handler)
    app._install_excepthook(log_path)
    try:
        raise RuntimeError("the disk controller sneezed")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        logging.getLogger("rapport").removeHandler(handler)
        handler.close()
    assert "the disk controller sneezed" in log_path.read_text()
    shown = MessageBoxes.log[-1]
    assert shown.title == "Something went wrong"
    assert "RuntimeError" not in shown.text + shown.detail  # no traceback in the user's face
    assert str(log_path) in shown.detail


@pytest.mark.parametrize("take_demo", [False, True])
def test_first_start_offers_the_demo_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, take_demo: bool
) -> None:
    default = tmp_path / "data" / "journal.rapport"
    demo = tmp_path / "data" / "demo.rapport"
    monkeypatch.delenv("RAPPORT_JOURNAL", raising=False)
    monkeypatch.setattr(app, "default_journal", lambda: default)
    monkeypatch.setattr(app, "demo_journal_path", lambda: demo)
    MessageBoxes.answers.append(not take_demo)  # "Start my journal" is the yes button

    session = app.start_app(None)
    assert session is not None and session.journal is not None
    assert MessageBoxes.log[0].title == "Welcome to Rapport"
    opened = session.journal.path
    count = session.journal.customers.count()
    session.close()
    if take_demo:
        assert opened == demo and count == 17  # 15 customers, a supplier and a partner
        assert not default.exists()
    else:
        assert opened == default and count == 0
        assert not demo.exists()


def test_moving_the_journal_opens_it_at_the_new_place_and_leaves_nothing_behind(
    tmp_path: Path,
) -> None:
    path = tmp_path / "books" / "journal.rapport"
    target = tmp_path / "elsewhere" / "mine.rapport"
    target.parent.mkdir()
    session = app.start_app(path)
    assert session is not None and session.journal is not None
    try:
        session.move_to(target)
        assert session.journal.path == target.absolute()
        assert sorted(p.name for p in path.parent.iterdir()) == [], "old file and note gone"
        assert MessageBoxes.log == []
    finally:
        session.close()
    assert sorted(p.name for p in target.parent.iterdir() if not p.name.endswith(".lock")) == [
        "mine.rapport"
    ]
