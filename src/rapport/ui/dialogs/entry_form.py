"""The entry dialog's one mapper between its widgets and an entry's fields.

Each field of an entry (`domain.entries.ENTRY_FIELDS`) is bound once to the widget
that shows it: how to read it, how to show it, and the signals that say it changed.
Saving, the draft kept while typing, a conflict's merge and reopening an entry or a
draft all go through `read` and `show`; a test checks every field has a binding.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import SignalInstance

from rapport.domain.entries import EntryDraft


@dataclass(frozen=True)
class Binding:
    """One field of an entry and its widget."""

    name: str  # the EntryDraft field
    read: Callable[[], Any]
    show: Callable[[Any], None]
    changed: Sequence[SignalInstance]


class EntryForm:
    """Reads the form as an entry, and shows an entry in it."""

    def __init__(self, bindings: Sequence[Binding]) -> None:
        self.bindings = tuple(bindings)

    def read(self) -> EntryDraft:
        """The entry exactly as the form holds it (not yet checked)."""
        return EntryDraft(**{b.name: b.read() for b in self.bindings})

    def show(self, entry: EntryDraft) -> None:
        """Put an entry (a record, a draft, a merged choice) into the form."""
        for binding in self.bindings:
            binding.show(getattr(entry, binding.name))

    def changed(self) -> list[SignalInstance]:
        """Every signal that says the form changed."""
        return [signal for b in self.bindings for signal in b.changed]
