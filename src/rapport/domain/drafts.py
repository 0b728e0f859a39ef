"""An entry as it stands in the editor, saved as a draft while the owner types.

Everything is kept exactly as typed (a customer not chosen yet, a half sentence), so
after a crash the dialog comes back as it was. Its fields are the entry's own
(`EntryDraft`, not yet checked: the dialog checks them when the owner saves), plus
what only the editor knows: the customer's name as typed, which entry is being
edited, and when the draft was written. The file lists the fields flat, one key each,
in the shape the entry declares; a field added to the entry later is simply missing
from an older draft, which reads back with that field's default.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields
from datetime import date, datetime
from enum import Enum
from typing import Any

from rapport.domain.entries import ENTRY_FIELDS, ENTRY_TYPES, EntryDraft

#: Bumped when the layout of a saved draft changes incompatibly.
DRAFT_FORMAT = 1
#: The entry's customer while none is chosen yet (ids start at 1).
NO_CUSTOMER = 0


@dataclass(frozen=True)
class TypedEntry:
    """The entry dialog's form, as typed."""

    draft_id: str
    entry_id: int | None  # None for a new entry, else the entry being edited
    customer_text: str
    entry: EntryDraft  # as typed, unchecked; customer_id NO_CUSTOMER while none is chosen
    saved_at: datetime

    @property
    def customer_id(self) -> int | None:
        """The customer chosen, if any."""
        chosen = self.entry.customer_id
        return chosen if chosen > NO_CUSTOMER else None

    def has_text(self) -> bool:
        """Whether there is anything worth keeping."""
        return bool(self.entry.title.strip() or self.entry.body.strip())

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (dates as ISO text)."""
        data: dict[str, Any] = {
            "format": DRAFT_FORMAT,
            "draft_id": self.draft_id,
            "entry_id": self.entry_id,
            "customer_text": self.customer_text,
            "saved_at": self.saved_at.isoformat(),
        }
        data.update((n, _to_json(getattr(self.entry, n))) for n in ENTRY_FIELDS)
        data["customer_id"] = self.customer_id
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TypedEntry:
        """Read back what `to_dict` wrote; raises ValueError/KeyError/TypeError when unusable."""
        if data.get("format") != DRAFT_FORMAT:
            raise ValueError(f"unknown draft format {data.get('format')!r}")
        values = {}
        for field in fields(EntryDraft):
            if field.name in data:
                values[field.name] = _from_json(ENTRY_TYPES[field.name], data[field.name])
            elif field.default is MISSING:  # a field every draft has always held
                raise KeyError(field.name)
        if values["customer_id"] is None:
            values["customer_id"] = NO_CUSTOMER
        return cls(
            draft_id=str(data["draft_id"]),
            entry_id=None if data["entry_id"] is None else int(data["entry_id"]),
            customer_text=str(data["customer_text"]),
            entry=EntryDraft(**values),
            saved_at=datetime.fromisoformat(data["saved_at"]),
        )


def _to_json(value: Any) -> Any:
    if isinstance(value, date):  # a datetime too
        return value.isoformat()
    return value.value if isinstance(value, Enum) else value


def _from_json(kind: type, value: Any) -> Any:
    """One field's value read back as its declared type (None stays None)."""
    if value is None:
        return None
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    return kind(value)
