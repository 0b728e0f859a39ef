"""Which settings the Settings dialog must refuse, and why, in words.

The limits are the settings' own declarations (`settings_model.OPTIONS`); a few checks
look further: whether the backup folder can be written, and whether two thresholds
agree. Reading stays forgiving (`settings_model.read`); this is the strict side.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from rapport.domain.risk import RiskSettings
from rapport.i18n import Words
from rapport.settings_model import OPTIONS, Prefs
from rapport.settings_options import Option, Unit, flat_values

#: Named as before the checks had a module of their own, so their translations stay.
SettingsModelText = Words("SettingsModelText")


@dataclass(frozen=True)
class Problem:
    """A value the dialog refuses: which field (its settings key) and why, in words."""

    key: str
    reason: str


def problems(prefs: Prefs) -> list[Problem]:
    """Every value the dialog must refuse, with the reason (empty: all fine)."""
    found = []
    values = flat_values(prefs)
    for key, option in OPTIONS.items():
        value = values[key]
        if isinstance(value, int) and not option.allows(value):
            found.append(Problem(key, _out_of_range(option, value)))
    if prefs.backups.folder:
        reason = _folder_problem(Path(prefs.backups.folder).expanduser())
        if reason:
            found.append(Problem("backups/folder", reason))
    weak, strong = prefs.rules.big_deal_weak_health, RiskSettings().big_deal_strong_health
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


def _folder_problem(folder: Path) -> str:
    """Why backups cannot go to this folder, in words; empty when they can."""
    if not folder.is_absolute():
        return SettingsModelText.tr("Choose a full path for the backup folder.")
    if not folder.is_dir():
        return SettingsModelText.tr("The backup folder “{folder}” does not exist.").format(
            folder=folder
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        return SettingsModelText.tr("Rapport may not write in the folder “{folder}”.").format(
            folder=folder
        )
    return ""


def _out_of_range(option: Option, value: int) -> str:
    """Why a number is refused, in a whole sentence for its unit."""
    if option.unit is Unit.CLOCK:
        text = SettingsModelText.tr("{what} must be a time of day from 00:00 to 23:59.")
    elif option.unit is Unit.MINUTES:
        text = SettingsModelText.tr("{what} must be from {low} to {high} minutes; it is {value}.")
    elif option.unit is Unit.COUNT:
        text = SettingsModelText.tr("{what} must be from {low} to {high}; it is {value}.")
    elif option.unit is Unit.POINTS:
        text = SettingsModelText.tr("{what} must be from {low} to {high} points; it is {value}.")
    else:
        text = SettingsModelText.tr("{what} must be from {low} to {high} days; it is {value}.")
    return text.format(what=option.what_text(), low=option.low, high=option.high, value=value)
