"""An entry as it stands in the editor, saved as a draft while the owner types.

Everything is kept exactly as typed (a customer not chosen yet, a half sentence), so
after a crash the dialog comes back as it was. It is not an EntryDraft: that is an
entry ready to be checked and saved; this may not be valid yet.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

#: Bumped when the layout of a saved draft changes incompatibly.
DRAFT_FORMAT = 1


@dataclass(frozen=True)
class TypedEntry:
    """The fields of the entry dialog, as typed."""

    draft_id: str
    entry_id: int | None  # None for a new entry, else the entry being edited
    customer_id: int | None
    customer_text: str
    occurred_at: datetime
    kind: str
    title: str
    body: str
    sentiment: int | None
    private: bool
    follow_up_on: date | None
    follow_up_done: bool
    saved_at: datetime

    def has_text(self) -> bool:
        """Whether there is anything worth keeping."""
        return bool(self.title.strip() or self.body.strip())

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (dates as ISO text)."""
        data = asdict(self)
        data["format"] = DRAFT_FORMAT
        data["occurred_at"] = self.occurred_at.isoformat()
        data["saved_at"] = self.saved_at.isoformat()
        data["follow_up_on"] = self.follow_up_on.isoformat() if self.follow_up_on else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TypedEntry:
        """Read back what `to_dict` wrote; raises ValueError/KeyError/TypeError when unusable."""
        if data.get("format") != DRAFT_FORMAT:
            raise ValueError(f"unknown draft format {data.get('format')!r}")
        follow = data["follow_up_on"]
        return cls(
            draft_id=str(data["draft_id"]),
            entry_id=None if data["entry_id"] is None else int(data["entry_id"]),
            customer_id=None if data["customer_id"] is None else int(data["customer_id"]),
            customer_text=str(data["customer_text"]),
            occurred_at=datetime.fromisoformat(data["occurred_at"]),
            kind=str(data["kind"]),
            title=str(data["title"]),
            body=str(data["body"]),
            sentiment=None if data["sentiment"] is None else int(data["sentiment"]),
            private=bool(data["private"]),
            follow_up_on=date.fromisoformat(follow) if follow else None,
            follow_up_done=bool(data["follow_up_done"]),
            saved_at=datetime.fromisoformat(data["saved_at"]),
        )
