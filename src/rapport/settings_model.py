"""The owner's preferences as plain values: declared once, read, checked and written without Qt.

Each setting is one declaration below (`setting(...)`: key, default, limits, unit and
words; see `settings_options`), and everything else is derived from the declarations:
`read` (forgiving), `flatten` (what the file stores), `settings_checks.problems`
(strict, with reasons in words) and the fields of the Settings pages, which only list
the keys they show.

The settings file is a flat map of "group/key" strings to values (QSettings in the
app, a dict in tests). Reading is forgiving on purpose: a key that is missing, of the
wrong type or out of range falls back to its default, and keys this version does not
know are left alone, so a file written by a newer Rapport (a higher `settings/version`)
still opens. An older file is brought up to date first (`settings_upgrade`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import time, timedelta
from enum import StrEnum

from rapport.domain.cadence import CadenceSettings
from rapport.domain.checkins import DEFAULT_INTERVAL_DAYS
from rapport.domain.health import HealthSettings
from rapport.domain.levels import Level
from rapport.domain.reminders import ReminderSettings
from rapport.domain.retention import AUTO_BACKUP_INTERVAL, DEFAULT_RETENTION, Retention
from rapport.domain.risk import RiskSettings
from rapport.domain.settings import RuleSettings
from rapport.domain.stages import Stage
from rapport.i18n import QT_TRANSLATE_NOOP
from rapport.settings_options import (
    Option,
    Unit,
    Verbatim,
    build,
    flat_values,
    options_of,
    setting,
    settings_per,
)
from rapport.settings_upgrade import SETTINGS_VERSION, VERSION_KEY, old_keys, upgrade, version_of

log = logging.getLogger("rapport.settings")


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


def _default_cadence() -> dict[Level, int]:
    return dict(CadenceSettings().by_level)


def _default_caps() -> dict[Stage, int]:
    caps = CadenceSettings().stage_caps
    return {stage: caps.get(stage, 0) for stage in Stage}


_RISK = RiskSettings()


@dataclass(frozen=True)
class BackupPrefs:
    """How often the journal is backed up, how many backups are kept, and where."""

    every_minutes: int = setting(
        "backups/everyMinutes",
        int(AUTO_BACKUP_INTERVAL.total_seconds() // 60),
        context="BackupsPageText",
        low=5,
        high=24 * 60,
        unit=Unit.MINUTES,
        what=QT_TRANSLATE_NOOP("Limits", "Automatic backups"),
        label=QT_TRANSLATE_NOOP("BackupsPageText", "Back up &every"),
        note=QT_TRANSLATE_NOOP(
            "BackupsPageText", "Only after changes; a quiet journal makes no new copies."
        ),
    )
    recent: int = setting(
        "backups/recent",
        DEFAULT_RETENTION.recent,
        context="BackupsPageText",
        low=1,
        high=100,
        what=QT_TRANSLATE_NOOP("Limits", "The newest backups kept"),
        label=QT_TRANSLATE_NOOP("BackupsPageText", "The &newest"),
    )
    daily: int = setting(
        "backups/daily",
        DEFAULT_RETENTION.daily,
        context="BackupsPageText",
        low=0,
        high=366,
        what=QT_TRANSLATE_NOOP("Limits", "Daily backups kept"),
        label=QT_TRANSLATE_NOOP("BackupsPageText", "One per &day, for the last"),
    )
    weekly: int = setting(
        "backups/weekly",
        DEFAULT_RETENTION.weekly,
        context="BackupsPageText",
        low=0,
        high=520,
        what=QT_TRANSLATE_NOOP("Limits", "Weekly backups kept"),
        label=QT_TRANSLATE_NOOP("BackupsPageText", "One per &week, for the last"),
    )
    monthly: int = setting(
        "backups/monthly",
        DEFAULT_RETENTION.monthly,
        context="BackupsPageText",
        low=0,
        high=240,
        what=QT_TRANSLATE_NOOP("Limits", "Monthly backups kept"),
        label=QT_TRANSLATE_NOOP("BackupsPageText", "One per &month, for the last"),
    )
    #: Empty: a `backups` folder beside the journal. Checked in `settings_checks`; its page
    #: field is the page's own (a folder picker).
    folder: str = setting("backups/folder", "", context="BackupsPageText")

    def retention(self) -> Retention:
        """The thinning policy these numbers describe."""
        return Retention(self.recent, self.daily, self.weekly, self.monthly)

    def interval(self) -> timedelta:
        """At most one automatic backup per this interval."""
        return timedelta(minutes=self.every_minutes)


#: A level's row in "Keep in touch at least every": a whole phrase per level.
_LEVEL_ROWS = {
    Level.PROFESSIONAL: QT_TRANSLATE_NOOP("RulesPageText", "Professional relationship"),
    Level.PERSONAL: QT_TRANSLATE_NOOP("RulesPageText", "Personal relationship"),
    Level.STRUCTURAL: QT_TRANSLATE_NOOP("RulesPageText", "Structural relationship"),
    Level.POWER: QT_TRANSLATE_NOOP("RulesPageText", "Power relationship"),
}


@dataclass(frozen=True)
class RulePrefs:
    """The thresholds an owner may tune; every other one keeps its documented default.

    A field named as a field of `RiskSettings` reaches the risk rules as it is.
    """

    cadence_by_level: dict[Level, int] = settings_per(
        Level,
        "rules/cadence/{level}",
        _default_cadence,
        labels=_LEVEL_ROWS,
        low=1,
        high=365,
        unit=Unit.DAYS,
        context="RulesPageText",
        what=QT_TRANSLATE_NOOP("Limits", "The {level} cadence"),
    )
    stage_caps: dict[Stage, int] = settings_per(  # 0: no cap
        Stage,
        "rules/stageCap/{stage}",
        _default_caps,
        low=0,
        high=365,
        unit=Unit.DAYS,
        context="RulesPageText",
        what=QT_TRANSLATE_NOOP("Limits", "The cap in {stage}"),
        zero_text=QT_TRANSLATE_NOOP("RulesPageText", "No limit"),
    )
    check_in_interval_days: int = setting(
        "rules/checkInIntervalDays",
        DEFAULT_INTERVAL_DAYS,
        context="RulesPageText",
        low=7,
        high=730,
        unit=Unit.DAYS,
        what=QT_TRANSLATE_NOOP("Limits", "The check-in interval"),
        label=QT_TRANSLATE_NOOP("RulesPageText", "Ask for a &check-in every"),
    )
    overdue_grace_days: int = setting(
        "rules/overdueGraceDays",
        _RISK.overdue_grace_days,
        context="RulesPageText",
        low=0,
        high=90,
        unit=Unit.DAYS,
        what=QT_TRANSLATE_NOOP("Limits", "The grace before “overdue”"),
        label=QT_TRANSLATE_NOOP("RulesPageText", "Grace before “&overdue”"),
    )
    conflict_max_days: int = setting(
        "rules/conflictMaxDays",
        _RISK.conflict_max_days,
        context="RulesPageText",
        low=1,
        high=365,
        unit=Unit.DAYS,
        what=QT_TRANSLATE_NOOP("Limits", "The time in Conflict before it counts as unresolved"),
        label=QT_TRANSLATE_NOOP("RulesPageText", "&Unresolved conflict after"),
    )
    warm_window_days: int = setting(
        "rules/warmWindowDays",
        _RISK.warm_window_days,
        context="RulesPageText",
        low=14,
        high=365,
        unit=Unit.DAYS,
        what=QT_TRANSLATE_NOOP("Limits", "The “warm but thin” window"),
        label=QT_TRANSLATE_NOOP("RulesPageText", "“Warm but thin” looks &back"),
    )
    warm_min_entries: int = setting(
        "rules/warmMinEntries",
        _RISK.warm_min_entries,
        context="RulesPageText",
        low=1,
        high=50,
        unit=Unit.COUNT,
        what=QT_TRANSLATE_NOOP("Limits", "The warm entries for “warm but thin”"),
        label=QT_TRANSLATE_NOOP("RulesPageText", "… and needs warm &entries"),
    )
    big_deal_weak_health: int = setting(
        "rules/bigDealWeakHealth",
        _RISK.big_deal_weak_health,
        context="RulesPageText",
        low=1,
        high=100,
        unit=Unit.POINTS,
        what=QT_TRANSLATE_NOOP("Limits", "The health below which a big deal is at risk"),
        label=QT_TRANSLATE_NOOP("RulesPageText", "&Big deal at risk below health"),
    )
    one_way_min_given: int = setting(
        "rules/oneWayMinGiven",
        _RISK.one_way_min_given,
        context="RulesPageText",
        low=1,
        high=50,
        unit=Unit.COUNT,
        what=QT_TRANSLATE_NOOP("Limits", "The favours given for “one-way street”"),
        label=QT_TRANSLATE_NOOP("RulesPageText", "“One-way street” after &favours"),
    )

    def to_rules(self) -> RuleSettings:
        """The `RuleSettings` the store's insight and Today calls take."""
        caps = {stage: days for stage, days in self.stage_caps.items() if days > 0}
        cadence = CadenceSettings(by_level=dict(self.cadence_by_level), stage_caps=caps)
        health = HealthSettings(check_in_interval_days=self.check_in_interval_days, cadence=cadence)
        risk = replace(RiskSettings(), **{name: getattr(self, name) for name in _RISK_FIELDS})
        return RuleSettings(health=health, risk=risk)


