"""The owner's preferences in QSettings: one object the app reads and the dialog writes.

The values themselves, their defaults and their limits are `rapport.settings_model`
(no Qt); this is only the bridge to the settings file and the signal screens listen to.
It also brings an older settings file up to date, once, when the app opens it
(`rapport.settings_upgrade`; the command line only reads).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from rapport.domain.settings import RuleSettings
from rapport.settings_model import SETTINGS_VERSION, VERSION_KEY, Prefs, flatten, read_store
from rapport.settings_upgrade import UPGRADES, upgrade, version_of
from rapport.store.backup import BackupPlan

log = logging.getLogger("rapport.settings")


class AppSettings(QObject):
    """Reads and writes `Prefs`; says when they changed so screens can follow."""

    changed = Signal(object)  # the new Prefs
    rules_changed = Signal(object)  # the new RuleSettings (only when the rules changed)

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        upgrade_file(settings)
        self._prefs = self._load()

    def _load(self) -> Prefs:
        return read_store(self.settings.value)

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
        """Write every value (unknown keys from a newer version are left as they are)."""
        before = self._prefs
        for key, value in flatten(prefs).items():
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
