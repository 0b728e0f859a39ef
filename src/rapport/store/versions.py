"""Version numbers: every save adds one, and a save from an older copy merges.

Each unit of work's flush adds one to `version` of every customer, entry, check-in and
stage change it really modifies (`bump`, a before_flush handler on the write session),
so no save path can forget it. An edit passes the record it started from as its base;
inside the write, `merged` compares that base with the row as saved now and merges
field by field (domain/merge.py): nothing saved elsewhere meanwhile is overwritten,
and fields both sides changed leave as a `ConflictError` in words.
"""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from rapport.domain.customers import Status
from rapport.domain.entries import ENTRY_FIELDS, field_label
from rapport.domain.levels import Level
from rapport.domain.merge import Clash, merge
from rapport.domain.people import RelationshipKind
from rapport.i18n import QT_TRANSLATE_NOOP, Words, formats, translate
from rapport.store.errors import ConflictError
from rapport.store.models import CheckIn, Customer, Entry, OurPerson, Person, StageChange

StoreVersionsText = Words("StoreVersionsText")
Draft = TypeVar("Draft")
_VERSIONED = (Customer, Entry, CheckIn, StageChange, Person, OurPerson)
#: Fields whose stored word has a label in the owner's language.
_NAMED: dict[str, type[Level] | type[Status] | type[RelationshipKind]] = {
    "level": Level,
    "status": Status,
    "kind": RelationshipKind,  # a customer's; an entry's kind arrives as its enum
}
#: Values up to this length keep their spaces unbreakable when the message wraps.
_UNBROKEN = 24
_SHORT = 80  # characters of a value quoted in a conflict's message

#: Each customer field's name as the owner reads it in a conflict (an entry's are
#: declared with its fields: `domain.entries.field_label`).
LABELS = {
    "name": QT_TRANSLATE_NOOP("StoreVersionsText", "name"),
    "organisation": QT_TRANSLATE_NOOP("StoreVersionsText", "organisation"),
    "role": QT_TRANSLATE_NOOP("StoreVersionsText", "role"),
    "email": QT_TRANSLATE_NOOP("StoreVersionsText", "e-mail"),
    "phone": QT_TRANSLATE_NOOP("StoreVersionsText", "phone"),
    "address": QT_TRANSLATE_NOOP("StoreVersionsText", "address"),
    "website": QT_TRANSLATE_NOOP("StoreVersionsText", "website"),
    "about": QT_TRANSLATE_NOOP("StoreVersionsText", "about"),
    "tags": QT_TRANSLATE_NOOP("StoreVersionsText", "tags"),
    "level": QT_TRANSLATE_NOOP("StoreVersionsText", "level"),
    "account_value": QT_TRANSLATE_NOOP("StoreVersionsText", "account value"),
    "currency": QT_TRANSLATE_NOOP("StoreVersionsText", "currency"),
    "cadence_days": QT_TRANSLATE_NOOP("StoreVersionsText", "contact every (days)"),
    "status": QT_TRANSLATE_NOOP("StoreVersionsText", "status"),
    "kind": QT_TRANSLATE_NOOP("StoreVersionsText", "kind"),
    "emails": QT_TRANSLATE_NOOP("StoreVersionsText", "e-mails"),
    "phones": QT_TRANSLATE_NOOP("StoreVersionsText", "phones"),
    "birthday": QT_TRANSLATE_NOOP("StoreVersionsText", "birthday"),
    "note": QT_TRANSLATE_NOOP("StoreVersionsText", "note"),
    "main": QT_TRANSLATE_NOOP("StoreVersionsText", "main contact"),
    "left_on": QT_TRANSLATE_NOOP("StoreVersionsText", "left on"),
}


def bump(session: Session, _context: object, _instances: object) -> None:
    """Before each flush: one more on the version of every row really modified."""
    for row in session.dirty:
        if isinstance(row, _VERSIONED) and session.is_modified(row, include_collections=False):
            row.version = row.version + 1


def merged(draft: Draft, base: Any, current: Any) -> Draft:
    """What to save of `draft`, edited from `base`, now that the row is `current`.

    The draft itself when nothing was saved meanwhile (or no base was given: a save
    that replaces everything, such as an import); else the field-by-field merge, or a
    ConflictError when both sides changed the same field.
    """
    if base is None or base.version == current.version:
        return draft
    names = [f.name for f in fields(draft)]  # type: ignore[arg-type]
    mine = {n: getattr(draft, n) for n in names}
    values, clashes = merge(
        {n: getattr(base, n) for n in names}, {n: getattr(current, n) for n in names}, mine
    )
    if clashes:
        raise conflict(clashes, current)
    return replace(draft, **values)  # type: ignore[type-var]


def conflict(clashes: tuple[Clash, ...], current: Any) -> ConflictError:
    """The error naming each clash: its field, their value, mine, and when theirs was saved."""
    saved: datetime = current.updated_at.astimezone()
    when = saved.strftime("%H:%M")
    if saved.date() != datetime.now().astimezone().date():
        when = f"{formats().day(saved.date())} {when}"
    parts = [
        StoreVersionsText.tr("{field} {theirs}; yours: {mine}").format(
            field=label(c.field),
            theirs=words(c.field, c.theirs),
            mine=words(c.field, c.mine),
        )
        for c in clashes
    ]
    said = StoreVersionsText.tr("Changed elsewhere at {time}: {clashes}")
    return ConflictError(
        said.format(time=when, clashes="; ".join(parts)),
        StoreVersionsText.tr("Choose which value to keep; nothing has been saved yet."),
        clashes,
        current,
        tuple(said.format(time=when, clashes=part) for part in parts),
    )


def label(field: str) -> str:
    """A field's name as the owner reads it: a customer's, an entry's, else as it is."""
    if field in LABELS:
        return translate("StoreVersionsText", LABELS[field])
    return field_label(field) if field in ENTRY_FIELDS else field


def words(field: str, value: Any) -> str:
    """One value as the owner reads it, quoted and shortened."""
    if value is None or value == "" or value == ():
        return StoreVersionsText.tr("(empty)")
    if isinstance(value, bool):
        if field == "follow_up_done":
            return StoreVersionsText.tr("done") if value else StoreVersionsText.tr("open")
        return StoreVersionsText.tr("yes") if value else StoreVersionsText.tr("no")
    if isinstance(value, datetime):
        local = value.astimezone()
        return f"{formats().day(local.date())} {local.strftime('%H:%M')}"
    if isinstance(value, date):
        return formats().day(value)
    if isinstance(value, tuple):
        value = ", ".join(str(v) for v in value)
    elif isinstance(value, Decimal | int):
        return str(value)
    named = _NAMED.get(field)
    if isinstance(value, Enum) and hasattr(value, "label"):  # an entry's kind, say
        text = str(value.label)
    else:
        text = named(value).label if named is not None else str(value)
    text = " ".join(text.split())
    if len(text) <= _UNBROKEN:  # a phone number or a name is not split across lines
        text = text.replace(" ", "\u00a0")
    return "“" + (text if len(text) <= _SHORT else text[: _SHORT - 1] + "…") + "”"
