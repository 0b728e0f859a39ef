"""The owner's preferences in QSettings: one object the app reads and the dialog writes.

The values themselves, their defaults and their limits are `rapport.settings_model`
(no Qt); this is only the bridge to the settings file and the signal screens listen to.
It also brings an older settings file up to date, once, when the app opens it
(`rapport.settings_upgrade`; the command line only reads).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QSettings, Signal

from rapport.domain.settings import RuleSettings
from rapport.settings_model import SETTINGS_VERSION, VERSION_KEY, Prefs, flatten, read_store
from rapport.settings_upgrade import UPGRADES, upgrade, version_of
from rapport.store.backup import BackupPlan
from rapport.store.errors import JournalError

log = logging.getLogger("rapport.settings")
#: The keys of the relationship rules (Settings → Relationship rules).
RULES_PREFIX = "rules/"


class TeamRules(Protocol):
    """Where a team journal keeps its rules (`journal.rules`, store/rules.py)."""

    def values(self) -> dict[str, int]:
        """The stored rules by key."""
        ...

    def save(self, values: Mapping[str, int]) -> None:
        """Store them for the team (OwnerOnlyError for a colleague)."""
        ...


class AppSettings(QObject):
    """Reads and writes `Prefs`; says when they changed so screens can follow."""

    changed = Signal(object)  # the new Prefs
    rules_changed = Signal(object)  # the new RuleSettings (only when the rules changed)

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        #: A team journal's rules (store/rules.py): they come first, and an owner's
        #: changes go there, not into this computer's settings. None: a journal file.
        self.team_rules: TeamRules | None = None
        #: False for a colleague who may read the team's rules but not change them.
        self.may_change_rules = True
        self._team_cache: dict[str, int] = {}
        upgrade_file(settings)
        self._prefs = self._load()

    def share_rules(self, team_rules: TeamRules, may_change: bool) -> None:
        """Follow a team journal's rules from now on (an owner may change them)."""
        self.team_rules = team_rules
        self.may_change_rules = may_change
        self._prefs = self._load()

    def _load(self) -> Prefs:
        shared = self._team_values()
        if not shared:
            return read_store(self.settings.value)

        def value(key: str) -> object:
            return shared[key] if key in shared else self.settings.value(key)

        return read_store(value)

    def _team_values(self) -> dict[str, int]:
        """The team journal's rules; those read last while its server cannot be reached."""
        if self.team_rules is None:
            return {}
        try:
            self._team_cache = self.team_rules.values()
        except JournalError as exc:
            log.warning("the team's rules could not be read: %s", type(exc).__name__)
        return self._team_cache

    def reload(self) -> Prefs:
        """Read the file again (another window may have saved)."""
        self._prefs = self._load()
        return self._prefs

    def prefs(self) -> Prefs:
        """The preferences in force."""
        return self._prefs

    def rules(self) -> RuleSettings:
        """The relationship rules to pass to the store's insight, health and Today calls."""
        return self._prefs.rules.to_rules()

    def backup_plan(self) -> BackupPlan:
        """Where backups go and how many are kept, for `store.backup.set_plan`."""
        backups = self._prefs.backups
        folder = Path(backups.folder).expanduser() if backups.folder else None
        return BackupPlan(folder, backups.retention())

    def save(self, prefs: Prefs) -> None:
        """Write every value (unknown keys from a newer version are left as they are).

        On a team journal the rules go to the journal (a JournalError, such as
        OwnerOnlyError, leaves everything unsaved: nothing is written before it).
        """
        before = self._prefs
        values = flatten(prefs)
        if self.team_rules is not None:  # the team's rules live in the journal
            rules = {k: v for k, v in values.items() if k.startswith(RULES_PREFIX)}
            if prefs.rules != before.rules:
                self.team_rules.save({k: int(str(v)) for k, v in rules.items()})
            values = {k: v for k, v in values.items() if k not in rules}
        for key, value in values.items():
            if key != VERSION_KEY:
                self.settings.setValue(key, value)
        # A newer Rapport's version number is kept, so it does not take this file for old.
        stored = self.settings.value(VERSION_KEY)
        try:
            newer = int(str(stored)) > SETTINGS_VERSION
        except ValueError:
            newer = False
        if not newer:
            self.settings.setValue(VERSION_KEY, SETTINGS_VERSION)
        self.settings.sync()
        self._prefs = prefs
        log.info("settings saved")
        self.changed.emit(prefs)
        if prefs.rules != before.rules:
            self.rules_changed.emit(self.rules())


def upgrade_file(settings: QSettings) -> None:
    """Run the upgrade steps an older settings file needs, and write it back once.

    A new, empty file is left alone (the first save names its version); a newer one too.
    """
    stored = settings.value(VERSION_KEY)
    if stored is not None and version_of({VERSION_KEY: stored}) >= SETTINGS_VERSION:
        return
    raw = {key: settings.value(key) for key in settings.allKeys()}
    if not raw:
        return
    was = version_of(raw)
    new = upgrade(raw)
    for key in raw.keys() - new.keys():
        settings.remove(key)
    for key, value in new.items():
        if key not in raw or raw[key] != value:
            settings.setValue(key, value)
    settings.sync()
    for step in UPGRADES:
        if step.version > was:
            log.info("settings upgraded to version %s: %s", step.version, step.why)
