"""The preferences model: defaults, forgiving reads, strict checks, rules built from it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from rapport.domain.levels import Level
from rapport.domain.retention import DEFAULT_RETENTION
from rapport.domain.settings import RuleSettings
from rapport.domain.stages import Stage
from rapport.settings_model import (
    SETTINGS_VERSION,
    VERSION_KEY,
    BackupPrefs,
    Prefs,
    RulePrefs,
    Theme,
    flatten,
    problems,
    read,
)


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
