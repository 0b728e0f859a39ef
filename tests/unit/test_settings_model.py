"""The preferences model: declared once; defaults, forgiving reads, strict checks, upgrades."""

from __future__ import annotations

import shutil
from dataclasses import replace
from enum import StrEnum
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from rapport.domain.levels import Level
from rapport.domain.retention import DEFAULT_RETENTION
from rapport.domain.settings import RuleSettings
from rapport.domain.stages import Stage
from rapport.settings_checks import problems
from rapport.settings_model import (
    OPTIONS,
    SETTINGS_VERSION,
    VERSION_KEY,
    BackupPrefs,
    Prefs,
    RulePrefs,
    Theme,
    WeekStart,
    flatten,
    read,
    updated,
)
from rapport.settings_options import Option, Unit
from rapport.settings_upgrade import UPGRADES, Upgrade, upgrade, version_of


def test_the_defaults_are_the_rules_own_defaults_and_read_back_unchanged() -> None:
    prefs = Prefs()
    assert prefs.rules.to_rules() == RuleSettings()
    assert prefs.backups.retention() == DEFAULT_RETENTION
    assert read(flatten(prefs)) == prefs
    assert flatten(prefs)[VERSION_KEY] == SETTINGS_VERSION
    assert problems(prefs) == []


def test_ini_text_values_are_read_as_numbers() -> None:
    raw = {key: str(value) for key, value in flatten(Prefs()).items()}
    raw["rules/cadence/power"] = "90"
    assert read(raw).rules.cadence_by_level[Level.POWER] == 90


def test_a_file_from_a_newer_version_is_read_without_harm() -> None:
    raw: dict[str, object] = {
        VERSION_KEY: SETTINGS_VERSION + 5,
        "appearance/theme": "solarized",  # a theme this version does not know
        "appearance/accent": "teal",  # a key this version does not know
        "backups/recent": "many",  # a value of the wrong type
        "backups/daily": 10_000,  # out of range
        "rules/conflictMaxDays": 45,
    }
    prefs = read(raw)
    assert prefs.appearance.theme is Theme.SYSTEM
    assert prefs.backups == BackupPrefs()
    assert prefs.rules.conflict_max_days == 45


def test_values_out_of_range_are_refused_with_a_reason() -> None:
    rules = replace(
        RulePrefs(), cadence_by_level={**RulePrefs().cadence_by_level, Level.PERSONAL: 0}
    )
    found = problems(Prefs(rules=rules, backups=BackupPrefs(every_minutes=1)))
    reasons = {p.key: p.reason for p in found}
    assert reasons["rules/cadence/personal"] == (
        "The Personal cadence must be from 1 to 365 days; it is 0."
    )
    assert "from 5 to 1440 minutes" in reasons["backups/everyMinutes"]


def test_a_missing_backup_folder_is_refused(tmp_path: Path) -> None:
    missing = Prefs(backups=BackupPrefs(folder=str(tmp_path / "nowhere")))
    assert [p.key for p in problems(missing)] == ["backups/folder"]
    assert problems(Prefs(backups=BackupPrefs(folder=str(tmp_path)))) == []
    relative = Prefs(backups=BackupPrefs(folder="backups"))
    assert "full path" in problems(relative)[0].reason


def test_the_rules_carry_the_owners_thresholds() -> None:
    caps = {**RulePrefs().stage_caps, Stage.CONFLICT: 7, Stage.ATTRACTION: 0}
    rules = RulePrefs(stage_caps=caps, check_in_interval_days=60, warm_min_entries=4).to_rules()
    assert rules.health.cadence.stage_caps[Stage.CONFLICT] == 7
    assert Stage.ATTRACTION not in rules.health.cadence.stage_caps  # 0: no cap
    assert rules.check_in_interval_days == 60
    assert rules.risk.warm_min_entries == 4


# -- declared once -------------------------------------------------------------------


