"""Three-way merge of one record's fields: what a save from an older copy may write.

An editor starts from a copy (the base). Meanwhile another window or process may save
the same record (theirs). When the editor saves (mine), each field is decided alone:
a field only I changed takes my value, a field only they changed keeps theirs, and a
field both changed is a `Clash` for the owner to decide, even when both wrote the same
value (`agreed`): two increments of a counter must not collapse into one, and a screen
can skip asking when the values agree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Clash:
    """A field both sides changed since the base."""

    field: str
    base: Any
    theirs: Any
    mine: Any

    @property
    def agreed(self) -> bool:
        """Whether both sides wrote the same value."""
        return bool(self.theirs == self.mine)


def merge(
    base: Mapping[str, Any], theirs: Mapping[str, Any], mine: Mapping[str, Any]
) -> tuple[dict[str, Any], tuple[Clash, ...]]:
    """The merged fields of `mine` (its keys), and the fields both sides changed.

    A clashing field keeps my value in the merged fields; the caller decides whether
    to write it (see `resolve`).
    """
    merged: dict[str, Any] = {}
    clashes: list[Clash] = []
    for name, value in mine.items():
        was, now = base[name], theirs[name]
        if now == was:
            merged[name] = value
        elif value == was:
            merged[name] = now
        else:
            merged[name] = value
            clashes.append(Clash(name, was, now, value))
    return merged, tuple(clashes)


def resolve(
    base: Mapping[str, Any],
    theirs: Mapping[str, Any],
    mine: Mapping[str, Any],
    take_theirs: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """The fields to save once the owner chose: theirs for `take_theirs`, else merged."""
    merged, _ = merge(base, theirs, mine)
    return {name: theirs[name] if name in take_theirs else v for name, v in merged.items()}
