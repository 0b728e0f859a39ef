"""A journal entry's own fields, declared once, and the checks it must pass before saving.

`EntryDraft` is the one declaration of what an entry holds. Everything else follows
its field list (`ENTRY_FIELDS`): the saved record is a draft with an id and a version
(store/records.py), the store copies these fields to and from the table, drafts and
conflict merges walk them, and each field's name as the owner reads it in a conflict
message sits beside it (`field_label`). A new field is added here, once.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from enum import Enum
from types import NoneType, UnionType
from typing import Any, get_args, get_type_hints

from rapport.domain.customers import ValidationError
from rapport.domain.kinds import COMMITMENT_KINDS, SENTIMENT_MAX, SENTIMENT_MIN, EntryKind, Side
from rapport.i18n import QT_TRANSLATE_NOOP, Words, formats, translate

DomainEntriesText = Words("DomainEntriesText")

#: Longest body accepted: a long meeting transcript fits, a pasted book does not.
MAX_BODY_LENGTH = 1_000_000
MAX_TITLE_LENGTH = 300


def _label(text: str) -> dict[str, str]:
    """A field's metadata: its name as the owner reads it in a conflict message."""
    return {"label": text}


@dataclass(frozen=True)
class EntryDraft:
    """One note about one customer: the fields the owner writes (no id, no version)."""

    customer_id: int = field(metadata=_label(QT_TRANSLATE_NOOP("StoreVersionsText", "customer")))
    occurred_at: datetime = field(metadata=_label(QT_TRANSLATE_NOOP("StoreVersionsText", "time")))
    kind: EntryKind = field(
        default=EntryKind.NOTE, metadata=_label(QT_TRANSLATE_NOOP("StoreVersionsText", "kind"))
    )
    title: str = field(default="", metadata=_label(QT_TRANSLATE_NOOP("StoreVersionsText", "title")))
    body: str = field(default="", metadata=_label(QT_TRANSLATE_NOOP("StoreVersionsText", "text")))
    sentiment: int | None = field(
        default=None, metadata=_label(QT_TRANSLATE_NOOP("StoreVersionsText", "mood"))
    )
    private: bool = field(
        default=False, metadata=_label(QT_TRANSLATE_NOOP("StoreVersionsText", "private"))
    )
    follow_up_on: date | None = field(
        default=None, metadata=_label(QT_TRANSLATE_NOOP("StoreVersionsText", "follow-up date"))
    )
    follow_up_done: bool = field(
        default=False, metadata=_label(QT_TRANSLATE_NOOP("StoreVersionsText", "follow-up done"))
    )
    #: For a commitment, whose word it is; None for any other kind.
    side: Side | None = field(
        default=None, metadata=_label(QT_TRANSLATE_NOOP("StoreVersionsText", "whose word"))
    )

    def validated(self) -> EntryDraft:
        """Return a cleaned copy, or raise ValidationError naming the bad field."""
        if self.occurred_at.tzinfo is None:
            problem = DomainEntriesText.tr("The entry's time has no time zone.")
            raise ValidationError("occurred_at", problem)
        try:
            kind = EntryKind(self.kind)
        except ValueError:
            problem = DomainEntriesText.tr("Unknown kind of entry “{kind}”.")
            raise ValidationError("kind", problem.format(kind=self.kind)) from None
        title = " ".join(self.title.replace("\x00", "").split())
        body = self.body.replace("\x00", "").rstrip()
        if not title and not body.strip():
            problem = DomainEntriesText.tr("Write something: a title or a few words of the note.")
            raise ValidationError("body", problem)
        if len(title) > MAX_TITLE_LENGTH:
            problem = DomainEntriesText.tr("The title is too long (at most {most}).")
            raise ValidationError("title", problem.format(most=MAX_TITLE_LENGTH))
        if len(body) > MAX_BODY_LENGTH:
            problem = DomainEntriesText.tr(
                "The note is {length} characters long; at most {most} fit. "
                "Split it into several entries."
            )
            number = formats().number
            length, most = number(len(body), 0), number(MAX_BODY_LENGTH, 0)
            raise ValidationError("body", problem.format(length=length, most=most))
        if self.sentiment is not None and not SENTIMENT_MIN <= self.sentiment <= SENTIMENT_MAX:
            raise ValidationError(
                "sentiment", DomainEntriesText.tr("Sentiment runs from −2 to +2.")
            )
        done = self.follow_up_done and self.follow_up_on is not None  # no date, nothing done
        side = side_of(kind, self.side)
        return replace(
            draft_of(self), title=title, body=body, kind=kind, follow_up_done=done, side=side
        )


#: The entry's own fields, in order: what the store copies, drafts keep and merges walk.
ENTRY_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(EntryDraft))


def _plain(hint: Any) -> type:
    """A field's type, None taken out of an optional one (`date | None` → date)."""
    if isinstance(hint, UnionType):
        return next(t for t in get_args(hint) if t is not NoneType)
    return hint


#: Each field's type, e.g. {"kind": EntryKind, "follow_up_on": date}.
ENTRY_TYPES: dict[str, type] = {n: _plain(h) for n, h in get_type_hints(EntryDraft).items()}
_LABELS = {f.name: f.metadata["label"] for f in fields(EntryDraft)}


def field_label(name: str) -> str:
    """An entry field's name as the owner reads it ("follow-up date")."""
    return translate("StoreVersionsText", _LABELS[name])


def entry_values(source: object) -> dict[str, Any]:
    """The entry's fields read off anything that has them (a table row, a record).

    A field of an enum type stored as its word ("meeting") comes back as the enum.
    """
    values = {}
    for name in ENTRY_FIELDS:
        value = getattr(source, name)
        kind = ENTRY_TYPES[name]
        if value is not None and issubclass(kind, Enum) and not isinstance(value, kind):
            value = kind(value)
        values[name] = value
    return values


def draft_of(source: object) -> EntryDraft:
    """Just the entry's own fields of `source` (a record without its id and version)."""
    return EntryDraft(**entry_values(source))


def side_of(kind: EntryKind, side: Side | str | None) -> Side | None:
    """Whose word a commitment is (ours when not said, as before sides existed); else None."""
    return Side(side or Side.OURS) if kind in COMMITMENT_KINDS else None


def follow_up_overdue(follow_up_on: date | None, today: date) -> bool:
    """Whether a follow-up date has passed (due today is not yet overdue)."""
    return follow_up_on is not None and follow_up_on < today
