"""A team journal's relationship rules are the team's: every colleague follows them, and only
an owner changes them in Settings (a colleague sees why not); a journal file keeps its own."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import cast

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from rapport.domain.levels import Level
from rapport.store import Journal
from rapport.store.server import ServerLocation
from rapport.store.team import add_user, init_team
from rapport.ui.main_window import MainWindow
from rapport.ui.settings.dialog import SettingsDialog

WindowFactory = Callable[[Path], MainWindow]
KEY = "rules/cadence/personal"


def _team(location: ServerLocation) -> None:
    init_team(location)
    add_user(location, "jens")
    add_user(location, "maria", owner=True)
    maria = Journal.open(replace(location, user="maria"))
    try:
        maria.rules.save({KEY: 21})
    finally:
        maria.close()


def test_a_colleague_follows_the_teams_rules_and_is_told_only_the_owner_changes_them(
    qtbot: QtBot, make_window: WindowFactory, pg_location: ServerLocation, settings: QSettings
) -> None:
    _team(pg_location)
    settings.setValue(KEY, 40)  # what Jens had set for his own journal file
    window = make_window(cast(Path, replace(pg_location, user="jens")))
    assert window.preferences.rules().health.cadence.by_level[Level.PERSONAL] == 21
    dialog = window.preferences.show_settings()
    assert isinstance(dialog, SettingsDialog)
    page = dialog.rules_page
    assert page.levels[Level.PERSONAL].value() == 21
    assert not page.levels[Level.PERSONAL].isEnabled() and not page.defaults.isEnabled()
    assert page.team_note.text() == "Only the journal's owner can change the relationship rules."
    dialog.show_page(page)
    dialog.accept()  # his other settings save as always
    assert not dialog.isVisible()
    assert int(str(settings.value(KEY))) == 40  # the team's rules never go into his file

    # Past the disabled page (an older settings dialog, say): refused, in words.
    dialog = window.preferences.show_settings()
    page = dialog.rules_page
    page.levels[Level.PERSONAL].setEnabled(True)
    page.levels[Level.PERSONAL].setValue(30)
    dialog.accept()
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert "Only the journal's owner can change the relationship rules." in dialog.problem.text()
    assert window.bridge.journal.rules.values() == {KEY: 21}
    dialog.reject()


def test_an_owner_changes_the_rules_for_the_whole_team(
    qtbot: QtBot, make_window: WindowFactory, pg_location: ServerLocation, settings: QSettings
) -> None:
    _team(pg_location)
    window = make_window(cast(Path, replace(pg_location, user="maria")))
    dialog = window.preferences.show_settings()
    page = dialog.rules_page
    assert page.levels[Level.PERSONAL].isEnabled()
    assert page.team_note.text().startswith("These rules are the team journal's")
    page.levels[Level.PERSONAL].setValue(30)
    dialog.accept()
    assert not dialog.isVisible()
    assert window.preferences.rules().health.cadence.by_level[Level.PERSONAL] == 30
    assert settings.value(KEY) is None  # in the journal, not in her settings file
    jens = Journal.open(replace(pg_location, user="jens"))
    try:
        assert jens.rules.values()[KEY] == 30
    finally:
        jens.close()


def test_a_journal_files_rules_stay_in_the_settings(
    qtbot: QtBot, make_window: WindowFactory, journal_path: Path, settings: QSettings
) -> None:
    window = make_window(journal_path)
    dialog = window.preferences.show_settings()
    assert not dialog.rules_page.team_note.isVisible()
    dialog.rules_page.levels[Level.PERSONAL].setValue(30)
    dialog.accept()
    assert int(str(settings.value(KEY))) == 30
    assert window.bridge.journal.rules.values() == {}


class _Unreachable:
    """A team journal whose server went away after the rules were read once."""

    def __init__(self) -> None:
        self.reachable = True

    def values(self) -> dict[str, int]:
        if not self.reachable:
            from rapport.store.db_errors_pg import ServerUnreachableError

            raise ServerUnreachableError("The server is not reachable; your text is kept.")
        return {KEY: 21}

    def save(self, values: object) -> None:
        raise AssertionError("nothing changed: nothing is written")


def test_the_teams_rules_read_last_stay_while_the_server_is_away(settings: QSettings) -> None:
    from rapport.ui.settings.app_settings import AppSettings

    team = _Unreachable()
    app_settings = AppSettings(settings)
    app_settings.share_rules(team, may_change=False)
    team.reachable = False
    assert app_settings.reload().rules.cadence_by_level[Level.PERSONAL] == 21
    app_settings.save(app_settings.prefs())  # the other settings still save
