"""What every settings page does: load values, save them back, and check them first.

A page owns some settings keys (`fields`: key → the widget that edits it). Checking
asks the pure model (`settings_model.problems`) about the values the page would save
and keeps the problems about its own keys, so the limits are written down once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox, QWidget

from rapport.i18n import Words
from rapport.settings_model import Prefs, Problem, limit, problems

SettingsPageText = Words("SettingsPageText")

#: Spin boxes accept any plausible number; the model's limits refuse with a reason.
_SPIN_MAX = 99_999


class SettingsPage(QWidget):
    """One page of the Settings dialog."""

    #: The page's name in the dialog's list (each page sets it, translated, when made).
    title = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QWidget] = {}

    def load(self, prefs: Prefs) -> None:
        """Show the values in force."""

    def save(self, prefs: Prefs) -> Prefs:
        """The preferences with this page's values put in (nothing is written here)."""
        return prefs

    def check(self, prefs: Prefs) -> Problem | None:
        """The first value on this page that must be refused, focused; None when all is well."""
        mine = [p for p in problems(self.save(prefs)) if p.key in self.fields]
        if not mine:
            return None
        widget = self.fields[mine[0].key]
        widget.setFocus()
        if isinstance(widget, QSpinBox):
            widget.selectAll()
        return mine[0]

    def spin(self, key: str, unit: str = "") -> QSpinBox:
        """A number field for a settings key, named for screen readers from the model.

        `unit` is "days", "minutes" or "" (a plain count); its word follows the number
        ("1 day", "30 days"; "1 Tag", "30 Tage").
        """
        box = QSpinBox(self)
        box.setRange(0, _SPIN_MAX)
        if unit:
            box.valueChanged.connect(lambda value: box.setSuffix(unit_suffix(unit, value)))
            box.setSuffix(unit_suffix(unit, box.value()))
        low, high, what = limit(key)
        box.setAccessibleName(what)
        suffix = unit_suffix(unit, high)
        box.setAccessibleDescription(
            SettingsPageText.tr("From {low} to {high}{unit}").format(
                low=low, high=high, unit=suffix
            )
        )
        box.setToolTip(
            SettingsPageText.tr("{what}: from {low} to {high}{unit}").format(
                what=what, low=low, high=high, unit=suffix
            )
        )
        box.setObjectName(key.replace("/", "_"))
        self.fields[key] = box
        return box


def unit_suffix(unit: str, value: int) -> str:
    """The unit after a number in a spin box, in the number's plural: " day", " days"."""
    if unit == "days":
        return SettingsPageText.tr(" day(s)", "", value)
    if unit == "minutes":
        return SettingsPageText.tr(" minute(s)", "", value)
    return ""