_RISK_FIELDS = tuple(
    f.name for f in fields(RulePrefs) if f.name in {r.name for r in fields(RiskSettings)}
)


@dataclass(frozen=True)
class AppearancePrefs:
    """Theme, language and the first day of the week."""

    theme: Theme = setting(
        "appearance/theme",
        Theme.SYSTEM,
        context="AppearancePageText",
        what=QT_TRANSLATE_NOOP("Limits", "Theme"),
        label=QT_TRANSLATE_NOOP("AppearancePageText", "&Theme"),
        help=QT_TRANSLATE_NOOP(
            "AppearancePageText", "Follow the system's light or dark setting, or choose"
        ),
        note=QT_TRANSLATE_NOOP(
            "AppearancePageText",
            "“Follow the system” switches between light and dark when your computer does. "
            "Charts and icons follow the theme.",
        ),
        choices={
            Theme.SYSTEM: QT_TRANSLATE_NOOP("AppearancePageText", "Follow the system"),
            Theme.LIGHT: QT_TRANSLATE_NOOP("AppearancePageText", "Light"),
            Theme.DARK: QT_TRANSLATE_NOOP("AppearancePageText", "Dark"),
        },
    )
    week_start: WeekStart = setting(
        "appearance/weekStart",
        WeekStart.LOCALE,
        context="AppearancePageText",
        what=QT_TRANSLATE_NOOP("Limits", "First day of the week"),
        label=QT_TRANSLATE_NOOP("AppearancePageText", "&Week starts on"),
        help=QT_TRANSLATE_NOOP("AppearancePageText", "The first column of every calendar"),
        choices={
            WeekStart.LOCALE: QT_TRANSLATE_NOOP(
                "AppearancePageText", "As the computer's region says"
            ),
            WeekStart.MONDAY: QT_TRANSLATE_NOOP("AppearancePageText", "Monday"),
            WeekStart.SATURDAY: QT_TRANSLATE_NOOP("AppearancePageText", "Saturday"),
            WeekStart.SUNDAY: QT_TRANSLATE_NOOP("AppearancePageText", "Sunday"),
        },
    )
    language: Language = setting(
        "appearance/language",
        Language.SYSTEM,
        context="AppearancePageText",
        what=QT_TRANSLATE_NOOP("Limits", "Language"),
        label=QT_TRANSLATE_NOOP("AppearancePageText", "&Language"),
        help=QT_TRANSLATE_NOOP(
            "AppearancePageText",
            "The language of menus, screens and printouts, and how dates and numbers read",
        ),
        note=QT_TRANSLATE_NOOP(
            "AppearancePageText",
            "A new language applies when you save: the main window is built again in it. "
            "Your journal's contents stay as you wrote them.",
        ),
        choices={  # each language named in its own words (as `languages.LANGUAGES`)
            Language.SYSTEM: QT_TRANSLATE_NOOP(
                "AppearancePageText", "As the computer's region says"
            ),
            Language.ENGLISH: Verbatim("English"),
            Language.GERMAN: Verbatim("Deutsch"),
        },
    )


