"""What every settings page does: list its settings, load them, save them, check them first.

A page names the settings it shows (`add_rows(form, keys)`); each field is made from the
setting's declaration (`settings_model.OPTIONS`, see `editors.py`) and kept in `fields`
(key → the widget that edits it), from which loading and saving follow. A page may add a
field of its own (the backup folder's picker) to `fields` under its key. Checking asks
the pure model (`settings_checks.problems`) about the values the page would save and
keeps the problems about its own keys, so the limits are written down once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSpinBox, QWidget

from rapport.settings_checks import Problem, problems
from rapport.settings_model import OPTIONS, Prefs, flatten, updated
from rapport.ui.settings.editors import make_editor, show_value, value_of


class SettingsPage(QWidget):
    """One page of the Settings dialog."""

    #: The page's name in the dialog's list (each page sets it, translated, when made).
    title = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QWidget] = {}

    def load(self, prefs: Prefs) -> None:
        """Show the values in force."""
        self.show_values(flatten(prefs))

    def show_values(self, values: Mapping[str, object]) -> None:
        """Put each of this page's settings in its field (values as the file stores them)."""
        for key, widget in self.fields.items():
            show_value(widget, values[key])

    def save(self, prefs: Prefs) -> Prefs:
        """The preferences with this page's values put in (nothing is written here)."""
        return updated(prefs, {key: value_of(widget) for key, widget in self.fields.items()})

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

    def editor(self, key: str) -> QWidget:
        """The field for a setting, made from its declaration and kept in `fields`."""
        widget = make_editor(OPTIONS[key], self)
        self.fields[key] = widget
        return widget

    def box(self, key: str) -> QSpinBox:
        """The number field of one of this page's settings."""
        widget = self.fields[key]
        assert isinstance(widget, QSpinBox), f"{key} is not a number"
        return widget

    def combo(self, key: str) -> QComboBox:
        """The choice field of one of this page's settings."""
        widget = self.fields[key]
        assert isinstance(widget, QComboBox), f"{key} is not a choice"
        return widget

    def add_rows(self, form: QFormLayout, keys: Iterable[str]) -> None:
        """A row per setting: its label and field, and its note (if any) under it."""
        for key in keys:
            option = OPTIONS[key]
            widget = self.editor(key)
            label = "" if option.kind is bool else option.label_text()  # a box has its own
            form.addRow(label, widget)
            if option.note:
                form.addRow("", note(option.words(option.note)))


def note(text: str) -> QLabel:
    """A sentence under a field, wrapped to the page's width."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def keys_under(group: str) -> list[str]:
    """The keys of the settings in a group ("rules/cadence"), in the order declared."""
    return [key for key in OPTIONS if key.rpartition("/")[0] == group]