def test_every_setting_is_declared_once_with_its_limits_and_words() -> None:
    assert set(OPTIONS) == set(flatten(Prefs())) - {VERSION_KEY}
    for key, option in OPTIONS.items():
        assert option.key == key
        if option.kind is int:
            assert option.low is not None and option.high is not None, key
            assert option.allows(int(str(option.default))), f"{key}: default out of its limits"
            assert option.what_text() and option.label_text(), key
        if isinstance(option.default, StrEnum):
            assert list(option.choices) == list(type(option.default)), key
            assert option.what_text() and option.label_text(), key
    assert OPTIONS["rules/cadence/power"].what_text() == "The Power cadence"
    assert OPTIONS["rules/stageCap/conflict"].label_text() == "Conflict"


def test_a_declared_option_reads_forgivingly_by_its_type() -> None:
    flag = Option("test/flag", False)
    assert [flag.read(v) for v in ("true", "false", True, "maybe", None, 1)] == [
        True,
        False,
        True,
        False,
        False,
        False,
    ]
    days = Option("test/days", 30, low=1, high=365, unit=Unit.DAYS)
    assert [days.read(v) for v in ("90", " 7 ", 0, "lots", True, None)] == [90, 7, 30, 30, 30, 30]
    theme = OPTIONS["appearance/theme"]
    assert theme.read("dark") is Theme.DARK and theme.read("neon") is Theme.SYSTEM


def test_the_risk_thresholds_reach_the_risk_rules_by_their_field_name() -> None:
    rules = replace(RulePrefs(), overdue_grace_days=5, one_way_min_given=7).to_rules()
    assert (rules.risk.overdue_grace_days, rules.risk.one_way_min_given) == (5, 7)
    assert updated(Prefs(), {"rules/conflictMaxDays": 9}).rules.conflict_max_days == 9


# -- upgrades ------------------------------------------------------------------------

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _file(version: int, tmp_path: Path) -> dict[str, object]:
    """A settings file as Rapport of that version wrote it, read through QSettings."""
    copy = tmp_path / f"settings-{version}.conf"
    shutil.copy(FIXTURES / copy.name, copy)
    store = QSettings(str(copy), QSettings.Format.IniFormat)
    return {key: store.value(key) for key in store.allKeys()}


@pytest.mark.parametrize("step", UPGRADES, ids=lambda step: f"to-{step.version}")
def test_every_upgrade_step_runs_on_a_file_of_the_version_before(
    step: Upgrade, tmp_path: Path
) -> None:
    raw = _file(step.version - 1, tmp_path)  # each step comes with its file
    assert version_of(raw) == step.version - 1
    before = dict(raw)
    after = step.change(raw)
    assert raw == before, "a step returns a new map and leaves the file's as it was"
    assert after != raw, "the file of the version before shows what the step changes"
    assert version_of(upgrade(raw)) == SETTINGS_VERSION


def test_version_2_drops_the_customer_lists_old_column_layout(tmp_path: Path) -> None:
    """Rapport of version 1 (before 35afcb6) kept the list's columns under another key."""
    raw = _file(1, tmp_path)
    assert "window/customerHeader" in raw
    upgraded = upgrade(raw)
    assert upgraded[VERSION_KEY] == 2
    assert "window/customerHeader" not in upgraded
    kept = {k: v for k, v in raw.items() if k not in (VERSION_KEY, "window/customerHeader")}
    assert {k: v for k, v in upgraded.items() if k != VERSION_KEY} == kept
    prefs = read(raw)
    assert prefs.backups == BackupPrefs(
        every_minutes=60, recent=5, folder="/home/ada/Documents/Backups"
    )
    assert prefs.rules.cadence_by_level[Level.POWER] == 21
    assert (prefs.rules.check_in_interval_days, prefs.rules.conflict_max_days) == (60, 14)
    assert (prefs.appearance.theme, prefs.appearance.week_start) == (Theme.DARK, WeekStart.SUNDAY)


def test_a_file_without_a_version_is_the_first_and_a_newer_one_is_left_alone() -> None:
    assert version_of({}) == version_of({VERSION_KEY: "junk"}) == 1
    assert upgrade({"window/customerHeader": b"x"}) == {VERSION_KEY: SETTINGS_VERSION}
    newer = {VERSION_KEY: SETTINGS_VERSION + 1, "window/customerHeader": b"x"}
    assert upgrade(newer) == newer