def _clock(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)


@dataclass(frozen=True)
class ReminderPrefs:
    """Start at login, and when Rapport may remind the owner of what is due."""

    #: Kept in the platform's own autostart entry too (`rapport.autostart`), written or
    #: removed when the settings are saved; this value is what the owner last chose.
    start_at_login: bool = setting(
        "reminders/startAtLogin",
        False,
        context="RemindersPageText",
        what=QT_TRANSLATE_NOOP("Limits", "Start at login"),
        label=QT_TRANSLATE_NOOP("RemindersPageText", "&Start Rapport when I log in"),
        note=QT_TRANSLATE_NOOP(
            "RemindersPageText",
            "Uses your computer's own list of programs that start at login, "
            "where you can also turn it off.",
        ),
    )
    keep_in_tray: bool = setting(
        "reminders/keepInTray",
        False,
        context="RemindersPageText",
        what=QT_TRANSLATE_NOOP("Limits", "Keep running in the tray"),
        label=QT_TRANSLATE_NOOP(
            "RemindersPageText", "Keep Rapport in the &tray when its window is closed"
        ),
        note=QT_TRANSLATE_NOOP(
            "RemindersPageText",
            "Then it can remind you of what falls due: a daily summary, and each follow-up.",
        ),
    )
    summary_at: int = setting(
        "reminders/summaryAt",
        8 * 60 + 30,
        context="RemindersPageText",
        low=0,
        high=24 * 60 - 1,
        unit=Unit.CLOCK,
        what=QT_TRANSLATE_NOOP("Limits", "The time of the daily summary"),
        label=QT_TRANSLATE_NOOP("RemindersPageText", "&Daily summary at"),
        note=QT_TRANSLATE_NOOP(
            "RemindersPageText",
            "What is due today, in a few words. A follow-up that falls due later in the "
            "day is told on its own.",
        ),
    )
    quiet_hours: bool = setting(
        "reminders/quietHours",
        False,
        context="RemindersPageText",
        what=QT_TRANSLATE_NOOP("Limits", "Quiet hours"),
        label=QT_TRANSLATE_NOOP("RemindersPageText", "&Quiet hours"),
    )
    quiet_from: int = setting(
        "reminders/quietFrom",
        21 * 60,
        context="RemindersPageText",
        low=0,
        high=24 * 60 - 1,
        unit=Unit.CLOCK,
        what=QT_TRANSLATE_NOOP("Limits", "The start of the quiet hours"),
        label=QT_TRANSLATE_NOOP("RemindersPageText", "Quiet &from"),
    )
    quiet_until: int = setting(
        "reminders/quietUntil",
        7 * 60,
        context="RemindersPageText",
        low=0,
        high=24 * 60 - 1,
        unit=Unit.CLOCK,
        what=QT_TRANSLATE_NOOP("Limits", "The end of the quiet hours"),
        label=QT_TRANSLATE_NOOP("RemindersPageText", "Quiet &until"),
    )
    weekends: bool = setting(
        "reminders/weekends",
        True,
        context="RemindersPageText",
        what=QT_TRANSLATE_NOOP("Limits", "Reminders on weekends"),
        label=QT_TRANSLATE_NOOP("RemindersPageText", "Remind me on &weekends too"),
    )

    def to_reminders(self) -> ReminderSettings:
        """The schedule `rapport.domain.reminders.plan` takes."""
        quiet = self.quiet_hours and self.quiet_from != self.quiet_until
        return ReminderSettings(
            summary_at=_clock(self.summary_at),
            quiet_from=_clock(self.quiet_from) if quiet else None,
            quiet_until=_clock(self.quiet_until) if quiet else None,
            weekends=self.weekends,
        )


