"""A save that meets a change made elsewhere: the owner chooses per field, nothing is lost.

The store merges what it can (store/versions.py) and names the fields both sides
changed in a ConflictError. Here the owner hears each one in words ("Changed elsewhere
at 10:42: phone “0470…”; yours: “0471…”") and keeps theirs or takes the other; the
save is then tried again from the row as it is now. Closing the question keeps the
owner's value: the text being written is never dropped by a stray Escape. Meanwhile
the dialog stays open with its draft.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import QWidget

from rapport.domain.merge import resolve
from rapport.i18n import Words
from rapport.store.errors import ConflictError
from rapport.ui import msgbox

ConflictsText = Words("ConflictsText")
Draft = TypeVar("Draft")
_TRIES = 3  # a row changed elsewhere again while the owner chose: ask again, not forever


class EditBase(Generic[Draft]):
    """The record an edit started from: the base of every save of one dialog."""

    def __init__(self, base: Any) -> None:
        self.base = base

    def save(self, parent: QWidget | None, draft: Draft, write: Callable[[Draft, Any], Any]) -> Any:
        """`write(draft, base)`; on a conflict, ask the owner and save their choice.

        The choice is saved on the row as it is now; the dialog's own base stays, so
        if that save fails for another reason, the next try merges afresh and asks
        again rather than writing the dialog's older values over the newer ones. A
        conflict still there after a few rounds leaves as the ConflictError (the
        caller shows it; the dialog stays open).
        """
        base = self.base
        for round_ in range(_TRIES):
            try:
                return write(draft, base)
            except ConflictError as conflict:
                if round_ == _TRIES - 1:
                    raise
                draft = choose(parent, conflict, draft, base)
                base = conflict.current
        raise AssertionError("unreachable")  # pragma: no cover


def choose(parent: QWidget | None, conflict: ConflictError, draft: Draft, base: Any) -> Draft:
    """The draft to save once the owner chose, field by field (same values: no question)."""
    take_theirs = frozenset(
        clash.field
        for clash, sentence in zip(conflict.clashes, conflict.sentences, strict=True)
        if not clash.agreed
        and msgbox.ask(
            parent,
            ConflictsText.tr("Changed elsewhere"),
            sentence,
            detail=ConflictsText.tr(
                "Use the value saved elsewhere, or keep yours? "
                "Your other changes are saved either way."
            ),
            yes=ConflictsText.tr("Use the other value"),
            no=ConflictsText.tr("Keep mine"),
        )
    )
    names = [f.name for f in fields(draft)]  # type: ignore[arg-type]
    values = resolve(
        {n: getattr(base, n) for n in names},
        {n: getattr(conflict.current, n) for n in names},
        {n: getattr(draft, n) for n in names},
        take_theirs,
    )
    return replace(draft, **values)  # type: ignore[type-var]
