"""The owner's preferences as plain values: read, checked and written without Qt.

The settings file is a flat map of "group/key" strings to values (QSettings in the
app, a dict in tests). Reading is forgiving on purpose: a key that is missing, of the
wrong type or out of range falls back to its default, and keys this version does not
know are left alone, so a file written by a newer Rapport (a higher `settings/version`)
still opens. Checking is strict: `problems()` names every value the dialog must refuse,
with the reason in words, so the limits live here once and the pages only show them.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import timedelta
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from rapport.domain.cadence import CadenceSettings
from rapport.domain.checkins import DEFAULT_INTERVAL_DAYS
from rapport.domain.health import HealthSettings
from rapport.domain.levels import Level
from rapport.domain.retention import AUTO_BACKUP_INTERVAL, DEFAULT_RETENTION, Retention
from rapport.domain.risk import RiskSettings
from rapport.domain.settings import RuleSettings
from rapport.domain.stages import Stage
from rapport.i18n import QT_TRANSLATE_NOOP, Words, translate

log = logging.getLogger("rapport.settings")
SettingsModelText = Words("SettingsModelText")
_E = TypeVar("_E", bound=StrEnum)

#: Raised when a key changes meaning; an older file is upgraded, a newer one read as it is.
SETTINGS_VERSION = 1
VERSION_KEY = "settings/version"


class Theme(StrEnum):
    """Which colours the app uses."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class WeekStart(StrEnum):
    """The first day of the week in calendars ("locale": as the computer's region says)."""

    LOCALE = "locale"
    MONDAY = "monday"
    SATURDAY = "saturday"
    SUNDAY = "sunday"


class Language(StrEnum):
    """The language of the user interface ("system": as the computer's region says)."""

    SYSTEM = "system"
    ENGLISH = "en"
    GERMAN = "de"


def _default_caps() -> dict[Stage, int]:
    caps = CadenceSettings().stage_caps
    return {stage: caps.get(stage, 0) for stage in Stage}