@dataclass(frozen=True)
class JournalPrefs:
    """How an encrypted journal is kept from view when the owner is away."""

    lock_after_minutes: int = setting(
        "journal/lockAfterMinutes",
        15,
        context="JournalPageText",
        low=0,
        high=24 * 60,
        unit=Unit.MINUTES,
        what=QT_TRANSLATE_NOOP("Limits", "Lock when away"),
        label=QT_TRANSLATE_NOOP("JournalPageText", "&Lock after"),
        note=QT_TRANSLATE_NOOP(
            "JournalPageText",
            "An encrypted journal is hidden behind its passphrase after this long without "
            "use; 0 never locks it. Text being written is kept.",
        ),
    )


@dataclass(frozen=True)
class Prefs:
    """Everything the Settings dialog edits."""

    backups: BackupPrefs = field(default_factory=BackupPrefs)
    rules: RulePrefs = field(default_factory=RulePrefs)
    appearance: AppearancePrefs = field(default_factory=AppearancePrefs)
    reminders: ReminderPrefs = field(default_factory=ReminderPrefs)
    journal: JournalPrefs = field(default_factory=JournalPrefs)


#: Every setting, by key, in the order declared.
OPTIONS: dict[str, Option] = options_of(Prefs)


def flatten(prefs: Prefs) -> dict[str, object]:
    """Every setting under its key, as the settings file stores it (with the version)."""
    return {VERSION_KEY: SETTINGS_VERSION, **flat_values(prefs)}


def updated(prefs: Prefs, values: Mapping[str, object]) -> Prefs:
    """The preferences with some settings replaced, as given (`settings_checks` checks them)."""
    return build(Prefs, {**flat_values(prefs), **values})


def read(raw: Mapping[str, object]) -> Prefs:
    """Preferences from a settings map; anything unusable falls back to its default."""
    version = version_of(raw)
    if version > SETTINGS_VERSION:
        log.info("settings written by a newer Rapport (version %s); reading what is known", version)
    current = upgrade(raw)
    return build(Prefs, {key: option.read(current.get(key)) for key, option in OPTIONS.items()})


def read_store(value: Callable[[str], object]) -> Prefs:
    """Preferences from a key → value lookup such as `QSettings.value` (None: unset)."""
    raw: dict[str, object] = {}
    for key in (VERSION_KEY, *OPTIONS, *old_keys()):
        found = value(key)
        if found is not None:
            raw[key] = found
    return read(raw)
