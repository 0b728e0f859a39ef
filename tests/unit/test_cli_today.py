"""`rapport today` prints the Today list of a journal."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from rapport import locations
from rapport.cli import run
from rapport.domain.customers import CustomerDraft
from rapport.domain.entries import EntryDraft
from rapport.domain.kinds import EntryKind
from rapport.domain.stages import Stage
from rapport.store import Journal


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The owner's settings: a file of the test's own (never the machine's)."""
    from PySide6.QtCore import QSettings

    ini = tmp_path / "settings.ini"
    monkeypatch.setattr(
        locations, "settings", lambda: QSettings(str(ini), QSettings.Format.IniFormat)
    )
    return ini


def make_journal(path: Path) -> None:
    now = datetime.now(UTC)
    journal = Journal.open(path)
    try:
        quiet = journal.customers.create(
            CustomerDraft(name="Quiet Quarry"), since=now - timedelta(days=300)
        )
        journal.entries.add(
            EntryDraft(quiet, now - timedelta(days=70), EntryKind.MEETING, "Last meeting")
        )
        angry = journal.customers.create(
            CustomerDraft(name="Angry Anvil"), since=now - timedelta(days=300)
        )
        journal.entries.add(
            EntryDraft(
                angry,
                now - timedelta(days=45),
                EntryKind.COMPLAINT,
                "Broken delivery",
                sentiment=-2,
                follow_up_on=date.today() - timedelta(days=2),
            )
        )
        journal.entries.change_stage(angry, Stage.CONFLICT, now - timedelta(days=45))
    finally:
        journal.close()


def test_today_prints_the_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "book.rapport"
    make_journal(path)
    assert run(["today", "--journal", str(path)]) == 0
    text = capsys.readouterr().out
    assert text.startswith("Today, ")
    assert "Follow-ups (1)" in text
    assert "Angry Anvil [#2] — Broken delivery" in text
    assert "2 days overdue" in text
    assert "Past their keep-in-touch cadence (2)" in text
    assert "Quiet Quarry [#1] — 49 days past the keep-in-touch cadence · health 20" in text
    assert "No contact for 70 days; cadence 21 days while in Attraction." in text
    assert "Risk signals (1)" in text
    assert "Unresolved conflict" in text
    assert "Next: Meet them to settle it" in text


def test_today_accepts_the_global_journal_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "book.rapport"
    make_journal(path)
    assert run(["--journal", str(path), "today"]) == 0
    assert "Quiet Quarry" in capsys.readouterr().out


def test_today_on_a_calm_journal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "calm.rapport"
    journal = Journal.open(path)
    journal.close()
    assert run(["today", "--journal", str(path)]) == 0
    assert "Nothing due." in capsys.readouterr().out


def test_today_never_creates_a_journal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "missing.rapport"
    assert run(["today", "--journal", str(path)]) == 2
    assert "There is no journal" in capsys.readouterr().err
    assert not path.exists()


def test_today_follows_the_owners_relationship_rules(
    tmp_path: Path, own_settings: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from PySide6.QtCore import QSettings

    rules = QSettings(str(own_settings), QSettings.Format.IniFormat)
    rules.setValue("rules/stageCap/attraction", 0)  # Settings → Rules: no shorter cadence early on
    rules.sync()
    path = tmp_path / "book.rapport"
    make_journal(path)
    assert run(["today", "--journal", str(path)]) == 0
    text = capsys.readouterr().out
    assert "No contact for 70 days; cadence 30 days." in text  # the level's, not Attraction's 21
    assert "while in Attraction" not in text