@dataclass(frozen=True)
class BackupPrefs:
    """How often the journal is backed up, how many backups are kept, and where."""

    every_minutes: int = int(AUTO_BACKUP_INTERVAL.total_seconds() // 60)
    recent: int = DEFAULT_RETENTION.recent
    daily: int = DEFAULT_RETENTION.daily
    weekly: int = DEFAULT_RETENTION.weekly
    monthly: int = DEFAULT_RETENTION.monthly
    folder: str = ""  # empty: a `backups` folder beside the journal

    def retention(self) -> Retention:
        """The thinning policy these numbers describe."""
        return Retention(self.recent, self.daily, self.weekly, self.monthly)

    def interval(self) -> timedelta:
        """At most one automatic backup per this interval."""
        return timedelta(minutes=self.every_minutes)


@dataclass(frozen=True)
class RulePrefs:
    """The thresholds an owner may tune; every other one keeps its documented default."""

    cadence_by_level: dict[Level, int] = field(
        default_factory=lambda: dict(CadenceSettings().by_level)
    )
    stage_caps: dict[Stage, int] = field(default_factory=_default_caps)  # 0: no cap
    check_in_interval_days: int = DEFAULT_INTERVAL_DAYS
    overdue_grace_days: int = RiskSettings().overdue_grace_days
    conflict_max_days: int = RiskSettings().conflict_max_days
    warm_window_days: int = RiskSettings().warm_window_days
    warm_min_entries: int = RiskSettings().warm_min_entries
    big_deal_weak_health: int = RiskSettings().big_deal_weak_health
    one_way_min_given: int = RiskSettings().one_way_min_given

    def to_rules(self) -> RuleSettings:
        """The `RuleSettings` the store's insight and Today calls take."""
        caps = {stage: days for stage, days in self.stage_caps.items() if days > 0}
        cadence = CadenceSettings(by_level=dict(self.cadence_by_level), stage_caps=caps)
        health = HealthSettings(check_in_interval_days=self.check_in_interval_days, cadence=cadence)
        risk = replace(
            RiskSettings(),
            overdue_grace_days=self.overdue_grace_days,
            conflict_max_days=self.conflict_max_days,
            warm_window_days=self.warm_window_days,
            warm_min_entries=self.warm_min_entries,
            big_deal_weak_health=self.big_deal_weak_health,
            one_way_min_given=self.one_way_min_given,
        )
        return RuleSettings(health=health, risk=risk)


@dataclass(frozen=True)
class AppearancePrefs:
    """Theme, language and the first day of the week."""

    theme: Theme = Theme.SYSTEM
    week_start: WeekStart = WeekStart.LOCALE
    language: Language = Language.SYSTEM


@dataclass(frozen=True)
class Prefs:
    """Everything the Settings dialog edits."""

    backups: BackupPrefs = field(default_factory=BackupPrefs)
    rules: RulePrefs = field(default_factory=RulePrefs)
    appearance: AppearancePrefs = field(default_factory=AppearancePrefs)


@dataclass(frozen=True)
class Problem:
    """A value the dialog refuses: which field (its settings key) and why, in words."""

    key: str
    reason: str


#: Allowed range of each whole-number setting, and what it means (English; see `limit`).
LIMITS: dict[str, tuple[int, int, str]] = {
    "backups/everyMinutes": (5, 24 * 60, QT_TRANSLATE_NOOP("Limits", "Automatic backups")),
    "backups/recent": (1, 100, QT_TRANSLATE_NOOP("Limits", "The newest backups kept")),
    "backups/daily": (0, 366, QT_TRANSLATE_NOOP("Limits", "Daily backups kept")),
    "backups/weekly": (0, 520, QT_TRANSLATE_NOOP("Limits", "Weekly backups kept")),
    "backups/monthly": (0, 240, QT_TRANSLATE_NOOP("Limits", "Monthly backups kept")),
    "rules/checkInIntervalDays": (
        7,
        730,
        QT_TRANSLATE_NOOP("Limits", "The check-in interval"),
    ),
    "rules/overdueGraceDays": (
        0,
        90,
        QT_TRANSLATE_NOOP("Limits", "The grace before “overdue”"),
    ),
    "rules/conflictMaxDays": (
        1,
        365,
        QT_TRANSLATE_NOOP("Limits", "The time in Conflict before it counts as unresolved"),
    ),
    "rules/warmWindowDays": (
        14,
        365,
        QT_TRANSLATE_NOOP("Limits", "The “warm but thin” window"),
    ),
    "rules/warmMinEntries": (
        1,
        50,
        QT_TRANSLATE_NOOP("Limits", "The warm entries for “warm but thin”"),
    ),
    "rules/bigDealWeakHealth": (
        1,
        100,
        QT_TRANSLATE_NOOP("Limits", "The health below which a big deal is at risk"),
    ),
    "rules/oneWayMinGiven": (
        1,
        50,
        QT_TRANSLATE_NOOP("Limits", "The favours given for “one-way street”"),
    ),
    **{
        f"rules/cadence/{level.value}": (
            1,
            365,
            QT_TRANSLATE_NOOP("Limits", "The {level} cadence"),
        )
        for level in Level
    },
    **{
        f"rules/stageCap/{stage.value}": (
            0,
            365,
            QT_TRANSLATE_NOOP("Limits", "The cap in {stage}"),
        )
        for stage in Stage
    },
}


def limit(key: str) -> tuple[int, int, str]:
    """A setting's allowed range and what it means, in the owner's language."""
    low, high, what = LIMITS[key]
    group, _, name = key.rpartition("/")
    words = translate("Limits", what)
    if group == "rules/cadence":
        words = words.format(level=Level(name).label)
    elif group == "rules/stageCap":
        words = words.format(stage=Stage(name).label)
    return low, high, words


_BACKUP_FIELDS = {
    "backups/everyMinutes": "every_minutes",
    "backups/recent": "recent",
    "backups/daily": "daily",
    "backups/weekly": "weekly",
    "backups/monthly": "monthly",
}
_RULE_FIELDS = {
    "rules/checkInIntervalDays": "check_in_interval_days",
    "rules/overdueGraceDays": "overdue_grace_days",
    "rules/conflictMaxDays": "conflict_max_days",
    "rules/warmWindowDays": "warm_window_days",
    "rules/warmMinEntries": "warm_min_entries",
    "rules/bigDealWeakHealth": "big_deal_weak_health",
    "rules/oneWayMinGiven": "one_way_min_given",
}


def flatten(prefs: Prefs) -> dict[str, object]:
    """Every setting under its key, as the settings file stores it (with the version)."""
    out: dict[str, object] = {VERSION_KEY: SETTINGS_VERSION}
    for key, name in _BACKUP_FIELDS.items():
        out[key] = getattr(prefs.backups, name)
    out["backups/folder"] = prefs.backups.folder
    for key, name in _RULE_FIELDS.items():
        out[key] = getattr(prefs.rules, name)
    for level, days in prefs.rules.cadence_by_level.items():
        out[f"rules/cadence/{level.value}"] = days
    for stage, days in prefs.rules.stage_caps.items():
        out[f"rules/stageCap/{stage.value}"] = days
    out["appearance/theme"] = prefs.appearance.theme.value
    out["appearance/weekStart"] = prefs.appearance.week_start.value
    out["appearance/language"] = prefs.appearance.language.value
    return out


def read(raw: Mapping[str, object]) -> Prefs:
    """Preferences from a settings map; anything unusable falls back to its default."""
    version = _as_int(raw.get(VERSION_KEY))
    if version is not None and version > SETTINGS_VERSION:
        log.info("settings written by a newer Rapport (version %s); reading what is known", version)
    defaults = flatten(Prefs())
    values: dict[str, object] = {}
    for key, default in defaults.items():
        value = raw.get(key, default)
        if isinstance(default, int):
            number = _as_int(value)
            low, high, _ = LIMITS.get(key, (-(2**31), 2**31, ""))
            values[key] = number if number is not None and low <= number <= high else default
        else:
            values[key] = value if isinstance(value, str) else default
    return _build(values, defaults)


def read_store(value: Callable[[str], object]) -> Prefs:
    """Preferences from a key → value lookup such as `QSettings.value` (None: unset)."""
    raw: dict[str, object] = {}
    for key in flatten(Prefs()):
        found = value(key)
        if found is not None:
            raw[key] = found
    return read(raw)


def _build(values: dict[str, object], defaults: dict[str, object]) -> Prefs:
    def number(key: str) -> int:
        value = values[key]
        assert isinstance(value, int)
        return value

    backups = BackupPrefs(
        folder=str(values["backups/folder"]),
        **{name: number(key) for key, name in _BACKUP_FIELDS.items()},
    )
    rules = RulePrefs(
        cadence_by_level={lv: number(f"rules/cadence/{lv.value}") for lv in Level},
        stage_caps={st: number(f"rules/stageCap/{st.value}") for st in Stage},
        **{name: number(key) for key, name in _RULE_FIELDS.items()},
    )
    theme = _enum(Theme, values["appearance/theme"], defaults["appearance/theme"])
    week = _enum(WeekStart, values["appearance/weekStart"], defaults["appearance/weekStart"])
    language = _enum(Language, values["appearance/language"], defaults["appearance/language"])
    return Prefs(backups, rules, AppearancePrefs(theme, week, language))


def problems(prefs: Prefs) -> list[Problem]:
    """Every value the dialog must refuse, with the reason (empty: all fine)."""
    found = []
    for key, value in flatten(prefs).items():
        if key in LIMITS and isinstance(value, int):
            low, high, what = limit(key)
            if not low <= value <= high:
                found.append(Problem(key, _out_of_range(key, what, low, high, value)))
    backups = prefs.backups
    if backups.folder:
        folder = Path(backups.folder).expanduser()
        if not folder.is_absolute():
            found.append(
                Problem(
                    "backups/folder",
                    SettingsModelText.tr("Choose a full path for the backup folder."),
                )
            )
        elif not folder.is_dir():
            found.append(
                Problem(
                    "backups/folder",
                    SettingsModelText.tr("The backup folder “{folder}” does not exist.").format(
                        folder=folder
                    ),
                )
            )
        elif not os.access(folder, os.W_OK | os.X_OK):
            found.append(
                Problem(
                    "backups/folder",
                    SettingsModelText.tr("Rapport may not write in the folder “{folder}”.").format(
                        folder=folder
                    ),
                )
            )
    rules = prefs.rules
    weak, strong = rules.big_deal_weak_health, RiskSettings().big_deal_strong_health
    if weak > strong:
        found.append(
            Problem(
                "rules/bigDealWeakHealth",
                SettingsModelText.tr(
                    "The health below which a big deal is at risk ({weak}) must not be above "
                    "“strong” ({strong})."
                ).format(weak=weak, strong=strong),
            )
        )
    return found


def _out_of_range(key: str, what: str, low: int, high: int, value: int) -> str:
    """Why a number is refused, in a whole sentence for its unit."""
    if key == "backups/everyMinutes":
        text = SettingsModelText.tr("{what} must be from {low} to {high} minutes; it is {value}.")
    elif key.startswith("backups/") or key.endswith(("Entries", "Given")):
        text = SettingsModelText.tr("{what} must be from {low} to {high}; it is {value}.")
    elif key.endswith("Health"):
        text = SettingsModelText.tr("{what} must be from {low} to {high} points; it is {value}.")
    else:
        text = SettingsModelText.tr("{what} must be from {low} to {high} days; it is {value}.")
    return text.format(what=what, low=low, high=high, value=value)


def _as_int(value: object) -> int | None:
    """A whole number from an int or its text (INI files hold text); None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return None
    return None


def _enum(kind: type[_E], value: object, default: object) -> _E:
    try:
        return kind(str(value))
    except ValueError:
        return kind(str(default))
