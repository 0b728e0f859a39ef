"""A settings page's fields, made from the settings' declarations (`settings_options.Option`).

A whole number is a spin box with its unit ("30 days"), named for screen readers with
its limits; a time of day is a time field ("08:30"); a choice is a combo box of its
values in words; yes or no is a check box; text is a line edit. Spin boxes take any
plausible number on purpose: a value out of its limits is refused with the reason in
words (`settings_checks.problems`), which a box that silently clamps could not say.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QTimeEdit, QWidget

from rapport.i18n import Words
from rapport.settings_options import Option, Unit

SettingsPageText = Words("SettingsPageText")

#: Spin boxes accept any plausible number; the model's limits refuse with a reason.
_SPIN_MAX = 99_999


def make_editor(option: Option, parent: QWidget | None = None) -> QWidget:
    """The field that edits one setting, named for screen readers from its declaration."""
    widget: QWidget
    if option.kind is bool:
        widget = QCheckBox(option.label_text(), parent)
    elif option.kind is int and option.unit is Unit.CLOCK:
        clock = QTimeEdit(parent)
        clock.setDisplayFormat("HH:mm")
        widget = clock
    elif option.kind is int:
        widget = _spin(option, parent)
    elif isinstance(option.default, StrEnum):
        combo = QComboBox(parent)
        for value, words in option.choice_texts():
            combo.addItem(words, value)
        widget = combo
    else:
        widget = QLineEdit(parent)
    if not isinstance(widget, QSpinBox):  # a number is named by its range (`_spin`)
        widget.setAccessibleName(option.what_text())
        widget.setAccessibleDescription(option.words(option.help))
    widget.setObjectName(option.key.replace("/", "_"))
    return widget


def show_value(widget: QWidget, value: object) -> None:
    """Put a value (as the settings file stores it) in its field."""
    if isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QTimeEdit):
        assert isinstance(value, int)
        widget.setTime(QTime(value // 60, value % 60))
    elif isinstance(widget, QSpinBox):
        assert isinstance(value, int)
        widget.setValue(value)
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(widget.findData(value))
    elif isinstance(widget, QLineEdit):
        widget.setText(str(value))


def value_of(widget: QWidget) -> object:
    """The value a field holds, as the settings model takes it."""
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QTimeEdit):
        return widget.time().hour() * 60 + widget.time().minute()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    assert isinstance(widget, QLineEdit), f"no value for {widget.objectName()}"
    return widget.text().strip()


def _spin(option: Option, parent: QWidget | None) -> QSpinBox:
    """A number field: its unit follows the number ("1 day", "30 days"; "1 Tag", "30 Tage")."""
    box = QSpinBox(parent)
    box.setRange(0, _SPIN_MAX)
    if unit_suffix(option.unit, 2):
        box.valueChanged.connect(lambda value: box.setSuffix(unit_suffix(option.unit, value)))
        box.setSuffix(unit_suffix(option.unit, box.value()))
    if option.zero_text:
        box.setSpecialValueText(option.words(option.zero_text))
    what, low, high = option.what_text(), option.low, option.high
    suffix = unit_suffix(option.unit, high or 0)
    box.setAccessibleName(what)
    box.setAccessibleDescription(
        option.words(option.help)
        or SettingsPageText.tr("From {low} to {high}{unit}").format(low=low, high=high, unit=suffix)
    )
    box.setToolTip(
        SettingsPageText.tr("{what}: from {low} to {high}{unit}").format(
            what=what, low=low, high=high, unit=suffix
        )
    )
    return box


def unit_suffix(unit: Unit, value: int) -> str:
    """The unit after a number in a spin box, in the number's plural: " day", " days"."""
    if unit is Unit.DAYS:
        return SettingsPageText.tr(" day(s)", "", value)
    if unit is Unit.MINUTES:
        return SettingsPageText.tr(" minute(s)", "", value)
    return ""
