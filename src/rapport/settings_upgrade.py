"""The settings file's version, and the steps that bring an older file up to date.

Each step is a pure function over the file's flat map ("group/key" → value), keyed by
the version it brings the file to; `upgrade` runs the steps a file still needs, in
order. A file written by a newer Rapport is read as it is: its keys are left alone
and its version is kept. The app writes the upgraded map back once, when it starts
(`ui/settings/app_settings.py`); the command line upgrades in memory only.

A step is added when a key changes meaning, moves or goes away, together with a
settings file as the version before it wrote it (`tests/fixtures/settings-<n>.conf`)
and a test that upgrades that file.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from rapport.settings_options import as_int

VERSION_KEY = "settings/version"
#: The version of a file that names none: written before settings had a version.
FIRST_VERSION = 1

Flat = dict[str, object]


@dataclass(frozen=True)
class Upgrade:
    """One step: from `version - 1` to `version`."""

    version: int
    change: Callable[[Flat], Flat]  # a new map; the one passed in is left as it is
    why: str  # for the log, when the app writes the upgrade back
    reads: tuple[str, ...] = ()  # keys outside the registry it reads or drops


def _drop_customer_header(raw: Flat) -> Flat:
    """The customer list's columns changed, and their layout moved to a new key.

    Until version 1 the main window kept it under `window/customerHeader`; the list's
    columns then changed and the window now uses `window/customerColumns`, which it
    fills at the next close. The old layout fits no list any more: it is dropped.
    """
    return {key: value for key, value in raw.items() if key != "window/customerHeader"}


UPGRADES: tuple[Upgrade, ...] = (
    Upgrade(
        2,
        _drop_customer_header,
        "the customer list's old column layout (window/customerHeader) is dropped",
        reads=("window/customerHeader",),
    ),
)

#: Raised with each step; a file of this version needs none.
SETTINGS_VERSION = UPGRADES[-1].version


def version_of(raw: Mapping[str, object]) -> int:
    """The version a settings map was written with (`FIRST_VERSION` when it says none)."""
    version = as_int(raw.get(VERSION_KEY))
    return version if version is not None and version >= FIRST_VERSION else FIRST_VERSION


def upgrade(raw: Mapping[str, object]) -> Flat:
    """The map as this version reads it: every step it still needs run, in order.

    A newer file comes back unchanged. The result names the version it now has.
    """
    version = version_of(raw)
    flat = dict(raw)
    if version > SETTINGS_VERSION:
        return flat
    for step in UPGRADES:
        if step.version > version:
            flat = step.change(flat)
    flat[VERSION_KEY] = SETTINGS_VERSION
    return flat


def old_keys() -> tuple[str, ...]:
    """Keys outside the registry that the steps read (a reader fetches them too)."""
    return tuple(key for step in UPGRADES for key in step.reads)
