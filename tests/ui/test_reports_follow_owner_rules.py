"""Printouts and briefs judge health by the owner's rules, as every screen does.

The owner who tightened a cadence in Settings → Rules sees one health score on the
customer page; the printed timeline, the meeting brief and `rapport print`/`rapport
brief` must print that score, not the one the default rules would give.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from printhelp import NOW, story
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

import rapport.cli as cli
from rapport import locations
from rapport.domain.settings import RuleSettings
from rapport.reports.brief import MeetingBrief
from rapport.reports.timeline_data import ReportOptions
from rapport.reports.timeline_report import TimelineReport
from rapport.settings_model import read_store
from rapport.store import Journal
from rapport.ui.brief_dialog import BriefDialog
from rapport.ui.main_window import MainWindow
from rapport.ui.print_dialog import PrintPreviewDialog


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The owner's settings are a file of the test's own (never the machine's)."""
    ini = tmp_path / "owner.ini"
    monkeypatch.setattr(
        locations, "settings", lambda: QSettings(str(ini), QSettings.Format.IniFormat)
    )


def _tight_rules(store: QSettings | None = None) -> RuleSettings:
    """The owner's rules after allowing personal customers a year between contacts."""
    store = store or locations.settings()
    store.setValue("rules/cadence/personal", 365)
    store.setValue("rules/stageCap/compromise", 365)
    store.sync()
    rules = read_store(store.value).rules.to_rules()
    assert rules != RuleSettings()
    return rules


def _scores(journal: Journal, cid: int, rules: RuleSettings) -> tuple[int, int]:
    default = journal.facts.insight(cid, NOW).health.score
    owners = journal.facts.insight(cid, NOW, rules).health.score
    assert default != owners, "the story must be one the owner's rules judge differently"
    return default, owners


def test_the_printout_and_the_brief_use_the_rules_they_are_given(journal: Journal) -> None:
    cid = story(journal)
    rules = _tight_rules()
    _default, owners = _scores(journal, cid, rules)
    report = TimelineReport.build(journal, cid, ReportOptions(rules=rules), NOW)
    assert report.data.health is not None and report.data.health.score == owners
    brief = MeetingBrief.build(journal, cid, now=NOW, rules=rules)
    assert brief.data.health.score == owners


def test_the_command_line_prints_the_owners_score(
    journal_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = Journal.open(journal_path)
    cid = story(journal)
    rules = _tight_rules()
    now = datetime.now().astimezone()
    owners = journal.facts.insight(cid, now, rules).health.score
    default = journal.facts.insight(cid, now).health.score
    journal.close()
    assert owners != default
    capsys.readouterr()
    assert cli.run(["brief", "Marieke", "--journal", str(journal_path)]) == 0
    out = capsys.readouterr().out
    assert f"Health {owners} of 100" in out, out


def test_the_window_prints_and_briefs_with_the_owners_rules(
    qtbot: QtBot,
    make_window: Callable[[Path], MainWindow],
    journal_path: Path,
    settings: QSettings,
) -> None:
    journal = Journal.open(journal_path)
    cid = story(journal)
    journal.close()
    rules = _tight_rules(settings)
    window = make_window(journal_path)
    now = datetime.now().astimezone()
    owners = window.bridge.journal.facts.insight(cid, now, rules).health.score
    assert window.preferences.rules() == rules
    window.customer_list.select(cid)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(window.findChildren(BriefDialog)), timeout=3000)
    (brief,) = window.findChildren(BriefDialog)
    assert brief.brief.data.health.score == owners
    brief.close()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(window.findChildren(PrintPreviewDialog)), timeout=3000)
    (preview,) = window.findChildren(PrintPreviewDialog)
    health = preview.report.data.health
    assert health is not None and health.score == owners
    preview.close()
